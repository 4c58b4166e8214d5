package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dedup"
)

// codeCopy codes doc as the coder should read it (readAs: doc, or doc
// dated as its story's first publication) for storing as doc.
func codeCopy(ctx context.Context, cd *coder.Coder, doc, readAs *annals.Document) (*annals.Coded, error) {
	coded, err := cd.CodeDocument(ctx, readAs)
	if err != nil || readAs == doc {
		return coded, err
	}
	coded.Doc, coded.ContentHash = doc, coder.ContentHash(doc)
	return coded, nil
}

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
	fs.Var(&dicts, "dict", "dictionary file (repeatable): annals format, or a TABARI, PETRARCH or Phoenix file or .project; replaces the built-in dictionaries")
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	d, err := loadDicts(dicts)
	if err != nil {
		return err
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	cd, err := storeCoder(ctx, d, st)
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
	// A republished copy is read as of the earliest publication of its
	// story so far, as ingest read it.
	earliest := map[string]time.Time{}
	err = st.Documents(ctx, func(doc *annals.Document) error {
		first, ok := earliest[doc.Story]
		if !ok || !doc.Date.IsZero() && (first.IsZero() || doc.Date.Before(first)) {
			earliest[doc.Story] = doc.Date
		}
		coded, err := codeCopy(ctx, cd, doc, dedup.DatedAs(doc, first))
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
