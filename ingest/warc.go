package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// WARC limits. A record's Content-Length is never trusted for an
// allocation: blocks are streamed, and only an HTML payload, at most
// maxInput bytes, is held in memory.
const (
	maxWARCLine    = 64 << 10 // one header line, WARC or HTTP
	maxWARCHeaders = 1000     // header lines in one record or HTTP response
)

// RecordError reports a malformed WARC record, or one whose page gives no
// document. Its code, as annals.ErrorCode reports it, is annals.EINVALID.
type RecordError struct {
	File   string // the file name given to the reader
	Record int    // 1-based number of the record in the file
	// Offset is where the record starts, in bytes from the start of the
	// file, counted after decompression for a .warc.gz.
	Offset int64
	Reason string
}

// Error returns "FILE: record N at offset X: REASON".
func (e *RecordError) Error() string {
	return fmt.Sprintf("%s: record %d at offset %d: %s", e.File, e.Record, e.Offset, e.Reason)
}

// Unwrap returns the domain error behind e, so that annals.ErrorCode gives
// annals.EINVALID.
func (e *RecordError) Unwrap() error {
	return &annals.Error{Code: annals.EINVALID, Message: e.Error()}
}

// ReadWARC reads a WARC file (WARC/1.0 or WARC/1.1, as written by crawlers
// and web archives) from r and calls fn with one document for each archived
// HTML page, in file order. name is the file name used in errors. A
// gzip-compressed file (.warc.gz, one gzip member per record or one for the
// whole file) is decompressed on the fly.
//
// A page is a "response" record holding an HTTP response with status 200 and
// an HTML payload (text/html or application/xhtml+xml; without a
// Content-Type, as sniffed), or a "resource" record whose Content-Type is
// HTML. Chunked transfer coding and gzip or deflate content coding are
// undone. The page is read as ReadHTML reads one, with WARC-Target-URI as
// its URL and ID and WARC-Date as the date when the page's metadata gives
// none.
//
// Every other record is skipped without a word: warcinfo, request, metadata
// and revisit records, responses with another status (redirects, errors,
// "not modified") and responses that are not HTML (images, scripts, style
// sheets). A crawl is mostly made of these, and none of them is a fault in
// the file.
//
// A malformed record (no version line, a header line that is not "Name:
// value", a missing or bad Content-Length, a block not followed by a blank
// line and the next record, a file cut short), or a page that gives no
// document (an HTML payload larger than 64 MiB, a broken content coding, no
// article text) is not delivered: a *RecordError naming the file, the record
// and its offset is passed to onErr. If onErr returns nil, reading goes on at
// the next line that starts with "WARC/", or ends with a file cut short;
// otherwise reading stops and ReadWARC returns what onErr returned. A nil
// onErr stops at the first malformed record and returns its *RecordError.
//
// An error from fn stops reading and is returned as it is; so is a read
// error from r, wrapped with the file name.
func ReadWARC(r io.Reader, name string, fn func(*annals.Document) error, onErr func(error) error) error {
	if onErr == nil {
		onErr = func(err error) error { return err }
	}
	br := bufio.NewReaderSize(r, maxWARCLine)
	var gz *gzipReader
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			if isCorrupt(err) {
				return onErr(&RecordError{File: name, Record: 1, Reason: gzipReason(err)})
			}
			return fmt.Errorf("read %s: %w", name, err)
		}
		gz = &gzipReader{r: zr}
		br = bufio.NewReaderSize(gz, maxWARCLine)
	}
	w := &warcReader{br: br, name: name, fn: fn, onErr: onErr}
	err := w.run()
	if err != nil && w.readErr != nil && errors.Is(err, w.readErr) {
		if gz != nil && gz.err != nil && isCorrupt(gz.err) {
			// The file itself is damaged, not the disk under it: report
			// it like any other malformed input.
			return onErr(&RecordError{File: name, Record: max(w.n, 1), Offset: w.start, Reason: gzipReason(gz.err)})
		}
		return fmt.Errorf("read %s: %w", name, err)
	}
	return err
}

// gzipReader remembers the first error the decompressor returned, so that a
// damaged .warc.gz can be told from a failing disk.
type gzipReader struct {
	r   io.Reader
	err error
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF && g.err == nil {
		g.err = err
	}
	return n, err
}

// gzipReason says what is wrong with gzip data, starting "gzip: " once.
func gzipReason(err error) string {
	return "gzip: " + strings.TrimPrefix(err.Error(), "gzip: ")
}

