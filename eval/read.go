package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// GoldEvent is an event a correct coder extracts from a gold document.
type GoldEvent struct {
	Source, Target, Code string
	// Date is the date the event happened, when the gold file gives one;
	// only such events count at the dated level.
	Date string
	// Symmetric says either direction is right.
	Symmetric bool
	// Optional says the event is neither rewarded nor punished.
	Optional bool

	// shown holds source, target and code as the Python scorer prints them
	// in a miss, when that differs from the fields above: a missing or null
	// field reads as "" but prints as None. Set by ReadGold.
	shown *[3]string
}

// GoldDoc is one document of a gold file.
type GoldDoc struct {
	// ID is the gold id as Python's str() writes it: a number id 7 is "7".
	ID string
	// Date is the publication date, or "" when the file has none.
	Date string
	Text string
	// Expected holds the events a correct coder extracts, from the
	// "expected" member; a file with its events elsewhere (plover_gsr) has
	// none, as far as the scorer is concerned.
	Expected []GoldEvent
	// ExpectKind is the suite's expect_kind ("events", "none", ...), or "".
	ExpectKind string
}

// Pred is one predicted event: the coder's output for the gold document Doc.
type Pred struct {
	Doc, Source, Target, Code string
	// Date is the date the coder gives the event, or "".
	Date string

	shown *[3]string // as in GoldEvent; set by ReadPreds
}

