package tabari

import (
	"fmt"
	"slices"
	"strings"

	"github.com/annals-dev/annals/dict"
)

// Converter turns TABARI (and PETRARCH-1) dictionary trees into entries of
// an annals dictionary (dict.Builder), keeping TABARI's meaning where the
// engine can hold it. What it cannot hold is listed in dict/FORMAT.md,
// "Reading TABARI, PETRARCH and Phoenix dictionaries", and reported as a
// warning where a file asks for it.
//
// Mapping, in short:
//
//   - An actor phrase codes as a country-like actor with its code (so that
//     agents compose with it: "GON" + "~GOV" = "GONGOV"). An actor whose
//     codes are restricted to dates becomes a person with roles; its
//     unrestricted code is the default. The null code "---" matches and
//     codes nothing.
//   - Words without a final '_' are stems (TABARI); PETRARCH's words are
//     whole words. In TABARI's syntax a blank inside an actor phrase lets
//     other words stand between its parts, and a final whole word takes
//     the regular noun endings ('=' none); PETRARCH reads a blank as '_'.
//   - A verb is a pattern of its own with the verb's code; each "- ..."
//     line a pattern with its code. A blank between pattern words lets any
//     words stand between them (a gap to the end of the sentence); '_'
//     joins them. '$', '+' are the source and target slots, '%' a compound
//     source coded between its members, '^' skips an actor.
//   - "&SYNSET" and "{ A | B }" are alternatives; their members are read
//     as consecutive words.
//   - Codes: "032:033" codes 032 from source to target and 033 back;
//     "---" is a null pattern, "###" and "+++" stop the sentence from being
//     coded.
type Converter struct {
	B *dict.Builder
	// Stems is set for TABARI's syntax: a word without a final '_' is a
	// stem. PETRARCH reads whole words.
	Stems bool
	// Synsets are the synsets known so far, by name (without '&').
	Synsets map[string][]Phrase
	// elems is AddPattern's scratch list of elements, reused from pattern
	// to pattern: the Builder copies a pattern's elements out.
	elems []dict.Elem
}

// NewConverter returns a converter that adds to b.
func NewConverter(b *dict.Builder, stems bool) *Converter {
	return &Converter{B: b, Stems: stems, Synsets: map[string][]Phrase{}}
}

func src(p Pos) dict.Source { return dict.Source{File: p.File, Line: p.Line} }

// words returns the words of a phrase for the builder; alternatives and
// markers are dropped (an actor phrase has none).
func (c *Converter) words(elems []Elem) []dict.Word {
	var out []dict.Word
	for _, e := range elems {
		if e.Kind != KindWord || e.Text == "" {
			continue
		}
		out = append(out, dict.Word{Text: e.Text, Stem: c.Stems && !e.Exact && !e.NoEndings})
	}
	return out
}

// nounEndings are the regular endings TABARI lets a whole word ('_') at
// the end of an actor or agent phrase take: "LIBYA_" matches "Libyas",
// "MUSLIM_" "Muslims" ("'s" is a token of its own). '=' asks for none.
var nounEndings = []string{"S", "ES"}

// phrases returns the word sequences an actor or agent phrase matches: the
// phrase itself and, in TABARI's syntax, its last word with each regular
// noun ending when that word is whole.
func (c *Converter) phrases(elems []Elem) [][]dict.Word {
	base := c.words(elems)
	out := [][]dict.Word{base}
	if !c.Stems || len(base) == 0 {
		return out
	}
	last := -1
	for i, e := range elems {
		if e.Kind == KindWord && e.Text != "" {
			last = i
		}
	}
	if last < 0 || !elems[last].Exact || elems[last].NoEndings {
		return out
	}
	for _, end := range nounEndings {
		v := append([]dict.Word(nil), base...)
		v[len(v)-1].Text += end
		out = append(out, v)
	}
	return out
}

