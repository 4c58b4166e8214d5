package tabari

import (
	"fmt"
	"strings"
)

// Verbs is a TABARI .verbs file.
type Verbs struct {
	File string
	// Synsets are the "&NAME" blocks, usually in a <SYNSETS> section.
	Synsets []SynsetDef
	// Verbs are the verb entries in file order, each with its patterns.
	Verbs []Verb
	// Time holds the <TIME> section: phrases that shift the event date by
	// the number of days in their code ("LAST_WEEK [-7]"), with patterns.
	Time []Verb
	// Attrib holds an <ATTRIB> section (attribution phrases), if any.
	Attrib []Verb
	// Nouns and Adjectives are the <NOUN> and <ADJECTIVE> lists TABARI
	// used to tell nouns from verbs; TABARI allows them in any dictionary.
	Nouns, Adjectives []Entry
	// Tail is the text from a "~~" line to the end, which TABARI kept.
	Tail   string
	Faults []Fault
}

// SynsetDef is a synonym set: "&CURRENCY" followed by "+DOLLAR" lines.
type SynsetDef struct {
	Pos  Pos
	Name string // without '&' or a trailing '_'
	// NoPlural is set when the label ends in '_' ("&AUXVERB1_"):
	// PETRARCH generates no plurals for its phrases.
	NoPlural bool
	Comment  string
	Members  []Entry
}

// Entry is a phrase on a line of its own: a synset member, a noun or
// adjective, a discard phrase.
type Entry struct {
	Pos     Pos
	Phrase  Phrase
	Comment string
}

// Verb is a verb (or time, or attribution) entry: "ACCUS [112]", then
// optionally its irregular forms "{ ... }" and its patterns "- ...".
type Verb struct {
	Pos    Pos
	Phrase Phrase // the verb, which may be several words ("HAND_OVER")
	// Code is the code of the verb alone; "---" when it codes nothing
	// by itself.
	Code    Code
	Comment string
	// Forms are the irregular forms given in "{ BROKE_ BROKEN_ }"; when
	// there are none TABARI generated the regular ones.
	Forms    []Phrase
	Patterns []Pattern
	// DuplicateOf is the line of an earlier entry with the same phrase, or 0.
	DuplicateOf int
}

// Pattern is one "- ... [code]" line: elements around the verb marker '*'.
type Pattern struct {
	Pos     Pos
	Text    string // the pattern as written, between '-' and '['
	Elems   []Elem
	Code    Code
	Comment string
	// Ignored is non-empty when the coder did not store the pattern; it
	// says why.
	Ignored string
	// DuplicateOf is the line of an earlier pattern of the same verb with
	// the same elements and code, or 0.
	DuplicateOf int
}

// ParseVerbs reads a TABARI .verbs file.
func ParseVerbs(name string, data []byte) *Verbs { return ParseVerbsAs(name, data, TABARI) }

// ParseVerbsAs reads a .verbs file in TABARI's format with the given comment
// syntax (the first PETRARCH read TABARI verbs files with its own comments).
func ParseVerbsAs(name string, data []byte, syn Syntax) *Verbs {
	v := &Verbs{File: name}
	fs := &faults{file: name}
	lines, tail := splitLines(data, syn, fs, false)
	v.Tail = tail
	r := verbReader{v: v, fs: fs}
	for _, l := range lines {
		r.line(l)
	}
	r.finish()
	v.Faults = fs.list
	return v
}

type section uint8

const (
	secVerbs section = iota
	secSynsets
	secTime
	secAttrib
	secNouns
	secAdjectives
)

// sectionTag reads a "<TAG>" or "</TAG>" line.
func sectionTag(t string) (sec section, closing, ok bool) {
	if len(t) < 3 || t[0] != '<' || t[len(t)-1] != '>' {
		return 0, false, false
	}
	name := strings.ToUpper(strings.TrimSpace(t[1 : len(t)-1]))
	if strings.HasPrefix(name, "/") {
		closing, name = true, strings.TrimSpace(name[1:])
	}
	switch {
	case strings.HasPrefix(name, "SYN"):
		return secSynsets, closing, true
	case strings.HasPrefix(name, "TIME"):
		return secTime, closing, true
	case strings.HasPrefix(name, "ATTRIB"):
		return secAttrib, closing, true
	case strings.HasPrefix(name, "NOUN"):
		return secNouns, closing, true
	case strings.HasPrefix(name, "ADJ"):
		return secAdjectives, closing, true
	}
	return 0, false, false
}

type verbReader struct {
	v       *Verbs
	fs      *faults
	sec     section
	list    *[]Verb // Verbs, Time or Attrib
	synset  *SynsetDef
	used    []synsetUse
	seen    map[string]int // verb phrase key -> line
	patSeen map[string]int // verb line + pattern key -> line
}

