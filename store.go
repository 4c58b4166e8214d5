package annals

import (
	"context"
	"time"
)

// Coded is what the pipeline made of one document: the document, its coded
// sentences and its events. A Store writes it as one unit.
type Coded struct {
	Doc *Document
	// Sentences are the coded sentences (Tokens may be nil: stores keep text and offsets).
	Sentences []Sentence
	Events    []Event
	// ContentHash identifies the document's text and metadata; a document
	// stored again with the same hash is unchanged.
	ContentHash string
	// DictVersion identifies the dictionaries the events were coded with.
	DictVersion string
	// Dateline is the place and date of report the story opens with, or nil.
	Dateline *Dateline
}

// PutResult says what storing a document did.
type PutResult int

// Outcomes of Store.Put.
const (
	Stored    PutResult = iota + 1 // a new document
	Unchanged                      // the same document again: nothing written
	Replaced                       // a changed document with the same id or URL: sentences and events replaced
)

// String returns the outcome in words.
func (r PutResult) String() string {
	switch r {
	case Stored:
		return "stored"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// Filter selects events. Zero fields select everything.
type Filter struct {
	From, To time.Time // event date, both inclusive
	// Actor matches either side by code prefix ("RUS" matches RUSGOV).
	Actor string
	// DyadA and DyadB match a source and target by code prefix, in either direction.
	DyadA, DyadB string
	// Country matches either side's first three letters.
	Country string
	Root    string // two-digit CAMEO root
	Code    string // event code prefix
	Quad    int
	// Text is a full-text query over the evidence sentences.
	Text  string
	Limit int
}

// StoreStats summarises a store for `annals stats`.
type StoreStats struct {
	Documents, Sentences, Events int
	ByMonth                      []Count // "2021-04"
	ByRoot                       []Count // "04"
	TopDyads                     []Count // "RUS-AZE"
}

// Count is one row of a summary.
type Count struct {
	Key string `json:"key"`
	N   int    `json:"n"`
}

// Store keeps documents and their events. Implementations: sqlite.Store
// (embedded, the default) and, at scale, postgres.Store.
type Store interface {
	// Put writes a coded document atomically: all of it or nothing.
	Put(ctx context.Context, c *Coded) (PutResult, error)
	// Events calls fn for each event the filter selects, in date order.
	Events(ctx context.Context, f Filter, fn func(*Event) error) error
	// Documents calls fn for each stored document, for recoding.
	Documents(ctx context.Context, fn func(*Document) error) error
	// Stats summarises the store.
	Stats(ctx context.Context) (*StoreStats, error)
	// Close releases the store.
	Close() error
}
