package geo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
)

const header = "kind\tname\talt\tcountry\tadm1\tlat\tlon\tpopulation\n"

// tsv turns a readable table, fields separated by " | ", into a gazetteer file.
func tsv(lines ...string) []byte {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.ReplaceAll(l, " | ", "\t"))
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func TestLoad(t *testing.T) {
	data := tsv(
		"# a test gazetteer",
		"",
		strings.TrimSuffix(header, "\n"),
		"country | Ruritania | Kingdom of Ruritania | RUR |  | 50.10 | 15.20 | ",
		"capital | Strelsau | Strelzau | RUR | Central | 50.10 | 15.20 | 300000",
		"city | Zenda |  | RUR | Central | 50.30 | 15.60 | 20000",
		"city | Zenda | Zenda Town | RUR | North | 51.00 | 15.00 | 40000",
		"adm1 | Central | Central Province | RUR |  | 50.10 | 15.20 | ",
		"region | Hentzau Marches |  |  |  | 50.5 | 15.5 | ",
		"feature | Zenda Castle | Castle of Zenda | RUR | Central | 50.31 | 15.61 | ",
	)
	data = append(data, "city\tCRLF Town\t\tRUR\tCentral\t1\t2\t\r\n"...)
	g, err := geo.Load(geo.File{Name: "ruritania.tsv", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 8 {
		t.Errorf("Len() = %d; want 8", g.Len())
	}
	for _, tc := range []struct {
		name, hint string
		want       annals.Place
	}{
		{"Ruritania", "", annals.Place{Name: "Ruritania", Country: "RUR", Lat: 50.1, Lon: 15.2, Precision: "country"}},
		{"Kingdom of Ruritania", "", annals.Place{Name: "Ruritania", Country: "RUR", Lat: 50.1, Lon: 15.2, Precision: "country"}},
		{"strelzau", "", annals.Place{Name: "Strelsau", Country: "RUR", ADM1: "Central", Lat: 50.1, Lon: 15.2, Precision: "city"}},
		{"Zenda", "", annals.Place{Name: "Zenda", Country: "RUR", ADM1: "North", Lat: 51, Lon: 15, Precision: "city"}},
		{"Zenda, Central", "", annals.Place{Name: "Zenda", Country: "RUR", ADM1: "Central", Lat: 50.3, Lon: 15.6, Precision: "city"}},
		{"Zenda, Ruritania", "", annals.Place{Name: "Zenda", Country: "RUR", ADM1: "North", Lat: 51, Lon: 15, Precision: "city"}},
		{"Central", "", annals.Place{Name: "Central", Country: "RUR", ADM1: "Central", Lat: 50.1, Lon: 15.2, Precision: "adm1"}},
		{"Hentzau Marches", "", annals.Place{Name: "Hentzau Marches", Lat: 50.5, Lon: 15.5, Precision: "adm1"}},
		{"the Castle of Zenda", "", annals.Place{Name: "Zenda Castle", Country: "RUR", ADM1: "Central", Lat: 50.31, Lon: 15.61, Precision: "feature"}},
		{"CRLF Town", "", annals.Place{Name: "CRLF Town", Country: "RUR", ADM1: "Central", Lat: 1, Lon: 2, Precision: "city"}},
	} {
		got, ok := g.Lookup(tc.name, tc.hint)
		if !ok || got != tc.want {
			t.Errorf("Lookup(%q, %q) = %+v, %v; want %+v", tc.name, tc.hint, got, ok, tc.want)
		}
	}
}

// TestLoadOrder checks that Phrases gives names in file order, the name first.
func TestLoadOrder(t *testing.T) {
	g, err := geo.Load(
		geo.File{Name: "a.tsv", Data: tsv(strings.TrimSuffix(header, "\n"), "city | B | B2|B3 | AAA |  | 1 | 1 | ")},
		geo.File{Name: "b.tsv", Data: tsv(strings.TrimSuffix(header, "\n"), "city | A |  | AAA |  | 2 | 2 | ")},
	)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	g.Phrases(func(name string, _ annals.Place) { got = append(got, name) })
	if want := "B B2 B3 A"; strings.Join(got, " ") != want {
		t.Errorf("Phrases gave %q; want %q", got, want)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want []string // each error, in order
	}{
		{"empty", "", []string{"f.tsv:1: no header line"}},
		{"comments only", "# nothing\n\n", []string{"f.tsv:1: no header line"}},
		{"bad header", "kind\tname\n", []string{`f.tsv:1: want the header`}},
		{"few fields", header + "city\tX\t\tAAA\t\t1\t2\n", []string{"f.tsv:2:8: line has 7 tab-separated fields, want 8"}},
		{"many fields", header + "city\tX\t\tAAA\t\t1\t2\t\t\n", []string{"f.tsv:2:9: line has 9 tab-separated fields, want 8"}},
		{"kind", header + "town\tX\t\tAAA\t\t1\t2\t\n", []string{`f.tsv:2:1: kind: unknown kind "town"`}},
		{"name", header + "city\t \t\tAAA\t\t1\t2\t\n", []string{"f.tsv:2:2: name: empty name"}},
		{"punctuation name", header + "city\t.-.\t\tAAA\t\t1\t2\t\n", []string{"f.tsv:2:2: name: empty name"}},
		{"alt", header + "city\tX\tY||Z\tAAA\t\t1\t2\t\n", []string{`f.tsv:2:3: alt: empty alternative name in "Y||Z"`}},
		{"country code", header + "city\tX\t\tUS\t\t1\t2\t\n", []string{`f.tsv:2:4: country: country "US" is not a three-letter upper-case code`}},
		{"lower-case code", header + "city\tX\t\tusa\t\t1\t2\t\n", []string{`f.tsv:2:4: country: country "usa"`}},
		{"no country", header + "city\tX\t\t\t\t1\t2\t\n", []string{"f.tsv:2:4: country: a city needs a country"}},
		{"country adm1", header + "country\tX\t\tAAA\tY\t1\t2\t\n", []string{"f.tsv:2:5: adm1: a country has no adm1"}},
		{"lat", header + "city\tX\t\tAAA\t\t91\t2\t\n", []string{`f.tsv:2:6: lat: "91" is not a number from -90 to 90`}},
		{"lat NaN", header + "city\tX\t\tAAA\t\tNaN\t2\t\n", []string{`f.tsv:2:6: lat: "NaN"`}},
		{"lon", header + "city\tX\t\tAAA\t\t1\teast\t\n", []string{`f.tsv:2:7: lon: "east" is not a number from -180 to 180`}},
		{"population", header + "city\tX\t\tAAA\t\t1\t2\t-5\n", []string{`f.tsv:2:8: population: population "-5" is not a whole number of people`}},
		{"utf-8", header + "city\tX\xff\t\tAAA\t\t1\t2\t\n", []string{"f.tsv:2: line is not valid UTF-8"}},
		{"repeat", header + "city\tX\t\tAAA\tA\t1\t2\t\ncity\tx\t\tAAA\tA\t3\t4\t\n", []string{`f.tsv:3:2: name: city "x" in "AAA" repeats f.tsv:2`}},
		{"several", header + "city\tX\t\tAAA\t\t91\t2\t\nvillage\tY\t\tAAA\t\t1\t2\t\ncity\tZ\t\tAAA\t\t1\t2\t\n", []string{"f.tsv:2:6: lat:", "f.tsv:3:1: kind:"}},
		{"two bad fields", header + "city\t\t\tAAA\t\t1\t200\t\n", []string{"f.tsv:2:2: name:", "f.tsv:2:7: lon:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := geo.Load(geo.File{Name: "f.tsv", Data: []byte(tc.data)})
			if err == nil {
				t.Fatalf("Load succeeded with %d places", g.Len())
			}
			if g != nil {
				t.Error("Load returned a gazetteer with its error")
			}
			if code := annals.ErrorCode(err); code != annals.EINVALID {
				t.Errorf("ErrorCode = %q; want %q", code, annals.EINVALID)
			}
			var pe *geo.ParseError
			if !errors.As(err, &pe) || pe.File != "f.tsv" {
				t.Errorf("error %v is not a *ParseError for f.tsv", err)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tc.want) {
				t.Fatalf("got %d errors:\n%v\nwant %d", len(lines), err, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("error %d = %q; want it to start with %q", i, lines[i], w)
				}
			}
		})
	}
}

func TestParseErrorFormat(t *testing.T) {
	for _, tc := range []struct {
		err  geo.ParseError
		want string
	}{
		{geo.ParseError{File: "a.txt", Line: 3, Column: 5, Field: "latitude", Err: errors.New("bad")}, "a.txt:3:5: latitude: bad"},
		{geo.ParseError{File: "a.txt", Line: 3, Column: 20, Err: errors.New("bad")}, "a.txt:3:20: bad"},
		{geo.ParseError{File: "a.txt", Line: 3, Err: errors.New("bad")}, "a.txt:3: bad"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q; want %q", got, tc.want)
		}
	}
}
