package ingest_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

func BenchmarkReadJSONL(b *testing.B) {
	var in bytes.Buffer
	text := strings.Repeat("The minister met his counterpart in the capital on Tuesday. ", 40)
	for i := range 1000 {
		fmt.Fprintf(&in, `{"id": "doc-%d", "date": "2021-04-08", "source": "Example Wire", "text": %q}`+"\n", i, text)
	}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		err := ingest.ReadJSONL(bytes.NewReader(in.Bytes()), "bench.jsonl",
			func(*annals.Document) error { return nil }, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
}
