package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/annals-dev/annals/dict"
)

// DictCommand is "annals dict": it inspects dictionaries.
type DictCommand struct {
	*Main
}

// Run dispatches "dict stats" and "dict check".
func (c *DictCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "stats" && args[0] != "check") {
		fmt.Fprintln(c.Stderr, "usage: annals dict stats|check [FILE...]\n\nWith no FILE, the built-in dictionaries.")
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
