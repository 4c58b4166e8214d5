package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/ingest"
)

// DictCommand is "annals dict": it inspects dictionaries.
type DictCommand struct {
	*Main
}

// Run dispatches "dict stats" and "dict check".
func (c *DictCommand) Run(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "who" {
		return c.who(ctx, args[1:])
	}
	if len(args) == 0 || (args[0] != "stats" && args[0] != "check") {
		fmt.Fprintln(c.Stderr, "usage: annals dict stats|check [FILE...]\n       annals dict who NAME [--date YYYY-MM-DD] [--dict FILE]...\n\nWith no FILE, the built-in dictionaries.")
		return errUsage
	}
	fs := flag.NewFlagSet("annals dict "+args[0], flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	files := dict.BuiltinFiles()
	if fs.NArg() > 0 {
		var err error
		if files, err = dict.ReadFiles(fs.Args()...); err != nil {
			return err
		}
	}
	if args[0] == "check" {
		probs := dict.Check(files...)
		for _, p := range probs {
			fmt.Fprintln(c.Stdout, p.Error())
		}
		if len(probs) > 0 {
			return fmt.Errorf("%d problem(s) in the dictionaries", len(probs))
		}
		fmt.Fprintf(c.Stdout, "%d file(s): no problems\n", len(files))
		return nil
	}
	d, err := dict.Load(files...)
	if err != nil {
		return err
	}
	s := d.Stats()
	tw := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	for _, row := range []struct {
		k string
		v int
	}{
		{"countries", s.Countries}, {"organisations", s.Organisations}, {"people", s.Persons}, {"roles", s.Roles},
		{"agent codes", s.Agents}, {"actor phrases", s.ActorPhrases}, {"verb patterns", s.Patterns},
		{"event codes with patterns", s.VerbCodes}, {"discard phrases", s.Discards},
	} {
		fmt.Fprintf(tw, "%s\t%d\n", row.k, row.v)
	}
	fmt.Fprintf(tw, "version\t%s\n", d.Version)
	return tw.Flush()
}

// who says what a name resolves to on a date, and why: the code the coder
// would give the phrase, and each dictionary entry behind it with its terms.
func (c *DictCommand) who(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals dict who", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	var dicts stringList
	date := fs.String("date", "", "the date to resolve on (YYYY-MM-DD; default today)")
	fs.Var(&dicts, "dict", "dictionary file (repeatable); replaces the built-in dictionaries")
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	name := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if name == "" {
		fmt.Fprintln(c.Stderr, "usage: annals dict who NAME [--date YYYY-MM-DD]")
		return errUsage
	}
	day := today()
	if *date != "" {
		var err error
		if day, err = ingest.ParseDate(*date); err != nil {
			fmt.Fprintf(c.Stderr, "annals dict who: --date: %v\n", err)
			return errUsage
		}
	}
	d, err := loadDict(dicts)
	if err != nil {
		return err
	}
	w := c.Stdout
	_, ex, err := coder.New(d).Explain(ctx, &annals.Document{ID: "who", Date: day, Text: name})
	if err != nil {
		return err
	}
	found := false
	for _, s := range ex.Sentences {
		for _, a := range s.Actors {
			code := a.Code
			if code == "" {
				code = "(no code on this date)"
			}
			fmt.Fprintf(w, "%q on %s: %s\n  %s\n", a.Text, day.Format("2006-01-02"), code, a.Why)
			found = true
		}
	}
	on := dict.DateOf(day)
	for _, e := range d.Lookup(name) {
		fmt.Fprintf(w, "entry %s %s «%s» %s\n", e.Kind, e.Code, e.Phrase, e.Src)
		if p := e.Person; p != nil {
			for i := range p.Roles {
				r := &p.Roles[i]
				mark := ""
				if _, active := p.CodeOn(on); active == r {
					mark = "   ← on this date"
				}
				fmt.Fprintf(w, "  role %s %s %s (%s)%s\n", r.Code, r.From, r.To, r.Src, mark)
			}
			if p.Default != "" {
				fmt.Fprintf(w, "  outside every role: %s\n", p.Default)
			} else {
				fmt.Fprintln(w, "  outside every role: not an actor")
			}
		}
		found = true
	}
	if !found {
		return annals.Errorf(annals.ENOTFOUND, "%q names no actor in the dictionaries", name)
	}
	return nil
}
