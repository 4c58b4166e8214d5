package text_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// tokenizeTests give the tokens' texts separated by single spaces; the Norm
// of each token is checked to be Fold of its text (or "-" for a dash).
var tokenizeTests = []struct {
	in   string
	want string
}{
	{"", ""},
	{"   \n\t ", ""},
	{"The minister arrived.", "The minister arrived ."},
	{"Nagorno-Karabakh", "Nagorno - Karabakh"},
	{"Russian-Armenian talks ended 3-0.", "Russian - Armenian talks ended 3 - 0 ."},
	{"Baku's position", "Baku 's position"},
	{"the Presidents' meeting", "the Presidents ' meeting"},
	{"They didn't and can't and won't.", "They did n't and ca n't and wo n't ."},
	{"Isn't it? They're sure we'll go, I'd say, I'm told; you've seen.", "Is n't it ? They 're sure we 'll go , I 'd say , I 'm told ; you 've seen ."},
	{"O'Brien visited Côte d'Ivoire.", "O'Brien visited Côte d'Ivoire ."},
	{"Tehran\u2019s envoy", "Tehran \u2019s envoy"},
	{"The U.S. and U.N. and U.K. e.g. this", "The U.S. and U.N. and U.K. e.g. this"},
	{"U.S.-led forces", "U.S. - led forces"},
	{"the U.S.'s allies", "the U.S. 's allies"},
	{"J. Smith and J.R. Jones", "J. Smith and J.R. Jones"},
	{"Mr. Lee, Mrs. Park, Dr. Kim and Gen. Ahn met Sen. Cho.", "Mr. Lee , Mrs. Park , Dr. Kim and Gen. Ahn met Sen. Cho ."},
	{"On Nov. 9 and Sept. 1, vs. Acme Inc. and Foo Corp. etc.", "On Nov. 9 and Sept. 1 , vs. Acme Inc. and Foo Corp. etc."},
	{"No. 10 said no.", "No. 10 said no ."},
	{"It cost 3,000 dollars, or 2.5 percent, in 2021.", "It cost 3,000 dollars , or 2.5 percent , in 2021 ."},
	{"1,234,567.89 and 3.", "1,234,567.89 and 3 ."},
	{"He left -- quietly -- and \u2014 then \u2013 came back", "He left -- quietly -- and \u2014 then \u2013 came back"},
	{"Beijing-- which", "Beijing -- which"},
	{`"Yes," she said. 'No.'`, `" Yes , " she said . ' No . '`},
	{"\u201cWe agree,\u201d he said.", "\u201c We agree , \u201d he said ."},
	{"Wait... what\u2026 now", "Wait ... what \u2026 now"},
	{"G20 and COVID-19 in the 1990s", "G20 and COVID - 19 in the 1990s"},
	{"(AFP) - $5 50% #tag @user", "( AFP ) - $ 5 50 % # tag @ user"},
	{"ERDOĞAN met Łukaszenka", "ERDOĞAN met Łukaszenka"},
	{"Москва и Киев", "Москва и Киев"},
	{"na\u00adtion", "na\u00adtion"},
	{"a\u200bb", "a b"},
	{"bad\xffbyte", "bad \xff byte"},
	{"end with apostrophe'", "end with apostrophe '"},
	{"'90s", "' 90s"},
}

func TestTokenize(t *testing.T) {
	for _, tt := range tokenizeTests {
		toks := text.Tokenize(tt.in, annals.Span{Start: 0, End: len(tt.in)})
		mustValidTokens(t, tt.in, annals.Span{Start: 0, End: len(tt.in)}, toks)
		if got := tokenTexts(toks); got != tt.want {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeNorms(t *testing.T) {
	in := "Erdoğan's \u201cU.S.\u201d -- Nov. 9 didn't MEET \u2014 e.g. Ph.D."
	want := "erdogan 's \" u.s. \" - nov. 9 did n't meet - e.g. ph.d."
	toks := text.Tokenize(in, annals.Span{Start: 0, End: len(in)})
	var norms []string
	for _, tok := range toks {
		norms = append(norms, tok.Norm)
	}
	if got := strings.Join(norms, " "); got != want {
		t.Errorf("norms of %q\n got %q\nwant %q", in, got, want)
	}
}

func TestTokenizeSpan(t *testing.T) {
	doc := "Header line.\nPutin met Aliyev.\nFooter"
	span := annals.Span{Start: 13, End: 30}
	toks := text.Tokenize(doc, span)
	mustValidTokens(t, doc, span, toks)
	if got, want := tokenTexts(toks), "Putin met Aliyev ."; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if toks[0].Start != 13 || toks[3].End != 30 {
		t.Errorf("offsets %v .. %v, want 13 .. 30", toks[0].Span, toks[3].Span)
	}
	// Spans outside the text are clipped, not a panic.
	for _, sp := range []annals.Span{{Start: -5, End: 5}, {Start: 30, End: 999}, {Start: 20, End: 10}, {Start: -9, End: -1}} {
		mustValidTokens(t, doc, sp, text.Tokenize(doc, sp))
	}
}

func TestAppendTokensReusesDst(t *testing.T) {
	s := "the leaders discussed the situation around the region on thursday."
	dst := make([]annals.Token, 0, 32)
	n := testing.AllocsPerRun(100, func() {
		dst = text.AppendTokens(dst[:0], s, annals.Span{Start: 0, End: len(s)})
	})
	if n != 0 {
		t.Errorf("AppendTokens of lower-case text with room in dst allocates %v times, want 0", n)
	}
}

func tokenTexts(toks []annals.Token) string {
	var parts []string
	for _, tok := range toks {
		parts = append(parts, tok.Text)
	}
	return strings.Join(parts, " ")
}

// mustValidTokens checks what must hold of any tokenization: tokens lie in
// the span, in order, without overlap, are not empty, carry their own text,
// and their Norm is Fold of it (or "-" for a dash of hyphens).
func mustValidTokens(tb testing.TB, s string, span annals.Span, toks []annals.Token) {
	tb.Helper()
	start, end := max(span.Start, 0), min(span.End, len(s))
	prev := start
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > end {
			tb.Fatalf("%q: token %d %q at %v: out of order or out of the span [%d,%d)", s, i, tok.Text, tok.Span, start, end)
		}
		if s[tok.Start:tok.End] != tok.Text {
			tb.Fatalf("%q: token %d text %q != text[%d:%d] %q", s, i, tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
		}
		want := text.Fold(tok.Text)
		if strings.HasPrefix(tok.Text, "--") {
			want = "-"
		}
		if tok.Norm != want {
			tb.Fatalf("%q: token %d %q has Norm %q, want %q", s, i, tok.Text, tok.Norm, want)
		}
		prev = tok.End
	}
}
