package ingest_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2021-04-08","text":"t","source":"S","url":"u","title":"T"}`,
		`{"id":7,"date":"20210408","text":"t"}` + "\r\n" + `{"id":1.5e300,"text":"x"}`,
		`{"id":"a","date":null,"text":"t"}` + "\n\n" + `{"id":"b","date":"2021-02-30","text":"t"}`,
		`{"id":"a","text":"` + "\xff" + `"}`,
		`[1,2]`, `{"id":{}}`, `{`, "\n\r\n", `{"id":"a","text":"\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	// The first line of each shared file, when the data is present.
	for _, pat := range []string{"../../shared/gold/*.jsonl", "../../shared/bench/*.jsonl"} {
		files, _ := filepath.Glob(pat)
		for _, path := range files {
			b, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			line, _, _ := bytes.Cut(b, []byte("\n"))
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		// A low limit lets the fuzzer reach the too-long path too.
		defer ingest.SetMaxLine(200)()
		err := ingest.ReadJSONL(bytes.NewReader(in), "fuzz.jsonl", func(d *annals.Document) error {
			if d.ID == "" {
				t.Errorf("document with an empty id: %+v", d)
			}
			if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
				t.Errorf("document with a bad text: %q", d.Text)
			}
			return nil
		}, func(err error) error {
			var le *ingest.LineError
			if !errors.As(err, &le) || annals.ErrorCode(err) != annals.EINVALID || le.Line < 1 {
				t.Errorf("onErr got %T %v", err, err)
			}
			return nil
		})
		if err != nil {
			t.Errorf("ReadJSONL returned %v with an onErr that skips", err)
		}
	})
}
