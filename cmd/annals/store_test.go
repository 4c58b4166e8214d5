package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals-dev/annals/sqlite"
	"github.com/parquet-go/parquet-go"
)

// TestMain lets the test binary stand in for the annals program: with
// ANNALS_TEST_MAIN set, it runs the arguments after "--" as the command line.
// The crash test starts it as a child process and kills it.
func TestMain(m *testing.M) {
	if os.Getenv("ANNALS_TEST_MAIN") != "" {
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		mm := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
		os.Exit(mm.exitCode(mm.Run(context.Background(), args)))
	}
	os.Exit(m.Run())
}

// corpus writes n invented wire stories as JSONL and returns the path.
func corpus(t *testing.T, dir string, n int) string {
	t.Helper()
	r := rand.New(rand.NewSource(7))
	countries := []string{"Russia", "Ukraine", "Armenia", "Azerbaijan", "France", "Germany", "China", "India", "Brazil", "Turkey"}
	verbs := []string{"accused", "praised", "met", "attacked", "criticized", "visited", "threatened", "condemned"}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := 0; i < n; i++ {
		var text strings.Builder
		for s := 0; s < 12; s++ {
			a, c := countries[r.Intn(len(countries))], countries[r.Intn(len(countries))]
			fmt.Fprintf(&text, "%s %s %s on Monday, officials said in story %d. ", a, verbs[r.Intn(len(verbs))], c, i)
		}
		enc.Encode(map[string]string{"id": fmt.Sprintf("doc-%05d", i), "date": "2024-05-10", "text": text.String()})
	}
	p := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func counts(t *testing.T, db string) (docs, events int) {
	t.Helper()
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Documents, s.Events
}

// TestIngestCrash kills "annals ingest" with SIGKILL mid-run, runs it again,
// and checks that the database holds exactly what an uninterrupted run gives.
func TestIngestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	dir := t.TempDir()
	in := corpus(t, dir, 4000)
	ref := filepath.Join(dir, "ref.db")
	if _, stderr, code := run(t, "", "ingest", "--quiet", "--db", ref, in); code != 0 {
		t.Fatalf("reference ingest: exit %d: %s", code, stderr)
	}
	wantDocs, wantEvents := counts(t, ref)
	if wantDocs != 4000 || wantEvents == 0 {
		t.Fatalf("reference run: %d documents, %d events", wantDocs, wantEvents)
	}
	for round, delay := range []time.Duration{150 * time.Millisecond, 400 * time.Millisecond, 900 * time.Millisecond} {
		db := filepath.Join(dir, fmt.Sprintf("crash%d.db", round))
		cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "ingest", "--quiet", "--db", db, in)
		cmd.Env = append(os.Environ(), "ANNALS_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if _, err := os.Stat(db); err == nil {
			d, e := counts(t, db)
			t.Logf("round %d: killed after %v with %d documents, %d events stored", round, delay, d, e)
		}
		if _, stderr, code := run(t, "", "ingest", "--quiet", "--db", db, in); code != 0 {
			t.Fatalf("re-run after kill: exit %d: %s", code, stderr)
		}
		if d, e := counts(t, db); d != wantDocs || e != wantEvents {
			t.Errorf("round %d: after kill and re-run %d documents, %d events; uninterrupted %d, %d", round, d, e, wantDocs, wantEvents)
		}
	}
}

