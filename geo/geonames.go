package geo

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// Names under which ImportGeoNames reports problems in its optional inputs,
// which it receives as readers without names.
const (
	AlternatesFileName = "alternateNamesV2.txt"
	Admin1FileName     = "admin1CodesASCII.txt"
)

// geoNamesColumns are the columns of a GeoNames place dump (readme.txt of
// the GeoNames export), used to name the column of a problem.
var geoNamesColumns = []string{
	"geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
	"feature class", "feature code", "country code", "cc2", "admin1 code",
	"admin2 code", "admin3 code", "admin4 code", "population", "elevation",
	"dem", "timezone", "modification date",
}

const (
	gnID = iota
	gnName
	gnASCIIName
	gnAltNames
	gnLat
	gnLon
	gnClass
	gnCode
	gnCountry
	gnCC2
	gnAdmin1
)

// maxLine bounds one line of a GeoNames file; a longer line is reported and
// skipped, so a corrupt file cannot exhaust memory.
const maxLine = 4 << 20

// ImportGeoNames reads a GeoNames place dump (allCountries.txt,
// cities15000.txt or a country file: tab-separated, 19 columns, UTF-8) and
// calls fn for every place of feature class P (populated places) or A
// (countries and administrative divisions), in file order, with the place
// and its alternative names. Lines of other classes are skipped silently.
//
// Place.Country is annals' alpha-3 code for GeoNames' alpha-2 code (see
// Alpha3), "" when GeoNames gives none. Place.Precision is "city" for class
// P; for class A it is "country" (PCL* and TERR), "adm1" (ADM1), "adm2"
// (ADM2), "district" (ADM3 to ADM5 and ADMD) or "feature" (any other code).
// Place.ADM1 is the name of the first-level division when admin1 is given
// (admin1CodesASCII.txt: code such as "US.CA", name, ASCII name, geonameid),
// and an ADM1 place's own name otherwise.
//
// The alternative names are those of the alternatenames column, the ASCII
// name when it differs from the name, and, when alternates is given
// (alternateNamesV2.txt, or the older eight-column alternateNames.txt), that
// file's names for the place in any language, leaving out links, postal
// codes and airport and other pseudo-language codes. The lists hold each
// name once and never the place's own name. With alternates, the places of
// class P and A are held in memory until the alternate names have been read,
// so memory grows with the number of places: filter a full dump first.
//
// A malformed line is never fatal by itself: ImportGeoNames passes a
// *ParseError naming the file (placesName, AlternatesFileName or
// Admin1FileName), the line and the column to onErr and skips the line;
// when onErr returns an error the import stops and returns it. A nil onErr
// stops at the first problem. An error from fn stops the import and is
// returned as it is; so is ctx's error when ctx is done.
func ImportGeoNames(ctx context.Context, places io.Reader, placesName string, alternates io.Reader, admin1 io.Reader,
	fn func(annals.Place, []string) error, onErr func(error) error) error {
	if places == nil || fn == nil {
		return annals.Errorf(annals.EINVALID, "geonames import: need a place dump and a function to call")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	report := func(err error) error {
		if onErr == nil {
			return err
		}
		return onErr(err)
	}
	var adm map[string]string
	if admin1 != nil {
		var err error
		if adm, err = readAdmin1(ctx, admin1, report); err != nil {
			return err
		}
	}

	type pending struct {
		place annals.Place
		alts  []string
	}
	var (
		held []pending
		byID map[int64]int32
	)
	if alternates != nil {
		byID = map[int64]int32{}
	}
	err := eachLine(ctx, places, placesName, report, func(line []byte) (*ParseError, error) {
		id, p, alts, perr := parsePlace(line, adm)
		if perr != nil || p.Precision == "" { // not class P or A
			return perr, nil
		}
		if byID == nil {
			return nil, fn(p, alts)
		}
		if _, dup := byID[id]; !dup {
			byID[id] = int32(len(held))
		}
		held = append(held, pending{p, alts})
		return nil, nil
	})
	if err != nil {
		return err
	}
	if byID == nil {
		return nil
	}

	err = eachLine(ctx, alternates, AlternatesFileName, report, func(line []byte) (*ParseError, error) {
		id, name, ok, perr := parseAlternate(line)
		if perr != nil || !ok {
			return perr, nil
		}
		if i, found := byID[id]; found {
			h := &held[i]
			h.alts = addName(h.alts, h.place.Name, name)
		}
		return nil, nil
	})
	if err != nil {
		return err
	}
	for _, h := range held {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(h.place, h.alts); err != nil {
			return err
		}
	}
	return nil
}

// parsePlace reads one line of a place dump. A place of a class other than
// P and A comes back with an empty Precision.
func parsePlace(line []byte, adm map[string]string) (int64, annals.Place, []string, *ParseError) {
	var p annals.Place
	cols, perr := splitColumns(line, len(geoNamesColumns), len(geoNamesColumns))
	if perr != nil {
		return 0, p, nil, perr
	}
	bad := func(col int, format string, args ...any) (int64, annals.Place, []string, *ParseError) {
		return 0, annals.Place{}, nil, &ParseError{Column: col + 1, Field: geoNamesColumns[col], Err: invalid(format, args...)}
	}
	id, err := strconv.ParseInt(cols[gnID], 10, 64)
	if err != nil || id <= 0 {
		return bad(gnID, "%q is not a positive whole number", cols[gnID])
	}
	class := cols[gnClass]
	if class != "P" && class != "A" {
		return id, p, nil, nil
	}
	p.Name = strings.TrimSpace(cols[gnName])
	if p.Name == "" {
		return bad(gnName, "empty name")
	}
	lat, ok := parseCoord(cols[gnLat], 90)
	if !ok {
		return bad(gnLat, "%q is not a latitude", cols[gnLat])
	}
	lon, ok := parseCoord(cols[gnLon], 180)
	if !ok {
		return bad(gnLon, "%q is not a longitude", cols[gnLon])
	}
	p.Lat, p.Lon = lat, lon
	if cc := cols[gnCountry]; cc != "" {
		a3, ok := Alpha3(cc)
		if !ok {
			return bad(gnCountry, "unknown country code %q", cc)
		}
		p.Country = a3
	}
	code := cols[gnCode]
	p.Precision = precisionOf(class, code)
	if adm != nil && cols[gnCountry] != "" && cols[gnAdmin1] != "" && cols[gnAdmin1] != "00" {
		p.ADM1 = adm[strings.ToUpper(cols[gnCountry])+"."+cols[gnAdmin1]]
	}
	if p.ADM1 == "" && p.Precision == PrecisionADM1 {
		p.ADM1 = p.Name
	}
	var alts []string
	alts = addName(alts, p.Name, cols[gnASCIIName])
	if names := cols[gnAltNames]; names != "" {
		for a := range strings.SplitSeq(names, ",") {
			alts = addName(alts, p.Name, a)
		}
	}
	return id, p, alts, nil
}

func precisionOf(class, code string) string {
	if class == "P" {
		return PrecisionCity
	}
	switch {
	case strings.HasPrefix(code, "PCL") || code == "TERR":
		return PrecisionCountry
	case strings.HasPrefix(code, "ADM1"):
		return PrecisionADM1
	case strings.HasPrefix(code, "ADM2"):
		return "adm2"
	case strings.HasPrefix(code, "ADM3"), strings.HasPrefix(code, "ADM4"),
		strings.HasPrefix(code, "ADM5"), strings.HasPrefix(code, "ADMD"):
		return "district"
	}
	return PrecisionFeature
}

// pseudoLanguages are the isolanguage values of alternateNames that are not
// names: links, postal codes, airport and station codes, identifiers.
var pseudoLanguages = map[string]bool{
	"link": true, "post": true, "iata": true, "icao": true, "faac": true,
	"tcid": true, "unlc": true, "wkdt": true, "fr_1793": true, "phon": true,
	"uncd": true,
}

// parseAlternate reads one line of alternateNamesV2.txt (10 columns) or
// alternateNames.txt (8): id, geonameid, isolanguage, name, flags. ok is
// false for names that are not kept.
func parseAlternate(line []byte) (id int64, name string, ok bool, perr *ParseError) {
	cols, perr := splitColumns(line, 4, 10)
	if perr != nil {
		return 0, "", false, perr
	}
	id, err := strconv.ParseInt(cols[1], 10, 64)
	if err != nil || id <= 0 {
		return 0, "", false, &ParseError{Column: 2, Field: "geonameid", Err: invalid("%q is not a positive whole number", cols[1])}
	}
	if pseudoLanguages[cols[2]] {
		return id, "", false, nil
	}
	name = strings.TrimSpace(cols[3])
	if name == "" {
		return 0, "", false, &ParseError{Column: 4, Field: "alternate name", Err: invalid("empty name")}
	}
	return id, name, true, nil
}

// readAdmin1 reads admin1CodesASCII.txt into a map from "CC.code" to name.
func readAdmin1(ctx context.Context, r io.Reader, report func(error) error) (map[string]string, error) {
	adm := map[string]string{}
	err := eachLine(ctx, r, Admin1FileName, report, func(line []byte) (*ParseError, error) {
		cols, perr := splitColumns(line, 2, 4)
		if perr != nil {
			return perr, nil
		}
		code, name := cols[0], strings.TrimSpace(cols[1])
		cc, sub, found := strings.Cut(code, ".")
		if !found || len(cc) != 2 || sub == "" {
			return &ParseError{Column: 1, Field: "code", Err: invalid("%q is not a code such as US.CA", code)}, nil
		}
		if name == "" {
			return &ParseError{Column: 2, Field: "name", Err: invalid("empty name")}, nil
		}
		adm[strings.ToUpper(cc)+"."+sub] = name
		return nil, nil
	})
	if err != nil {
		return nil, err
	}
	return adm, nil
}

// splitColumns splits a tab-separated line that must have from min to max
// columns and be valid UTF-8.
func splitColumns(line []byte, min, max int) ([]string, *ParseError) {
	if !utf8.Valid(line) {
		return nil, &ParseError{Err: invalid("line is not valid UTF-8")}
	}
	n := bytes.Count(line, []byte{'\t'}) + 1
	if n < min || n > max {
		col := n + 1
		if n > max {
			col = max + 1
		}
		want := strconv.Itoa(min)
		if max != min {
			want += " to " + strconv.Itoa(max)
		}
		return nil, &ParseError{Column: col, Err: invalid("line has %d tab-separated columns, want %s", n, want)}
	}
	return strings.Split(string(line), "\t"), nil
}

func parseCoord(s string, limit float64) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || v < -limit || v > limit {
		return 0, false
	}
	return v, true
}

