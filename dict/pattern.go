package dict

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/annals-dev/annals/text"
)

// ElemKind says what a pattern element matches.
type ElemKind uint8

// Pattern element kinds.
const (
	ElemWords  ElemKind = iota + 1 // one of Options (a plain word is a single option)
	ElemGap                        // 0 to MaxGap tokens
	ElemTarget                     // the target: an actor phrase starts here
	ElemSource                     // the source: an actor phrase starts here
	ElemSkip                       // one actor phrase (or one word, where none starts) passed over
)

// MaxGap is the most tokens a `*` in a pattern may skip.
const MaxGap = 4

// LongGap is the most tokens a `...` in a pattern may skip (TABARI's blank
// between two pattern words): in practice, the rest of the sentence.
const LongGap = 64

// Atom matches one token: any of its forms (a literal word has one form, a
// verb lemma has all its inflections).
type Atom struct {
	Forms []string
	// IDs are the vocabulary ids of Forms (see Dictionary.ID).
	IDs []int32
	// Lemma is the verb lemma in capitals when the atom is a verb ("HOLD"), else "".
	Lemma string
	// Stem is set when the atom's forms are stems that match any token
	// beginning with them (TABARI and PETRARCH words without a final '_').
	// Stems have vocabulary ids of their own (see Dictionary.StemIDs).
	Stem bool
}

// HasID reports whether the token with vocabulary id is one of the atom's forms.
func (a *Atom) HasID(id int32) bool {
	for _, f := range a.IDs {
		if f == id {
			return true
		}
	}
	return false
}

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	// Optional is true for a `[…]` element.
	Optional bool
	// oneVerb is set when one is and its word is a verb form.
	oneVerb bool
	// one is 1 + the vocabulary id of the element's only word when it has
	// one option of one plain word of one form (the commonest element),
	// else 0: the matcher compares ids without reading Options.
	one int32
	// Options are the alternatives of an ElemWords element, each a sequence of atoms.
	Options [][]Atom
	// Max is the most tokens an ElemGap skips; 0 means MaxGap. A gap with
	// Max above MaxGap (TABARI's blank between two pattern words) also
	// passes commas; it still stops at the end of a clause.
	Max int
	// byFirst finds the options that can start at a token, for elements
	// with many options; nil for small ones, which are scanned.
	byFirst *firstIndex
	// firstMask holds IDMask of every id an option starts with, or is 0
	// when unknown (an option starts with a stem): a token whose id is not
	// in it starts no option.
	firstMask uint64
}

// One returns the vocabulary id of the element's only word, and whether
// that word is a verb form, when the element is one plain word of one form
// (no stem, no alternatives); ok is false otherwise.
func (e *Elem) One() (id int32, verb, ok bool) {
	return e.one - 1, e.oneVerb, e.one > 0
}

// MayStart reports whether an option of a words element may match at a
// token with vocabulary id; false means none can.
func (e *Elem) MayStart(id int32) bool {
	return e.firstMask == 0 || id >= 0 && e.firstMask&IDMask(id) != 0
}

// firstIndex lists, by vocabulary id, the options of an element that start
// with that word: ids is sorted, and the options of ids[k] are
// opts[off[k]:off[k+1]], in order. Sorted slices rather than a map: a few
// comparisons a lookup, a fraction of the memory, and one index shared by
// every pattern that shares the element's options.
type firstIndex struct {
	ids, off, opts []int32
}

// manyOptions is the size from which an element indexes its options.
const manyOptions = 4

