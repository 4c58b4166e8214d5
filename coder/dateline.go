package coder

import (
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dates"
)

// dateline reads the dateline that text.Body found at span: the place of
// report before its first comma ("MOSCOW" of "MOSCOW, April 8"), looked up
// in the gazetteer with any qualifier that follows ("KYIV, Ukraine"), and
// the date of report, resolved against the publication date. It returns
// nil when there is no dateline.
func (c *Coder) dateline(doc *annals.Document, span annals.Span) *annals.Dateline {
	if span.End <= span.Start || span.End > len(doc.Text) {
		return nil
	}
	raw := doc.Text[span.Start:span.End]
	d := &annals.Dateline{Text: raw}
	for _, e := range dates.FindIn(raw, doc.Date, false, dates.OrderOf(doc.Lang)) {
		if e.Precision == annals.PrecisionDay {
			d.Date = e.Date.Format(time.DateOnly)
			// The place is what precedes the date.
			if i := strings.Index(raw, e.Text); i >= 0 {
				raw = strings.TrimRight(strings.TrimSpace(raw[:i]), ",")
			}
			break
		}
	}
	if c.places == nil || raw == "" {
		return d
	}
	place, qual, _ := strings.Cut(raw, ",")
	name := titleCase(strings.TrimSpace(place))
	if q := strings.TrimSpace(qual); q != "" {
		if p, ok := c.places.Lookup(name+", "+q, ""); ok {
			d.Place = &p
			return d
		}
	}
	if p, ok := c.places.Lookup(name, ""); ok {
		d.Place = &p
	}
	return d
}

// titleCase turns a dateline's capitals into a name as gazetteers write it:
// "NEW YORK" → "New York"; a name already in mixed case is kept.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-' || c == '\''
	}
	return string(b)
}

// finish completes the events of a document: each is one mention in one
// article from one source, in the story doc belongs to; a location its
// sentence gave is marked so; and an event with no place of its own takes
// the dateline's place, marked as coming from the dateline, when it
// happened on the day of report or the day before, one of its parties is of
// the dateline's country, and it is no material conflict (quad class 4),
// which happens where the fighting is, seldom where the reporter files
// from.
func finish(doc *annals.Document, events []annals.Event, dl *annals.Dateline) {
	story := doc.Story
	if story == "" {
		story = doc.ID
	}
	var report time.Time
	if dl != nil && dl.Place != nil {
		report = doc.Date
		if t, err := time.Parse(time.DateOnly, dl.Date); err == nil {
			report = t
		}
		y, m, d := report.Date()
		report = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	for i := range events {
		e := &events[i]
		e.Story, e.Mentions, e.Articles, e.Sources = story, 1, 1, 1
		if e.Location != nil {
			if e.Location.From == "" {
				e.Location.From = "sentence"
			}
			continue
		}
		if report.IsZero() || e.Planned || e.Quad == 4 || !ofCountry(e.Source, dl.Place.Country) && !ofCountry(e.Target, dl.Place.Country) {
			continue
		}
		t, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			continue
		}
		if days := report.Sub(t).Hours() / 24; days >= 0 && days <= 1 {
			p := *dl.Place
			p.From = "dateline"
			e.Location = &p
		}
	}
}

// ofCountry reports whether an actor code belongs to a country: "RUSGOV" to RUS.
func ofCountry(code, country string) bool {
	return country != "" && strings.HasPrefix(code, country)
}
