package ingest_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// furniture is text of the fixture pages that is not the article.
var furniture = []string{
	"cookie", "Accept all", "World", "Advertisement", "ADVERTISEMENT", "Sponsored", "Related stories",
	"Dams on the Selva", "All rights reserved", "Privacy", "Log in", "Subscribe", "Classifieds",
	"Most read", "Share", "Terms", "dataLayer", "adSlots", "By Imre Talvik", "pixel.gif",
}

func TestReadHTMLFixtures(t *testing.T) {
	tests := []struct {
		file, pageURL string
		want          annals.Document // Text is checked by its first line
		lines         int
	}{
		{"river-accord.html", "", annals.Document{ID: "testdata/input/html/river-accord.html",
			Title: "Veldoran and Ostrava sign Selva river accord", Publisher: "Northgate Wire", Lang: "en",
			// 21:15 at UTC+4 on April 8.
			Date: day(2021, 4, 8),
			Text: "The foreign ministers of Veldoran and Ostrava signed an accord on the shared use of the Selva river on Thursday, ending a dispute that had soured relations between the neighbours for a decade."},
			5},
		{"kesh-protest.html", keshURL, annals.Document{ID: keshURL, URL: keshURL,
			Title: "Thousands march in Kesh over fuel prices",
			// No date in the page: the fallback.
			Date: day(2021, 4, 1),
			Text: "Thousands of people marched through the centre of Kesh on Saturday to protest against a rise in fuel prices announced by the government last week."},
			4},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := "testdata/input/html/" + tt.file
			doc, err := ingest.ReadHTML(strings.NewReader(MustRead(t, name)), name, tt.pageURL, day(2021, 4, 1))
			if err != nil {
				t.Fatal(err)
			}
			got := *doc
			first, _, _ := strings.Cut(got.Text, "\n")
			got.Text = first
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if n := strings.Count(doc.Text, "\n") + 1; n != tt.lines {
				t.Errorf("text has %d lines, want %d:\n%s", n, tt.lines, doc.Text)
			}
			for _, f := range furniture {
				if strings.Contains(doc.Text, f) {
					t.Errorf("text holds page furniture %q:\n%s", f, doc.Text)
				}
			}
		})
	}
}

// page returns an HTML page with the given head elements and an article of
// enough text for go-readability to take it for one.
func page(head, article string) string {
	return `<!DOCTYPE html><html><head>` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>` + article + `
<p>The delegations met for six hours in the old customs house by the river, and the talks went on late into the evening, officials said.</p>
<p>Neither side would say what had been agreed, but both described the meeting as useful and said that further talks would follow within a month.</p>
<p>Observers from the Lisk Institute said that the meeting was the first at this level for nearly two years, and a sign that relations were improving.</p>
</article>
<footer>Contact us</footer></body></html>`
}

func TestReadHTML(t *testing.T) {
	const rest = "\nThe delegations met"
	tests := []struct {
		name, in, pageURL string
		want              annals.Document // Text is checked up to rest
	}{
		{"page URL", page(`<title>Talks</title>`, `<p>Rook met Desh.</p>`), "https://x.example/talks",
			annals.Document{ID: "https://x.example/talks", URL: "https://x.example/talks", Title: "Talks", Date: day(2021, 4, 1), Text: "Rook met Desh."}},
		{"JSON-LD date", page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks","datePublished":"2021-04-08T23:30:00-05:00"}</script>`,
			`<p>Rook met Desh.</p>`), "",
			annals.Document{ID: "in.html", Title: "Talks", Date: day(2021, 4, 8), Text: "Rook met Desh."}},
		{"meta date", page(`<meta property="article:published_time" content="2021-04-09"><meta property="og:site_name" content=" Lisk   Post ">`,
			`<p>Rook met Desh.</p>`), "",
			annals.Document{ID: "in.html", Publisher: "Lisk Post", Date: day(2021, 4, 9), Text: "Rook met Desh."}},
		{"declared charset", page(`<meta charset="windows-1252">`, "<p>Caf\xe9 talks \x96 in Lisk.</p>"), "",
			annals.Document{ID: "in.html", Date: day(2021, 4, 1), Text: "Café talks – in Lisk."}},
		{"undeclared, not UTF-8", page(``, "<p>Caf\xe9 talks.</p>"), "",
			annals.Document{ID: "in.html", Date: day(2021, 4, 1), Text: "Café talks."}},
		{"UTF-8 with a byte-order mark", "\xef\xbb\xbf" + page(``, "<p>Café talks.</p>"), "",
			annals.Document{ID: "in.html", Date: day(2021, 4, 1), Text: "Café talks."}},
		{"lists and breaks", page(``, "<p>One<br>two</p><ul><li>a</li><li>b</li></ul>"), "",
			annals.Document{ID: "in.html", Date: day(2021, 4, 1), Text: "One\ntwo\na\nb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ingest.ReadHTML(strings.NewReader(tt.in), "in.html", tt.pageURL, day(2021, 4, 1))
			if err != nil {
				t.Fatal(err)
			}
			got := *doc
			text, _, found := strings.Cut(got.Text, rest)
			got.Text = text
			if got != tt.want || !found {
				t.Errorf("got  %+v\nwant %+v", *doc, tt.want)
			}
		})
	}
}

