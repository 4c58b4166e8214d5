package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/annals-dev/annals"
)

// RecodeCommand is "annals recode": it codes the stored documents again,
// after a dictionary change, replacing each document's events atomically.
type RecodeCommand struct {
	*Main
}

// Run parses the flags and recodes every stored document.
func (c *RecodeCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals recode", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	var dicts stringList
	db := dbFlag(fs)
	quiet := fs.Bool("quiet", false, "no progress reports, only the summary")
	fs.Var(&dicts, "dict", "dictionary file (repeatable); replaces the built-in dictionaries")
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	d, err := loadDict(dicts)
	if err != nil {
		return err
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	cd, err := newCoder(d)
	if err != nil {
		return err
	}
	start := time.Now()
	var prog *progress
	if !*quiet {
		prog = newProgress(c.Stderr, 0)
	}
	// The store reads documents a page at a time, so writing from the
	// callback is safe; batches keep commits few.
	n, changed, events := 0, 0, 0
	batch := make([]*annals.Coded, 0, ingestBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := st.PutBatch(ctx, batch)
		if err != nil {
			return err
		}
		for _, r := range res {
			if r != annals.Unchanged {
				changed++
			}
		}
		n += len(batch)
		batch = batch[:0]
		if prog != nil {
			prog.update(n, 0, false)
		}
		return nil
	}
	err = st.Documents(ctx, func(doc *annals.Document) error {
		coded, err := cd.CodeDocument(ctx, doc)
		if err != nil {
			return fmt.Errorf("recode %s: %w", doc.ID, err)
		}
		events += len(coded.Events)
		if batch = append(batch, coded); len(batch) >= ingestBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	if prog != nil {
		prog.done()
	}
	fmt.Fprintf(c.Stderr, "recoded %d documents with dictionary version %s: %d changed; %d events; elapsed %s\n", n, d.Version, changed, events, since(start))
	return nil
}
