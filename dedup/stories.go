package dedup

import (
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// Body returns the text of doc to index: its lines less page furniture, as
// text.Body finds them. Copies of a story that differ only in bylines,
// credits and links then look alike.
func Body(doc *annals.Document) string {
	spans := text.Body(doc).Spans
	if len(spans) == 1 {
		return doc.Text[spans[0].Start:spans[0].End]
	}
	var b strings.Builder
	for i, sp := range spans {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(doc.Text[sp.Start:sp.End])
	}
	return b.String()
}

// AddDocument indexes doc, with its furniture stripped, and sets doc.Story
// to the ID of the first document of its group. It returns the document as
// a coder should read it: doc itself, or, when doc copies a story published
// earlier, a shallow copy of doc dated at the story's earliest publication,
// so that the copy's "on Wednesday" and its undated events resolve to the
// dates the original gives them.
func (x *Index) AddDocument(doc *annals.Document) (readAs *annals.Document) {
	g, dup, _ := x.Add(Doc{ID: doc.ID, Date: doc.Date, Publisher: Outlet(doc), OriginalSource: doc.OriginalSource, Text: Body(doc)})
	doc.Story = g
	if !dup {
		return doc
	}
	grp, _ := x.Group(g)
	return DatedAs(doc, grp.Earliest)
}

// DatedAs returns doc, or, when earliest is known and before doc's date, a
// shallow copy of doc dated earliest: a republished copy read as of the
// day its story first appeared.
func DatedAs(doc *annals.Document, earliest time.Time) *annals.Document {
	if doc.Date.IsZero() || earliest.IsZero() || !earliest.Before(doc.Date) {
		return doc
	}
	c := *doc
	c.Date = earliest.In(doc.Date.Location())
	return &c
}

// Outlet names the outlet that published doc, for counting sources: its
// publisher, else the host of its URL without "www.", else "".
func Outlet(doc *annals.Document) string {
	if doc.Publisher != "" {
		return doc.Publisher
	}
	if u, err := url.Parse(doc.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// Stories folds the events of republished copies into mentions of one
// event, for a stream of coded documents that is read whole before any event
// is written (annals code). Add each document in input order and code the
// document it returns, Keep the events, and call Events at the end.
//
// Two events are one when their documents are copies of one story (the
// Index groups them) and they have the same source, target, code and date.
// The event kept is the one from the earliest-published copy (the first
// added among equally early ones); it takes the counts of all of them:
// Mentions, the sentences reporting it; Articles, their documents; Sources,
// the distinct outlets of those (at least 1). Two events of one document are
// never folded together: a story that reports a thing twice reports two
// things as far as the coder can tell. An event kept without a location
// takes the first location a folded copy of it has. Every event gets the Story of its
// document, and the story's first credited wire service as OriginalSource
// when its own document credits none.
type Stories struct {
	x    *Index
	docs []storyDoc
}

type storyDoc struct {
	id, outlet string
	date       time.Time
	events     []annals.Event
}

// NewStories returns an empty Stories that groups documents with an Index
// of the given options.
func NewStories(o Options) *Stories { return &Stories{x: New(o)} }

// Add indexes doc, setting doc.Story to its group so far, and returns the
// document to code (see Index.AddDocument). It keeps no text.
func (s *Stories) Add(doc *annals.Document) (readAs *annals.Document) {
	return s.x.AddDocument(doc)
}

// Keep keeps the events coded from doc, which was added last.
func (s *Stories) Keep(doc *annals.Document, events []annals.Event) {
	s.docs = append(s.docs, storyDoc{id: doc.ID, outlet: Outlet(doc), date: doc.Date, events: events})
}

// Events calls fn for every event that is not a mention of another, in the
// order the documents and their events were added, with its counts. An
// error from fn stops the walk and is returned.
func (s *Stories) Events(fn func(*annals.Event) error) error {
	// The members of each story, earliest publication first.
	stories := map[string][]int{}
	groups := make([]Group, len(s.docs))
	for i := range s.docs {
		g, _ := s.x.Group(s.docs[i].id)
		groups[i] = g
		stories[g.ID] = append(stories[g.ID], i)
	}
	type key struct{ source, target, code, date string }
	type tally struct {
		ev       *annals.Event
		doc      int
		docs     []int
		outlets  []string
		mentions int
	}
	dropped := make([][]bool, len(s.docs))
	var tallies []*tally
	for _, members := range stories {
		if len(members) < 2 {
			continue
		}
		slices.SortStableFunc(members, func(a, b int) int {
			da, db := s.docs[a].date, s.docs[b].date
			if da.IsZero() != db.IsZero() { // an unknown date is no earlier than any
				if da.IsZero() {
					return 1
				}
				return -1
			}
			return da.Compare(db)
		})
		first := map[key]*tally{}
		for _, m := range members {
			d := &s.docs[m]
			dropped[m] = make([]bool, len(d.events))
			for k := range d.events {
				e := &d.events[k]
				kk := key{e.Source, e.Target, string(e.Code), e.Date}
				t := first[kk]
				if t == nil || t.doc == m {
					if t == nil {
						t = &tally{ev: e, doc: m}
						first[kk] = t
						tallies = append(tallies, t)
					}
					continue
				}
				dropped[m][k] = true
				if t.ev.Location == nil && e.Location != nil {
					t.ev.Location = e.Location // a copy placed what the first did not
				}
				t.mentions++
				if !slices.Contains(t.docs, m) {
					t.docs = append(t.docs, m)
				}
				if d.outlet != "" && !slices.Contains(t.outlets, d.outlet) {
					t.outlets = append(t.outlets, d.outlet)
				}
			}
		}
	}
	for _, t := range tallies {
		if t.mentions == 0 {
			continue
		}
		t.ev.Mentions = max(1, t.ev.Mentions) + t.mentions
		t.ev.Articles = max(1, t.ev.Articles) + len(t.docs)
		outlets := t.outlets
		if o := s.docs[t.doc].outlet; o != "" && !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
		t.ev.Sources = max(1, len(outlets))
	}
	for i := range s.docs {
		d := &s.docs[i]
		g := groups[i]
		for k := range d.events {
			if dropped[i] != nil && dropped[i][k] {
				continue
			}
			e := &d.events[k]
			e.Story = g.ID
			if e.OriginalSource == "" {
				e.OriginalSource = g.OriginalSource
			}
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}
