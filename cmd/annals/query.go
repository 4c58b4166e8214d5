package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/export"
)

// QueryCommand is "annals query": it prints the stored events a filter selects.
type QueryCommand struct {
	*Main
}

// Run parses the flags and prints the events.
func (c *QueryCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals query", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := dbFlag(fs)
	ff := addFilterFlags(fs)
	format := fs.String("format", "table", "table, jsonl or csv")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: annals query [flags]\n\nPrints stored events, in date order, that match every filter given.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	f, err := ff.filter()
	if err != nil {
		fmt.Fprintf(c.Stderr, "annals query: %v\n", err)
		return errUsage
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	out := bufio.NewWriterSize(c.Stdout, 1<<16)
	defer out.Flush()
	switch *format {
	case "table":
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tCODE\tGOLDSTEIN\tDOC\tEVIDENCE")
		err = st.Events(ctx, f, func(e *annals.Event) error {
			_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%g\t%s:%d\t%s\n", e.Date, e.Source, e.Target, e.Code, e.Goldstein, e.Doc, e.Sentence, clip(e.VerbText, 60))
			return err
		})
		if err == nil {
			err = tw.Flush()
		}
	case "jsonl":
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		err = st.Events(ctx, f, func(e *annals.Event) error { return enc.Encode(e) })
	case "csv":
		var w export.Writer
		if w, err = export.New(export.Format("csv"), out); err == nil {
			err = st.Events(ctx, f, w.Write)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
	default:
		fmt.Fprintf(c.Stderr, "annals query: --format %q: want table, jsonl or csv\n", *format)
		return errUsage
	}
	if err != nil {
		return err
	}
	return out.Flush()
}

// clip shortens s to n characters for a table cell.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
