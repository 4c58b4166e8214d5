package dedup_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/dedup"
)

// pairStats counts a detector's decisions on labelled pairs.
type pairStats struct {
	tp, fp, fn, tn int
	missed, merged []string
}

func (s *pairStats) count(copies, grouped bool, what string) {
	switch {
	case copies && grouped:
		s.tp++
	case copies:
		s.fn++
		s.missed = append(s.missed, what)
	case grouped:
		s.fp++
		s.merged = append(s.merged, what)
	default:
		s.tn++
	}
}

func (s *pairStats) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s *pairStats) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

func (s *pairStats) String() string {
	return fmt.Sprintf("%d copies, %d apart: precision %.3f, recall %.3f",
		s.tp+s.fn, s.fp+s.tn, s.precision(), s.recall())
}

func (s *pairStats) log(t *testing.T, name string) {
	t.Helper()
	t.Logf("%-28s %s", name, s)
	for _, m := range s.missed {
		t.Logf("    missed copy: %s", m)
	}
	for _, m := range s.merged {
		t.Logf("    merged apart: %s", m)
	}
}

// TestLabelledPairs puts each labelled pair alone in a fresh index, the
// earlier document first, and asks whether the second is a copy.
//
// Direct pairs are a wire story and one of its copies, or a wire story and a
// story that must stay apart from it (same meeting, next day's follow-up,
// same template). Derived pairs are two copies of one story, or a copy and a
// story that must stay apart; two copies edited in different ways (a
// translation and a reprint without its lead) may be too far apart to be
// found as a pair, and are grouped through the wire story instead (see
// TestCorpusGroups). Unrelated pairs are stories of different families.
func TestLabelledPairs(t *testing.T) {
	docs := corpus()
	stats := map[string]*pairStats{}
	kinds := map[string]*pairStats{}
	lowestCopy, highestApart := 1.0, 0.0
	for _, name := range []string{"direct", "derived", "unrelated"} {
		stats[name] = &pairStats{}
	}
	for i, a := range docs {
		for _, b := range docs[i+1:] {
			x := dedup.New(dedup.DefaultOptions())
			x.Add(a.Doc)
			_, dup, _ := x.Add(b.Doc)
			copies := a.Label == b.Label
			var what string
			var sim float64
			if a.Family == b.Family || copies != dup {
				var words, names float64
				words, names, _, sim = dedup.Sketch(dedup.DefaultOptions(), a.Text, b.Text)
				what = fmt.Sprintf("%s / %s (similarity %.3f: words %.2f, names %.2f)", a.ID, b.ID, sim, words, names)
			}
			switch {
			case a.Family != b.Family:
				stats["unrelated"].count(copies, dup, what)
			case a.Kind == "base":
				if copies {
					lowestCopy = min(lowestCopy, sim)
				} else {
					highestApart = max(highestApart, sim)
				}
				stats["direct"].count(copies, dup, what)
				if kinds[b.Kind] == nil {
					kinds[b.Kind] = &pairStats{}
				}
				kinds[b.Kind].count(copies, dup, what)
			default:
				stats["derived"].count(copies, dup, what)
			}
		}
	}
	for _, name := range []string{"direct", "derived", "unrelated"} {
		stats[name].log(t, name+" pairs")
	}
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		t.Logf("  %-26s %s", "wire story / "+k, kinds[k])
	}
	t.Logf("direct pairs: lowest similarity of a copy %.3f, highest of a story apart %.3f, threshold %.2f",
		lowestCopy, highestApart, dedup.DefaultOptions().Threshold)

	direct := stats["direct"]
	if direct.tp+direct.fn < 50 {
		t.Errorf("only %d labelled copy pairs, want at least 50", direct.tp+direct.fn)
	}
	if p := direct.precision(); p < 1 {
		t.Errorf("direct pairs: precision %.3f, want 1", p)
	}
	if r := direct.recall(); r < 0.9 {
		t.Errorf("direct pairs: recall %.3f, want at least 0.9", r)
	}
	if p := stats["derived"].precision(); p < 1 {
		t.Errorf("derived pairs: precision %.3f, want 1", p)
	}
	if n := stats["unrelated"].fp; n > 0 {
		t.Errorf("%d unrelated pairs grouped", n)
	}
}

