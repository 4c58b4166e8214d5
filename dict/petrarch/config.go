package petrarch

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/tabari"
)

// Config is a PETR_config.ini file: PETRARCH's equivalent of a TABARI
// project. The dictionary names are in its [Dictionaries] section.
type Config struct {
	Path string
	// Sections maps a section name to its keys, in file order.
	Sections []Section
	// The dictionaries it names, joined to the config file's directory
	// (PETRARCH looked for them in its data/dictionaries directory).
	Verbs, Agents, Discards, Issues string
	Actors                          []string
	Faults                          []tabari.Fault
}

// Section is one "[Name]" section of an ini file.
type Section struct {
	Pos  tabari.Pos
	Name string
	Keys []Key
}

// Key is one "name = value" line; a value may continue on indented lines.
type Key struct {
	Pos         tabari.Pos
	Name, Value string
}

// Get returns the value of key in section.
func (c *Config) Get(section, key string) (string, bool) {
	for _, s := range c.Sections {
		if !strings.EqualFold(s.Name, section) {
			continue
		}
		for _, k := range s.Keys {
			if strings.EqualFold(k.Name, key) {
				return k.Value, true
			}
		}
	}
	return "", false
}

// ReadConfig reads a PETR_config.ini file.
func ReadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return ParseConfig(path, data), nil
}

// ParseConfig reads the contents of a PETR_config.ini file found at path.
// Comments start with '#' or ';' at the start of a line, as in Python's
// ConfigParser.
func ParseConfig(path string, data []byte) *Config {
	c := &Config{Path: path}
	fs := newFaults(path)
	var sec *Section
	var key *Key
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		t := strings.TrimSpace(raw)
		if t == "" || t[0] == '#' || t[0] == ';' {
			continue
		}
		pos := tabari.Pos{File: path, Line: n}
		if (raw[0] == ' ' || raw[0] == '\t') && key != nil {
			key.Value = strings.TrimSpace(key.Value + " " + t)
			continue
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			c.Sections = append(c.Sections, Section{Pos: pos, Name: strings.TrimSpace(t[1 : len(t)-1])})
			sec, key = &c.Sections[len(c.Sections)-1], nil
			continue
		}
		name, val, ok := strings.Cut(t, "=")
		if !ok {
			name, val, ok = strings.Cut(t, ":")
		}
		if !ok || sec == nil {
			fs.add(n, tabari.FaultSyntax, "%q is not a key = value line in a section: skipped", clip(t))
			key = nil
			continue
		}
		sec.Keys = append(sec.Keys, Key{Pos: pos, Name: strings.TrimSpace(name), Value: strings.TrimSpace(val)})
		key = &sec.Keys[len(sec.Keys)-1]
	}
	dir := filepath.Dir(path)
	join := func(v string) string {
		if v == "" || filepath.IsAbs(v) {
			return v
		}
		return filepath.Join(dir, v)
	}
	get := func(k string) string { v, _ := c.Get("Dictionaries", k); return join(v) }
	c.Verbs, c.Agents, c.Discards, c.Issues = get("verbfile_name"), get("agentfile_name"), get("discardfile_name"), get("issuefile_name")
	if v, ok := c.Get("Dictionaries", "actorfile_list"); ok {
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f != "" {
				c.Actors = append(c.Actors, join(f))
			}
		}
	}
	c.Faults = fs.list()
	return c
}

// PetrarchComma is PETRARCH's default comma-delimited clause deletion
// (comma_min 2, comma_max 8, comma_bmin 0, comma_bmax 0, comma_emin 2,
// comma_emax 8): inner and final stretches of 2 to 8 words, none at the
// start.
var PetrarchComma = dict.CommaRule{Min: 2, Max: 8, EndMin: 2, EndMax: 8, BeginMin: 1, BeginMax: 0}

