package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// readPath reads path with ReadPath, skipping what is malformed, and returns
// every document and error in a form for golden files.
func readPath(tb testing.TB, path string) string {
	tb.Helper()
	var out bytes.Buffer
	err := ingest.ReadPath(context.Background(), path, ingest.Options{Date: day(2021, 4, 1)},
		func(d *annals.Document) error {
			fmt.Fprintf(&out, "== %s\nurl: %s\ntitle: %s\npublisher: %s\ndate: %s\n%s\n\n",
				d.ID, d.URL, d.Title, d.Publisher, d.Date.Format("2006-01-02"), d.Text)
			return nil
		},
		func(err error) error {
			if code := annals.ErrorCode(err); code != annals.EINVALID {
				tb.Errorf("onErr got %v with code %q, want %q", err, code, annals.EINVALID)
			}
			fmt.Fprintf(&out, "!! %v\n\n", err)
			return nil
		})
	if err != nil {
		tb.Fatalf("ReadPath(%s): %v", path, err)
	}
	return out.String()
}

// TestReadPath reads every fixture under testdata/input and compares the
// result with testdata/input.golden; -update rewrites it.
func TestReadPath(t *testing.T) {
	const golden = "testdata/input.golden"
	got := readPath(t, "testdata/input")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := MustRead(t, golden); got != want {
		t.Errorf("ReadPath(testdata/input) differs from %s (go test -update rewrites it; review the diff):\n%s", golden, got)
	}
	if strings.Contains(got, "hidden") {
		t.Errorf("ReadPath read a hidden file")
	}
}

