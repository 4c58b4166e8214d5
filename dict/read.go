package dict

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"
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
	// stemForms marks lemmas whose forms entry gives stems ("restor*").
	stemForms map[string]bool
	phrases   map[string]*Entry // folded phrase → first entry, to spot conflicts
	// transforms are the transform entries read, indexed at build.
	transforms []*Transform
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
		forms:     map[string][]string{},
		stemForms: map[string]bool{},
		phrases:   map[string]*Entry{},
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
	case "actor":
		b.addActorEntry(arg, src, fields)
	case "rules":
		b.addRules(arg, src, fields)
	case "transform":
		b.addTransform(arg, src, fields)
	default:
		b.fail(src, "unknown entry %q (want country, organisation, actor, person, agent, verb, forms, discard, transform or rules)", kw)
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
	first := false
	for _, f := range fields {
		if f.name == "order" {
			if f.value != "first" && f.value != "last" {
				b.fail(f.src, "agent order %q: want first or last", f.value)
			}
			first = f.value == "first"
		}
	}
	for _, f := range fields {
		if f.name == "order" {
			continue
		}
		if f.name != "noun" {
			b.fail(f.src, "agent field %q: want noun or order", f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			b.addPhrase(&Entry{Kind: KindAgent, Code: code, Phrase: p, Src: f.src, AgentFirst: first})
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
			if r.Code == "---" {
				r.Code = "" // a null role: no code during the term
			} else if r.Code == "discard" {
				r.Code = DiscardCode // a mention during the term stops the sentence being coded
			} else if !validActorCode(r.Code) && !looseCode(r.Code) {
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
			if f.value == "discard" {
				p.Default = DiscardCode // a mention stops the sentence being coded
				continue
			}
			if !validActorCode(f.value) && !looseCode(f.value) {
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
	if code == "discard" {
		code = DiscardCode // "###" would read as a comment
	}
	if raw, ok := strings.CutPrefix(code, "="); ok {
		// "=223": a code taken as written, not checked against CAMEO (the
		// WEIS-era and test codes of the TABARI and PETRARCH validation
		// dictionaries).
		if !oddCode(raw) {
			b.fail(src, "verb code %q: want letters, digits, '?' or '!' after '='", code)
			return
		}
		code = raw
	} else if !ValidVerbCode(code) {
		b.fail(src, "verb code %q: want a CAMEO event code of 2 to 4 digits, a pair such as 032:033, or ---, ### or +++", code)
		return
	}
	code, paired, _ := strings.Cut(code, ":")
	if code == "" {
		code = "---"
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
		p := &Pattern{Code: code, Paired: paired, Elems: elems, Text: f.value, Src: f.src}
		for _, w := range strings.Fields(f.value) {
			if w == "%" {
				p.Compound = true
			}
		}
		p.weigh()
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
			// "restor*": the lemma is a stem, matching any word that begins so.
			if len(p) > 1 && strings.HasSuffix(p, "*") {
				p = p[:len(p)-1]
				b.stemForms[lemma] = true
			}
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
			key, stem := stemKey(p)
			if len(key) == 0 {
				b.fail(f.src, "empty discard phrase")
				continue
			}
			b.d.Discards.InsertStems(key, stem, f.src)
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

// stemKey returns the folded tokens of a phrase whose words may end in
// '*' (a stem) and which tokens are stems; stem is nil when none is.
func stemKey(p string) ([]string, []bool) {
	if !strings.Contains(p, "*") {
		return tokenKey(p), nil
	}
	var words []Word
	for _, w := range strings.Fields(p) {
		if len(w) > 1 && strings.HasSuffix(w, "*") {
			words = append(words, Word{Text: w[:len(w)-1], Stem: true})
		} else {
			words = append(words, Word{Text: w})
		}
	}
	return Key(words)
}

func (b *builder) addPhrase(e *Entry) {
	if strings.Contains(e.Phrase, " ... ") {
		// Runs of words that other words may separate.
		g := GappedActor{Entry: e}
		for _, part := range strings.Split(e.Phrase, " ... ") {
			key, stem := stemKey(part)
			for i := range key {
				if i < len(stem) && stem[i] {
					key[i] += "*"
				}
			}
			if len(key) > 0 {
				g.Parts = append(g.Parts, key)
			}
		}
		if len(g.Parts) == 0 {
			b.fail(e.Src, "empty phrase")
			return
		}
		b.d.Gapped = append(b.d.Gapped, g)
		return
	}
	if strings.Contains(e.Phrase, "*") {
		key, stem := stemKey(e.Phrase)
		if len(key) == 0 {
			b.fail(e.Src, "empty phrase")
			return
		}
		b.d.Actors.InsertStems(key, stem, e)
		return
	}
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
	for _, p := range d.Persons {
		if p.Default == DiscardCode || slices.ContainsFunc(p.Roles, func(r Role) bool { return r.Code == DiscardCode }) {
			d.DiscardingPeople = true
			break
		}
	}
	if d.Rules.AlternativesWeighLess {
		for _, p := range d.Patterns {
			p.weighTabari()
		}
	}
	next := int32(len(d.vocab) + len(d.stems))
	// words holds each word of the vocabulary once, by id: the forms of
	// atoms share it rather than keep substrings of their files.
	var words []string
	name := func(id int32, w string) string {
		for int(id) >= len(words) {
			words = append(words, "")
		}
		if words[id] == "" {
			words[id] = strings.Clone(w)
		}
		return words[id]
	}
	id := func(w string) int32 {
		if v, ok := d.vocab[w]; ok {
			return v
		}
		d.vocab[name(next, w)] = next
		next++
		return next - 1
	}
	stemID := func(w string) int32 {
		if v, ok := d.stems[w]; ok {
			return v
		}
		if d.stems == nil {
			d.stems = map[string]int32{}
		}
		d.stems[name(next, w)] = next
		if len(d.stems) == 1 || len(w) < d.minStem {
			d.minStem = len(w)
		}
		d.maxStem = max(d.maxStem, len(w))
		next++
		return next - 1
	}
	// Converters share options between patterns (every pattern of a verb
	// block has the block's verbs): their ids and index are made once.
	optIndex := map[optionsKey]indexed{}
	type atoms struct {
		first *Atom
		n     int
	}
	// done maps each option compiled to the one equal option every
	// pattern shares: readers make a fresh option for each use of a word.
	nopts := 0
	for _, p := range d.Patterns {
		for k := range p.Elems {
			nopts += len(p.Elems[k].Options)
		}
	}
	// Sized up front: growing these maps was a good part of the garbage
	// of loading a big verb file.
	done := make(map[atoms][]Atom, nopts)
	canon := make(map[string][]Atom, nopts/4)
	var kb strings.Builder
	lemmas := map[string]string{} // one copy of each lemma, not substrings of files
	for _, p := range d.Patterns {
		for k := range p.Elems {
			for oi, opt := range p.Elems[k].Options {
				if len(opt) == 0 {
					continue
				}
				if c, ok := done[atoms{&opt[0], len(opt)}]; ok {
					p.Elems[k].Options[oi] = c
					continue
				}
				done[atoms{&opt[0], len(opt)}] = opt
				for a := range opt {
					if l := opt[a].Lemma; l != "" {
						if lemmas[l] == "" {
							lemmas[l] = strings.Clone(l)
						}
						opt[a].Lemma = lemmas[l]
					}
					if opt[a].Lemma != "" && opt[a].Forms == nil {
						if f, ok := b.forms[opt[a].Lemma]; ok {
							opt[a].Forms = f
							if b.stemForms[opt[a].Lemma] {
								opt[a].Stem = true
							}
						} else {
							opt[a].Forms = Inflect(strings.ToLower(opt[a].Lemma))
						}
					}
					opt[a].IDs = make([]int32, len(opt[a].Forms))
					for i, f := range opt[a].Forms {
						if opt[a].Stem {
							opt[a].IDs[i] = stemID(f)
						} else {
							opt[a].IDs[i] = id(f)
						}
						opt[a].Forms[i] = name(opt[a].IDs[i], f)
					}
				}
				if len(opt) == 1 {
					a := &opt[0]
					kb.Reset()
					if a.Stem {
						kb.WriteByte('*')
					} else {
						kb.WriteByte('=')
					}
					kb.WriteString(a.Lemma)
					for _, f := range a.Forms {
						kb.WriteByte(0)
						kb.WriteString(f)
					}
					if c, ok := canon[kb.String()]; ok {
						p.Elems[k].Options[oi] = c
						done[atoms{&opt[0], len(opt)}] = c
					} else {
						canon[kb.String()] = opt
					}
				}
			}
			p.Elems[k].index(optIndex)
		}
		p.setAnchor()
		p.setRequired()
	}
	d.nids = int(next)
	d.index = make([][]int32, next)
	seen := make([]int32, next) // by id: 1 + the last pattern indexed under it
	masks := make([]uint64, len(d.Patterns))
	for pi, p := range d.Patterns {
		p.Order = pi
		for _, k := range firstIDs(p.Elems, 0) {
			if seen[k] != int32(pi)+1 {
				seen[k] = int32(pi) + 1
				d.index[k] = append(d.index[k], int32(pi))
			}
		}
		for _, r := range p.Required {
			masks[pi] |= IDMask(r)
		}
	}
	// A bucket's key should be a word that sentences seldom hold: the
	// longest of the pattern's other required words stands in for the rarest.
	keyLen := make([]int, next)
	for w, v := range d.vocab {
		keyLen[v] = len(w)
	}
	for w, v := range d.stems {
		keyLen[v] = len(w)
	}
	// Every form of a verb starts the same patterns: ids with the same
	// list share it and its buckets, unless a bucket key would be the id
	// itself.
	type shared struct {
		pats []int32
		bs   []Bucket
	}
	byList := map[string]shared{}
	var fp []byte
	d.buckets = make([][]Bucket, len(d.index))
	// The buckets of one id are gathered in scratch and at (reused from
	// id to id), then copied out at their final size.
	var scratch []Bucket
	at := map[int32]int{}
	for id, pats := range d.index {
		if len(pats) == 0 {
			continue
		}
		fp = fp[:0]
		own := false
		for _, pi := range pats {
			fp = binary.LittleEndian.AppendUint32(fp, uint32(pi))
			own = own || slices.Contains(d.Patterns[pi].Required, int32(id))
		}
		if sh, ok := byList[string(fp)]; ok {
			d.index[id] = sh.pats
			if !own && sh.bs != nil {
				d.buckets[id] = sh.bs
				continue
			}
		}
		bs := scratch[:0]
		clear(at)
		for _, pi := range pats {
			key := int32(-1)
			for _, r := range d.Patterns[pi].Required {
				if r != int32(id) && (key < 0 || keyLen[r] > keyLen[key]) {
					key = r
				}
			}
			k, ok := at[key]
			if !ok {
				k = len(bs)
				at[key] = k
				bs = append(bs, Bucket{Key: key})
			}
			bs[k].Patterns = append(bs[k].Patterns, pi)
			bs[k].Masks = append(bs[k].Masks, masks[pi])
		}
		scratch = bs
		bs = slices.Clone(bs)
		clear(scratch) // drop the references to the pattern lists
		d.buckets[id] = bs
		if _, ok := byList[string(fp)]; !ok {
			sh := shared{pats: pats}
			if !own {
				sh.bs = bs
			}
			byList[string(fp)] = sh
		} else if sh := byList[string(fp)]; sh.bs == nil && !own {
			sh.bs = bs
			byList[string(fp)] = sh
		}
	}
	d.indexGapped()
	b.indexTransforms()
	return d
}

// looseCode reports whether c may be an actor code as TABARI and PETRARCH
// dictionaries write them: capitals, digits and dashes, two or more ("YEMNO",
// "AR1"), or several such joined by '/' (a compound: "FRO/BIL").
func looseCode(c string) bool {
	if strings.IndexByte(c, '/') >= 0 {
		for _, p := range strings.Split(c, "/") {
			if !looseCode(p) {
				return false
			}
		}
		return true
	}
	if len(c) < 2 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if (c[i] < 'A' || c[i] > 'Z') && (c[i] < '0' || c[i] > '9') && c[i] != '-' {
			return false
		}
	}
	return true
}

// addActorEntry reads "actor CODE": names that code as CODE, whatever its
// shape, composing with agents as a country does.
func (b *builder) addActorEntry(code string, src Source, fields []field) {
	if !looseCode(code) {
		b.fail(src, "actor code %q: want capital letters, digits or dashes", code)
		return
	}
	for _, f := range fields {
		if f.name != "name" {
			b.fail(f.src, "actor field %q: want name", f.name)
			continue
		}
		for _, p := range phrases(f.value) {
			b.addPhrase(&Entry{Kind: KindCountry, Code: code, Phrase: p, Src: f.src})
		}
	}
}

// addRules reads a "rules" entry: the coding rules of Rules, one a field.
func (b *builder) addRules(arg string, src Source, fields []field) {
	if arg != "" {
		b.fail(src, "rules takes no argument (got %q)", arg)
		return
	}
	r := &b.d.Rules
	yes := func(f field) bool {
		switch f.value {
		case "yes":
			return true
		case "no":
			return false
		}
		b.fail(f.src, "rule %s %q: want yes or no", f.name, f.value)
		return false
	}
	switches := r.switches()
fields:
	for _, f := range fields {
		for _, sw := range switches {
			if sw.name == f.name {
				*sw.on = yes(f)
				continue fields
			}
		}
		switch f.name {
		case "lone-agent":
			switch f.value {
			case "---":
				r.LoneAgent = ""
			case "~", "none":
				r.LoneAgent = f.value
			default:
				b.fail(f.src, "lone-agent %q: want ---, ~ or none", f.value)
			}
		case "default-source":
			r.DefaultSource = f.value
		case "default-target":
			r.DefaultTarget = f.value
		case "complex-conj":
			n, err := strconv.Atoi(f.value)
			if err != nil || n < 0 {
				b.fail(f.src, "complex-conj %q: want a number", f.value)
				continue
			}
			r.ComplexConj = n
		case "missing-target":
			r.MissingTarget = f.value
		case "min-words":
			n, err := strconv.Atoi(f.value)
			if err != nil || n < 0 {
				b.fail(f.src, "min-words %q: want a number", f.value)
				continue
			}
			r.MinWords = n
		case "comma-clauses":
			var c CommaRule
			if n, err := fmt.Sscan(f.value, &c.Min, &c.Max, &c.EndMin, &c.EndMax, &c.BeginMin, &c.BeginMax); n != 6 || err != nil {
				b.fail(f.src, "comma-clauses %q: want six numbers (min max end-min end-max begin-min begin-max)", f.value)
				continue
			}
			r.Comma = c
		default:
			b.fail(f.src, "rules field %q: want capital-not-verb, one-event-per-clause, lone-agent, default-source, default-target, default-source-late, default-target-early, agents-adjacent, complex-conj, missing-target, min-words, negation-in-patterns, target-after-verb, source-first-in-clause, one-event-per-sentence, pronouns, target-before-verb, alternatives-weigh-less, comma-clauses or comma-opens-clause", f.name)
		}
	}
}

// ValidVerbCode reports whether code may head a verb entry: a CAMEO event
// code, a pair of them ("032:033": the second coded from the target back to
// the source), or one of the special codes "---", "###" and "+++".
func ValidVerbCode(code string) bool {
	code, paired, isPair := strings.Cut(code, ":")
	if isPair {
		return cameo.RootOf(code) != "" && cameo.RootOf(paired) != ""
	}
	return code == "---" || code == DiscardCode || code == ComplexCode || cameo.RootOf(code) != ""
}

// oddCode reports whether c is a code written as is: letters, digits, '?',
// '!' or '-', with at most one ':' between two such codes.
func oddCode(c string) bool {
	a, b, pair := strings.Cut(c, ":")
	ok := func(s string) bool {
		if s == "" || len(s) > 8 {
			return false
		}
		for i := 0; i < len(s); i++ {
			ch := s[i]
			if !(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '?' || ch == '!' || ch == '-') {
				return false
			}
		}
		return true
	}
	return ok(a) && (!pair || ok(b))
}
