package dict_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/dict"
)

func TestIsOwnFormat(t *testing.T) {
	tests := []struct {
		name, data string
		want       bool
	}{
		{"country", "country ARM\n    name  Armenia\n", true},
		{"verbs and comments", "# verbs\nverb 041\n    pattern  HOLD talks with +\n\nforms HOLD\n    is hold | held\n", true},
		{"tabari actors", "ARNOR  [ARN]\nGONDOR\n+MINAS_TIRITH\n\t[GON]\n", false},
		{"discard list", "BASEBALL\n+TYPHOON\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := dict.IsOwnFormat([]byte(tt.data)); got != tt.want {
			t.Errorf("%s: IsOwnFormat = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTrieStems(t *testing.T) {
	tr := dict.NewTrie[string]()
	tr.Insert([]string{"north", "yemen"}, "exact")
	tr.InsertStems([]string{"argentin"}, []bool{true}, "stem")
	tr.InsertStems([]string{"north", "kor"}, []bool{false, true}, "inner")
	tests := []struct {
		text string
		want string
	}{
		{"argentina", "stem/1"},
		{"argentin", "stem/1"},
		{"argent", ""},
		{"north yemen", "exact/2"},
		{"north koreans", "inner/2"},
	}
	for _, tt := range tests {
		toks := strings.Fields(tt.text)
		var got []string
		tr.Match(len(toks), func(j int) string { return toks[j] }, func(n int, vals []string) bool {
			for _, v := range vals {
				got = append(got, v+"/"+string(rune('0'+n)))
			}
			return true
		})
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

func TestWriteReadsBack(t *testing.T) {
	src := "rules\n    lone-agent  none\n\nactor AR1\n    name  arnor*\n\nagent NGO\n    order  first\n    noun  activists\n\nverb 032:033\n    pattern  % ... ARRIVE* [in|at] +\n\nverb discard\n    pattern  football\n\nverb =075A\n    pattern  ACCORD\n"
	d, err := dict.Load(dict.File{Name: "a.txt", Data: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := dict.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	d2, err := dict.Load(dict.File{Name: "b.txt", Data: []byte(b.String())})
	if err != nil {
		t.Fatalf("written dictionary does not read back: %v\n%s", err, b.String())
	}
	if d2.Rules != d.Rules || len(d2.Patterns) != len(d.Patterns) || d2.Stats().ActorPhrases != d.Stats().ActorPhrases {
		t.Errorf("read back differs:\n%s", b.String())
	}
	for i, p := range d2.Patterns {
		if p.Code != d.Patterns[i].Code || p.Paired != d.Patterns[i].Paired || p.Compound != d.Patterns[i].Compound {
			t.Errorf("pattern %d: %s %s:%s %v, want %s:%s %v", i, p.Text, p.Code, p.Paired, p.Compound, d.Patterns[i].Code, d.Patterns[i].Paired, d.Patterns[i].Compound)
		}
	}
}

// TestSparseRulesReadBack writes and reads back the rules, the skip element
// and the gapped actor phrases made for TABARI's sparse parse.
func TestSparseRulesReadBack(t *testing.T) {
	src := "rules\n    negation-in-patterns  yes\n    target-after-verb  yes\n    source-first-in-clause  yes\n    one-event-per-sentence  yes\n    comma-clauses  2 10 2 10 255 0\n\nactor ZARRAD\n    name  zarnian ... radio\n\nverb 161\n    pattern  WARN at ^ ... +\n"
	d, err := dict.Load(dict.File{Name: "a.txt", Data: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	want := dict.Rules{NegationInPatterns: true, TargetAfterVerb: true, SourceFirstInClause: true, OneEventPerSentence: true, Comma: dict.TabariComma}
	if d.Rules != want {
		t.Errorf("rules %+v, want %+v", d.Rules, want)
	}
	if len(d.Gapped) != 1 || len(d.Gapped[0].Parts) != 2 {
		t.Fatalf("gapped phrases %+v, want one of two parts", d.Gapped)
	}
	var b strings.Builder
	if err := dict.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	d2, err := dict.Load(dict.File{Name: "b.txt", Data: []byte(b.String())})
	if err != nil {
		t.Fatalf("written dictionary does not read back: %v\n%s", err, b.String())
	}
	if d2.Rules != d.Rules || len(d2.Gapped) != 1 || d2.Patterns[0].Elems[2].Kind != dict.ElemSkip {
		t.Errorf("read back differs:\n%s", b.String())
	}
	if _, err := dict.Load(dict.File{Name: "c.txt", Data: []byte("rules\n    comma-clauses  2 10\n")}); err == nil {
		t.Error("comma-clauses with two numbers: no error")
	}
}
