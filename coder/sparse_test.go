package coder_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// sparseDict uses the rules and pattern elements made for TABARI's sparse
// parse: negation in patterns, first-actor roles, comma clauses, the skip
// element '^' and actor phrases whose words may stand apart.
const sparseDict = `
rules
    capital-not-verb        yes
    one-event-per-clause    yes
    lone-agent              none
    negation-in-patterns    yes
    target-after-verb       yes
    source-first-in-clause  yes
    comma-clauses           2 10 2 10 255 0

actor ZAR
    name  zarnia
actor QUO
    name  quorland
actor VEL
    name  velmark
actor ZARRAD
    name  zarnian ... radio
agent GOV
    noun  officials

verb 160
    pattern  WARN
verb 161
    pattern  WARN at ^ ... +
verb 111
    pattern  PRAISE
verb 112
    pattern  never PRAISE
verb 020
    pattern  HOPE
`

func TestSparseRules(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "sparse.txt", Data: []byte(sparseDict)})
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(d)
	tests := []struct {
		name, text, want string
	}{
		{"negation written in a pattern", "Zarnia never praised Quorland.", "ZAR QUO 112"},
		{"negation left to the patterns", "Zarnia did not praise Quorland.", "ZAR QUO 111"},
		{"target past that", "Zarnia hoped that Quorland would agree.", "ZAR QUO 020"},
		{"source first in the clause", "Zarnia says that Quorland warned Velmark.", "ZAR VEL 160"},
		{"a clause without an actor takes the source before", "Zarnia praised Velmark on Monday and then warned Quorland.", "ZAR VEL 111|ZAR QUO 160"},
		{"skip an actor", "Zarnia warned at the Quorland of Velmark.", "ZAR VEL 161"},
		{"words apart in an actor phrase", "Quorland warned Zarnian state-run radio.", "QUO ZARRAD 160"},
		{"underscore joins words", "Quorland warned Zarnian_radio.", "QUO ZARRAD 160"},
		{"inner comma stretch deleted", "Zarnia praised, as Velmark had done, Quorland.", "ZAR QUO 111"},
		{"end stretch deleted", "Zarnia praised the plan, Velmark officials said.", ""},
		{"list member kept", "Zarnia, Quorland, and Velmark warned.", "ZAR QUO 160|ZAR VEL 160|QUO ZAR 160|QUO VEL 160|VEL ZAR 160|VEL QUO 160"},
		{"all capitals", "ZARNIA WARNED QUORLAND.", "ZAR QUO 160"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range code(t, c, "2020-01-01", tt.text) {
				f := strings.Fields(l)
				got = append(got, strings.Join(f[:3], " "))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestOneEventPerSentence(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "sparse.txt", Data: []byte(sparseDict)})
	if err != nil {
		t.Fatal(err)
	}
	text := "Zarnia praised Velmark; Quorland warned Velmark."
	if got := strings.Join(code(t, coder.New(d), "2020-01-01", text), "|"); strings.Count(got, "|") != 1 {
		t.Errorf("by clause: got %q, want two events", got)
	}
	r := d.Rules
	r.OneEventPerSentence = true
	got := code(t, coder.New(d.WithRules(r)), "2020-01-01", text)
	if len(got) != 1 || !strings.HasPrefix(got[0], "ZAR VEL 111") {
		t.Errorf("by sentence: got %q, want only ZAR VEL 111", got)
	}
}
