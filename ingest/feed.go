package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"

	"github.com/annals-dev/annals"
)

// maxFeedDepth is how deeply a feed's XML elements may nest. The feed parser
// recurses into unknown elements, and a few megabytes of nested tags would
// otherwise exhaust the stack, which Go cannot recover from. Real feeds nest
// a dozen levels at most.
const maxFeedDepth = 512

// ItemError reports a feed item that gives no document. Its code, as
// annals.ErrorCode reports it, is annals.EINVALID.
type ItemError struct {
	File   string // the file name given to the reader
	Item   int    // 1-based position of the item in the feed
	Reason string
}

// Error returns "FILE: item N: REASON".
func (e *ItemError) Error() string {
	return fmt.Sprintf("%s: item %d: %s", e.File, e.Item, e.Reason)
}

// Unwrap returns the domain error behind e, so that annals.ErrorCode gives
// annals.EINVALID.
func (e *ItemError) Unwrap() error {
	return &annals.Error{Code: annals.EINVALID, Message: e.Error()}
}

// ReadFeed reads an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document from r
// and calls fn with one document for each item, in feed order. name is the
// file name used in errors.
//
// A document's ID is the item's GUID (RSS guid, Atom id, JSON Feed id), else
// its link, else "NAME#N" for the N-th item, counting from 1. URL is the
// link, Title the item's title, Publisher the feed's title and Lang the
// feed's declared language (RSS language, Atom xml:lang). Date is the
// day the item was published, else updated, as midnight UTC of the day
// written in the feed; an item with neither leaves Date zero for the caller
// to fill in. Text is the item's content, else its description (summary),
// converted from HTML to plain text: one line per paragraph, heading or list
// item, entities decoded, scripts and styles dropped. JSON Feed content_text
// and summary are plain text already and only tidied.
//
// An item without text is not delivered: an *ItemError for it is passed to
// onErr. A feed that cannot be read at all (not a feed, broken XML or JSON,
// larger than 64 MiB, elements nested more than 512 deep) is one EINVALID
// error naming the file, passed to onErr in the same way. If onErr returns
// nil, the item or the feed is skipped; otherwise reading stops and ReadFeed
// returns what onErr returned. A nil onErr stops at the first error and
// returns it.
//
// An error from fn stops reading and is returned as it is; so is a read
// error from r, wrapped with the file name.
func ReadFeed(r io.Reader, name string, fn func(*annals.Document) error, onErr func(error) error) error {
	if onErr == nil {
		onErr = func(err error) error { return err }
	}
	b, tooBig, err := readCapped(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if tooBig {
		return onErr(annals.Errorf(annals.EINVALID, "%s: feed larger than %d bytes", name, maxInput))
	}
	if b := bytes.TrimLeft(b, " \t\r\n"); !bytes.HasPrefix(b, []byte("{")) && xmlDepthExceeds(b, maxFeedDepth) {
		return onErr(annals.Errorf(annals.EINVALID, "%s: parse feed: elements nested more than %d deep", name, maxFeedDepth))
	}
	var feed *gofeed.Feed
	err = safely(func() error {
		p := gofeed.NewParser()
		// The JSON Feed original tells HTML content from plain text.
		p.KeepOriginalFeed = true
		var err error
		feed, err = p.Parse(bytes.NewReader(b))
		return err
	})
	if err != nil {
		return onErr(annals.Errorf(annals.EINVALID, "%s: parse feed: %v", name, err))
	}

	var jsonItems []*jsonfeed.Item
	if jf, ok := feed.OriginalFeed().(*jsonfeed.Feed); ok && len(jf.Items) == len(feed.Items) {
		jsonItems = jf.Items
	}
	publisher := itemTitle(feed.Title)
	for i, item := range feed.Items {
		n := i + 1
		if item == nil {
			continue
		}
		var text string
		if jsonItems != nil && jsonItems[i] != nil {
			text = jsonItemText(jsonItems[i])
		} else {
			text = itemText(item)
		}
		if text == "" {
			if e := onErr(&ItemError{File: name, Item: n, Reason: "no text: neither content nor description"}); e != nil {
				return e
			}
			continue
		}
		id := strings.TrimSpace(item.GUID)
		if id == "" {
			id = strings.TrimSpace(item.Link)
		}
		if id == "" {
			id = fmt.Sprintf("%s#%d", name, n)
		}
		doc := &annals.Document{
			ID:        validUTF8(id),
			URL:       validUTF8(strings.TrimSpace(item.Link)),
			Title:     itemTitle(item.Title),
			Publisher: publisher,
			Date:      itemDate(item),
			Text:      text,
			Lang:      validUTF8(strings.TrimSpace(feed.Language)),
		}
		if e := fn(doc); e != nil {
			return e
		}
	}
	return nil
}

// itemText returns the plain text of an RSS or Atom item: its content, else
// its description.
func itemText(item *gofeed.Item) string {
	for _, s := range []string{item.Content, item.Description} {
		if t := markupText(s); t != "" {
			return t
		}
	}
	return ""
}

// jsonItemText returns the plain text of a JSON Feed item, where only
// content_html is HTML.
func jsonItemText(item *jsonfeed.Item) string {
	if t := fragmentText(item.ContentHTML); t != "" {
		return t
	}
	if t := cleanLines(item.ContentText); t != "" {
		return t
	}
	return cleanLines(item.Summary)
}

// markupText converts a feed's text construct to plain text. RSS
// descriptions and Atom html content are HTML, escaped or not; a string with
// neither a tag nor an entity in it is plain text, and keeping it as such
// keeps its line breaks, which HTML would fold into spaces.
func markupText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return cleanLines(s)
	}
	return fragmentText(s)
}

