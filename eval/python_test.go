package eval_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals/eval"
)

// The tests in this file hold Score, ReadGold, ReadPreds, WriteText and
// WriteJSON to the reference scorer itself, run with python3 on the same
// files.

const scorerPath = "../../shared/tools/score_events.py"

// mustPython returns the python3 to run the reference scorer with, or skips.
func mustPython(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(scorerPath); err != nil {
		tb.Skipf("no reference scorer at %s: the shared reference data is not checked out beside the repository", scorerPath)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("python3 is not installed: cannot run the reference scorer")
	}
	return py
}

func runScorer(tb testing.TB, py string, args ...string) []byte {
	tb.Helper()
	cmd := exec.Command(py, append([]string{scorerPath}, args...)...)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("%s %s: %v\n%s", py, strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// MustScoreFiles reads and scores a gold and a prediction file with eval.
func MustScoreFiles(tb testing.TB, goldPath, predPath string) eval.Report {
	tb.Helper()
	gold := MustReadGold(tb, goldPath)
	f, err := os.Open(predPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	preds, err := eval.ReadPreds(f, predPath)
	if err != nil {
		tb.Fatal(err)
	}
	return eval.Score(gold, preds)
}

func MustReadGold(tb testing.TB, path string) []eval.GoldDoc {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return gold
}

// checkAgainstPython scores the two files with eval and with the reference
// scorer and fails on any difference in the figures or the output.
func checkAgainstPython(t *testing.T, py, goldPath, predPath string) {
	t.Helper()
	rep := MustScoreFiles(t, goldPath, predPath)

	pyJSON := runScorer(t, py, goldPath, predPath, "--json")
	compareFigures(t, rep, pyJSON)
	var got bytes.Buffer
	if err := rep.WriteJSON(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), pyJSON) {
		t.Errorf("WriteJSON differs from the scorer's --json:\ngot  %s\nwant %s", got.Bytes(), pyJSON)
	}

	pyText := runScorer(t, py, goldPath, predPath, "--misses", "20")
	got.Reset()
	if err := rep.WriteText(&got, 20); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), pyText) {
		t.Errorf("WriteText differs from the scorer's output:\ngot:\n%s\nwant:\n%s", got.Bytes(), pyText)
	}
}

// compareFigures compares rep with the scorer's --json output number by
// number: counts exactly, ratios within 1e-12, NaN equal to NaN.
func compareFigures(t *testing.T, rep eval.Report, pyJSON []byte) {
	t.Helper()
	// json.dumps writes nan as NaN, which encoding/json does not read.
	var out map[string]json.RawMessage
	if err := json.Unmarshal(bytes.ReplaceAll(pyJSON, []byte("NaN"), []byte(`"NaN"`)), &out); err != nil {
		t.Fatalf("scorer output %s: %v", pyJSON, err)
	}
	var docs int
	if err := json.Unmarshal(out["documents"], &docs); err != nil || docs != rep.Documents {
		t.Errorf("documents: got %d, scorer %s", rep.Documents, out["documents"])
	}
	for name, l := range map[string]eval.Level{"root": rep.Root, "actor": rep.Actor, "strict": rep.Strict, "dated": rep.Dated} {
		var want struct {
			TP, FP, FN            int
			Precision, Recall, F1 any
		}
		if err := json.Unmarshal(out[name], &want); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if l.TP != want.TP || l.FP != want.FP || l.FN != want.FN {
			t.Errorf("%s: got tp=%d fp=%d fn=%d, scorer tp=%d fp=%d fn=%d", name, l.TP, l.FP, l.FN, want.TP, want.FP, want.FN)
		}
		for _, r := range []struct {
			what string
			got  float64
			want any
		}{{"precision", l.Precision, want.Precision}, {"recall", l.Recall, want.Recall}, {"f1", l.F1, want.F1}} {
			w, isNum := r.want.(float64)
			switch {
			case !isNum && r.want == "NaN":
				if !math.IsNaN(r.got) {
					t.Errorf("%s %s: got %v, scorer NaN", name, r.what, r.got)
				}
			case !isNum:
				t.Errorf("%s %s: scorer gave %v", name, r.what, r.want)
			case math.IsNaN(r.got) || math.Abs(r.got-w) > 1e-12:
				t.Errorf("%s %s: got %v, scorer %v", name, r.what, r.got, w)
			}
		}
	}
}

