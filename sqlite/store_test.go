package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/sqlite"
)

// MustOpen opens a store at path and closes it when the test ends.
func MustOpen(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// MustOpenTemp opens a store in a new file under tb.TempDir().
func MustOpenTemp(tb testing.TB) *sqlite.Store {
	tb.Helper()
	return MustOpen(tb, filepath.Join(tb.TempDir(), "annals.db"))
}

// MustPut puts c and fails unless the outcome is want.
func MustPut(tb testing.TB, s *sqlite.Store, c *annals.Coded, want annals.PutResult) {
	tb.Helper()
	got, err := s.Put(context.Background(), c)
	if err != nil {
		tb.Fatalf("put %s: %v", c.Doc.ID, err)
	}
	if got != want {
		tb.Fatalf("put %s: %v, want %v", c.Doc.ID, got, want)
	}
}

// MustEvents returns the events f selects.
func MustEvents(tb testing.TB, s *sqlite.Store, f annals.Filter) []annals.Event {
	tb.Helper()
	var evs []annals.Event
	if err := s.Events(context.Background(), f, func(e *annals.Event) error {
		evs = append(evs, *e)
		return nil
	}); err != nil {
		tb.Fatalf("events %+v: %v", f, err)
	}
	return evs
}

// MustStats returns the store's stats.
func MustStats(tb testing.TB, s *sqlite.Store) *annals.StoreStats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// story builds a coded document from sentences; each event names its
// sentence by index. Offsets are computed from the joined text.
type story struct {
	id, url, date string
	sentences     []string
	events        []annals.Event
}

func (st story) coded() *annals.Coded {
	pub, err := time.Parse(time.DateOnly, st.date)
	if err != nil {
		panic(err)
	}
	text := strings.Join(st.sentences, " ")
	doc := &annals.Document{ID: st.id, URL: st.url, Title: "About " + st.id, Publisher: "example", Date: pub, Text: text, Story: st.id}
	var sents []annals.Sentence
	at := 0
	for i, s := range st.sentences {
		sents = append(sents, annals.Sentence{Index: i, Span: annals.Span{Start: at, End: at + len(s)}, Text: s})
		at += len(s) + 1
	}
	evs := make([]annals.Event, len(st.events))
	for i, e := range st.events {
		e.Doc, e.Story, e.Mentions, e.Articles, e.Sources = st.id, st.id, 1, 1, 1
		if e.Sentence < len(sents) {
			e.Start, e.End = sents[e.Sentence].Start, sents[e.Sentence].End
		}
		if e.Root == "" {
			e.Root = e.Code.Root()
		}
		if e.DatePrecision == "" {
			e.DatePrecision = annals.PrecisionDay
		}
		evs[i] = e
	}
	return &annals.Coded{Doc: doc, Sentences: sents, Events: evs, DictVersion: "test-1"}
}

func ev(sentence int, date, source, target, code string, quad int) annals.Event {
	return annals.Event{Sentence: sentence, Date: date, Source: source, Target: target, Code: annals.Code(code), Quad: quad,
		Pattern: "test:1 " + code, SourceText: source, TargetText: target, VerbText: "did"}
}

// fixture is a small corpus written for the filter tests.
var fixture = []story{
	{id: "a", url: "https://news.example/a", date: "2021-04-08", sentences: []string{
		"Russia and Azerbaijan signed a ceasefire agreement in Moscow.",
		"Armenian troops shelled positions near Shusha on Wednesday.",
	}, events: []annals.Event{
		ev(0, "2020-11-09", "RUSGOV", "AZEGOV", "057", 1),
		ev(1, "2021-04-07", "ARMMIL", "AZE", "195", 4),
	}},
	{id: "b", url: "https://news.example/b", date: "2021-05-01", sentences: []string{
		"Azerbaijan's president met the Russian foreign minister in Baku.",
		"The United Nations urged restraint on both sides.",
	}, events: []annals.Event{
		ev(0, "2021-05-01", "AZEGOV", "RUSGOV", "040", 1),
		ev(1, "2021-05-02", "IGOUNO", "ARM", "010", 1),
	}},
	{id: "c", date: "2022-01-15", sentences: []string{
		"Turkey supplied drones to Azerbaijan's army.",
		"Moscow said the supplies threatened the ceasefire.",
	}, events: []annals.Event{
		ev(0, "2022-01-15", "TURGOV", "AZEMIL", "0711", 2),
		ev(1, "2022-01-15", "RUSGOV", "TURGOV", "112", 3),
	}},
}

func loadFixture(tb testing.TB, s *sqlite.Store) {
	tb.Helper()
	for _, st := range fixture {
		MustPut(tb, s, st.coded(), annals.Stored)
	}
}

// keys names events as doc:sentence:code, in the order given.
func keys(evs []annals.Event) []string {
	var ks []string
	for _, e := range evs {
		ks = append(ks, fmt.Sprintf("%s:%d:%s", e.Doc, e.Sentence, e.Code))
	}
	return ks
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEventsFilter(t *testing.T) {
	s := MustOpenTemp(t)
	loadFixture(t, s)
	all := []string{"a:0:057", "a:1:195", "b:0:040", "b:1:010", "c:0:0711", "c:1:112"}
	for _, tt := range []struct {
		name string
		f    annals.Filter
		want []string
	}{
		{"all in date order", annals.Filter{}, all},
		{"from", annals.Filter{From: day("2021-05-01")}, all[2:]},
		{"to", annals.Filter{To: day("2021-04-07")}, all[:2]},
		{"from to", annals.Filter{From: day("2021-04-07"), To: day("2021-05-01")}, all[1:3]},
		{"actor prefix either side", annals.Filter{Actor: "RUS"}, []string{"a:0:057", "b:0:040", "c:1:112"}},
		{"actor full code", annals.Filter{Actor: "AZEMIL"}, []string{"c:0:0711"}},
		{"actor none", annals.Filter{Actor: "USA"}, nil},
		{"dyad both directions", annals.Filter{DyadA: "RUS", DyadB: "AZE"}, []string{"a:0:057", "b:0:040"}},
		{"dyad reversed", annals.Filter{DyadA: "AZEGOV", DyadB: "RUSGOV"}, []string{"a:0:057", "b:0:040"}},
		{"dyad one side", annals.Filter{DyadA: "TUR"}, []string{"c:0:0711", "c:1:112"}},
		{"dyad prefix", annals.Filter{DyadA: "ARM", DyadB: "AZE"}, []string{"a:1:195"}},
		{"country", annals.Filter{Country: "ARM"}, []string{"a:1:195", "b:1:010"}},
		{"root", annals.Filter{Root: "05"}, []string{"a:0:057"}},
		{"code prefix", annals.Filter{Code: "07"}, []string{"c:0:0711"}},
		{"code exact", annals.Filter{Code: "0711"}, []string{"c:0:0711"}},
		{"code longer", annals.Filter{Code: "07111"}, nil},
		{"quad", annals.Filter{Quad: 1}, []string{"a:0:057", "b:0:040", "b:1:010"}},
		{"text", annals.Filter{Text: "ceasefire"}, []string{"a:0:057", "c:1:112"}},
		{"text phrase", annals.Filter{Text: `"foreign minister"`}, []string{"b:0:040"}},
		{"text prefix", annals.Filter{Text: "shel*"}, []string{"a:1:195"}},
		{"text and actor", annals.Filter{Text: "ceasefire", Actor: "TUR"}, []string{"c:1:112"}},
		{"limit", annals.Filter{Limit: 2}, all[:2]},
		{"everything at once", annals.Filter{From: day("2020-01-01"), To: day("2022-12-31"), Actor: "RUS",
			DyadA: "RUS", DyadB: "AZE", Country: "AZE", Root: "04", Code: "040", Quad: 1, Text: "Baku", Limit: 5},
			[]string{"b:0:040"}},
		{"injection is a value", annals.Filter{Actor: "' OR 1=1 --"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := keys(MustEvents(t, s, tt.f)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEventsRoundTrip(t *testing.T) {
	s := MustOpenTemp(t)
	c := synth(4, 0) // has a location
	MustPut(t, s, c, annals.Stored)
	got := MustEvents(t, s, annals.Filter{})
	want := append([]annals.Event(nil), c.Events...)
	// Stored order: date, then sentence.
	sortEvents(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events differ:\n got %+v\nwant %+v", got, want)
	}
	if got[0].Location == nil && want[0].Location != nil {
		t.Error("location lost")
	}
}

// sortEvents sorts one document's events as the store returns them.
func sortEvents(evs []annals.Event) {
	for i := 1; i < len(evs); i++ {
		for j := i; j > 0 && less(evs[j], evs[j-1]); j-- {
			evs[j], evs[j-1] = evs[j-1], evs[j]
		}
	}
}

func less(a, b annals.Event) bool {
	if a.Date != b.Date {
		return a.Date < b.Date
	}
	return a.Sentence < b.Sentence
}

func TestEventsBadQuery(t *testing.T) {
	s := MustOpenTemp(t)
	loadFixture(t, s)
	for _, f := range []annals.Filter{
		{Text: `"unterminated`},
		{Text: "AND AND"},
		{Text: "nosuchcolumn: word"},
		{Text: "("},
		{Country: "RUSSIA"},
		{Limit: -1},
	} {
		err := s.Events(context.Background(), f, func(*annals.Event) error { return nil })
		if annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("%+v: error %v (%s), want %s", f, err, annals.ErrorCode(err), annals.EINVALID)
		}
	}
}

func TestEventsStop(t *testing.T) {
	s := MustOpenTemp(t)
	loadFixture(t, s)
	stop := errors.New("stop")
	n := 0
	err := s.Events(context.Background(), annals.Filter{}, func(*annals.Event) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("got %v after %d events, want stop after 1", err, n)
	}
}

func TestPut(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	a := fixture[0].coded()
	MustPut(t, s, a, annals.Stored)
	MustPut(t, s, fixture[0].coded(), annals.Unchanged) // no ContentHash: the store's own
	st := MustStats(t, s)
	if st.Documents != 1 || st.Sentences != 2 || st.Events != 2 {
		t.Fatalf("after first put: %+v", st)
	}

	// The same id, changed: one event fewer.
	a2 := fixture[0]
	a2.events = a2.events[:1]
	MustPut(t, s, a2.coded(), annals.Replaced)
	MustPut(t, s, a2.coded(), annals.Unchanged)
	if got := keys(MustEvents(t, s, annals.Filter{})); !reflect.DeepEqual(got, []string{"a:0:057"}) {
		t.Errorf("after replace by id: %q", got)
	}

	// The same hash, recoded with new dictionaries: replaced.
	a3 := a2.coded()
	a3.ContentHash = "h1"
	MustPut(t, s, a3, annals.Replaced)
	MustPut(t, s, a3, annals.Unchanged)
	a3.DictVersion = "test-2"
	MustPut(t, s, a3, annals.Replaced)

	// A new id with the same URL: the story moved.
	moved := fixture[0]
	moved.id = "a-moved"
	MustPut(t, s, moved.coded(), annals.Replaced)
	st = MustStats(t, s)
	if st.Documents != 1 || st.Sentences != 2 || st.Events != 2 {
		t.Errorf("after replace by URL: %+v", st)
	}
	if got := keys(MustEvents(t, s, annals.Filter{})); !reflect.DeepEqual(got, []string{"a-moved:0:057", "a-moved:1:195"}) {
		t.Errorf("after replace by URL: %q", got)
	}
	var ids []string
	s.Documents(ctx, func(d *annals.Document) error { ids = append(ids, d.ID); return nil })
	if !reflect.DeepEqual(ids, []string{"a-moved"}) {
		t.Errorf("documents after replace by URL: %q", ids)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestPutIDAndURL: the id names one stored document and the URL another;
// the new document replaces both.
func TestPutIDAndURL(t *testing.T) {
	s := MustOpenTemp(t)
	loadFixture(t, s)
	c := fixture[0]
	c.url = fixture[1].url
	MustPut(t, s, c.coded(), annals.Replaced)
	st := MustStats(t, s)
	if st.Documents != 2 || st.Events != 4 {
		t.Errorf("stats %+v, want 2 documents, 4 events", st)
	}
	if got := keys(MustEvents(t, s, annals.Filter{Actor: "IGO"})); got != nil {
		t.Errorf("events of the replaced document remain: %q", got)
	}
	if err := s.Check(context.Background()); err != nil {
		t.Error(err)
	}
}

func TestPutInvalid(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	MustPut(t, s, fixture[0].coded(), annals.Stored)
	before := MustEvents(t, s, annals.Filter{})

	for _, tt := range []struct {
		name   string
		change func(c *annals.Coded)
	}{
		{"no document", func(c *annals.Coded) { c.Doc = nil }},
		{"empty id", func(c *annals.Coded) { c.Doc.ID = " " }},
		{"event sentence out of range", func(c *annals.Coded) { c.Events[1].Sentence = 2 }},
		{"event sentence negative", func(c *annals.Coded) { c.Events[1].Sentence = -1 }},
		{"event of another document", func(c *annals.Coded) { c.Events[1].Doc = "zzz" }},
		{"event date", func(c *annals.Coded) { c.Events[1].Date = "2021-13-01" }},
		{"location", func(c *annals.Coded) {
			c.Events[1].Location = &annals.Place{Name: "x", Lat: nanValue()}
		}},
		{"sentences out of order", func(c *annals.Coded) { c.Sentences[0].Index, c.Sentences[1].Index = 1, 0 }},
		{"sentence outside text", func(c *annals.Coded) { c.Sentences[1].End = len(c.Doc.Text) + 1 }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// A changed version of "a" (one more event) that is invalid.
			v := fixture[0]
			v.events = append(append([]annals.Event(nil), v.events...), ev(1, "2021-04-08", "AZE", "ARM", "111", 3))
			c := v.coded()
			if err := sqlite.Validate(c); err != nil {
				t.Fatalf("valid before the change: %v", err)
			}
			tt.change(c)
			if err := sqlite.Validate(c); annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("Validate: %v, want %s", err, annals.EINVALID)
			}
			_, err := s.Put(ctx, c)
			if annals.ErrorCode(err) != annals.EINVALID {
				t.Fatalf("error %v (%s), want %s", err, annals.ErrorCode(err), annals.EINVALID)
			}
			if c.Doc != nil && strings.TrimSpace(c.Doc.ID) != "" && !strings.Contains(err.Error(), `"a"`) {
				t.Errorf("error %q does not name the document", err)
			}
			if got := MustEvents(t, s, annals.Filter{}); !reflect.DeepEqual(got, before) {
				t.Errorf("store changed:\n got %q\nwant %q", keys(got), keys(before))
			}
		})
	}
}

func nanValue() float64 {
	zero := 0.0
	return zero / zero
}

// TestPutBatchAtomic: a batch that fails in its third document leaves
// nothing of its first two, though they were written before the failure.
func TestPutBatchAtomic(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	MustPut(t, s, fixture[0].coded(), annals.Stored)
	before := MustEvents(t, s, annals.Filter{})

	changed := fixture[0]
	changed.events = changed.events[:1]
	bad := fixture[2].coded()
	bad.Events[0].Sentence = 7
	_, err := s.PutBatch(ctx, []*annals.Coded{changed.coded(), fixture[1].coded(), bad})
	if annals.ErrorCode(err) != annals.EINVALID {
		t.Fatalf("error %v, want %s", err, annals.EINVALID)
	}
	if !strings.Contains(err.Error(), "document 3 of 3") {
		t.Errorf("error %q does not say which document", err)
	}
	if got := MustEvents(t, s, annals.Filter{}); !reflect.DeepEqual(got, before) {
		t.Errorf("store changed:\n got %q\nwant %q", keys(got), keys(before))
	}
	if st := MustStats(t, s); st.Documents != 1 || st.Sentences != 2 {
		t.Errorf("stats %+v", st)
	}

	res, err := s.PutBatch(ctx, []*annals.Coded{changed.coded(), fixture[1].coded(), fixture[1].coded()})
	if err != nil {
		t.Fatal(err)
	}
	if want := []annals.PutResult{annals.Replaced, annals.Stored, annals.Unchanged}; !reflect.DeepEqual(res, want) {
		t.Errorf("results %v, want %v", res, want)
	}
}

// TestFullTextReplace: the full-text index follows documents replaced
// alone, in batches, and twice within one batch.
func TestFullTextReplace(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	loadFixture(t, s)
	talks := func(st story) story {
		st.sentences = append([]string(nil), st.sentences...)
		st.sentences[0] = strings.Replace(st.sentences[0], "Baku", "Tbilisi", 1)
		st.sentences[0] = strings.Replace(st.sentences[0], "Moscow", "Tbilisi", 1)
		return st
	}
	mustText := func(q string, want ...string) {
		t.Helper()
		if got := keys(MustEvents(t, s, annals.Filter{Text: q})); !reflect.DeepEqual(got, want) {
			t.Errorf("text %q: %q, want %q", q, got, want)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatal(err)
		}
	}
	mustText("Moscow", "a:0:057", "c:1:112")
	MustPut(t, s, talks(fixture[0]).coded(), annals.Replaced)
	mustText("Moscow", "c:1:112")
	mustText("Tbilisi", "a:0:057")

	// In one batch: b replaced, then a new document, then b again (back
	// to the original), then a back to the original.
	res, err := s.PutBatch(ctx, []*annals.Coded{talks(fixture[1]).coded(), synth(1, 0), fixture[1].coded(), fixture[0].coded()})
	if err != nil {
		t.Fatal(err)
	}
	if want := []annals.PutResult{annals.Replaced, annals.Stored, annals.Replaced, annals.Replaced}; !reflect.DeepEqual(res, want) {
		t.Errorf("results %v, want %v", res, want)
	}
	mustText("Tbilisi")
	mustText("Baku", "b:0:040")
	mustText("Moscow", "a:0:057", "c:1:112")

	// The newest document replaced by a new one with the same URL, so that
	// ids are reused.
	moved := synth(1, 1)
	moved.Doc.ID = "moved"
	for i := range moved.Events {
		moved.Events[i].Doc = "moved"
	}
	MustPut(t, s, moved, annals.Replaced)
	mustText("Moscow", "a:0:057", "c:1:112")
	if st := MustStats(t, s); st.Documents != 4 {
		t.Errorf("%d documents, want 4", st.Documents)
	}
}

func TestDocuments(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	var want []*annals.Document
	// More than one page.
	for i := range 600 {
		c := synth(i, 0)
		c.Doc.Date = c.Doc.Date.Add(time.Duration(i) * time.Minute).In(time.FixedZone("", 4*3600))
		if i%3 == 0 {
			c.Doc.Lang = "en-GB" // read back for recoding
		}
		want = append(want, c.Doc)
		MustPut(t, s, c, annals.Stored)
	}
	var got []*annals.Document
	if err := s.Documents(ctx, func(d *annals.Document) error {
		got = append(got, d)
		// Writing while reading is allowed.
		if d.ID == "doc-0000010" {
			MustPut(t, s, synth(10, 1), annals.Replaced)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d documents, want %d", len(got), len(want))
	}
	for i := range want {
		if !got[i].Date.Equal(want[i].Date) {
			t.Errorf("%s: date %v, want %v", want[i].ID, got[i].Date, want[i].Date)
		}
		got[i].Date = want[i].Date
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("document %d:\n got %+v\nwant %+v", i, got[i], want[i])
			break
		}
	}
}

func TestStats(t *testing.T) {
	s := MustOpenTemp(t)
	if st := MustStats(t, s); st.Documents != 0 || st.Events != 0 || st.ByMonth != nil {
		t.Errorf("empty store: %+v", st)
	}
	loadFixture(t, s)
	got := MustStats(t, s)
	want := &annals.StoreStats{
		Documents: 3, Sentences: 6, Events: 6,
		ByMonth:  counts("2020-11=1 2021-04=1 2021-05=2 2022-01=2"),
		ByRoot:   counts("01=1 04=1 05=1 07=1 11=1 19=1"),
		TopDyads: counts("ARM-AZE=1 AZE-RUS=1 IGO-ARM=1 RUS-AZE=1 RUS-TUR=1 TUR-AZE=1"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stats\n got %+v\nwant %+v", got, want)
	}
}

func TestTopDyadsLimit(t *testing.T) {
	s := MustOpenTemp(t)
	var cs []*annals.Coded
	for i := range 300 {
		cs = append(cs, synth(i, 0))
	}
	if _, err := s.PutBatch(context.Background(), cs); err != nil {
		t.Fatal(err)
	}
	st := MustStats(t, s)
	if len(st.TopDyads) != 20 {
		t.Fatalf("%d top dyads, want 20", len(st.TopDyads))
	}
	for i := 1; i < len(st.TopDyads); i++ {
		if st.TopDyads[i].N > st.TopDyads[i-1].N {
			t.Errorf("top dyads out of order: %v", st.TopDyads)
		}
	}
	n := 0
	for _, c := range st.ByMonth {
		n += c.N
	}
	if n != st.Events {
		t.Errorf("by month sums to %d, want %d", n, st.Events)
	}
}

// counts parses "key=n key=n" into counts.
func counts(s string) []annals.Count {
	var cs []annals.Count
	for _, f := range strings.Fields(s) {
		k, n, _ := strings.Cut(f, "=")
		var c annals.Count
		c.Key = k
		fmt.Sscan(n, &c.N)
		cs = append(cs, c)
	}
	return cs
}

func TestDyadTimeline(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	loadFixture(t, s)
	for _, tt := range []struct {
		a, b     string
		from, to string
		want     []annals.Count
	}{
		{"RUS", "AZE", "", "", counts("2020-11=1 2021-05=1")},
		{"AZE", "RUS", "", "", counts("2020-11=1 2021-05=1")},
		{"AZE", "RUS", "2021-01-01", "", counts("2021-05=1")},
		{"AZE", "RUS", "", "2021-04-30", counts("2020-11=1")},
		{"AZE", "ARM", "", "", counts("2021-04=1")},
		{"USA", "RUS", "", "", nil},
	} {
		var from, to time.Time
		if tt.from != "" {
			from = day(tt.from)
		}
		if tt.to != "" {
			to = day(tt.to)
		}
		got, err := s.DyadTimeline(ctx, tt.a, tt.b, from, to)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s-%s %s..%s: %v, want %v", tt.a, tt.b, tt.from, tt.to, got, tt.want)
		}
	}
	if _, err := s.DyadTimeline(ctx, "RUSGOV", "AZE", time.Time{}, time.Time{}); annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("bad country: %v", err)
	}
}

func TestMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	MustPut(t, s, fixture[0].coded(), annals.Stored)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Opened again, nothing is migrated twice and the document is there.
	s, err = sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	MustPut(t, s, fixture[0].coded(), annals.Unchanged)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, v int
	if err := db.QueryRow("SELECT count(*), max(version) FROM migrations").Scan(&n, &v); err != nil {
		t.Fatal(err)
	}
	if v != sqlite.SchemaVersion() || n != v {
		t.Errorf("migrations: %d rows, version %d; want %d", n, v, sqlite.SchemaVersion())
	}

	// A database from a newer annals.
	if _, err := db.Exec("INSERT INTO migrations VALUES (?, 'from_the_future', '2099-01-01T00:00:00Z')", v+1); err != nil {
		t.Fatal(err)
	}
	_, err = sqlite.Open(path)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("open newer schema: %v, want an error saying it is newer", err)
	}
	t.Log(err)
}

func TestClosed(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if _, err := s.Put(ctx, fixture[0].coded()); err == nil {
		t.Error("put on a closed store: no error")
	}
	if err := s.Events(ctx, annals.Filter{}, func(*annals.Event) error { return nil }); err == nil {
		t.Error("events on a closed store: no error")
	}
	if _, err := s.Stats(ctx); err == nil {
		t.Error("stats on a closed store: no error")
	}
}

func TestOpenBadPath(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db", "x.db?mode=ro"} {
		if _, err := sqlite.Open(p); annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("Open(%q): %v, want %s", p, err, annals.EINVALID)
		}
	}
	if _, err := sqlite.Open(filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
		t.Error("Open in a missing directory: no error")
	}
}

// TestConcurrentPut: goroutines sharing a store, and two stores on one
// file (as two processes would), all writing at once.
func TestConcurrentPut(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "annals.db")
	s1 := MustOpen(t, path)
	s2 := MustOpen(t, path)
	const per = 60
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w, s := range []*sqlite.Store{s1, s1, s2, s2} {
		wg.Go(func() {
			for i := w * per; i < (w+1)*per; i++ {
				if _, err := s.Put(ctx, synth(i, 0)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	// And a reader meanwhile.
	wg.Go(func() {
		for range 20 {
			if _, err := s1.Stats(ctx); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	want := 0
	for i := range 4 * per {
		want += synthEvents(i, 0)
	}
	for _, s := range []*sqlite.Store{s1, s2} {
		if st := MustStats(t, s); st.Documents != 4*per || st.Events != want {
			t.Errorf("stats %+v, want %d documents, %d events", st, 4*per, want)
		}
	}
	if err := s1.Check(ctx); err != nil {
		t.Error(err)
	}
}
