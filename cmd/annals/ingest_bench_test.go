package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/annals-dev/annals/sqlite"
)

// BenchmarkIngest runs "annals ingest" on a JSONL file of invented
// wire-length stories (wireStory: about 480 words, 30 sentences) into a new
// database, and reports documents per second of wall time and of CPU time,
// database bytes per document and events per document. Run it on one core:
//
//	go test ./cmd/annals -run x -bench Ingest -benchtime 1x -cpu 1
//
// ANNALS_BENCH_DOCS sets the number of documents (default 2,000; the
// published figure is for 100,000).
func BenchmarkIngest(b *testing.B) {
	n := 2000
	if s := os.Getenv("ANNALS_BENCH_DOCS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v <= 0 {
			b.Fatalf("ANNALS_BENCH_DOCS=%q: want a positive number", s)
		}
		n = v
	}
	dir := b.TempDir()
	in := filepath.Join(dir, "wire.jsonl")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	words := 0
	for i := range n {
		line := wireStory(i)
		words += countWords(line)
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()

	ctx := context.Background()
	run := 0
	var docs, events int
	var size int64
	cpu := cpuTime()
	for b.Loop() {
		run++
		db := filepath.Join(dir, fmt.Sprintf("run%d.db", run))
		m := &Main{Stdin: nil, Stdout: io.Discard, Stderr: io.Discard}
		if err := m.Run(ctx, []string{"ingest", "--quiet", "--date", "2024-01-01", "--db", db, in}); err != nil {
			b.Fatal(err)
		}
		st, err := sqlite.Open(db)
		if err != nil {
			b.Fatal(err)
		}
		s, err := st.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		st.Close() // checkpoints the WAL into the file
		fi, err := os.Stat(db)
		if err != nil {
			b.Fatal(err)
		}
		docs += s.Documents
		events += s.Events
		size += fi.Size()
	}
	if docs != n*run {
		b.Fatalf("stored %d documents in %d runs of %d", docs, run, n)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	if cpu := cpuTime() - cpu; cpu > 0 {
		// CPU time of all threads: what one core would do on an idle machine.
		b.ReportMetric(float64(docs)/cpu.Seconds(), "docs/cpu-s")
	}
	b.ReportMetric(float64(size)/float64(docs), "bytes/doc")
	b.ReportMetric(float64(events)/float64(docs), "events/doc")
	b.ReportMetric(float64(words)/float64(n), "words/doc")
	b.ReportMetric(0, "ns/op")
}

// countWords counts the space-separated words of a JSONL line, near enough
// for a words-per-document figure.
func countWords(line []byte) int {
	n := 0
	for i := 1; i < len(line); i++ {
		if line[i] == ' ' && line[i-1] != ' ' {
			n++
		}
	}
	return n
}
