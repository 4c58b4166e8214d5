package dedup_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dedup"
)

const storyWire = `The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday for talks mediated by the co-chairs of the OSCE Minsk Group, the first such meeting in four months.
Zohrab Mnatsakanyan and Elmar Mammadyarov discussed the preparation of a summit of the two presidents and agreed to continue humanitarian measures along the line of contact.
The talks lasted more than three hours, officials said.`

// storyReprint is storyWire as a news site reprints it: a byline, a word changed, a
// link and the site's tag line added.
const storyReprint = `By Staff Writer
The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday for talks mediated by the co-chairs of the OSCE Minsk Group, the first such meeting in four months.
Zohrab Mnatsakanyan and Elmar Mammadyarov discussed the preparation of a summit of the two presidents and agreed to continue humanitarian steps along the line of contact.
The talks lasted over three hours, officials said.
Read also: Border incident reported
Caucasus Daily`

const storyOther = `Thousands of protesters rallied in Yerevan on Tuesday demanding the resignation of the government after the parliament failed to pass the budget.
Police detained dozens of demonstrators near the parliament building, the interior ministry said, and opposition leaders called for a general strike next week.`

func ev(doc, src, tgt, code, date string, sentence int) annals.Event {
	return annals.Event{Doc: doc, Source: src, Target: tgt, Code: annals.Code(code), Date: date, Sentence: sentence,
		Mentions: 1, Articles: 1, Sources: 1}
}

func TestStories(t *testing.T) {
	day := func(d string) time.Time { t, _ := time.Parse(time.DateOnly, d); return t }
	s := dedup.NewStories(dedup.DefaultOptions())
	docs := []struct {
		doc    annals.Document
		events []annals.Event
	}{
		// The reprint is read first but published later: the wire story's events are kept.
		{annals.Document{ID: "site-a", Publisher: "Caucasus Daily", Date: day("2018-09-25"), Text: storyReprint},
			[]annals.Event{ev("site-a", "ARMGOV", "AZEGOV", "036", "2018-09-24", 2), ev("site-a", "AZEGOV", "ARMGOV", "036", "2018-09-24", 2),
				ev("site-a", "ARMGOV", "AZEGOV", "040", "2018-09-24", 1)}},
		{annals.Document{ID: "wire", Publisher: "Lakeside Wire", OriginalSource: "LW", Date: day("2018-09-24"), Text: storyWire},
			[]annals.Event{ev("wire", "ARMGOV", "AZEGOV", "036", "2018-09-24", 1), ev("wire", "AZEGOV", "ARMGOV", "036", "2018-09-24", 1),
				ev("wire", "ARMGOV", "AZEGOV", "036", "2018-09-24", 2)}}, // reported twice in one document: two events
		{annals.Document{ID: "site-b", URL: "https://www.example.org/news/1", Date: day("2018-09-25"), Text: storyWire},
			[]annals.Event{ev("site-b", "ARMGOV", "AZEGOV", "036", "2018-09-24", 1)}},
		{annals.Document{ID: "site-c", Publisher: "Caucasus Daily", Date: day("2018-09-26"), Text: storyReprint + "\nUpdated."},
			[]annals.Event{ev("site-c", "ARMGOV", "AZEGOV", "036", "2018-09-24", 2)}},
		{annals.Document{ID: "protest", Publisher: "Lakeside Wire", Date: day("2018-09-25"), Text: storyOther},
			[]annals.Event{ev("protest", "ARMOPP", "ARMGOV", "036", "2018-09-24", 0)}}, // same dyad and code, another story
	}
	for i := range docs {
		s.Add(&docs[i].doc)
		s.Keep(&docs[i].doc, docs[i].events)
	}
	var got []string
	err := s.Events(func(e *annals.Event) error {
		got = append(got, fmt.Sprintf("%s/%d %s-%s %s story=%s mentions=%d articles=%d sources=%d orig=%s",
			e.Doc, e.Sentence, e.Source, e.Target, e.Code, e.Story, e.Mentions, e.Articles, e.Sources, e.OriginalSource))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		// Only in the reprint: its own event.
		"site-a/1 ARMGOV-AZEGOV 040 story=site-a mentions=1 articles=1 sources=1 orig=LW",
		"wire/1 ARMGOV-AZEGOV 036 story=site-a mentions=4 articles=4 sources=3 orig=LW",
		"wire/1 AZEGOV-ARMGOV 036 story=site-a mentions=2 articles=2 sources=2 orig=LW",
		"wire/2 ARMGOV-AZEGOV 036 story=site-a mentions=1 articles=1 sources=1 orig=LW",
		"protest/0 ARMOPP-ARMGOV 036 story=protest mentions=1 articles=1 sources=1 orig=",
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("events\n got:\n%s\nwant:\n%s", g, w)
	}
	if docs[2].doc.Story != "site-a" || docs[4].doc.Story != "protest" {
		t.Errorf("Story of site-b %q, of protest %q; want site-a, protest", docs[2].doc.Story, docs[4].doc.Story)
	}
}

func TestOutlet(t *testing.T) {
	for _, tt := range []struct {
		doc  annals.Document
		want string
	}{
		{annals.Document{Publisher: "Caucasus Daily", URL: "https://x.org/a"}, "Caucasus Daily"},
		{annals.Document{URL: "https://WWW.Example.org:8080/a?b"}, "example.org"},
		{annals.Document{URL: "not a url"}, ""},
		{annals.Document{}, ""},
	} {
		if got := dedup.Outlet(&tt.doc); got != tt.want {
			t.Errorf("Outlet(%+v) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
