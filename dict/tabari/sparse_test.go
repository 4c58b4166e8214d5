package tabari_test

import (
	"testing"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/tabari"
)

// TestSparseOptions reads the options that set TABARI's coding mode:
// comma clauses and CODE BY.
func TestSparseOptions(t *testing.T) {
	tests := []struct {
		opts string
		want dict.Rules
	}{
		{"COMMA: OFF", dict.Rules{}},
		{"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", dict.Rules{Comma: dict.CommaRule{Min: 4, Max: 6, EndMin: 3, EndMax: 6, BeginMin: 3, BeginMax: 8}}},
		{"COMMA: MAX=7", dict.Rules{Comma: dict.CommaRule{Min: 2, Max: 7, EndMin: 2, EndMax: 10, BeginMin: 255}}},
		{"SET: CODE BY SENTENCE", dict.Rules{OneEventPerClause: true, OneEventPerSentence: true}},
		{"SET: CODE BY CLAUSE", dict.Rules{OneEventPerClause: true}},
		{"SET: CODE ALL", dict.Rules{}},
	}
	for _, tt := range tests {
		base := dict.Rules{OneEventPerClause: true, OneEventPerSentence: true, Comma: dict.TabariComma}
		if tt.opts == "SET: CODE BY CLAUSE" || tt.opts == "SET: CODE BY SENTENCE" || tt.opts == "SET: CODE ALL" {
			base.Comma = dict.CommaRule{}
		} else {
			base.OneEventPerClause, base.OneEventPerSentence = false, false
		}
		got := tabari.Rules(base, tabari.ParseOptions("t.options", []byte(tt.opts+"\n")))
		if got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.opts, got, tt.want)
		}
	}
}

// TestActorPhraseShapes converts actor phrases: a whole word takes the
// regular noun endings, '=' none, and a blank lets words stand between.
func TestActorPhraseShapes(t *testing.T) {
	b := dict.NewBuilder()
	c := tabari.NewConverter(b, true)
	c.AddActors(tabari.ParseActors("t.actors", []byte("ZARNIA_  [ZAR]\nMOUSE= [MUS]\nZARNIAN RADIO_  [ZARRAD]\n")))
	d, _ := b.Build()
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"zarnia", true}, {"zarnias", true}, {"zarniaes", true}, {"zarniaxx", false},
		{"mouse", true}, {"mouses", false},
	} {
		if got := len(d.Actors.Get([]string{tt.phrase})) > 0; got != tt.want {
			t.Errorf("%s: found %v, want %v", tt.phrase, got, tt.want)
		}
	}
	if len(d.Gapped) != 3 {
		t.Errorf("gapped phrases: %d, want 3 (radio, radios, radioes)", len(d.Gapped))
	}
}
