package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/annals-dev/annals"
)

// GDELTColumns names the 61 columns of the GDELT 2.0 event export, in
// GDELT's order (GDELT Event Codebook V2.0). GDELT publishes its files
// without a header row; a caller that wants one can write these names.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltWriter writes the GDELT 2.0 event export layout. What goes in each
// column, where annals and GDELT differ:
//
//   - GLOBALEVENTID is EventID.
//   - FractionDate is the year plus ((month-1)*30 + day)/365 to four
//     places, the approximation GDELT's own files use.
//   - The actor columns come from the CAMEO actor code (see gdeltActorOf);
//     Actor1Name and Actor2Name are the text that named the actor. A code
//     whose country is unknown ("---GOV") is written as GDELT writes it,
//     without the dashes ("GOV"). Ethnic codes are never filled: annals
//     codes no ethnicity.
//   - IsRootEvent is 1 for events of the first sentence of a document, which
//     stands in for GDELT's lead paragraph.
//   - EventBaseCode is the first three digits of a four-digit code and the
//     code itself otherwise, as GDELT does.
//   - NumMentions, NumSources and NumArticles are the event's Mentions,
//     Sources and Articles: its reports across the republished copies of its
//     story (1 when a count is unset). AvgTone is empty.
//   - Only the ActionGeo block is filled, from Event.Location: annals knows
//     where an event happened, not where each actor was. ADM2Code and
//     FeatureID are empty; CountryCode and ADM1Code are the place's, in
//     whatever code system the geocoder used (GDELT's are FIPS 10-4).
//     Coordinates of exactly (0, 0) are taken as unknown and left empty.
//   - DATEADDED is the event date at 000000.
//   - SOURCEURL is Options.SourceURL's answer, or empty.
type gdeltWriter struct {
	w      *bufio.Writer
	opt    Options
	row    []string
	closed bool
}

func newGDELTWriter(w io.Writer, opt Options) *gdeltWriter {
	return &gdeltWriter{
		w:   bufio.NewWriterSize(w, bufferSize),
		opt: opt,
		row: make([]string, 0, len(GDELTColumns)),
	}
}

// Write writes the event as one row.
func (g *gdeltWriter) Write(e *annals.Event) error {
	if g.closed {
		return errClosed
	}
	row, err := g.appendRow(g.row[:0], e)
	if err != nil {
		return err
	}
	g.row = row
	for i, f := range row {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(f)
	}
	return g.w.WriteByte('\n')
}

// appendRow appends the event's 61 columns to row.
func (g *gdeltWriter) appendRow(row []string, e *annals.Event) ([]string, error) {
	t, err := eventDate(e)
	if err != nil {
		return row, err
	}
	day := t.Format("20060102")
	fraction := float64(t.Year()) + float64((int(t.Month())-1)*30+t.Day())/365
	row = append(row,
		strconv.FormatInt(EventID(e), 10),
		day,
		day[:6],
		day[:4],
		strconv.FormatFloat(fraction, 'f', 4, 64),
	)
	row = gdeltActorOf(e.Source, e.SourceText).appendTo(row)
	row = gdeltActorOf(e.Target, e.TargetText).appendTo(row)

	isRoot := "0"
	if e.Sentence == 0 {
		isRoot = "1"
	}
	code := string(e.Code)
	base := code
	if len(code) == 4 {
		base = code[:3]
	}
	root := e.Root
	if root == "" {
		root = e.Code.Root()
	}
	quad := ""
	if e.Quad != 0 {
		quad = strconv.Itoa(e.Quad)
	}
	row = append(row, isRoot, clean(code), clean(base), clean(root), quad, formatFloat(e.Goldstein),
		count(e.Mentions), count(e.Sources), count(e.Articles), "")

	row = appendGDELTGeo(row, nil) // Actor1Geo
	row = appendGDELTGeo(row, nil) // Actor2Geo
	row = appendGDELTGeo(row, e.Location)

	url := ""
	if g.opt.SourceURL != nil {
		url = clean(g.opt.SourceURL(e.Doc))
	}
	return append(row, day+"000000", url), nil
}

// Close flushes the buffered rows.
func (g *gdeltWriter) Close() error {
	if g.closed {
		return errClosed
	}
	g.closed = true
	return g.w.Flush()
}

// gdeltActor is a CAMEO actor code broken out into GDELT's ten actor columns.
type gdeltActor struct {
	code, name, country, knownGroup, ethnic string
	religion                                [2]string
	types                                   [3]string
}

