package ingest

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// ReadText reads all of r as the text of one document. The document's ID is
// the base name of name (the file's path) and its Date is date. A text that
// is empty or white space only, or that is not valid UTF-8, is an EINVALID
// error naming the file.
func ReadText(r io.Reader, name string, date time.Time) (*annals.Document, error) {
	id := filepath.Base(name)
	if name == "" || id == "." || id == string(filepath.Separator) {
		return nil, annals.Errorf(annals.EINVALID, "read text: no file name in %q", name)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if !utf8.Valid(b) {
		return nil, annals.Errorf(annals.EINVALID, "%s: invalid UTF-8 at byte %d", name, invalidAt(b))
	}
	text := string(b)
	if strings.TrimSpace(text) == "" {
		return nil, annals.Errorf(annals.EINVALID, "%s: empty text", name)
	}
	return &annals.Document{ID: id, Date: date, Text: text}, nil
}

// invalidAt returns the offset of the first invalid UTF-8 sequence in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
