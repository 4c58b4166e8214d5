package petrarch

import (
	"strings"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/tabari"
)

// AddVerbs1 converts a PETRARCH-1 verbs dictionary (CAMEO.verbpatterns,
// PETR.Validate.verbs) with c: each verb alone codes with its own code (or
// its block's), and each pattern of a block holds for every verb of the
// block. Words are whole words, as PETRARCH matched them. A block's
// patterns are added before its verbs, so that where a pattern and a verb
// alone match as many words ("broken down a treaty" by "* TREATY" and by
// "+BREAK_DOWN") the pattern wins, as PETRARCH tries patterns first.
func AddVerbs1(c *tabari.Converter, v *Verbs) {
	addBlocks(c, v, func(p *Pattern) []tabari.Elem { return compoundTargets(p.Elems) })
}

// addBlocks converts the verb blocks of v: the patterns of a block, as
// elems gives their elements, before its verbs alone.
func addBlocks(c *tabari.Converter, v *Verbs, elems func(*Pattern) []tabari.Elem) {
	c.AddSynsets(v.Synsets)
	for bi := range v.Blocks {
		b := &v.Blocks[bi]
		var alts [][]dict.Atom
		for _, vb := range b.Verbs {
			if vb.Ignored != "" || len(vb.Words) == 0 {
				continue
			}
			alts = append(alts, verbAtoms(vb))
		}
		if len(alts) == 0 {
			continue
		}
		el := dict.Elem{Kind: dict.ElemWords, Options: alts}
		spec := tabari.VerbSpec{Elem: &el}
		for pi := range b.Patterns {
			p := &b.Patterns[pi]
			if p.Ignored != "" {
				continue
			}
			if es := elems(p); len(es) > 0 {
				c.AddPattern(spec, es, p.Code, dict.Source{File: p.Pos.File, Line: p.Pos.Line}, p.Text)
			}
		}
		k := 0
		for _, vb := range b.Verbs {
			if vb.Ignored != "" || len(vb.Words) == 0 {
				continue
			}
			code := b.Code
			if vb.Code != nil {
				code = *vb.Code
			}
			el := dict.Elem{Kind: dict.ElemWords, Options: alts[k : k+1]}
			k++
			c.AddVerb(tabari.VerbSpec{Elem: &el}, code, dict.Source{File: vb.Pos.File, Line: vb.Pos.Line}, vb.Text)
		}
	}
}

// compoundTargets returns elems with each '%' after the verb read as the
// target: PETRARCH-1's "* WITH %" codes the subject with every member of
// the compound that follows; before the verb '%' keeps TABARI's meaning.
func compoundTargets(elems []tabari.Elem) []tabari.Elem {
	verb := -1
	for i, e := range elems {
		if e.Kind == tabari.KindVerb {
			verb = i
			break
		}
	}
	if verb < 0 {
		return elems
	}
	var out []tabari.Elem
	for i := verb + 1; i < len(elems); i++ {
		if elems[i].Kind == tabari.KindCompound {
			if out == nil {
				out = append([]tabari.Elem(nil), elems...)
			}
			out[i].Kind = tabari.KindTarget
		}
	}
	if out == nil {
		return elems
	}
	return out
}

// verbAtoms returns the atoms of a verb: its words in order, the verb word
// with all its forms.
func verbAtoms(vb Verb) []dict.Atom {
	var atoms []dict.Atom
	for k, w := range vb.Words {
		if k != vb.Head {
			key, _ := dict.Key([]dict.Word{{Text: w}})
			for _, t := range key {
				atoms = append(atoms, dict.Atom{Forms: []string{t}})
			}
			continue
		}
		base := dict.Fold(w)
		a := dict.Atom{Lemma: lemmaName(w)}
		if vb.FormsGiven {
			a.Forms = []string{base}
			for _, f := range vb.Forms {
				words, head := verbWords(f)
				if len(words) == 0 {
					continue
				}
				if head < 0 || head >= len(words) {
					head = 0
				}
				if len(words) > 1 && head == 0 && k < len(words) {
					head = k
				}
				a.Forms = append(a.Forms, dict.Fold(words[head]))
			}
		} else {
			a.Forms = dict.Inflect(base)
		}
		atoms = append(atoms, a)
	}
	return atoms
}

// lemmaName returns the verb's name for its atom: the word in capitals, or
// VERB when it holds other characters.
func lemmaName(w string) string {
	u := strings.ToUpper(w)
	for i := 0; i < len(u); i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return "VERB"
		}
	}
	if len(u) < 2 {
		return "VERB"
	}
	return u
}

// AddDiscards adds the phrases of a discard list. A final '_' asks for a
// whole word; otherwise the last word is a stem. Story-level discards
// ('+') are read as sentence-level ones.
func AddDiscards(c *tabari.Converter, d *Discards) {
	for _, e := range d.Entries {
		var words []dict.Word
		for i, w := range e.Words {
			exact := strings.HasSuffix(w, "_") || i < len(e.Words)-1
			for _, part := range strings.Split(strings.Trim(w, "_"), "_") {
				if part != "" {
					words = append(words, dict.Word{Text: part})
				}
			}
			if len(words) > 0 && !exact {
				words[len(words)-1].Stem = true
			}
		}
		c.B.AddDiscard(words, dict.Source{File: e.Pos.File, Line: e.Pos.Line})
	}
}
