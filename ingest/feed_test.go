package ingest_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// readFeed reads a feed, skipping items without text, and returns the
// documents and the error messages in order.
func readFeed(tb testing.TB, in, name string) ([]annals.Document, []string) {
	tb.Helper()
	var docs []annals.Document
	var errs []string
	err := ingest.ReadFeed(strings.NewReader(in), name,
		func(d *annals.Document) error { docs = append(docs, *d); return nil },
		func(err error) error {
			if annals.ErrorCode(err) != annals.EINVALID {
				tb.Fatalf("onErr got %T %v, want an EINVALID error", err, err)
			}
			errs = append(errs, err.Error())
			return nil
		})
	if err != nil {
		tb.Fatalf("ReadFeed: %v", err)
	}
	return docs, errs
}

func TestReadFeed(t *testing.T) {
	tests := []struct {
		file     string
		want     []annals.Document
		wantErrs []string
	}{
		{"northgate.rss", []annals.Document{
			{ID: "northgate-2021-0408-001", URL: "https://northgate.example/2021/04/river-accord",
				Title: "Veldoran and Ostrava sign river accord", Publisher: "Northgate Wire", Lang: "en-gb",
				// 23:30 at UTC-5 on April 8 is April 8 where it was written.
				Date: day(2021, 4, 8),
				Text: "The foreign ministers of Veldoran and Ostrava signed an accord on the Selva river on Thursday.\n" +
					"The accord, negotiated for three years, sets how much water each country may draw & when.\n" +
					"Veldoran draws in spring.\nOstrava draws in autumn."},
			{ID: "https://northgate.example/2021/04/kesh-protest", URL: "https://northgate.example/2021/04/kesh-protest",
				Title: "Protesters gather outside the parliament in Kesh", Publisher: "Northgate Wire", Lang: "en-gb", Date: day(2021, 4, 9),
				Text: "Several hundred protesters gathered outside the parliament in Kesh on Friday morning.\nPolice said the crowd was peaceful."},
			{ID: "testdata/input/feeds/northgate.rss#3", Title: "Trade talks resume", Publisher: "Northgate Wire", Lang: "en-gb",
				Text: "Trade negotiators from Veldoran and Marrow resumed talks in Lisk.\nThey plan to meet again next month."},
		}, []string{"testdata/input/feeds/northgate.rss: item 4: no text: neither content nor description"}},
		{"lakeside.atom", []annals.Document{
			{ID: "tag:lakeside.example,2021:border-talks", URL: "https://lakeside.example/2021/04/border-talks",
				Title: "Ostrava & Marrow hold border talks", Publisher: "Lakeside Chronicle", Lang: "en-AU", Date: day(2021, 4, 9),
				Text: "Talks in Lisk\nOfficials from Ostrava and Marrow met in Lisk to discuss the border.\nNo agreement was announced."},
			{ID: "tag:lakeside.example,2021:recall", URL: "https://lakeside.example/2021/04/recall",
				Title: "Marrow recalls its ambassador", Publisher: "Lakeside Chronicle", Lang: "en-AU", Date: day(2021, 4, 10),
				Text: "Marrow recalled its ambassador to Veldoran for consultations."},
			{ID: "tag:lakeside.example,2021:festival", Title: "Harvest festival opens", Publisher: "Lakeside Chronicle", Lang: "en-AU", Date: day(2021, 4, 10),
				Text: "The harvest festival opened in Lisk on Saturday.\nOrganisers expect forty thousand visitors."},
		}, nil},
		{"harbour.json", []annals.Document{
			{ID: "https://harbour.example/2021/04/port-strike", URL: "https://harbour.example/2021/04/port-strike",
				Title: "Dock workers strike in Porto Lisk", Publisher: "Harbour Daily", Lang: "en-US", Date: day(2021, 4, 8),
				Text: "Dock workers in Porto Lisk went on strike on Thursday.\nThe port authority said talks would continue."},
			{ID: "harbour-0409-2", Title: "Ferry service suspended", Publisher: "Harbour Daily", Lang: "en-US", Date: day(2021, 4, 9),
				// content_text is plain text: "&" stays, the paragraphs stay.
				Text: "The ferry between Porto Lisk and Kesh was suspended.\nThe operator cited the strike & the weather."},
			{ID: "harbour-0409-3", Title: "Minister to visit the port", Publisher: "Harbour Daily", Lang: "en-US", Date: day(2021, 4, 9),
				Text: "The transport minister of Ostrava will visit the port next week."},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := "testdata/input/feeds/" + tt.file
			docs, errs := readFeed(t, MustRead(t, name), name)
			if strings.Join(errs, "\n") != strings.Join(tt.wantErrs, "\n") {
				t.Errorf("errors %q, want %q", errs, tt.wantErrs)
			}
			if len(docs) != len(tt.want) {
				t.Fatalf("got %d documents, want %d: %+v", len(docs), len(tt.want), docs)
			}
			for i := range docs {
				if docs[i] != tt.want[i] {
					t.Errorf("document %d:\ngot  %+v\nwant %+v", i+1, docs[i], tt.want[i])
				}
			}
		})
	}
}

