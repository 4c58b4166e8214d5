package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/eval"
)

// shared is the reference data beside the checkout.
const shared = "../../../shared"

// MustShared skips the test when ../shared is absent (a user's fresh clone).
func MustShared(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("reference data %s not found (../shared is beside the checkout only on developer machines and CI)", p)
	}
	return p
}

// run runs the program in-process and returns stdout, stderr and the exit status.
func run(tb testing.TB, stdin string, args ...string) (string, string, int) {
	tb.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err := m.Run(context.Background(), args)
	code := m.exitCode(err)
	return out.String(), errb.String(), code
}

func decodeEvents(tb testing.TB, out string) []annals.Event {
	tb.Helper()
	var evs []annals.Event
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var e annals.Event
		if err := dec.Decode(&e); err != nil {
			tb.Fatalf("output is not event JSONL: %v\n%s", err, out)
		}
		evs = append(evs, e)
	}
	return evs
}

func score(tb testing.TB, goldPath string, evs []annals.Event) eval.Report {
	tb.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, goldPath)
	if err != nil {
		tb.Fatal(err)
	}
	var preds []eval.Pred
	for _, e := range evs {
		preds = append(preds, eval.Pred{Doc: e.Doc, Source: e.Source, Target: e.Target, Code: string(e.Code), Date: e.Date})
	}
	return eval.Score(gold, preds)
}

// TestSeed is the founding acceptance test: the Putin–Aliyev call.
func TestSeed(t *testing.T) {
	seed := MustShared(t, "gold/seed.jsonl")
	out, stderr, code := run(t, "", "code", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	evs := decodeEvents(t, out)
	rep := score(t, seed, evs)
	if rep.Root.Recall != 1 || rep.Root.Precision < 0.9 || rep.Dated.Recall != 1 {
		var b strings.Builder
		rep.WriteText(&b, 50)
		t.Errorf("seed: want root recall 1.0, precision >= 0.9, dated recall 1.0; got\n%s\n%s", b.String(), out)
	}
	// The talks of April 7 were held in the Kremlin: Moscow.
	talks := false
	for _, e := range evs {
		if e.Code.Root() == "04" && e.Date == "2021-04-07" {
			talks = true
			if e.Location == nil || e.Location.Name != "Moscow" || e.Location.Country != "RUS" {
				t.Errorf("the talks of 2021-04-07: location %+v, want Moscow, RUS", e.Location)
			}
		}
	}
	if !talks {
		t.Error("no event for the talks of 2021-04-07")
	}
	data, _ := os.ReadFile(seed)
	var doc struct{ Text string }
	json.Unmarshal(data, &doc)
	furniture := strings.Index(doc.Text, "GSV \"Russia")
	for _, e := range evs {
		if e.OriginalSource != "TASS" {
			t.Errorf("event %s %s %s: original_source %q, want TASS", e.Source, e.Target, e.Code, e.OriginalSource)
		}
		if furniture > 0 && e.End > furniture {
			t.Errorf("event from page furniture: %q", doc.Text[e.Start:e.End])
		}
		if doc.Text[e.Start:e.End] == "" {
			t.Errorf("event without evidence offsets: %+v", e)
		}
	}
}

// TestEvalAgreesWithScorer checks that "annals eval" reports what
// score_events.py reports on the same predictions, for every gold file.
func TestEvalAgreesWithScorer(t *testing.T) {
	dir := MustShared(t, "gold")
	scorer := MustShared(t, "tools/score_events.py")
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed: cannot run the shared scorer")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	for _, gold := range files {
		t.Run(filepath.Base(gold), func(t *testing.T) {
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			ours, stderr, code := run(t, "", "eval", gold, "--json", "-o", pred)
			if code != 0 {
				t.Fatalf("annals eval exit %d: %s", code, stderr)
			}
			theirs, err := exec.Command("python3", scorer, gold, pred, "--json").Output()
			if err != nil {
				t.Fatalf("score_events.py: %v", err)
			}
			if !sameJSON(t, ours, string(theirs)) {
				t.Errorf("annals eval and score_events.py disagree\n ours: %s\ntheirs: %s", ours, theirs)
			}
			oursText, _, _ := run(t, "", "eval", gold, "--misses", "20")
			theirsText, err := exec.Command("python3", scorer, gold, pred, "--misses", "20").Output()
			if err != nil {
				t.Fatalf("score_events.py: %v", err)
			}
			if oursText != string(theirsText) {
				t.Errorf("text reports differ\n ours:\n%s\ntheirs:\n%s", oursText, theirsText)
			}
		})
	}
}

