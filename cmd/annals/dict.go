package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/load"
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
	if len(args) > 0 && args[0] == "convert" {
		return c.convert(args[1:])
	}
	if len(args) == 0 || (args[0] != "stats" && args[0] != "check") {
		fmt.Fprintln(c.Stderr, "usage: annals dict stats|check [FILE...]\n       annals dict convert --to annals [-o OUT] FILE...\n       annals dict who NAME [--date YYYY-MM-DD] [--dict FILE]...\n\nWith no FILE, the built-in dictionaries. FILE may be in annals' format or a\nTABARI, PETRARCH or Phoenix dictionary or .project (told from the content).")
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
	if !allOwnFormat(files) {
		return c.foreign(args[0], files)
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
	return c.stats(d)
}

// stats prints what a dictionary holds.
func (c *DictCommand) stats(d *dict.Dictionary) error {
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

// allOwnFormat reports whether every file is in annals' own format.
func allOwnFormat(files []dict.File) bool {
	for _, f := range files {
		if !dict.IsOwnFormat(f.Data) {
			return false
		}
	}
	return true
}

// foreign runs "dict check" or "dict stats" over files of which some are
// TABARI, PETRARCH or Phoenix dictionaries: each file's format, then every
// fault the readers found (once, with file:line, and how it was handled), or
// the counts.
func (c *DictCommand) foreign(cmd string, files []dict.File) error {
	d, probs, err := load.Data(files...)
	if cmd == "check" {
		for _, f := range files {
			fmt.Fprintf(c.Stdout, "%s: %s\n", f.Name, load.Format(f.Data))
		}
		for _, p := range probs {
			fmt.Fprintln(c.Stdout, p.Error())
		}
		if err != nil {
			return err
		}
		if len(probs) > 0 {
			return annals.Errorf(annals.EINVALID, "%d problem(s) in the dictionaries (each handled as the original coder handled it)", len(probs))
		}
		fmt.Fprintf(c.Stdout, "%d file(s): no problems\n", len(files))
		return nil
	}
	if err != nil {
		return err
	}
	return c.stats(d)
}

// convert is "annals dict convert --to annals": it writes dictionaries of
// any format annals reads in annals' own format.
func (c *DictCommand) convert(args []string) error {
	fs := flag.NewFlagSet("annals dict convert", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	to := fs.String("to", "annals", "the format to write; only annals")
	out := fs.String("o", "", "write to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *to != "annals" || fs.NArg() == 0 {
		fmt.Fprintln(c.Stderr, "usage: annals dict convert --to annals [-o OUT] FILE...")
		return errUsage
	}
	files, err := dict.ReadFiles(fs.Args()...)
	if err != nil {
		return err
	}
	d, _, err := load.Data(files...)
	if err != nil {
		return err
	}
	w := c.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if err := dict.Write(w, d); err != nil {
		return fmt.Errorf("write dictionary: %w", err)
	}
	return nil
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
	d, err := loadDicts(dicts)
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
