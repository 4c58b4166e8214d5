package ingest_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// warcRec is one WARC record for a test to write.
type warcRec struct {
	version string // the version line; WARC/1.1 when empty
	typ     string
	uri     string
	date    string
	ctype   string
	length  string // Content-Length as written; the block's length when empty
	block   string
}

// String returns the record as a WARC file holds it, with the CRLF CRLF
// that ends it.
func (r warcRec) String() string {
	var b strings.Builder
	v := r.version
	if v == "" {
		v = "WARC/1.1"
	}
	b.WriteString(v + "\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:annals:test:%s:%s>\r\n", r.typ, r.uri)
	if r.date != "" {
		fmt.Fprintf(&b, "WARC-Date: %s\r\n", r.date)
	}
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	if r.ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ctype)
	}
	length := r.length
	if length == "" {
		length = fmt.Sprint(len(r.block))
	}
	fmt.Fprintf(&b, "Content-Length: %s\r\n\r\n%s\r\n\r\n", length, r.block)
	return b.String()
}

// warcFile joins records into a WARC file.
func warcFile(recs ...warcRec) string {
	var b strings.Builder
	for _, r := range recs {
		b.WriteString(r.String())
	}
	return b.String()
}

// httpResp returns an HTTP response message with the given status, header
// lines and body.
func httpResp(status string, body string, headers ...string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n" + body)
	return b.String()
}

// response returns a response record for an HTTP response.
func response(uri, date, resp string) warcRec {
	return warcRec{typ: "response", uri: uri, date: date, ctype: "application/http; msgtype=response", block: resp}
}

