package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/export"
	"github.com/parquet-go/parquet-go"
)

// FuzzWriters writes an event with arbitrary text in every format and reads
// it back: whatever a document holds, a GDELT row keeps its 61 columns and
// the other formats give the text back as it was.
func FuzzWriters(f *testing.F) {
	for _, e := range testEvents(f) {
		f.Add(e.Doc, e.Source, e.Target, string(e.Code), e.SourceText, e.VerbText)
	}
	f.Add("d\n", "---", "IGO", "0", "a\tb\r\nc", `"quoted", <b>&`)
	f.Fuzz(func(t *testing.T, doc, source, target, code, text, verb string) {
		e := annals.Event{
			Doc: doc, Sentence: 1, Date: "2021-04-08", DatePrecision: annals.PrecisionDay,
			Source: source, Target: target, Code: annals.Code(code),
			SourceText: text, TargetText: text, VerbText: verb, Pattern: text,
			Location: &annals.Place{Name: text, Country: source, Precision: code},
		}
		events := []annals.Event{e}

		out := write(t, export.GDELT, export.Options{SourceURL: func(d string) string { return d }}, events)
		if n := bytes.Count(out, []byte("\n")); n != 1 || !bytes.HasSuffix(out, []byte("\n")) {
			t.Fatalf("gdelt: %d lines, want one: %q", n, out)
		}
		if n := len(strings.Split(strings.TrimSuffix(string(out), "\n"), "\t")); n != 61 {
			t.Fatalf("gdelt: %d columns, want 61: %q", n, out)
		}

		out = write(t, export.CSV, export.Options{}, events)
		recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil || len(recs) != 2 {
			t.Fatalf("csv: read back %d records, %v: %q", len(recs), err, out)
		}
		// encoding/csv drops a carriage return before a newline even inside
		// quotes, so text with one cannot come back byte for byte.
		if !strings.Contains(doc+text+verb+source+target+code, "\r") {
			if got := eventFromRecord(t, recs[0], recs[1]); !sameEvent(got, e) {
				t.Fatalf("csv: read back as %+v, want %+v", got, e)
			}
		}

		// Each field on its own: invalid bytes in two fields can join into a
		// valid character when concatenated ("\xef" + "\x87\x80").
		valid := true
		for _, f := range []string{doc, source, target, code, text, verb} {
			valid = valid && utf8.ValidString(f)
		}
		out = write(t, export.JSONL, export.Options{}, events)
		var back annals.Event
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("jsonl: %v: %q", err, out)
		}
		if valid && !sameEvent(back, e) {
			t.Fatalf("jsonl: read back as %+v, want %+v", back, e)
		}

		out = write(t, export.PLOVER, export.Options{}, events)
		for _, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) {
			if len(line) > 0 && !json.Valid(line) {
				t.Fatalf("plover: not JSON: %q", line)
			}
		}

		out = write(t, export.Parquet, export.Options{}, events)
		rows, err := parquet.Read[pqRow](bytes.NewReader(out), int64(len(out)))
		if err != nil || len(rows) != 1 {
			t.Fatalf("parquet: read back %d rows, %v", len(rows), err)
		}
		if got := rows[0].event(); !sameEvent(got, e) {
			t.Fatalf("parquet: read back as %+v, want %+v", got, e)
		}
	})
}

// sameEvent compares two events field by field, the location by value.
func sameEvent(a, b annals.Event) bool {
	la, lb := a.Location, b.Location
	a.Location, b.Location = nil, nil
	if a != b {
		return false
	}
	if la == nil || lb == nil {
		return la == lb
	}
	return *la == *lb
}
