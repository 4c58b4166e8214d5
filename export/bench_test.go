package export_test

import (
	"io"
	"testing"

	"github.com/annals-dev/annals/export"
)

// BenchmarkWrite measures writing one event, buffers and all, in each format.
func BenchmarkWrite(b *testing.B) {
	events := testEvents(b)
	for _, f := range export.Formats() {
		b.Run(string(f), func(b *testing.B) {
			w, err := export.New(f, io.Discard)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if err := w.Write(&events[i%len(events)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		})
	}
}
