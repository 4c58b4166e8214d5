package geo_test

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
)

// countriesFile is annals' list of country codes, read at test time.
const countriesFile = "../dict/builtin/countries.txt"

// regionCodes are countries.txt's CAMEO regional codes, which name no place.
var regionCodes = strings.Fields("AFR NAF WAF EAF CFR SAF ASA SAS SEA CAS CAU MEA PGS EUR EEU CEU BLK SCN WST NMR LAM SAM CRB")

// readCountryCodes returns the codes of the "country CODE" lines of countries.txt.
func readCountryCodes(tb testing.TB) map[string]bool {
	tb.Helper()
	f, err := os.Open(countriesFile)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	codes := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if code, ok := strings.CutPrefix(sc.Text(), "country "); ok {
			codes[strings.TrimSpace(code)] = true
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(codes) < 250 {
		tb.Fatalf("read only %d codes from %s", len(codes), countriesFile)
	}
	return codes
}

func places(g *geo.Gazetteer) []annals.Place {
	var ps []annals.Place
	var last annals.Place
	first := true
	g.Phrases(func(_ string, p annals.Place) {
		// Phrases passes a place once per name, consecutively.
		if first || p != last {
			ps = append(ps, p)
		}
		last, first = p, false
	})
	return ps
}

func TestCountryCodesKnown(t *testing.T) {
	codes := readCountryCodes(t)
	g := MustBuiltin(t)
	for _, p := range places(g) {
		if p.Country == "" {
			continue
		}
		if len(p.Country) != 3 || strings.ToUpper(p.Country) != p.Country {
			t.Errorf("%s: country %q is not a three-letter upper-case code", p.Name, p.Country)
		}
		if !codes[p.Country] {
			t.Errorf("%s: country %q is not in %s", p.Name, p.Country, countriesFile)
		}
	}
}

func TestEveryCountryListed(t *testing.T) {
	codes := readCountryCodes(t)
	for _, r := range regionCodes {
		delete(codes, r)
	}
	g := MustBuiltin(t)
	for _, p := range places(g) {
		if p.Precision == geo.PrecisionCountry {
			delete(codes, p.Country)
		}
	}
	for code := range codes {
		t.Errorf("country %s of %s has no country row", code, countriesFile)
	}
}

func TestBuiltinCounts(t *testing.T) {
	g := MustBuiltin(t)
	count := map[string]int{}
	for _, p := range places(g) {
		count[p.Precision]++
	}
	t.Logf("%d places: %v", g.Len(), count)
	if count[geo.PrecisionCity] < 1000 {
		t.Errorf("%d cities; want at least 1000", count[geo.PrecisionCity])
	}
	if count[geo.PrecisionCountry] < 250 {
		t.Errorf("%d countries; want at least 250", count[geo.PrecisionCountry])
	}
	if count[geo.PrecisionADM1] < 700 {
		t.Errorf("%d first-level divisions and regions; want at least 700", count[geo.PrecisionADM1])
	}
}

func TestBuiltinPlacesValid(t *testing.T) {
	g := MustBuiltin(t)
	for _, p := range places(g) {
		switch {
		case p.Name == "" || strings.TrimSpace(p.Name) != p.Name:
			t.Errorf("bad name %q", p.Name)
		case math.IsNaN(p.Lat) || p.Lat < -90 || p.Lat > 90 || math.IsNaN(p.Lon) || p.Lon < -180 || p.Lon > 180:
			t.Errorf("%s: bad point %v, %v", p.Name, p.Lat, p.Lon)
		case p.Lat == 0 && p.Lon == 0:
			t.Errorf("%s: point is 0, 0", p.Name)
		}
		switch p.Precision {
		case geo.PrecisionCountry, geo.PrecisionADM1, geo.PrecisionCity, geo.PrecisionFeature:
		default:
			t.Errorf("%s: bad precision %q", p.Name, p.Precision)
		}
	}
}

// fullADM1 are the countries whose first-level divisions the built-in
// gazetteer lists in full.
var fullADM1 = strings.Fields(`USA RUS UKR CHN IND BRA DEU FRA GBR CAN AUS MEX NGA PAK
	IRN IRQ SYR TUR AZE ARM ISR PSE AFG YEM LBY SDN ETH COD MMR`)

// TestADM1Consistent checks that, in the countries whose divisions are
// listed in full, every city names one of them.
func TestADM1Consistent(t *testing.T) {
	g := MustBuiltin(t)
	ps := places(g)
	divisions := map[string]map[string]bool{}
	for _, cc := range fullADM1 {
		divisions[cc] = map[string]bool{}
	}
	for _, p := range ps {
		if d := divisions[p.Country]; d != nil && p.Precision == geo.PrecisionADM1 && p.ADM1 != "" {
			d[p.ADM1] = true
		}
	}
	for cc, d := range divisions {
		if len(d) < 2 {
			t.Errorf("%s: %d first-level divisions", cc, len(d))
		}
	}
	for _, p := range ps {
		if d := divisions[p.Country]; d != nil && p.Precision == geo.PrecisionCity && !d[p.ADM1] {
			t.Errorf("%s (%s): adm1 %q is not a division of %s", p.Name, p.Country, p.ADM1, p.Country)
		}
	}
}

func TestBuiltinOnce(t *testing.T) {
	a, err := geo.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := geo.Builtin()
	if a != b {
		t.Error("Builtin parsed the files twice")
	}
	if n := len(geo.BuiltinFiles()); n != 5 {
		t.Errorf("%d built-in files; want 5", n)
	}
}