// addPhrase adds an actor or agent entry under every word sequence its
// phrase matches. In TABARI's syntax a blank between two words of an
// actor phrase lets other words stand between them ("ITHILEN TELEVISION"
// matches "Ithilen state-run television"): such a phrase is added in runs.
func (c *Converter) addPhrase(elems []Elem, e *dict.Entry) {
	runs := c.runs(elems)
	for _, w := range c.phrases(elems) {
		switch {
		case e.Kind == dict.KindAgent:
			c.B.AddAgent(w, e)
		case len(runs) > 1:
			var parts [][]dict.Word
			at := 0
			for _, n := range runs {
				parts = append(parts, w[at:at+n])
				at += n
			}
			c.B.AddGappedActor(parts, e)
		default:
			c.B.AddActor(w, e)
		}
	}
}

// runs returns the lengths, in words, of the runs of a TABARI phrase that
// '_' joins; PETRARCH's phrases are one run.
func (c *Converter) runs(elems []Elem) []int {
	var out []int
	n := 0
	for _, e := range elems {
		if e.Kind != KindWord || e.Text == "" {
			continue
		}
		n++
		if !e.Next && c.Stems {
			out = append(out, n)
			n = 0
		}
	}
	if n > 0 {
		out = append(out, n)
	}
	return out
}

// toDate converts a dictionary date.
func toDate(d Date) dict.Date { return dict.Date(d.Int()) }

// AddActors adds every actor phrase of a file.
func (c *Converter) AddActors(a *Actors) {
	for i := range a.Actors {
		act := &a.Actors[i]
		if act.Ignored != "" {
			continue
		}
		phrases := []Phrase{act.Phrase}
		for _, s := range act.Synonyms {
			if s.Ignored == "" {
				phrases = append(phrases, s.Phrase)
			}
		}
		c.addActor(act, phrases)
	}
}

// convActorCode reads an actor code: the null and discard codes code
// nothing; a compound code ("FRD/SYL": a name that stands for several
// actors) stays whole, and the coder codes an event with each of its
// actors. Empty parts of a compound are dropped.
func convActorCode(v string) string {
	if v == NullCode || v == DiscardCode || v == ComplexCode || v == "" {
		return ""
	}
	if strings.IndexByte(v, '/') >= 0 {
		var parts []string
		for _, p := range strings.Split(v, "/") {
			if p = strings.TrimSpace(p); p != "" && p != NullCode {
				parts = append(parts, p)
			}
		}
		v = strings.Join(parts, "/")
	}
	return strings.ToUpper(v)
}

func (c *Converter) addActor(act *Actor, phrases []Phrase) {
	dated := false
	for _, k := range act.Codes {
		if k.When.Kind != Always {
			dated = true
		}
	}
	if !dated {
		code := ""
		if len(act.Codes) > 0 {
			code = convActorCode(act.Codes[0].Value)
		}
		if code == "" {
			// A null actor: it matches, so that its words are no other
			// actor, and codes nothing.
			p := &dict.Person{Name: strings.Clone(act.Phrase.Text), Src: src(act.Pos)}
			for _, ph := range phrases {
				c.addPhrase(ph.Elems, &dict.Entry{Kind: dict.KindPerson, Person: p, Phrase: strings.Clone(ph.Text), Src: src(act.Pos)})
			}
			return
		}
		for _, ph := range phrases {
			c.addPhrase(ph.Elems, &dict.Entry{Kind: dict.KindCountry, Code: code, Phrase: strings.Clone(ph.Text), Src: src(act.Pos)})
		}
		return
	}
	p := &dict.Person{Name: strings.Clone(act.Phrase.Text), Src: src(act.Pos)}
	for _, k := range act.Codes {
		code := convActorCode(k.Value)
		if k.Value == DiscardCode {
			code = dict.DiscardCode // "[ONO <911226] [###]": after that day the name discards the sentence
		}
		r := dict.Role{Code: code, Src: src(k.Pos)}
		switch k.When.Kind {
		case Always:
			if p.Default == "" {
				p.Default = code
			}
			continue
		case Before:
			r.From, r.To = 0, toDate(k.When.To)
		case After:
			r.From, r.To = toDate(k.When.From), dict.OpenEnd
		case Between:
			r.From, r.To = toDate(k.When.From), toDate(k.When.To)
		}
		p.Roles = append(p.Roles, r)
	}
	c.B.AddPerson(p)
	for _, ph := range phrases {
		c.addPhrase(ph.Elems, &dict.Entry{Kind: dict.KindPerson, Person: p, Phrase: strings.Clone(ph.Text), Src: src(act.Pos)})
	}
}

