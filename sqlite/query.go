package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/annals-dev/annals"
)

// eventColumns are the columns scanEvent reads, in its order.
const eventColumns = `d.doc_id, e.sentence, e.date, e.date_precision, e.date_text, e.planned,
	e.source, e.target, e.code, e.root, e.quad, e.goldstein,
	e.source_text, e.target_text, e.verb_text, e.start, e."end",
	e.pattern, e.original_source, e.location,
	CASE d.story WHEN '' THEN d.doc_id ELSE d.story END, e.mentions, e.articles, e.sources`

// Events calls fn for each event f selects, ordered by date, then document
// (in the order documents were first stored), then sentence. Events without
// a date come first. Filter.Text is an FTS5 query (words, "phrases",
// prefix*, AND, OR, NOT, NEAR) over the evidence sentences; a malformed one
// is an annals.EINVALID error. An error from fn stops the scan and is
// returned.
func (s *Store) Events(ctx context.Context, f annals.Filter, fn func(*annals.Event) error) error {
	q, args, err := eventQuery(f)
	if err != nil {
		return err
	}
	if f.Text != "" {
		if err := s.checkMatch(ctx, f.Text); err != nil {
			return err
		}
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e := new(annals.Event)
		if err := scanEvent(rows, e); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return nil
}

// checkMatch runs an FTS5 query on its own, so that a syntax error in it
// is told apart from any other failure.
func (s *Store) checkMatch(ctx context.Context, text string) error {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1)`, text).Scan(&n)
	if err == nil {
		return nil
	}
	if isQueryError(err) {
		return annals.Errorf(annals.EINVALID, "text query %q: %v", text, err)
	}
	return fmt.Errorf("events: text query %q: %w", text, err)
}

// eventQuery builds the SELECT for f. Every value from f is a bound
// parameter; only fixed SQL fragments are concatenated.
func eventQuery(f annals.Filter) (string, []any, error) {
	var w where
	if !f.From.IsZero() {
		w.add("e.date >= ?", f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		w.add("e.date <= ?", f.To.Format(time.DateOnly))
	}
	if f.Actor != "" {
		w.either(f.Actor)
	}
	if f.DyadA != "" || f.DyadB != "" {
		w.dyad(f.DyadA, f.DyadB)
	}
	if f.Country != "" {
		if len(f.Country) != 3 {
			return "", nil, annals.Errorf(annals.EINVALID, "country %q: want a three-letter code such as RUS", f.Country)
		}
		w.either(f.Country)
	}
	if f.Root != "" {
		w.add("e.root = ?", f.Root)
	}
	if f.Code != "" {
		w.conds = append(w.conds, w.prefix("e.code", f.Code))
	}
	if f.Quad != 0 {
		w.add("e.quad = ?", f.Quad)
	}
	if f.Text != "" {
		// The events whose evidence sentence matches are listed once, by
		// way of the index; the other conditions then apply to them.
		w.add(`e.id IN (SELECT m.id FROM sentences_fts
			JOIN sentences s ON s.id = sentences_fts.rowid
			JOIN events m ON m.document = s.document AND m.sentence = s.idx
			WHERE sentences_fts MATCH ?)`, f.Text)
	}
	if f.Limit < 0 {
		return "", nil, annals.Errorf(annals.EINVALID, "limit %d: must not be negative", f.Limit)
	}
	var b strings.Builder
	b.WriteString("SELECT " + eventColumns + " FROM events e JOIN documents d ON d.id = e.document")
	if len(w.conds) > 0 {
		b.WriteString(" WHERE " + strings.Join(w.conds, " AND "))
	}
	b.WriteString(" ORDER BY e.date, e.document, e.sentence, e.id")
	if f.Limit > 0 {
		b.WriteString(" LIMIT ?")
		w.args = append(w.args, f.Limit)
	}
	return b.String(), w.args, nil
}

// where collects the conditions of a query and their arguments, in order.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// prefix returns a condition that col starts with p, as a range an index
// can seek: col >= p AND col < (p with its last byte raised).
func (w *where) prefix(col, p string) string {
	end := prefixEnd(p)
	if end == "" {
		w.args = append(w.args, p)
		return "(" + col + " >= ?)"
	}
	w.args = append(w.args, p, end)
	return "(" + col + " >= ? AND " + col + " < ?)"
}

// either matches a code prefix on the source or the target side.
func (w *where) either(p string) {
	src := w.prefix("e.source", p)
	tgt := w.prefix("e.target", p)
	w.conds = append(w.conds, "("+src+" OR "+tgt+")")
}

// dyad matches source a and target b, or source b and target a; an empty
// side matches anything.
func (w *where) dyad(a, b string) {
	side := func(col, p string) string {
		if p == "" {
			return "1"
		}
		return w.prefix(col, p)
	}
	ab := side("e.source", a) + " AND " + side("e.target", b)
	ba := side("e.source", b) + " AND " + side("e.target", a)
	w.conds = append(w.conds, "(("+ab+") OR ("+ba+"))")
}

// prefixEnd returns the least string greater than every string that starts
// with p, or "" when there is none (p empty or all 0xff bytes).
func prefixEnd(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return ""
}

// scanEvent reads one row of eventColumns into e.
func scanEvent(rows *sql.Rows, e *annals.Event) error {
	var prec, code string
	var loc sql.NullString
	if err := rows.Scan(&e.Doc, &e.Sentence, &e.Date, &prec, &e.DateText, &e.Planned,
		&e.Source, &e.Target, &code, &e.Root, &e.Quad, &e.Goldstein,
		&e.SourceText, &e.TargetText, &e.VerbText, &e.Start, &e.End,
		&e.Pattern, &e.OriginalSource, &loc, &e.Story, &e.Mentions, &e.Articles, &e.Sources); err != nil {
		return err
	}
	e.DatePrecision, e.Code = annals.Precision(prec), annals.Code(code)
	if loc.Valid {
		e.Location = new(annals.Place)
		if err := json.Unmarshal([]byte(loc.String), e.Location); err != nil {
			return fmt.Errorf("document %q: location: %w", e.Doc, err)
		}
	}
	return nil
}

// documentPage is how many documents Documents reads per query. Reading in
// pages keeps no read transaction open while fn runs, so a long recoding
// run does not hold back WAL checkpoints.
const documentPage = 256

// Documents calls fn for each stored document, in the order they were first
// stored. fn may write to the store: a document replaced during the scan
// keeps its place and is not visited twice. An error from fn stops the scan
// and is returned.
func (s *Store) Documents(ctx context.Context, fn func(*annals.Document) error) error {
	var after int64
	for {
		docs, last, err := s.documentPage(ctx, after)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(docs) < documentPage {
			return nil
		}
		after = last
	}
}

func (s *Store) documentPage(ctx context.Context, after int64) ([]*annals.Document, int64, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, doc_id, url, title, publisher, original_source, published, text, story, lang
		FROM documents WHERE id > ? ORDER BY id LIMIT ?`, after, documentPage)
	if err != nil {
		return nil, 0, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var docs []*annals.Document
	var id int64
	for rows.Next() {
		d := new(annals.Document)
		var published string
		if err := rows.Scan(&id, &d.ID, &d.URL, &d.Title, &d.Publisher, &d.OriginalSource, &published, &d.Text, &d.Story, &d.Lang); err != nil {
			return nil, 0, fmt.Errorf("documents: %w", err)
		}
		if published != "" {
			if d.Date, err = time.Parse(time.RFC3339Nano, published); err != nil {
				return nil, 0, fmt.Errorf("documents: %q: published: %w", d.ID, err)
			}
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("documents: %w", err)
	}
	return docs, id, nil
}

// topDyads is how many dyads Stats lists.
const topDyads = 20

// Stats counts documents, sentences and events, and events by month (of
// the event date; undated events are left out), by CAMEO root and by
// country dyad ("RUS-AZE", source first), the top 20 by count.
func (s *Store) Stats(ctx context.Context) (*annals.StoreStats, error) {
	st := new(annals.StoreStats)
	for _, c := range []struct {
		n   *int
		sql string
	}{
		{&st.Documents, "SELECT count(*) FROM documents"},
		{&st.Sentences, "SELECT count(*) FROM sentences"},
		{&st.Events, "SELECT count(*) FROM events"},
	} {
		if err := s.r.QueryRowContext(ctx, c.sql).Scan(c.n); err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
	}
	var err error
	if st.ByMonth, err = s.counts(ctx, `SELECT substr(date, 1, 7) AS k, count(*) FROM events
		WHERE date <> '' GROUP BY k ORDER BY k`); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	if st.ByRoot, err = s.counts(ctx, `SELECT root, count(*) FROM events GROUP BY root ORDER BY root`); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	if st.TopDyads, err = s.counts(ctx, `SELECT source_country || '-' || target_country AS k, count(*) AS n
		FROM events WHERE source_country <> '' AND target_country <> ''
		GROUP BY source_country, target_country ORDER BY n DESC, k LIMIT ?`, topDyads); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// counts runs a query of (key, count) rows.
func (s *Store) counts(ctx context.Context, q string, args ...any) ([]annals.Count, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []annals.Count
	for rows.Next() {
		var c annals.Count
		if err := rows.Scan(&c.Key, &c.N); err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// DyadTimeline counts the events between countries a and b, in either
// direction, by month ("2021-04") of their date, from and to inclusive (a
// zero time leaves that end open). a and b are three-letter country codes
// as they begin actor codes (RUS, AZE, IGO for international bodies); a
// country with itself counts its internal events. Months without events
// are left out.
func (s *Store) DyadTimeline(ctx context.Context, a, b string, from, to time.Time) ([]annals.Count, error) {
	for _, c := range []string{a, b} {
		if len(c) != 3 {
			return nil, annals.Errorf(annals.EINVALID, "dyad timeline: country %q: want a three-letter code such as RUS", c)
		}
	}
	lo, hi := "0000-00-00", "9999-99-99" // '' (undated) sorts below lo
	if !from.IsZero() {
		lo = from.Format(time.DateOnly)
	}
	if !to.IsZero() {
		hi = to.Format(time.DateOnly)
	}
	// Each direction is one range of events_country_dyad; a, b = b, a
	// would count the same events twice.
	const one = `SELECT substr(date, 1, 7) AS month, count(*) AS n FROM events
		WHERE source_country = ? AND target_country = ? AND date >= ? AND date <= ? GROUP BY month`
	q, args := one+" ORDER BY month", []any{a, b, lo, hi}
	if a != b {
		q = "SELECT month, sum(n) FROM (" + one + " UNION ALL " + one + ") GROUP BY month ORDER BY month"
		args = append(args, b, a, lo, hi)
	}
	cs, err := s.counts(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("dyad timeline %s-%s: %w", a, b, err)
	}
	return cs, nil
}
