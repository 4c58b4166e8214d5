package tabari

import "strings"

// ElemKind says what one element of a phrase or pattern matches.
type ElemKind uint8

// Elements of TABARI phrases and patterns. Words and synsets occur in every
// phrase; the others only in verb patterns.
const (
	KindWord     ElemKind = iota + 1 // a word, or the stem of one
	KindSynset                       // "&NAME": any phrase of the synset
	KindVerb                         // "*": the verb of the block
	KindSource                       // "$": the source actor
	KindTarget                       // "+": the target actor
	KindCompound                     // "%": a compound actor, coded between its members
	KindSkip                         // "^": TABARI's skip marker (passes over an actor or word)
	KindAttrib                       // "@": TABARI's attribution marker
	KindAlt                          // "{ A | B C }": one of the alternatives
)

var elemNames = [...]string{"", "word", "synset", "verb", "source", "target", "compound", "skip", "attrib", "alt"}

// String names the kind.
func (k ElemKind) String() string {
	if int(k) < len(elemNames) {
		return elemNames[k]
	}
	return "elem?"
}

// Elem is one element of a phrase or pattern.
//
// TABARI words are stems unless they end in '_': "ACCUS" matches ACCUSE and
// ACCUSED, "TALKS_" only TALKS. A blank between two elements lets other words
// come between them; a '_' joins them, so nothing may. "SOON~_AFTER"
// joins a stem: SOON, SOONER, then AFTER at once. A trailing '=' asks for
// no regular endings ("VETO=").
type Elem struct {
	Kind ElemKind
	// Text is the word without its markers, or the synset's name without '&'.
	Text string
	// Exact is set for a word that must match whole: it ended in '_'.
	Exact bool
	// Next is set when the element is joined by '_' to the one after it:
	// the two must be consecutive.
	Next bool
	// NoEndings is set by a trailing '=': TABARI adds no regular endings.
	NoEndings bool
	// Member is set on the words of an alternative group's or synset's
	// member that the converter wrote in place (see Converter.AddPattern):
	// they still rank as an alternative does.
	Member bool
	// Alts holds the alternatives of an Alt group, each a sequence.
	Alts [][]Elem
}

// Phrase is a sequence of words as written, with its parsed elements.
type Phrase struct {
	Text  string
	Elems []Elem
}

// elemParser tokenizes phrases and patterns.
type elemParser struct {
	pattern bool // read '*', '$', '+', '%', '^', '@' and '{ | }'
	n       int
	fs      *faults
	amp     bool // a word was a bare '&' (or began with '&' and named nothing)
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// parse reads s into elements. Empty words (doubled '_', "_ ") are dropped
// and reported; braces that do not pair are reported and closed.
func (p *elemParser) parse(s string) []Elem {
	type group struct {
		alts [][]Elem
	}
	var stack []*group
	out := make([]Elem, 0, 1+strings.Count(s, " ")+strings.Count(s, "_"))
	cur := func() *[]Elem {
		if len(stack) == 0 {
			return &out
		}
		g := stack[len(stack)-1]
		return &g.alts[len(g.alts)-1]
	}
	brace := func(c byte) bool { return p.pattern && (c == '{' || c == '|' || c == '}' || c == ']') }
	// after reads the underscores that follow position i: whether there
	// were any, and whether they glue to a following element.
	after := func(i int) (next int, under, glued bool) {
		j := i
		for j < len(s) && s[j] == '_' {
			j++
		}
		if j-i > 1 {
			p.fs.add(p.n, FaultPhrase, "doubled '_' in %q: the empty word is dropped, as TABARI and PETRARCH dropped it", clip(s))
		}
		under = j > i
		glued = under && j < len(s) && !isBlank(s[j]) && !(p.pattern && (s[j] == '|' || s[j] == '}' || s[j] == ']'))
		return j, under, glued
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isBlank(c):
			i++
		case c == '_':
			p.fs.add(p.n, FaultPhrase, "'_' without a word before it in %q: dropped, as TABARI and PETRARCH dropped the empty word", clip(s))
			i++
		case brace(c):
			i++
			switch c {
			case '{':
				if len(stack) > 0 {
					p.fs.add(p.n, FaultBracket, "'{' inside '{ }' in %q: read as a nested group", clip(s))
				}
				stack = append(stack, &group{alts: [][]Elem{nil}})
				i, _, _ = after(i) // a '_' after '{' joins nothing
			case '|':
				if len(stack) == 0 {
					p.fs.add(p.n, FaultBracket, "'|' outside '{ }' in %q: ignored", clip(s))
					continue
				}
				g := stack[len(stack)-1]
				g.alts = append(g.alts, nil)
			case '}', ']':
				if len(stack) == 0 {
					p.fs.add(p.n, FaultBracket, "'%c' without '{' in %q: ignored", c, clip(s))
					continue
				}
				if c == ']' {
					p.fs.add(p.n, FaultBracket, "']' closes '{' in %q: read as '}'", clip(s))
				}
				g := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				e := Elem{Kind: KindAlt, Alts: g.alts}
				i, _, e.Next = after(i)
				*cur() = append(*cur(), e)
			}
		default:
			j := i
			for j < len(s) && !isBlank(s[j]) && s[j] != '_' && !brace(s[j]) {
				j++
			}
			e := p.elem(s[i:j])
			var under bool
			i, under, e.Next = after(j)
			if e.Kind == KindWord && under && !strings.HasSuffix(s[:j], "~") {
				e.Exact = true
			}
			*cur() = append(*cur(), e)
		}
	}
	for len(stack) > 0 {
		p.fs.add(p.n, FaultBracket, "'{' without '}' in %q: closed at the end", clip(s))
		g := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		*cur() = append(*cur(), Elem{Kind: KindAlt, Alts: g.alts})
	}
	return out
}

