package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// reader feeds documents from files and standard input to a function.
type reader struct {
	stdin  io.Reader
	stderr io.Writer
	date   time.Time // for plain-text documents
	lang   string    // for documents that declare no language
	strict bool      // stop at the first bad record
	bad    int       // records skipped
}

// each reads every input and calls fn for each document. A path of "-" is
// standard input: JSONL when its first non-blank byte is '{', plain text otherwise.
func (r *reader) each(ctx context.Context, paths []string, fn func(*annals.Document) error) error {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.one(p, r.withLang(fn)); err != nil {
			return err
		}
	}
	return nil
}

// withLang returns fn, giving r.lang to the documents that declare no
// language of their own.
func (r *reader) withLang(fn func(*annals.Document) error) func(*annals.Document) error {
	if r.lang == "" {
		return fn
	}
	return func(d *annals.Document) error {
		if d.Lang == "" {
			d.Lang = r.lang
		}
		return fn(d)
	}
}

func (r *reader) one(path string, fn func(*annals.Document) error) error {
	var in io.Reader
	name := path
	if path == "-" {
		in, name = r.stdin, "stdin"
	} else {
		f, err := os.Open(path)
		if err != nil {
			if r.strict {
				return err
			}
			r.skip(err)
			return nil
		}
		defer f.Close()
		in = f
	}
	br := bufio.NewReaderSize(in, 1<<16)
	jsonl := strings.EqualFold(filepath.Ext(path), ".jsonl")
	if path == "-" {
		head, _ := br.Peek(512)
		jsonl = strings.HasPrefix(strings.TrimSpace(string(head)), "{")
	}
	if jsonl {
		return ingest.ReadJSONL(br, name, fn, func(err error) error {
			if r.strict {
				return err
			}
			r.skip(err)
			return nil
		})
	}
	if r.date.IsZero() {
		fmt.Fprintf(r.stderr, "annals: %s: plain text without --date YYYY-MM-DD: dating it today\n", name)
	}
	doc, err := ingest.ReadText(br, name, r.dateOrToday())
	if err != nil {
		if r.strict {
			return err
		}
		r.skip(err)
		return nil
	}
	return fn(doc)
}

func (r *reader) dateOrToday() time.Time {
	if r.date.IsZero() {
		y, m, d := time.Now().UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return r.date
}

func (r *reader) skip(err error) {
	r.bad++
	fmt.Fprintf(r.stderr, "annals: skipped: %v\n", err)
}
