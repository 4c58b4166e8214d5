package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

// TestReadLang checks that Options.Lang reaches the documents that declare
// no language, and only those.
func TestReadLang(t *testing.T) {
	opts := ingest.Options{Date: time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC), Lang: "en-GB"}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"note.txt", "Putin met Aliyev on 09/11/2020.", []string{"en-GB"}},
		{"in.jsonl", `{"id":"a","text":"t"}` + "\n" + `{"id":"b","text":"t","lang":"en-US"}`, []string{"en-GB", "en-US"}},
		{"page.html", `<html lang="fr"><body><article><p>` + strings.Repeat("Les ministres se sont rencontrés à Paris pour parler du fleuve. ", 12) + `</p></article></body></html>`, []string{"fr"}},
	} {
		var got []string
		err := ingest.Read(strings.NewReader(tt.in), tt.name, opts, func(d *annals.Document) error {
			got = append(got, d.Lang)
			return nil
		}, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: languages %q, want %q", tt.name, got, tt.want)
		}
	}
}