// TestCorpusGroups indexes the whole corpus in one index, in three orders,
// and scores the groups by pairs: two documents in one group are a found
// copy pair, or a false one if their labels differ.
//
// Groups are never merged, so that a group's ID stays what Add first
// returned: a document joins the group of its best match. When copies come
// before their wire story, two copies too far apart to match each other (a
// translation and a reprint with a new lead) found two groups, and the wire
// story, when it comes, joins only one of them. The reversed order shows
// that cost.
func TestCorpusGroups(t *testing.T) {
	docs := corpus()
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	// Interleaved: the copies of every story first, then the wire stories.
	var interleaved []labelled
	for _, d := range docs {
		if d.Kind != "base" {
			interleaved = append(interleaved, d)
		}
	}
	for _, d := range docs {
		if d.Kind == "base" {
			interleaved = append(interleaved, d)
		}
	}
	for _, order := range []struct {
		name string
		docs []labelled
	}{{"wire story first", docs}, {"reversed", reversed}, {"copies first", interleaved}} {
		x := dedup.New(dedup.DefaultOptions())
		group := map[string]string{}
		for _, d := range order.docs {
			g, _, _ := x.Add(d.Doc)
			group[d.ID] = g
		}
		var s pairStats
		for i, a := range docs {
			for _, b := range docs[i+1:] {
				s.count(a.Label == b.Label, group[a.ID] == group[b.ID], a.ID+" / "+b.ID)
			}
		}
		s.log(t, order.name)
		if p := s.precision(); p < 1 {
			t.Errorf("%s: precision %.3f, want 1", order.name, p)
		}
		if r := s.recall(); r < 0.85 {
			t.Errorf("%s: recall %.3f, want at least 0.85", order.name, r)
		}
	}
}

// story is a wire story of the corpus, and story2 an unrelated one.
var (
	story  = wires[0].text
	story2 = wires[1].text
)

func day(d int) time.Time { return time.Date(2024, 3, d, 9, 30, 0, 0, time.UTC) }

type added struct {
	group string
	dup   bool
}

