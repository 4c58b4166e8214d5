package geo

import (
	"strings"
	"unicode"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// Precisions of the places a Gazetteer returns, as Place.Precision.
const (
	PrecisionCountry = "country"
	PrecisionADM1    = "adm1"
	PrecisionCity    = "city"
	PrecisionFeature = "feature"
)

// kind is what a gazetteer row describes. The order of the constants is not
// the order of preference; see rank.
type kind uint8

const (
	kindCountry kind = iota + 1
	kindCapital
	kindCity
	kindADM1
	kindRegion
	kindFeature
)

var kindNames = map[string]kind{
	"country": kindCountry,
	"capital": kindCapital,
	"city":    kindCity,
	"adm1":    kindADM1,
	"region":  kindRegion,
	"feature": kindFeature,
}

// rank orders the kinds among places of one name: lower wins. Countries come
// last here; a country wins only when the name is the country's own name,
// which Lookup checks first.
func (k kind) rank() int {
	switch k {
	case kindCapital:
		return 0
	case kindCity:
		return 1
	case kindADM1, kindRegion:
		return 2
	case kindFeature:
		return 3
	}
	return 4
}

func (k kind) precision() string {
	switch k {
	case kindCountry:
		return PrecisionCountry
	case kindCapital, kindCity:
		return PrecisionCity
	case kindADM1, kindRegion:
		return PrecisionADM1
	}
	return PrecisionFeature
}

// entry is one place of the gazetteer.
type entry struct {
	place   annals.Place
	kind    kind
	pop     int64
	names   []string // the name, then the alternative names, as written
	adm1Key string   // key(place.ADM1), for qualifiers
}

// Gazetteer is a set of named places. It is safe for concurrent use once
// built; Builtin and Load build one.
type Gazetteer struct {
	entries []entry
	// index maps the key of every name and alternative name to the entries
	// that carry it, in file order, each entry at most once per key.
	index map[string][]int32
	// countries maps the key of every country name to its code, for
	// qualifiers such as "Hyderabad, Pakistan".
	countries map[string]string
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.entries)
}

// Phrases calls fn for every name and alternative name of every place, in
// file order, with the place it names; a place with three names is passed
// three times. The names are as written in the gazetteer, unfolded, so a
// caller can tokenize them the way it tokenizes text (text.Tokenize) and
// build its own matcher. Several places may share a name; a matcher should
// keep them all and resolve with Lookup.
func (g *Gazetteer) Phrases(fn func(name string, p annals.Place)) {
	if g == nil {
		return
	}
	for i := range g.entries {
		e := &g.entries[i]
		for _, n := range e.names {
			fn(n, e.place)
		}
	}
}

// Lookup returns the place a name most likely means. The name matches a
// place's name or any alternative name, compared after folding case and
// accents (text.Fold), dropping periods and apostrophes, and treating
// hyphens, commas and runs of spaces as one space; a leading "the" is
// ignored when the name without it is known.
//
// When country (an annals country code such as "USA") is not empty, places
// in that country are preferred; places elsewhere are returned only when no
// place of the name lies in it. Among the remaining places Lookup prefers,
// in order: a country, when the name is a country's name; a capital; a city,
// the most populous first; a first-level division or region; a feature.
// Ties go to the place listed first, so the answer is deterministic.
//
// A name with a qualifier after its last comma ("Springfield, Illinois",
// "Springfield, IL", "Hyderabad, Pakistan", "Paris, FRA") that is not itself
// a known name matches only places whose first-level division, country name
// or country code is the qualifier; when none does, Lookup reports false.
func (g *Gazetteer) Lookup(name string, country string) (annals.Place, bool) {
	if g == nil {
		return annals.Place{}, false
	}
	k := key(name)
	if k == "" {
		return annals.Place{}, false
	}
	if ids := g.find(k); len(ids) > 0 {
		return g.entries[g.best(ids, country)].place, true
	}
	i := strings.LastIndexByte(name, ',')
	if i < 0 {
		return annals.Place{}, false
	}
	ids := g.find(key(name[:i]))
	q := key(name[i+1:])
	if len(ids) == 0 || q == "" {
		return annals.Place{}, false
	}
	var kept []int32
	for _, id := range ids {
		if g.qualifies(&g.entries[id], q) {
			kept = append(kept, id)
		}
	}
	if len(kept) == 0 {
		return annals.Place{}, false
	}
	return g.entries[g.best(kept, country)].place, true
}

