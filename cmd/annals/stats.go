package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/annals-dev/annals/cameo"
)

// StatsCommand is "annals stats": counts by month, root code and dyad.
type StatsCommand struct {
	*Main
}

// Run prints the summary of the store.
func (c *StatsCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals stats", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := dbFlag(fs)
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "documents\t%d\nsentences\t%d\nevents\t%d\n", s.Documents, s.Sentences, s.Events)
	fmt.Fprintln(tw, "\nevents by month")
	for _, r := range s.ByMonth {
		fmt.Fprintf(tw, "  %s\t%d\n", r.Key, r.N)
	}
	fmt.Fprintln(tw, "\nevents by CAMEO root")
	for _, r := range s.ByRoot {
		name := ""
		if c, ok := cameo.Lookup(r.Key); ok {
			name = c.Name
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\n", r.Key, r.N, name)
	}
	fmt.Fprintln(tw, "\ntop dyads (source-target country)")
	for _, r := range s.TopDyads {
		fmt.Fprintf(tw, "  %s\t%d\n", r.Key, r.N)
	}
	return tw.Flush()
}