// AddAgents adds every agent of a file. plurals asks for PETRARCH's
// generated plural ("S", "ES") when an agent gives none.
func (c *Converter) AddAgents(a *Agents, plurals bool) {
	subst := map[string][]string{}
	for _, s := range a.Subst {
		subst[s.Name] = s.Items
	}
	for i := range a.Agents {
		ag := &a.Agents[i]
		if ag.Ignored != "" {
			continue
		}
		code, before := ag.Affix()
		code = strings.ToUpper(code)
		if code == "" || code == NullCode {
			continue
		}
		var phrases []Phrase
		if ag.Subst != "" {
			for _, it := range subst[ag.Subst] {
				t := strings.Replace(ag.Phrase.Text, "!"+ag.Subst+"!", it, 1)
				ph, _ := ParsePhrase(ag.Pos, t)
				phrases = append(phrases, ph)
			}
		} else {
			phrases = append(phrases, ag.Phrase)
			if ag.Plural != nil {
				if len(ag.Plural.Elems) > 0 {
					phrases = append(phrases, *ag.Plural)
				}
			} else if plurals {
				phrases = append(phrases, plural(ag.Phrase))
			}
		}
		for _, ph := range phrases {
			c.addPhrase(ph.Elems, &dict.Entry{Kind: dict.KindAgent, Code: code, AgentFirst: before, Phrase: strings.Clone(ph.Text), Src: src(ag.Pos)})
		}
	}
}

// plural makes PETRARCH's regular plural of a phrase: its last word takes
// "S" ("ES" after S, X, CH, SH; "IES" for a Y after a consonant).
func plural(ph Phrase) Phrase {
	out := Phrase{Text: ph.Text, Elems: append([]Elem(nil), ph.Elems...)}
	for i := len(out.Elems) - 1; i >= 0; i-- {
		e := &out.Elems[i]
		if e.Kind != KindWord || e.Text == "" {
			continue
		}
		w := e.Text
		u := strings.ToUpper(w)
		switch {
		case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "X"), strings.HasSuffix(u, "CH"), strings.HasSuffix(u, "SH"):
			w += "ES"
		case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
			w = w[:len(w)-1] + "IES"
		default:
			w += "S"
		}
		e.Text = w
		out.Text = w
		break
	}
	return out
}

// AddSynsets records synset definitions for the patterns that follow.
func (c *Converter) AddSynsets(defs []SynsetDef) {
	for _, s := range defs {
		for _, m := range s.Members {
			c.Synsets[strings.ToUpper(s.Name)] = append(c.Synsets[strings.ToUpper(s.Name)], m.Phrase)
		}
	}
}

// AddOptions takes the synsets of an options file and the coding options
// the engine honours (see Rules).
func (c *Converter) AddOptions(o *Options) {
	c.AddSynsets(o.Synsets)
	c.B.SetRules(Rules(c.B.Rules(), o))
}

// VerbSpec is a verb as the pattern compiler needs it: its words, which of
// them is the verb, and the verb's forms.
type VerbSpec struct {
	Words []Elem // the verb phrase, the verb at Head
	Head  int
	// Forms are every form of the verb word, folded; nil asks for the
	// regular inflections.
	Forms []string
	// StemForms are the irregular forms written without a final '_':
	// stems that match any word beginning with them (TABARI).
	StemForms []string
	Src       dict.Source
	// Elem, when set, is the verb element itself (a PETRARCH block's verbs
	// as alternatives); Words, Head and Forms are then not used.
	Elem *dict.Elem
}

