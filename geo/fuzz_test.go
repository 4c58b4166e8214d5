package geo_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
)

func readSeed(f *testing.F, name string) []byte {
	f.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "geonames", name))
	if err != nil {
		f.Fatal(err)
	}
	return data
}

func FuzzImportGeoNames(f *testing.F) {
	f.Add(readSeed(f, "cities.txt"), readSeed(f, "alternateNamesV2.txt"), readSeed(f, "admin1CodesASCII.txt"))
	f.Add(readSeed(f, "malformed.txt"), readSeed(f, "malformed_alternates.txt"), readSeed(f, "malformed_admin1.txt"))
	f.Add([]byte("1\tA\tA\t\t1\t2\tP\tPPL\tUS\t\tCA\t\t\t\t0\t\t0\tUTC\t2024-01-01"), []byte("1\t1\ten\tB"), []byte("US.CA\tCalifornia"))
	f.Add([]byte("\n\r\n\t\t\t"), []byte{}, []byte{0xff, '\n', '.'})
	f.Fuzz(func(t *testing.T, places, alternates, admin1 []byte) {
		for _, withAlternates := range []bool{false, true} {
			var alt *bytes.Reader
			if withAlternates {
				alt = bytes.NewReader(alternates)
			}
			fn := func(p annals.Place, alts []string) error {
				if p.Name == "" || p.Precision == "" {
					t.Errorf("imported %+v", p)
				}
				if math.IsNaN(p.Lat) || math.Abs(p.Lat) > 90 || math.IsNaN(p.Lon) || math.Abs(p.Lon) > 180 {
					t.Errorf("imported a bad point: %+v", p)
				}
				for _, a := range alts {
					if a == "" || a == p.Name {
						t.Errorf("%s: bad alternative name %q in %q", p.Name, a, alts)
					}
				}
				return nil
			}
			onErr := func(err error) error {
				var pe *geo.ParseError
				if !errors.As(err, &pe) || pe.Line < 1 || pe.File == "" {
					t.Errorf("problem %v does not name a file and line", err)
				}
				return nil
			}
			var err error
			if alt != nil {
				err = geo.ImportGeoNames(context.Background(), bytes.NewReader(places), "places.txt", alt, bytes.NewReader(admin1), fn, onErr)
			} else {
				err = geo.ImportGeoNames(context.Background(), bytes.NewReader(places), "places.txt", nil, bytes.NewReader(admin1), fn, onErr)
			}
			if err != nil {
				t.Errorf("import failed although every problem was skipped: %v", err)
			}
		}
	})
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(header + "city\tZenda\tZ\tRUR\tCentral\t50.3\t15.6\t20000\n"))
	f.Add([]byte(header + "feature\tA-B\t\t\t\t-90\t180\t\ncountry\tX\t\tXXX\t\t0\t0\t\n"))
	f.Add([]byte("# only a comment\n"))
	for _, file := range geo.BuiltinFiles() {
		data := file.Data
		if len(data) > 4096 {
			data = data[:4096]
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := geo.Load(geo.File{Name: "fuzz.tsv", Data: data})
		if err != nil {
			var pe *geo.ParseError
			if g != nil || !errors.As(err, &pe) || annals.ErrorCode(err) != annals.EINVALID {
				t.Fatalf("Load error %v with gazetteer %v", err, g)
			}
			return
		}
		g.Phrases(func(name string, p annals.Place) {
			if _, ok := g.Lookup(name, p.Country); !ok {
				t.Errorf("Lookup(%q, %q): not found, though it is a phrase", name, p.Country)
			}
		})
	})
}

func FuzzLookup(f *testing.F) {
	for _, tc := range resolutions[:20] {
		f.Add(tc.name, tc.hint)
	}
	f.Add("Springfield, IL", "")
	f.Add(",,,", "USA")
	f.Add("the \xff", "\x00")
	g, err := geo.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, country string) {
		p, ok := g.Lookup(name, country)
		if ok && (p.Name == "" || p.Precision == "") {
			t.Errorf("Lookup(%q, %q) = %+v", name, country, p)
		}
	})
}
