package annals

import (
	"context"
	"time"
)

// Span is a half-open range [Start, End) of byte offsets into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Document is one news story as it was published.
type Document struct {
	// ID identifies the document within its input (a JSONL id or a file name).
	ID string
	// URL is where the document was published, when known.
	URL string
	// Title is the headline, when known.
	Title string
	// Publisher is the site or outlet that published this copy.
	Publisher string
	// OriginalSource is the wire service or outlet the story comes from, as
	// credited in the text ("Based on materials from TASS" gives TASS).
	OriginalSource string
	// Date is the publication date. Relative dates in the text resolve against it.
	Date time.Time
	// Text is the body, exactly as read. Every offset in the pipeline points into it.
	Text string
	// Lang is the language of the text as its source declares it, a BCP 47
	// tag such as "en-GB" or "fr"; "" when unknown. It decides how a
	// numeric date that reads both ways ("09/11/2020") is read.
	Lang string
	// Story is the ID of the first document of the story this document
	// belongs to, as duplicate detection grouped them: the document's own ID
	// unless it is a republished copy of an earlier one; "" when not yet
	// grouped.
	Story string
}

// Dateline is the place and date of report a wire story opens with
// ("MOSCOW, April 8 (TASS) -").
type Dateline struct {
	// Text is the dateline as written, less the credit: "MOSCOW, April 8".
	Text string `json:"text"`
	// Place is the place of report, when the gazetteer knows it.
	Place *Place `json:"place,omitempty"`
	// Date is the date of report, YYYY-MM-DD, when the dateline gives one.
	Date string `json:"date,omitempty"`
}

// Token is one word, number or punctuation mark of a sentence.
type Token struct {
	Span
	// Text is the token as it appears in the document.
	Text string
	// Norm is the folded form used for matching: lower case, Latin accents
	// removed, curly quotes and dashes replaced by their ASCII forms.
	Norm string
}

// Sentence is one sentence of a document, with its tokens.
type Sentence struct {
	// Index is the 0-based position of the sentence among the coded sentences of its document.
	Index int
	Span
	// Text is the sentence as it appears in the document.
	Text   string
	Tokens []Token
}

// Actor is an actor found in a sentence and the code it resolved to.
type Actor struct {
	// Code is the CAMEO actor code, such as RUSGOV or IGOUNO.
	Code string `json:"code"`
	// Text is the phrase that named the actor.
	Text string `json:"text"`
	// Span holds the byte offsets of Text in the document.
	Span
	// Why says how the code was reached, for --explain.
	Why string `json:"why,omitempty"`
}

// Code is a CAMEO event code of two to four digits: "04" is a root, "043" a
// code, "0431" one of its refinements.
type Code string

// Root returns the two-digit root of the code ("043" → "04"), or "" when
// the code is shorter than two characters.
func (c Code) Root() string {
	if len(c) < 2 {
		return ""
	}
	return string(c[:2])
}

// Precision says how exactly a date is known.
type Precision string

// Date precisions.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// Place is where an event happened.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	ADM1      string  `json:"adm1,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Precision string  `json:"precision,omitempty"`
	// From says what placed the event: "sentence" when its own sentence
	// names the place, "dateline" when only the story's dateline does.
	From string `json:"from,omitempty"`
}

// Event is one coded political event: who did what to whom, when, and the
// evidence for it.
type Event struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Date     string `json:"date"`
	// DatePrecision and DateText say how the date was found; DateText is
	// empty when the event took the publication date.
	DatePrecision Precision `json:"date_precision"`
	DateText      string    `json:"date_text,omitempty"`
	// Planned is true for an event the text announces for the future.
	Planned bool `json:"planned,omitempty"`

	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Code      Code    `json:"code"`
	Root      string  `json:"root"`
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`

	SourceText string `json:"source_text"`
	TargetText string `json:"target_text"`
	VerbText   string `json:"verb_text"`
	// Start and End are the byte offsets of the evidence sentence in the document text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Pattern is the dictionary pattern that fired, as file:line and its text.
	Pattern        string `json:"pattern"`
	OriginalSource string `json:"original_source,omitempty"`
	Location       *Place `json:"location,omitempty"`

	// Story is the ID of the first document of the story the event was
	// reported in (see Document.Story).
	Story string `json:"story,omitempty"`
	// Mentions, Articles and Sources count the reports of the event across
	// the copies of its story, as GDELT's NumMentions, NumArticles and
	// NumSources do: the sentences that report it, the documents they are
	// in, and the distinct outlets that published those. An event seen once
	// has 1, 1, 1.
	Mentions int `json:"mentions"`
	Articles int `json:"articles"`
	Sources  int `json:"sources"`
}

// Gazetteer resolves place names: "Moscow", or "Georgia" with a hint of the
// country the text is about. Implementation: geo.Gazetteer.
type Gazetteer interface {
	Lookup(name, country string) (Place, bool)
}

// Coder turns a document into the events it reports.
type Coder interface {
	Code(ctx context.Context, doc *Document) ([]Event, error)
}
