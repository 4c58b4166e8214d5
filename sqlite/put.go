package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dedup"
)

// Put writes a coded document in one transaction; see PutBatch for the
// rules.
func (s *Store) Put(ctx context.Context, c *annals.Coded) (annals.PutResult, error) {
	res, err := s.PutBatch(ctx, []*annals.Coded{c})
	if err != nil {
		return 0, err
	}
	return res[0], nil
}

// PutBatch writes several coded documents in one transaction and returns
// what it did with each, in order. It is much faster than one Put per
// document, because a commit and a full-text segment are per transaction.
//
// For each document: the same id with the same content hash and dictionary
// version is Unchanged and nothing is written; a document with the same id
// or the same URL as a stored one Replaced it, sentences, events and
// mentions included (when the id matches one stored document and the URL
// another, both give way to the new one); anything else is Stored. A
// document without a ContentHash is hashed here, over everything Put would
// write.
//
// A batch commits as a whole or not at all: an invalid document (an empty
// id, sentences out of order or outside the text, an event naming a sentence
// the document does not have, a malformed event date) fails the batch with
// an annals.EINVALID error, as does any other failure, and the database is
// left as it was before the batch. After a crash the batch is either all
// there or not there; since Put is idempotent, running the ingest again
// completes it.
func (s *Store) PutBatch(ctx context.Context, cs []*annals.Coded) ([]annals.PutResult, error) {
	if len(cs) == 0 {
		return nil, nil
	}
	w := writer{now: time.Now().UTC().Format(time.RFC3339Nano), firstNew: math.MaxInt64}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	w.st = s.put.in(ctx, tx)
	res := make([]annals.PutResult, len(cs))
	for i, c := range cs {
		r, err := w.put(ctx, c)
		if err != nil {
			if len(cs) > 1 {
				return nil, fmt.Errorf("put batch: document %d of %d: %w", i+1, len(cs), err)
			}
			return nil, err
		}
		res[i] = r
	}
	if err := w.index(ctx); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return res, nil
}

// putStmts are the statements of the write path, prepared once on the
// writer connection.
type putStmts struct {
	byID, byURL                          *sql.Stmt
	insDoc, updDoc, delDoc               *sql.Stmt
	delMentions, delEvents, delSentences *sql.Stmt
	insSentence, insEvent, insMention    *sql.Stmt
	ftsDelete, ftsInsert                 *sql.Stmt
	// Stories: see writer.mention and writer.handOver.
	sameEvent, addMention, recount, placeEvent *sql.Stmt
	mentioned, handOver, respan                *sql.Stmt
	// Imported places: see Store.ImportPlaces.
	insPlace, findPlace, insPlaceName *sql.Stmt
}

