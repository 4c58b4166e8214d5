package geo_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
)

// MustOpen opens a file under testdata/geonames.
func MustOpen(tb testing.TB, name string) io.Reader {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "geonames", name))
	if err != nil {
		tb.Fatal(err)
	}
	return bytes.NewReader(data)
}

type imported struct {
	place annals.Place
	alts  []string
}

func collect(out *[]imported) func(annals.Place, []string) error {
	return func(p annals.Place, alts []string) error {
		*out = append(*out, imported{p, alts})
		return nil
	}
}

func find(t *testing.T, got []imported, name string) imported {
	t.Helper()
	for _, g := range got {
		if g.place.Name == name {
			return g
		}
	}
	t.Fatalf("%s not imported", name)
	return imported{}
}

func TestImportGeoNames(t *testing.T) {
	var got []imported
	err := geo.ImportGeoNames(context.Background(),
		MustOpen(t, "cities.txt"), "cities.txt",
		MustOpen(t, "alternateNamesV2.txt"), MustOpen(t, "admin1CodesASCII.txt"),
		collect(&got), func(err error) error { t.Errorf("unexpected problem: %v", err); return nil })
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range got {
		names = append(names, g.place.Name)
	}
	want := []string{"Kyiv", "Zürich", "Yerevan", "Georgia", "Washington", "Springfield", "Pristina",
		"Donetsk Oblast", "Gaza", "Bakhmut District"} // not the hotel (class S)
	if !slices.Equal(names, want) {
		t.Fatalf("imported %q; want %q", names, want)
	}
	for _, tc := range []struct {
		name string
		want annals.Place
		alts []string
	}{
		{"Kyiv", annals.Place{Name: "Kyiv", Country: "UKR", ADM1: "Kyiv City", Lat: 50.45466, Lon: 30.5238, Precision: "city"},
			// the column's names, then the alternates file's, links and postcodes left out
			[]string{"Kiev", "Kijev", "Kyjiw", "Київ", "Киев"}},
		{"Zürich", annals.Place{Name: "Zürich", Country: "CHE", ADM1: "Zurich", Lat: 47.36667, Lon: 8.55, Precision: "city"},
			[]string{"Zurich", "Zuerich", "Turicum", "Zurigo"}},
		{"Yerevan", annals.Place{Name: "Yerevan", Country: "ARM", ADM1: "Yerevan", Lat: 40.18111, Lon: 44.51361, Precision: "city"},
			[]string{"Erevan", "Jerewan", "Ереван", "Երևան"}}, // the IATA code is left out
		{"Georgia", annals.Place{Name: "Georgia", Country: "GEO", Lat: 42, Lon: 43.5, Precision: "country"},
			[]string{"Sakartvelo", "Republic of Georgia", "საქართველო"}},
		{"Washington", annals.Place{Name: "Washington", Country: "USA", ADM1: "Washington", Lat: 47.50012, Lon: -120.50147, Precision: "adm1"},
			[]string{"State of Washington", "WA"}},
		{"Springfield", annals.Place{Name: "Springfield", Country: "USA", ADM1: "Illinois", Lat: 39.80172, Lon: -89.64371, Precision: "city"}, nil},
		{"Pristina", annals.Place{Name: "Pristina", Country: "KSV", ADM1: "Pristina", Lat: 42.67272, Lon: 21.16688, Precision: "city"},
			[]string{"Prishtina", "Prishtinë", "Priština"}},
		// UA.05 is not in the admin1 file: an ADM1 place is its own division
		{"Donetsk Oblast", annals.Place{Name: "Donetsk Oblast", Country: "UKR", ADM1: "Donetsk Oblast", Lat: 48, Lon: 37.75, Precision: "adm1"},
			[]string{"Donetska oblast", "Donetsk region"}},
		{"Gaza", annals.Place{Name: "Gaza", Country: "PSE", ADM1: "Gaza Strip", Lat: 31.50161, Lon: 34.46672, Precision: "city"},
			[]string{"Gaza City", "Ghazzah"}},
		{"Bakhmut District", annals.Place{Name: "Bakhmut District", Country: "UKR", Lat: 48.6, Lon: 38, Precision: "adm2"}, nil},
	} {
		g := find(t, got, tc.name)
		if g.place != tc.want {
			t.Errorf("%s: got %+v; want %+v", tc.name, g.place, tc.want)
		}
		if !slices.Equal(g.alts, tc.alts) {
			t.Errorf("%s: alternative names %q; want %q", tc.name, g.alts, tc.alts)
		}
	}
}

