package load_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/load"
	"github.com/annals-dev/annals/dict/petrarch"
)

// An invented PETRARCH-2 verbs file: noun phrases, prepositional phrases,
// a synset, markers after a phrase, and a transformation.
const convertVerbs2 = `&CARGO
+GRAIN
+TIMBER

####### VERB PATTERNS #######

---  HURRY   [---]  ---
HURRY {HURRIES HURRYING HURRIED }
SPEED {SPEEDING SPEEDS SPED }
- * {SURVEY SHIPS} (TO +)                              [072]         # HURRY
- * &CARGO (TO +)                                      [073]         # SPEED
- * (TO {BORDER POSTS}) $                              [154]         # HURRY

---  BLAME   [112]  ---
BLAME

######## TRANSFORMATIONS ##########

~ a (b . ATTACK) SAY = a b 112
`

func TestPetrarch2Conversion(t *testing.T) {
	d, probs, err := load.Data(dict.File{Name: "test.2.0.txt", Data: []byte(convertVerbs2)}, dict.File{Name: "test.actors.txt", Data: []byte(convertActors)})
	if err != nil {
		t.Fatal(err)
	}
	var said bool
	for _, p := range probs {
		said = said || strings.Contains(p.Message, "1 transformations")
	}
	if !said {
		t.Errorf("the unconverted transformation is not reported: %v", probs)
	}
	c := coder.New(d)
	for _, tt := range []struct{ name, text, want string }{
		{"a noun phrase and a prepositional phrase", "Zarnia hurried survey ships to Quorland.", "ZAR→QUO 072"},
		{"the words of a noun phrase are consecutive", "Zarnia hurried survey and fishing ships to Quorland.", ""},
		{"a synset", "Zarnia sped timber to Quorland.", "ZAR→QUO 073"},
		{"a source marker after a prepositional phrase", "Quorland hurried to border posts near Zarnia.", "ZAR→QUO 154"},
		{"a verb alone", "Zarnia blamed Vostia.", "ZAR→VOS 112"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := c.Code(context.Background(), &annals.Document{ID: "t", Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Trim(fmtEvents(evs), "[]"); got != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFlatten2(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"* (TO)", "* TO"},
		{"* AID", "* AID"},
		{"* {ARMS SHIPMENT}", "* ARMS_SHIPMENT"},
		{"* POLICE (TO BORDER)", "* POLICE TO BORDER"},
		{"$ * (AS &NEGOTIATOR) (IN TALK) (WITH +)", "$ * AS &NEGOTIATOR IN TALK WITH +"},
		{"* (TO {BANNED PARTIES}) $", "* TO BANNED_PARTIES $"},
		{"* &SECURITY (OVER {&WEAPON ATTACK})", "* &SECURITY OVER &WEAPON ATTACK"},
		{"* {A  B\tC}", "* A_B_C"},
		{"{ }", ""},
		{"* ((TO))", "* TO"},
		{"", ""},
	} {
		if got := petrarch.Flatten2(tt.in); got != tt.want {
			t.Errorf("Flatten2(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