// OptionsFor returns the indices of the options that may match at a token
// with vocabulary id, in order, and true; or nil and false when every option
// must be tried (small elements).
func (e *Elem) OptionsFor(id int32) ([]int32, bool) {
	x := e.byFirst
	if x == nil {
		return nil, false
	}
	if !e.MayStart(id) {
		return nil, true
	}
	lo, hi := 0, len(x.ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(x.ids) && x.ids[lo] == id {
		return x.opts[x.off[lo]:x.off[lo+1]], true
	}
	return nil, true
}

// optionsKey identifies an element's options by their backing array:
// converters give every pattern of a verb block the same options.
type optionsKey struct {
	first *[]Atom
	n     int
}

// indexed is what index made of an element's options.
type indexed struct {
	byFirst   *firstIndex
	firstMask uint64
}

// index sets firstMask and, for an element with many options, byFirst,
// reusing what was made for the same options in seen.
func (e *Elem) index(seen map[optionsKey]indexed) {
	if len(e.Options) == 0 {
		return
	}
	var key optionsKey
	if len(e.Options) >= manyOptions {
		key = optionsKey{&e.Options[0], len(e.Options)}
		if x, ok := seen[key]; ok {
			e.byFirst, e.firstMask = x.byFirst, x.firstMask
			return
		}
	}
	e.byFirst, e.firstMask, e.one, e.oneVerb = nil, 0, 0, false
	if len(e.Options) == 1 && len(e.Options[0]) == 1 {
		if a := &e.Options[0][0]; !a.Stem && len(a.IDs) == 1 && a.IDs[0] >= 0 {
			e.one, e.oneVerb = a.IDs[0]+1, a.Lemma != ""
		}
	}
	for _, opt := range e.Options {
		if len(opt) == 0 || opt[0].Stem {
			// A stem is not the token's id: every option is tried.
			if len(e.Options) >= manyOptions {
				seen[key] = indexed{}
			}
			e.firstMask = 0
			return
		}
		for _, f := range opt[0].IDs {
			e.firstMask |= IDMask(f)
		}
	}
	if len(e.Options) < manyOptions {
		return
	}
	type pair struct{ id, opt int32 }
	var pairs []pair
	for i, opt := range e.Options {
		for _, f := range opt[0].IDs {
			pairs = append(pairs, pair{f, int32(i)})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.id != b.id {
			return cmp.Compare(a.id, b.id)
		}
		return cmp.Compare(a.opt, b.opt)
	})
	x := &firstIndex{opts: make([]int32, 0, len(pairs))}
	for k, p := range pairs {
		if k > 0 && p == pairs[k-1] {
			continue // a form listed twice in one option
		}
		if k == 0 || p.id != pairs[k-1].id {
			x.ids = append(x.ids, p.id)
			x.off = append(x.off, int32(len(x.opts)))
		}
		x.opts = append(x.opts, p.opt)
	}
	x.off = append(x.off, int32(len(x.opts)))
	e.byFirst = x
	seen[key] = indexed{x, e.firstMask}
}

// Pattern is one verb pattern: a CAMEO code and the elements that match it.
type Pattern struct {
	// Code is the CAMEO event code, or "---" for a null pattern.
	Code  string
	Elems []Elem
	// Text is the pattern as written.
	Text string
	Src  Source
	// Weight orders competing matches: the number of concrete words and slots.
	Weight int
	// HasSource and HasTarget say whether the pattern places the actors itself.
	HasSource, HasTarget bool
	anchor               int
	// Required are vocabulary ids of words every match contains: a sentence
	// that lacks one cannot match, which the coder checks first.
	Required []int32
	// RequiredAny are sets of vocabulary ids of which every match contains
	// at least one: a required element whose word has several forms (a
	// verb's inflections) or which offers several alternatives. Required
	// and the anchor element are left out; a sentence holding none of a
	// set cannot match.
	RequiredAny [][]int32
	// Paired is a second code, coded from the target to the source (TABARI's
	// "[032:033]": a visit one way is a welcome the other), or "".
	Paired string
	// Compound is set by TABARI's '%': the source slot is a compound actor,
	// and the event is coded between its members.
	Compound bool
	// Order is the pattern's position in Dictionary.Patterns: among matches
	// of equal weight, the first in the file wins.
	Order int
}

// Special pattern codes besides the null code "---".
const (
	// DiscardCode marks a pattern whose match means the sentence is not
	// coded at all (TABARI's "[###]").
	DiscardCode = "###"
	// ComplexCode marks a pattern whose match makes the sentence too
	// complex to code (TABARI's "[+++]"); annals codes nothing for it either.
	ComplexCode = "+++"
)

// Blocks reports whether a match of the pattern stops the whole sentence
// from being coded (a discard or complex code).
func (p *Pattern) Blocks() bool { return p.Code == DiscardCode || p.Code == ComplexCode }

// Null reports whether the pattern codes nothing.
func (p *Pattern) Null() bool { return p.Code == "---" || p.Blocks() }

// GapMax returns the most tokens a gap element skips.
func (e *Elem) GapMax() int {
	if e.Max > 0 {
		return e.Max
	}
	return MaxGap
}

// String returns the code and the pattern text.
func (p *Pattern) String() string { return p.Code + " " + p.Text }

// parsePattern compiles the pattern text s; lemmas are left unexpanded (Forms
// nil) until every forms entry is known.
func parsePattern(s string) ([]Elem, error) {
	var elems []Elem
	i := 0
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '(' || c == '[':
			closer := byte(')')
			if c == '[' {
				closer = ']'
			}
			j := strings.IndexByte(s[i+1:], closer)
			if j < 0 {
				return nil, fmt.Errorf("unclosed %q", string(c))
			}
			inner := s[i+1 : i+1+j]
			if strings.ContainsAny(inner, "()[]") {
				return nil, fmt.Errorf("nested brackets in %q", s[i:i+2+j])
			}
			e := Elem{Kind: ElemWords, Optional: c == '['}
			for _, alt := range strings.Split(inner, "|") {
				atoms, err := parseAtoms(alt)
				if err != nil {
					return nil, err
				}
				if len(atoms) == 0 {
					return nil, fmt.Errorf("empty alternative in %q", s[i:i+2+j])
				}
				e.Options = append(e.Options, atoms)
			}
			elems = append(elems, e)
			i += j + 2
		case c == ')' || c == ']':
			return nil, fmt.Errorf("unopened %q", string(c))
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '(' && s[j] != '[' {
				j++
			}
			w := s[i:j]
			i = j
			switch w {
			case "*":
				elems = append(elems, Elem{Kind: ElemGap})
			case "...":
				elems = append(elems, Elem{Kind: ElemGap, Max: LongGap})
			case "+":
				elems = append(elems, Elem{Kind: ElemTarget})
			case "$", "%":
				elems = append(elems, Elem{Kind: ElemSource})
			case "^":
				elems = append(elems, Elem{Kind: ElemSkip})
			default:
				atoms, err := parseAtoms(w)
				if err != nil {
					return nil, err
				}
				for _, a := range atoms {
					elems = append(elems, Elem{Kind: ElemWords, Options: [][]Atom{{a}}})
				}
			}
		}
	}
	concrete := false
	for k, e := range elems {
		if e.Kind == ElemWords && !e.Optional {
			concrete = true
		}
		if e.Kind == ElemGap && (k == 0 || k == len(elems)-1) {
			return nil, fmt.Errorf("a pattern cannot start or end with *")
		}
	}
	if !concrete {
		return nil, fmt.Errorf("a pattern needs at least one required word")
	}
	return elems, nil
}

