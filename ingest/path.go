package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/annals-dev/annals"
)

// Options configures ReadPath and Read.
type Options struct {
	// Date is the publication date of plain-text documents, which carry
	// none, and of HTML pages whose metadata gives none.
	Date time.Time
	// Lang is the language (a BCP 47 tag) of documents that declare none:
	// plain text, and pages, feeds and records without a language.
	Lang string
}

// Format is an input format that Read recognises.
type Format int

// The formats Read recognises.
const (
	FormatText  Format = iota // one plain-text document: ReadText
	FormatJSONL               // one document a line: ReadJSONL
	FormatFeed                // RSS, Atom or JSON Feed: ReadFeed
	FormatHTML                // one HTML page: ReadHTML
	FormatWARC                // a web archive: ReadWARC
)

// String returns the format's name, as "jsonl" or "warc".
func (f Format) String() string {
	switch f {
	case FormatJSONL:
		return "jsonl"
	case FormatFeed:
		return "feed"
	case FormatHTML:
		return "html"
	case FormatWARC:
		return "warc"
	}
	return "text"
}

// sniffLen is how much of an input Detect looks at.
const sniffLen = 4096

// ReadPath reads the file or directory at path and calls fn with each
// document in it. A directory is read recursively in lexical order, leaving
// out files and directories whose names start with "."; each file's format
// is found by Detect, and a file ending in .gz, or starting as gzip data
// does, is decompressed first.
//
// Errors name the file. A malformed record, or a file that gives no document
// or cannot be opened, is passed to onErr: a *LineError, *ItemError or
// *RecordError for one record, an EINVALID error or an *fs.PathError for a
// whole file. If onErr returns nil, reading goes on with the next record or
// file; otherwise ReadPath stops and returns what onErr returned. A nil
// onErr stops at the first error and returns it.
//
// An error from fn, a read error, or ctx being done stops reading and is
// returned; ctx is checked before each file and each document. A path that
// does not exist is an error returned at once.
func ReadPath(ctx context.Context, path string, opts Options, fn func(*annals.Document) error, onErr func(error) error) error {
	if onErr == nil {
		onErr = func(err error) error { return err }
	}
	each := func(d *annals.Document) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(d)
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return readFile(ctx, path, opts, each, onErr)
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable directory: report it and go on without it.
			return onErr(err)
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			// A link is read if it leads to a file; sockets, devices and
			// links to directories are not documents.
			info, err := os.Stat(p)
			if err != nil {
				return onErr(err)
			}
			if !info.Mode().IsRegular() {
				return nil
			}
		}
		return readFile(ctx, p, opts, each, onErr)
	})
}

// readFile reads one file for ReadPath.
func readFile(ctx context.Context, path string, opts Options, fn func(*annals.Document) error, onErr func(error) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return onErr(err)
	}
	defer f.Close()
	return Read(f, path, opts, fn, onErr)
}