func TestGroups(t *testing.T) {
	tests := []struct {
		name string
		opt  dedup.Options
		docs []dedup.Doc
		want []added      // what each Add returns
		id   string       // the ID Group is asked for
		then *dedup.Group // what it returns; nil when id is not indexed
	}{
		{
			name: "earliest publication moves, ID stays",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Publisher: "P1", Text: story},
				{ID: "b", Date: day(3), Publisher: "P2", Text: reprint("Headline", story, "P2")},
				{ID: "c", Date: day(4), Publisher: "P3", Text: story},
			},
			want: []added{{"a", false}, {"a", true}, {"a", true}},
			id:   "c",
			then: &dedup.Group{ID: "a", Earliest: day(3), Members: []string{"a", "b", "c"}, Publishers: 3},
		},
		{
			name: "first non-empty original source",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Text: story},
				{ID: "b", Date: day(5), OriginalSource: "TASS", Text: story},
				{ID: "c", Date: day(5), OriginalSource: "Reuters", Text: story},
			},
			want: []added{{"a", false}, {"a", true}, {"a", true}},
			id:   "a",
			then: &dedup.Group{ID: "a", Earliest: day(5), OriginalSource: "TASS", Members: []string{"a", "b", "c"}},
		},
		{
			name: "distinct publishers, empty ones not counted",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Publisher: "Valley Post", Text: story},
				{ID: "b", Date: day(5), Publisher: "Valley Post", Text: story},
				{ID: "c", Date: day(5), Publisher: "", Text: story},
				{ID: "d", Date: day(5), Publisher: "Capital Herald", Text: story},
			},
			want: []added{{"a", false}, {"a", true}, {"a", true}, {"a", true}},
			id:   "b",
			then: &dedup.Group{ID: "a", Earliest: day(5), Members: []string{"a", "b", "c", "d"}, Publishers: 2},
		},
		{
			name: "a lone document is its own group",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Publisher: "Valley Post", OriginalSource: "TASS", Text: story},
				{ID: "b", Date: day(5), Publisher: "Valley Post", Text: story2},
			},
			want: []added{{"a", false}, {"b", false}},
			id:   "b",
			then: &dedup.Group{ID: "b", Earliest: day(5), Members: []string{"b"}, Publishers: 1},
		},
		{
			name: "MaxAgeDays keeps an old exact copy apart",
			opt:  dedup.Options{MaxAgeDays: 7},
			docs: []dedup.Doc{
				{ID: "a", Date: day(1), Text: story},
				{ID: "b", Date: day(9), Text: story},
				{ID: "c", Date: day(15), Text: reprint("Headline", story, "P")},
			},
			// c is 14 days after a but 6 after b.
			want: []added{{"a", false}, {"b", false}, {"b", true}},
			id:   "c",
			then: &dedup.Group{ID: "b", Earliest: day(9), Members: []string{"b", "c"}},
		},
		{
			name: "MaxAgeDays 0 is no limit",
			opt:  dedup.Options{MaxAgeDays: 0},
			docs: []dedup.Doc{
				{ID: "a", Date: day(1).AddDate(-1, 0, 0), Text: story},
				{ID: "b", Date: day(9), Text: reprint("Headline", story, "P")},
			},
			want: []added{{"a", false}, {"a", true}},
			id:   "b",
			then: &dedup.Group{ID: "a", Earliest: day(1).AddDate(-1, 0, 0), Members: []string{"a", "b"}},
		},
		{
			name: "a document without a date matches any and leaves Earliest alone",
			opt:  dedup.Options{MaxAgeDays: 1},
			docs: []dedup.Doc{
				{ID: "a", Text: story},
				{ID: "b", Date: day(20), Text: story},
				{ID: "c", Date: day(2), Text: story},
			},
			want: []added{{"a", false}, {"a", true}, {"a", true}},
			id:   "a",
			then: &dedup.Group{ID: "a", Earliest: day(2), Members: []string{"a", "b", "c"}},
		},
		{
			name: "no dates at all",
			docs: []dedup.Doc{{ID: "a", Text: story}, {ID: "b", Text: story}},
			want: []added{{"a", false}, {"a", true}},
			id:   "b",
			then: &dedup.Group{ID: "a", Members: []string{"a", "b"}},
		},
		{
			name: "re-adding an ID changes nothing",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Publisher: "P1", Text: story},
				{ID: "b", Date: day(5), Publisher: "P2", Text: story},
				{ID: "b", Date: day(1), Publisher: "P3", OriginalSource: "AFP", Text: story2},
			},
			want: []added{{"a", false}, {"a", true}, {"a", true}},
			id:   "a",
			then: &dedup.Group{ID: "a", Earliest: day(5), Members: []string{"a", "b"}, Publishers: 2},
		},
		{
			name: "short texts are never matched",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Text: "Photo: Reuters"},
				{ID: "b", Date: day(5), Text: "Photo: Reuters"},
				{ID: "c", Date: day(5), Text: ""},
				{ID: "d", Date: day(5), Text: ""},
			},
			want: []added{{"a", false}, {"b", false}, {"c", false}, {"d", false}},
			id:   "d",
			then: &dedup.Group{ID: "d", Earliest: day(5), Members: []string{"d"}},
		},
		{
			name: "exact copy after folding, punctuation and spacing",
			docs: []dedup.Doc{
				{ID: "a", Date: day(5), Text: story},
				{ID: "b", Date: day(5), Text: strings.ToUpper(strings.Join(strings.Fields(curly(story)), "   "))},
			},
			want: []added{{"a", false}, {"a", true}},
			id:   "b",
			then: &dedup.Group{ID: "a", Earliest: day(5), Members: []string{"a", "b"}},
		},
		{
			name: "unknown ID",
			docs: []dedup.Doc{{ID: "a", Text: story}},
			want: []added{{"a", false}},
			id:   "z",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := dedup.DefaultOptions()
			opt.MaxAgeDays = tt.opt.MaxAgeDays
			x := dedup.New(opt)
			for i, d := range tt.docs {
				g, dup, sim := x.Add(d)
				if g != tt.want[i].group || dup != tt.want[i].dup {
					t.Errorf("Add(%s) = %q, %v, %.3f; want %q, %v", d.ID, g, dup, sim, tt.want[i].group, tt.want[i].dup)
				}
				if dup != (sim > 0) || sim < 0 || sim > 1 {
					t.Errorf("Add(%s): duplicate %v with similarity %v", d.ID, dup, sim)
				}
			}
			got, ok := x.Group(tt.id)
			switch {
			case tt.then == nil && ok:
				t.Errorf("Group(%q) = %+v, want none", tt.id, got)
			case tt.then == nil:
			case !ok:
				t.Errorf("Group(%q) not found", tt.id)
			case !equalGroups(got, *tt.then):
				t.Errorf("Group(%q) =\n\t%+v\nwant\n\t%+v", tt.id, got, *tt.then)
			}
		})
	}
}