// elem classifies one token (without the underscores around it).
func (p *elemParser) elem(t string) Elem {
	e := Elem{Kind: KindWord}
	for len(t) > 1 {
		if t[len(t)-1] == '~' {
			t = t[:len(t)-1]
		} else if t[len(t)-1] == '=' {
			t, e.NoEndings = t[:len(t)-1], true
		} else {
			break
		}
	}
	if p.pattern && len(t) == 1 {
		switch t[0] {
		case '*':
			return Elem{Kind: KindVerb, Text: t}
		case '$':
			return Elem{Kind: KindSource, Text: t}
		case '+':
			return Elem{Kind: KindTarget, Text: t}
		case '%':
			return Elem{Kind: KindCompound, Text: t}
		case '^':
			return Elem{Kind: KindSkip, Text: t}
		case '@':
			return Elem{Kind: KindAttrib, Text: t}
		}
	}
	if t[0] == '&' {
		if len(t) == 1 {
			p.amp = true
		} else {
			e.Kind = KindSynset
			t = t[1:]
		}
	}
	e.Text = t
	return e
}

// parsePhrase reads an actor, agent or synonym phrase.
func parsePhrase(s string, n int, fs *faults) (Phrase, bool) {
	p := elemParser{n: n, fs: fs}
	ph := Phrase{Text: s, Elems: p.parse(s)}
	return ph, p.amp
}

// parsePattern reads a verb pattern.
func parsePattern(s string, n int, fs *faults) ([]Elem, bool) {
	p := elemParser{pattern: true, n: n, fs: fs}
	return p.parse(s), p.amp
}

// hasKind reports whether elems (or any alternative) contain an element of kind k.
func hasKind(elems []Elem, k ElemKind) bool {
	for _, e := range elems {
		if e.Kind == k {
			return true
		}
		for _, a := range e.Alts {
			if hasKind(a, k) {
				return true
			}
		}
	}
	return false
}

// synsetNames calls f for every synset named in elems.
func synsetNames(elems []Elem, f func(string)) {
	for _, e := range elems {
		if e.Kind == KindSynset {
			f(e.Text)
		}
		for _, a := range e.Alts {
			synsetNames(a, f)
		}
	}
}

// key is a phrase's identity for duplicate checks: its words and markers.
func key(elems []Elem) string { return string(appendKey(nil, elems)) }

// appendKey appends the identity of elems to b.
func appendKey(b []byte, elems []Elem) []byte {
	for _, e := range elems {
		b = append(b, byte('0'+e.Kind))
		for i := 0; i < len(e.Text); i++ {
			c := e.Text[i]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
		}
		if e.Exact {
			b = append(b, '_')
		}
		if e.Next {
			b = append(b, '+')
		}
		if e.NoEndings {
			b = append(b, '=')
		}
		for _, a := range e.Alts {
			b = append(b, '{')
			b = appendKey(b, a)
			b = append(b, '}')
		}
		b = append(b, ' ')
	}
	return b
}

// ParsePhrase reads one phrase in TABARI's syntax (an actor, agent or
// synonym phrase, a verb form), for readers of formats built on TABARI's.
// Faults are reported at pos.
func ParsePhrase(pos Pos, text string) (Phrase, []Fault) {
	fs := &faults{file: pos.File}
	ph, _ := parsePhrase(text, pos.Line, fs)
	return ph, fs.list
}

// ParsePattern reads the elements of a pattern in TABARI's syntax: the text
// between the '-' and the code ("* TO_ + { TALKS | MEETING }").
func ParsePattern(pos Pos, text string) ([]Elem, []Fault) {
	fs := &faults{file: pos.File}
	el, _ := parsePattern(text, pos.Line, fs)
	return el, fs.list
}
