package ingest

import (
	"time"

	"github.com/annals-dev/annals"
)

// ParseDate parses a publication date written YYYY-MM-DD or YYYYMMDD and
// returns midnight UTC of that day. Any other form, or a day that does not
// exist (2021-02-30), is an EINVALID error.
func ParseDate(s string) (time.Time, error) {
	t, reason := parseDate(s)
	if reason != "" {
		return time.Time{}, annals.Errorf(annals.EINVALID, "parse date: %s", reason)
	}
	return t, nil
}

// parseDate returns the date or why s is not one. It is strict on purpose:
// time.Parse would also take some forms we do not want to promise.
func parseDate(s string) (time.Time, string) {
	var ys, ms, ds string
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		ys, ms, ds = s[0:4], s[5:7], s[8:10]
	case len(s) == 8:
		ys, ms, ds = s[0:4], s[4:6], s[6:8]
	default:
		return time.Time{}, "want YYYY-MM-DD or YYYYMMDD, got " + quoteShort(s)
	}
	y, ok1 := digits(ys)
	m, ok2 := digits(ms)
	d, ok3 := digits(ds)
	if !ok1 || !ok2 || !ok3 {
		return time.Time{}, "want YYYY-MM-DD or YYYYMMDD, got " + quoteShort(s)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	// time.Date normalizes out-of-range values (February 30 becomes
	// March 2); a date that does not survive the round trip does not exist.
	if m < 1 || m > 12 || d < 1 || t.Day() != d || int(t.Month()) != m {
		return time.Time{}, "no such day: " + quoteShort(s)
	}
	return t, ""
}

// digits parses s as an unsigned decimal number of ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}
