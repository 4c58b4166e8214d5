package coder_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals-dev/annals"
)

// TestDocumentLocale checks that a document's language decides the numeric
// dates that read both ways, and that
// ranges date an event at their first day.
func TestDocumentLocale(t *testing.T) {
	c := MustCoder(t)
	pub, _ := time.Parse(time.DateOnly, "2021-04-08")
	for _, tt := range []struct {
		lang, text, date, dateText string
	}{
		{"en-GB", "Putin met Ilham Aliyev on 09/11/2020.", "2020-11-09", "on 09/11/2020"},
		{"en-US", "Putin met Ilham Aliyev on 09/11/2020.", "2020-09-11", "on 09/11/2020"},
		{"", "Putin met Ilham Aliyev on 09/11/2020.", "2021-04-08", ""},
		{"en", "Putin met Ilham Aliyev on 09/11/2020.", "2021-04-08", ""},
		{"", "Putin met Ilham Aliyev from March 3 to 5, 2020.", "2020-03-03", "from March 3 to 5, 2020"},
	} {
		doc := &annals.Document{ID: "d", Date: pub, Text: tt.text, Lang: tt.lang}
		evs, err := c.Code(context.Background(), doc)
		if err != nil || len(evs) == 0 {
			t.Fatalf("%q (%s): %v, %d events", tt.text, tt.lang, err, len(evs))
		}
		if evs[0].Date != tt.date || evs[0].DateText != tt.dateText {
			t.Errorf("%q (%s): date %s %q, want %s %q", tt.text, tt.lang, evs[0].Date, evs[0].DateText, tt.date, tt.dateText)
		}
	}
}
