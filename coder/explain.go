package coder

import (
	"fmt"
	"io"

	"github.com/annals-dev/annals"
)

// Explanation says how a document was read: what was dropped as page
// furniture, and for each sentence the actors, patterns, roles and dates.
type Explanation struct {
	Doc            string                `json:"doc"`
	OriginalSource string                `json:"original_source,omitempty"`
	Dateline       *annals.Dateline      `json:"dateline,omitempty"`
	Furniture      []FurnitureLine       `json:"furniture,omitempty"`
	Sentences      []SentenceExplanation `json:"sentences"`
}

// FurnitureLine is a line that was not coded, and why.
type FurnitureLine struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// SentenceExplanation is how one sentence was read.
type SentenceExplanation struct {
	Index  int                `json:"index"`
	Text   string             `json:"text"`
	Start  int                `json:"start"`
	End    int                `json:"end"`
	Actors []ActorExplanation `json:"actors,omitempty"`
	// Matches are the verb patterns kept after overlaps were resolved.
	Matches []MatchExplanation `json:"matches,omitempty"`
	// Nothing says why the sentence produced no event, when it did not.
	Nothing string `json:"nothing,omitempty"`
}

// ActorExplanation is one actor mention, how its code was reached (in
// Actor.Why), the compound it belongs to, and whether it was read as a place.
type ActorExplanation struct {
	annals.Actor
	Group    int  `json:"group"`
	Locative bool `json:"locative,omitempty"`
}

// MatchExplanation is one pattern that matched and what came of it.
type MatchExplanation struct {
	Pattern string `json:"pattern"`
	Words   string `json:"words"`
	Outcome string `json:"outcome"`
	Date    string `json:"date,omitempty"`
}

func (s *state) explainActors() {
	for _, m := range s.mentions {
		span := annals.Span{Start: s.toks[m.start].Start, End: s.toks[m.end-1].End}
		s.explain.Actors = append(s.explain.Actors, ActorExplanation{
			Actor: annals.Actor{Code: m.code, Text: s.tokText(m.start, m.end), Span: span, Why: m.why},
			Group: m.group, Locative: m.locative,
		})
	}
}

// WriteText writes the explanation for a person reading a terminal.
func (e *Explanation) WriteText(w io.Writer) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("document %s\n", e.Doc)
	if e.OriginalSource != "" {
		p("  original source: %s\n", e.OriginalSource)
	}
	if d := e.Dateline; d != nil {
		p("  dateline: %q", d.Text)
		if d.Place != nil {
			p(" → %s, %s", d.Place.Name, d.Place.Country)
		}
		if d.Date != "" {
			p(", reported %s", d.Date)
		}
		p("\n")
	}
	for _, f := range e.Furniture {
		p("  not coded (%s): %q\n", f.Reason, f.Text)
	}
	for _, s := range e.Sentences {
		p("\n  [%d] %s\n", s.Index, s.Text)
		for _, a := range s.Actors {
			loc := ""
			if a.Locative {
				loc = " (a place here, not a participant)"
			}
			code := a.Code
			if code == "" {
				code = "(no code)"
			}
			p("      actor  %-12s %q group %d%s\n             %s\n", code, a.Text, a.Group, loc, a.Why)
		}
		for _, m := range s.Matches {
			p("      verb   %s\n             matched %q: %s\n", m.Pattern, m.Words, m.Outcome)
			if m.Date != "" {
				p("             date %s\n", m.Date)
			}
		}
		if s.Nothing != "" {
			p("      nothing coded: %s\n", s.Nothing)
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}
