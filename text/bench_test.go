package text_test

import (
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// wireSentence is a typical wire sentence of some thirty words, written for
// these benchmarks.
const wireSentence = `Norwegian Foreign Minister Ingrid Dahl met her Estonian counterpart in Oslo on Tuesday, ` +
	`and the two "agreed to expand" U.S.-backed cooperation on Baltic security, the ministry's spokesman said.`

func BenchmarkTokenize(b *testing.B) {
	span := annals.Span{Start: 0, End: len(wireSentence)}
	b.Run("Tokenize", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(wireSentence)))
		for b.Loop() {
			_ = text.Tokenize(wireSentence, span)
		}
	})
	b.Run("AppendTokens", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(wireSentence)))
		var dst []annals.Token
		for b.Loop() {
			dst = text.AppendTokens(dst[:0], wireSentence, span)
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(wireSentence)))
	span := annals.Span{Start: 0, End: len(wireSentence)}
	for b.Loop() {
		_ = text.Sentences(wireSentence, span)
	}
}

func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = text.Fold("Erdoğan")
	}
}

func BenchmarkBody(b *testing.B) {
	doc := &annals.Document{
		Publisher: "The Harbour Times",
		Text: "OSLO, March 3 (Reuters) - " + wireSentence + "\n\n" + wireSentence + "\n" + wireSentence +
			"\nRead also: Oslo talks stall\nPhoto: Jane Roe\nThe Harbour Times\n",
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		_ = text.Body(doc)
	}
}
