package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/sqlite"
)

// benchPool is how many distinct synthetic documents the Put benchmarks
// cycle through (under fresh ids), so that generating text is not timed.
const benchPool = 512

func benchDocs() []*annals.Coded {
	cs := make([]*annals.Coded, benchPool)
	for i := range cs {
		cs[i] = synth(i, 0)
	}
	return cs
}

// renamed returns c as document i: the same content under a new id and URL.
func renamed(c *annals.Coded, i int) *annals.Coded {
	d := *c.Doc
	d.ID = fmt.Sprintf("bench-%09d", i)
	d.URL = fmt.Sprintf("https://news.example/bench/%d", i)
	d.Story = d.ID // a story of its own, not a copy of the pooled original
	r := *c
	r.Doc = &d
	r.ContentHash = d.ID
	r.Events = slices.Clone(c.Events)
	for k := range r.Events {
		r.Events[k].Doc = d.ID
		r.Events[k].Story = d.ID
	}
	return &r
}

// BenchmarkPut writes wire-length documents (about 600 words, 15
// sentences, 3 events) to a new database, one transaction per document and
// in batches, and reports documents per second (of wall time and of CPU
// time) and database bytes per document.
func BenchmarkPut(b *testing.B) {
	pool := benchDocs()
	for _, batch := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			ctx := context.Background()
			path := filepath.Join(b.TempDir(), "bench.db")
			s, err := sqlite.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			cs := make([]*annals.Coded, 0, batch)
			cpu := cpuTime()
			for b.Loop() {
				cs = cs[:0]
				for range batch {
					cs = append(cs, renamed(pool[n%len(pool)], n))
					n++
				}
				if _, err := s.PutBatch(ctx, cs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
			if cpu := cpuTime() - cpu; cpu > 0 {
				// Documents per second of CPU time, all threads: what one
				// core would do on an idle machine.
				b.ReportMetric(float64(n)/cpu.Seconds(), "docs/cpu-s")
			}
			b.ReportMetric(0, "ns/op")
			if err := s.Close(); err != nil { // checkpoints the WAL into the file
				b.Fatal(err)
			}
			fi, err := os.Stat(path)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(fi.Size())/float64(n), "bytes/doc")
		})
	}
}

// benchTimelineVersion names the cached database of BenchmarkDyadTimeline;
// change it when the schema or benchEventsDoc changes.
const benchTimelineVersion = "v1"

const (
	benchTimelineEvents = 1_000_000
	benchEventsPerDoc   = 20
)

// benchEventsDoc returns document i of the timeline database: short, with
// many events, their countries skewed the way news is (a few countries in
// most events), spread over ten years.
func benchEventsDoc(r *rand.Rand, i int) *annals.Coded {
	c := &annals.Coded{
		Doc: &annals.Document{
			ID:   fmt.Sprintf("tl-%08d", i),
			Date: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650)),
			Text: "Officials met. Talks went on.",
		},
		Sentences: []annals.Sentence{
			{Index: 0, Span: annals.Span{Start: 0, End: 14}, Text: "Officials met."},
			{Index: 1, Span: annals.Span{Start: 15, End: 29}, Text: "Talks went on."},
		},
		ContentHash: "x",
	}
	country := func() string {
		// Zipf-like: RUS and USA in about a third of the sides.
		k := int(float64(len(synthCountries)) * r.Float64() * r.Float64())
		return synthCountries[k]
	}
	for k := range benchEventsPerDoc {
		code := synthCodes[r.IntN(len(synthCodes))]
		c.Events = append(c.Events, annals.Event{
			Sentence: k % 2,
			Date:     c.Doc.Date.AddDate(0, 0, -r.IntN(5)).Format(time.DateOnly),
			Source:   country() + "GOV", Target: country() + synthRoles[r.IntN(len(synthRoles))],
			Code: annals.Code(code.code), Root: code.code[:2], Quad: code.quad, Goldstein: code.goldstein,
			Pattern: "bench",
		})
	}
	return c
}

// timelineDB returns the path of a database of benchTimelineEvents events,
// building it under os.TempDir the first time.
func timelineDB(b *testing.B) string {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("annals-sqlite-timeline-%s-schema%d-%d.db",
		benchTimelineVersion, sqlite.SchemaVersion(), benchTimelineEvents))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	b.Logf("building %s (once)", path)
	start := time.Now()
	tmp := fmt.Sprintf("%s.%d.building", path, os.Getpid())
	s, err := sqlite.Open(tmp)
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 11))
	const batch = 500
	ctx := context.Background()
	cs := make([]*annals.Coded, 0, batch)
	for i := range benchTimelineEvents / benchEventsPerDoc {
		cs = append(cs, benchEventsDoc(r, i))
		if len(cs) == batch {
			if _, err := s.PutBatch(ctx, cs); err != nil {
				b.Fatal(err)
			}
			cs = cs[:0]
		}
	}
	if _, err := s.PutBatch(ctx, cs); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built in %v", time.Since(start).Round(time.Millisecond))
	return path
}

// BenchmarkDyadTimeline asks a database of a million events for the
// monthly events between two countries, over the whole ten years or over
// one year, and reports the median and 95th-percentile latency.
func BenchmarkDyadTimeline(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a database of a million events; skipped with -short")
	}
	s := MustOpen(b, timelineDB(b))
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 5))
	var lat []time.Duration
	for b.Loop() {
		x, y := synthCountries[r.IntN(6)], synthCountries[r.IntN(len(synthCountries))]
		var from, to time.Time
		if r.IntN(2) == 0 {
			from = time.Date(2016+r.IntN(8), 1, 1, 0, 0, 0, 0, time.UTC)
			to = from.AddDate(1, 0, -1)
		}
		start := time.Now()
		if _, err := s.DyadTimeline(ctx, x, y, from, to); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	ms := func(q float64) float64 {
		return float64(lat[int(q*float64(len(lat)-1))]) / float64(time.Millisecond)
	}
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
}