// parseAtoms splits one alternative ("held talks", "SIGN", "cease-fire") into
// atoms: capitalised words are verb lemmas, the rest are tokenized as text is.
func parseAtoms(s string) ([]Atom, error) {
	var atoms []Atom
	for _, w := range strings.Fields(s) {
		if w == "*" || w == "+" || w == "$" || w == "%" || w == "..." || w == "^" {
			return nil, fmt.Errorf("%q is not allowed inside brackets", w)
		}
		if len(w) > 1 && strings.HasSuffix(w, "*") {
			// "argentin*": a stem; only the last token of the word can be one.
			key, stem := Key([]Word{{Text: w[:len(w)-1], Stem: true}})
			for i, k := range key {
				atoms = append(atoms, Atom{Forms: []string{k}, Stem: stem[i]})
			}
			continue
		}
		if isLemma(w) {
			atoms = append(atoms, Atom{Lemma: w})
			continue
		}
		if w == "'s" || w == "’s" {
			atoms = append(atoms, Atom{Forms: []string{"'s"}})
			continue
		}
		for _, t := range text.Tokenize(w, spanOf(w)) {
			atoms = append(atoms, Atom{Forms: []string{t.Norm}})
		}
	}
	return atoms, nil
}

// isLemma reports whether w is a verb lemma: two or more capital letters and nothing else.
func isLemma(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// Inflect returns the regular forms of a verb lemma given in lower case:
// base, third person, past, and present participle, with the usual spelling
// changes. Unlikely spellings it also produces never occur in text, so they
// are harmless.
func Inflect(base string) []string {
	forms := []string{base}
	add := func(f string) {
		for _, g := range forms {
			if g == f {
				return
			}
		}
		forms = append(forms, f)
	}
	n := len(base)
	if n == 0 {
		return forms
	}
	last := base[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'y' && n > 1 && !vowel(base[n-2]):
		stem := base[:n-1]
		add(stem + "ies")
		add(stem + "ied")
		add(base + "ing")
	case last == 'e':
		add(base + "s")
		add(base + "d")
		if strings.HasSuffix(base, "ie") {
			add(base[:n-2] + "ying")
		} else if strings.HasSuffix(base, "ee") {
			add(base + "ing")
		} else {
			add(base[:n-1] + "ing")
		}
	default:
		if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") ||
			strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") || strings.HasSuffix(base, "o") {
			add(base + "es")
		} else {
			add(base + "s")
		}
		add(base + "ed")
		add(base + "ing")
		// Consonant doubling (stop → stopped, ban → banned, refer → referred).
		if n >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(base[n-2]) && !vowel(base[n-3]) {
			add(base + string(last) + "ed")
			add(base + string(last) + "ing")
		}
		if last == 'c' {
			add(base + "ked")
			add(base + "king")
		}
	}
	return forms
}

