package dates

// This is a white-box test, unlike the rest: Find and FutureTense tokenize
// only from a few words before the first trigger, an optimisation the API
// cannot show. The test checks that they answer exactly as they would with
// the whole sentence tokenized.

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// findWhole is Find without the window.
func findWhole(sentence string, pub time.Time, future bool) []Expr {
	p := parser{s: sentence, toks: tokenize(sentence, nil), future: future}
	y, m, d := pub.Date()
	p.py, p.pm, p.pd = y, int(m), d
	p.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	p.pwd = int(p.pub.Weekday())
	return p.run(sentence)
}

// TestWindowMatchesWhole builds random sentences from words that matter to
// the matchers and their look-behind, and compares.
func TestWindowMatchesWhole(t *testing.T) {
	vocab := strings.Fields(`said in a statement on the day before yesterday after tomorrow
		later earlier early this coming Thursday night Mail Good Friday will be held to Baku met
		attacked convoy 9th of November 2020 , . May March last next week weeks two ago days since
		1988 people that ' ll is expected Sunday Times overnight within first time highest we plans
		Russia s - mid weekend over at 15 2021-04-07 Nov Wed today and would could was were`)
	pub := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
	seed := uint64(1)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int((seed >> 33) % uint64(n))
	}
	n := 100000
	if testing.Short() {
		n = 5000
	}
	var b strings.Builder
	for range n {
		b.Reset()
		for k := rnd(40); k >= 0; k-- {
			if b.Len() > 0 && rnd(5) != 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[rnd(len(vocab))])
		}
		s := b.String()
		for _, future := range []bool{false, true} {
			if got, want := Find(s, pub, future), findWhole(s, pub, future); !reflect.DeepEqual(got, want) {
				t.Fatalf("Find(%q, %v) = %v, whole sentence gives %v", s, future, got, want)
			}
		}
		whole := futureTenseToks(parser{s: s, toks: tokenize(s, nil)})
		if got := FutureTense(s); got != whole {
			t.Fatalf("FutureTense(%q) = %v, whole sentence gives %v", s, got, whole)
		}
	}
}
