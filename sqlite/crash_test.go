package sqlite_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/sqlite"
)

// The crash test runs the test binary again as a child that ingests the
// synthetic corpus, and kills it with SIGKILL at a random moment.
const (
	crashDBEnv    = "ANNALS_SQLITE_CRASH_DB"    // the child's database; set only in the child
	crashNEnv     = "ANNALS_SQLITE_CRASH_N"     // how many documents to ingest
	crashBatchEnv = "ANNALS_SQLITE_CRASH_BATCH" // documents per transaction
)

// crashIngest writes the corpus of n documents to s, batch documents per
// transaction (Put when batch is 1).
func crashIngest(ctx context.Context, s *sqlite.Store, n, batch int) error {
	cs := synthIngest(n)
	for len(cs) > 0 {
		k := min(batch, len(cs))
		var err error
		if k == 1 {
			_, err = s.Put(ctx, cs[0])
		} else {
			_, err = s.PutBatch(ctx, cs[:k])
		}
		if err != nil {
			return err
		}
		cs = cs[k:]
	}
	return nil
}

func crashChild(path string) {
	n, _ := strconv.Atoi(os.Getenv(crashNEnv))
	batch, _ := strconv.Atoi(os.Getenv(crashBatchEnv))
	s, err := sqlite.Open(path)
	if err == nil {
		fmt.Println("ready") // the parent's clock starts now
		err = crashIngest(context.Background(), s, n, max(batch, 1))
	}
	if err == nil {
		err = s.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func TestCrash(t *testing.T) {
	if path := os.Getenv(crashDBEnv); path != "" {
		crashChild(path)
		return
	}
	n, rounds := 3000, 8
	if testing.Short() {
		n, rounds = 1000, 3
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	batches := []int{1, 1, 20, 1, 100, 1, 7, 1}
	for round := range rounds {
		r := rand.New(rand.NewPCG(uint64(round), 2021))
		batch := batches[round%len(batches)]
		delay := time.Duration(r.IntN(1200)) * time.Millisecond

		cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDBEnv+"="+path, crashNEnv+"="+strconv.Itoa(n), crashBatchEnv+"="+strconv.Itoa(batch))
		var out bytes.Buffer
		cmd.Stderr = &out
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The delay counts from when the child has its corpus and its
		// database open.
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		done := make(chan error, 1)
		var rest bytes.Buffer // the child's stdout after "ready"; out has its stderr
		go func() {
			io.Copy(&rest, stdout)
			done <- cmd.Wait()
		}()
		if line != "ready\n" {
			err := <-done
			t.Fatalf("round %d: child did not start: %v\n%s%s%s", round, err, line, rest.Bytes(), out.Bytes())
		}
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("round %d: child failed before it was killed: %v\n%s%s", round, err, rest.Bytes(), out.Bytes())
			}
			t.Logf("round %d: the child finished within %v", round, delay)
		case <-time.After(delay):
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			<-done
		}
		docs := checkCrashDB(t, path, n)
		t.Logf("round %d: batch %d, killed after %v: %d documents, consistent", round, batch, delay, docs)
	}

	// Finish the ingest; the result must be exactly that of a run never
	// interrupted.
	ctx := context.Background()
	s := MustOpen(t, path)
	if err := crashIngest(ctx, s, n, 50); err != nil {
		t.Fatal(err)
	}
	clean := MustOpenTemp(t)
	if err := crashIngest(ctx, clean, n, 1); err != nil {
		t.Fatal(err)
	}
	got, want := MustStats(t, s), MustStats(t, clean)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after completing the ingest:\n got %+v\nwant %+v", got, want)
	}
	events := 0
	for i := range n {
		v := 0
		if i%10 == 4 && i+5 < n {
			v = 1
		}
		events += synthEvents(i, v)
	}
	if got.Documents != n || got.Events != events {
		t.Errorf("%d documents, %d events; want %d, %d", got.Documents, got.Events, n, events)
	}
	s.Close()
	checkCrashDB(t, path, n)
}

// checkCrashDB checks the database a killed child left: it opens and passes
// SQLite's checks, its documents are the first ones of the ingest with no
// gap, and each is whole: one version of it, with all of that version's
// sentences, events and mentions. It returns the number of documents.
func checkCrashDB(t *testing.T, path string, n int) int {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen after the crash: %v", err)
	}
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}

	version := map[string]int{}
	if err := s.Documents(ctx, func(d *annals.Document) error {
		var i, v int
		if _, err := fmt.Sscanf(d.Title, "Story %d v%d", &i, &v); err != nil {
			return fmt.Errorf("document %s: title %q", d.ID, d.Title)
		}
		want := synth(i, v).Doc
		if d.ID != want.ID || d.Text != want.Text || d.URL != want.URL || !d.Date.Equal(want.Date) {
			return fmt.Errorf("document %s is not version %d of document %d", d.ID, v, i)
		}
		version[d.ID] = v
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i := range len(version) {
		if _, ok := version[synth(i, 0).Doc.ID]; !ok {
			t.Fatalf("%d documents stored, but not document %d", len(version), i)
		}
	}

	type count struct{ sentences, events, mentions int }
	got := map[string]*count{}
	for id := range version {
		got[id] = new(count)
	}
	if err := s.Events(ctx, annals.Filter{}, func(e *annals.Event) error {
		c, ok := got[e.Doc]
		if !ok {
			return fmt.Errorf("event of unknown document %s", e.Doc)
		}
		c.events++
		if want := fmt.Sprintf(" v%d", version[e.Doc]); e.Pattern[len(e.Pattern)-len(want):] != want {
			return fmt.Errorf("document %s (version %d) has an event of another version: %s", e.Doc, version[e.Doc], e.Pattern)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	// What the store's API does not show: sentences and mentions.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []struct {
		sql string
		n   func(*count) *int
	}{
		{`SELECT d.doc_id, count(*) FROM sentences s JOIN documents d ON d.id = s.document GROUP BY d.doc_id`,
			func(c *count) *int { return &c.sentences }},
		{`SELECT d.doc_id, count(*) FROM mentions m JOIN documents d ON d.id = m.document GROUP BY d.doc_id`,
			func(c *count) *int { return &c.mentions }},
	} {
		rows, err := db.QueryContext(ctx, q.sql)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			var k int
			if err := rows.Scan(&id, &k); err != nil {
				t.Fatal(err)
			}
			c, ok := got[id]
			if !ok {
				t.Fatalf("rows of unknown document %s", id)
			}
			*q.n(c) = k
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}

	for id, c := range got {
		var i int
		fmt.Sscanf(id, "doc-%d", &i)
		v := version[id]
		want := count{synthSentences(i, v), synthEvents(i, v), synthEvents(i, v)}
		if *c != want {
			t.Fatalf("document %s (version %d) is not whole: %+v, want %+v", id, v, *c, want)
		}
	}
	return len(version)
}
