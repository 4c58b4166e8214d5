package coder_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/text"
)

// corpus reads the documents of the given files under ../../shared,
// skipping the benchmark when the folder is absent.
func corpus(b *testing.B, patterns ...string) ([]*annals.Document, int) {
	b.Helper()
	var docs []*annals.Document
	sentences := 0
	for _, pat := range patterns {
		files, _ := filepath.Glob(filepath.Join("../../shared", pat))
		for _, name := range files {
			f, err := os.Open(name)
			if err != nil {
				b.Fatal(err)
			}
			err = ingest.ReadJSONL(f, name, func(d *annals.Document) error {
				docs = append(docs, d)
				for _, sp := range text.Body(d).Spans {
					sentences += len(text.Sentences(d.Text, sp))
				}
				return nil
			}, func(error) error { return nil })
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	if len(docs) == 0 {
		b.Skip("../shared not found: the benchmark corpora live there")
	}
	return docs, sentences
}

func benchCode(b *testing.B, patterns ...string) {
	docs, sentences := corpus(b, patterns...)
	d, err := dict.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	c := coder.New(d)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			if _, err := c.Code(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeGigaword codes the 76 AFP sentences of the speed target.
func BenchmarkCodeGigaword(b *testing.B) { benchCode(b, "bench/gigaword_sample.jsonl") }

// BenchmarkCodeGold codes every gold file.
func BenchmarkCodeGold(b *testing.B) { benchCode(b, "gold/*.jsonl") }
