package coder_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// petrarchDict exercises what dictionaries converted from PETRARCH-1 and
// Phoenix need: negation written into patterns, the target after the
// verb, a comma clause with its own subject, epithets inside a compound,
// countries whose code changes with the date, namesakes told apart by
// their term, and an agent written before its actor.
const petrarchDict = `
rules
    capital-not-verb      yes
    one-event-per-clause  yes
    missing-target        ---
    negation-in-patterns  yes
    target-after-verb     yes
    comma-opens-clause    yes

actor ZAR
    name  zarnia
actor QUO
    name  quorland
agent GOV
    noun  government | official | officials
agent NGM
    order  first
    noun   lantern watch
agent MED
    noun  media
agent LEG
    noun  lawmakers
actor ZAR/QUO
    name  twin league

person
    name  Vostia | Vostian
    role  USRVOS 1950-01-01 1991-12-25
    role  VOS 1991-12-26 -
person
    name  President Halden
    role  ZARGOV 1990-01-01 1999-12-31
    code  ZARELI
person
    name  President Halden
    role  ZARGOV 2001-01-01 2008-12-31
    code  ZARELI

forms SAY
    is  say | says | said | saying

verb 120
    pattern  ACCUSE
verb 023
    pattern  SAY
verb 024
    pattern  ALLOW * kindly
verb 111
    pattern  not SCOLD
verb 160
    pattern  SCOLD
`

func TestPetrarchRules(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "petrarch.txt", Data: []byte(petrarchDict)})
	if err != nil {
		t.Fatal(err)
	}
	r := d.Rules
	r.CommaOpensClause = false
	without := coder.New(d.WithRules(r))
	if got := strings.Join(code(t, without, "2020-01-01", "Zarnia accused Quorland, a senior official said."), "|"); strings.Contains(got, " 023") {
		t.Errorf("comma-opens-clause off: the reported clause was coded: %q", got)
	}
	r.CommaOpensClause = true
	c := coder.New(d.WithRules(r))
	tests := []struct {
		name, date, text, want string
	}{
		{"negation written into the pattern", "2020-01-01", "Zarnia did not scold Quorland.", "ZAR QUO 111"},
		{"target inside the pattern's words", "2020-01-01", "Zarnia allowed that Quorland was treated kindly.", "ZAR QUO 024"},
		{"comma clause with its own subject", "2020-01-01", "Zarnia accused Quorland, a senior official said.", "ZAR QUO 120|---GOV --- 023"},
		{"epithets inside a compound", "2020-01-01", "Zarnia and the proud ancient Quorland accused Vostia.", "ZAR VOS 120|QUO VOS 120"},
		{"dated country composes with an agent", "2020-01-01", "The Vostian government accused Zarnia.", "VOSGOV ZAR 120"},
		{"dated country before its change", "1980-01-01", "The Vostian government accused Zarnia.", "USRVOS ZAR 120"},
		{"namesake in office on the day", "2005-06-01", "President Halden accused Quorland.", "ZARGOV QUO 120"},
		{"agent written before its actor", "2020-01-01", "The lantern watch Zarnia accused Quorland.", "NGMZAR QUO 120"},
		{"subordinate clause after a comma is no clause of its own", "2020-01-01", "Zarnia accused Quorland, days after Vostia scolded the envoy.", "ZAR QUO 120"},
		{"no target past a comma that opens a clause", "2020-01-01", "Zarnia accused the envoy, a Quorland official said.", "ZAR --- 120|QUOGOV --- 023"},
		{"compound code: an event with each actor", "2020-01-01", "The twin league accused Vostia.", "ZAR VOS 120|QUO VOS 120"},
		{"compound code composes with an agent", "2020-01-01", "The twin league government accused Vostia.", "ZARGOV VOS 120|QUOGOV VOS 120"},
		{"lone agent shares the country before it", "2020-01-01", "Zarnia media and government accused Quorland.", "ZARMED QUO 120|ZARGOV QUO 120"},
		{"lone agent shares the countries after it", "2020-01-01", "Lawmakers and officials in Zarnia and Quorland accused Vostia.", "ZARLEG VOS 120|QUOLEG VOS 120|ZARGOV VOS 120|QUOGOV VOS 120"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := strings.Join(triples(t, c, tt.date, tt.text), "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}