// AddVerbs adds every verb and pattern of a TABARI verbs file: the <TIME>
// phrases with a discard or complex code become discard phrases; time
// shifts are not honoured.
func (c *Converter) AddVerbs(v *Verbs) {
	c.AddSynsets(v.Synsets)
	for _, t := range v.Time {
		if t.Code.Value == DiscardCode || t.Code.Value == ComplexCode {
			c.B.AddDiscard(c.words(t.Phrase.Elems), src(t.Pos))
		}
	}
	for i := range v.Verbs {
		vb := &v.Verbs[i]
		spec := VerbSpec{Words: vb.Phrase.Elems, Src: src(vb.Pos)}
		if len(spec.Words) == 0 || spec.Words[0].Kind != KindWord {
			continue
		}
		spec.Forms = tabariForms(vb)
		for _, f := range vb.Forms {
			if len(f.Elems) > 0 && f.Elems[0].Text != "" && !f.Elems[0].Exact && !f.Elems[0].NoEndings {
				spec.StemForms = append(spec.StemForms, dict.Fold(f.Elems[0].Text))
			}
		}
		if len(spec.Words) == 1 {
			// One element for all the verb's patterns: they share its atoms.
			el := c.verbElem(spec, spec.Words[0])
			spec.Elem = &el
		}
		c.AddVerb(spec, vb.Code, src(vb.Pos), vb.Phrase.Text)
		for _, p := range vb.Patterns {
			if p.Ignored != "" {
				continue
			}
			c.AddPattern(spec, p.Elems, p.Code, src(p.Pos), p.Text)
		}
	}
}

// tabariForms returns the forms of a TABARI verb: the word and its
// irregular forms, or the regular inflections (nil) when none are given.
func tabariForms(vb *Verb) []string {
	base := dict.Fold(vb.Phrase.Elems[0].Text)
	if len(vb.Forms) == 0 {
		if vb.Phrase.Elems[0].NoEndings {
			return []string{base}
		}
		return nil
	}
	forms := []string{base}
	for _, f := range vb.Forms {
		if len(f.Elems) > 0 && f.Elems[0].Text != "" {
			forms = append(forms, dict.Fold(f.Elems[0].Text))
		}
	}
	return forms
}

// AddVerb adds the pattern the verb makes alone, with its own code.
func (c *Converter) AddVerb(v VerbSpec, code Code, at dict.Source, text string) {
	c.AddPattern(v, []Elem{{Kind: KindVerb, Text: "*"}}, code, at, text)
}

// AddPattern compiles one pattern of verb v ('*' in elems stands for the
// verb phrase) with its code.
func (c *Converter) AddPattern(v VerbSpec, elems []Elem, code Code, at dict.Source, text string) {
	if c.Stems {
		if alts := c.spread(elems); alts != nil {
			for _, a := range alts {
				c.AddPattern(v, a, code, at, text)
			}
			return
		}
	}
	p := &dict.Pattern{Src: at, Text: strings.Clone(text)}
	first, second, paired := code.Paired()
	switch {
	case paired && first == "":
		p.Code = strings.TrimSuffix(second, "!")
	case paired:
		p.Code, p.Paired = strings.TrimSuffix(first, "!"), strings.TrimSuffix(second, "!")
	default:
		p.Code = strings.TrimSuffix(code.Value, "!")
	}
	if p.Code == "" {
		p.Code = NullCode
	}
	if p.Paired == NullCode {
		p.Paired = ""
	}
	out := c.elems[:0]
	defer func() { c.elems = out[:0] }()
	joined := true // no gap before the first element
	add := func(e dict.Elem, next bool) {
		if !joined && len(out) > 0 {
			out = append(out, dict.Elem{Kind: dict.ElemGap, Max: longGap})
		}
		out = append(out, e)
		joined = next
	}
	for _, e := range elems {
		switch e.Kind {
		case KindVerb:
			if v.Elem != nil {
				add(*v.Elem, e.Next)
				continue
			}
			for k, w := range v.Words {
				if k == v.Head {
					add(c.verbElem(v, w), w.Next || (k == len(v.Words)-1 && e.Next))
					continue
				}
				c.addWords(w, add, k == len(v.Words)-1 && e.Next)
			}
		case KindSource:
			add(dict.Elem{Kind: dict.ElemSource}, e.Next)
		case KindTarget:
			add(dict.Elem{Kind: dict.ElemTarget}, e.Next)
		case KindCompound:
			p.Compound = true
			add(dict.Elem{Kind: dict.ElemSource}, e.Next)
		case KindSkip:
			add(dict.Elem{Kind: dict.ElemSkip}, e.Next)
		case KindAttrib:
		default:
			c.addWords(e, add, e.Next)
		}
	}
	// Gaps around slots are the slots' own business: a slot that follows
	// a gap may start anywhere in it, which the matcher does.
	p.Elems = trimGaps(out)
	if !hasWords(p.Elems) {
		c.B.Warn(at, "pattern %q has no word the engine can anchor on: skipped", text)
		return
	}
	c.B.AddPattern(p)
}

