package eval_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/eval"
)

func TestReadGold(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "date": "2021-04-08", "text": "Putin called Aliyev.", "expect_kind": "events", "expected": [` +
			`{"source": "RUSGOV", "target": "AZEGOV", "code": "040", "symmetric": true, "date": "2021-04-07"},` +
			`{"source": "RUS", "target": "AZE", "code": 42, "optional": 1},` +
			`{"source": null, "target": false, "code": 4.0, "symmetric": "no", "optional": []},` +
			`{"code": 0, "date": "", "symmetric": [0], "optional": 0.0}]}`,
		"\x1c \u3000",
		`{"id": 7, "date": null, "text": "Numeric id.", "expected": []}`,
		`{"id": 1.50, "expected": ""}`,
		`{"id": null, "expected": {}}`,
		`{"id": true}`,
		`{"id": "b", "Expected": [{"source": "X"}], "expected_events": [{"type": "COERCE"}]}`,
	}, "\r") + "\r\n"
	got, err := eval.ReadGold(strings.NewReader(in), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []eval.GoldDoc{
		{ID: "a", Date: "2021-04-08", Text: "Putin called Aliyev.", ExpectKind: "events", Expected: []eval.GoldEvent{
			{Source: "RUSGOV", Target: "AZEGOV", Code: "040", Date: "2021-04-07", Symmetric: true},
			{Source: "RUS", Target: "AZE", Code: "42", Optional: true},
			{Code: "4.0", Symmetric: true},
			{Symmetric: true},
		}},
		{ID: "7", Text: "Numeric id.", Expected: []eval.GoldEvent{}},
		{ID: "1.5"},
		{ID: "None"},
		{ID: "True"},
		{ID: "b"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d documents, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		// The unexported print forms of missing fields are checked
		// through the misses below, not here.
		g := got[i]
		if g.Expected != nil {
			g.Expected = make([]eval.GoldEvent, 0, len(got[i].Expected))
			for _, e := range got[i].Expected {
				g.Expected = append(g.Expected, eval.GoldEvent{Source: e.Source, Target: e.Target, Code: e.Code, Date: e.Date, Symmetric: e.Symmetric, Optional: e.Optional})
			}
		}
		if !reflect.DeepEqual(g, want[i]) {
			t.Errorf("document %d:\ngot  %+v\nwant %+v", i, g, want[i])
		}
	}

	// Missing and false-y fields print in misses as Python prints them.
	r := eval.Score(got, nil)
	wantMisses := []eval.Miss{
		{Kind: "miss", Doc: "a", Source: "RUSGOV", Target: "AZEGOV", Code: "040"},
		{Kind: "miss", Doc: "a", Source: "None", Target: "False", Code: "4.0"},
		{Kind: "miss", Doc: "a", Source: "None", Target: "None", Code: "0"},
	}
	if !reflect.DeepEqual(r.Misses, wantMisses) {
		t.Errorf("misses:\ngot  %+v\nwant %+v", r.Misses, wantMisses)
	}
}

func TestReadGoldDuplicateIDs(t *testing.T) {
	in := `{"id": "a", "expected": [{"source": "RUS", "target": "AZE", "code": "040"}]}
{"id": "b", "expected": null}
{"id": "a", "text": "second"}
{"id": "b", "text": "replaces the bad one"}
`
	got, err := eval.ReadGold(strings.NewReader(in), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []eval.GoldDoc{{ID: "a", Text: "second"}, {ID: "b", Text: "replaces the bad one"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestReadPreds(t *testing.T) {
	in := strings.Join([]string{
		`{"doc": "a", "source": "RUS", "target": "AZE", "code": "040", "date": "2021-04-07", "extra": 1}`,
		`{"doc_id": "a", "id": "x", "source": "RUS", "target": "AZE", "code": 40}`,
		`{"id": 7, "code": null, "date": ""}`,
		`{"source": "", "target": 0, "code": false}`,
		`{"doc": null, "doc_id": "a", "code": 1e2}`,
		`  `,
		`{"doc": 1.0, "source": "RUS", "target": [], "code": {}}`,
	}, "\n")
	got, err := eval.ReadPreds(strings.NewReader(in), "pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []eval.Pred{
		{Doc: "a", Source: "RUS", Target: "AZE", Code: "040", Date: "2021-04-07"},
		{Doc: "a", Source: "RUS", Target: "AZE", Code: "40"},
		{Doc: "7"},
		{Doc: "None"},
		{Doc: "None", Code: "100.0"},
		{Doc: "1.0", Source: "RUS"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d predictions, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g := got[i]
		if g.Doc != want[i].Doc || g.Source != want[i].Source || g.Target != want[i].Target || g.Code != want[i].Code || g.Date != want[i].Date {
			t.Errorf("prediction %d: got %+v, want %+v", i, g, want[i])
		}
	}

	// As extras, they print as Python prints them.
	gold := []eval.GoldDoc{{ID: "a"}, {ID: "7"}, {ID: "None"}, {ID: "1.0"}}
	r := eval.Score(gold, got)
	wantMisses := []eval.Miss{
		{Kind: "extra", Doc: "a", Source: "RUS", Target: "AZE", Code: "040"},
		{Kind: "extra", Doc: "a", Source: "RUS", Target: "AZE", Code: "40"},
		{Kind: "extra", Doc: "7", Source: "None", Target: "None", Code: "None"},
		{Kind: "extra", Doc: "None", Source: "", Target: "0", Code: "False"},
		{Kind: "extra", Doc: "None", Source: "None", Target: "None", Code: "100.0"},
		{Kind: "extra", Doc: "1.0", Source: "RUS", Target: "[]", Code: "{}"},
	}
	if !reflect.DeepEqual(r.Misses, wantMisses) {
		t.Errorf("misses:\ngot  %+v\nwant %+v", r.Misses, wantMisses)
	}
}

// Input the reference scorer cannot score is an EINVALID error naming the
// file and line; where python3 is at hand, the test checks that the scorer
// indeed fails on it.
func TestReadRejects(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       string
		// pythonOK is set where the Python scorer runs on though
		// eval rejects the input (see ReadGold and ReadPreds).
		pythonOK bool
	}{
		{gold: "{\"id\": \"a\"}\n{\"id\": \"b\", \"text\": \"\xff\"}", want: "gold.jsonl:2: invalid UTF-8"},
		{gold: `{"id": "a"`, want: "gold.jsonl:1: not JSON: unexpected end of JSON input"},
		{gold: "\ufeff{\"id\": \"a\"}", want: "gold.jsonl:1: not JSON: invalid character 'ï' looking for beginning of value"},
		{gold: `{"id": NaN}`, want: "gold.jsonl:1: not JSON: invalid character 'N' looking for beginning of value", pythonOK: true},
		{gold: `["a"]`, want: "gold.jsonl:1: not a JSON object"},
		{gold: `{"text": "no id"}`, want: "gold.jsonl:1: id: missing"},
		{gold: `{"ID": "a"}`, want: "gold.jsonl:1: id: missing"},
		{gold: `{"id": ["a"]}`, want: "gold.jsonl:1: id: a list or object", pythonOK: true},
		{gold: "{\"id\": \"a\", \"expected\": null}\n{\"id\": \"b\"}\n{\"id\": \"c\", \"expected\": 5}", want: "gold.jsonl:1: expected: not a list"},
		{gold: `{"id": "a", "expected": "x"}`, want: "gold.jsonl:1: expected: not a list"},
		{gold: `{"id": "a", "expected": {"source": "RUS"}}`, want: "gold.jsonl:1: expected: not a list"},
		{gold: `{"id": "a", "expected": [{"source": "RUS"}, "RUS AZE 040"]}`, want: "gold.jsonl:1: expected[1]: not an object"},
		{gold: `{"id": "a", "expected": [{"source": 5}]}`, want: "gold.jsonl:1: expected[0]: source: not a string"},
		{gold: `{"id": "a", "expected": [{"target": true}]}`, want: "gold.jsonl:1: expected[0]: target: not a string"},
		{gold: `{"id": "a", "expected": [{"source": {"code": "RUS"}}]}`, want: "gold.jsonl:1: expected[0]: source: a list or object"},
		{gold: `{"id": "a", "expected": [{"code": ["040"]}]}`, want: "gold.jsonl:1: expected[0]: code: a list or object", pythonOK: true},
		{gold: `{"id": "a", "expected": [{"date": 20210407}]}`, want: "gold.jsonl:1: expected[0]: date: not a string", pythonOK: true},

		{pred: `{"doc": "a", "code": "040"`, want: "pred.jsonl:1: not JSON: unexpected end of JSON input"},
		{pred: "\n\n[]", want: "pred.jsonl:3: not a JSON object"},
		{pred: "{\"doc\": \"a\", \"code\": \"\xc3\"}", want: "pred.jsonl:1: invalid UTF-8"},
		{pred: `{"doc": "a", "source": 5}`, want: "pred.jsonl:1: source: not a string"},
		{pred: `{"doc": "z", "source": 5}`, want: "pred.jsonl:1: source: not a string", pythonOK: true},
		{pred: `{"doc": ["a"]}`, want: "pred.jsonl:1: doc: a list or object", pythonOK: true},
		{pred: `{"doc": "a", "date": 1}`, want: "pred.jsonl:1: date: not a string", pythonOK: true},
	}
	py := ""
	if _, err := os.Stat(scorerPath); err == nil {
		py, _ = exec.LookPath("python3")
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			gold := tt.gold
			if gold == "" {
				gold = `{"id": "a", "expected": [{"source": "RUS", "target": "AZE", "code": "040"}]}`
			}
			_, err := eval.ReadGold(strings.NewReader(gold), "gold.jsonl")
			if tt.pred != "" {
				if err != nil {
					t.Fatal(err)
				}
				_, err = eval.ReadPreds(strings.NewReader(tt.pred), "pred.jsonl")
			}
			if err == nil || err.Error() != tt.want || annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("got error %v, want %s (EINVALID)", err, tt.want)
			}
			if py == "" {
				return
			}
			dir := t.TempDir()
			gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
			os.WriteFile(gp, []byte(gold), 0o644)
			os.WriteFile(pp, []byte(tt.pred), 0o644)
			cmd := exec.Command(py, scorerPath, gp, pp)
			cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
			out, err := cmd.CombinedOutput()
			if pyOK := err == nil; pyOK != tt.pythonOK {
				t.Errorf("the Python scorer ran without error: %v, want %v\n%s", pyOK, tt.pythonOK, out)
			}
		})
	}
}
