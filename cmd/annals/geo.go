package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
	"github.com/annals-dev/annals/sqlite"
)

// GeoCommand is "annals geo": it imports GeoNames places into the store and
// looks places up.
type GeoCommand struct {
	*Main
}

// Run dispatches "geo import" and "geo lookup".
func (c *GeoCommand) Run(ctx context.Context, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "import":
			return c.importPlaces(ctx, args[1:])
		case "lookup":
			return c.lookup(args[1:])
		}
	}
	fmt.Fprintln(c.Stderr, `usage: annals geo import [--db F] [--alternates alternateNamesV2.txt] [--admin1 admin1CodesASCII.txt] PLACES.txt...
       annals geo lookup [--db F] [--country ISO3] NAME

import loads GeoNames dumps (allCountries.txt, cities15000.txt, a country
file) into the store; ingest and recode then place events in any village
they name. lookup shows what a name resolves to: the built-in gazetteer
first, then the imported places.`)
	return errUsage
}

func (c *GeoCommand) importPlaces(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals geo import", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := dbFlag(fs)
	alternates := fs.String("alternates", "", "GeoNames alternateNamesV2.txt (or the older alternateNames.txt): names in other languages")
	admin1 := fs.String("admin1", "", "GeoNames admin1CodesASCII.txt: names of first-level divisions")
	strict := fs.Bool("strict", false, "stop at the first malformed line instead of skipping it")
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(c.Stderr, "annals geo import: name at least one GeoNames place file")
		return errUsage
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	bad, added, seen := 0, 0, 0
	onErr := func(err error) error {
		if *strict {
			return err
		}
		bad++
		fmt.Fprintf(c.Stderr, "annals geo import: skipped: %v\n", err)
		return nil
	}
	for _, path := range fs.Args() {
		n, err := st.ImportPlaces(ctx, func(add func(annals.Place, []string) error) error {
			places, err := os.Open(path)
			if err != nil {
				return err
			}
			defer places.Close()
			var alt, adm io.Reader
			if *alternates != "" {
				f, err := os.Open(*alternates)
				if err != nil {
					return err
				}
				defer f.Close()
				alt = f
			}
			if *admin1 != "" {
				f, err := os.Open(*admin1)
				if err != nil {
					return err
				}
				defer f.Close()
				adm = f
			}
			return geo.ImportGeoNames(ctx, places, path, alt, adm, func(p annals.Place, names []string) error {
				seen++
				return add(p, names)
			}, onErr)
		})
		added += n
		if err != nil {
			return fmt.Errorf("geo import %s: %w", path, err)
		}
	}
	total, err := st.Places(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stderr, "read %d places: %d added, %d already stored, %d lines skipped; %d places in the store; elapsed %s\n",
		seen, added, seen-added, bad, total, since(start))
	if bad > 0 {
		return fmt.Errorf("%d line(s) skipped: %w", bad, errIncomplete)
	}
	return nil
}

func (c *GeoCommand) lookup(args []string) error {
	fs := flag.NewFlagSet("annals geo lookup", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := dbFlag(fs)
	country := fs.String("country", "", "prefer places in this country (ISO alpha-3)")
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(c.Stderr, "annals geo lookup: name one place")
		return errUsage
	}
	name := fs.Arg(0)
	g, err := geo.Builtin()
	if err != nil {
		return err
	}
	from := "built-in"
	p, ok := g.Lookup(name, *country)
	if !ok {
		if _, err := os.Stat(dbPath(*db)); err == nil {
			st, err := sqlite.Open(dbPath(*db))
			if err != nil {
				return err
			}
			defer st.Close()
			p, ok = st.Lookup(name, *country)
			from = "imported"
		}
	}
	if !ok {
		return annals.Errorf(annals.ENOTFOUND, "%q: no such place in the built-in gazetteer or the store", name)
	}
	b, _ := json.Marshal(struct {
		annals.Place
		Gazetteer string `json:"gazetteer"`
	}{p, from})
	fmt.Fprintln(c.Stdout, string(b))
	return nil
}
