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
)

// An invented PETRARCH-1 verbs file and actors file: a block whose pattern
// matches as many words as one of its verbs alone, and a compound after
// the verb.
const (
	convertVerbs = `####### VERB PATTERNS #######

--- SNAP [1711] ---
SNAP
+SNAP_OFF {+SNAPS_OFF +SNAPPED_OFF +SNAPPING_OFF}
- * PACT  [161]

--- CONCUR [081] ---
CONCUR
- * WITH % [031]
`
	convertActors = `ZARNIA [ZAR]
QUORLAND [QUO]
VOSTIA [VOS]
TWIN_LEAGUE [ZAR/QUO]
`
)

func TestPetrarch1Conversion(t *testing.T) {
	d, _, err := load.Data(dict.File{Name: "test.verbs.txt", Data: []byte(convertVerbs)}, dict.File{Name: "test.actors.txt", Data: []byte(convertActors)})
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(d)
	tests := []struct{ name, text, want string }{
		{"a pattern beats its verb alone", "Zarnia snapped off a pact with Quorland.", "ZAR→QUO 161"},
		{"a compound after the verb is the target", "Zarnia concurs with Quorland and Vostia.", "ZAR→QUO 031, ZAR→VOS 031"},
		{"a compound code codes each of its actors", "The twin league snapped off a pact with Vostia.", "QUO→VOS 161, ZAR→VOS 161"},
	}
	var buf strings.Builder
	if err := dict.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "actor ZAR/QUO") {
		t.Errorf("the compound code was not written whole:\n%s", buf.String())
	}
	if _, err := dict.Load(dict.File{Name: "converted.txt", Data: []byte(buf.String())}); err != nil {
		t.Errorf("the converted dictionary does not read back: %v", err)
	}
	for _, tt := range tests {
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
