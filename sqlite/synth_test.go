package sqlite_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/annals-dev/annals"
)

// The synthetic corpus: wire-length stories (about 600 words in about 15
// sentences) with about 3 events each, generated from (i, version) alone so
// that a test can say what any document must look like.

var (
	synthCountries = []string{"RUS", "USA", "UKR", "CHN", "AZE", "ARM", "TUR", "IRN", "FRA", "DEU",
		"GBR", "ISR", "PSE", "SYR", "IND", "PAK", "JPN", "KOR", "PRK", "BRA", "GEO", "KAZ", "EGY", "SAU"}
	synthRoles = []string{"GOV", "MIL", "", "GOV", "OPP", "BUS"}
	synthCodes = []struct {
		code      string
		quad      int
		goldstein float64
	}{
		{"010", 1, 0}, {"036", 1, 4}, {"040", 1, 1}, {"042", 1, 1.9}, {"043", 1, 2.8}, {"057", 1, 8},
		{"061", 2, 6.4}, {"070", 2, 7}, {"0874", 2, 10}, {"112", 3, -2}, {"130", 3, -4.4}, {"172", 4, -5},
		{"190", 4, -10}, {"193", 4, -10}, {"195", 4, -10},
	}
	synthWords = makeWords()
)

// makeWords returns a fixed vocabulary of made-up words of two to four
// syllables.
func makeWords() []string {
	syl := []string{"ka", "ro", "mi", "tes", "lan", "vo", "ri", "bel", "su", "dan", "per", "ol", "ja", "nek", "tu", "sar"}
	r := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 800)
	for i := range words {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		words[i] = b.String()
	}
	return words
}

// synthEvents is how many events document i has in version v: 1 to 5,
// 3 on average.
func synthEvents(i, v int) int { return 1 + (i*7+v*3)%5 }

// synthSentences is how many sentences document i has in version v.
func synthSentences(i, v int) int { return 13 + (i+v)%5 }

// synthDate is the publication date of document i: spread over ten years.
func synthDate(i int) time.Time {
	return time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*37)%3650)
}

// synth returns version v of synthetic document i.
func synth(i, v int) *annals.Coded {
	r := rand.New(rand.NewPCG(uint64(i), uint64(v)+1000))
	id := fmt.Sprintf("doc-%07d", i)
	pub := synthDate(i)
	var text strings.Builder
	ns := synthSentences(i, v)
	sents := make([]annals.Sentence, ns)
	for k := range sents {
		if k > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		n := 34 + r.IntN(12)
		for w := range n {
			word := synthWords[r.IntN(len(synthWords))]
			if w == 0 {
				word = strings.ToUpper(word[:1]) + word[1:]
			} else {
				text.WriteByte(' ')
			}
			text.WriteString(word)
		}
		text.WriteByte('.')
		sents[k] = annals.Sentence{Index: k, Span: annals.Span{Start: start, End: text.Len()}}
	}
	body := text.String()
	for k := range sents {
		sents[k].Text = body[sents[k].Start:sents[k].End]
	}
	doc := &annals.Document{
		ID:             id,
		URL:            fmt.Sprintf("https://news.example/%d", i),
		Title:          fmt.Sprintf("Story %d v%d", i, v),
		Publisher:      "example",
		OriginalSource: "WIRE",
		Date:           pub,
		Text:           body,
		Story:          id,
	}
	ne := synthEvents(i, v)
	events := make([]annals.Event, ne)
	for k := range events {
		c := synthCodes[r.IntN(len(synthCodes))]
		src := synthCountries[r.IntN(len(synthCountries))]
		tgt := synthCountries[r.IntN(len(synthCountries))]
		s := sents[r.IntN(ns)]
		e := annals.Event{
			Doc: id, Sentence: s.Index,
			Date:          pub.AddDate(0, 0, -r.IntN(10)).Format(time.DateOnly),
			DatePrecision: annals.PrecisionDay,
			Source:        src + synthRoles[r.IntN(len(synthRoles))],
			Target:        tgt + synthRoles[r.IntN(len(synthRoles))],
			Code:          annals.Code(c.code), Root: c.code[:2], Quad: c.quad, Goldstein: c.goldstein,
			SourceText: "source words", TargetText: "target words", VerbText: "verb words",
			Start: s.Start, End: s.End,
			Pattern:        fmt.Sprintf("synth.dict:%d v%d", k, v),
			OriginalSource: "WIRE",
			Story:          id, Mentions: 1, Articles: 1, Sources: 1,
		}
		if k == 0 && i%4 == 0 {
			e.Location = &annals.Place{Name: "Baku", Country: "AZ", Lat: 40.4, Lon: 49.9, Precision: "city"}
		}
		events[k] = e
	}
	return &annals.Coded{
		Doc: doc, Sentences: sents, Events: events,
		ContentHash: fmt.Sprintf("synth-%d-%d", i, v),
		DictVersion: "synth-1",
	}
}

// synthIngest is the order in which the crash test writes the corpus of n
// documents: each document in version 0, and every tenth step also a
// revision (version 1) of the document five before, which replaces it.
func synthIngest(n int) []*annals.Coded {
	var cs []*annals.Coded
	for i := range n {
		cs = append(cs, synth(i, 0))
		if i%10 == 9 {
			cs = append(cs, synth(i-5, 1))
		}
	}
	return cs
}
