package petrarch

import (
	"strings"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/tabari"
)

// AddVerbs2 converts a PETRARCH-2 verbs dictionary (CAMEO.2.0.txt) with c,
// as AddVerbs1 converts PETRARCH-1's: each verb alone codes with its own
// code or its block's, and each pattern holds for every verb of its block.
//
// PETRARCH-2 matched a pattern against the parse tree: its noun phrases
// ("{ARMS SHIPMENT}") against the heads of the verb's subject and object,
// its prepositional phrases ("(TO +)") against the phrases attached to the
// verb. annals has no parse, so a pattern becomes the words it names in the
// order it names them, with other words allowed between them but none
// inside a "{…}" phrase: "- * {ARMS SHIPMENT} (TO +)" reads as TABARI's
// "* ARMS_SHIPMENT TO +". Transformations ("~ a (b . BOMBARD) SAY = a b
// 112"), which rewrite events about events, become transforms (see
// Transforms2).
func AddVerbs2(c *tabari.Converter, v *Verbs) {
	addBlocks(c, v, func(p *Pattern) []tabari.Elem {
		elems, _ := tabari.ParsePattern(p.Pos, Flatten2(p.Text))
		return compoundTargets(elems)
	})
	for _, t := range Transforms2(v) {
		c.B.AddTransform(t)
	}
}

// Transforms2 converts the transformations of a PETRARCH-2 verbs file into
// annals transforms. PETRARCH-2 names verbs and matches the events they
// code: the inner verb ("ATTACK") stands for its code (190, and so the
// whole 19 branch), the outer verb ("SAY") for itself and the verbs of its
// block that share its code ("REPORT", "MENTION"). A transformation whose
// inner event is itself an event about an event, or that names a verb the
// file lacks, cannot be converted and is left out.
func Transforms2(v *Verbs) []*dict.Transform {
	type verbInfo struct {
		code  string
		block int
	}
	verbs := map[string][]verbInfo{}
	for bi := range v.Blocks {
		b := &v.Blocks[bi]
		for _, vb := range b.Verbs {
			if vb.Ignored != "" || len(vb.Words) == 0 || vb.Head < 0 || vb.Head >= len(vb.Words) {
				continue
			}
			code := b.Code.Value
			if vb.Code != nil {
				code = vb.Code.Value
			}
			name := lemmaName(vb.Words[vb.Head])
			if len(vb.Words) == 1 {
				verbs[name] = append(verbs[name], verbInfo{code, bi})
			}
		}
	}
	codeOf := func(name string) string {
		for _, in := range verbs[name] {
			if c, _, _ := strings.Cut(in.code, ":"); c != "" && c != "---" {
				return c
			}
		}
		return ""
	}
	outer := func(name string) []string {
		out := []string{name}
		seen := map[string]bool{name: true}
		for _, in := range verbs[name] {
			if in.code == "" || in.code == "---" {
				continue
			}
			b := &v.Blocks[in.block]
			for _, vb := range b.Verbs {
				if vb.Ignored != "" || len(vb.Words) != 1 {
					continue
				}
				code := b.Code.Value
				if vb.Code != nil {
					code = vb.Code.Value
				}
				if n := lemmaName(vb.Words[0]); code == in.code && !seen[n] && n != "VERB" {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
		return out
	}
	var out []*dict.Transform
	for _, tr := range v.Transformations {
		in := tr.From.Inner
		if in == nil || in.Inner != nil || len(verbs[tr.From.Verb]) == 0 {
			continue
		}
		t := &dict.Transform{
			Outer:       outer(tr.From.Verb),
			InnerSource: in.Source, InnerTarget: in.Target,
			Source: tr.To[0], Target: tr.To[1], Code: tr.To[2],
			Src: dict.Source{File: tr.Pos.File, Line: tr.Pos.Line},
		}
		if tr.From.Source != "a" {
			// annals calls the outer subject a; rename.
			t.InnerSource, t.InnerTarget = rename(t.InnerSource, tr.From.Source), rename(t.InnerTarget, tr.From.Source)
			t.Source, t.Target = rename(t.Source, tr.From.Source), rename(t.Target, tr.From.Source)
		}
		switch {
		case in.Verb == "Q":
			t.Inner = dict.InnerCode
		case codeOf(in.Verb) != "":
			t.Inner = codeOf(in.Verb)
		default:
			continue
		}
		if t.Code == "Q" {
			t.Code = dict.InnerCode
		}
		out = append(out, t)
	}
	return out
}

// rename swaps the letter a with the outer subject's letter s.
func rename(r, s string) string {
	switch r {
	case s:
		return "a"
	case "a":
		return s
	}
	return r
}

// Flatten2 rewrites a PETRARCH-2 pattern in TABARI's syntax: "{A B}"
// becomes "A_B" (consecutive words), parentheses are dropped, markers and
// synsets stay. A synset inside a phrase cannot be joined in TABARI's
// syntax, so other words may stand next to it.
func Flatten2(text string) string {
	var b strings.Builder
	inPhrase := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '(', ')':
			b.WriteByte(' ')
		case '{':
			b.WriteByte(' ')
			inPhrase = true
		case '}':
			b.WriteByte(' ')
			inPhrase = false
		case ' ', '\t':
			if inPhrase {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		default:
			b.WriteByte(c)
		}
	}
	words := strings.Fields(b.String())
	for k, w := range words {
		var parts []string
		for _, p := range strings.Split(w, "_") {
			if p != "" {
				parts = append(parts, p)
			}
		}
		// "_&WEAPON_ATTACK" is "&WEAPON ATTACK": a synset joins nothing.
		var out []string
		for j, p := range parts {
			if j > 0 && (strings.HasPrefix(p, "&") || strings.HasPrefix(parts[j-1], "&")) {
				out = append(out, " ")
			} else if j > 0 {
				out = append(out, "_")
			}
			out = append(out, p)
		}
		words[k] = strings.Join(out, "")
	}
	return strings.Join(words, " ")
}