// TestImportGeoNamesStreaming reads without the alternates file, which
// streams the places; the alternative names are then the column's alone.
func TestImportGeoNamesStreaming(t *testing.T) {
	var got []imported
	err := geo.ImportGeoNames(context.Background(), MustOpen(t, "cities.txt"), "cities.txt", nil, nil, collect(&got), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 10 {
		t.Fatalf("imported %d places; want 10", len(got))
	}
	kyiv := find(t, got, "Kyiv")
	if want := []string{"Kiev", "Kijev", "Kyjiw", "Київ"}; !slices.Equal(kyiv.alts, want) {
		t.Errorf("Kyiv: alternative names %q; want %q", kyiv.alts, want)
	}
	if kyiv.place.ADM1 != "" {
		t.Errorf("Kyiv: ADM1 %q without an admin1 file", kyiv.place.ADM1)
	}
	if wa := find(t, got, "Washington"); wa.place.ADM1 != "Washington" {
		t.Errorf("Washington: ADM1 %q; an ADM1 place is its own division", wa.place.ADM1)
	}
}

func TestImportGeoNamesMalformed(t *testing.T) {
	var got []imported
	var problems []string
	err := geo.ImportGeoNames(context.Background(),
		MustOpen(t, "malformed.txt"), "malformed.txt",
		MustOpen(t, "malformed_alternates.txt"), MustOpen(t, "malformed_admin1.txt"),
		collect(&got), func(err error) error {
			var pe *geo.ParseError
			if !errors.As(err, &pe) {
				t.Errorf("problem %v is not a *ParseError", err)
			}
			if annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("problem %v has code %q", err, annals.ErrorCode(err))
			}
			problems = append(problems, err.Error())
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`admin1CodesASCII.txt:2:1: code: "IQ11" is not a code such as US.CA`,
		`malformed.txt:2:8: line has 7 tab-separated columns, want 19`,
		`malformed.txt:3:5: latitude: "91.5" is not a latitude`,
		`malformed.txt:4:6: longitude: "east" is not a longitude`,
		`malformed.txt:5:9: country code: unknown country code "QQ"`,
		`malformed.txt:6:1: geonameid: "x25" is not a positive whole number`,
		`malformed.txt:7:2: name: empty name`,
		`malformed.txt:10:20: line has 20 tab-separated columns, want 19`,
		`malformed.txt:11: line is not valid UTF-8`,
		`alternateNamesV2.txt:2:4: line has 3 tab-separated columns, want 4 to 10`,
		`alternateNamesV2.txt:3:2: geonameid: "abc" is not a positive whole number`,
	}
	if !slices.Equal(problems, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(problems, "\n"), strings.Join(want, "\n"))
	}
	// The good lines around the bad ones still come through.
	if len(got) != 2 {
		t.Fatalf("imported %d places; want Mosul and Erbil", len(got))
	}
	mosul, erbil := got[0], got[1]
	if mosul.place.Name != "Mosul" || mosul.place.Country != "IRQ" || mosul.place.ADM1 != "Nineveh" ||
		!slices.Equal(mosul.alts, []string{"Al Mawsil", "Mosul City"}) {
		t.Errorf("Mosul: %+v %q", mosul.place, mosul.alts)
	}
	if erbil.place.Name != "Erbil" || erbil.place.ADM1 != "Erbil" ||
		!slices.Equal(erbil.alts, []string{"Arbil", "Hawler", "Hewlêr"}) {
		t.Errorf("Erbil: %+v %q", erbil.place, erbil.alts)
	}
}