func (p *putStmts) list() []struct {
	st  **sql.Stmt
	sql string
} {
	return []struct {
		st  **sql.Stmt
		sql string
	}{
		{&p.byID, `SELECT id, content_hash, dict_version FROM documents WHERE doc_id = ?`},
		// url <> '' lets SQLite use the partial unique index.
		{&p.byURL, `SELECT id FROM documents WHERE url = ? AND url <> ''`},
		{&p.insDoc, `INSERT INTO documents (doc_id, url, title, publisher, original_source, published,
			content_hash, text, dict_version, stored_at, story, outlet, dateline, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.updDoc, `UPDATE documents SET doc_id = ?, url = ?, title = ?, publisher = ?, original_source = ?,
			published = ?, content_hash = ?, text = ?, dict_version = ?, stored_at = ?, story = ?, outlet = ?, dateline = ?,
			lang = ? WHERE id = ?`},
		{&p.delDoc, `DELETE FROM documents WHERE id = ?`},
		{&p.delMentions, `DELETE FROM mentions WHERE document = ?`},
		{&p.delEvents, `DELETE FROM events WHERE document = ?`},
		{&p.delSentences, `DELETE FROM sentences WHERE document = ?`},
		// The full-text index: see writer.firstNew.
		{&p.ftsDelete, `INSERT INTO sentences_fts (sentences_fts, rowid, text)
			SELECT 'delete', id, text FROM sentences WHERE document = ? AND id < ?`},
		{&p.ftsInsert, `INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= ?`},
		{&p.insSentence, `INSERT INTO sentences (document, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)`},
		{&p.insEvent, `INSERT INTO events (document, sentence, date, date_precision, date_text, planned,
			source, target, code, root, quad, goldstein, source_text, target_text, verb_text,
			start, "end", pattern, original_source, location, dict_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&p.insMention, `INSERT INTO mentions (event, document, sentence) VALUES (?, ?, ?)`},
		// The first stored event of another document of the story with the
		// same actors, code and date.
		{&p.sameEvent, `SELECT e.id FROM documents d JOIN events e ON e.document = d.id
			WHERE d.story = ?1 AND d.id <> ?2 AND e.source = ?3 AND e.target = ?4 AND e.code = ?5 AND e.date = ?6
			ORDER BY e.id LIMIT 1`},
		{&p.addMention, `INSERT OR IGNORE INTO mentions (event, document, sentence) VALUES (?, ?, ?)`},
		{&p.recount, `UPDATE events SET
			mentions = (SELECT count(*) FROM mentions WHERE event = ?1),
			articles = (SELECT count(DISTINCT document) FROM mentions WHERE event = ?1),
			sources = max(1, (SELECT count(DISTINCT d.outlet) FROM mentions m JOIN documents d ON d.id = m.document
				WHERE m.event = ?1 AND d.outlet <> ''))
			WHERE id = ?1`},
		{&p.placeEvent, `UPDATE events SET location = ? WHERE id = ? AND location IS NULL`},
		{&p.mentioned, `SELECT DISTINCT event FROM mentions WHERE document = ?`},
		// An event of the document that other documents mention passes to
		// the first of them, so that replacing or recoding one copy of a
		// story loses none of the events its other copies report.
		{&p.handOver, `UPDATE events SET
			document = (SELECT m.document FROM mentions m WHERE m.event = events.id AND m.document <> ?1
				ORDER BY m.document, m.sentence LIMIT 1),
			sentence = (SELECT m.sentence FROM mentions m WHERE m.event = events.id AND m.document <> ?1
				ORDER BY m.document, m.sentence LIMIT 1)
			WHERE document = ?1 AND EXISTS (SELECT 1 FROM mentions m WHERE m.event = events.id AND m.document <> ?1)`},
		{&p.respan, `UPDATE events SET
			start = (SELECT s.start FROM sentences s WHERE s.document = events.document AND s.idx = events.sentence),
			"end" = (SELECT s."end" FROM sentences s WHERE s.document = events.document AND s.idx = events.sentence)
			WHERE id = ? AND document <> ?`},
		{&p.insPlace, `INSERT OR IGNORE INTO places (name, country, adm1, lat, lon, precision, rank) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&p.findPlace, `SELECT id FROM places WHERE name = ? AND country = ? AND lat = ? AND lon = ?`},
		{&p.insPlaceName, `INSERT OR IGNORE INTO place_names (key, place) VALUES (?, ?)`},
	}
}

func (p *putStmts) prepare(ctx context.Context, db *sql.DB) error {
	for _, s := range p.list() {
		st, err := db.PrepareContext(ctx, s.sql)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", strings.Join(strings.Fields(s.sql), " "), err)
		}
		*s.st = st
	}
	return nil
}

func (p *putStmts) close() {
	for _, s := range p.list() {
		if *s.st != nil {
			(*s.st).Close()
			*s.st = nil
		}
	}
}

// in returns the statements bound to tx. The writer pool has one
// connection, the one they were prepared on, so this re-prepares nothing.
func (p *putStmts) in(ctx context.Context, tx *sql.Tx) *putStmts {
	q := new(putStmts)
	src, dst := p.list(), q.list()
	for i := range src {
		*dst[i].st = tx.StmtContext(ctx, *src[i].st)
	}
	return q
}

// writer writes documents inside one transaction.
type writer struct {
	st  *putStmts
	now string // stored_at for every document of the transaction

	// firstNew is the least id of the sentences this transaction inserted
	// (MaxInt64 before the first). SQLite gives a new row the greatest id
	// plus one, so every sentence older than the transaction that still
	// exists has an id below firstNew, and every one the transaction wrote
	// has an id from firstNew up. Only the older ones are in the full-text
	// index; index adds the new ones when the documents are written.
	firstNew int64
}

// index adds the sentences of the transaction to the full-text index.
func (w *writer) index(ctx context.Context) error {
	if w.firstNew == math.MaxInt64 {
		return nil
	}
	if _, err := w.st.ftsInsert.ExecContext(ctx, w.firstNew); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	return nil
}

func (w *writer) put(ctx context.Context, c *annals.Coded) (annals.PutResult, error) {
	if err := Validate(c); err != nil {
		return 0, err
	}
	d := c.Doc
	sum := c.ContentHash
	if sum == "" {
		sum = contentHash(c)
	}

	var id int64
	var oldSum, oldDict string
	switch err := w.st.byID.QueryRowContext(ctx, d.ID).Scan(&id, &oldSum, &oldDict); {
	case errors.Is(err, sql.ErrNoRows):
		id = 0
	case err != nil:
		return 0, fmt.Errorf("put %q: %w", d.ID, err)
	case oldSum == sum && oldDict == c.DictVersion:
		return annals.Unchanged, nil
	}
	result := annals.Stored
	if id != 0 {
		result = annals.Replaced
		if err := w.clear(ctx, id); err != nil {
			return 0, fmt.Errorf("put %q: %w", d.ID, err)
		}
	}
	if d.URL != "" {
		var other int64
		switch err := w.st.byURL.QueryRowContext(ctx, d.URL).Scan(&other); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return 0, fmt.Errorf("put %q: %w", d.ID, err)
		case other != id:
			result = annals.Replaced
			if err := w.clear(ctx, other); err != nil {
				return 0, fmt.Errorf("put %q: %w", d.ID, err)
			}
			if id == 0 {
				id = other // the document changed its id: keep its row
			} else if _, err := w.st.delDoc.ExecContext(ctx, other); err != nil {
				return 0, fmt.Errorf("put %q: remove the document with its URL: %w", d.ID, err)
			}
		}
	}

	published := ""
	if !d.Date.IsZero() {
		published = d.Date.Format(time.RFC3339Nano)
	}
	story := d.Story
	if story == "" {
		story = d.ID
	}
	var dateline any // NULL
	if c.Dateline != nil {
		b, err := json.Marshal(c.Dateline)
		if err != nil {
			return 0, annals.Errorf(annals.EINVALID, "document %q: dateline: %v", d.ID, err)
		}
		dateline = string(b)
	}
	outlet := dedup.Outlet(d)
	if id == 0 {
		r, err := w.st.insDoc.ExecContext(ctx, d.ID, d.URL, d.Title, d.Publisher, d.OriginalSource, published,
			sum, d.Text, c.DictVersion, w.now, story, outlet, dateline, d.Lang)
		if err != nil {
			return 0, fmt.Errorf("put %q: %w", d.ID, err)
		}
		if id, err = r.LastInsertId(); err != nil {
			return 0, fmt.Errorf("put %q: %w", d.ID, err)
		}
	} else if _, err := w.st.updDoc.ExecContext(ctx, d.ID, d.URL, d.Title, d.Publisher, d.OriginalSource, published,
		sum, d.Text, c.DictVersion, w.now, story, outlet, dateline, d.Lang, id); err != nil {
		return 0, fmt.Errorf("put %q: %w", d.ID, err)
	}

	for i := range c.Sentences {
		s := &c.Sentences[i]
		r, err := w.st.insSentence.ExecContext(ctx, id, s.Index, s.Start, s.End, s.Text)
		if err != nil {
			return 0, fmt.Errorf("put %q: sentence %d: %w", d.ID, s.Index, err)
		}
		if i == 0 {
			sid, err := r.LastInsertId()
			if err != nil {
				return 0, fmt.Errorf("put %q: sentence %d: %w", d.ID, s.Index, err)
			}
			w.firstNew = min(w.firstNew, sid)
		}
	}
	for i := range c.Events {
		e := &c.Events[i]
		var loc any // NULL
		if e.Location != nil {
			b, err := json.Marshal(e.Location)
			if err != nil {
				return 0, annals.Errorf(annals.EINVALID, "document %q: event %d: location: %v", d.ID, i, err)
			}
			loc = string(b)
		}
		if story != d.ID {
			folded, err := w.mention(ctx, story, id, e, loc)
			if err != nil {
				return 0, fmt.Errorf("put %q: event %d: %w", d.ID, i, err)
			}
			if folded {
				continue
			}
		}
		r, err := w.st.insEvent.ExecContext(ctx, id, e.Sentence, e.Date, string(e.DatePrecision), e.DateText, e.Planned,
			e.Source, e.Target, string(e.Code), e.Root, e.Quad, e.Goldstein, e.SourceText, e.TargetText, e.VerbText,
			e.Start, e.End, e.Pattern, e.OriginalSource, loc, c.DictVersion)
		if err != nil {
			return 0, fmt.Errorf("put %q: event %d: %w", d.ID, i, err)
		}
		eid, err := r.LastInsertId()
		if err != nil {
			return 0, fmt.Errorf("put %q: event %d: %w", d.ID, i, err)
		}
		if _, err := w.st.insMention.ExecContext(ctx, eid, id, e.Sentence); err != nil {
			return 0, fmt.Errorf("put %q: event %d: mention: %w", d.ID, i, err)
		}
	}
	return result, nil
}

// mention records event e of document doc, a copy in story, as a mention
// of the same event stored from another document of the story, if there is
// one, and updates that event's counts; it reports whether it did. loc is
// e's location as stored, which the event takes if it has none.
func (w *writer) mention(ctx context.Context, story string, doc int64, e *annals.Event, loc any) (bool, error) {
	var ev int64
	switch err := w.st.sameEvent.QueryRowContext(ctx, story, doc, e.Source, e.Target, string(e.Code), e.Date).Scan(&ev); {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("find the story's event: %w", err)
	}
	if _, err := w.st.addMention.ExecContext(ctx, ev, doc, e.Sentence); err != nil {
		return false, fmt.Errorf("mention: %w", err)
	}
	if loc != nil {
		if _, err := w.st.placeEvent.ExecContext(ctx, loc, ev); err != nil {
			return false, fmt.Errorf("mention: location: %w", err)
		}
	}
	if _, err := w.st.recount.ExecContext(ctx, ev); err != nil {
		return false, fmt.Errorf("mention: counts: %w", err)
	}
	return true, nil
}

// clear deletes a document's mentions, events and sentences, children
// before parents, and its sentences' entries in the full-text index,
// leaving the document row to be updated or deleted. Its events that other
// copies of its story also report are not deleted but handed over to the
// first of those copies, with evidence offsets pointing into its text, and
// the counts of every event it mentioned are brought up to date.
func (w *writer) clear(ctx context.Context, doc int64) error {
	if _, err := w.st.ftsDelete.ExecContext(ctx, doc, w.firstNew); err != nil {
		return fmt.Errorf("remove the old version from the full-text index: %w", err)
	}
	var touched []int64
	rows, err := w.st.mentioned.QueryContext(ctx, doc)
	if err != nil {
		return fmt.Errorf("remove the old version: %w", err)
	}
	for rows.Next() {
		var ev int64
		if err := rows.Scan(&ev); err != nil {
			rows.Close()
			return fmt.Errorf("remove the old version: %w", err)
		}
		touched = append(touched, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("remove the old version: %w", err)
	}
	// Only a document in a story of several has mentions of events it does
	// not own, or events others mention; for the rest this is one lookup.
	if len(touched) > 0 {
		if _, err := w.st.handOver.ExecContext(ctx, doc); err != nil {
			return fmt.Errorf("hand events over to other copies: %w", err)
		}
	}
	for _, st := range []*sql.Stmt{w.st.delMentions, w.st.delEvents, w.st.delSentences} {
		if _, err := st.ExecContext(ctx, doc); err != nil {
			return fmt.Errorf("remove the old version: %w", err)
		}
	}
	for _, ev := range touched {
		if _, err := w.st.respan.ExecContext(ctx, ev, doc); err != nil {
			return fmt.Errorf("hand events over to other copies: %w", err)
		}
		if _, err := w.st.recount.ExecContext(ctx, ev); err != nil {
			return fmt.Errorf("recount mentions: %w", err)
		}
	}
	return nil
}

// Validate returns the error Put would return for c because c itself is
// malformed, or nil: an empty id, sentences out of order or outside the
// text, an event of another document or naming a sentence the document does
// not have, an event date not YYYY-MM-DD, a location without finite
// coordinates. The error is an annals.EINVALID that names the document. A
// caller that batches documents can check each first and skip the bad
// ones, rather than lose the batch.
func Validate(c *annals.Coded) error {
	if c == nil || c.Doc == nil {
		return annals.Errorf(annals.EINVALID, "no document")
	}
	d := c.Doc
	if strings.TrimSpace(d.ID) == "" {
		if d.URL != "" {
			return annals.Errorf(annals.EINVALID, "document %s: empty id", d.URL)
		}
		return annals.Errorf(annals.EINVALID, "document with an empty id")
	}
	prev := -1
	for i, s := range c.Sentences {
		if s.Index <= prev {
			return annals.Errorf(annals.EINVALID, "document %q: sentence %d has index %d: indexes must increase from 0", d.ID, i, s.Index)
		}
		prev = s.Index
		if s.Start < 0 || s.Start > s.End || s.End > len(d.Text) {
			return annals.Errorf(annals.EINVALID, "document %q: sentence %d: span %d-%d is outside the text (%d bytes)",
				d.ID, s.Index, s.Start, s.End, len(d.Text))
		}
	}
	for i := range c.Events {
		e := &c.Events[i]
		if e.Doc != "" && e.Doc != d.ID {
			return annals.Errorf(annals.EINVALID, "document %q: event %d belongs to document %q", d.ID, i, e.Doc)
		}
		if !hasSentence(c.Sentences, e.Sentence) {
			return annals.Errorf(annals.EINVALID, "document %q: event %d: sentence %d is not among the document's %d sentences",
				d.ID, i, e.Sentence, len(c.Sentences))
		}
		if e.Date != "" {
			if _, err := time.Parse(time.DateOnly, e.Date); err != nil {
				return annals.Errorf(annals.EINVALID, "document %q: event %d: date %q is not YYYY-MM-DD", d.ID, i, e.Date)
			}
		}
		if p := e.Location; p != nil && (!finite(p.Lat) || !finite(p.Lon)) {
			return annals.Errorf(annals.EINVALID, "document %q: event %d: location %q has no finite coordinates", d.ID, i, p.Name)
		}
	}
	return nil
}

// hasSentence reports whether ss, in increasing Index order, has index i.
func hasSentence(ss []annals.Sentence, i int) bool {
	// Usually Index is the position; search only when it is not.
	if i >= 0 && i < len(ss) && ss[i].Index == i {
		return true
	}
	lo, hi := 0, len(ss)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ss[m].Index < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ss) && ss[lo].Index == i
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// contentHash identifies everything Put would write for c, for callers
// that give no ContentHash of their own.
func contentHash(c *annals.Coded) string {
	h := sha256.New()
	d := c.Doc
	for _, f := range []string{d.ID, d.URL, d.Title, d.Publisher, d.OriginalSource, d.Date.Format(time.RFC3339Nano), d.Text} {
		field(h, f)
	}
	if d.Lang != "" {
		// Only when set, so that documents hashed before Lang existed
		// keep their hashes.
		field(h, "lang "+d.Lang)
	}
	for _, s := range c.Sentences {
		field(h, strconv.Itoa(s.Index)+" "+strconv.Itoa(s.Start)+" "+strconv.Itoa(s.End))
		field(h, s.Text)
	}
	b, _ := json.Marshal(c.Events) // Validate rejected what cannot be marshalled
	field(h, string(b))
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// field writes s to h with its length first, so that no two different
// sequences of fields hash alike.
func field(h hash.Hash, s string) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
	h.Write(n[:])
	io.WriteString(h, s)
}
