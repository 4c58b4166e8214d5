package tabari

import (
	"fmt"
	"strings"
)

// Actors is a TABARI .actors file (also the format of PETRARCH's and the
// Phoenix actor dictionaries).
type Actors struct {
	File   string
	Actors []Actor
	// Nouns and Adjectives are the <NOUN> and <ADJECTIVE> lists.
	Nouns, Adjectives []Entry
	Tail              string
	Faults            []Fault
}

// Actor is one actor entry:
//
//	PHRASE [CODE] [CODE >YYMMDD] ; comment
//	+SYNONYM
//		[CODE YYMMDD-YYMMDD]
//		[CODE]
//
// Its codes are those on the phrase's line followed by those on the
// indented lines below it. A restricted code applies within its dates; an
// unrestricted one is the default (TABARI added "---" as the default when
// there was none).
type Actor struct {
	Pos      Pos
	Phrase   Phrase
	Comment  string
	Synonyms []Synonym
	Codes    []ActorCode
	// Ignored is non-empty when the coder did not store the entry; it says why.
	Ignored string
	// DuplicateOf is the line of an earlier entry or synonym with the
	// same phrase, or 0.
	DuplicateOf int
}

// Synonym is a "+PHRASE" line: another phrase for the actor above it.
type Synonym struct {
	Pos         Pos
	Phrase      Phrase
	Comment     string
	Ignored     string
	DuplicateOf int
}

// ActorCode is one code of an actor with the line it is written on.
type ActorCode struct {
	Pos Pos
	Code
	// Comment is the comment of a date line of its own.
	Comment string
}

// ParseActors reads a TABARI .actors file.
func ParseActors(name string, data []byte) *Actors { return ParseActorsAs(name, data, TABARI) }

// ParseActorsAs reads an actors file with the given comment syntax
// (PETRARCH for the PETRARCH and Phoenix actor dictionaries).
func ParseActorsAs(name string, data []byte, syn Syntax) *Actors {
	a := &Actors{File: name}
	fs := &faults{file: name}
	lines, tail := splitLines(data, syn, fs, true)
	a.Tail = tail
	r := actorReader{a: a, fs: fs, syn: syn, seen: make(map[string]int, len(lines))}
	a.Actors = make([]Actor, 0, len(lines)/2)
	isDate := func(l line) bool { return strings.HasPrefix(strings.TrimSpace(l.text), "[") }
	for i, l := range lines {
		if strings.TrimSpace(l.text) == "" {
			// An indented comment between two blocks of date lines stands
			// where an actor's phrase should be: a generator lost a name.
			if i > 0 && i+1 < len(lines) && isDate(lines[i-1]) && isDate(lines[i+1]) {
				fs.add(l.n, FaultEmpty, "indented line with only a comment (%q) between two actors' date lines, where a phrase should be: skipped; the date lines after it join the actor before, as TABARI, reading indented lines as dates of the current actor, joined them", clip(l.comment))
			}
			continue
		}
		r.line(l)
	}
	r.finish()
	a.Faults = fs.list
	return a
}

type actorReader struct {
	a    *Actors
	fs   *faults
	syn  Syntax
	sec  section
	cur  *Actor
	seen map[string]int // phrase key -> line
	buf  []byte
}

func (r *actorReader) pos(n int) Pos { return Pos{r.fs.file, n} }

func (r *actorReader) line(l line) {
	t := strings.TrimSpace(l.text)
	if sec, closing, ok := sectionTag(t); ok {
		r.sec = secVerbs
		if !closing {
			r.sec = sec
		}
		r.cur = nil
		if sec != secNouns && sec != secAdjectives {
			r.fs.add(l.n, FaultSyntax, "section %q in an actors file: its lines are read as actors", t)
			r.sec = secVerbs
		}
		return
	}
	if r.sec == secNouns || r.sec == secAdjectives {
		ph, _ := parsePhrase(t, l.n, r.fs)
		e := Entry{Pos: r.pos(l.n), Phrase: ph, Comment: l.comment}
		if r.sec == secNouns {
			r.a.Nouns = append(r.a.Nouns, e)
		} else {
			r.a.Adjectives = append(r.a.Adjectives, e)
		}
		return
	}
	switch t[0] {
	case '[':
		r.dates(l, t)
	case '+':
		r.synonym(l, t)
	default:
		r.primary(l, t)
	}
}

// phrase reads the phrase of an entry line, dropping a stray quote before
// the codes ("FIREFLY_ \"[FRDGOV ...]").
func (r *actorReader) phrase(l line, head string) (Phrase, bool) {
	if h := strings.TrimRight(head, " \t"); strings.HasSuffix(h, `"`) {
		if p := strings.TrimRight(h[:len(h)-1], " \t"); len(p) < len(h)-1 {
			r.fs.add(l.n, FaultStray, "quote after the phrase %q: ignored", clip(p))
			head = p
		}
	}
	return parsePhrase(head, l.n, r.fs)
}

