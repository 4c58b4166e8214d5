package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/annals-dev/annals/internal/py"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// maxLine is the longest JSONL line ReadJSONL accepts, without its line
// ending. A variable so that tests can lower it.
var maxLine = 64 << 20

// LineError reports a malformed line of a JSONL file. Its code, as
// annals.ErrorCode reports it, is annals.EINVALID.
type LineError struct {
	File string // the file name given to the reader
	Line int    // 1-based line number
	// Field is the JSON field at fault, or "" when the line as a whole is
	// (it is not JSON, or too long).
	Field  string
	Reason string
}

// Error returns "FILE:LINE: FIELD: REASON", leaving out "FIELD: " when the
// line as a whole is at fault.
func (e *LineError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Field, e.Reason)
}

// Unwrap returns the domain error behind e, so that annals.ErrorCode gives
// annals.EINVALID for a malformed line.
func (e *LineError) Unwrap() error {
	return &annals.Error{Code: annals.EINVALID, Message: e.Error()}
}

// ReadJSONL reads documents from r, one JSON object per line, and calls fn
// with each one in file order. name is the file name used in errors.
//
// Each line holds an id (string or number), a date (YYYY-MM-DD or YYYYMMDD)
// and a text; url, source (which becomes Document.Publisher), title and
// lang or language (a BCP 47 tag, which becomes Document.Lang) are
// optional, and other fields are ignored. A missing or null date leaves
// Document.Date zero for the caller to fill in. Blank lines are skipped; a
// line may end in "\n" or "\r\n".
//
// A malformed line (not a JSON object, no id, a date that is present but not
// a real date, a missing or empty text, invalid UTF-8 in a field that is
// read, a line over 64 MiB) is not delivered: a *LineError for it is passed
// to onErr. If onErr returns nil the line is skipped and reading goes on;
// otherwise reading stops and ReadJSONL returns what onErr returned. A nil
// onErr stops at the first malformed line and returns its *LineError.
//
// An error from fn stops reading and is returned as it is; so is a read
// error from r, wrapped with the file name.
func ReadJSONL(r io.Reader, name string, fn func(*annals.Document) error, onErr func(error) error) error {
	if onErr == nil {
		onErr = func(err error) error { return err }
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, buf[:0])
		buf = line[:0]
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s:%d: %w", name, n, err)
		}
		if tooLong {
			lerr := &LineError{File: name, Line: n, Reason: fmt.Sprintf("line too long (over %d bytes)", maxLine)}
			if e := onErr(lerr); e != nil {
				return e
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			doc, lerr := parseLine(line, name, n)
			if lerr != nil {
				if e := onErr(lerr); e != nil {
					return e
				}
			} else if e := fn(doc); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine appends the next line of br to buf and returns it without its
// "\n" or "\r\n". A line longer than maxLine is read to its end but not kept:
// tooLong is set instead. err is io.EOF when the input ended, possibly after
// a last line with no line ending.
func readLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		// Keep up to two bytes over the limit: they may be the line ending.
		if !tooLong {
			if len(buf)+len(frag) > maxLine+2 {
				tooLong = true
			} else {
				buf = append(buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if len(buf) > maxLine {
			tooLong = true
		}
		return buf, tooLong, err
	}
}

// parseLine turns one non-blank line into a document.
func parseLine(line []byte, name string, n int) (*annals.Document, *LineError) {
	bad := func(field, reason string) (*annals.Document, *LineError) {
		return nil, &LineError{File: name, Line: n, Field: field, Reason: reason}
	}
	// Decoding straight into the map checks the whole line first, so a
	// syntax error anywhere comes back as a *json.SyntaxError.
	if bytes.TrimLeft(line, " \t\r\n")[0] != '{' {
		if json.Valid(line) {
			return bad("", "not a JSON object")
		}
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return bad("", fmt.Sprintf("invalid JSON at column %d: %s", se.Offset, se.Error()))
		}
		return bad("", "not a JSON object")
	}

	doc := new(annals.Document)
	switch v := obj["id"]; {
	case isNull(v):
		return bad("id", "missing")
	case v[0] == '"':
		s, reason := jsonString(v)
		if reason != "" {
			return bad("id", reason)
		}
		if s == "" {
			return bad("id", "empty")
		}
		doc.ID = s
	case v[0] == '-' || v[0] >= '0' && v[0] <= '9':
		doc.ID = py.Number(string(v))
	default:
		return bad("id", "not a string or number")
	}

	if v := obj["date"]; !isNull(v) {
		if v[0] != '"' {
			return bad("date", "not a string")
		}
		s, reason := jsonString(v)
		if reason != "" {
			return bad("date", reason)
		}
		t, reason := parseDate(s)
		if reason != "" {
			return bad("date", reason)
		}
		doc.Date = t
	}

	v := obj["text"]
	if isNull(v) {
		return bad("text", "missing")
	}
	if v[0] != '"' {
		return bad("text", "not a string")
	}
	text, reason := jsonString(v)
	if reason != "" {
		return bad("text", reason)
	}
	if strings.TrimSpace(text) == "" {
		return bad("text", "empty")
	}
	doc.Text = text

	for _, f := range []struct {
		name string
		dst  *string
	}{{"url", &doc.URL}, {"source", &doc.Publisher}, {"title", &doc.Title}, {"lang", &doc.Lang}, {"language", &doc.Lang}} {
		v := obj[f.name]
		if isNull(v) {
			continue
		}
		if v[0] != '"' {
			return bad(f.name, "not a string")
		}
		s, reason := jsonString(v)
		if reason != "" {
			return bad(f.name, reason)
		}
		*f.dst = s
	}
	return doc, nil
}

// isNull reports whether a field is absent or null.
func isNull(v json.RawMessage) bool {
	return len(v) == 0 || string(v) == "null"
}

// jsonString decodes a JSON string literal. encoding/json quietly replaces
// invalid UTF-8 with U+FFFD; a document's text must be exactly as written,
// so invalid UTF-8 is reported instead.
func jsonString(v json.RawMessage) (string, string) {
	if !utf8.Valid(v) {
		return "", "invalid UTF-8"
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", "not a string"
	}
	return s, ""
}

// quoteShort quotes s for an error message, cutting it short when it is long.
func quoteShort(s string) string {
	const max = 40
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "..."
}
