package dedup_test

import (
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dedup"
	"github.com/annals-dev/annals/text"
)

// FuzzAdd adds arbitrary text to an index that holds part of the corpus,
// then the same text again under another ID, and checks what Add and Group
// report.
func FuzzAdd(f *testing.F) {
	for _, d := range corpus() {
		f.Add(d.Text, d.Publisher, int64(0))
	}
	f.Add("", "", int64(0))
	f.Add("\xff\xfe\xfd \x80 word", "\xc3", int64(-1))
	f.Add("a b c d e f g h", "P", int64(1<<62))
	f.Add("Ünïcödé ÉRDOĞAN Əliyev 1,000 2.5 U.S. don't — “quoted” 。中文字符", "", int64(1))

	base := corpus()[:12]
	f.Fuzz(func(t *testing.T, s, publisher string, unix int64) {
		x := dedup.New(dedup.Options{MaxAgeDays: 3})
		for _, d := range base {
			x.Add(d.Doc)
		}
		date := dateOf(unix)
		g1, dup1, sim1 := x.Add(dedup.Doc{ID: "fuzz-1", Date: date, Publisher: publisher, Text: s})
		mustSimilarity(t, dup1, sim1)
		g2, dup2, sim2 := x.Add(dedup.Doc{ID: "fuzz-2", Date: date, Publisher: publisher, Text: s})
		mustSimilarity(t, dup2, sim2)
		if words(s) >= 8 {
			if !dup2 || g2 != g1 || sim2 != 1 {
				t.Errorf("the same text again: group %q, copy %v, similarity %v; want group %q, copy, 1", g2, dup2, sim2, g1)
			}
		} else if dup1 || dup2 {
			t.Errorf("a text of %d words was matched", words(s))
		}
		for _, id := range []string{"fuzz-1", "fuzz-2"} {
			g, ok := x.Group(id)
			if !ok {
				t.Fatalf("Group(%q) not found", id)
			}
			if !contains(g.Members, id) || g.Members[0] != g.ID {
				t.Errorf("Group(%q) = %+v", id, g)
			}
		}
		if got, want := x.Len(), len(base)+2; got != want {
			t.Errorf("Len() = %d, want %d", got, want)
		}
	})
}

// dateOf turns a fuzzed number into a date, the zero time included.
func dateOf(unix int64) (d time.Time) {
	if unix == 0 {
		return d
	}
	if unix%2 == 0 {
		return time.Unix(unix, 0) // dates of any size, up to billions of years away
	}
	return time.Unix(unix%(1<<40), 0)
}

func mustSimilarity(t *testing.T, dup bool, sim float64) {
	t.Helper()
	if sim < 0 || sim > 1 || dup != (sim > 0) {
		t.Fatalf("copy %v with similarity %v", dup, sim)
	}
}

// words counts the words of s as the index does: tokens that start with a
// letter, digit or mark.
func words(s string) int {
	n := 0
	for _, tok := range text.Tokenize(s, annals.Span{Start: 0, End: len(s)}) {
		r, _ := utf8.DecodeRuneInString(tok.Norm)
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			n++
		}
	}
	return n
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// FuzzChunkedTokens checks that the index's tokens, read a chunk at a time,
// are those of text.Tokenize on the whole text.
func FuzzChunkedTokens(f *testing.F) {
	for _, d := range corpus()[:10] {
		f.Add(d.Text)
	}
	f.Add("Mr. Smith and Dr. Jones met U.S. officials on Nov. 9 at 3,000 m... don't")
	f.Fuzz(func(t *testing.T, s string) {
		want := text.Tokenize(s, annals.Span{Start: 0, End: len(s)})
		got := dedup.Tokens(s)
		if len(got) != len(want) {
			t.Fatalf("%d tokens, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("token %d = %+v, want %+v", i, got[i], want[i])
			}
		}
	})
}