func TestReadHTMLErrors(t *testing.T) {
	tests := []struct {
		name, in, pageURL, want string
	}{
		{"empty", "", "", "in.html: empty page"},
		{"blank", " \r\n\t", "", "in.html: empty page"},
		{"no text", "<!DOCTYPE html><html><head><title>T</title></head><body></body></html>", "", "in.html: no article text"},
		{"only scripts and styles", `<html><head><style>p{}</style></head><body><script>x()</script><noscript><img src="p.gif"></noscript></body></html>`, "", "in.html: no article text"},
		{"bad page URL", page("", "<p>x</p>"), "http://[::1", `in.html: page URL "http://[::1": missing ']' in host`},
		{"too deep", strings.Repeat("<div>", 600) + "text", "", "in.html: parse HTML: open stack of elements exceeds 512 nodes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ingest.ReadHTML(strings.NewReader(tt.in), "in.html", tt.pageURL, time.Time{})
			if err == nil || err.Error() != tt.want || annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("got %+v, %v; want the EINVALID error %q", doc, err, tt.want)
			}
		})
	}

	_, err := ingest.ReadHTML(errReader{}, "in.html", "", time.Time{})
	if err == nil || err.Error() != "read in.html: disk on fire" || annals.ErrorCode(err) != annals.EINTERNAL {
		t.Errorf("read error: got %v", err)
	}

	defer ingest.SetMaxInput(100)()
	_, err = ingest.ReadHTML(strings.NewReader(page("", "<p>x</p>")), "in.html", "", time.Time{})
	if err == nil || err.Error() != "in.html: page larger than 100 bytes" {
		t.Errorf("too large: got %v", err)
	}
}

func FuzzReadHTML(f *testing.F) {
	for _, path := range fixturePaths(f, "html/*.html") {
		f.Add([]byte(MustRead(f, path)))
	}
	f.Add([]byte(page(`<meta charset="koi8-r"><meta property="article:published_time" content="2021-13-45">`, "<p>\xc1\xc2</p>")))
	f.Add([]byte(page(`<script type="application/ld+json">{"datePublished": 5}</script>`, "<pre>a\n  b</pre><math><annotation encoding=\"application/x-tex\">x</annotation></math>")))
	f.Add([]byte("<table><td><p>x<b><i>y</b>z</i></table><noscript><p>n</p></noscript>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		defer ingest.SetMaxInput(1 << 16)()
		doc, err := ingest.ReadHTML(bytes.NewReader(in), "fuzz.html", "https://x.example/a", time.Time{})
		if err != nil {
			var ae *annals.Error
			if !errors.As(err, &ae) || ae.Code != annals.EINVALID || !strings.HasPrefix(err.Error(), "fuzz.html: ") {
				t.Errorf("got error %T %v", err, err)
			}
			return
		}
		checkDoc(t, doc)
	})
}
