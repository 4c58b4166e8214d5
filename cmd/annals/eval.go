package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/eval"
	"github.com/annals-dev/annals/ingest"
)

// EvalCommand is "annals eval": it codes a gold file and scores the result
// exactly as ../shared/tools/score_events.py does.
type EvalCommand struct {
	*Main
}

// Run parses the flags, codes the gold documents and prints the scores.
func (c *EvalCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals eval", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	var (
		dicts  stringList
		asJSON = fs.Bool("json", false, "print the scores as JSON, as score_events.py --json does")
		misses = fs.Int("misses", 1000000, "list at most this many missed and extra events")
		out    = fs.String("o", "", "also write the predicted events (JSONL) to this file")
	)
	fs.Var(&dicts, "dict", "dictionary file (repeatable): annals format, or a TABARI, PETRARCH or Phoenix file or .project; replaces the built-in dictionaries")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: annals eval GOLD.jsonl [flags]\n\nCodes the documents of a gold file and prints precision, recall and F1 at the\nlevels root, actor and strict, and dated recall, then the missed and extra events.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	path := fs.Arg(0)
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	gold, err := eval.ReadGold(bytes.NewReader(data), path)
	if err != nil {
		return err
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
	var preds []eval.Pred
	var predOut bytes.Buffer
	enc := json.NewEncoder(&predOut)
	enc.SetEscapeHTML(false)
	skipped := 0
	err = ingest.ReadJSONL(bytes.NewReader(data), path, func(doc *annals.Document) error {
		evs, err := cd.Code(ctx, doc)
		if err != nil {
			if annals.ErrorCode(err) != annals.EINVALID {
				return err
			}
			skipped++
			fmt.Fprintf(c.Stderr, "annals eval: skipped: %v\n", err)
			return nil
		}
		for i := range evs {
			e := &evs[i]
			preds = append(preds, eval.Pred{Doc: e.Doc, Source: e.Source, Target: e.Target, Code: string(e.Code), Date: e.Date})
			if *out != "" {
				if err := enc.Encode(e); err != nil {
					return err
				}
			}
		}
		return nil
	}, func(err error) error {
		skipped++
		fmt.Fprintf(c.Stderr, "annals eval: skipped: %v\n", err)
		return nil
	})
	if err != nil {
		return err
	}
	if *out != "" {
		if err := os.WriteFile(*out, predOut.Bytes(), 0o644); err != nil {
			return err
		}
	}
	rep := eval.Score(gold, preds)
	if *asJSON {
		err = rep.WriteJSON(c.Stdout)
	} else {
		err = rep.WriteText(c.Stdout, *misses)
	}
	if err != nil {
		return err
	}
	if skipped > 0 {
		return fmt.Errorf("%d gold record(s) could not be coded: %w", skipped, errIncomplete)
	}
	return nil
}

// reorder moves flags that follow positional arguments to the front, so
// that "annals eval GOLD --json" works as users type it. It asks fs which
// flags take a value, so a value is never taken for a positional argument.
func reorder(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // flag.Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return append(flags, pos...)
}