// Rules returns r changed by the [Options] of a PETRARCH configuration
// that the engine honours: require_dyad (false: an event whose clause
// names no target gets "---") and the six comma_* settings of clause
// deletion, which PETRARCH applied to its parse tree and annals applies
// to the words between commas. A comma setting not given keeps
// PETRARCH's default (PetrarchComma) once any is given; a maximum of
// zero turns its stretch off, as in PETRARCH. Values that are no
// integers are ignored.
func (c *Config) Rules(r dict.Rules) dict.Rules {
	if v, ok := c.Get("Options", "require_dyad"); ok {
		switch strings.ToLower(v) {
		case "false", "no", "off", "0":
			r.MissingTarget = "---"
		case "true", "yes", "on", "1":
			r.MissingTarget = ""
		}
	}
	cm := PetrarchComma
	cm.BeginMin = 0
	set := false
	for _, f := range []struct {
		key string
		p   *int
	}{{"comma_min", &cm.Min}, {"comma_max", &cm.Max}, {"comma_bmin", &cm.BeginMin},
		{"comma_bmax", &cm.BeginMax}, {"comma_emin", &cm.EndMin}, {"comma_emax", &cm.EndMax}} {
		v, ok := c.Get("Options", f.key)
		if !ok {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 && n < 1<<16 {
			*f.p, set = n, true
		}
	}
	if !set {
		return r
	}
	// A zero maximum switches the stretch off; so does a zero minimum
	// with it, which would otherwise match an empty stretch.
	for _, p := range [][2]*int{{&cm.Min, &cm.Max}, {&cm.EndMin, &cm.EndMax}, {&cm.BeginMin, &cm.BeginMax}} {
		if *p[1] == 0 {
			*p[0], *p[1] = 1, 0
		}
	}
	r.Comma = cm
	return r
}

// Ontology is PETRARCH-2's internal coding ontology (PICO) file: each CAMEO
// code with the hexadecimal value PETRARCH-2 computes with ("123:0x4567#A
// label"); a value may be a sum or difference ("0x4567-0xFFFF").
type Ontology struct {
	File    string
	Entries []Concept
	Faults  []tabari.Fault
}

// Concept is one line of the ontology.
type Concept struct {
	Pos   tabari.Pos
	Code  string // the CAMEO code
	Value string // as written: "0x4567", "0x4567-0xFFFF", "-0xFFFF+0x0040"
	// Int is Value computed, when it is a sum or difference of hex numbers.
	Int   int64
	Label string // the text after '#'
}

// ParseOntology reads a PICO ontology file.
func ParseOntology(name string, data []byte) *Ontology {
	o := &Ontology{File: name}
	fs := newFaults(name)
	for _, l := range splitLines(data, fs) {
		code, val, ok := strings.Cut(l.text, ":")
		if !ok {
			fs.add(l.n, tabari.FaultSyntax, "%q is not CODE:VALUE: skipped", clip(l.text))
			continue
		}
		c := Concept{Pos: tabari.Pos{File: name, Line: l.n}, Code: strings.TrimSpace(code), Value: strings.TrimSpace(val), Label: l.comment}
		v, err := hexSum(c.Value)
		if err != nil {
			fs.add(l.n, tabari.FaultCode, "value %q: %v (kept as written)", c.Value, err)
		}
		c.Int = v
		o.Entries = append(o.Entries, c)
	}
	o.Faults = fs.list()
	return o
}

// hexSum evaluates "0x4567-0xFFFF+0x40" (decimal terms too).
func hexSum(s string) (int64, error) {
	s = strings.Join(strings.Fields(s), "")
	var total int64
	for s != "" {
		sign := int64(1)
		switch s[0] {
		case '-':
			sign, s = -1, s[1:]
		case '+':
			s = s[1:]
		}
		j := strings.IndexAny(s, "+-")
		if j < 0 {
			j = len(s)
		}
		term := s[:j]
		s = s[j:]
		base, digits := 10, term
		if len(term) > 2 && term[0] == '0' && (term[1] == 'x' || term[1] == 'X') {
			base, digits = 16, term[2:]
		}
		v, err := strconv.ParseInt(digits, base, 64)
		if err != nil {
			return total, fmt.Errorf("%q is not a number", term)
		}
		total += sign * v
	}
	return total, nil
}