// isCorrupt reports whether err says compressed data is damaged or cut short.
func isCorrupt(err error) bool {
	var ce flate.CorruptInputError
	return errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, zlib.ErrHeader) || errors.Is(err, zlib.ErrChecksum) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &ce)
}

// warcReader reads the records of one WARC stream.
type warcReader struct {
	br    *bufio.Reader
	name  string
	fn    func(*annals.Document) error
	onErr func(error) error

	off     int64 // bytes consumed from br
	n       int   // number of the current record
	start   int64 // offset of the current record
	readErr error // the read error that stopped the reader, if any
}

// warcHeader holds the fields of a record header that ReadWARC uses.
type warcHeader struct {
	version       string
	typ           string
	contentType   string
	targetURI     string
	date          string
	contentLength int64
	hasLength     bool
}

// errTruncated ends a record that the file cut short; nothing follows it.
var errTruncated = errors.New("truncated")

// run reads records until the end of the stream. It returns nil at the end,
// an error from fn or onErr, or a read error, which it also keeps in readErr.
func (w *warcReader) run() error {
	for {
		if err := w.skipNewlines(); err != nil {
			return w.fail(err)
		}
		if w.atEOF() {
			return nil
		}
		w.n++
		w.start = w.off
		if !w.atVersionLine() {
			line, _ := w.br.Peek(40)
			if i := bytes.IndexByte(line, '\n'); i >= 0 {
				line = line[:i+1]
			}
			if e := w.report("expected a WARC/ version line, found %s; skipping to the next record", quoteShort(string(line))); e != nil {
				return e
			}
			w.n--
			if err := w.resync(); err != nil {
				return w.fail(err)
			}
			continue
		}
		h, reason, err := w.header()
		if err == errTruncated {
			return w.report("file ends inside the record header")
		}
		if err != nil {
			return w.fail(err)
		}
		if reason != "" {
			if e := w.report("%s; skipping to the next record", reason); e != nil {
				return e
			}
			if err := w.resync(); err != nil {
				return w.fail(err)
			}
			continue
		}
		if err := w.record(h); err != nil {
			return err
		}
	}
}

// record handles the block of a record whose header has been read, and what
// follows it up to the next record.
func (w *warcReader) record(h warcHeader) error {
	block := &io.LimitedReader{R: w.br, N: h.contentLength}
	var doc *annals.Document
	var reason string
	switch {
	case h.version != "WARC/1.0" && h.version != "WARC/1.1":
		reason = "unsupported version " + quoteShort(h.version)
	case strings.EqualFold(h.typ, "response"):
		doc, reason = w.response(block, h)
	case strings.EqualFold(h.typ, "resource"):
		doc, reason = w.resource(block, h)
	}
	// Skip whatever the handler left of the block.
	_, err := io.Copy(io.Discard, block)
	w.off += h.contentLength - block.N
	if err != nil {
		return w.fail(err)
	}
	if block.N > 0 {
		return w.report("file ends inside the block: %d of %d bytes (Content-Length)", h.contentLength-block.N, h.contentLength)
	}
	if err := w.skipNewlines(); err != nil {
		return w.fail(err)
	}
	if !w.atEOF() && !w.atVersionLine() {
		// The block did not end where Content-Length said: what was
		// read as this record's block cannot be trusted either.
		if e := w.report("block not followed by the next record: Content-Length %d is wrong; skipping to the next record", h.contentLength); e != nil {
			return e
		}
		if err := w.resync(); err != nil {
			return w.fail(err)
		}
		return nil
	}
	if reason != "" {
		return w.report("%s", reason)
	}
	if doc != nil {
		return w.fn(doc)
	}
	return nil
}

// header reads a record's version line and header fields, up to the blank
// line that ends them. reason says what is wrong with a malformed header;
// err is errTruncated when the stream ends inside it, or a read error.
func (w *warcReader) header() (h warcHeader, reason string, err error) {
	line, err := w.line()
	if err == errLineTooLong {
		return h, fmt.Sprintf("version line longer than %d bytes", maxWARCLine), nil
	}
	if err != nil {
		return h, "", err
	}
	h.version = string(line)
	var last *string // the field a continuation line extends
	for i := 0; ; i++ {
		line, err := w.line()
		if err == errLineTooLong {
			return h, fmt.Sprintf("header line %d longer than %d bytes", i+1, maxWARCLine), nil
		}
		if err != nil {
			return h, "", err
		}
		if len(line) == 0 {
			break
		}
		if i >= maxWARCHeaders {
			return h, fmt.Sprintf("more than %d header lines", maxWARCHeaders), nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			if last == nil {
				return h, fmt.Sprintf("header line %d continues no field: %s", i+1, quoteShort(string(line))), nil
			}
			*last += " " + strings.TrimSpace(string(line))
			continue
		}
		k, v, ok := strings.Cut(string(line), ":")
		if !ok || k == "" || strings.ContainsAny(k, " \t") {
			return h, fmt.Sprintf("header line %d is not \"Name: value\": %s", i+1, quoteShort(string(line))), nil
		}
		v = strings.TrimSpace(v)
		var dst string
		last = &dst
		switch strings.ToLower(k) {
		case "warc-type":
			h.typ = v
			last = &h.typ
		case "content-type":
			h.contentType = v
			last = &h.contentType
		case "warc-target-uri":
			h.targetURI = v
			last = &h.targetURI
		case "warc-date":
			h.date = v
			last = &h.date
		case "content-length":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 || v[0] == '+' {
				return h, "bad Content-Length " + quoteShort(v), nil
			}
			h.contentLength, h.hasLength = n, true
		}
	}
	if !h.hasLength {
		return h, "no Content-Length", nil
	}
	return h, "", nil
}