// TestReadPathGzip reads a gzipped copy of every fixture and expects what
// the originals give.
func TestReadPathGzip(t *testing.T) {
	dir := t.TempDir()
	err := filepath.WalkDir("testdata/input", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("testdata/input", p)
		dst := filepath.Join(dir, rel+".gz")
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(gzipped(t, MustRead(t, p))), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	got := readPath(t, dir)
	got = strings.ReplaceAll(got, dir, "testdata/input")
	got = strings.ReplaceAll(got, ".gz", "")
	if want := MustRead(t, "testdata/input.golden"); got != want {
		t.Errorf("gzipped fixtures read differently:\n%s", got)
	}
}

func TestRead(t *testing.T) {
	crawl := MustRead(t, "testdata/input/warc/crawl.warc")
	rss := MustRead(t, "testdata/input/feeds/northgate.rss")
	tests := []struct {
		name, in string
		want     []string // document IDs, then errors
	}{
		{"crawl.bin", gzipped(t, crawl), []string{riverURL, keshURL}},
		{"download", gzipped(t, rss), []string{"northgate-2021-0408-001", "https://northgate.example/2021/04/kesh-protest", "download#3",
			"!! download: item 4: no text: neither content nor description"}},
		{"story.txt.gz", gzipped(t, "Rook met Desh."), []string{"story.txt.gz"}},
		{"notes", "Rook met Desh.", []string{"notes"}},
		{"story.txt", `{"id": "a", "text": "t"}`, []string{"story.txt"}},
		{"stdin", `{"id": "a", "text": "t"}`, []string{"a"}},
		{"empty.gz", "", []string{"!! empty.gz: not gzip data: EOF"}},
		{"bad.gz", "this is not gzip data at all", []string{"!! bad.gz: not gzip data: invalid header"}},
		{"cut.jsonl.gz", gzipped(t, `{"id": "a", "text": "t"}`+"\n"+`{"id": "b", "text": "u"}`)[:30],
			[]string{"!! read cut.jsonl.gz: unexpected EOF"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := ingest.Read(strings.NewReader(tt.in), tt.name, ingest.Options{Date: day(2021, 4, 1)},
				func(d *annals.Document) error { got = append(got, d.ID); return nil },
				func(err error) error {
					if annals.ErrorCode(err) != annals.EINVALID {
						t.Errorf("onErr got %v, want an EINVALID error", err)
					}
					got = append(got, "!! "+err.Error())
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestReadPathErrors checks that every kind of bad file is reported with
// its path, and that reading goes on after it.
func TestReadPathErrors(t *testing.T) {
	dir := t.TempDir()
	crawl := MustRead(t, "testdata/input/warc/crawl.warc")
	files := map[string]string{
		"a-broken.xml":     `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</ti`,
		"b-empty.html":     "",
		"c-script.htm":     `<html><body><script>track()</script></body></html>`,
		"d-cut.warc":       crawl[:200],
		"e-bad.jsonl.gz":   "this is not gzip data at all",
		"f-empty.txt":      " \n",
		"g-not-a-feed.rss": "Just some words.",
		"h-deep.xml":       `<rss version="2.0"><channel><item>` + strings.Repeat("<x>", 600) + strings.Repeat("</x>", 600) + `</item></channel></rss>`,
		"i-good.txt":       "Rook met Desh.",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := strings.ReplaceAll(readPath(t, dir), dir+string(filepath.Separator), "")
	want := `!! a-broken.xml: parse feed: XML syntax error on line 1: unexpected EOF

!! b-empty.html: empty page

!! c-script.htm: no article text

!! d-cut.warc: record 1 at offset 0: file ends inside the block: 30 of 61 bytes (Content-Length)

!! e-bad.jsonl.gz: not gzip data: invalid header

!! f-empty.txt: empty text

!! g-not-a-feed.rss: parse feed: failed to detect feed type

!! h-deep.xml: parse feed: elements nested more than 512 deep

== i-good.txt
url: 
title: 
publisher: 
date: 2021-04-01
Rook met Desh.

`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestReadPathStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ingest.ReadPath(context.Background(), "testdata/input", ingest.Options{},
		func(*annals.Document) error { n++; return stop }, func(error) error { return nil })
	if err != stop || n != 1 {
		t.Errorf("fn error: got %v after %d documents, want stop after 1", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = ingest.ReadPath(ctx, "testdata/input", ingest.Options{},
		func(*annals.Document) error { n++; cancel(); return nil }, func(error) error { return nil })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancelled: got %v after %d documents, want context.Canceled after 1", err, n)
	}

	err = ingest.ReadPath(context.Background(), "testdata/input/text", ingest.Options{},
		func(*annals.Document) error { return nil }, nil)
	var le *ingest.LineError
	if !errors.As(err, &le) || le.File != filepath.Join("testdata/input/text/stories.jsonl") || le.Line != 2 {
		t.Errorf("nil onErr: got %v, want the *LineError for stories.jsonl:2", err)
	}

	err = ingest.ReadPath(context.Background(), "testdata/no-such-dir", ingest.Options{},
		func(*annals.Document) error { return nil }, nil)
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != "testdata/no-such-dir" {
		t.Errorf("missing path: got %v, want an *fs.PathError for it", err)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       ingest.Format
	}{
		{"x.warc", "WARC/1.1\r\n", ingest.FormatWARC},
		{"x", "\r\nWARC/1.0\r\n", ingest.FormatWARC},
		{"x.warc", "", ingest.FormatWARC},
		{"x.json", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, ingest.FormatFeed},
		{"x", "{\n  \"title\": \"T\",\n  \"version\" : \"https://jsonfeed.org/version/1\"\n}", ingest.FormatFeed},
		{"x.json", `{"id": "a", "text": "the \"version\": \"https://jsonfeed.org/version/1\""}`, ingest.FormatJSONL},
		{"x", `{"id": "a"}`, ingest.FormatJSONL},
		{"x.jsonl", "", ingest.FormatJSONL},
		{"x.ndjson", "\n\n", ingest.FormatJSONL},
		{"x.txt", `{"id": "a"}`, ingest.FormatText},
		{"x", `<?xml version="1.0"?><!-- c --><rss version="2.0">`, ingest.FormatFeed},
		{"x.html", `<?xml version="1.0"?>` + "\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", ingest.FormatFeed},
		{"x", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, ingest.FormatFeed},
		{"x.xml", "\xef\xbb\xbf<!DOCTYPE html>\n<html>", ingest.FormatHTML},
		{"x", "<!-- saved page -->\n<HTML lang=en>", ingest.FormatHTML},
		{"x", `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">`, ingest.FormatHTML},
		{"x", "<body><p>Hi", ingest.FormatHTML},
		{"x.xml", "<channel>", ingest.FormatFeed},
		{"x.htm", "<div>", ingest.FormatHTML},
		{"x", "<div>", ingest.FormatText},
		{"X.ATOM", "", ingest.FormatFeed},
		{"x.txt", "<html>", ingest.FormatHTML},
		{"x.txt", "Rook met Desh.", ingest.FormatText},
		{"x", "", ingest.FormatText},
	}
	for _, tt := range tests {
		if got := ingest.Detect(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}
