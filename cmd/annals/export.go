package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/annals-dev/annals/export"
)

// ExportCommand is "annals export": it writes stored events in a format other
// tools read: GDELT 2.0 TSV, CSV, JSONL, PLOVER JSON lines or Parquet.
type ExportCommand struct {
	*Main
}

// Run parses the flags and writes the events.
func (c *ExportCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals export", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := dbFlag(fs)
	ff := addFilterFlags(fs)
	var names []string
	for _, f := range export.Formats() {
		names = append(names, string(f))
	}
	format := fs.String("format", "", "one of "+strings.Join(names, ", ")+" (required)")
	out := fs.String("o", "", "write to this file instead of standard output (required for parquet)")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: annals export --format FORMAT [-o FILE] [filters]\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	f, err := ff.filter()
	if err != nil {
		fmt.Fprintf(c.Stderr, "annals export: %v\n", err)
		return errUsage
	}
	if *format == "" || !contains(names, *format) {
		fmt.Fprintf(c.Stderr, "annals export: --format %q: want one of %s\n", *format, strings.Join(names, ", "))
		return errUsage
	}
	if *format == "parquet" && *out == "" {
		fmt.Fprintln(c.Stderr, "annals export: parquet is binary: name a file with -o")
		return errUsage
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = c.Stdout
	var file *os.File
	if *out != "" {
		// Write beside the target and rename at the end, so that a failed
		// export never leaves a half-written file under the name asked for.
		if file, err = os.CreateTemp(dirOf(*out), ".annals-export-*"); err != nil {
			return err
		}
		defer os.Remove(file.Name())
		defer file.Close()
		w = file
	}
	ew, err := export.New(export.Format(*format), w)
	if err != nil {
		return err
	}
	err = st.Events(ctx, f, ew.Write)
	if cerr := ew.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if file != nil {
		if err := file.Chmod(0o644); err != nil {
			return err
		}
		if err := file.Close(); err != nil {
			return err
		}
		return os.Rename(file.Name(), *out)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func dirOf(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i+1]
	}
	return "."
}
