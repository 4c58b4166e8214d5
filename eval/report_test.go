package eval_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/eval"
)

func testReport() eval.Report {
	return eval.Report{
		Documents: 3,
		Root:      eval.Level{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3},
		Actor:     eval.Level{TP: 1, FP: 2, FN: 2, Precision: 1.0 / 3, Recall: 1.0 / 3, F1: 1.0 / 3},
		Strict:    eval.Level{TP: 0, FP: 3, FN: 3},
		Dated:     eval.Level{TP: 1, FN: 7, Precision: nan, Recall: 0.125, F1: nan},
		Misses: []eval.Miss{
			{Kind: "miss", Doc: "a", Source: "RUSGOV", Target: "AZEGOV", Code: "040"},
			{Kind: "extra", Doc: "b", Source: "None", Target: "", Code: "42"},
		},
	}
}

func TestWriteText(t *testing.T) {
	head := `documents: 3
root    P=0.667 R=0.667 F1=0.667 (tp=2 fp=1 fn=1)
actor   P=0.333 R=0.333 F1=0.333 (tp=1 fp=2 fn=2)
strict  P=0.000 R=0.000 F1=0.000 (tp=0 fp=3 fn=3)
dated   R=0.125 (events with a gold date whose date also matched)
`
	miss1 := "  miss  a: RUSGOV -> AZEGOV 040\n"
	miss2 := "  extra b: None ->  42\n"
	for _, tt := range []struct {
		n    int
		want string
	}{
		{0, head},
		{1, head + miss1},
		{20, head + miss1 + miss2},
		{-1, head + miss1}, // a Python slice [:-1]
		{-5, head},
	} {
		var b strings.Builder
		if err := testReport().WriteText(&b, tt.n); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("WriteText(%d):\ngot:\n%s\nwant:\n%s", tt.n, b.String(), tt.want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var b strings.Builder
	if err := testReport().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{"root": {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6666666666666666, "recall": 0.6666666666666666, "f1": 0.6666666666666666}, ` +
		`"actor": {"tp": 1, "fp": 2, "fn": 2, "precision": 0.3333333333333333, "recall": 0.3333333333333333, "f1": 0.3333333333333333}, ` +
		`"strict": {"tp": 0, "fp": 3, "fn": 3, "precision": 0.0, "recall": 0.0, "f1": 0.0}, ` +
		`"dated": {"tp": 1, "fp": 0, "fn": 7, "precision": NaN, "recall": 0.125, "f1": NaN}, "documents": 3}` + "\n"
	if b.String() != want {
		t.Errorf("WriteJSON:\ngot  %s\nwant %s", b.String(), want)
	}
}

// Floats print as Python's repr and format(x, ".3f") print them, down to
// exponents and ties.
func TestWriteFloats(t *testing.T) {
	tenth := 0.1 // a variable: constant arithmetic would be exact
	for _, tt := range []struct {
		f          float64
		json, text string
	}{
		{1, "1.0", "1.000"},
		{0.5, "0.5", "0.500"},
		{0.0005, "0.0005", "0.001"}, // 0.0005 is just over 5e-4 in binary
		{0.0625, "0.0625", "0.062"}, // an exact tie rounds to even
		{tenth + 2*tenth, "0.30000000000000004", "0.300"},
		{1.0 / 200000, "5e-06", "0.000"},
		{2.0 / 3, "0.6666666666666666", "0.667"},
	} {
		r := eval.Report{Root: eval.Level{Precision: tt.f}}
		var j, x strings.Builder
		r.WriteJSON(&j)
		r.WriteText(&x, 0)
		if !strings.Contains(j.String(), `"precision": `+tt.json+",") {
			t.Errorf("%v: JSON %s, want precision %s", tt.f, j.String(), tt.json)
		}
		if !strings.Contains(x.String(), "root    P="+tt.text+" ") {
			t.Errorf("%v: text %s, want P=%s", tt.f, x.String(), tt.text)
		}
	}
}