func (a gdeltActor) appendTo(row []string) []string {
	return append(row, a.code, a.name, a.country, a.knownGroup, a.ethnic,
		a.religion[0], a.religion[1], a.types[0], a.types[1], a.types[2])
}

// gdeltActorOf breaks a CAMEO actor code into GDELT's columns. A CAMEO code
// is a run of three-letter parts: a country ("RUS") or an international
// type ("IGO", "NGO", ...) first, then agents ("GOV", "MIL"), religions
// ("MOS") or a known group ("UNO" in IGOUNO); "---" stands for an unknown
// country. The first part counts as a country unless it is an international
// type or an agent; after an
// international type the next part is the known group. Later parts go to
// the type columns when they are agents, to the religion columns when they
// are religions, and otherwise to the known group column if it is still
// empty. A part that finds no free column is dropped: the full code is
// always in Actor1Code or Actor2Code.
func gdeltActorOf(code, name string) gdeltActor {
	a := gdeltActor{name: clean(name)}
	code = clean(code)
	noCountry := strings.HasPrefix(code, "---")
	code = strings.TrimLeft(code, "-")
	a.code = code
	var parts []string
	for len(code) > 3 {
		parts = append(parts, code[:3])
		code = code[3:]
	}
	if code != "" {
		parts = append(parts, code)
	}
	nt, nr := 0, 0
	addType := func(p string) {
		if nt < len(a.types) {
			a.types[nt] = p
			nt++
		}
	}
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		switch {
		case i == 0 && internationalTypes[p]:
			addType(p)
			if i+1 < len(parts) && !agentCodes[parts[i+1]] && !religionCodes[parts[i+1]] {
				a.knownGroup = parts[i+1]
				i++
			}
		case i == 0 && !noCountry && !agentCodes[p] && len(p) == 3:
			a.country = p
		case agentCodes[p] || internationalTypes[p]:
			addType(p)
		case religionCodes[p]:
			if nr < len(a.religion) {
				a.religion[nr] = p
				nr++
			}
		case a.knownGroup == "":
			a.knownGroup = p
		}
	}
	return a
}

// internationalTypes are the CAMEO codes that open the code of an actor
// that belongs to no one country. GDELT writes them in the type columns.
var internationalTypes = setOf("IGO", "NGO", "NGM", "MNC", "IMG")

// agentCodes are the CAMEO agent codes: the roles GDELT writes in the type
// columns.
var agentCodes = setOf(
	"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
	"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
	"LAB", "LEG", "MED", "MOD", "RAD", "REF", "SET", "PTY", "REL", "PPL",
)

// religionCodes are the CAMEO religion codes GDELT writes in the religion columns.
var religionCodes = setOf(
	"CHR", "CTH", "ORT", "PRO", "MOS", "MUS", "SUN", "SHI", "JEW", "HIN", "BUD", "SIK",
)

func setOf(codes ...string) map[string]bool {
	m := make(map[string]bool, len(codes))
	for _, c := range codes {
		m[c] = true
	}
	return m
}

// appendGDELTGeo appends one block of eight geography columns, empty when p is nil.
func appendGDELTGeo(row []string, p *annals.Place) []string {
	if p == nil {
		return append(row, "", "", "", "", "", "", "", "")
	}
	lat, lon := "", ""
	if p.Lat != 0 || p.Lon != 0 {
		lat, lon = formatFloat(p.Lat), formatFloat(p.Lon)
	}
	return append(row, gdeltGeoType(p), clean(p.Name), clean(p.Country), clean(p.ADM1), "", lat, lon, "")
}

// gdeltGeoType returns GDELT's geographic resolution for a place: 1 a
// country, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a first-order
// division elsewhere; "" when Place.Precision does not say.
func gdeltGeoType(p *annals.Place) string {
	us := p.Country == "US" || p.Country == "USA"
	switch strings.ToLower(p.Precision) {
	case "country":
		return "1"
	case "adm1", "state", "province", "region":
		if us {
			return "2"
		}
		return "5"
	case "city", "town", "village", "locality", "place", "point", "adm2", "district":
		if us {
			return "3"
		}
		return "4"
	}
	return ""
}

// clean replaces the characters that would break a tab-separated row.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return rowBreaks.Replace(s)
}

var rowBreaks = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

// count formats one of an event's counts, 1 when it is unset.
func count(n int) string { return strconv.Itoa(max(1, n)) }