// maxSpread bounds the patterns that one TABARI pattern spreads into.
const maxSpread = 64

// spread returns, when a TABARI pattern's alternative group or synset has
// a member whose words a blank separates ("{ LOUDLY INCLUDED | … }",
// "+AUSTRIAN FLORIN") or that holds a slot ("+PESO_$"), one pattern per
// member of the first such element, the member's words written in place:
// a blank there lets other words stand between them, as it does anywhere
// else in a pattern. It returns nil when there is nothing to spread.
func (c *Converter) spread(elems []Elem) [][]Elem {
	for i, e := range elems {
		members := c.members(e)
		if members == nil {
			continue
		}
		gapped := false
		for _, m := range members {
			gapped = gapped || spreads(m)
		}
		if !gapped || len(members) > maxSpread {
			continue
		}
		var out [][]Elem
		for _, m := range members {
			if len(m) == 0 {
				continue
			}
			a := make([]Elem, 0, len(elems)+len(m))
			a = append(a, elems[:i]...)
			for _, w := range m {
				w.Member = true
				a = append(a, w)
			}
			a[len(a)-1].Next = e.Next
			a = append(a, elems[i+1:]...)
			out = append(out, a)
		}
		if len(out) > maxSpread {
			return nil
		}
		return out
	}
	return nil
}

// members returns the alternatives of a group or the phrases of a synset,
// or nil for any other element.
func (c *Converter) members(e Elem) [][]Elem {
	switch e.Kind {
	case KindAlt:
		return e.Alts
	case KindSynset:
		var out [][]Elem
		for _, m := range c.Synsets[strings.ToUpper(e.Text)] {
			out = append(out, m.Elems)
		}
		return out
	}
	return nil
}

// spreads reports whether a member has a blank between two of its words
// or a slot.
func spreads(m []Elem) bool {
	for k, e := range m {
		switch e.Kind {
		case KindSource, KindTarget, KindCompound:
			return true
		case KindWord:
			if !e.Next && k < len(m)-1 {
				return true
			}
		}
	}
	return false
}

// longGap is the gap a blank between TABARI pattern words allows: the rest
// of the sentence.
const longGap = dict.LongGap

func trimGaps(es []dict.Elem) []dict.Elem {
	for len(es) > 0 && es[0].Kind == dict.ElemGap {
		es = es[1:]
	}
	for len(es) > 0 && es[len(es)-1].Kind == dict.ElemGap {
		es = es[:len(es)-1]
	}
	return es
}

func hasWords(es []dict.Elem) bool {
	for _, e := range es {
		if e.Kind == dict.ElemWords && !e.Optional {
			return true
		}
	}
	return false
}

