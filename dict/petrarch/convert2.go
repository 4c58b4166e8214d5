package petrarch

import (
	"strings"

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
// "* ARMS_SHIPMENT TO +". Transformations ("~ a (b . BOMBARD) …"), which
// rewrite events about events, are not converted.
func AddVerbs2(c *tabari.Converter, v *Verbs) {
	addBlocks(c, v, func(p *Pattern) []tabari.Elem {
		elems, _ := tabari.ParsePattern(p.Pos, Flatten2(p.Text))
		return compoundTargets(elems)
	})
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