func (r *actorReader) primary(l line, t string) {
	b := splitBrackets(t)
	if b.head == "" {
		r.fs.add(l.n, FaultEmpty, "codes without a phrase: skipped")
		return
	}
	ph, amp := r.phrase(l, b.head)
	r.a.Actors = append(r.a.Actors, Actor{Pos: r.pos(l.n), Phrase: ph, Comment: joinComment(b.stray, l.comment)})
	r.cur = &r.a.Actors[len(r.a.Actors)-1]
	if amp && r.syn == TABARI {
		r.cur.Ignored = "bare '&' read as a synset name (TABARI MISS_SYN)"
		r.fs.add(l.n, FaultSynset, "'&' in the phrase %q: TABARI read a word beginning with '&' as a synset name and refused the entry (MISS_SYN); kept, marked Ignored", clip(b.head))
	}
	r.dup(l.n, ph, &r.cur.DuplicateOf)
	r.codes(l, b)
}

func (r *actorReader) synonym(l line, t string) {
	if r.cur == nil {
		r.fs.add(l.n, FaultOrphan, "synonym %q before any actor: skipped", clip(t))
		return
	}
	b := splitBrackets(strings.TrimSpace(t[1:]))
	if len(b.groups) > 0 {
		r.fs.add(l.n, FaultStray, "codes on a synonym line: ignored (a synonym takes the codes of its actor)")
	}
	ph, amp := r.phrase(l, b.head)
	s := Synonym{Pos: r.pos(l.n), Phrase: ph, Comment: l.comment}
	if amp && r.syn == TABARI {
		s.Ignored = "bare '&' read as a synset name (TABARI MISS_SYN)"
		r.fs.add(l.n, FaultSynset, "'&' in the synonym %q: TABARI refused it (MISS_SYN); kept, marked Ignored", clip(b.head))
	}
	r.dup(l.n, ph, &s.DuplicateOf)
	r.cur.Synonyms = append(r.cur.Synonyms, s)
}

func (r *actorReader) dates(l line, t string) {
	if r.cur == nil {
		r.fs.add(l.n, FaultOrphan, "date line before any actor: skipped")
		return
	}
	b := splitBrackets(t)
	r.codes(l, b)
	if c := joinComment(b.stray, l.comment); c != "" && len(r.cur.Codes) > 0 {
		r.cur.Codes[len(r.cur.Codes)-1].Comment = c
	}
}

// codes adds the [...] groups of a line to the current actor.
func (r *actorReader) codes(l line, b bracketed) {
	switch {
	case b.open:
		r.fs.add(l.n, FaultBracket, "code without ']': read to the end of the line")
	case b.brace:
		r.fs.add(l.n, FaultBracket, "code closed by '}' instead of ']': read up to the '}'")
	}
	if b.stray != "" {
		r.fs.add(l.n, FaultStray, "text %q between or after the codes: kept as part of the comment", clip(b.stray))
	}
	for _, g := range b.groups {
		if c, ok := actorCode(g, l.n, r.fs); ok {
			r.cur.Codes = append(r.cur.Codes, ActorCode{Pos: r.pos(l.n), Code: c})
		}
	}
}

func (r *actorReader) dup(n int, ph Phrase, dup *int) {
	r.buf = appendKey(r.buf[:0], ph.Elems)
	if len(r.buf) == 0 {
		return
	}
	if first, ok := r.seen[string(r.buf)]; ok {
		*dup = first
		return
	}
	r.seen[string(r.buf)] = n
}

// finish reports duplicates, saying whether the codes differ, and
// actors that end up with no code at all.
func (r *actorReader) finish() {
	byLine := map[int]*Actor{}
	for i := range r.a.Actors {
		a := &r.a.Actors[i]
		byLine[a.Pos.Line] = a
		for _, s := range a.Synonyms {
			byLine[s.Pos.Line] = a
		}
	}
	codes := func(a *Actor) string {
		var b strings.Builder
		for _, c := range a.Codes {
			fmt.Fprintf(&b, "[%s %d %d %d]", c.Value, c.When.Kind, c.When.From.Int(), c.When.To.Int())
		}
		return b.String()
	}
	report := func(n, first int, text string, a *Actor) {
		same := "different codes"
		if f := byLine[first]; f != nil && codes(f) == codes(a) {
			same = "the same codes"
		}
		r.fs.add(n, FaultDuplicate, "phrase %q also at line %d, with %s: both kept (TABARI warned, DUP_ROOT)", clip(text), first, same)
	}
	for i := range r.a.Actors {
		a := &r.a.Actors[i]
		if a.DuplicateOf != 0 {
			report(a.Pos.Line, a.DuplicateOf, a.Phrase.Text, a)
		}
		for _, s := range a.Synonyms {
			if s.DuplicateOf != 0 {
				report(s.Pos.Line, s.DuplicateOf, s.Phrase.Text, a)
			}
		}
		if len(a.Codes) == 0 && a.Ignored == "" {
			if r.syn == PETRARCH {
				r.fs.add(a.Pos.Line, FaultCode, "actor %q has no code: it matches but codes nothing, as in PETRARCH-2 (PETRARCH-1 gave an entry without codes those of the next entry that has some)", clip(a.Phrase.Text))
			} else {
				r.fs.add(a.Pos.Line, FaultCode, "actor %q has no code: it matches but codes nothing (TABARI's null code ---)", clip(a.Phrase.Text))
			}
		}
	}
}

// joinComment keeps text found outside the brackets (where a comment
// marker was forgotten) with the comment.
func joinComment(stray, comment string) string {
	switch {
	case stray == "":
		return comment
	case comment == "":
		return stray
	}
	return stray + " " + comment
}
