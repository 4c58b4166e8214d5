package dict

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/cameo"
	"github.com/annals-dev/annals/text"
)

// File is one dictionary file: its name (for messages) and its contents.
type File struct {
	Name string
	Data []byte
}

// Load reads the files, in annals' own format (see FORMAT.md), and compiles
// them into one Dictionary. Problems that make an entry unusable are errors,
// all of them reported together as file:line; problems the reader can work
// around (a phrase given twice) become Warnings.
func Load(files ...File) (*Dictionary, error) {
	b := newBuilder()
	for _, f := range files {
		b.readFile(f)
	}
	if len(b.problems) > 0 {
		errs := make([]error, len(b.problems))
		for i, p := range b.problems {
			errs[i] = p
		}
		return nil, annals.Errorf(annals.EINVALID, "%s", errors.Join(errs...).Error())
	}
	d := b.build()
	d.Version = hashFiles(files)
	return d, nil
}

// Check reads the files and returns every problem found, errors and warnings alike.
func Check(files ...File) []Problem {
	b := newBuilder()
	for _, f := range files {
		b.readFile(f)
	}
	if len(b.problems) > 0 {
		return b.problems
	}
	return b.build().Warnings
}

type builder struct {
	d        *Dictionary
	problems []Problem
	forms    map[string][]string
	phrases  map[string]*Entry // folded phrase → first entry, to spot conflicts
}

func newBuilder() *builder {
	return &builder{
		d: &Dictionary{
			Actors:    NewTrie[*Entry](),
			Discards:  NewTrie[Source](),
			Surnames:  map[string][]*Person{},
			Countries: map[string]*Country{},
			Agents:    map[string][]string{},
			vocab:     map[string]int32{},
		},
		forms:   map[string][]string{},
		phrases: map[string]*Entry{},
	}
}

func (b *builder) fail(src Source, format string, args ...any) {
	b.problems = append(b.problems, Problem{Src: src, Message: fmt.Sprintf(format, args...)})
}

func (b *builder) warn(src Source, format string, args ...any) {
	b.d.Warnings = append(b.d.Warnings, Problem{Src: src, Message: fmt.Sprintf(format, args...)})
}

// field is one indented line of an entry.
type field struct {
	name, value string
	src         Source
}

// readFile splits a file into entries (a head line and its fields) and hands
// each to addEntry.
func (b *builder) readFile(f File) {
	if !utf8.Valid(f.Data) {
		// Find the line, to say where.
		line := 1 + bytes.Count(f.Data[:firstInvalid(f.Data)], []byte{'\n'})
		b.fail(Source{f.Name, line}, "invalid UTF-8")
		return
	}
	var (
		head   string
		hsrc   Source
		fields []field
	)
	flush := func() {
		if head != "" {
			b.addEntry(head, hsrc, fields)
		}
		head, fields = "", nil
	}
	for n, raw := range strings.Split(string(f.Data), "\n") {
		src := Source{f.Name, n + 1}
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if head == "" {
				b.fail(src, "indented field outside an entry")
				continue
			}
			name, value, _ := strings.Cut(strings.TrimSpace(line), " ")
			if tab := strings.IndexByte(name, '\t'); tab >= 0 {
				name, value = name[:tab], name[tab+1:]+" "+value
			}
			fields = append(fields, field{name: name, value: strings.TrimSpace(value), src: src})
			continue
		}
		flush()
		head, hsrc = strings.TrimSpace(line), src
	}
	flush()
}

func firstInvalid(p []byte) int {
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(p)
}

// stripComment removes a '#' comment that starts the line or follows white space.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t\r")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