type synsetUse struct {
	name string
	line int
	pat  *Pattern // set when the use is in a pattern, which is then ignored
	vi   int      // index of the verb in its list, with list
	pi   int
	list *[]Verb
}

func (r *verbReader) cur() *Verb {
	if r.list == nil || len(*r.list) == 0 {
		return nil
	}
	return &(*r.list)[len(*r.list)-1]
}

func (r *verbReader) line(l line) {
	t := strings.TrimSpace(l.text)
	if sec, closing, ok := sectionTag(t); ok {
		r.synset = nil
		if closing {
			r.sec = secVerbs
		} else {
			r.sec = sec
		}
		r.list = nil
		return
	}
	if t[0] == '<' && strings.HasSuffix(t, ">") {
		r.fs.add(l.n, FaultSyntax, "unknown section tag %q: skipped", t)
		return
	}
	switch {
	case t[0] == '&':
		r.startSynset(l, t)
		return
	case t[0] == '+':
		if r.synset == nil {
			r.fs.add(l.n, FaultOrphan, "synset member %q outside a synset: skipped", clip(t))
			return
		}
		ph, _ := parsePattern(strings.TrimSpace(t[1:]), l.n, r.fs)
		r.synset.Members = append(r.synset.Members, Entry{Pos: Pos{r.fs.file, l.n}, Phrase: Phrase{Text: strings.TrimSpace(t[1:]), Elems: ph}, Comment: l.comment})
		synsetNames(ph, func(s string) { r.used = append(r.used, synsetUse{name: s, line: l.n}) })
		return
	}
	r.synset = nil
	switch r.sec {
	case secNouns, secAdjectives:
		ph, _ := parsePhrase(t, l.n, r.fs)
		e := Entry{Pos: Pos{r.fs.file, l.n}, Phrase: ph, Comment: l.comment}
		if r.sec == secNouns {
			r.v.Nouns = append(r.v.Nouns, e)
		} else {
			r.v.Adjectives = append(r.v.Adjectives, e)
		}
		return
	}
	switch {
	case t[0] == '-':
		r.pattern(l, t)
	case t[0] == '{':
		r.forms(l, t)
	default:
		r.verb(l, t)
	}
}

func (r *verbReader) startSynset(l line, t string) {
	first := strings.Fields(t)[0]
	name := first[1:]
	s := SynsetDef{Pos: Pos{r.fs.file, l.n}, Comment: l.comment}
	if strings.HasSuffix(name, "_") {
		s.NoPlural = true
		name = strings.TrimRight(name, "_")
	}
	if rest := strings.TrimSpace(strings.TrimPrefix(t, first)); rest != "" {
		r.fs.add(l.n, FaultStray, "text %q after the synset name: ignored", clip(rest))
	}
	s.Name = name
	if name == "" {
		r.fs.add(l.n, FaultSyntax, "synset without a name: skipped")
		return
	}
	r.v.Synsets = append(r.v.Synsets, s)
	r.synset = &r.v.Synsets[len(r.v.Synsets)-1]
}

func (r *verbReader) verb(l line, t string) {
	b := splitBrackets(t)
	head := b.head
	var forms []Phrase
	if i := strings.IndexByte(head, '{'); i >= 0 {
		forms = r.formList(l, head[i:])
		head = strings.TrimSpace(head[:i])
	}
	ph, amp := parsePhrase(head, l.n, r.fs)
	v := Verb{Pos: Pos{r.fs.file, l.n}, Phrase: ph, Comment: l.comment, Forms: forms}
	if amp {
		r.fs.add(l.n, FaultSynset, "bare '&' in verb %q", clip(head))
	}
	v.Code = r.code(l, b, "verb")
	switch r.sec {
	case secTime:
		r.list = &r.v.Time
	case secAttrib:
		r.list = &r.v.Attrib
	default:
		r.list = &r.v.Verbs
	}
	if r.seen == nil {
		r.seen = map[string]int{}
	}
	k := fmt.Sprint(r.sec) + key(ph.Elems)
	if first, dup := r.seen[k]; dup {
		v.DuplicateOf = first
		r.fs.add(l.n, FaultDuplicate, "verb %q also at line %d (TABARI DUP_VERB warning): both kept", clip(head), first)
	} else {
		r.seen[k] = l.n
	}
	*r.list = append(*r.list, v)
}

