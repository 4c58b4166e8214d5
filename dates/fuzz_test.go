package dates_test

import (
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dates"
)

// FuzzFind checks that Find never panics, that its offsets are in bounds,
// in order and match the text, that every date is a valid UTC midnight and
// every range ends after it starts, whatever the bytes (including invalid
// UTF-8) and whatever the locale.
func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.sentence, int64(0), tc.future)
	}
	f.Add("on the 31st of February 2020", int64(-40), false)
	f.Add("Thu., Feb. 29 and Sept 31, 2199-12-31", int64(300000), true)
	f.Add("in 99999999999 days ago 2020-1-1 \xe2\x80\x99ll", int64(-800000), true)
	f.Add("between 29 and 30 February, from Dec. 30 to 2 January 2199, 9-12-2020 3\u20135 May", int64(77), false)
	f.Add("from March to February 1800 and between 2199 and 2200", int64(-99999), true)
	base := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string, offset int64, future bool) {
		// Publication dates from about 1750 to 2300.
		pub := base.AddDate(0, 0, int(offset%100000))
		_ = dates.FutureTense(s)
		prev := 0
		order := dates.Order(uint64(offset) % 3)
		for i, e := range dates.FindIn(s, pub, future, order) {
			if e.Start < prev || e.Start >= e.End || e.End > len(s) {
				t.Fatalf("expression %d: offsets [%d,%d) out of order or bounds (previous end %d, len %d)", i, e.Start, e.End, prev, len(s))
			}
			prev = e.End
			if s[e.Start:e.End] != e.Text {
				t.Fatalf("expression %d: text %q is not s[%d:%d] = %q", i, e.Text, e.Start, e.End, s[e.Start:e.End])
			}
			if e.Date.IsZero() || e.Date.Location() != time.UTC || !e.Date.Equal(e.Date.Truncate(24*time.Hour)) {
				t.Fatalf("expression %d %q: date %v is not a UTC midnight", i, e.Text, e.Date)
			}
			switch e.Precision {
			case annals.PrecisionDay, annals.PrecisionMonth, annals.PrecisionYear:
			default:
				t.Fatalf("expression %d %q: precision %q", i, e.Text, e.Precision)
			}
			if !e.Through.IsZero() && (!e.Through.After(e.Date) || e.Through.Location() != time.UTC) {
				t.Fatalf("expression %d %q: range %v through %v", i, e.Text, e.Date, e.Through)
			}
			y, m, d := pub.Date()
			if e.Future != e.Date.After(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) {
				t.Fatalf("expression %d %q: Future=%v for %v against pub %v", i, e.Text, e.Future, e.Date, pub)
			}
		}
	})
}
