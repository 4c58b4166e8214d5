package py_test

import (
	"math"
	"testing"

	"github.com/annals-dev/annals/internal/py"
)

func TestNumber(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"7", "7"}, {"-0", "0"}, {"1.50", "1.5"}, {"1e16", "1e+16"}, {"2.0", "2.0"}, {"0.0001", "0.0001"}, {"0.00001", "1e-05"}, {"1e400", "inf"},
	} {
		if got := py.Number(tt.in); got != tt.want {
			t.Errorf("Number(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := py.Float(math.NaN()); got != "nan" {
		t.Errorf("Float(NaN) = %q", got)
	}
}
