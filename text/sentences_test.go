package text_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// sentenceTests give the sentences of each text, separated by " | ".
var sentenceTests = []struct {
	name string
	in   string
	want string
}{
	{"empty", "", ""},
	{"blank", " \n\t\n ", ""},
	{"one", "The council met on Monday.", "The council met on Monday."},
	{"no final stop", "The council met on Monday", "The council met on Monday"},
	{"two", "The council met. It adopted a plan.", "The council met. | It adopted a plan."},
	{"trimmed", "  The council met.   It adopted a plan.  ", "The council met. | It adopted a plan."},
	{"exclamation and question", "Stop the shelling! Who fired first? Nobody knows.", "Stop the shelling! | Who fired first? | Nobody knows."},
	{"lower case after stop", "He said no. and left.", "He said no. and left."},
	{"no space after stop", "The rate rose to 2.5 percent.It fell later.", "The rate rose to 2.5 percent.It fell later."},
	{"digit starts sentence", "Talks ended in May. 12 soldiers were freed.", "Talks ended in May. | 12 soldiers were freed."},
	{"title", "Mr. Ortiz met Dr. Varga and Gen. Ito in Lisbon.", "Mr. Ortiz met Dr. Varga and Gen. Ito in Lisbon."},
	{"saint", "He flew to St. Petersburg. The talks began.", "He flew to St. Petersburg. | The talks began."},
	{"month and day", "The truce signed on Nov. 9 held until Dec. 3 at least.", "The truce signed on Nov. 9 held until Dec. 3 at least."},
	{"initials", "The novel by J. R. R. Tolkien sold well. Critics agreed.", "The novel by J. R. R. Tolkien sold well. | Critics agreed."},
	{"U.S. before a noun", "The U.S. Senate voted. U.S. officials objected.", "The U.S. Senate voted. | U.S. officials objected."},
	{"U.S. before a starter", "The envoy returned to the U.S. It was his third trip.", "The envoy returned to the U.S. | It was his third trip."},
	{"U.S. at the end", "The envoy returned to the U.S.", "The envoy returned to the U.S."},
	{"company", "Shares of Acme Inc. rose. Acme Inc. The firm declined to comment.", "Shares of Acme Inc. rose. | Acme Inc. | The firm declined to comment."},
	{"number sign", "He lives at No. 7 Elm Road. No. That is wrong.", "He lives at No. 7 Elm Road. | No. | That is wrong."},
	{"e.g.", "Some states, e.g. Chile, abstained. Others voted yes.", "Some states, e.g. Chile, abstained. | Others voted yes."},
	{"quote closes sentence", `The minister called the plan "fair." He signed it.`, `The minister called the plan "fair." | He signed it.`},
	{"quote to quote", `The aides reviewed "every clause in detail." "The outcome pleased us," the envoy said.`, `The aides reviewed "every clause in detail." | "The outcome pleased us," the envoy said.`},
	{"curly quotes", "\u201cWe will respond.\u201d \u201cSoon,\u201d she added.", "\u201cWe will respond.\u201d | \u201cSoon,\u201d she added."},
	{"question in quote", `"Why now?" he asked. Nobody replied.`, `"Why now?" he asked. | Nobody replied.`},
	{"bracket", "The vote passed (narrowly.) Protests followed.", "The vote passed (narrowly.) | Protests followed."},
	{"ellipsis", "We waited\u2026 Then the doors opened.", "We waited\u2026 | Then the doors opened."},
	{"paragraph lines", "The army withdrew.\nThe talks resumed on Friday.\n", "The army withdrew. | The talks resumed on Friday."},
	{"headline line", "Ministers Meet in Oslo\nThe ministers met on Friday.", "Ministers Meet in Oslo | The ministers met on Friday."},
	{"wrapped line", "The ministers met on\nFriday and agreed to\nmeet again in June.", "The ministers met on | Friday and agreed to\nmeet again in June."},
	{"blank line", "Talks in Oslo\n\ncontinued all week", "Talks in Oslo | continued all week"},
	{"line ends sentence", "The army withdrew.\nlater it returned.", "The army withdrew. | later it returned."},
	{"abbreviation at line end", "He met Gen.\nthe next day.", "He met Gen.\nthe next day."},
	{"crlf", "One side fired.\r\nThe other replied.\r\n", "One side fired. | The other replied."},
	{"non-breaking space", "The army withdrew.\u00a0The talks resumed.", "The army withdrew. | The talks resumed."},
	{"Cyrillic initial", "Встреча с В. Путиным прошла. Итоги подведены.", "Встреча с В. Путиным прошла. | Итоги подведены."},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			span := annals.Span{Start: 0, End: len(tt.in)}
			got := text.Sentences(tt.in, span)
			mustValidSentences(t, tt.in, span, got)
			var parts []string
			for _, sp := range got {
				parts = append(parts, tt.in[sp.Start:sp.End])
			}
			if g := strings.Join(parts, " | "); g != tt.want {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, g, tt.want)
			}
		})
	}
}

func TestSentencesSpan(t *testing.T) {
	doc := "HEADER\nFirst one here. Second one here.\nFOOTER"
	span := annals.Span{Start: 7, End: 39}
	got := text.Sentences(doc, span)
	mustValidSentences(t, doc, span, got)
	want := []annals.Span{{Start: 7, End: 22}, {Start: 23, End: 39}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %v, want %v", got, want)
	}
}

// mustValidSentences checks what must hold of any split: spans lie in the
// span, in order, without overlap, and are not empty or padded with spaces.
func mustValidSentences(tb testing.TB, s string, span annals.Span, got []annals.Span) {
	tb.Helper()
	start, end := max(span.Start, 0), min(span.End, len(s))
	prev := start
	for i, sp := range got {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > end {
			tb.Fatalf("%q: sentence %d %v: out of order, empty or out of the span [%d,%d)", s, i, sp, start, end)
		}
		if t := s[sp.Start:sp.End]; strings.TrimSpace(t) != t {
			tb.Fatalf("%q: sentence %d %q is not trimmed", s, i, t)
		}
		prev = sp.End
	}
}
