package eval_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/eval"
)

func FuzzReadGold(f *testing.F) {
	f.Add([]byte(`{"id": "a", "expected": [{"source": "RUSGOV", "target": "AZEGOV", "code": "040", "symmetric": true, "date": "2021-04-07"}]}`),
		[]byte(`{"doc": "a", "source": "AZEGOV", "target": "RUSGOV", "code": "040", "date": "2021-04-07"}`+"\n"+`{"doc": "a", "source": "RUSGOV", "target": "AZEGOV", "code": 40}`))
	f.Add([]byte("{\"id\": 7, \"expected\": [{\"code\": 4.0, \"optional\": [0]}, {\"source\": null}]}\r{\"id\": 7}\r\n\x1c\n"),
		[]byte(`{"id": 7, "code": 1e400}`+"\r"+`{"doc": null, "doc_id": "x"}`))
	f.Add([]byte(`{"id": "a", "expected": {}}`), []byte(`[]`))
	f.Add([]byte(`{"id": "ÉÉÉÉ", "expected": [{"source": "ÉÉÉÉ", "target": "\ud800", "code": "0"}]}`), []byte("{\"doc\": \"\xff\"}"))
	// The first line of each shared gold file, when the data is present.
	files, _ := filepath.Glob("../../shared/gold/*.jsonl")
	for _, path := range files {
		if b, err := os.ReadFile(path); err == nil {
			line, _, _ := bytes.Cut(b, []byte("\n"))
			f.Add(line, []byte(`{"doc": "x", "source": "RUS", "target": "AZE", "code": "040"}`))
		}
	}
	f.Fuzz(func(t *testing.T, goldIn, predIn []byte) {
		gold, gerr := eval.ReadGold(bytes.NewReader(goldIn), "gold.jsonl")
		preds, perr := eval.ReadPreds(bytes.NewReader(predIn), "pred.jsonl")
		for _, err := range []error{gerr, perr} {
			if err != nil && annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("error %v has code %q", err, annals.ErrorCode(err))
			}
		}
		if gerr != nil || perr != nil {
			return
		}
		r := eval.Score(gold, preds)
		if len(r.Misses) != r.Root.FP+r.Root.FN {
			t.Errorf("%d misses for fp=%d fn=%d", len(r.Misses), r.Root.FP, r.Root.FN)
		}
		required := 0
		ids := make(map[string]bool)
		for _, d := range gold {
			if ids[d.ID] {
				t.Errorf("ReadGold returned id %q twice", d.ID)
			}
			ids[d.ID] = true
			for _, e := range d.Expected {
				if !e.Optional {
					required++
				}
			}
		}
		for _, l := range []eval.Level{r.Root, r.Actor, r.Strict} {
			if l.TP+l.FN != required || l.Precision < 0 || l.Precision > 1 || l.Recall < 0 || l.Recall > 1 {
				t.Errorf("level %+v for %d required events", l, required)
			}
		}
		if err := r.WriteText(io.Discard, len(r.Misses)); err != nil {
			t.Error(err)
		}
		if err := r.WriteJSON(io.Discard); err != nil {
			t.Error(err)
		}
	})
}