// TestIngestFormatsQueryExport ingests every input format from fixtures we
// wrote, queries, and exports each format and reads it back.
func TestIngestFormatsQueryExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	// A gzip of the example story, beside the ingest package's fixtures
	// (text, JSONL, RSS, Atom, JSON Feed, HTML pages, a WARC).
	data, err := os.ReadFile("../../examples/wire.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	zw.Close()
	gzPath := filepath.Join(dir, "wire.jsonl.gz")
	os.WriteFile(gzPath, gz.Bytes(), 0o644)

	_, stderr, _ := run(t, "", "ingest", "--quiet", "--date", "2024-04-01", "--db", db, gzPath, "../../ingest/testdata")
	if !strings.Contains(stderr, "stored") {
		t.Fatalf("no summary: %s", stderr)
	}
	docs1, events1 := counts(t, db)
	if docs1 < 10 || events1 == 0 {
		t.Fatalf("%d documents, %d events after ingest:\n%s", docs1, events1, stderr)
	}
	// The same inputs again change nothing.
	_, stderr, _ = run(t, "", "ingest", "--quiet", "--date", "2024-04-01", "--db", db, gzPath, "../../ingest/testdata")
	if d, e := counts(t, db); d != docs1 || e != events1 {
		t.Errorf("re-ingest: %d documents, %d events; before %d, %d\n%s", d, e, docs1, events1, stderr)
	}
	// Two fixtures carry the same page URL (an HTML file and a WARC record),
	// so each run replaces one with the other; nothing is new.
	if !strings.Contains(stderr, ": 0 stored,") {
		t.Errorf("re-ingest summary: %s", stderr)
	}

	out, stderr, code := run(t, "", "query", "--db", db, "--dyad", "UKR:RUS", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("query: exit %d: %s", code, stderr)
	}
	for _, e := range decodeEvents(t, out) {
		if !(strings.HasPrefix(e.Source, "UKR") && strings.HasPrefix(e.Target, "RUS")) && !(strings.HasPrefix(e.Source, "RUS") && strings.HasPrefix(e.Target, "UKR")) {
			t.Errorf("dyad filter let through %s→%s", e.Source, e.Target)
		}
	}
	if out, _, _ := run(t, "", "query", "--db", db, "--text", "Kharkiv", "--format", "jsonl"); len(decodeEvents(t, out)) != 1 {
		t.Errorf("full-text query for Kharkiv: %q", out)
	}
	if _, _, code := run(t, "", "query", "--db", db, "--dyad", "RUS"); code != exitUsage {
		t.Errorf("--dyad RUS: exit %d, want usage error", code)
	}
	out, _, code = run(t, "", "stats", "--db", db)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("events     %d", events1)) {
		t.Errorf("stats: exit %d\n%s", code, out)
	}

	all, _, _ := run(t, "", "query", "--db", db, "--format", "jsonl")
	want := decodeEvents(t, all)
	for _, f := range []string{"gdelt", "csv", "jsonl", "plover", "parquet"} {
		path := filepath.Join(dir, "out."+f)
		if _, stderr, code := run(t, "", "export", "--db", db, "--format", f, "-o", path); code != 0 {
			t.Fatalf("export %s: exit %d: %s", f, code, stderr)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows := 0
		switch f {
		case "gdelt":
			for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
				if n := len(strings.Split(line, "\t")); n != 61 {
					t.Errorf("gdelt row has %d columns, want 61", n)
				}
				rows++
			}
		case "csv":
			recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			rows = len(recs) - 1
		case "jsonl":
			rows = len(decodeEvents(t, string(data)))
		case "plover":
			dec := json.NewDecoder(bytes.NewReader(data))
			for dec.More() {
				var v map[string]any
				if err := dec.Decode(&v); err != nil {
					t.Fatal(err)
				}
				if v["event_type"] == "" || v["date"] == "" {
					t.Errorf("plover row without type or date: %v", v)
				}
				rows++
			}
			// PLOVER has no event types for CAMEO roots 01 and 02.
			kept := 0
			for _, e := range want {
				if r := e.Code.Root(); r != "01" && r != "02" {
					kept++
				}
			}
			if rows != kept {
				t.Errorf("plover: %d rows, want %d", rows, kept)
			}
			rows = len(want)
		case "parquet":
			pf, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatalf("parquet: %v", err)
			}
			rows = int(pf.NumRows())
		}
		if rows != len(want) {
			t.Errorf("%s: %d rows, want %d", f, rows, len(want))
		}
	}
}

