package coder_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// pronounDict uses the rules TABARI verb files add to the sparse parse:
// pronouns stand for the sentence's first actor, a target may stand
// before the verb, and alternatives rank below fixed words. Every verb is
// coded (no one-event-per-clause).
const pronounDict = `
rules
    lone-agent               none
    negation-in-patterns     yes
    target-after-verb        yes
    source-first-in-clause   yes
    pronouns                 yes
    target-before-verb       yes
    alternatives-weigh-less  yes

actor ZAR
    name  zarnia
actor QUO
    name  quorland
actor VEL
    name  velmark
person
    name  grimholt
    role  GRM 1990-01-01 1999-12-31
    role  discard 2000-01-01 -

verb 042
    pattern  PRESS
verb 050
    pattern  HELP
verb 070
    pattern  OFFER ... (grain|rice)
verb 071
    pattern  OFFER ... grain
verb 073
    pattern  SHIP ... through $
verb 180
    pattern  + was HIT ... hard
verb 195
    pattern  SHELL
`

func TestTabariPronounRules(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "pronoun.txt", Data: []byte(pronounDict)})
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(d)
	tests := []struct {
		name, pub, text, want string
	}{
		{"a pronoun that is the source again is passed over: the actor before the verb is the target",
			"2020-01-01", "Zarnia pressed Quorland to help it.", "ZAR QUO 042|ZAR QUO 050"},
		{"a plural pronoun stands for the whole compound",
			"2020-01-01", "Zarnia and Velmark pressed Quorland to help them.", "VEL QUO 042|VEL QUO 050|ZAR QUO 042|ZAR QUO 050"},
		{"a pronoun after the verb is its target",
			"2020-01-01", "Zarnia pressed Quorland on Monday and Velmark helped it.", "VEL ZAR 050|ZAR QUO 042"},
		{"a pronoun as the subject of a later clause",
			"2020-01-01", "Zarnia pressed Quorland and then it asked that Velmark help.", "ZAR QUO 042|ZAR VEL 050"},
		{"a pronoun with no actor before it stands for nobody",
			"2020-01-01", "It helped Quorland.", ""},
		{"no target after the verb: the actor before it",
			"2020-01-01", "Zarnia pressed Quorland to help.", "ZAR QUO 042|ZAR QUO 050"},
		{"a fixed word outranks an alternative of the same length",
			"2020-01-01", "Zarnia offered grain to Quorland.", "ZAR QUO 071"},
		{"the alternative still codes where the fixed word is absent",
			"2020-01-01", "Zarnia offered rice to Quorland.", "ZAR QUO 070"},
		{"a source slot: the target is the first other actor after the verb",
			"2020-01-01", "Zarnia shipped aid through Velmark to Quorland.", "VEL QUO 073"},
		{"a pattern that places the target before 'was': the source follows the verb",
			"2020-01-01", "Zarnia was hit hard in Quorland.", "QUO ZAR 180"},
		{"a -ly adverb inside a passive",
			"2020-01-01", "Zarnia was fiercely shelled by Quorland.", "QUO ZAR 195"},
		{"neither … nor makes a compound",
			"2020-01-01", "Neither Zarnia nor Velmark helped Quorland.", "VEL QUO 050|ZAR QUO 050"},
		{"a word before 's is a noun, not the verb",
			"2020-01-01", "Zarnia reviewed the help's terms with Quorland.", ""},
		{"a name with a discard role stops the sentence during it",
			"2005-06-01", "Zarnia helped Grimholt.", ""},
		{"outside the discard role the name codes",
			"1995-06-01", "Zarnia helped Grimholt.", "ZAR GRM 050"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := triples(t, c, tt.pub, tt.text)
			sort.Strings(got)
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}