// response reads the HTTP response in a response record's block and returns
// its page as a document. It returns no document and no reason for a
// response that is not a page: another status, or not HTML.
func (w *warcReader) response(block io.Reader, h warcHeader) (*annals.Document, string) {
	if h.contentType != "" && mediaType(h.contentType) != "application/http" {
		return nil, "" // a response of a protocol other than HTTP (DNS, FTP)
	}
	hr := bufio.NewReaderSize(block, maxWARCLine)
	status, _, err := nextLine(hr)
	if err != nil {
		return nil, "HTTP status line: " + lineErrReason(err)
	}
	proto, rest, _ := strings.Cut(string(status), " ")
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if !strings.HasPrefix(proto, "HTTP/") || len(code) != 3 || strings.Trim(code, "0123456789") != "" {
		return nil, "bad HTTP status line " + quoteShort(string(status))
	}
	var contentType, contentEncoding, transferEncoding string
	for i := 0; ; i++ {
		line, _, err := nextLine(hr)
		if err != nil {
			return nil, "HTTP header: " + lineErrReason(err)
		}
		if len(line) == 0 {
			break
		}
		if i >= maxWARCHeaders {
			return nil, fmt.Sprintf("more than %d HTTP header lines", maxWARCHeaders)
		}
		// Servers send all sorts; a line that is not a field is ignored,
		// as browsers ignore it.
		k, v, ok := strings.Cut(string(line), ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "content-type":
			contentType = v
		case "content-encoding":
			contentEncoding = strings.ToLower(v)
		case "transfer-encoding":
			transferEncoding = strings.ToLower(v)
		}
	}
	if code != "200" {
		return nil, ""
	}
	if contentType != "" && !isHTMLType(contentType) {
		return nil, ""
	}

	body, err := io.ReadAll(io.LimitReader(hr, int64(maxInput)+1))
	if err != nil {
		// A read error of the file itself; record() meets it again and
		// reports it.
		return nil, ""
	}
	if len(body) > maxInput {
		return nil, fmt.Sprintf("HTML payload larger than %d bytes", maxInput)
	}
	if strings.Contains(transferEncoding, "chunked") {
		// Some archivers store the payload as it came, chunked; others
		// store it decoded but keep the header. Use the decoded form when
		// there is one.
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), int64(maxInput)+1)); err == nil && len(b) <= maxInput {
			body = b
		}
	}
	body, reason := decodeContent(body, contentEncoding)
	if reason != "" {
		return nil, reason
	}
	if contentType == "" && !isHTMLType(http.DetectContentType(body)) {
		return nil, ""
	}
	return w.page(body, h, contentType)
}

// resource reads a resource record, which holds a document with no HTTP
// around it, and returns it as a document if it is HTML.
func (w *warcReader) resource(block io.Reader, h warcHeader) (*annals.Document, string) {
	if !isHTMLType(h.contentType) {
		return nil, ""
	}
	body, err := io.ReadAll(io.LimitReader(block, int64(maxInput)+1))
	if err != nil {
		return nil, ""
	}
	if len(body) > maxInput {
		return nil, fmt.Sprintf("HTML resource larger than %d bytes", maxInput)
	}
	return w.page(body, h, h.contentType)
}

