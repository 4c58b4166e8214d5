package geo

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// File is one gazetteer file: its name (for messages) and its contents.
type File struct {
	Name string
	Data []byte
}

// ParseError is a problem with one line of an input file: a gazetteer file
// for Load, or a GeoNames dump for ImportGeoNames. Err carries an
// *annals.Error with code annals.EINVALID.
type ParseError struct {
	File   string // the file's name, as the caller gave it
	Line   int    // 1-based line number
	Column int    // 1-based tab-separated column; 0 when the whole line is at fault
	Field  string // the column's name; "" when the whole line is at fault
	Err    error
}

// Error returns "file:line:column: field: message", leaving out the column
// and the field when they are not known.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	b.WriteByte(':')
	b.WriteString(strconv.Itoa(e.Line))
	if e.Column > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Column))
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

func invalid(format string, args ...any) error {
	return annals.Errorf(annals.EINVALID, format, args...)
}

// columns are the columns of a gazetteer file, in order; the first line of
// every file that is not blank or a comment must name them, tab-separated.
var columns = []string{"kind", "name", "alt", "country", "adm1", "lat", "lon", "population"}

const (
	colKind = iota
	colName
	colAlt
	colCountry
	colADM1
	colLat
	colLon
	colPopulation
)

// Load reads gazetteer files in annals' own format (see FORMAT.md) and
// builds one Gazetteer of all their places, in the order given. Every
// problem is reported, as a *ParseError naming the file, the line and the
// field, and the errors are returned together (errors.Join); the gazetteer
// is then nil.
func Load(files ...File) (*Gazetteer, error) {
	b := builder{
		g: &Gazetteer{
			index:     map[string][]int32{},
			countries: map[string]string{},
		},
		seen: map[string]string{},
	}
	for _, f := range files {
		b.readFile(f)
	}
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	return b.g, nil
}

type builder struct {
	g    *Gazetteer
	errs []error
	seen map[string]string // kind, name key, country and adm1 → file:line, to catch repeats
}

func (b *builder) fail(file string, line, col int, format string, args ...any) {
	e := &ParseError{File: file, Line: line, Column: col, Err: invalid(format, args...)}
	if col > 0 && col <= len(columns) {
		e.Field = columns[col-1]
	}
	b.errs = append(b.errs, e)
}

func (b *builder) readFile(f File) {
	data := f.Data
	header := false
	for n := 1; len(data) > 0; n++ {
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if t := bytes.TrimSpace(line); len(t) == 0 || t[0] == '#' {
			continue
		}
		if !utf8.Valid(line) {
			b.fail(f.Name, n, 0, "line is not valid UTF-8")
			continue
		}
		s := string(line)
		if !header {
			header = true
			if s != strings.Join(columns, "\t") {
				b.fail(f.Name, n, 0, "want the header %q, got %q", strings.Join(columns, "\t"), s)
				return
			}
			continue
		}
		b.readRow(f.Name, n, s)
	}
	if !header {
		b.fail(f.Name, 1, 0, "no header line: want %q", strings.Join(columns, "\t"))
	}
}

// readRow reads one place; a problem in any field drops the row.
func (b *builder) readRow(file string, n int, s string) {
	fields := strings.Split(s, "\t")
	if len(fields) != len(columns) {
		col := len(fields) + 1
		if len(fields) > len(columns) {
			col = len(columns) + 1
		}
		b.errs = append(b.errs, &ParseError{File: file, Line: n, Column: col,
			Err: invalid("line has %d tab-separated fields, want %d", len(fields), len(columns))})
		return
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	before := len(b.errs)
	k, ok := kindNames[fields[colKind]]
	if !ok {
		b.fail(file, n, colKind+1, "unknown kind %q (want country, capital, city, adm1, region or feature)", fields[colKind])
	}
	name := fields[colName]
	if key(name) == "" {
		b.fail(file, n, colName+1, "empty name")
	}
	var alts []string
	if fields[colAlt] != "" {
		for a := range strings.SplitSeq(fields[colAlt], "|") {
			a = strings.TrimSpace(a)
			if key(a) == "" {
				b.fail(file, n, colAlt+1, "empty alternative name in %q", fields[colAlt])
				continue
			}
			alts = append(alts, a)
		}
	}
	cc := fields[colCountry]
	switch {
	case cc != "" && !isCode(cc):
		b.fail(file, n, colCountry+1, "country %q is not a three-letter upper-case code", cc)
	case cc == "" && ok && k != kindRegion && k != kindFeature:
		b.fail(file, n, colCountry+1, "a %s needs a country", fields[colKind])
	}
	adm1 := fields[colADM1]
	if adm1 != "" && k == kindCountry {
		b.fail(file, n, colADM1+1, "a country has no adm1")
	}
	lat := b.coord(file, n, colLat, fields[colLat], 90)
	lon := b.coord(file, n, colLon, fields[colLon], 180)
	var pop int64
	if p := fields[colPopulation]; p != "" {
		v, err := strconv.ParseInt(p, 10, 64)
		if err != nil || v < 0 {
			b.fail(file, n, colPopulation+1, "population %q is not a whole number of people", p)
		}
		pop = v
	}
	if len(b.errs) > before {
		return
	}
	if adm1 == "" && k == kindADM1 {
		adm1 = name
	}
	id := fields[colKind] + "\t" + key(name) + "\t" + cc + "\t" + adm1
	if prev, dup := b.seen[id]; dup {
		b.fail(file, n, colName+1, "%s %q in %q repeats %s", fields[colKind], name, cc, prev)
		return
	}
	b.seen[id] = file + ":" + strconv.Itoa(n)
	b.add(entry{
		place: annals.Place{Name: name, Country: cc, ADM1: adm1, Lat: lat, Lon: lon, Precision: k.precision()},
		kind:  k,
		pop:   pop,
		names: append([]string{name}, alts...),
	})
}

func (b *builder) coord(file string, n, col int, s string, limit float64) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || v < -limit || v > limit {
		b.fail(file, n, col+1, "%q is not a number from %g to %g", s, -limit, limit)
		return 0
	}
	return v
}

func (b *builder) add(e entry) {
	g := b.g
	id := int32(len(g.entries))
	e.adm1Key = key(e.place.ADM1)
	var done []string
	for _, name := range e.names {
		k := key(name)
		if containsString(done, k) {
			continue
		}
		done = append(done, k)
		g.index[k] = append(g.index[k], id)
		if e.kind == kindCountry {
			if _, taken := g.countries[k]; !taken {
				g.countries[k] = e.place.Country
			}
		}
	}
	g.entries = append(g.entries, e)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

//go:embed data/*.tsv
var builtinFS embed.FS

// BuiltinFiles returns the embedded gazetteer files, sorted by name.
func BuiltinFiles() []File {
	names, _ := fs.Glob(builtinFS, "data/*.tsv")
	sort.Strings(names)
	files := make([]File, 0, len(names))
	for _, n := range names {
		data, _ := builtinFS.ReadFile(n)
		files = append(files, File{Name: "geo/data/" + path.Base(n), Data: data})
	}
	return files
}

var (
	builtinOnce sync.Once
	builtin     *Gazetteer
	builtinErr  error
)

// Builtin returns the gazetteer embedded in the binary, parsed on the first
// call and shared afterwards.
func Builtin() (*Gazetteer, error) {
	builtinOnce.Do(func() {
		builtin, builtinErr = Load(BuiltinFiles()...)
		if builtinErr != nil {
			builtinErr = fmt.Errorf("built-in gazetteer: %w", builtinErr)
		}
	})
	return builtin, builtinErr
}