// chunked encodes body in HTTP chunks of at most n bytes.
func chunked(body string, n int) string {
	var b strings.Builder
	for len(body) > 0 {
		c := body[:min(n, len(body))]
		body = body[len(c):]
		fmt.Fprintf(&b, "%x\r\n%s\r\n", len(c), c)
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// gzipped returns s compressed as one gzip member.
func gzipped(tb testing.TB, s string) string {
	tb.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// MustRead returns the contents of a file.
func MustRead(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

const (
	riverURL = "https://northgate.example/2021/04/river-accord"
	keshURL  = "https://kesh-post.example/city/2021/04/10/fuel-march"
)

// crawlRecords are the records of testdata/input/warc/crawl.warc: a
// warcinfo, a request, two HTML pages (one of them chunked), an image, a
// redirect and a metadata record.
func crawlRecords(tb testing.TB) []warcRec {
	river := MustRead(tb, "testdata/input/html/river-accord.html")
	kesh := MustRead(tb, "testdata/input/html/kesh-protest.html")
	return []warcRec{
		{typ: "warcinfo", date: "2021-04-10T09:00:00Z", ctype: "application/warc-fields",
			block: "software: annals test fixture\r\nformat: WARC File Format 1.1\r\n"},
		{typ: "request", uri: riverURL, date: "2021-04-10T09:00:01Z", ctype: "application/http; msgtype=request",
			block: "GET /2021/04/river-accord HTTP/1.1\r\nHost: northgate.example\r\nUser-Agent: annals-test\r\n\r\n"},
		response(riverURL, "2021-04-10T09:00:02Z", httpResp("200 OK", river,
			"Content-Type: text/html; charset=utf-8", fmt.Sprintf("Content-Length: %d", len(river)))),
		response(keshURL, "2021-04-10T09:00:03Z", httpResp("200 OK", chunked(kesh, 1000),
			"Content-Type: text/html", "Transfer-Encoding: chunked")),
		response("https://kesh-post.example/logo.png", "2021-04-10T09:00:04Z", httpResp("200 OK", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
			"Content-Type: image/png")),
		response("https://kesh-post.example/old", "2021-04-10T09:00:05Z", httpResp("301 Moved Permanently", "<html><body>Moved</body></html>",
			"Location: "+keshURL, "Content-Type: text/html")),
		{typ: "metadata", uri: keshURL, date: "2021-04-10T09:00:06Z", ctype: "application/warc-fields",
			block: "via: https://kesh-post.example/\r\n"},
	}
}

// TestWARCFixture checks that testdata/input/warc/crawl.warc is what
// crawlRecords builds; -update rewrites it.
func TestWARCFixture(t *testing.T) {
	const path = "testdata/input/warc/crawl.warc"
	want := warcFile(crawlRecords(t)...)
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := MustRead(t, path); got != want {
		t.Errorf("%s is out of date: run go test -run TestWARCFixture -update", path)
	}
}

// readWARC reads a WARC input, skipping malformed records, and returns the
// documents and the error messages in order.
func readWARC(tb testing.TB, in string) ([]*annals.Document, []string) {
	tb.Helper()
	var docs []*annals.Document
	var errs []string
	err := ingest.ReadWARC(strings.NewReader(in), "in.warc",
		func(d *annals.Document) error { docs = append(docs, d); return nil },
		func(err error) error {
			var re *ingest.RecordError
			if !errors.As(err, &re) || annals.ErrorCode(err) != annals.EINVALID {
				tb.Fatalf("onErr got %T %v, want an EINVALID *ingest.RecordError", err, err)
			}
			errs = append(errs, err.Error())
			return nil
		})
	if err != nil {
		tb.Fatalf("ReadWARC: %v", err)
	}
	return docs, errs
}

// docSummary is what the WARC tests compare of a document.
func docSummary(d *annals.Document) string {
	first, _, _ := strings.Cut(d.Text, "\n")
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", d.ID, d.URL, d.Date.Format("2006-01-02"), d.Title, d.Publisher, first)
}

const (
	riverSummary = riverURL + "|" + riverURL + "|2021-04-08|Veldoran and Ostrava sign Selva river accord|Northgate Wire|" +
		"The foreign ministers of Veldoran and Ostrava signed an accord on the shared use of the Selva river on Thursday, ending a dispute that had soured relations between the neighbours for a decade."
	// The Kesh page has no date of its own: it takes WARC-Date.
	keshSummary = keshURL + "|" + keshURL + "|2021-04-10|Thousands march in Kesh over fuel prices||" +
		"Thousands of people marched through the centre of Kesh on Saturday to protest against a rise in fuel prices announced by the government last week."
)

func TestReadWARC(t *testing.T) {
	crawl := MustRead(t, "testdata/input/warc/crawl.warc")
	recs := crawlRecords(t)
	river := MustRead(t, "testdata/input/html/river-accord.html")
	var members strings.Builder // one gzip member per record, as crawlers write
	for _, r := range recs {
		members.WriteString(gzipped(t, r.String()))
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"crawl", crawl, []string{riverSummary, keshSummary}},
		{"gzip whole file", gzipped(t, crawl), []string{riverSummary, keshSummary}},
		{"gzip member per record", members.String(), []string{riverSummary, keshSummary}},
		{"WARC/1.0 with bracketed URI and LF only",
			strings.ReplaceAll(warcRec{version: "WARC/1.0", typ: "response", uri: "<" + riverURL + ">", date: "2021-04-10T09:00:02Z",
				block: strings.ReplaceAll(httpResp("200 OK", river, "Content-Type: text/html"), "\r\n", "\n")}.String(), "\r\n", "\n"),
			[]string{riverSummary}},
		{"gzip content coding, chunked", warcFile(response(riverURL, "2021-04-10T09:00:02Z",
			httpResp("200 OK", chunked(gzipped(t, river), 500), "Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"))),
			[]string{riverSummary}},
		{"chunked header but stored decoded", warcFile(response(riverURL, "2021-04-10T09:00:02Z",
			httpResp("200 OK", river, "Content-Type: text/html", "Transfer-Encoding: chunked"))),
			[]string{riverSummary}},
		{"no Content-Type: sniffed", warcFile(response(riverURL, "2021-04-10T09:00:02Z", httpResp("200 OK", river))),
			[]string{riverSummary}},
		{"resource record", warcFile(warcRec{typ: "resource", uri: riverURL, date: "2021-04-10T09:00:02Z", ctype: "text/html", block: river}),
			[]string{riverSummary}},
		{"no target URI", warcFile(warcRec{typ: "resource", date: "2021-04-10T09:00:02Z", ctype: "text/html", block: river}),
			[]string{"in.warc#1||2021-04-08|" + strings.SplitN(riverSummary, "|", 4)[3]}},
		{"not HTML, not 200, not HTTP: skipped", warcFile(
			response(riverURL, "2021-04-10T09:00:02Z", httpResp("404 Not Found", river, "Content-Type: text/html")),
			response(riverURL, "2021-04-10T09:00:02Z", httpResp("200 OK", "body { color: red }", "Content-Type: text/css")),
			warcRec{typ: "response", uri: "dns:northgate.example", ctype: "text/dns", block: "northgate.example. 300 IN A 192.0.2.1\n"},
			warcRec{typ: "revisit", uri: riverURL, block: httpResp("200 OK", "", "Content-Type: text/html")},
			warcRec{typ: "resource", uri: riverURL, ctype: "application/pdf", block: "%PDF-1.4"},
		), nil},
		{"blank lines around records", "\r\n\n" + strings.ReplaceAll(crawl, "\r\n\r\nWARC/", "\r\n\r\n\r\n\nWARC/") + "\r\n\r\n",
			[]string{riverSummary, keshSummary}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readWARC(t, tt.in)
			if len(errs) > 0 {
				t.Errorf("unexpected errors: %q", errs)
			}
			var got []string
			for _, d := range docs {
				got = append(got, docSummary(d))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestReadWARCMalformed(t *testing.T) {
	river := MustRead(t, "testdata/input/html/river-accord.html")
	good := response(riverURL, "2021-04-10T09:00:02Z", httpResp("200 OK", river, "Content-Type: text/html"))
	goodLen := len(good.String())
	info := warcRec{typ: "warcinfo", ctype: "application/warc-fields", block: "software: test\r\n"}
	infoLen := len(info.String())
	withHeader := func(r warcRec, old, new string) string { return strings.Replace(r.String(), old, new, 1) }
	crawl := MustRead(t, "testdata/input/warc/crawl.warc")

	tests := []struct {
		name     string
		in       string
		wantDocs int
		wantErrs []string
	}{
		{"truncated block", good.String()[:goodLen-200], 0,
			[]string{fmt.Sprintf("in.warc: record 1 at offset 0: file ends inside the block: %d of %d bytes (Content-Length)", len(good.block)-196, len(good.block))}},
		{"truncated header", "WARC/1.1\r\nWARC-Type: response\r\nContent-Le", 0,
			[]string{"in.warc: record 1 at offset 0: file ends inside the record header"}},
		{"truncated after version line", "WARC/1.1", 0,
			[]string{"in.warc: record 1 at offset 0: file ends inside the record header"}},
		{"truncated crawl", crawl[:strings.Index(crawl, "Target-URI: "+keshURL)+1000], 1,
			[]string{"in.warc: record 4 at offset 4142: file ends inside the block: 860 of 2335 bytes (Content-Length)"}},
		{"bad Content-Length, then a good record", withHeader(info, "Content-Length: 16", "Content-Length: sixteen") + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: bad Content-Length "sixteen"; skipping to the next record`}},
		{"negative Content-Length", withHeader(info, "Content-Length: 16", "Content-Length: -16") + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: bad Content-Length "-16"; skipping to the next record`}},
		{"no Content-Length", withHeader(info, "Content-Length: 16\r\n", "") + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: no Content-Length; skipping to the next record`}},
		{"Content-Length too short", withHeader(good, fmt.Sprintf("Content-Length: %d", len(good.block)), "Content-Length: 100") + info.String(), 0,
			[]string{`in.warc: record 1 at offset 0: block not followed by the next record: Content-Length 100 is wrong; skipping to the next record`}},
		{"Content-Length too long", withHeader(info, "Content-Length: 16", "Content-Length: 40") + info.String() + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: block not followed by the next record: Content-Length 40 is wrong; skipping to the next record`}},
		{"Content-Length far beyond the file", withHeader(info, "Content-Length: 16", "Content-Length: 9223372036854775807"), 0,
			[]string{`in.warc: record 1 at offset 0: file ends inside the block: 20 of 9223372036854775807 bytes (Content-Length)`}},
		{"Content-Length overflows", withHeader(info, "Content-Length: 16", "Content-Length: 99999999999999999999") + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: bad Content-Length "99999999999999999999"; skipping to the next record`}},
		{"garbage before the first record", "GET / HTTP/1.1\r\nHost: x\r\n\r\n" + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: expected a WARC/ version line, found "GET / HTTP/1.1\r\n"; skipping to the next record`}},
		{"header line without a colon", withHeader(info, "WARC-Type: warcinfo", "WARC-Type warcinfo") + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: header line 1 is not "Name: value": "WARC-Type warcinfo"; skipping to the next record`}},
		{"continuation line first", strings.Replace(info.String(), "WARC/1.1\r\n", "WARC/1.1\r\n  folded\r\n", 1) + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: header line 1 continues no field: "  folded"; skipping to the next record`}},
		{"header line too long", withHeader(info, "WARC-Type: warcinfo", "WARC-Type: "+strings.Repeat("x", 70000)) + good.String(), 1,
			[]string{`in.warc: record 1 at offset 0: header line 1 longer than 65536 bytes; skipping to the next record`}},
		{"unsupported version", strings.Replace(good.String(), "WARC/1.1", "WARC/2.0", 1) + info.String(), 0,
			[]string{`in.warc: record 1 at offset 0: unsupported version "WARC/2.0"`}},
		{"bad HTTP status line, then more", warcFile(response(riverURL, "", "HTTP/1.1 OK\r\n\r\n"+river), info, good), 1,
			[]string{`in.warc: record 1 at offset 0: bad HTTP status line "HTTP/1.1 OK"`}},
		{"page with no text", warcFile(response(riverURL, "", httpResp("200 OK", "<html><body></body></html>", "Content-Type: text/html"))), 0,
			[]string{`in.warc: record 1 at offset 0: page "` + riverURL + `": no article text`}},
		{"unsupported content coding", warcFile(response(riverURL, "", httpResp("200 OK", "xx", "Content-Type: text/html", "Content-Encoding: br"))), 0,
			[]string{`in.warc: record 1 at offset 0: unsupported Content-Encoding "br"`}},
		{"broken gzip payload", warcFile(response(riverURL, "", httpResp("200 OK", "this is not gzip data at all", "Content-Type: text/html", "Content-Encoding: gzip"))), 0,
			[]string{`in.warc: record 1 at offset 0: payload: gzip: invalid header`}},
		{"second record bad, offsets", info.String() + withHeader(info, "Content-Length: 16", "Content-Length: x") + good.String(), 1,
			[]string{fmt.Sprintf(`in.warc: record 2 at offset %d: bad Content-Length "x"; skipping to the next record`, infoLen)}},
		{"damaged gzip", gzipped(t, good.String())[:200], 0,
			[]string{`in.warc: record 1 at offset 0: gzip: unexpected EOF`}},
		{"not gzip after the magic", "\x1f\x8bnot really gzip", 0,
			[]string{`in.warc: record 1 at offset 0: gzip: invalid header`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readWARC(t, tt.in)
			if strings.Join(errs, "\n") != strings.Join(tt.wantErrs, "\n") {
				t.Errorf("errors\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(tt.wantErrs, "\n"))
			}
			if len(docs) != tt.wantDocs {
				t.Errorf("got %d documents, want %d", len(docs), tt.wantDocs)
			}
		})
	}
}

func TestReadWARCLimits(t *testing.T) {
	river := MustRead(t, "testdata/input/html/river-accord.html")
	defer ingest.SetMaxInput(len(river) - 1)()
	in := warcFile(
		response(riverURL, "", httpResp("200 OK", river, "Content-Type: text/html")),
		response(riverURL, "", httpResp("200 OK", gzipped(t, river), "Content-Type: text/html", "Content-Encoding: gzip")),
		warcRec{typ: "resource", uri: riverURL, ctype: "text/html", block: river},
		// An image larger than the limit is not a page: skipped quietly.
		response(riverURL, "", httpResp("200 OK", river, "Content-Type: image/jpeg")),
	)
	_, errs := readWARC(t, in)
	want := []string{
		"HTML payload larger than 3146 bytes",
		"HTML payload larger than 3146 bytes once decompressed",
		"HTML resource larger than 3146 bytes",
	}
	if len(errs) != len(want) {
		t.Fatalf("errors %q, want %d", errs, len(want))
	}
	for i := range want {
		if !strings.HasSuffix(errs[i], want[i]) {
			t.Errorf("error %q, want one ending %q", errs[i], want[i])
		}
	}
}

// TestReadWARCLyingLength checks that a Content-Length far beyond the data
// costs no memory: blocks are streamed, never allocated by their length.
func TestReadWARCLyingLength(t *testing.T) {
	rec := response(riverURL, "", httpResp("200 OK", "<p>Short.</p>", "Content-Type: text/html"))
	rec.length = "1099511627776" // 1 TiB
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, errs := readWARC(t, rec.String())
	runtime.ReadMemStats(&after)
	if len(errs) != 1 || !strings.Contains(errs[0], "file ends inside the block") {
		t.Errorf("errors %q, want one for the block cut short", errs)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 8<<20 {
		t.Errorf("reading a 1 TiB Content-Length allocated %d bytes", n)
	}
}

func TestReadWARCStops(t *testing.T) {
	crawl := MustRead(t, "testdata/input/warc/crawl.warc")
	stop := errors.New("stop")
	n := 0
	err := ingest.ReadWARC(strings.NewReader(crawl), "in.warc", func(*annals.Document) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("fn error: got %v after %d documents, want stop after 1", err, n)
	}
	bad := "WARC/1.1\r\nContent-Length: x\r\n\r\n" + crawl
	err = ingest.ReadWARC(strings.NewReader(bad), "in.warc", func(*annals.Document) error { t.Error("document after a nil onErr failed"); return nil }, nil)
	var re *ingest.RecordError
	if !errors.As(err, &re) || re.Record != 1 || re.File != "in.warc" {
		t.Errorf("nil onErr: got %v, want the *RecordError for record 1", err)
	}
	err = ingest.ReadWARC(strings.NewReader(bad), "in.warc", func(*annals.Document) error { return nil }, func(error) error { return stop })
	if err != stop {
		t.Errorf("onErr error: got %v, want stop", err)
	}
}

func FuzzReadWARC(f *testing.F) {
	crawl := MustRead(f, "testdata/input/warc/crawl.warc")
	f.Add([]byte(crawl))
	f.Add([]byte(gzipped(f, crawl)))
	f.Add([]byte(crawl[:len(crawl)/3]))
	f.Add([]byte(warcFile(response(riverURL, "2021-04-10", httpResp("200 OK", chunked(gzipped(f, "<p>Hello</p>"), 7),
		"Content-Type: text/html; charset=iso-8859-1", "Content-Encoding: gzip", "Transfer-Encoding: chunked")))))
	f.Add([]byte("WARC/1.0\nWARC-Type: resource\nContent-Type: text/html\nContent-Length: 12\n\n<p>Hello</p>\n\nWARC/1.1\n"))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999\r\n\r\nx"))
	f.Fuzz(func(t *testing.T, in []byte) {
		// A low limit lets the fuzzer reach the too-large paths too.
		defer ingest.SetMaxInput(1 << 12)()
		err := ingest.ReadWARC(bytes.NewReader(in), "fuzz.warc", func(d *annals.Document) error {
			checkDoc(t, d)
			return nil
		}, func(err error) error {
			var re *ingest.RecordError
			if !errors.As(err, &re) || annals.ErrorCode(err) != annals.EINVALID || re.Record < 1 || re.Offset < 0 || re.Offset > int64(len(in))*1100 {
				t.Errorf("onErr got %T %v", err, err)
			}
			return nil
		})
		if err != nil {
			t.Errorf("ReadWARC returned %v with an onErr that skips", err)
		}
	})
}

// checkDoc fails t unless d is a document every later stage can take.
func checkDoc(t *testing.T, d *annals.Document) {
	t.Helper()
	if d.ID == "" {
		t.Errorf("document with an empty id: %+v", d)
	}
	if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
		t.Errorf("document with a bad text: %q", d.Text)
	}
	for _, s := range []string{d.ID, d.URL, d.Title, d.Publisher} {
		if !utf8.ValidString(s) {
			t.Errorf("document with invalid UTF-8: %+v", d)
		}
	}
	if !d.Date.IsZero() && (d.Date.Location() != time.UTC || d.Date.Hour() != 0 || d.Date.Minute() != 0 || d.Date.Second() != 0 || d.Date.Nanosecond() != 0) {
		t.Errorf("document date %v is not midnight UTC", d.Date)
	}
}

// fixturePaths returns the files under testdata/input matching pattern.
func fixturePaths(tb testing.TB, pattern string) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata/input", pattern))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no fixtures match %s: %v", pattern, err)
	}
	return paths
}