// predLine writes one prediction. Fields set to nil are written as null and
// fields absent from m are left out.
func predLine(m map[string]any) string {
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestScoreMatchesPythonOnSharedGold scores synthetic predictions made from
// each shared gold file's own events: some kept, some dropped, reversed or
// changed, some extras, with and without dates.
func TestScoreMatchesPythonOnSharedGold(t *testing.T) {
	files, _ := filepath.Glob("../../shared/gold/*.jsonl")
	if len(files) == 0 {
		t.Skip("no ../../shared/gold/*.jsonl: the shared reference data is not checked out beside the repository")
	}
	py := mustPython(t)
	for _, goldPath := range files {
		t.Run(filepath.Base(goldPath), func(t *testing.T) {
			t.Parallel()
			gold := MustReadGold(t, goldPath)
			for seed := range uint64(3) {
				rng := rand.New(rand.NewPCG(seed, 1))
				predPath := filepath.Join(t.TempDir(), "pred.jsonl")
				if err := os.WriteFile(predPath, []byte(synthPreds(rng, gold)), 0o644); err != nil {
					t.Fatal(err)
				}
				checkAgainstPython(t, py, goldPath, predPath)
			}
		})
	}
}

var (
	actorPool = []string{"RUS", "RUSGOV", "AZEGOV", "ARMMIL", "USA", "USAGOV", "ISR", "PSE", "IGOUNO", "É", "ÉGYPTE"}
	codePool  = []string{"01", "010", "013", "036", "04", "040", "042", "043", "057", "111", "190", "1", ""}
	datePool  = []string{"2021-04-07", "2021-04-08", "1990-01-01"}
)

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// synthPreds makes predictions from gold's expected events.
func synthPreds(rng *rand.Rand, gold []eval.GoldDoc) string {
	var lines []string
	add := func(doc string, source, target, code any, date any) {
		m := map[string]any{"source": source, "target": target, "code": code}
		switch rng.IntN(10) {
		case 0:
			m["doc_id"] = doc
		case 1:
			m["id"] = doc
		default:
			m["doc"] = doc
		}
		if date != nil {
			m["date"] = date
		}
		lines = append(lines, predLine(m))
	}
	for _, d := range gold {
		for _, g := range d.Expected {
			var date any
			switch rng.IntN(4) {
			case 0:
				date = g.Date
			case 1:
				date = pick(rng, datePool)
			case 2:
				date = d.Date
			}
			s, tg, c := g.Source, g.Target, g.Code
			switch rng.IntN(12) {
			case 0: // dropped
				continue
			case 1:
				s, tg = tg, s
			case 2:
				c = pick(rng, codePool)
			case 3:
				if len(c) > 2 {
					c = c[:2] + "9"
				}
			case 4:
				s += "GOV"
			case 5:
				tg = pick(rng, actorPool)
			case 6: // twice
				add(d.ID, s, tg, c, date)
			}
			add(d.ID, s, tg, c, date)
		}
		for rng.IntN(4) == 0 {
			add(d.ID, pick(rng, actorPool), pick(rng, actorPool), pick(rng, codePool), nil)
		}
		if rng.IntN(20) == 0 {
			add("not-in-gold-"+d.ID, "RUS", "AZE", "040", nil)
		}
	}
	rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	return strings.Join(lines, "\n") + "\n"
}

// TestScoreMatchesPythonOnRandomSets scores random gold and prediction files
// drawn from small pools, so that keys collide often, with every kind of
// value the scorer treats specially: numeric and null ids, duplicate ids,
// numeric and false-y codes, missing fields, true-ish flags that are not
// booleans, and all three line endings.
func TestScoreMatchesPythonOnRandomSets(t *testing.T) {
	py := mustPython(t)
	n := 40
	if testing.Short() {
		n = 10
	}
	for seed := range uint64(n) {
		rng := rand.New(rand.NewPCG(seed, 2))
		dir := t.TempDir()
		goldPath := filepath.Join(dir, "gold.jsonl")
		predPath := filepath.Join(dir, "pred.jsonl")
		gold, preds := randomSet(rng)
		if err := os.WriteFile(goldPath, []byte(gold), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(predPath, []byte(preds), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			checkAgainstPython(t, py, goldPath, predPath)
			if t.Failed() {
				t.Logf("gold:\n%s\npredictions:\n%s", gold, preds)
			}
		})
	}
}

// absent marks a member left out of a line.
type absentT struct{}

var absent = absentT{}

func set(m map[string]any, k string, v any) {
	if v != absent {
		m[k] = v
	}
}

func randomSet(rng *rand.Rand) (gold, preds string) {
	// Plain values are listed more than once so that keys collide often;
	// the odd ones are there because the scorer treats them specially.
	actors := []any{"RUS", "RUSGOV", "AZE", "AZEGOV", "ÉGY", "ÉGYMIL", "RUS", "AZE", "RUSGOV",
		"", nil, absent, false, 0, []any{}}
	// json.Number keeps literals such as 4.0, which Python reads as floats.
	codes := []any{"04", "040", "042", "0421", "19", "190", "04", "040", "190",
		42, 40, json.Number("4.0"), json.Number("1e2"), json.Number("-0"),
		0, json.Number("0.0"), false, true, nil, absent, "", map[string]any{}}
	dates := []any{"2021-04-08", "2021-04-07", "2021-04-08", "", nil, absent, false}
	flags := []any{true, true, false, nil, absent, 1, 0, "yes", "", []any{0}, []any{}, 0.5}
	ids := []any{"a", "b", "c", "d", "é", 7, json.Number("8.50"), json.Number("1e16"), nil, true}
	docKeys := []string{"doc", "doc", "doc", "doc_id", "id", ""}
	ends := []string{"\n", "\n", "\r\n", "\r"}
	blanks := []string{"", " ", "\t", "\x1c", "\u3000"}

	type goldEvent struct {
		id any
		ev map[string]any
	}
	var events []goldEvent
	var gb strings.Builder
	var usedIDs []any
	for range 1 + rng.IntN(6) {
		id := pick(rng, ids)
		usedIDs = append(usedIDs, id)
		doc := map[string]any{"id": id, "text": "Some text.", "date": "2021-04-08"}
		evs := []any{}
		for range rng.IntN(5) {
			ev := map[string]any{}
			set(ev, "source", pick(rng, actors))
			set(ev, "target", pick(rng, actors))
			set(ev, "code", pick(rng, codes))
			if rng.IntN(2) == 0 {
				set(ev, "date", pick(rng, dates))
			}
			if rng.IntN(2) == 0 {
				set(ev, "symmetric", pick(rng, flags))
			}
			if rng.IntN(3) == 0 {
				set(ev, "optional", pick(rng, flags))
			}
			evs = append(evs, ev)
			events = append(events, goldEvent{id, ev})
		}
		if len(evs) > 0 || rng.IntN(3) > 0 {
			doc["expected"] = evs
		}
		gb.WriteString(predLine(doc))
		gb.WriteString(pick(rng, ends))
		if rng.IntN(5) == 0 {
			gb.WriteString(pick(rng, blanks) + pick(rng, ends))
		}
	}

	var pb strings.Builder
	for range rng.IntN(16) {
		p := map[string]any{}
		id := pick(rng, usedIDs)
		set(p, "source", pick(rng, actors))
		set(p, "target", pick(rng, actors))
		set(p, "code", pick(rng, codes))
		if rng.IntN(2) == 0 {
			set(p, "date", pick(rng, dates))
		}
		if len(events) > 0 && rng.IntN(3) > 0 {
			// A copy of a gold event, perhaps reversed, perhaps redated.
			g := pick(rng, events)
			id = g.id
			clear(p)
			for _, k := range []string{"source", "target", "code", "date"} {
				if v, ok := g.ev[k]; ok {
					p[k] = v
				}
			}
			if rng.IntN(4) == 0 {
				p["source"], p["target"] = g.ev["target"], g.ev["source"]
			}
			if rng.IntN(4) == 0 {
				set(p, "date", pick(rng, dates))
			}
		}
		if rng.IntN(8) == 0 {
			id = pick(rng, ids)
		}
		if k := pick(rng, docKeys); k != "" {
			p[k] = id
		}
		if rng.IntN(10) == 0 {
			p["doc"] = nil // doc wins over doc_id even when null
			p["doc_id"] = id
		}
		pb.WriteString(predLine(p))
		pb.WriteString(pick(rng, ends))
		if rng.IntN(6) == 0 {
			pb.WriteString(pick(rng, blanks) + pick(rng, ends))
		}
	}
	return gb.String(), pb.String()
}
