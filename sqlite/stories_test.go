package sqlite_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/sqlite"
)

// copyOf builds a copy of a story: the story's first document's id as
// Story, and its own publisher.
func copyOf(st story, storyID, publisher string) *annals.Coded {
	c := st.coded()
	c.Doc.Story, c.Doc.Publisher = storyID, publisher
	for i := range c.Events {
		c.Events[i].Story = storyID
	}
	return c
}

// eventRows lists the store's events as "doc/sentence source-target code
// story mentions/articles/sources start-end", in stored order.
func eventRows(tb testing.TB, s *sqlite.Store) []string {
	tb.Helper()
	var out []string
	for _, e := range MustEvents(tb, s, annals.Filter{}) {
		out = append(out, fmt.Sprintf("%s/%d %s-%s %s story=%s %d/%d/%d %d-%d",
			e.Doc, e.Sentence, e.Source, e.Target, e.Code, e.Story, e.Mentions, e.Articles, e.Sources, e.Start, e.End))
	}
	return out
}

func TestStoryMentions(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	wire := story{id: "wire", date: "2021-04-08", sentences: []string{
		"Putin held a call with Aliyev.", "They agreed to talk again."},
		events: []annals.Event{ev(0, "2021-04-08", "RUSGOV", "AZEGOV", "041", 1), ev(1, "2021-04-08", "RUSGOV", "AZEGOV", "036", 1)}}
	siteA := story{id: "site-a", date: "2021-04-09", sentences: []string{
		"Headline.", "Putin held a phone call with Aliyev.", "Armenia protested."},
		events: []annals.Event{ev(1, "2021-04-08", "RUSGOV", "AZEGOV", "041", 1), ev(2, "2021-04-08", "ARMGOV", "AZEGOV", "111", 3)}}
	siteB := story{id: "site-b", date: "2021-04-09", sentences: []string{"Putin held a call with Aliyev."},
		events: []annals.Event{ev(0, "2021-04-08", "RUSGOV", "AZEGOV", "041", 1)}}

	wireCoded := wire.coded()
	wireCoded.Doc.Publisher = "Wire"
	MustPut(t, s, wireCoded, annals.Stored)
	MustPut(t, s, copyOf(siteA, "wire", "Site"), annals.Stored)
	MustPut(t, s, copyOf(siteB, "wire", "Site"), annals.Stored) // the same outlet again
	want := []string{
		"wire/0 RUSGOV-AZEGOV 041 story=wire 3/3/2 0-30",
		"wire/1 RUSGOV-AZEGOV 036 story=wire 1/1/1 31-57",
		"site-a/2 ARMGOV-AZEGOV 111 story=wire 1/1/1 47-65", // only the copy reports it
	}
	if got := eventRows(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after the copies:\n got %q\nwant %q", got, want)
	}

	// The same copy again changes nothing.
	MustPut(t, s, copyOf(siteB, "wire", "Site"), annals.Unchanged)

	// The wire story is corrected and no longer reports the call: the event
	// passes to the first copy that reports it, evidence and all.
	wire.sentences = []string{"Putin and Aliyev spoke.", "They agreed to talk again."}
	wire.events = wire.events[1:]
	MustPut(t, s, wire.coded(), annals.Replaced)
	want = []string{ // in date, document, sentence order
		"wire/1 RUSGOV-AZEGOV 036 story=wire 1/1/1 24-50",
		"site-a/1 RUSGOV-AZEGOV 041 story=wire 2/2/1 10-46",
		"site-a/2 ARMGOV-AZEGOV 111 story=wire 1/1/1 47-65",
	}
	if got := eventRows(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after the correction:\n got %q\nwant %q", got, want)
	}

	// Recoding the copy that holds the event (same text, new dictionary)
	// passes it on again, then takes it back as a mention.
	c := copyOf(siteA, "wire", "Site")
	c.DictVersion = "test-2"
	MustPut(t, s, c, annals.Replaced)
	want = []string{
		"wire/1 RUSGOV-AZEGOV 036 story=wire 1/1/1 24-50",
		"site-a/2 ARMGOV-AZEGOV 111 story=wire 1/1/1 47-65",
		"site-b/0 RUSGOV-AZEGOV 041 story=wire 2/2/1 0-30",
	}
	if got := eventRows(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after recoding a copy:\n got %q\nwant %q", got, want)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	st := MustStats(t, s)
	if st.Documents != 3 || st.Events != 3 {
		t.Errorf("%d documents, %d events; want 3, 3", st.Documents, st.Events)
	}
}
