package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dedup"
	"github.com/annals-dev/annals/ingest"
)

// CodeCommand is "annals code": it codes documents and prints their events.
type CodeCommand struct {
	*Main
}

// Run parses the flags and codes every input.
func (c *CodeCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals code", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	var (
		dicts   stringList
		format  = fs.String("format", "jsonl", "output format: jsonl or tsv")
		date    = fs.String("date", "", "publication date of plain-text inputs (YYYY-MM-DD)")
		lang    = fs.String("lang", "", "language of inputs that declare none, as a BCP 47 tag (en-GB, en-US, fr): decides how 09/11/2020 reads")
		explain = fs.Bool("explain", false, "say how each sentence was read instead of printing events")
		strict  = fs.Bool("strict", false, "stop at the first bad input instead of skipping it")
		copies  = fs.Bool("dedup", true, "fold the events of republished copies of a story into mentions of one event;\nholds the output until all input is read (--dedup=false streams)")
	)
	fs.Var(&dicts, "dict", "dictionary file (repeatable): annals format, or a TABARI, PETRARCH or Phoenix file or .project; replaces the built-in dictionaries")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: annals code [flags] [FILE|-]...\n\nCodes .jsonl files (one document a line: id, date, text) and plain-text files\n(one document each, dated by --date); - or no FILE reads standard input.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	if *format != "jsonl" && *format != "tsv" {
		fmt.Fprintf(c.Stderr, "annals code: --format %q: want jsonl or tsv\n", *format)
		return errUsage
	}
	r := &reader{stdin: c.Stdin, stderr: c.Stderr, strict: *strict, lang: *lang}
	if *date != "" {
		d, err := ingest.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(c.Stderr, "annals code: --date: %v\n", err)
			return errUsage
		}
		r.date = d
	}
	d, err := loadDicts(dicts)
	if err != nil {
		return err
	}
	limitMemory()
	cd, err := newCoder(d)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(c.Stdout, 1<<16)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *format == "tsv" && !*explain {
		fmt.Fprintln(out, strings.Join(tsvHeader, "\t"))
	}
	write := func(e *annals.Event) error {
		if *format == "tsv" {
			writeTSV(out, e)
			return nil
		}
		return enc.Encode(e)
	}
	var stories *dedup.Stories
	if *copies && !*explain {
		stories = dedup.NewStories(dedup.DefaultOptions())
	}
	err = r.each(ctx, fs.Args(), func(doc *annals.Document) error {
		if *explain {
			_, ex, err := cd.Explain(ctx, doc)
			if err != nil {
				return c.docError(r, err)
			}
			return ex.WriteText(out)
		}
		readAs := doc
		if stories != nil {
			readAs = stories.Add(doc)
		}
		evs, err := cd.Code(ctx, readAs)
		if err != nil {
			return c.docError(r, err)
		}
		if stories != nil {
			stories.Keep(doc, evs)
			return nil
		}
		for i := range evs {
			if err := write(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if stories != nil {
		if err := stories.Events(write); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if r.bad > 0 {
		return fmt.Errorf("%d input record(s) skipped: %w", r.bad, errIncomplete)
	}
	return nil
}

// docError skips a document the coder refused, unless --strict.
func (c *CodeCommand) docError(r *reader, err error) error {
	if r.strict || annals.ErrorCode(err) != annals.EINVALID {
		return err
	}
	r.skip(err)
	return nil
}

var tsvHeader = []string{"doc", "sentence", "date", "date_precision", "date_text", "planned", "source", "target", "code", "root", "quad", "goldstein",
	"source_text", "target_text", "verb_text", "start", "end", "pattern", "original_source",
	"location_name", "location_country", "location_adm1", "location_lat", "location_lon", "location_precision", "location_from",
	"story", "mentions", "articles", "sources"}

// writeTSV writes one event as a TSV row; tabs and newlines in text become spaces.
func writeTSV(w io.Writer, e *annals.Event) {
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }
	row := []string{clean(e.Doc), strconv.Itoa(e.Sentence), e.Date, string(e.DatePrecision), clean(e.DateText), strconv.FormatBool(e.Planned),
		e.Source, e.Target, string(e.Code), e.Root, strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		clean(e.SourceText), clean(e.TargetText), clean(e.VerbText), strconv.Itoa(e.Start), strconv.Itoa(e.End), clean(e.Pattern), clean(e.OriginalSource),
		"", "", "", "", "", "", "",
		clean(e.Story), strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles), strconv.Itoa(e.Sources)}
	if l := e.Location; l != nil {
		copy(row[len(row)-11:], []string{clean(l.Name), l.Country, clean(l.ADM1),
			strconv.FormatFloat(l.Lat, 'f', -1, 64), strconv.FormatFloat(l.Lon, 'f', -1, 64), l.Precision, l.From})
	}
	fmt.Fprintln(w, strings.Join(row, "\t"))
}
