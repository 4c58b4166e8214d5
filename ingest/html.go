package ingest

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/annals-dev/annals"
)

// maxInput is the most bytes a reader keeps in memory for one feed, one
// HTML page or one WARC response. A variable so that tests can lower it.
var maxInput = 64 << 20

// ReadHTML reads one HTML page from r and returns its main text as a
// document. name is the file name used in errors.
//
// The article is found with go-readability, which drops navigation, footers,
// advertising and other page furniture; its paragraphs, headings and list
// items become lines of Document.Text, separated by "\n". Title is the
// headline, Publisher the site name and Lang the page's declared language
// (<html lang>), when the page gives them; the byline is not kept. Date is the day of the publication time in the page's
// metadata (article:published_time, JSON-LD datePublished and the like), as
// midnight UTC of the day written there, and fallbackDate when the page gives
// none. ID and URL are pageURL; when pageURL is empty, ID is name.
//
// The character set comes from a byte-order mark or a <meta> declaration;
// without either the page is read as UTF-8 if it is valid UTF-8 and as
// windows-1252 otherwise, as browsers do.
//
// A page that is larger than 64 MiB, cannot be parsed (more than 512 nested
// elements) or holds no text is an EINVALID error naming the file; so is a
// pageURL that is not a URL. A read error from r is returned wrapped with the
// file name.
func ReadHTML(r io.Reader, name string, pageURL string, fallbackDate time.Time) (*annals.Document, error) {
	b, tooBig, err := readCapped(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if tooBig {
		return nil, annals.Errorf(annals.EINVALID, "%s: page larger than %d bytes", name, maxInput)
	}
	id := pageURL
	if id == "" {
		id = name
	}
	doc, reason := htmlDocument(b, id, pageURL, "", fallbackDate)
	if reason != "" {
		return nil, annals.Errorf(annals.EINVALID, "%s: %s", name, reason)
	}
	return doc, nil
}

// htmlDocument turns the bytes of an HTML page into a document with the
// given ID, or says why it cannot. contentType is the HTTP Content-Type the
// page was served with, if any; it may name the character set.
func htmlDocument(b []byte, id, pageURL, contentType string, fallbackDate time.Time) (*annals.Document, string) {
	var base *url.URL
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil {
			return nil, fmt.Sprintf("page URL %s: %v", quoteShort(pageURL), unwrapURLError(err))
		}
		base = u
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, "empty page"
	}
	// The encoding is settled here rather than left to go-readability, whose
	// statistical guess can read a short UTF-8 page as another charset.
	enc, _, _ := charset.DetermineEncoding(b, contentType)
	root, err := html.Parse(enc.NewDecoder().Reader(bytes.NewReader(b)))
	if err != nil {
		return nil, "parse HTML: " + strings.TrimPrefix(err.Error(), "html: ")
	}

	doc := &annals.Document{ID: validUTF8(id), URL: validUTF8(pageURL), Date: fallbackDate}
	err = safely(func() error {
		p := readability.NewParser()
		article, err := p.ParseAndMutate(root, base)
		if err != nil || article.Node == nil {
			return err
		}
		dropNonText(article.Node)
		doc.Text = cleanLines(render.InnerText(article.Node))
		doc.Title = oneLine(article.Title())
		doc.Publisher = oneLine(article.SiteName())
		doc.Lang = oneLine(article.Language())
		if t, err := article.PublishedTime(); err == nil {
			doc.Date = dayOf(t)
		}
		return nil
	})
	if err != nil {
		return nil, "find article: " + err.Error()
	}
	if doc.Text == "" {
		return nil, "no article text"
	}
	return doc, ""
}

// unwrapURLError drops the "parse URL:" prefix that *url.Error repeats.
func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

// readCapped reads all of r, up to maxInput bytes. tooBig reports that r
// holds more, in which case b is nil; r is then not read to its end.
func readCapped(r io.Reader) (b []byte, tooBig bool, err error) {
	b, err = io.ReadAll(io.LimitReader(r, int64(maxInput)+1))
	if err != nil {
		return nil, false, err
	}
	if len(b) > maxInput {
		return nil, true, nil
	}
	return b, false, nil
}

// safely calls f and turns a panic into an error. The HTML and feed parsers
// are other people's code run on input from anywhere; a bug in them must
// cost the document it hit, not the whole run.
func safely(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error in parser: %v", p)
		}
	}()
	return f()
}

// fragmentText converts a fragment of HTML, as feeds carry it, to plain text:
// one line per paragraph, heading or list item, entities decoded, scripts,
// styles and other non-text elements dropped.
func fragmentText(s string) string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		// Only nesting deeper than the parser allows; there is no text
		// we can trust then.
		return ""
	}
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		body.AppendChild(n)
	}
	dropNonText(body)
	return cleanLines(render.InnerText(body))
}

// dropNonText removes the elements whose content is not text a reader sees.
// render.InnerText skips scripts and styles itself, but not <noscript>,
// whose content the parser keeps as raw markup, nor <template>.
func dropNonText(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Embed:
				n.RemoveChild(c)
			default:
				dropNonText(c)
			}
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		}
		c = next
	}
}

// cleanLines trims every line of s, drops the blank ones and joins the rest
// with "\n". Invalid UTF-8 becomes U+FFFD: the text is ours, converted from
// markup, and every later stage expects valid UTF-8.
func cleanLines(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return validUTF8(b.String())
}

// oneLine returns s with runs of white space, line breaks included, made one
// space, for titles and names.
func oneLine(s string) string {
	return validUTF8(strings.Join(strings.Fields(s), " "))
}

// validUTF8 replaces each run of invalid UTF-8 in s with U+FFFD.
func validUTF8(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
}

// dayOf returns midnight UTC of the calendar day t falls on in its own time
// zone: a story stamped 23:30 at UTC-5 on April 8 was published on April 8,
// and "yesterday" in it is April 7.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