// rssItem returns an RSS 2.0 feed with one item made of the given elements.
func rssItem(elems string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>` + elems + `</item></channel></rss>`
}

func TestReadFeedItems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want annals.Document // Publisher is always "T"
	}{
		{"date with numeric zone", rssItem(`<guid>g</guid><pubDate>Sat, 10 Apr 2021 01:00:00 +0300</pubDate><description>d</description>`),
			annals.Document{ID: "g", Date: day(2021, 4, 10), Text: "d"}},
		{"date with named zone", rssItem(`<guid>g</guid><pubDate>Fri, 09 Apr 2021 23:00:00 EST</pubDate><description>d</description>`),
			annals.Document{ID: "g", Date: day(2021, 4, 10), Text: "d"}},
		{"date the parser reads loosely", rssItem(`<guid>g</guid><pubDate>2021-04-09 12:00</pubDate><description>d</description>`),
			annals.Document{ID: "g", Date: day(2021, 4, 9), Text: "d"}},
		{"unreadable date", rssItem(`<guid>g</guid><pubDate>sometime in April</pubDate><description>d</description>`),
			annals.Document{ID: "g", Text: "d"}},
		{"dc:date", `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><guid>g</guid><dc:date>2021-04-09T22:00:00-07:00</dc:date><description>d</description></item></channel></rss>`,
			annals.Document{ID: "g", Date: day(2021, 4, 9), Text: "d"}},
		{"link as id, spaces trimmed", rssItem(`<link> https://x.example/a </link><title>  A
   title </title><description>d</description>`),
			annals.Document{ID: "https://x.example/a", URL: "https://x.example/a", Title: "A title", Text: "d"}},
		{"empty content falls back to description", rssItem(`<guid>g</guid><description>the description</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<img src="a.png">]]></content:encoded>`),
			annals.Document{ID: "g", Text: "the description"}},
		{"styles, noscript and comments dropped", rssItem(`<guid>g</guid><description><![CDATA[<style>p{}</style><p>One<!-- c --></p><noscript><img src="x"></noscript><p>Two<br>lines</p><table><tr><td>a</td><td>b</td></tr></table>]]></description>`),
			annals.Document{ID: "g", Text: "One\nTwo\nlines\na\tb"}},
		{"entities and non-breaking spaces", rssItem(`<guid>g</guid><description>Caf&amp;eacute; &amp;nbsp;Lisk&amp;nbsp;</description>`),
			annals.Document{ID: "g", Text: "Café Lisk"}},
		{"plain text keeps its lines", rssItem("<guid>g</guid><description>  One.\r\n\r\n  Two.  </description>"),
			annals.Document{ID: "g", Text: "One.\nTwo."}},
		{"title with markup", rssItem(`<guid>g</guid><title>&lt;b&gt;Bold&lt;/b&gt; news</title><description>d</description>`),
			annals.Document{ID: "g", Title: "Bold news", Text: "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readFeed(t, tt.in, "in.rss")
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d documents and errors %q, want one document", len(docs), errs)
			}
			tt.want.Publisher = "T"
			if docs[0] != tt.want {
				t.Errorf("got  %+v\nwant %+v", docs[0], tt.want)
			}
		})
	}
}

func TestReadFeedErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
	}{
		{"broken XML", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</ti`,
			"in.xml: parse feed: XML syntax error on line 1: unexpected EOF"},
		{"invalid UTF-8", "<rss version=\"2.0\"><channel><title>T</title><item><guid>g</guid><description>a\xffb</description></item></channel></rss>",
			"in.xml: parse feed: XML syntax error on line 1: invalid UTF-8"},
		{"not a feed", "<html><body>hi</body></html>", "in.xml: parse feed: failed to detect feed type"},
		{"empty", "", "in.xml: parse feed: failed to detect feed type"},
		{"broken JSON feed", `{"version": "https://jsonfeed.org/version/1.1", "items": [`,
			"in.xml: parse feed: unexpected end of JSON input"},
		{"too deep", rssItem(strings.Repeat("<x>", 513) + strings.Repeat("</x>", 513)),
			"in.xml: parse feed: elements nested more than 512 deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readFeed(t, tt.in, "in.xml")
			if len(docs) > 0 || len(errs) != 1 || errs[0] != tt.want {
				t.Errorf("got %d documents, errors %q; want the error %q", len(docs), errs, tt.want)
			}
		})
	}

	// Nesting up to the limit is fine.
	docs, errs := readFeed(t, rssItem("<guid>g</guid><description>d</description>"+strings.Repeat("<x>", 500)+strings.Repeat("</x>", 500)), "in.xml")
	if len(docs) != 1 || len(errs) > 0 {
		t.Errorf("500 nested elements: got %d documents, errors %q", len(docs), errs)
	}

	defer ingest.SetMaxInput(100)()
	_, errs = readFeed(t, rssItem(strings.Repeat("x", 100)), "in.xml")
	if want := "in.xml: feed larger than 100 bytes"; len(errs) != 1 || errs[0] != want {
		t.Errorf("too large: errors %q, want %q", errs, want)
	}
}

