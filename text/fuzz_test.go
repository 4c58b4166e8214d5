package text_test

import (
	"testing"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

func FuzzFold(f *testing.F) {
	for _, tt := range foldTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := text.Fold(s)
		if again := text.Fold(got); again != got {
			t.Fatalf("Fold(%q) = %q, but Fold of that is %q", s, got, again)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, got)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, tt := range tokenizeTests {
		f.Add(tt.in, 0, len(tt.in))
	}
	for _, tt := range sentenceTests {
		f.Add(tt.in, 0, len(tt.in))
	}
	f.Add("Header.\nPutin met Aliyev.", 8, 26)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		span := annals.Span{Start: start, End: end}
		toks := text.Tokenize(s, span)
		mustValidTokens(t, s, span, toks)
		// AppendTokens onto earlier tokens gives the same tokens after them.
		more := text.AppendTokens(toks[:len(toks):len(toks)], s, span)
		if len(more) != 2*len(toks) {
			t.Fatalf("AppendTokens gave %d tokens, want %d", len(more)-len(toks), len(toks))
		}
		for i, tok := range toks {
			if more[len(toks)+i] != tok {
				t.Fatalf("AppendTokens token %d = %+v, Tokenize gave %+v", i, more[len(toks)+i], tok)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.in, 0, len(tt.in))
	}
	for _, tt := range bodyTests {
		f.Add(tt.in, 0, len(tt.in))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		span := annals.Span{Start: start, End: end}
		mustValidSentences(t, s, span, text.Sentences(s, span))
	})
}

func FuzzBody(f *testing.F) {
	for _, tt := range bodyTests {
		f.Add(tt.in, tt.publisher)
	}
	for _, tt := range sentenceTests {
		f.Add(tt.in, "")
	}
	f.Fuzz(func(t *testing.T, s, publisher string) {
		doc := &annals.Document{Text: s, Publisher: publisher}
		p := text.Body(doc)
		mustValidBody(t, doc, p)
		if d := p.Dateline; d != (annals.Span{}) {
			// The dateline lies inside the furniture that holds it.
			in := false
			for _, f := range p.Furniture {
				in = in || f.Start <= d.Start && d.Start < d.End && d.End <= f.End
			}
			if !in {
				t.Fatalf("%q: dateline %v lies in no furniture %v", s, d, p.Furniture)
			}
		}
		for _, sp := range p.Spans {
			mustValidSentences(t, s, sp, text.Sentences(s, sp))
		}
	})
}