// Read reads one input of any format from r and calls fn with each document
// in it. name is the input's file name: Detect uses its extension, the
// readers use it in errors. Input that starts as gzip data does, or whose
// name ends in .gz, is decompressed first, and its format found from the
// rest of the name and the decompressed content. onErr is used as ReadPath
// uses it: an error for a whole input (such as a plain-text file that is
// empty) is passed to it too.
func Read(r io.Reader, name string, opts Options, fn func(*annals.Document) error, onErr func(error) error) error {
	if onErr == nil {
		onErr = func(err error) error { return err }
	}
	if opts.Lang != "" {
		each := fn
		fn = func(d *annals.Document) error {
			if d.Lang == "" {
				d.Lang = opts.Lang
			}
			return each(d)
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(2)
	if err != nil && err != io.EOF {
		return fmt.Errorf("read %s: %w", name, err)
	}
	inner := name
	if strings.EqualFold(filepath.Ext(name), ".gz") {
		inner = name[:len(name)-len(".gz")]
	}
	if inner == name && !bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return readFormat(br, name, name, opts, fn, onErr)
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		if isCorrupt(err) || err == io.EOF {
			return onErr(annals.Errorf(annals.EINVALID, "%s: not gzip data: %s", name, strings.TrimPrefix(err.Error(), "gzip: ")))
		}
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer zr.Close()
	gz := &gzipReader{r: zr}
	err = readFormat(gz, name, inner, opts, fn, onErr)
	if err != nil && gz.err != nil && isCorrupt(gz.err) && errors.Is(err, gz.err) {
		// The data is damaged, not the disk: the file is malformed.
		return onErr(&annals.Error{Code: annals.EINVALID, Message: err.Error()})
	}
	return err
}

// readFormat detects the format of r and reads it. name is used in errors
// and IDs, inner (name without .gz) for the extension.
func readFormat(r io.Reader, name, inner string, opts Options, fn func(*annals.Document) error, onErr func(error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("read %s: %w", name, err)
	}
	switch Detect(inner, head) {
	case FormatWARC:
		return ReadWARC(br, name, fn, onErr)
	case FormatJSONL:
		return ReadJSONL(br, name, fn, onErr)
	case FormatFeed:
		return ReadFeed(br, name, fn, onErr)
	case FormatHTML:
		doc, err := ReadHTML(br, name, "", opts.Date)
		if err != nil {
			if annals.ErrorCode(err) == annals.EINVALID {
				return onErr(err)
			}
			return err
		}
		return fn(doc)
	}
	doc, err := ReadText(br, name, opts.Date)
	if err != nil {
		if annals.ErrorCode(err) == annals.EINVALID {
			return onErr(err)
		}
		return err
	}
	return fn(doc)
}

// Detect returns the format of an input from its file name and its first
// bytes (Read looks at 4096). The content decides when it is clear, the
// extension when it is not:
//
//   - "WARC/" at the start is a WARC file;
//   - a JSON object whose "version" is https://jsonfeed.org/version/… is a
//     JSON Feed, any other '{' a JSONL file (unless the name ends in .txt);
//   - XML or HTML whose first element is <rss>, <feed> or <rdf:RDF> is a
//     feed, and one with an HTML doctype or a first element <html>, <head>
//     or <body> is an HTML page.
//
// Otherwise .jsonl, .ndjson and .json are JSONL, .warc is WARC, .rss, .atom
// and .xml are feeds, .html, .htm and .xhtml are HTML, and anything else is
// plain text. Leading white space and a UTF-8 byte-order mark are ignored.
// Detect does not look inside gzip data; Read decompresses it first.
func Detect(name string, head []byte) Format {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(h, []byte("{")):
		if isJSONFeed(h) {
			return FormatFeed
		}
		if ext != ".txt" {
			return FormatJSONL
		}
	case bytes.HasPrefix(h, []byte("<")):
		switch firstElement(h) {
		case "rss", "feed", "rdf:rdf":
			return FormatFeed
		case "!doctype html", "html", "head", "body":
			return FormatHTML
		}
	}
	switch ext {
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	case ".warc":
		return FormatWARC
	case ".rss", ".atom", ".xml":
		return FormatFeed
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	return FormatText
}

// isJSONFeed reports whether the JSON in h has a "version" member naming
// the JSON Feed specification. A JSONL text cannot fake it: quotes inside
// its strings are escaped.
func isJSONFeed(h []byte) bool {
	for rest := h; ; {
		i := bytes.Index(rest, []byte(`"version"`))
		if i < 0 {
			return false
		}
		rest = bytes.TrimLeft(rest[i+len(`"version"`):], " \t\r\n")
		if v, ok := bytes.CutPrefix(rest, []byte(":")); ok {
			v = bytes.TrimLeft(v, " \t\r\n")
			if bytes.HasPrefix(v, []byte(`"https://jsonfeed.org/version/`)) || bytes.HasPrefix(v, []byte(`"http://jsonfeed.org/version/`)) {
				return true
			}
		}
	}
}

// firstElement returns the lower-case name of the first element in the
// markup h, skipping the XML declaration, processing instructions, comments
// and white space, or "!doctype html" for an HTML doctype. It returns ""
// when h holds none before it ends.
func firstElement(h []byte) string {
	for {
		h = bytes.TrimLeft(h, " \t\r\n")
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			i := bytes.Index(h, []byte("?>"))
			if i < 0 {
				return ""
			}
			h = h[i+2:]
		case bytes.HasPrefix(h, []byte("<!--")):
			i := bytes.Index(h, []byte("-->"))
			if i < 0 {
				return ""
			}
			h = h[i+3:]
		case bytes.HasPrefix(h, []byte("<!")):
			i := bytes.IndexByte(h, '>')
			if i < 0 {
				return ""
			}
			decl := strings.Fields(strings.ToLower(string(h[2:i])))
			if len(decl) >= 2 && decl[0] == "doctype" && decl[1] == "html" {
				return "!doctype html"
			}
			h = h[i+1:]
		case bytes.HasPrefix(h, []byte("<")):
			end := bytes.IndexAny(h[1:], " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return strings.ToLower(string(h[1 : 1+end]))
		default:
			return ""
		}
	}
}
