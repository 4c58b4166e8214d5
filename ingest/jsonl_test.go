package ingest_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// readAll reads a JSONL input, skipping malformed lines, and returns the
// documents and the error messages in order.
func readAll(tb testing.TB, in string) ([]*annals.Document, []string) {
	tb.Helper()
	var docs []*annals.Document
	var errs []string
	err := ingest.ReadJSONL(strings.NewReader(in), "in.jsonl",
		func(d *annals.Document) error { docs = append(docs, d); return nil },
		func(err error) error {
			var le *ingest.LineError
			if !errors.As(err, &le) {
				tb.Fatalf("onErr got %T %v, want *ingest.LineError", err, err)
			}
			if code := annals.ErrorCode(err); code != annals.EINVALID {
				tb.Fatalf("ErrorCode(%v) = %q, want %q", err, code, annals.EINVALID)
			}
			errs = append(errs, err.Error())
			return nil
		})
	if err != nil {
		tb.Fatalf("ReadJSONL: %v", err)
	}
	return docs, errs
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestReadJSONLGood(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []annals.Document
	}{
		{"minimal", `{"id":"a","date":"2021-04-08","text":"Putin called Aliyev."}`,
			[]annals.Document{{ID: "a", Date: day(2021, 4, 8), Text: "Putin called Aliyev."}}},
		{"compact date", `{"id":"a","date":"20210408","text":"t"}`,
			[]annals.Document{{ID: "a", Date: day(2021, 4, 8), Text: "t"}}},
		{"all fields", `{"id":"a","date":"2021-04-08","text":"t","url":"https://example.org/a","source":"Example Wire","title":"Call","extra":[1,{"x":null}]}`,
			[]annals.Document{{ID: "a", Date: day(2021, 4, 8), Text: "t", URL: "https://example.org/a", Publisher: "Example Wire", Title: "Call"}}},
		{"language", `{"id":"a","text":"t","lang":"en-GB"}` + "\n" + `{"id":"b","text":"t","language":"fr"}`,
			[]annals.Document{{ID: "a", Text: "t", Lang: "en-GB"}, {ID: "b", Text: "t", Lang: "fr"}}},
		{"null optional fields", `{"id":"a","date":"2021-04-08","text":"t","url":null,"source":null,"title":null}`,
			[]annals.Document{{ID: "a", Date: day(2021, 4, 8), Text: "t"}}},
		{"integer id", `{"id":42,"date":"2021-04-08","text":"t"}`,
			[]annals.Document{{ID: "42", Date: day(2021, 4, 8), Text: "t"}}},
		{"big integer id", `{"id":123456789012345678901234567890,"date":"2021-04-08","text":"t"}`,
			[]annals.Document{{ID: "123456789012345678901234567890", Date: day(2021, 4, 8), Text: "t"}}},
		{"negative zero id", `{"id":-0,"date":"2021-04-08","text":"t"}`,
			[]annals.Document{{ID: "0", Date: day(2021, 4, 8), Text: "t"}}},
		{"float ids as python writes them", `{"id":1.50,"text":"t"}` + "\n" + `{"id":1e3,"text":"t"}` + "\n" + `{"id":1e16,"text":"t"}` + "\n" + `{"id":0.00001,"text":"t"}`,
			[]annals.Document{{ID: "1.5", Text: "t"}, {ID: "1000.0", Text: "t"}, {ID: "1e+16", Text: "t"}, {ID: "1e-05", Text: "t"}}},
		{"missing date", `{"id":"a","text":"t"}`, []annals.Document{{ID: "a", Text: "t"}}},
		{"null date", `{"id":"a","date":null,"text":"t"}`, []annals.Document{{ID: "a", Text: "t"}}},
		{"blank lines and CRLF", "\n  \r\n{\"id\":\"a\",\"text\":\"t\"}\r\n\r\n{\"id\":\"b\",\"text\":\"u\"}",
			[]annals.Document{{ID: "a", Text: "t"}, {ID: "b", Text: "u"}}},
		{"escapes and unicode", `{"id":"é","text":"line\none \u00e9 \ud83d\ude00"}`,
			[]annals.Document{{ID: "é", Text: "line\none é 😀"}}},
		{"text kept exactly", `{"id":"a","text":"  padded  "}`, []annals.Document{{ID: "a", Text: "  padded  "}}},
		{"later duplicate key wins", `{"id":"a","id":"b","text":"t"}`, []annals.Document{{ID: "b", Text: "t"}}},
		{"empty input", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readAll(t, tt.in)
			if len(errs) > 0 {
				t.Fatalf("unexpected errors: %q", errs)
			}
			var got []annals.Document
			for _, d := range docs {
				got = append(got, *d)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestReadJSONLMalformed(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{`{"id":"a","text":"t"`, `in.jsonl:1: invalid JSON at column 20: unexpected end of JSON input`},
		{`not json`, `in.jsonl:1: invalid JSON at column 2: invalid character 'o' in literal null (expecting 'u')`},
		{`{"id":"a","text":"t"} {}`, `in.jsonl:1: invalid JSON at column 23: invalid character '{' after top-level value`},
		{`["a","2021-04-08","t"]`, `in.jsonl:1: not a JSON object`},
		{`"text"`, `in.jsonl:1: not a JSON object`},
		{`{"date":"2021-04-08","text":"t"}`, `in.jsonl:1: id: missing`},
		{`{"id":null,"text":"t"}`, `in.jsonl:1: id: missing`},
		{`{"id":"","text":"t"}`, `in.jsonl:1: id: empty`},
		{`{"id":true,"text":"t"}`, `in.jsonl:1: id: not a string or number`},
		{`{"id":["a"],"text":"t"}`, `in.jsonl:1: id: not a string or number`},
		{"{\"id\":\"a\xff\",\"text\":\"t\"}", `in.jsonl:1: id: invalid UTF-8`},
		{`{"id":"a","date":"","text":"t"}`, `in.jsonl:1: date: want YYYY-MM-DD or YYYYMMDD, got ""`},
		{`{"id":"a","date":"April 8, 2021","text":"t"}`, `in.jsonl:1: date: want YYYY-MM-DD or YYYYMMDD, got "April 8, 2021"`},
		{`{"id":"a","date":"2021/04/08","text":"t"}`, `in.jsonl:1: date: want YYYY-MM-DD or YYYYMMDD, got "2021/04/08"`},
		{`{"id":"a","date":"2021-02-30","text":"t"}`, `in.jsonl:1: date: no such day: "2021-02-30"`},
		{`{"id":"a","date":"20211301","text":"t"}`, `in.jsonl:1: date: no such day: "20211301"`},
		{`{"id":"a","date":20210408,"text":"t"}`, `in.jsonl:1: date: not a string`},
		{`{"id":"a","date":"2021-04-08"}`, `in.jsonl:1: text: missing`},
		{`{"id":"a","text":null}`, `in.jsonl:1: text: missing`},
		{`{"id":"a","text":""}`, `in.jsonl:1: text: empty`},
		{`{"id":"a","text":" \n\t "}`, `in.jsonl:1: text: empty`},
		{`{"id":"a","text":7}`, `in.jsonl:1: text: not a string`},
		{"{\"id\":\"a\",\"text\":\"ok \xc3\x28\"}", `in.jsonl:1: text: invalid UTF-8`},
		{`{"id":"a","text":"t","url":5}`, `in.jsonl:1: url: not a string`},
		{`{"id":"a","text":"t","source":{}}`, `in.jsonl:1: source: not a string`},
		{"{\"id\":\"a\",\"text\":\"t\",\"title\":\"\xff\"}", `in.jsonl:1: title: invalid UTF-8`},
		{"\n\n" + `{"id":"a"}`, `in.jsonl:3: text: missing`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			docs, errs := readAll(t, tt.in)
			if len(docs) != 0 {
				t.Errorf("got documents %+v, want none", docs)
			}
			if len(errs) != 1 || errs[0] != tt.want {
				t.Errorf("errors %q, want [%q]", errs, tt.want)
			}
		})
	}
}

// A malformed line is skipped and the lines after it are still read.
func TestReadJSONLSkipsBadLines(t *testing.T) {
	in := `{"id":"a","text":"one"}` + "\n" + `{"id":"b"}` + "\n" + `{"id":"c","text":"three"}` + "\n"
	docs, errs := readAll(t, in)
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "c" {
		t.Errorf("documents %+v, want a and c", docs)
	}
	if want := []string{"in.jsonl:2: text: missing"}; !reflect.DeepEqual(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

func TestReadJSONLStops(t *testing.T) {
	in := `{"id":"a","text":"one"}` + "\n" + `{"id":"b"}` + "\n" + `{"id":"c","text":"three"}` + "\n"

	// A nil onErr stops at the first malformed line.
	var ids []string
	err := ingest.ReadJSONL(strings.NewReader(in), "in.jsonl",
		func(d *annals.Document) error { ids = append(ids, d.ID); return nil }, nil)
	var le *ingest.LineError
	if !errors.As(err, &le) || le.Line != 2 || le.Field != "text" || le.Reason != "missing" {
		t.Errorf("nil onErr: err = %v, want the line 2 LineError", err)
	}
	if !reflect.DeepEqual(ids, []string{"a"}) {
		t.Errorf("nil onErr: read %q, want [a]", ids)
	}

	// onErr's error is returned as it is.
	stop := errors.New("stop")
	err = ingest.ReadJSONL(strings.NewReader(in), "in.jsonl",
		func(*annals.Document) error { return nil }, func(error) error { return stop })
	if err != stop {
		t.Errorf("onErr error: got %v, want %v", err, stop)
	}

	// fn's error stops reading and is returned as it is.
	ids = nil
	err = ingest.ReadJSONL(strings.NewReader(in), "in.jsonl",
		func(d *annals.Document) error { ids = append(ids, d.ID); return stop },
		func(error) error { t.Error("onErr called after fn stopped"); return nil })
	if err != stop || !reflect.DeepEqual(ids, []string{"a"}) {
		t.Errorf("fn error: got %v after %q, want %v after [a]", err, ids, stop)
	}

	// A read error is returned with the file name, and is not a LineError.
	r := io.MultiReader(strings.NewReader(`{"id":"a","text":"one"}`+"\n"), iotest.ErrReader(errors.New("disk gone")))
	err = ingest.ReadJSONL(r, "in.jsonl", func(*annals.Document) error { return nil }, nil)
	if err == nil || err.Error() != "read in.jsonl:2: disk gone" || errors.As(err, &le) {
		t.Errorf("read error: got %v", err)
	}
}

func TestLineErrorCode(t *testing.T) {
	err := error(&ingest.LineError{File: "f.jsonl", Line: 3, Field: "date", Reason: "not a string"})
	if got, want := err.Error(), "f.jsonl:3: date: not a string"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if code := annals.ErrorCode(err); code != annals.EINVALID {
		t.Errorf("ErrorCode = %q, want %q", code, annals.EINVALID)
	}
	err = &ingest.LineError{File: "f.jsonl", Line: 1, Reason: "not a JSON object"}
	if got, want := err.Error(), "f.jsonl:1: not a JSON object"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestReadJSONLLongLines(t *testing.T) {
	// A line longer than bufio's and Scanner's buffers is read whole.
	long := strings.Repeat("word ", 100_000)
	docs, errs := readAll(t, `{"id":"a","text":"`+long+`"}`+"\n"+`{"id":"b","text":"t"}`)
	if len(errs) != 0 || len(docs) != 2 || docs[0].Text != long || docs[1].ID != "b" {
		t.Fatalf("got %d documents and errors %q", len(docs), errs)
	}

	// A line over the limit is an error, and the next line is read.
	defer ingest.SetMaxLine(30)()
	in := `{"id":"a","text":"0123456789"}` + "\r\n" + // 30 bytes: fits
		`{"id":"b","text":"0123456789x"}` + "\n" + // 31 bytes
		`{"id":"c","text":"` + strings.Repeat("x", 200_000) + `"}` + "\n" +
		`{"id":"d","text":"t"}`
	docs, errs = readAll(t, in)
	want := []string{"in.jsonl:2: line too long (over 30 bytes)", "in.jsonl:3: line too long (over 30 bytes)"}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "d" {
		t.Errorf("documents %+v, want a and d", docs)
	}
}

// Every gold and bench file in ../shared is valid input. The bench sample
// has lines with an empty text, which are reported and skipped.
func TestReadJSONLShared(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../shared/gold/*.jsonl", "../../shared/bench/*.jsonl"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no ../../shared/gold or ../../shared/bench JSONL files: the shared reference data is not checked out beside the repository")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var docs, undated, emptyText int
			err = ingest.ReadJSONL(f, path, func(d *annals.Document) error {
				docs++
				if d.ID == "" || !utf8.ValidString(d.Text) {
					t.Errorf("bad document %+v", d)
				}
				if d.Date.IsZero() {
					undated++
				}
				return nil
			}, func(err error) error {
				var le *ingest.LineError
				if filepath.Base(filepath.Dir(path)) == "bench" && errors.As(err, &le) && le.Field == "text" && le.Reason == "empty" {
					emptyText++
					return nil
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if docs == 0 {
				t.Error("no documents")
			}
			t.Logf("%d documents, %d without a date, %d skipped for an empty text", docs, undated, emptyText)
		})
	}
}
