package eval_test

import (
	"os"
	"strings"

	"github.com/annals-dev/annals/eval"
)

func ExampleScore() {
	// One gold document per line.
	gold, err := eval.ReadGold(strings.NewReader(`{"id": "d1", "date": "2021-04-08", "text": "...", "expected": [`+
		`{"source": "RUSGOV", "target": "AZEGOV", "code": "040", "symmetric": true}, `+
		`{"source": "RUSGOV", "target": "AZEGOV", "code": "036", "date": "2021-04-07"}]}`), "gold.jsonl")
	if err != nil {
		panic(err)
	}
	preds := []eval.Pred{
		{Doc: "d1", Source: "AZEGOV", Target: "RUSGOV", Code: "040"},
		{Doc: "d1", Source: "RUSGOV", Target: "AZEGOV", Code: "040"}, // the other direction: ignored
		{Doc: "d1", Source: "RUSGOV", Target: "AZE", Code: "036", Date: "2021-04-07"},
	}
	report := eval.Score(gold, preds)
	report.WriteText(os.Stdout, 10)
	// Output:
	// documents: 1
	// root    P=1.000 R=1.000 F1=1.000 (tp=2 fp=0 fn=0)
	// actor   P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)
	// strict  P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)
	// dated   R=1.000 (events with a gold date whose date also matched)
}
