package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/sqlite"
)

// defaultDB is the database used when neither --db nor $ANNALS_DB names one.
const defaultDB = "annals.db"

// dbFlag registers --db on fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "database file (default $ANNALS_DB, else ./"+defaultDB+")")
}

// openStore opens the database named by --db, $ANNALS_DB or the default.
func openStore(flagValue string) (*sqlite.Store, error) {
	return sqlite.Open(dbPath(flagValue))
}

// dbPath returns the database --db, $ANNALS_DB or the default names.
func dbPath(flagValue string) string {
	path := flagValue
	if path == "" {
		path = os.Getenv("ANNALS_DB")
	}
	if path == "" {
		path = defaultDB
	}
	return path
}

// storeCoder returns the coder for documents stored in st: newCoder's, and,
// when places were imported into st (annals geo import), those places for
// the names the built-in gazetteer lacks.
func storeCoder(ctx context.Context, d *dict.Dictionary, st *sqlite.Store) (*coder.Coder, error) {
	cd, err := newCoder(d)
	if err != nil {
		return nil, err
	}
	n, err := st.Places(ctx)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		cd = cd.WithUnlistedPlaces(st)
	}
	return cd, nil
}

// filterFlags are the event filters that query and export share.
type filterFlags struct {
	from, to, actor, dyad, country, root, code, text *string
	quad, limit                                      *int
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	return &filterFlags{
		from:    fs.String("from", "", "events on or after this date (YYYY-MM-DD)"),
		to:      fs.String("to", "", "events on or before this date (YYYY-MM-DD)"),
		actor:   fs.String("actor", "", "source or target code starts with this (RUS, RUSGOV)"),
		dyad:    fs.String("dyad", "", "A:B — between actors A and B, either direction (RUS:UKR)"),
		country: fs.String("country", "", "source or target country (ISO3)"),
		root:    fs.String("root", "", "CAMEO root (two digits, 19)"),
		code:    fs.String("code", "", "CAMEO code or its prefix (190, 0211)"),
		text:    fs.String("text", "", "full-text query over the evidence sentences"),
		quad:    fs.Int("quad", 0, "quad class 1-4"),
		limit:   fs.Int("limit", 0, "at most this many events (0: all)"),
	}
}

// filter checks the flags and builds the filter, naming the flag at fault.
func (f *filterFlags) filter() (annals.Filter, error) {
	var out annals.Filter
	var err error
	if *f.from != "" {
		if out.From, err = ingest.ParseDate(*f.from); err != nil {
			return out, fmt.Errorf("--from: %w", err)
		}
	}
	if *f.to != "" {
		if out.To, err = ingest.ParseDate(*f.to); err != nil {
			return out, fmt.Errorf("--to: %w", err)
		}
	}
	if *f.dyad != "" {
		a, b, ok := strings.Cut(*f.dyad, ":")
		if !ok || a == "" || b == "" {
			return out, fmt.Errorf("--dyad %q: want A:B, such as RUS:UKR", *f.dyad)
		}
		out.DyadA, out.DyadB = strings.ToUpper(a), strings.ToUpper(b)
	}
	if *f.quad < 0 || *f.quad > 4 {
		return out, fmt.Errorf("--quad %d: want 1 to 4", *f.quad)
	}
	if r := *f.root; r != "" && (len(r) != 2 || r < "01" || r > "20") {
		return out, fmt.Errorf("--root %q: want two digits from 01 to 20", r)
	}
	out.Actor, out.Country = strings.ToUpper(*f.actor), strings.ToUpper(*f.country)
	out.Root, out.Code, out.Text, out.Quad, out.Limit = *f.root, *f.code, *f.text, *f.quad, *f.limit
	return out, nil
}

// since formats an elapsed time for summaries.
func since(t time.Time) string { return time.Since(t).Round(10 * time.Millisecond).String() }