// ReadGold reads a gold JSONL file as the reference scorer does. name is the
// file name used in errors.
//
// Ids and codes may be strings or numbers and become what Python's str()
// makes of them (41 is "41", 4.0 is "4.0", a missing or falsy code is "").
// Symmetric and optional are true when Python would find them true. When an
// id appears again, the later line replaces the earlier document in its
// place, as in a Python dict.
//
// A line the Python scorer could not read, or that would stop it with an
// exception when scored (a line that is not a JSON object, has no id, holds
// invalid UTF-8, or has an expected list that is not a list of objects or an
// actor that is neither a string nor false-y), is an EINVALID error naming
// the file and line, and nothing is returned. A few inputs the Python takes
// are rejected too, being of no use in a gold file: a gold event date that
// is not a string, an id or code that is a non-empty list or object, and
// the NaN and Infinity literals that Python's json module accepts and JSON
// does not.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", name, err)
	}
	var docs []GoldDoc
	var lateErrs []error // per document: an error the Python meets only when scoring
	index := make(map[string]int)
	err = pyLines(data, func(line []byte, n int) error {
		bad := func(format string, args ...any) error {
			return annals.Errorf(annals.EINVALID, "%s:%d: %s", name, n, fmt.Sprintf(format, args...))
		}
		if !utf8.Valid(line) {
			return bad("invalid UTF-8")
		}
		if pyBlank(line) {
			return nil
		}
		obj, reason := pyObject(line)
		if reason != "" {
			return bad("%s", reason)
		}
		rawID, ok := obj["id"]
		if !ok {
			return bad("id: missing")
		}
		id, ok := pyStr(rawID)
		if !ok {
			return bad("id: a list or object")
		}
		doc := GoldDoc{
			ID:         id,
			Date:       stringOr(obj["date"]),
			Text:       stringOr(obj["text"]),
			ExpectKind: stringOr(obj["expect_kind"]),
		}
		var lateErr error
		doc.Expected, reason = goldEvents(obj)
		if reason != "" {
			lateErr = bad("%s", reason)
		}
		if i, dup := index[id]; dup {
			docs[i], lateErrs[i] = doc, lateErr
		} else {
			index[id] = len(docs)
			docs = append(docs, doc)
			lateErrs = append(lateErrs, lateErr)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, err := range lateErrs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// stringOr returns the member's string value, or "" for anything else;
// members the scorer never reads need not be strings.
func stringOr(raw json.RawMessage) string {
	var s string
	if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// goldEvents reads the expected member, as the scorer iterates over
// gdoc.get("expected", []).
func goldEvents(obj map[string]json.RawMessage) ([]GoldEvent, string) {
	raw, ok := obj["expected"]
	if !ok || (len(raw) > 0 && (raw[0] == '"' || raw[0] == '{') && !pyTruthy(raw)) {
		return nil, "" // iterating over "" or {} yields nothing
	}
	if raw[0] != '[' {
		return nil, "expected: not a list"
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, "expected: not a list"
	}
	evs := make([]GoldEvent, 0, len(items))
	for i, item := range items {
		if item[0] != '{' {
			return nil, fmt.Sprintf("expected[%d]: not an object", i)
		}
		var ev map[string]json.RawMessage
		if err := json.Unmarshal(item, &ev); err != nil {
			return nil, fmt.Sprintf("expected[%d]: not an object", i)
		}
		f, reason := readFields(ev)
		if reason != "" {
			return nil, fmt.Sprintf("expected[%d]: %s", i, reason)
		}
		evs = append(evs, GoldEvent{
			Source: f.key[0], Target: f.key[1], Code: f.key[2], Date: f.date,
			Symmetric: pyTruthy(ev["symmetric"]),
			Optional:  pyTruthy(ev["optional"]),
			shown:     f.shown,
		})
	}
	return evs, ""
}

// fields are the members gold and predicted events share.
type fields struct {
	key   [3]string // source, target, code as the scorer keys them
	date  string
	shown *[3]string // as printed, when that differs from key
}

// readFields reads source, target, code and date as the scorer's key()
// does: ev.get("source") or "", str(ev.get("code") or ""), and the date only
// when it is true-ish.
func readFields(ev map[string]json.RawMessage) (fields, string) {
	var f fields
	var shown [3]string
	for i, name := range [...]string{"source", "target", "code"} {
		raw := ev[name]
		s, ok := pyStr(raw)
		if !ok {
			return f, name + ": a list or object"
		}
		shown[i] = s
		switch {
		case !pyTruthy(raw):
			f.key[i] = ""
		case name == "code" || raw[0] == '"':
			f.key[i] = s
		default:
			// key() slices the actor: Python would stop on a number.
			return f, name + ": not a string"
		}
	}
	if shown != f.key {
		f.shown = &shown
	}
	if raw := ev["date"]; pyTruthy(raw) {
		if raw[0] != '"' {
			return f, "date: not a string"
		}
		f.date, _ = pyStr(raw)
	}
	return f, ""
}

// ReadPreds reads predicted events from a JSONL file as the reference scorer
// does: each line's document is its doc member, else doc_id, else id, as
// Python's str() writes it; source, target, code and date are read as in
// ReadGold. name is the file name used in errors.
//
// A line that is not JSON, or that the Python would stop on, is an EINVALID
// error naming the file and line. Unlike the Python, which skips such lines
// for documents it does not score, ReadPreds rejects an actor that is a
// number or true, and a date, id or code that is a non-empty list or object,
// on any line.
func ReadPreds(r io.Reader, name string) ([]Pred, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read predictions %s: %w", name, err)
	}
	var preds []Pred
	err = pyLines(data, func(line []byte, n int) error {
		bad := func(format string, args ...any) error {
			return annals.Errorf(annals.EINVALID, "%s:%d: %s", name, n, fmt.Sprintf(format, args...))
		}
		if !utf8.Valid(line) {
			return bad("invalid UTF-8")
		}
		if pyBlank(line) {
			return nil
		}
		obj, reason := pyObject(line)
		if reason != "" {
			return bad("%s", reason)
		}
		raw, ok := obj["doc"]
		if !ok {
			raw, ok = obj["doc_id"]
		}
		if !ok {
			raw = obj["id"]
		}
		doc, ok := pyStr(raw)
		if !ok {
			return bad("doc: a list or object")
		}
		f, reason := readFields(obj)
		if reason != "" {
			return bad("%s", reason)
		}
		preds = append(preds, Pred{Doc: doc, Source: f.key[0], Target: f.key[1], Code: f.key[2], Date: f.date, shown: f.shown})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return preds, nil
}