func equalGroups(a, b dedup.Group) bool {
	return a.ID == b.ID && a.Earliest.Equal(b.Earliest) && a.Earliest.IsZero() == b.Earliest.IsZero() &&
		a.OriginalSource == b.OriginalSource && slices.Equal(a.Members, b.Members) && a.Publishers == b.Publishers
}

func TestLen(t *testing.T) {
	x := dedup.New(dedup.DefaultOptions())
	want := []int{1, 2, 2, 3} // the second "a" is not indexed again
	for i, d := range []dedup.Doc{{ID: "a", Text: story}, {ID: "b", Text: story}, {ID: "a", Text: story2}, {ID: "c"}} {
		x.Add(d)
		if got := x.Len(); got != want[i] {
			t.Errorf("after adding %s, Len() = %d, want %d", d.ID, got, want[i])
		}
	}
}

// TestOptionsDefaults checks that zero and out-of-range options fall back to
// working values instead of failing.
func TestOptionsDefaults(t *testing.T) {
	for _, o := range []dedup.Options{
		{},
		{Shingle: -1, Bands: -1, Rows: -1, Threshold: -1, MaxAgeDays: -1},
		{Shingle: 1000, Bands: 100000, Rows: 1000},
	} {
		x := dedup.New(o)
		x.Add(dedup.Doc{ID: "a", Text: story})
		if _, dup, _ := x.Add(dedup.Doc{ID: "b", Text: reprint("Headline", story, "P")}); !dup {
			t.Errorf("options %+v: a light reprint is not a copy", o)
		}
	}
	// Above 1, the threshold leaves only exact copies.
	x := dedup.New(dedup.Options{Threshold: 1.5})
	x.Add(dedup.Doc{ID: "a", Text: story})
	if _, dup, _ := x.Add(dedup.Doc{ID: "b", Text: reprint("Headline", story, "P")}); dup {
		t.Error("threshold 1.5: a reprint is a copy")
	}
	if _, dup, _ := x.Add(dedup.Doc{ID: "c", Text: story}); !dup {
		t.Error("threshold 1.5: an exact copy is not a copy")
	}
}

// TestConcurrentAdd adds from several goroutines; run with -race.
func TestConcurrentAdd(t *testing.T) {
	docs := corpus()
	x := dedup.New(dedup.DefaultOptions())
	done := make(chan bool)
	for w := range 4 {
		go func() {
			for i := w; i < len(docs); i += 4 {
				x.Add(docs[i].Doc)
				x.Group(docs[i].ID)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if x.Len() != len(docs) {
		t.Errorf("Len() = %d, want %d", x.Len(), len(docs))
	}
}