// verbElem makes the verb's element. A TABARI verb without a final '_' is
// a stem ("RESTOR" matches "restore", "restored"); with one, it takes the
// regular endings; '=' asks for none; irregular forms are added whole.
func (c *Converter) verbElem(v VerbSpec, w Elem) dict.Elem {
	lemma := strings.ToUpper(strings.Trim(w.Text, "_"))
	if !isLemmaText(lemma) {
		lemma = "VERB"
	}
	base := dict.Fold(w.Text)
	exact := dict.Atom{Lemma: lemma}
	switch {
	case v.Forms != nil:
		exact.Forms = v.Forms
	case w.NoEndings:
		exact.Forms = []string{base}
	default:
		exact.Forms = dict.Inflect(base)
		if c.Stems && w.Exact {
			// TABARI adds its endings as written: "departes", "departen".
			for _, end := range tabariEndings {
				if !slices.Contains(exact.Forms, base+end) {
					exact.Forms = append(exact.Forms, base+end)
				}
			}
		}
	}
	if c.Stems && len(v.StemForms) > 0 && (w.Exact || w.NoEndings) {
		// "ACT_ {ACTING_ ACTUALITY}": the irregular form without '_' is a stem.
		stem := dict.Atom{Lemma: lemma, Forms: v.StemForms, Stem: true}
		return dict.Elem{Kind: dict.ElemWords, Options: [][]dict.Atom{{exact}, {stem}}}
	}
	if !c.Stems || w.Exact || w.NoEndings {
		return dict.Elem{Kind: dict.ElemWords, Options: [][]dict.Atom{{exact}}}
	}
	stem := dict.Atom{Lemma: lemma, Forms: []string{base}, Stem: true}
	opts := [][]dict.Atom{{stem}}
	if len(exact.Forms) > 1 && v.Forms != nil {
		exact.Forms = exact.Forms[1:]
		opts = append(opts, []dict.Atom{exact})
	}
	return dict.Elem{Kind: dict.ElemWords, Options: opts}
}

// tabariEndings are the regular endings TABARI gives a verb written with
// a final '_', appended without spelling changes.
var tabariEndings = []string{"s", "es", "ed", "en", "ing"}

