package tabari_test

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/tabari"
)

// formsVerbs exercises how TABARI verbs and patterns are read: endings
// added as written, an irregular form without '_' as a stem, members of
// alternatives and synsets whose words a blank separates, and an actor
// that discards the sentence after a date.
const formsVerbs = `<SYNSETS>
&GRAIN
+WHEAT
+PALE YELLOW_MAIZE
</SYNSETS>
QUIT_ [032]
MEND_ [100]
{ MENDING_ FIXITUDE }
WARN  [160]
- * { GENTLY REPEATEDLY | FIRMLY ONCE } +  [161]
GIFT  [070]
- * &GRAIN  [071]
`

const formsActors = `ZARNIA_ [ZAR]
QUORLAND_ [QUO]
GRIMHOLT_ [GRM <000101] [###]
`

func TestVerbFormsAndMembers(t *testing.T) {
	b := dict.NewBuilder()
	r := b.Rules()
	r.NegationInPatterns, r.TargetAfterVerb, r.SourceFirstInClause = true, true, true
	r.Pronouns, r.TargetBeforeVerb, r.AlternativesWeighLess = true, true, true
	b.SetRules(r)
	c := tabari.NewConverter(b, true)
	c.AddActors(tabari.ParseActors("t.actors", []byte(formsActors)))
	c.AddVerbs(tabari.ParseVerbs("t.verbs", []byte(formsVerbs)))
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	cd := coder.New(d)
	tests := []struct {
		name, pub, text, want string
	}{
		{"ending ES as written", "2020-01-01", "Zarnia quites Quorland.", "ZAR QUO 032"},
		{"ending EN as written", "2020-01-01", "Zarnia quiten Quorland.", "ZAR QUO 032"},
		{"no other ending", "2020-01-01", "Zarnia quitx Quorland.", ""},
		{"an irregular form without '_' is a stem", "2020-01-01", "Zarnia fixitudes Quorland.", "ZAR QUO 100"},
		{"an irregular form with '_' is whole", "2020-01-01", "Zarnia mendingly Quorland.", ""},
		{"a blank inside an alternative lets words stand between", "2020-01-01", "Zarnia warned gently and repeatedly Quorland.", "ZAR QUO 161"},
		{"a blank inside a synset member lets words stand between", "2020-01-01", "Zarnia gifted pale sweet yellow maize to Quorland.", "ZAR QUO 071"},
		{"an underscore inside a synset member does not", "2020-01-01", "Zarnia gifted pale yellow sweet maize to Quorland.", "ZAR QUO 070"},
		{"a dated discard code stops the sentence", "2005-01-01", "Zarnia quit Grimholt.", ""},
		{"before its date the actor codes", "1995-01-01", "Zarnia quit Grimholt.", "ZAR GRM 032"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, _ := time.Parse(time.DateOnly, tt.pub)
			evs, err := cd.Code(context.Background(), &annals.Document{ID: "t", Date: day, Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+string(e.Code))
			}
			sort.Strings(got)
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}