// phrases splits a ` | ` list.
func phrases(v string) []string {
	var out []string
	for _, p := range strings.Split(v, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (b *builder) addEntry(head string, src Source, fields []field) {
	kw, arg, _ := strings.Cut(head, " ")
	arg = strings.TrimSpace(arg)
	switch kw {
	case "country":
		b.addCountry(arg, src, fields)
	case "organisation", "organization":
		b.addCoded(arg, src, fields, KindOrg, map[string]Kind{"name": KindOrg, "adjective": KindOrg})
	case "agent":
		b.addAgent(arg, src, fields)
	case "person":
		b.addPerson(arg, src, fields)
	case "verb":
		b.addVerb(arg, src, fields)
	case "forms":
		b.addForms(arg, src, fields)
	case "discard":
		b.addDiscard(arg, src, fields)
	default:
		b.fail(src, "unknown entry %q (want country, organisation, person, agent, verb, forms or discard)", kw)
	}
}

// validActorCode reports whether c looks like a CAMEO actor code: upper-case
// letters and dashes, in threes.
func validActorCode(c string) bool {
	if len(c) < 3 || len(c)%3 != 0 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if (c[i] < 'A' || c[i] > 'Z') && c[i] != '-' {
			return false
		}
	}
	return true
}

func (b *builder) addCountry(code string, src Source, fields []field) {
	if len(code) != 3 || !validActorCode(code) {
		b.fail(src, "country code %q: want three capital letters", code)
		return
	}
	c := b.d.Countries[code]
	if c == nil {
		c = &Country{Code: code, Src: src}
		b.d.Countries[code] = c
	}
	kinds := map[string]Kind{"name": KindCountry, "adjective": KindAdjective, "capital": KindCapital, "seat": KindSeat, "city": KindCity}
	for _, f := range fields {
		k, ok := kinds[f.name]
		if !ok {
			b.fail(f.src, "country field %q: want name, adjective, capital, seat or city", f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			b.addPhrase(&Entry{Kind: k, Code: code, Phrase: p, Src: f.src})
			switch k {
			case KindCountry:
				c.Names = append(c.Names, p)
			case KindCapital:
				c.Capitals = append(c.Capitals, p)
			}
		}
	}
}

func (b *builder) addCoded(code string, src Source, fields []field, kind Kind, kinds map[string]Kind) {
	if !validActorCode(code) {
		b.fail(src, "%s code %q: want capital letters in groups of three", kind, code)
		return
	}
	for _, f := range fields {
		k, ok := kinds[f.name]
		if !ok {
			b.fail(f.src, "%s field %q: want name", kind, f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			b.addPhrase(&Entry{Kind: k, Code: code, Phrase: p, Src: f.src})
		}
	}
}

func (b *builder) addAgent(code string, src Source, fields []field) {
	if !validActorCode(code) {
		b.fail(src, "agent code %q: want capital letters in groups of three", code)
		return
	}
	for _, f := range fields {
		if f.name != "noun" {
			b.fail(f.src, "agent field %q: want noun", f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			b.addPhrase(&Entry{Kind: KindAgent, Code: code, Phrase: p, Src: f.src})
			b.d.Agents[code] = append(b.d.Agents[code], p)
		}
	}
}

// ParseDate reads a dictionary date (YYYY-MM-DD) as a Date.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// DateOf returns the Date of t's calendar day.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

func (b *builder) addPerson(arg string, src Source, fields []field) {
	if arg != "" {
		b.fail(src, "person takes no argument on its first line (got %q)", arg)
		return
	}
	p := &Person{Src: src}
	var names, aliases []field
	for _, f := range fields {
		switch f.name {
		case "name":
			names = append(names, f)
		case "alias":
			aliases = append(aliases, f)
		case "role":
			parts := strings.Fields(f.value)
			if len(parts) != 3 {
				b.fail(f.src, "role %q: want CODE FROM TO", f.value)
				continue
			}
			r := Role{Code: parts[0], Src: f.src}
			if !validActorCode(r.Code) {
				b.fail(f.src, "role code %q: want capital letters in groups of three", r.Code)
				continue
			}
			var err error
			if r.From, err = ParseDate(parts[1]); err != nil {
				b.fail(f.src, "role from: %v", err)
				continue
			}
			if parts[2] == "-" {
				r.To = OpenEnd
			} else if r.To, err = ParseDate(parts[2]); err != nil {
				b.fail(f.src, "role to: %v", err)
				continue
			}
			if r.To < r.From {
				b.fail(f.src, "role ends (%s) before it starts (%s)", parts[2], parts[1])
				continue
			}
			p.Roles = append(p.Roles, r)
		case "code":
			if !validActorCode(f.value) {
				b.fail(f.src, "code %q: want capital letters in groups of three", f.value)
				continue
			}
			p.Default = f.value
		default:
			b.fail(f.src, "person field %q: want name, alias, role or code", f.name)
		}
	}
	if len(names) == 0 {
		b.fail(src, "person without a name")
		return
	}
	// Later roles take precedence where terms touch (a handover day).
	for i := 1; i < len(p.Roles); i++ {
		for j := i; j > 0 && p.Roles[j].From > p.Roles[j-1].From; j-- {
			p.Roles[j], p.Roles[j-1] = p.Roles[j-1], p.Roles[j]
		}
	}
	for _, f := range names {
		for _, n := range phrases(f.value) {
			if p.Name == "" {
				p.Name = n
				toks := text.Tokenize(n, spanOf(n))
				if len(toks) > 1 {
					p.Surname = toks[len(toks)-1].Norm
				}
			}
			b.addPhrase(&Entry{Kind: KindPerson, Person: p, Phrase: n, Src: f.src})
		}
	}
	for _, f := range aliases {
		for _, n := range phrases(f.value) {
			b.addPhrase(&Entry{Kind: KindPerson, Person: p, Phrase: n, Src: f.src})
		}
	}
	if p.Surname != "" {
		b.d.Surnames[p.Surname] = append(b.d.Surnames[p.Surname], p)
	}
	b.d.Persons = append(b.d.Persons, p)
}

func (b *builder) addVerb(code string, src Source, fields []field) {
	if code != "---" && cameo.RootOf(code) == "" {
		b.fail(src, "verb code %q: want a CAMEO event code of 2 to 4 digits, or ---", code)
		return
	}
	for _, f := range fields {
		if f.name != "pattern" {
			b.fail(f.src, "verb field %q: want pattern", f.name)
			continue
		}
		elems, err := parsePattern(f.value)
		if err != nil {
			b.fail(f.src, "pattern %q: %v", f.value, err)
			continue
		}
		p := &Pattern{Code: code, Elems: elems, Text: f.value, Src: f.src}
		for _, e := range elems {
			switch e.Kind {
			case ElemWords:
				if !e.Optional {
					p.Weight += len(e.Options[0])
				}
			case ElemTarget:
				p.HasTarget = true
				p.Weight++
			case ElemSource:
				p.HasSource = true
				p.Weight++
			}
		}
		b.d.Patterns = append(b.d.Patterns, p)
	}
}

func (b *builder) addForms(lemma string, src Source, fields []field) {
	if !isLemma(lemma) {
		b.fail(src, "forms %q: want the lemma in capitals", lemma)
		return
	}
	for _, f := range fields {
		if f.name != "is" {
			b.fail(f.src, "forms field %q: want is", f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			b.forms[lemma] = append(b.forms[lemma], text.Fold(p))
		}
	}
}

func (b *builder) addDiscard(arg string, src Source, fields []field) {
	for _, f := range fields {
		if f.name != "phrase" {
			b.fail(f.src, "discard field %q: want phrase", f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			key := tokenKey(p)
			if len(key) == 0 {
				b.fail(f.src, "empty discard phrase")
				continue
			}
			b.d.Discards.Insert(key, f.src)
		}
	}
}

func spanOf(s string) annals.Span { return annals.Span{Start: 0, End: len(s)} }

// tokenKey returns the folded tokens of a phrase.
func tokenKey(p string) []string {
	toks := text.Tokenize(p, spanOf(p))
	key := make([]string, len(toks))
	for i, t := range toks {
		key[i] = t.Norm
	}
	return key
}

func (b *builder) addPhrase(e *Entry) {
	toks := text.Tokenize(e.Phrase, spanOf(e.Phrase))
	if len(toks) == 0 {
		b.fail(e.Src, "empty phrase")
		return
	}
	key := make([]string, len(toks))
	anyUpper := false
	e.upper = make([]bool, len(toks))
	for i, t := range toks {
		key[i] = t.Norm
		if isUpperWord(t.Text) && len(t.Text) <= 5 {
			e.upper[i] = true
			anyUpper = true
		}
	}
	if !anyUpper {
		e.upper = nil
	}
	// "the Kremlin" and "Kremlin": the coder skips determiners itself, so a
	// leading "the" is dropped to keep one entry.
	if len(key) > 1 && key[0] == "the" {
		key = key[1:]
		if e.upper != nil {
			e.upper = e.upper[1:]
		}
	}
	k := strings.Join(key, " ")
	if e.upper != nil {
		k += "\x00upper"
	}
	if prev, ok := b.phrases[k]; ok {
		if prev.Kind == e.Kind && prev.Code == e.Code && prev.Person == e.Person {
			return // the same thing said twice
		}
		if prev.Kind == KindPerson && e.Kind == KindPerson {
			b.warn(e.Src, "%q also names %s (%s); both are kept, the first one named in a story wins", e.Phrase, prev.Person.Name, prev.Src)
		} else if prev.Kind != KindAgent && e.Kind != KindAgent {
			b.warn(e.Src, "%q is also %s %s at %s", e.Phrase, prev.Kind, prev.Code, prev.Src)
		}
	} else {
		b.phrases[k] = e
	}
	b.d.Actors.Insert(key, e)
}

// Upper reports whether token i of the entry's phrase must be in capitals in the text.
func (e *Entry) Upper(i int) bool { return e.upper != nil && i < len(e.upper) && e.upper[i] }

// build expands verb lemmas, numbers the pattern vocabulary and indexes the patterns.
func (b *builder) build() *Dictionary {
	d := b.d
	id := func(w string) int32 {
		if v, ok := d.vocab[w]; ok {
			return v
		}
		v := int32(len(d.vocab))
		d.vocab[w] = v
		return v
	}
	for _, p := range d.Patterns {
		for k := range p.Elems {
			for _, opt := range p.Elems[k].Options {
				for a := range opt {
					if opt[a].Lemma != "" {
						if f, ok := b.forms[opt[a].Lemma]; ok {
							opt[a].Forms = f
						} else {
							opt[a].Forms = Inflect(strings.ToLower(opt[a].Lemma))
						}
					}
					opt[a].IDs = make([]int32, len(opt[a].Forms))
					for i, f := range opt[a].Forms {
						opt[a].IDs[i] = id(f)
					}
				}
			}
			p.Elems[k].index()
		}
		p.setAnchor()
		p.setRequired()
	}
	d.index = make([][]int32, len(d.vocab))
	for pi, p := range d.Patterns {
		seen := map[string]bool{}
		for _, key := range firstKeys(p.Elems, 0) {
			if !seen[key] {
				seen[key] = true
				k := d.vocab[key]
				d.index[k] = append(d.index[k], int32(pi))
			}
		}
	}
	return d
}
