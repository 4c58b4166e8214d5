package coder_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// foreignDict uses the format additions made for TABARI and PETRARCH
// dictionaries: stems, long gaps, compound sources, paired, discard and
// odd codes, actors of any code, agents placed first, and rules.
const foreignDict = `
rules
    capital-not-verb      yes
    one-event-per-clause  yes
    lone-agent            ~

actor ZAR
    name  zarnia*
actor QUO
    name  quorland
actor YEMNO
    name  north yemen
agent GOV
    noun  government
agent NGM
    order  first
    noun   human rights activists

forms RESTOR
    is  restor*

verb 064
    pattern  RESTOR ... diplomatic ties
verb 032:033
    pattern  ARRIVE in +
verb 043
    pattern  % REJOICE
verb discard
    pattern  PLAY football
verb =174K
    pattern  BARGAIN for asylum
verb 120
    pattern  ACCUSE
`

func TestForeignRules(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "foreign.txt", Data: []byte(foreignDict)})
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(d)
	tests := []struct {
		name, text, want string
	}{
		{"stem actor and long gap", "Zarnian envoys will restore full and lasting diplomatic ties with Quorland.", "ZAR QUO 064"},
		{"stem verb form", "Zarnia restored, after long delays, diplomatic ties with Quorland.", "ZAR QUO 064"},
		{"capitalised word is no verb", "Zarnia is about To Restore diplomatic ties with Quorland.", ""},
		{"paired code", "The Zarnian government arrived in Quorland on Monday.", "ZARGOV QUO 032|QUO ZARGOV 033"},
		{"compound source", "Zarnia and Quorland rejoiced.", "ZAR QUO 043|QUO ZAR 043"},
		{"discard pattern", "Zarnia will play football with Quorland and accuse it.", ""},
		{"odd code", "Zarnia will bargain for asylum with Quorland.", "ZAR QUO 174K"},
		{"agent first", "Zarnian human rights activists accused Quorland.", "NGMZAR QUO 120"},
		{"lone agent", "The government accused North Yemen.", "~GOV YEMNO 120"},
		{"one event per clause", "Zarnia accused Quorland of trying to restore diplomatic ties with North Yemen.", "ZAR QUO 120"},
		{"a new clause", "Zarnia accused Quorland and restored diplomatic ties with North Yemen.", "ZAR QUO 120|ZAR YEMNO 064"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := strings.Join(triples(t, c, "2020-01-01", tt.text), "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestForeignDefaults(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "foreign.txt", Data: []byte(foreignDict)})
	if err != nil {
		t.Fatal(err)
	}
	r := d.Rules
	r.DefaultTarget = "DEFTAR"
	r.MinWords = 4
	c := coder.New(d.WithRules(r))
	if got := strings.Join(code(t, c, "2020-01-01", "Zarnia accused."), "|"); got != "" {
		t.Errorf("short sentence coded: %q", got)
	}
	if got := code(t, c, "2020-01-01", "Yesterday Zarnia bitterly accused."); len(got) != 1 || !strings.HasPrefix(got[0], "ZAR DEFTAR 120") {
		t.Errorf("default target: got %q", got)
	}
}