func TestReadFeedStops(t *testing.T) {
	in := MustRead(t, "testdata/input/feeds/northgate.rss")
	stop := errors.New("stop")
	n := 0
	err := ingest.ReadFeed(strings.NewReader(in), "in.rss", func(*annals.Document) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("fn error: got %v after %d documents, want stop after 1", err, n)
	}
	n = 0
	err = ingest.ReadFeed(strings.NewReader(in), "in.rss", func(*annals.Document) error { n++; return nil }, nil)
	var ie *ingest.ItemError
	if !errors.As(err, &ie) || ie.Item != 4 || ie.File != "in.rss" || n != 3 {
		t.Errorf("nil onErr: got %v after %d documents, want the *ItemError for item 4 after 3", err, n)
	}
	err = ingest.ReadFeed(strings.NewReader("junk"), "in.rss", func(*annals.Document) error { return nil }, func(error) error { return stop })
	if err != stop {
		t.Errorf("onErr error: got %v, want stop", err)
	}
	err = ingest.ReadFeed(errReader{}, "in.rss", func(*annals.Document) error { return nil }, nil)
	if err == nil || err.Error() != "read in.rss: disk on fire" {
		t.Errorf("read error: got %v", err)
	}
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func FuzzReadFeed(f *testing.F) {
	for _, path := range fixturePaths(f, "feeds/*") {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(rssItem(`<pubDate>Fri, 09 Apr 2021 23:00:00 EST</pubDate><description>&lt;p&gt;x</description>`)))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"a"},{"id":1}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>x</p></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		err := ingest.ReadFeed(bytes.NewReader(in), "fuzz.xml", func(d *annals.Document) error {
			checkDoc(t, d)
			return nil
		}, func(err error) error {
			if annals.ErrorCode(err) != annals.EINVALID || !strings.HasPrefix(err.Error(), "fuzz.xml: ") {
				t.Errorf("onErr got %T %v", err, err)
			}
			return nil
		})
		if err != nil {
			t.Errorf("ReadFeed returned %v with an onErr that skips", err)
		}
	})
}
