package text_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// bodyTests give the codable spans' texts and the furniture as
// "reason: text", in order.
var bodyTests = []struct {
	name      string
	publisher string
	in        string
	spans     []string
	furniture []string
	source    string
	dateline  string
}{
	{
		name:  "plain paragraphs",
		in:    "The ministers met in Oslo on Friday.\n\nThey agreed to meet again.\n",
		spans: []string{"The ministers met in Oslo on Friday.", "They agreed to meet again."},
	},
	{
		name:      "photo credits",
		in:        "Photo: Jane Roe / Example Images\nThe ministers met in Oslo.\n(Photo: press service)\nPhoto by Tom Poe\nImage: a map of the border\nVideo: the arrival\nFile photo: the summit hall\nThey agreed to meet again.\nPete Moe/Getty Images\n\u00a9 Lakeside Pictures",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"photo credit: Photo: Jane Roe / Example Images", "photo credit: (Photo: press service)", "photo credit: Photo by Tom Poe", "photo credit: Image: a map of the border", "photo credit: Video: the arrival", "photo credit: File photo: the summit hall", "photo credit: Pete Moe/Getty Images", "photo credit: \u00a9 Lakeside Pictures"},
	},
	{
		name:      "agency photo credit",
		in:        "The ministers met in Oslo.\nREUTERS/Jane Roe\nThey agreed to meet again.",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"photo credit: REUTERS/Jane Roe"},
	},
	{
		name:      "based on materials from TASS",
		in:        "The ministers met in Oslo.\nBased on materials from TASS",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"wire credit: Based on materials from TASS"},
		source:    "TASS",
	},
	{
		name:      "based on materials of, with materials from",
		in:        "The ministers met in Oslo.\nBased on materials of RIA Novosti.\nWith materials from Interfax",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"wire credit: Based on materials of RIA Novosti.", "wire credit: With materials from Interfax"},
		source:    "RIA Novosti",
	},
	{
		name:      "source line",
		in:        "The ministers met in Oslo.\nSource: Reuters",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"wire credit: Source: Reuters"},
		source:    "Reuters",
	},
	{
		name:      "unrecognised credit kept as written",
		in:        "The ministers met in Oslo.\nBased on materials from \u201cthe Lakeside Herald\u201d.",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"wire credit: Based on materials from \u201cthe Lakeside Herald\u201d."},
		source:    "the Lakeside Herald",
	},
	{
		name:      "dash and parenthesised credits",
		in:        "The ministers met in Oslo.\n\u2014 Xinhua\nThey agreed to meet again.\n(Reuters)",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"wire credit: \u2014 Xinhua", "wire credit: (Reuters)"},
		source:    "Xinhua",
	},
	{
		name:      "contributed to this report",
		in:        "The ministers met in Oslo.\nThe Associated Press contributed to this report.",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"wire credit: The Associated Press contributed to this report."},
		source:    "AP",
	},
	{
		name:      "links and calls to action",
		in:        "The ministers met in Oslo.\nRead also: Oslo talks stall\nRead more about the summit\nAlso read: the full statement\nShare this article\nSubscribe to our newsletter\nFollow us on Telegram\nClick here to watch the briefing\nADVERTISEMENT\nThey agreed to meet again.",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"read also: Read also: Oslo talks stall", "read also: Read more about the summit", "read also: Also read: the full statement", "share: Share this article", "subscribe: Subscribe to our newsletter", "follow us: Follow us on Telegram", "click here: Click here to watch the briefing", "advertisement: ADVERTISEMENT"},
	},
	{
		name:      "bylines",
		in:        "By Anna Berg\nBy Anna Berg and Tomas Lind\nThe ministers met in Oslo.\n(Reporting by Anna Berg; Editing by Tomas Lind)",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"byline: By Anna Berg", "byline: By Anna Berg and Tomas Lind", "byline: (Reporting by Anna Berg; Editing by Tomas Lind)"},
	},
	{
		name:      "byline with agency",
		in:        "By Anna Berg, Reuters\nThe ministers met in Oslo.",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"byline: By Anna Berg, Reuters"},
		source:    "Reuters",
	},
	{
		name:      "copyright",
		in:        "The ministers met in Oslo.\nCopyright 2024 Lakeside Media Group.\nAll rights reserved.",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"copyright: Copyright 2024 Lakeside Media Group.", "copyright: All rights reserved."},
	},
	{
		name:      "publisher tag line",
		publisher: "The Harbour Times",
		in:        "THE HARBOUR TIMES\nThe ministers met in Oslo.\nThey agreed to meet again.",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"tag line: THE HARBOUR TIMES"},
	},
	{
		name:      "trailing tag lines",
		in:        "The ministers met in Oslo.\nThey agreed to meet again.\nHarbour Times Online\nNews that matters\n\n***",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"trailing tag line: Harbour Times Online", "trailing tag line: News that matters", "separator: ***"},
	},
	{
		name:  "a short unpunctuated text is kept",
		in:    "Ministers meet in Oslo",
		spans: []string{"Ministers meet in Oslo"},
	},
	{
		name:      "dateline credit",
		in:        "OSLO, March 3 (Reuters) - The ministers met in Oslo.\nThey agreed to meet again.",
		spans:     []string{"The ministers met in Oslo.", "They agreed to meet again."},
		furniture: []string{"dateline credit: OSLO, March 3 (Reuters) -"},
		source:    "Reuters",
		dateline:  "OSLO, March 3",
	},
	{
		name:      "dateline credits of other agencies",
		in:        "BAKU (AFP) -- The ministers met in Baku.\n(AP) \u2014 They agreed to meet again.",
		spans:     []string{"The ministers met in Baku.", "They agreed to meet again."},
		furniture: []string{"dateline credit: BAKU (AFP) --", "dateline credit: (AP) \u2014"},
		source:    "AFP",
		dateline:  "BAKU",
	},
	{
		name:      "TASS dateline",
		in:        "MOSCOW, April 8. /TASS/. The ministers met in Moscow.",
		spans:     []string{"The ministers met in Moscow."},
		furniture: []string{"dateline credit: MOSCOW, April 8. /TASS/."},
		source:    "TASS",
		dateline:  "MOSCOW, April 8",
	},
	{
		name:      "dateline without a credit",
		in:        "WASHINGTON \u2014 The ministers met in Washington.\nGENEVA - not a dateline past the first line.",
		spans:     []string{"The ministers met in Washington.", "GENEVA - not a dateline past the first line."},
		furniture: []string{"dateline credit: WASHINGTON \u2014"},
		dateline:  "WASHINGTON",
	},
	{
		name:      "dateline with a qualifier and a date, after a photo credit",
		in:        "Photo: Jane Roe\nKYIV, Ukraine, March 3 -- The ministers met.",
		spans:     []string{"The ministers met."},
		furniture: []string{"photo credit: Photo: Jane Roe", "dateline credit: KYIV, Ukraine, March 3 --"},
		dateline:  "KYIV, Ukraine, March 3",
	},
	{
		name:  "no dateline: lower case, short word, hyphen",
		in:    "The talks - long delayed - resumed.\nUN - a two-letter lead is no place.",
		spans: []string{"The talks - long delayed - resumed.", "UN - a two-letter lead is no place."},
	},
	{
		name:  "no dateline: a second line",
		in:    "The talks resumed.\nOSLO - The ministers met.",
		spans: []string{"The talks resumed.", "OSLO - The ministers met."},
	},
	{
		name: "real sentences survive",
		in: "Reuters reported that the talks had failed.\nAccording to TASS, the minister said the border was calm.\n" +
			"By Tuesday, the troops had left the town.\nPhotos of the summit were published on Monday.\n" +
			"Subscribers to the service lost access.\nShare prices fell after the vote.\n" +
			"The advertisement campaign was withdrawn.\nThe army (IDF) - as it is known - denied it.\n" +
			"Read the statement, he urged reporters.",
		spans: []string{
			"Reuters reported that the talks had failed.", "According to TASS, the minister said the border was calm.",
			"By Tuesday, the troops had left the town.", "Photos of the summit were published on Monday.",
			"Subscribers to the service lost access.", "Share prices fell after the vote.",
			"The advertisement campaign was withdrawn.", "The army (IDF) - as it is known - denied it.",
			"Read the statement, he urged reporters.",
		},
	},
	{
		name:  "brackets and dashes that are no dateline",
		in:    "President Lee (left) - smiling - greets the envoy.\n(Updated) - The talks resumed.",
		spans: []string{"President Lee (left) - smiling - greets the envoy.", "(Updated) - The talks resumed."},
	},
	{
		name:      "dateline with an unknown agency",
		in:        "TEHRAN (Lakeside) - The talks resumed.",
		spans:     []string{"The talks resumed."},
		furniture: []string{"dateline credit: TEHRAN (Lakeside) -"},
		source:    "Lakeside",
		dateline:  "TEHRAN",
	},
	{
		name:      "first credit wins",
		in:        "(AFP) - The ministers met.\nSource: Reuters",
		spans:     []string{"The ministers met."},
		furniture: []string{"dateline credit: (AFP) -", "wire credit: Source: Reuters"},
		source:    "AFP",
	},
	{
		name:      "end marks",
		in:        "The ministers met in Oslo.\n(END)\n###",
		spans:     []string{"The ministers met in Oslo."},
		furniture: []string{"separator: (END)", "separator: ###"},
	},
}

