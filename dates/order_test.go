package dates_test

import (
	"testing"
	"time"

	"github.com/annals-dev/annals/dates"
)

func TestOrderOf(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want dates.Order
	}{
		{"en-GB", dates.DayFirst},
		{"en_gb", dates.DayFirst},
		{"EN-AU", dates.DayFirst},
		{"en-IN", dates.DayFirst},
		{"en-US", dates.MonthFirst},
		{"en-us", dates.MonthFirst},
		{"en-PH", dates.MonthFirst},
		{"es-PR", dates.MonthFirst},
		{"en-CA", dates.Unknown},
		{"fr-CA", dates.Unknown},
		{"en", dates.Unknown},
		{"", dates.Unknown},
		{"  ", dates.Unknown},
		{"-", dates.Unknown},
		{"fr", dates.DayFirst},
		{"ru-RU", dates.DayFirst},
		{"pt-BR", dates.DayFirst},
		{"es-419", dates.DayFirst},
		{"sr-Latn-RS", dates.DayFirst},
		{"zh-CN", dates.Unknown},
		{"ja", dates.Unknown},
		{"hu-HU", dates.Unknown},
		{"english", dates.Unknown},
	} {
		if got := dates.OrderOf(tc.lang); got != tc.want {
			t.Errorf("OrderOf(%q) = %v, want %v", tc.lang, got, tc.want)
		}
	}
}

// TestFindIn checks that a locale decides only the numeric dates that read
// both ways.
func TestFindIn(t *testing.T) {
	pub := mustDate(t, thu)
	for _, tc := range []struct {
		sentence string
		order    dates.Order
		want     string // "" when nothing is read
	}{
		{"The accord was signed on 09/11/2020.", dates.Unknown, ""},
		{"The accord was signed on 09/11/2020.", dates.DayFirst, "2020-11-09"},
		{"The accord was signed on 09/11/2020.", dates.MonthFirst, "2020-09-11"},
		{"The accord was signed on 9-11-2020.", dates.MonthFirst, "2020-09-11"},
		// Certain orders stay as they are whatever the locale.
		{"The accord was signed on 25/12/2020.", dates.MonthFirst, "2020-12-25"},
		{"The accord was signed on 12/25/2020.", dates.DayFirst, "2020-12-25"},
		{"The accord was signed on 09.11.2020.", dates.MonthFirst, "2020-11-09"},
		{"The accord was signed on 2020-09-11.", dates.DayFirst, "2020-09-11"},
		// Invalid either way.
		{"The accord was signed on 31/02/2020.", dates.DayFirst, ""},
	} {
		got := dates.FindIn(tc.sentence, pub, false, tc.order)
		var date string
		if len(got) == 1 {
			date = got[0].Date.Format(time.DateOnly)
		}
		if len(got) > 1 || date != tc.want {
			t.Errorf("FindIn(%q, %v) = %s, want %q", tc.sentence, tc.order, describe(got), tc.want)
		}
	}
}
