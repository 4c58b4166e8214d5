package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// benchFile measures a reader over one fixture.
func benchFile(b *testing.B, path string, read func(in string) error) {
	in := MustRead(b, path)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := read(in); err != nil {
			b.Fatal(err)
		}
	}
}

func discard(*annals.Document) error { return nil }

func skip(error) error { return nil }

func BenchmarkReadFeed(b *testing.B) {
	benchFile(b, "testdata/input/feeds/northgate.rss", func(in string) error {
		return ingest.ReadFeed(strings.NewReader(in), "bench.rss", discard, skip)
	})
}

func BenchmarkReadHTML(b *testing.B) {
	benchFile(b, "testdata/input/html/river-accord.html", func(in string) error {
		_, err := ingest.ReadHTML(strings.NewReader(in), "bench.html", "", time.Time{})
		return err
	})
}

func BenchmarkReadWARC(b *testing.B) {
	benchFile(b, "testdata/input/warc/crawl.warc", func(in string) error {
		return ingest.ReadWARC(strings.NewReader(in), "bench.warc", discard, nil)
	})
}