func TestBody(t *testing.T) {
	for _, tt := range bodyTests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &annals.Document{Text: tt.in, Publisher: tt.publisher}
			got := text.Body(doc)
			mustValidBody(t, doc, got)
			var spans, furniture []string
			for _, sp := range got.Spans {
				spans = append(spans, tt.in[sp.Start:sp.End])
			}
			for _, f := range got.Furniture {
				furniture = append(furniture, f.Reason+": "+tt.in[f.Start:f.End])
			}
			if g, w := strings.Join(spans, "\n"), strings.Join(tt.spans, "\n"); g != w {
				t.Errorf("spans\n got %q\nwant %q", spans, tt.spans)
			}
			if g, w := strings.Join(furniture, "\n"), strings.Join(tt.furniture, "\n"); g != w {
				t.Errorf("furniture\n got %q\nwant %q", furniture, tt.furniture)
			}
			if got.OriginalSource != tt.source {
				t.Errorf("OriginalSource = %q, want %q", got.OriginalSource, tt.source)
			}
			if g := tt.in[got.Dateline.Start:got.Dateline.End]; g != tt.dateline {
				t.Errorf("Dateline = %q, want %q", g, tt.dateline)
			}
		})
	}
}

func TestBodyNil(t *testing.T) {
	got := text.Body(nil)
	if got.Spans != nil || got.Furniture != nil || got.OriginalSource != "" {
		t.Errorf("Body(nil) = %+v, want the zero Parsed", got)
	}
}

// mustValidBody checks what must hold of any Body result: spans and
// furniture lie in the text, are not empty, and do not overlap.
func mustValidBody(tb testing.TB, doc *annals.Document, p text.Parsed) {
	tb.Helper()
	all := append([]annals.Span(nil), p.Spans...)
	for _, f := range p.Furniture {
		if f.Reason == "" {
			tb.Fatalf("%q: furniture %v has no reason", doc.Text, f.Span)
		}
		all = append(all, f.Span)
	}
	for i, a := range all {
		if a.Start < 0 || a.End > len(doc.Text) || a.End <= a.Start {
			tb.Fatalf("%q: span %v empty or out of the text", doc.Text, a)
		}
		for _, b := range all[:i] {
			if a.Start < b.End && b.Start < a.End {
				tb.Fatalf("%q: spans %v and %v overlap", doc.Text, a, b)
			}
		}
	}
	for i := 1; i < len(p.Spans); i++ {
		if p.Spans[i].Start < p.Spans[i-1].End {
			tb.Fatalf("%q: spans out of order: %v", doc.Text, p.Spans)
		}
	}
}