// addName appends name to list unless it is empty, the place's own name, or
// already there.
func addName(list []string, own, name string) []string {
	name = strings.TrimSpace(name)
	if name == "" || name == own {
		return list
	}
	for _, x := range list {
		if x == name {
			return list
		}
	}
	return append(list, name)
}

// eachLine calls fn with each line of r that is neither blank nor a comment,
// checking ctx every 4,096 lines. An overlong line, or a *ParseError that fn
// returns, is completed with file and line number and passed to report,
// which decides whether to go on; any other error from fn stops reading.
func eachLine(ctx context.Context, r io.Reader, file string, report func(error) error, fn func(line []byte) (*ParseError, error)) error {
	lines := newLineReader(r)
	for {
		line, err := lines.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if lines.n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var perr *ParseError
		switch {
		case lines.long:
			perr = &ParseError{Err: invalid("line longer than %d bytes", maxLine)}
		case skipLine(line):
			continue
		default:
			if perr, err = fn(line); err != nil {
				return err
			}
		}
		if perr != nil {
			perr.File, perr.Line = file, lines.n
			if err := report(perr); err != nil {
				return err
			}
		}
	}
}

// skipLine reports whether a line is blank or a comment.
func skipLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) == 0 || t[0] == '#'
}

// lineReader reads lines of any length, reporting those longer than maxLine
// instead of holding them.
type lineReader struct {
	r    *bufio.Reader
	buf  []byte
	n    int  // number of the line last returned
	long bool // the line last returned was longer than maxLine and is cut
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next line without its line ending, or io.EOF.
func (lr *lineReader) next() ([]byte, error) {
	lr.buf = lr.buf[:0]
	lr.long = false
	read := false
	for {
		frag, err := lr.r.ReadSlice('\n')
		if len(frag) > 0 {
			read = true
			if len(lr.buf)+len(frag) <= maxLine {
				lr.buf = append(lr.buf, frag...)
			} else {
				lr.long = true
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			if !read {
				return nil, io.EOF
			}
		case err != nil:
			return nil, err
		}
		lr.n++
		line := bytes.TrimSuffix(lr.buf, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if lr.long {
			line = nil
		}
		return line, nil
	}
}