func isLemmaText(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// addWords adds a word, synset or alternative group as one element. A
// member's word written in place keeps two equal options, so that it
// ranks as the alternative it came from (Rules.AlternativesWeighLess)
// and reads back so from annals' format.
func (c *Converter) addWords(e Elem, add func(dict.Elem, bool), next bool) {
	opts := c.options([]Elem{e}, 0)
	if len(opts) == 0 {
		return
	}
	if e.Member && len(opts) == 1 {
		opts = append(opts, opts[0])
	}
	add(dict.Elem{Kind: dict.ElemWords, Options: opts}, next)
}

// maxOptions bounds the alternatives one element expands to.
const maxOptions = 256

// options expands elems (words, synsets, groups) into the atom sequences
// they match, read as consecutive words.
func (c *Converter) options(elems []Elem, depth int) [][]dict.Atom {
	seqs := [][]dict.Atom{nil}
	for _, e := range elems {
		var alts [][]dict.Atom
		switch e.Kind {
		case KindWord:
			if e.Text == "" {
				continue
			}
			alts = [][]dict.Atom{c.atoms(e)}
		case KindSynset:
			if depth > 4 {
				continue
			}
			for _, m := range c.Synsets[strings.ToUpper(e.Text)] {
				alts = append(alts, c.options(m.Elems, depth+1)...)
			}
		case KindAlt:
			for _, a := range e.Alts {
				alts = append(alts, c.options(a, depth+1)...)
			}
		default:
			continue
		}
		if len(alts) == 0 {
			return nil
		}
		var next [][]dict.Atom
		for _, s := range seqs {
			for _, a := range alts {
				if len(next) >= maxOptions {
					break
				}
				// One allocation of the exact size: big verb files
				// expand hundreds of thousands of these.
				seq := make([]dict.Atom, len(s)+len(a))
				copy(seq[copy(seq, s):], a)
				next = append(next, seq)
			}
		}
		seqs = next
	}
	out := seqs[:0]
	for _, s := range seqs {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// atoms turns a word into atoms: its tokens, the last a stem unless the
// word ended in '_'.
func (c *Converter) atoms(e Elem) []dict.Atom {
	key, stem := dict.Key([]dict.Word{{Text: e.Text, Stem: c.Stems && !e.Exact}})
	out := make([]dict.Atom, len(key))
	for i, k := range key {
		out[i] = dict.Atom{Forms: []string{k}, Stem: stem[i]}
	}
	return out
}

// AddSet converts a loaded TABARI project: options (synsets), actors,
// agents and verbs.
func (c *Converter) AddSet(s *Set) {
	if s.Options != nil {
		c.AddOptions(s.Options)
	}
	for _, a := range s.Actors {
		c.AddActors(a)
	}
	for _, a := range s.Agents {
		c.AddAgents(a, false)
	}
	for _, v := range s.Verbs {
		c.AddVerbs(v)
	}
}

// String describes the converter, for debugging.
func (c *Converter) String() string {
	return fmt.Sprintf("tabari.Converter{stems: %v, synsets: %d}", c.Stems, len(c.Synsets))
}

// Rules returns r changed by the coding options of an options file that
// the engine honours: "DEFAULT: SOURCE [X] TARGET [Y]" and "DEFAULT: OFF",
// "SET: CONVERT AGENT" (a lone agent codes as "~GOV", or is no actor),
// "SET: MINIMUM WORDS", "SET: CODE BY SENTENCE|CLAUSE", "SET: CODE ALL" and
// "COMMA:" and the CONJ[n] test of "COMPLEX:". Other commands (the other
// COMPLEX tests, FORWARD, OUTPUT, LABEL, TIME SHIFT) are not honoured.
func Rules(r dict.Rules, o *Options) dict.Rules {
	for _, c := range o.Commands {
		switch c.Name {
		case "DEFAULT":
			r.DefaultSource, r.DefaultTarget = "", ""
			f := strings.Fields(strings.ToUpper(c.Args))
			for i := 0; i+1 < len(f); i++ {
				code := strings.Trim(f[i+1], "[]")
				// PRIOR: the default source stands in whenever no actor
				// precedes the verb; AFTER: the default target whenever
				// none follows it.
				next := ""
				if i+2 < len(f) {
					next = f[i+2]
				}
				switch f[i] {
				case "SOURCE":
					r.DefaultSource, r.DefaultSourceLate = code, next != "PRIOR"
				case "TARGET":
					r.DefaultTarget, r.DefaultTargetEarly = code, next != "AFTER"
				}
			}
		case "COMMA":
			r.Comma = commaRule(c.Args)
		case "COMPLEX":
			// Of the complexity tests only the count of conjunctions is
			// honoured; a new COMPLEX: line replaces the one before.
			r.ComplexConj = 0
			for _, it := range c.Items {
				if strings.EqualFold(it.Name, "CONJ") {
					n := 0
					fmt.Sscan(it.Value, &n)
					r.ComplexConj = max(n, 0)
				}
			}
		case "SET":
			for _, it := range c.Items {
				name, val := strings.ToUpper(it.Name), strings.ToUpper(strings.TrimSpace(it.Value))
				switch name {
				case "CONVERT AGENT":
					if val == "TRUE" {
						r.LoneAgent = "~"
					} else {
						r.LoneAgent = "none"
					}
				case "MINIMUM WORDS":
					n := 0
					fmt.Sscan(val, &n)
					r.MinWords = n
				case "CODE BY SENTENCE":
					r.OneEventPerClause, r.OneEventPerSentence = true, true
				case "CODE BY CLAUSE":
					r.OneEventPerClause, r.OneEventPerSentence = true, false
				case "CODE ALL":
					r.OneEventPerClause, r.OneEventPerSentence = false, false
				}
			}
		}
	}
	return r
}

// commaRule reads the arguments of "COMMA:": "OFF", or settings "MIN = 2
// MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0"; settings not given
// keep TABARI's defaults.
func commaRule(args string) dict.CommaRule {
	f := strings.Fields(strings.ToUpper(strings.ReplaceAll(args, "=", " = ")))
	if len(f) > 0 && f[0] == "OFF" {
		return dict.CommaRule{}
	}
	c := dict.TabariComma
	fields := map[string]*int{"MIN": &c.Min, "MAX": &c.Max, "EMIN": &c.EndMin, "EMAX": &c.EndMax, "BMIN": &c.BeginMin, "BMAX": &c.BeginMax}
	for i := 0; i+2 < len(f); i++ {
		if p, ok := fields[f[i]]; ok && f[i+1] == "=" {
			fmt.Sscan(f[i+2], p)
		}
	}
	return c
}