// find returns the entries named k, trying k without a leading "the".
func (g *Gazetteer) find(k string) []int32 {
	if ids := g.index[k]; len(ids) > 0 {
		return ids
	}
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		return g.index[rest]
	}
	return nil
}

// qualifies reports whether the qualifier key q names e's first-level
// division (or, in the United States, its postal abbreviation), its country
// or its country code.
func (g *Gazetteer) qualifies(e *entry, q string) bool {
	p := &e.place
	switch {
	case e.adm1Key != "" && q == e.adm1Key:
		return true
	case p.Country == "":
		return false
	case strings.EqualFold(q, p.Country):
		return true
	case g.countries[q] == p.Country:
		return true
	case p.Country == "USA" && e.adm1Key != "" && usStates[q] == e.adm1Key:
		return true
	}
	return false
}

// best picks among the entries ids, which are in file order.
func (g *Gazetteer) best(ids []int32, country string) int32 {
	restrict := false
	if country != "" {
		for _, id := range ids {
			if strings.EqualFold(g.entries[id].place.Country, country) {
				restrict = true
				break
			}
		}
	}
	best := int32(-1)
	for _, id := range ids {
		e := &g.entries[id]
		if restrict && !strings.EqualFold(e.place.Country, country) {
			continue
		}
		if e.kind == kindCountry {
			return id // the name is this country's name
		}
		if best < 0 || better(e, &g.entries[best]) {
			best = id
		}
	}
	return best
}

// better reports whether a outranks b, neither being a country.
func better(a, b *entry) bool {
	if ra, rb := a.kind.rank(), b.kind.rank(); ra != rb {
		return ra < rb
	}
	return a.pop > b.pop
}

// Key returns the form under which a gazetteer indexes a name (see key), for
// stores that keep places of their own: "Nova-Kakhovka" and "nova kakhovka"
// have the same key.
func Key(name string) string { return key(name) }

// key returns the form under which a name is indexed: folded by text.Fold,
// with periods, apostrophes and quotes dropped, hyphens, commas, slashes,
// parentheses and other separators turned into spaces, and runs of spaces
// collapsed and trimmed.
func key(s string) string {
	f := text.Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		switch {
		case r == '.' || r == '\'' || r == '"' || r == '`':
			continue
		case r == '-' || r == ',' || r == '/' || r == '(' || r == ')' || r == ';' || r == ':' || r == '_' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// usStates maps the keys of US postal abbreviations to the keys of the
// states' names, for qualifiers such as "Springfield, IL".
var usStates = map[string]string{}

func init() {
	for _, s := range []string{
		"AL Alabama", "AK Alaska", "AZ Arizona", "AR Arkansas", "CA California",
		"CO Colorado", "CT Connecticut", "DE Delaware", "FL Florida", "GA Georgia",
		"HI Hawaii", "ID Idaho", "IL Illinois", "IN Indiana", "IA Iowa",
		"KS Kansas", "KY Kentucky", "LA Louisiana", "ME Maine", "MD Maryland",
		"MA Massachusetts", "MI Michigan", "MN Minnesota", "MS Mississippi", "MO Missouri",
		"MT Montana", "NE Nebraska", "NV Nevada", "NH New Hampshire", "NJ New Jersey",
		"NM New Mexico", "NY New York", "NC North Carolina", "ND North Dakota", "OH Ohio",
		"OK Oklahoma", "OR Oregon", "PA Pennsylvania", "RI Rhode Island", "SC South Carolina",
		"SD South Dakota", "TN Tennessee", "TX Texas", "UT Utah", "VT Vermont",
		"VA Virginia", "WA Washington", "WV West Virginia", "WI Wisconsin", "WY Wyoming",
		"DC District of Columbia",
	} {
		code, name, _ := strings.Cut(s, " ")
		usStates[key(code)] = key(name)
	}
}
