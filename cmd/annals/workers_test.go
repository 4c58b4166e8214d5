package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestWorkers checks that coding on several goroutines stores
// exactly what coding on one does: the same documents, events, mentions
// and stories, with a bad record skipped at the same place, whatever the
// number of workers.
func TestIngestWorkers(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 400 {
		b.Write(wireStory(i))
		if i == 200 {
			b.WriteString(`{"id":"bad","date":"2024-13-40","text":"A bad date."}` + "\n")
		}
	}
	// Reprints: the wire stories again under other ids, so that copies
	// fold into mentions across batches and goroutines.
	for i := range 20 {
		b.WriteString(strings.Replace(string(wireStory(i*7)), `"id":"wire-`, `"id":"reprint-`, 1))
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var want string
	for _, workers := range []string{"1", "2", "5"} {
		db := filepath.Join(dir, "w"+workers+".db")
		_, stderr, code := run(t, "", "ingest", "--quiet", "--workers", workers, "--date", "2024-01-01", "--db", db, in)
		if code != 1 || !strings.Contains(stderr, "420 stored, 0 replaced, 0 unchanged, 1 skipped") {
			t.Fatalf("--workers %s: exit %d, want 1 (one bad record):\n%s", workers, code, stderr)
		}
		out, stderr, code := run(t, "", "export", "--db", db, "--format", "jsonl")
		if code != 0 {
			t.Fatalf("export: exit %d: %s", code, stderr)
		}
		if !strings.Contains(out, `"mentions":2`) {
			t.Errorf("--workers %s: no event has two mentions; the reprints were not folded", workers)
		}
		if workers == "1" {
			want = out
		} else if out != want {
			t.Errorf("--workers %s stored other events than --workers 1", workers)
		}
	}
}
