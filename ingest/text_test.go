package ingest_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

func TestReadText(t *testing.T) {
	date := day(2021, 4, 8)
	doc, err := ingest.ReadText(strings.NewReader("Putin called Aliyev.\n"), "in/2021/call.txt", date)
	if err != nil {
		t.Fatal(err)
	}
	want := annals.Document{ID: "call.txt", Date: date, Text: "Putin called Aliyev.\n"}
	if *doc != want {
		t.Errorf("got %+v, want %+v", *doc, want)
	}

	for _, tt := range []struct{ in, name, want string }{
		{"", "in/empty.txt", "in/empty.txt: empty text"},
		{" \n\t\r\n", "in/blank.txt", "in/blank.txt: empty text"},
		{"ok \xff bad", "in/bad.txt", "in/bad.txt: invalid UTF-8 at byte 3"},
		{"text", "", `read text: no file name in ""`},
	} {
		_, err := ingest.ReadText(strings.NewReader(tt.in), tt.name, date)
		if err == nil || err.Error() != tt.want || annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("ReadText(%q, %q) error = %v, want %s (EINVALID)", tt.in, tt.name, err, tt.want)
		}
	}
}