// firstIDs returns the vocabulary ids of the tokens a pattern can start
// with, from position k of elems, skipping leading slots, gaps and optional
// elements.
func firstIDs(elems []Elem, k int) []int32 {
	var ids []int32
	for ; k < len(elems); k++ {
		e := elems[k]
		if e.Kind != ElemWords {
			continue
		}
		for _, opt := range e.Options {
			ids = append(ids, opt[0].IDs...)
		}
		if !e.Optional {
			return ids
		}
	}
	return ids
}

// Anchor returns the index of the first word element (required or not): the
// matcher starts there, and slots before it must end where the match begins.
func (p *Pattern) Anchor() int { return p.anchor }

func (p *Pattern) setRequired() {
	p.Required, p.RequiredAny = p.Required[:0], p.RequiredAny[:0]
	for k, e := range p.Elems {
		if e.Kind != ElemWords || e.Optional || len(e.Options) == 0 {
			continue
		}
		if len(e.Options) == 1 {
			for _, a := range e.Options[0] {
				if len(a.IDs) == 1 {
					p.Required = append(p.Required, a.IDs[0])
				} else if k != p.anchor {
					// The atom must match a token by one of its ids (a
					// stem atom's ids are the stems a token may begin
					// with, which the coder counts as present too).
					p.RequiredAny = append(p.RequiredAny, a.IDs)
				}
			}
			continue
		}
		if k == p.anchor {
			continue // the coder tries the pattern only where the anchor may start
		}
		// One of the options must match, so one of their first atoms.
		var ids []int32
		for _, opt := range e.Options {
			for _, id := range opt[0].IDs {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
		p.RequiredAny = append(p.RequiredAny, ids)
	}
	if len(p.RequiredAny) == 0 {
		p.RequiredAny = nil
	}
}

func (p *Pattern) setAnchor() {
	for k, e := range p.Elems {
		if e.Kind == ElemWords {
			p.anchor = k
			return
		}
	}
}

// weigh sets Weight (the words a match must hold, each slot counting one),
// HasSource and HasTarget from the pattern's elements.
func (p *Pattern) weigh() {
	p.Weight, p.HasSource, p.HasTarget = 0, false, false
	for _, e := range p.Elems {
		switch e.Kind {
		case ElemWords:
			if !e.Optional && len(e.Options) > 0 {
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
}