// itemTitle returns a title as one line of plain text. Titles are often
// entity-escaped, and sometimes carry markup.
func itemTitle(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = fragmentText(s)
	}
	return oneLine(s)
}

// feedTimeLayouts are the forms of feed dates that carry a numeric time zone,
// tried before the feed parser's own result, which is converted to UTC and
// so may fall on another day than the one the publisher wrote.
var feedTimeLayouts = []string{
	time.RFC3339Nano,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
}

// itemDate returns the day an item was published, else updated, or the zero
// time.
func itemDate(item *gofeed.Item) time.Time {
	for _, c := range []struct {
		raw    string
		parsed *time.Time
	}{{item.Published, item.PublishedParsed}, {item.Updated, item.UpdatedParsed}} {
		raw := strings.TrimSpace(c.raw)
		if raw == "" {
			// For Atom the parser copies the updated time into
			// PublishedParsed; the updated case below handles it.
			continue
		}
		for _, layout := range feedTimeLayouts {
			if t, err := time.Parse(layout, raw); err == nil {
				return dayOf(t)
			}
		}
		if c.parsed != nil {
			return dayOf(*c.parsed)
		}
	}
	return time.Time{}
}

// xmlDepthExceeds reports whether the elements of the XML document b nest
// more than limit deep. It is a quick scan, not a parser: it only has to
// keep the feed parser from recursing without bound, and it errs on the side
// of counting too deep. Comments, CDATA sections, processing instructions and
// declarations are skipped, and quoted attribute values may hold '>'.
func xmlDepthExceeds(b []byte, limit int) bool {
	depth := 0
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			return false
		}
		b = b[i+1:]
		var end int
		switch {
		case bytes.HasPrefix(b, []byte("!--")):
			end = indexAfter(b, "-->")
		case bytes.HasPrefix(b, []byte("![CDATA[")):
			end = indexAfter(b, "]]>")
		case bytes.HasPrefix(b, []byte("?")):
			end = indexAfter(b, "?>")
		case bytes.HasPrefix(b, []byte("!")), bytes.HasPrefix(b, []byte("/")):
			// A declaration's internal subset may hold '>'; counting
			// its markup as elements only errs towards too deep.
			end = indexAfter(b, ">")
			if b[0] == '/' && depth > 0 {
				depth--
			}
		default:
			end = tagEnd(b)
			if end < 0 {
				return false
			}
			if end < 2 || b[end-2] != '/' {
				depth++
				if depth > limit {
					return true
				}
			}
		}
		if end < 0 {
			return false
		}
		b = b[end:]
	}
}

// indexAfter returns the index just past the first sep in b, or -1.
func indexAfter(b []byte, sep string) int {
	i := bytes.Index(b, []byte(sep))
	if i < 0 {
		return -1
	}
	return i + len(sep)
}

// tagEnd returns the index just past the '>' that closes the start tag b
// begins, skipping quoted attribute values, or -1.
func tagEnd(b []byte) int {
	var quote byte
	for i, c := range b {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return -1
}
