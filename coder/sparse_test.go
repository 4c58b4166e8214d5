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
		{"a conjunction with a subject after it opens a clause far from the verb", "Zarnia praised Velmark on Monday and then Quorland said that it would warn Velmark.", "ZAR VEL 111|QUO VEL 160"},
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
			if g := strings.Join(triples(t, c, "2020-01-01", tt.text), "|"); g != tt.want {
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

// agentDict tries the agent rules: order, redundancy, "former".
const agentDict = `
actor ZAR
    name  zarnia
actor QUO
    name  quorland
actor VEL
    name  velmark
actor ZARGOV
    name  zarnian cabinet
actor NGM
    name  watchers guild
agent GOV
    noun  officials | minister
agent JUD
    noun  prosecutors
agent NGM
    noun  rights monitors
    order first

verb 160
    pattern  WARN
verb 111
    pattern  PRAISE
`

func TestAgentRules(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "agents.txt", Data: []byte(agentDict)})
	if err != nil {
		t.Fatal(err)
	}
	adjacent := d.Rules
	adjacent.AgentsAdjacent = true
	tests := []struct {
		name     string
		adjacent bool
		text     string
		want     string
	}{
		{"former makes any agent an elite", false, "Former Zarnia prosecutors warned Quorland.", "ZARELI QUO 160"},
		{"former after a redundant agent", false, "Former officials of the Zarnian cabinet warned Quorland.", "ZARGOVELI QUO 160"},
		{"a prefixed agent the code already holds", false, "Rights monitors Watchers Guild warned Quorland.", "NGM QUO 160"},
		{"a prefixed agent before in keeps its place", false, "Rights monitors in Zarnia warned Quorland.", "NGMZAR QUO 160"},
		{"words between bind an agent by default", false, "Zarnia's first deputy minister Velmark warned Quorland.", "ZARGOV QUO 160"},
		{"adjacent agents: words between", true, "Zarnia's first deputy minister warned Quorland.", "ZAR QUO 160"},
		{"adjacent agents: a possessive", true, "Zarnia's minister warned Quorland.", "ZARGOV QUO 160"},
		{"adjacent agents: only the first of a list", true, "The officials of Zarnia and Velmark praised Quorland.", "ZARGOV QUO 111|VEL QUO 111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := coder.New(d)
			if tt.adjacent {
				c = coder.New(d.WithRules(adjacent))
			}
			if g := strings.Join(triples(t, c, "2020-01-01", tt.text), "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestDefaultAndComplexRules(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "sparse.txt", Data: []byte(sparseDict)})
	if err != nil {
		t.Fatal(err)
	}
	with := func(f func(r *dict.Rules)) *coder.Coder {
		r := d.Rules
		r.DefaultSource, r.DefaultTarget = "DSR", "DTG"
		f(&r)
		return coder.New(d.WithRules(r))
	}
	prior := with(func(r *dict.Rules) {})
	late := with(func(r *dict.Rules) { r.DefaultSourceLate = true })
	early := with(func(r *dict.Rules) { r.DefaultTargetEarly = true })
	complexity := with(func(r *dict.Rules) { r.ComplexConj = 1 })
	tests := []struct {
		name string
		c    *coder.Coder
		text string
		want string
	}{
		{"prior: the default source", prior, "Somebody warned Quorland.", "DSR QUO 160"},
		{"after: a compound source takes the default target", prior, "Zarnia and Velmark warned nobody.", "ZAR DTG 160|VEL DTG 160"},
		{"late: the source after the verb", late, "Somebody warned Quorland.", "QUO DTG 160"},
		{"late: a compound after the verb", late, "Somebody warned Quorland and Velmark.", "QUO VEL 160"},
		{"early: a compound source acts on itself", early, "Zarnia and Velmark warned nobody.", "ZAR VEL 160"},
		{"few conjunctions: coded", complexity, "Zarnia and Velmark warned Quorland.", "ZAR QUO 160|VEL QUO 160"},
		{"too many conjunctions: too complex", complexity, "Zarnia and Velmark warned Quorland or its allies.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := strings.Join(triples(t, tt.c, "2020-01-01", tt.text), "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}
