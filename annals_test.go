package annals_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/annals-dev/annals"
)

func TestCodeRoot(t *testing.T) {
	for _, tt := range []struct {
		code annals.Code
		want string
	}{{"043", "04"}, {"0211", "02"}, {"19", "19"}, {"1", ""}, {"", ""}} {
		if got := tt.code.Root(); got != tt.want {
			t.Errorf("Code(%q).Root() = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestErrorCode(t *testing.T) {
	err := fmt.Errorf("read x.jsonl: %w", annals.Errorf(annals.EINVALID, "line 3: bad date"))
	if got := annals.ErrorCode(err); got != annals.EINVALID {
		t.Errorf("ErrorCode = %q, want %q", got, annals.EINVALID)
	}
	if got := annals.ErrorCode(errors.New("boom")); got != annals.EINTERNAL {
		t.Errorf("ErrorCode(plain) = %q, want internal", got)
	}
	if got := annals.ErrorCode(nil); got != "" {
		t.Errorf("ErrorCode(nil) = %q", got)
	}
}