func TestImportGeoNamesStops(t *testing.T) {
	ctx := context.Background()
	stop := errors.New("stop")

	// A nil onErr stops at the first problem.
	var got []imported
	err := geo.ImportGeoNames(ctx, MustOpen(t, "malformed.txt"), "malformed.txt", nil, nil, collect(&got), nil)
	var pe *geo.ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 8 {
		t.Errorf("nil onErr: error %v; want the problem of line 2", err)
	}
	if len(got) != 1 {
		t.Errorf("nil onErr: imported %d places before stopping; want 1", len(got))
	}

	// An error from onErr stops the import and is returned.
	err = geo.ImportGeoNames(ctx, MustOpen(t, "malformed.txt"), "malformed.txt", nil, nil,
		func(annals.Place, []string) error { return nil }, func(error) error { return stop })
	if err != stop {
		t.Errorf("onErr error: got %v; want %v", err, stop)
	}

	// An error from fn stops the import and is returned, with or without alternates.
	for _, alternates := range []io.Reader{nil, MustOpen(t, "alternateNamesV2.txt")} {
		calls := 0
		err = geo.ImportGeoNames(ctx, MustOpen(t, "cities.txt"), "cities.txt", alternates, nil,
			func(annals.Place, []string) error { calls++; return stop }, nil)
		if err != stop || calls != 1 {
			t.Errorf("fn error: got %v after %d calls; want %v after 1", err, calls, stop)
		}
	}

	// A done context stops the import.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	err = geo.ImportGeoNames(cancelled, MustOpen(t, "cities.txt"), "cities.txt", nil, nil,
		func(annals.Place, []string) error { t.Error("fn called after cancel"); return nil }, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v; want %v", err, context.Canceled)
	}

	// Missing arguments are an error, not a panic.
	if err := geo.ImportGeoNames(ctx, nil, "x", nil, nil, collect(&got), nil); err == nil {
		t.Error("nil places: no error")
	}
	if err := geo.ImportGeoNames(ctx, strings.NewReader(""), "x", nil, nil, nil, nil); err == nil {
		t.Error("nil fn: no error")
	}
}

// TestImportGeoNamesLongLine checks that an over-long line is reported and
// skipped, and the next line read.
func TestImportGeoNamesLongLine(t *testing.T) {
	var in bytes.Buffer
	in.WriteString("1\t")
	in.Write(bytes.Repeat([]byte("x"), 5<<20))
	in.WriteString("\n")
	in.WriteString("2\tUr\tUr\t\t30.96\t46.1\tP\tPPL\tIQ\t\t\t\t\t\t0\t\t0\tAsia/Baghdad\t2024-01-01") // no final newline
	var got []imported
	var problems []string
	err := geo.ImportGeoNames(context.Background(), &in, "long.txt", nil, nil, collect(&got),
		func(err error) error { problems = append(problems, err.Error()); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || !strings.HasPrefix(problems[0], "long.txt:1: line longer than") {
		t.Errorf("problems %q; want one for line 1", problems)
	}
	if len(got) != 1 || got[0].place.Name != "Ur" || got[0].place.Country != "IRQ" {
		t.Errorf("imported %+v; want Ur", got)
	}
}

func TestAlpha3(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"US", "USA"}, {"us", "USA"}, {"GB", "GBR"}, {"UA", "UKR"}, {"RU", "RUS"},
		{"PS", "PSE"}, {"XK", "KSV"}, {"CS", "YUG"}, {"EH", "ESH"}, {"TW", "TWN"},
		{"KP", "PRK"}, {"KR", "KOR"}, {"CD", "COD"}, {"CG", "COG"}, {"SS", "SSD"},
		{"ZA", "ZAF"}, {"ME", "MNE"}, {"RS", "SRB"}, {"TL", "TLS"}, {"RO", "ROU"},
	} {
		if got, ok := geo.Alpha3(tc.in); !ok || got != tc.want {
			t.Errorf("Alpha3(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, bad := range []string{"", "U", "USA", "QQ", "ZZ", "1A"} {
		if got, ok := geo.Alpha3(bad); ok {
			t.Errorf("Alpha3(%q) = %q; want not found", bad, got)
		}
	}
}

// TestAlpha3Table checks the table against annals' country list: every
// alpha-3 code appears once, and all are annals codes but the few ISO
// codes of uninhabited territories countries.txt leaves out.
func TestAlpha3Table(t *testing.T) {
	codes := readCountryCodes(t)
	notInCountries := map[string]bool{"ATF": true, "BVT": true, "HMD": true, "ANT": true}
	seen := map[string]string{}
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			a2 := string([]rune{a, b})
			a3, ok := geo.Alpha3(a2)
			if !ok {
				continue
			}
			n++
			if prev, dup := seen[a3]; dup {
				t.Errorf("%s and %s both give %s", prev, a2, a3)
			}
			seen[a3] = a2
			if !codes[a3] && !notInCountries[a3] {
				t.Errorf("Alpha3(%s) = %s, which is not in %s", a2, a3, countriesFile)
			}
		}
	}
	if n != 252 {
		t.Errorf("%d codes; want 249 ISO codes and 3 of GeoNames'", n)
	}
}