// page reads an archived HTML page.
func (w *warcReader) page(body []byte, h warcHeader, contentType string) (*annals.Document, string) {
	// WARC/1.0 wrote the URI in angle brackets; WARC/1.1 does not.
	target := strings.TrimSuffix(strings.TrimPrefix(h.targetURI, "<"), ">")
	id := target
	if id == "" {
		id = fmt.Sprintf("%s#%d", w.name, w.n)
	}
	// WARC-Date is always UTC. A record without a usable one still gives a
	// document; the page's own date, or the caller, dates it.
	var fallback time.Time
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, h.date); err == nil {
			fallback = dayOf(t.UTC())
			break
		}
	}
	doc, reason := htmlDocument(body, id, target, contentType, fallback)
	if reason != "" {
		return nil, "page " + quoteMax(id, 200) + ": " + reason
	}
	return doc, ""
}

// quoteMax quotes s for an error message, cut to at most max bytes.
func quoteMax(s string, max int) string {
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "..."
}

// decodeContent undoes an HTTP content coding.
func decodeContent(body []byte, coding string) ([]byte, string) {
	var r io.Reader
	switch coding {
	case "", "identity":
		return body, ""
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, "payload: " + gzipReason(err)
		}
		r = zr
	case "deflate":
		// "deflate" should be zlib, but servers have long sent raw
		// DEFLATE too.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			r = zr
		} else {
			r = flate.NewReader(bytes.NewReader(body))
		}
	default:
		return nil, "unsupported Content-Encoding " + quoteShort(coding)
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(maxInput)+1))
	if err != nil {
		return nil, coding + " payload: " + err.Error()
	}
	if len(b) > maxInput {
		return nil, fmt.Sprintf("HTML payload larger than %d bytes once decompressed", maxInput)
	}
	return b, ""
}

// isHTMLType reports whether a Content-Type names HTML.
func isHTMLType(contentType string) bool {
	t := mediaType(contentType)
	return t == "text/html" || t == "application/xhtml+xml"
}

// mediaType returns the media type of a Content-Type, lower case, without
// its parameters. It is lenient on purpose: archived headers are whatever
// the server sent.
func mediaType(contentType string) string {
	t, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(t))
}

// errLineTooLong is returned by nextLine for a line longer than the
// reader's buffer.
var errLineTooLong = errors.New("line too long")

// nextLine returns the next line of br without its "\n" or "\r\n", and how
// many bytes it consumed. The line is only valid until the next read. A line
// longer than br's buffer is errLineTooLong, after consuming a buffer of it;
// a stream that ends before a line ending is errTruncated.
func nextLine(br *bufio.Reader) (line []byte, n int, err error) {
	line, err = br.ReadSlice('\n')
	n = len(line)
	switch err {
	case nil:
	case bufio.ErrBufferFull:
		return nil, n, errLineTooLong
	case io.EOF:
		return nil, n, errTruncated
	default:
		return nil, n, err
	}
	line = line[:len(line)-1]
	return bytes.TrimSuffix(line, []byte("\r")), n, nil
}

// lineErrReason says what a nextLine error means for a record.
func lineErrReason(err error) string {
	switch err {
	case errLineTooLong:
		return fmt.Sprintf("line longer than %d bytes", maxWARCLine)
	case errTruncated:
		return "cut short"
	}
	return err.Error()
}

// line reads one line of the WARC stream and counts its bytes.
func (w *warcReader) line() ([]byte, error) {
	line, n, err := nextLine(w.br)
	w.off += int64(n)
	return line, err
}

// skipNewlines consumes line endings between records.
func (w *warcReader) skipNewlines() error {
	for {
		b, err := w.br.Peek(1)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		w.br.Discard(1)
		w.off++
	}
}

// atEOF reports whether the stream has no more bytes.
func (w *warcReader) atEOF() bool {
	_, err := w.br.Peek(1)
	return err == io.EOF
}

// atVersionLine reports whether the stream is at a line starting "WARC/".
func (w *warcReader) atVersionLine() bool {
	b, _ := w.br.Peek(5)
	return string(b) == "WARC/"
}

// resync skips to the next line that starts with "WARC/", or to the end.
func (w *warcReader) resync() error {
	for {
		// Discard up to and including the next '\n', a buffer at a time.
		for {
			b, err := w.br.ReadSlice('\n')
			w.off += int64(len(b))
			if err == nil {
				break
			}
			if err == io.EOF {
				return nil
			}
			if err != bufio.ErrBufferFull {
				return err
			}
		}
		if w.atVersionLine() {
			return nil
		}
	}
}

// report passes a *RecordError for the current record to onErr.
func (w *warcReader) report(format string, args ...any) error {
	return w.onErr(&RecordError{File: w.name, Record: w.n, Offset: w.start, Reason: fmt.Sprintf(format, args...)})
}

// fail records a read error of the stream and returns it.
func (w *warcReader) fail(err error) error {
	w.readErr = err
	return err
}