// code reads the one code a verb or pattern line must have.
func (r *verbReader) code(l line, b bracketed, what string) Code {
	switch {
	case len(b.groups) == 0:
		r.fs.add(l.n, FaultCode, "%s without a [code] (TABARI MISS_LBRAC): given the null code ---", what)
		return Code{Value: NullCode}
	case b.open:
		r.fs.add(l.n, FaultBracket, "%s code without ']' (TABARI MISS_RBRAC): read to the end of the line", what)
	case b.brace:
		r.fs.add(l.n, FaultBracket, "%s code closed by '}' instead of ']': read up to the '}'", what)
	}
	if len(b.groups) > 1 {
		r.fs.add(l.n, FaultStray, "%s has %d codes: the first is used, as TABARI used it", what, len(b.groups))
	}
	if b.stray != "" {
		r.fs.add(l.n, FaultStray, "text %q after the %s code: ignored", clip(b.stray), what)
	}
	if r.sec == secTime {
		c := Code{Raw: b.groups[0], Value: strings.Join(strings.Fields(b.groups[0]), "")}
		if _, ok := c.Days(); !ok && strings.Trim(c.Value, "-") != "" && c.Value != DiscardCode && c.Value != ComplexCode {
			r.fs.add(l.n, FaultOddCode, "time code %q is not a number of days nor a special code (kept as written)", b.groups[0])
		}
		if strings.Trim(c.Value, "-") == "" {
			c.Value = NullCode
		}
		return c
	}
	return eventCode(b.groups[0], l.n, r.fs)
}

func (r *verbReader) pattern(l line, t string) {
	v := r.cur()
	if v == nil {
		r.fs.add(l.n, FaultOrphan, "pattern before any verb (TABARI PAT_ORPHAN): skipped")
		return
	}
	b := splitBrackets(t[1:])
	text := b.head
	elems, amp := parsePattern(text, l.n, r.fs)
	p := Pattern{Pos: Pos{r.fs.file, l.n}, Text: text, Elems: elems, Comment: l.comment}
	p.Code = r.code(l, b, "pattern")
	if amp {
		r.fs.add(l.n, FaultSynset, "bare '&' in pattern %q: TABARI read it as a synset with no name (MISS_SYN) and did not store the pattern", clip(text))
		p.Ignored = "bare '&' (TABARI MISS_SYN)"
	}
	if !hasKind(elems, KindVerb) {
		r.fs.add(l.n, FaultPattern, "pattern %q has no verb marker '*' (TABARI MISS_VERBM): not stored by TABARI, marked Ignored", clip(text))
		p.Ignored = "no verb marker '*' (TABARI MISS_VERBM)"
	}
	if r.patSeen == nil {
		r.patSeen = map[string]int{}
	}
	k := fmt.Sprint(v.Pos.Line, " ", key(elems), p.Code.Value)
	if first, dup := r.patSeen[k]; dup {
		p.DuplicateOf = first
		r.fs.add(l.n, FaultDuplicate, "pattern %q [%s] repeats line %d: both kept", clip(text), p.Code.Value, first)
	} else {
		r.patSeen[k] = l.n
	}
	v.Patterns = append(v.Patterns, p)
	idx := len(v.Patterns) - 1
	synsetNames(elems, func(s string) {
		r.used = append(r.used, synsetUse{name: s, line: l.n, list: r.list, vi: len(*r.list) - 1, pi: idx})
	})
}

func (r *verbReader) forms(l line, t string) {
	v := r.cur()
	if v == nil {
		r.fs.add(l.n, FaultOrphan, "verb forms %q before any verb: skipped", clip(t))
		return
	}
	v.Forms = append(v.Forms, r.formList(l, t)...)
}

// formList reads "{ FORM FORM ... }".
func (r *verbReader) formList(l line, t string) []Phrase {
	body := strings.TrimPrefix(t, "{")
	if i := strings.IndexByte(body, '}'); i >= 0 {
		if rest := strings.TrimSpace(body[i+1:]); rest != "" {
			r.fs.add(l.n, FaultStray, "text %q after the verb forms: ignored", clip(rest))
		}
		body = body[:i]
	} else {
		r.fs.add(l.n, FaultBracket, "verb forms without '}': read to the end of the line")
	}
	var out []Phrase
	for _, f := range strings.Fields(body) {
		ph, _ := parsePhrase(f, l.n, r.fs)
		out = append(out, ph)
	}
	if len(out) == 0 {
		r.fs.add(l.n, FaultSyntax, "no verb forms inside { } (TABARI NO_VFORM): ignored")
	}
	return out
}

// finish checks that every synset used is defined in the file.
func (r *verbReader) finish() {
	defined := map[string]bool{}
	for _, s := range r.v.Synsets {
		defined[s.Name] = true
	}
	for _, u := range r.used {
		if defined[u.name] {
			continue
		}
		if u.list == nil {
			r.fs.add(u.line, FaultSynset, "synset &%s is used but not defined: TABARI refused it (MISS_SYN)", u.name)
			continue
		}
		p := &(*u.list)[u.vi].Patterns[u.pi]
		r.fs.add(u.line, FaultSynset, "synset &%s is used but not defined: TABARI (MISS_SYN) and PETRARCH did not store the pattern", u.name)
		if p.Ignored == "" {
			p.Ignored = "undefined synset &" + u.name
		}
	}
}