// sameJSON compares two JSON documents that may hold NaN (as Python writes it).
func sameJSON(t *testing.T, a, b string) bool {
	t.Helper()
	norm := func(s string) any {
		var v any
		if err := json.Unmarshal([]byte(strings.ReplaceAll(s, "NaN", "\"NaN\"")), &v); err != nil {
			t.Fatalf("not JSON: %v: %s", err, s)
		}
		return v
	}
	ja, _ := json.Marshal(norm(a))
	jb, _ := json.Marshal(norm(b))
	return bytes.Equal(ja, jb)
}

// TestAccuracyFloors guards the figures reached on the gold files with the
// built-in dictionaries: a change that lowers one fails here.
func TestAccuracyFloors(t *testing.T) {
	floors := []struct {
		file   string
		rootF1 float64
	}{
		// The issue asks for 0.7; 0.715 was reached (0.707 when "annals code"
		// merges the two identical stories GOLD_5 and GOLD_9), so fall no lower than 0.70.
		{"gold/udp_petr2_gsr.jsonl", 0.70},
		{"gold/petr2_pytest.jsonl", 1.0},
	}
	for _, f := range floors {
		gold := MustShared(t, f.file)
		out, stderr, code := run(t, "", "eval", gold, "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f.file, code, stderr)
		}
		var rep struct{ Root struct{ F1 float64 } }
		json.Unmarshal([]byte(strings.ReplaceAll(out, "NaN", "0")), &rep)
		t.Logf("%s: root F1 %.3f (floor %.2f)", f.file, rep.Root.F1, f.rootF1)
		if rep.Root.F1 < f.rootF1 {
			text, _, _ := run(t, "", "eval", gold, "--misses", "200")
			t.Errorf("%s: root F1 %.3f below the floor %.2f\n%s", f.file, rep.Root.F1, f.rootF1, text)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := `{"id":"a","date":"2021-04-08","text":"Russia attacked Ukraine."}`
	jsonl := filepath.Join(dir, "in.jsonl")
	os.WriteFile(jsonl, []byte(good+"\n{not json\n"+`{"id":"c","date":"2021-13-40","text":"x"}`+"\n"+`{"id":"d","date":"2021-04-08","text":""}`+"\n"), 0o644)
	out, stderr, code := run(t, "", "code", jsonl)
	if code != exitFailed {
		t.Errorf("exit %d, want %d when records were skipped", code, exitFailed)
	}
	for _, want := range []string{"in.jsonl:2", "in.jsonl:3", "in.jsonl:4", "date", "text"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if evs := decodeEvents(t, out); len(evs) == 0 || evs[0].Doc != "a" {
		t.Errorf("the good record was not coded: %q", out)
	}
	// --strict stops at the first bad record.
	_, stderr, code = run(t, "", "code", "--strict", jsonl)
	if code == 0 || !strings.Contains(stderr, "in.jsonl:2") {
		t.Errorf("--strict: exit %d, stderr %q", code, stderr)
	}
	// A missing file and invalid UTF-8.
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("Russia \xff attacked"), 0o644)
	_, stderr, code = run(t, "", "code", "--date", "2021-01-01", filepath.Join(dir, "missing.txt"), bad)
	if code != exitFailed || !strings.Contains(stderr, "missing.txt") || !strings.Contains(stderr, "bad.txt") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	// Usage errors.
	if _, _, code := run(t, "", "code", "--format", "xml"); code != exitUsage {
		t.Errorf("--format xml: exit %d, want %d", code, exitUsage)
	}
	if _, _, code := run(t, "", "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d, want %d", code, exitUsage)
	}
}

func TestStdinAndTSV(t *testing.T) {
	out, stderr, code := run(t, "Russian troops attacked Ukraine on Monday.", "code", "--date", "2022-02-24", "--format", "tsv", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "doc\tsentence\tdate") {
		t.Fatalf("want a header and one row, got %q", out)
	}
	row := strings.Split(lines[1], "\t")
	hdr := strings.Split(lines[0], "\t")
	if len(row) != len(hdr) {
		t.Fatalf("row has %d fields, header %d", len(row), len(hdr))
	}
	got := map[string]string{}
	for i, h := range hdr {
		got[h] = row[i]
	}
	if got["source"] != "RUSMIL" || got["target"] != "UKR" || got["root"] != "19" || got["date"] != "2022-02-21" {
		t.Errorf("row %v", got)
	}
}

func TestExplain(t *testing.T) {
	out, _, code := run(t, "Putin did not attack Ukraine.", "code", "--date", "2022-02-24", "--explain", "-")
	if code != 0 || !strings.Contains(out, "negated") || !strings.Contains(out, "RUSGOV") {
		t.Errorf("exit %d, explanation:\n%s", code, out)
	}
}

func TestDictStats(t *testing.T) {
	out, stderr, code := run(t, "", "dict", "stats")
	if code != 0 || !strings.Contains(out, "verb patterns") {
		t.Errorf("exit %d: %s %s", code, out, stderr)
	}
	out, _, code = run(t, "", "dict", "check")
	if code != 0 {
		t.Errorf("the built-in dictionaries have problems:\n%s", out)
	}
}

func TestReorder(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.String("db", "", "")
	fs.Bool("quiet", false, "")
	fs.Int("limit", 0, "")
	got := strings.Join(reorder(fs, []string{"a.jsonl", "--db", "x.db", "--quiet", "b", "--limit=3", "-limit", "4", "--", "-c"}), " ")
	want := "--db x.db --quiet --limit=3 -limit 4 a.jsonl b -c"
	if got != want {
		t.Errorf("reorder = %q, want %q", got, want)
	}
}

func TestDictWho(t *testing.T) {
	out, stderr, code := run(t, "", "dict", "who", "Nikol Pashinyan", "--date", "2017-06-01")
	if code != 0 || !strings.Contains(out, ": ARMOPP") || !strings.Contains(out, "← on this date") {
		t.Errorf("exit %d: %s%s", code, out, stderr)
	}
	out, _, _ = run(t, "", "dict", "who", "Nikol Pashinyan", "--date", "2019-06-01")
	if !strings.Contains(out, ": ARMGOV") {
		t.Errorf("2019: %s", out)
	}
	out, _, _ = run(t, "", "dict", "who", "the", "Kremlin")
	if !strings.Contains(out, ": RUSGOV") || !strings.Contains(out, "entry seat RUS") {
		t.Errorf("the Kremlin: %s", out)
	}
	if _, stderr, code := run(t, "", "dict", "who", "Nobody Atall"); code != exitFailed || !strings.Contains(stderr, "names no actor") {
		t.Errorf("unknown name: exit %d: %s", code, stderr)
	}
}

// TestLangFlag checks that --lang decides how a plain-text document's
// numeric date reads, in code and in ingest.
func TestLangFlag(t *testing.T) {
	const text = "Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev on 09/11/2020."
	for _, tt := range []struct{ lang, want string }{
		{"en-US", "2020-09-11"},
		{"en-GB", "2020-11-09"},
		{"", "2021-04-08"}, // unread: the publication date
	} {
		args := []string{"code", "--date", "2021-04-08", "-"}
		if tt.lang != "" {
			args = append(args, "--lang", tt.lang)
		}
		out, stderr, code := run(t, text, args...)
		evs := decodeEvents(t, out)
		if code != 0 || len(evs) != 1 || evs[0].Date != tt.want {
			t.Errorf("code --lang %q: exit %d, events %+v, want one dated %s\n%s", tt.lang, code, evs, tt.want, stderr)
		}
	}
	dir := t.TempDir()
	in, db := filepath.Join(dir, "story.txt"), filepath.Join(dir, "a.db")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "", "ingest", "--quiet", "--lang", "en-US", "--date", "2021-04-08", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	out, _, _ := run(t, "", "query", "--db", db, "--format", "jsonl")
	if evs := decodeEvents(t, out); len(evs) != 1 || evs[0].Date != "2020-09-11" {
		t.Errorf("ingest --lang en-US: events %+v, want one dated 2020-09-11", evs)
	}
	// Recoding reads the stored language.
	run(t, "", "recode", "--quiet", "--db", db)
	out, _, _ = run(t, "", "query", "--db", db, "--format", "jsonl")
	if evs := decodeEvents(t, out); len(evs) != 1 || evs[0].Date != "2020-09-11" {
		t.Errorf("after recode: events %+v, want one dated 2020-09-11", evs)
	}
}