// TestRecode ingests with the built-in dictionaries, then recodes with a
// small test dictionary: every document's events are replaced, none doubled.
func TestRecode(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	if _, stderr, code := run(t, "", "ingest", "--quiet", "--db", db, "../../examples/wire.jsonl"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	docs, before := counts(t, db)
	_, stderr, code := run(t, "", "recode", "--quiet", "--db", db, "--dict", "../../coder/testdata/mini.txt")
	if code != 0 || !strings.Contains(stderr, fmt.Sprintf("recoded %d documents", docs)) {
		t.Fatalf("recode: exit %d: %s", code, stderr)
	}
	d, after := counts(t, db)
	if d != docs || after == before {
		t.Errorf("after recode %d documents, %d events; before %d, %d (the test dictionary codes less)", d, after, docs, before)
	}
	out, _, _ := run(t, "", "query", "--db", db, "--format", "jsonl")
	for _, e := range decodeEvents(t, out) {
		if !strings.HasPrefix(e.Pattern, "../../coder/testdata/mini.txt:") {
			t.Errorf("event from an old pattern after recode: %s", e.Pattern)
		}
	}
	// Recoding again with the same dictionary changes nothing.
	_, stderr, _ = run(t, "", "recode", "--quiet", "--db", db, "--dict", "../../coder/testdata/mini.txt")
	if !strings.Contains(stderr, ": 0 changed") {
		t.Errorf("second recode: %s", stderr)
	}
}

// TestIngestCopies ingests a wire story and its reprint, in one run and in
// two, and checks that the reprint's events are mentions of the story's.
func TestIngestCopies(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Split(strings.TrimSpace(mustRead(t, "../../examples/wire.jsonl")), "\n")
	if len(lines) != 3 {
		t.Fatalf("examples/wire.jsonl has %d documents, want 3", len(lines))
	}
	wire := filepath.Join(dir, "wire.jsonl")
	reprint := filepath.Join(dir, "reprint.jsonl")
	os.WriteFile(wire, []byte(lines[0]+"\n"), 0o644)
	os.WriteFile(reprint, []byte(lines[2]+"\n"), 0o644)

	check := func(db string) {
		t.Helper()
		out, _, _ := run(t, "", "query", "--db", db, "--format", "jsonl")
		evs := decodeEvents(t, out)
		// The reprint reports the six events of the story and nothing new.
		if len(evs) != 6 {
			t.Fatalf("%d events, want 6:\n%s", len(evs), out)
		}
		for _, e := range evs {
			if e.Doc != "example-black-sea" || e.Story != "example-black-sea" || e.Mentions != 2 || e.Articles != 2 || e.Sources != 2 {
				t.Errorf("%s/%d %s-%s %s: story %q, %d mentions, %d articles, %d sources; want example-black-sea, 2, 2, 2",
					e.Doc, e.Sentence, e.Source, e.Target, e.Code, e.Story, e.Mentions, e.Articles, e.Sources)
			}
		}
		// The GDELT export carries the counts.
		out, _, _ = run(t, "", "export", "--db", db, "--format", "gdelt")
		for _, row := range strings.Split(strings.TrimSpace(out), "\n") {
			if f := strings.Split(row, "\t"); f[31] != "2" || f[32] != "2" || f[33] != "2" {
				t.Errorf("GDELT NumMentions, NumSources, NumArticles = %q %q %q, want 2 2 2", f[31], f[32], f[33])
			}
		}
	}

	one := filepath.Join(dir, "one.db")
	if _, stderr, code := run(t, "", "ingest", "--quiet", "--db", one, wire, reprint); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	check(one)

	// The reprint in a later run still finds its story.
	two := filepath.Join(dir, "two.db")
	for _, f := range []string{wire, reprint} {
		if _, stderr, code := run(t, "", "ingest", "--quiet", "--db", two, f); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", f, code, stderr)
		}
	}
	check(two)

	// Recoding with another dictionary and back keeps the events folded,
	// and ingesting again changes nothing.
	for _, args := range [][]string{{"--dict", "../../coder/testdata/mini.txt"}, nil} {
		if _, stderr, code := run(t, "", append([]string{"recode", "--quiet", "--db", two}, args...)...); code != 0 {
			t.Fatalf("recode %q: exit %d: %s", args, code, stderr)
		}
	}
	_, stderr, _ := run(t, "", "ingest", "--quiet", "--db", two, wire, reprint)
	if !strings.Contains(stderr, "2 unchanged") {
		t.Errorf("ingest again: %s", stderr)
	}
	check(two)
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
