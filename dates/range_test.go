package dates_test

import (
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dates"
)

// TestRanges checks date ranges: the expression spans the whole range, Date
// is its first day (month, year) and Through its last.
func TestRanges(t *testing.T) {
	for _, tc := range []struct {
		sentence, pub string
		future        bool
		text          string // "" when no expression is expected
		from, through string // through "" when the expression is not a range
		prec          annals.Precision
	}{
		// A year written once, at the end, is the whole range's.
		{"Talks were held from March 3 to 5, 2020 in Geneva.", thu, false, "from March 3 to 5, 2020", "2020-03-03", "2020-03-05", day},
		{"The fair ran March 3-5, 2020.", thu, false, "March 3-5, 2020", "2020-03-03", "2020-03-05", day},
		{"The fair ran March 3\u20135, 2020.", thu, false, "March 3\u20135, 2020", "2020-03-03", "2020-03-05", day},
		{"Delegates met on 9-12 November 2020 in Baku.", thu, false, "on 9-12 November 2020", "2020-11-09", "2020-11-12", day},
		{"Delegates met 9 to 12 November 2020.", thu, false, "9 to 12 November 2020", "2020-11-09", "2020-11-12", day},
		{"Troops drilled from 3 March to 5 April 2019.", thu, false, "from 3 March to 5 April 2019", "2019-03-03", "2019-04-05", day},
		{"The ceasefire held between March 3 and March 9, 2020.", thu, false, "between March 3 and March 9, 2020", "2020-03-03", "2020-03-09", day},
		{"Exercises ran from December 28 to January 4, 2021.", thu, false, "from December 28 to January 4, 2021", "2020-12-28", "2021-01-04", day},
		{"Exercises ran from 28 December 2020 to 4 January 2021.", thu, false, "from 28 December 2020 to 4 January 2021", "2020-12-28", "2021-01-04", day},
		// Without a year the range resolves like its first day.
		{"Delegates met on 9-12 November in Baku.", thu, false, "on 9-12 November", "2020-11-09", "2020-11-12", day},
		{"Delegates met from March 30 to April 2.", thu, false, "from March 30 to April 2", "2021-03-30", "2021-04-02", day},
		{"The ministers met between 1 and 3 April.", thu, false, "between 1 and 3 April", "2021-04-01", "2021-04-03", day},
		{"The ministers will meet from April 20 to 22.", thu, true, "from April 20 to 22", "2021-04-20", "2021-04-22", day},
		{"The ministers met from December 30 to January 2.", thu, false, "from December 30 to January 2", "2020-12-30", "2021-01-02", day},
		// Months and years.
		{"Prices rose from March to May 2020.", thu, false, "from March to May 2020", "2020-03-01", "2020-05-01", month},
		{"Prices rose between November and February 2020.", thu, false, "between November and February 2020", "2019-11-01", "2020-02-01", month},
		{"Prices rose from March 2019 to May 2020.", thu, false, "from March 2019 to May 2020", "2019-03-01", "2020-05-01", month},
		{"Prices rose from January to March.", thu, false, "from January to March", "2021-01-01", "2021-03-01", month},
		{"He ruled from 2008 to 2012.", thu, false, "from 2008 to 2012", "2008-01-01", "2012-01-01", year},
		{"He ruled between 2008 and 2012.", thu, false, "between 2008 and 2012", "2008-01-01", "2012-01-01", year},
		// Not ranges.
		{"Talks were held on March 3 in Geneva.", thu, false, "on March 3", "2021-03-03", "", day},
		{"Between 2000 and 3000 troops crossed the border.", thu, false, "", "", "", ""},
		{"From 1500 to 2500 people marched.", thu, false, "", "", "", ""},
		{"Between 1990 and 2000 soldiers died.", thu, false, "", "", "", ""},
		{"Pakistan beat India 3-5 on 9 November.", thu, false, "on 9 November", "2020-11-09", "", day},
		{"The vote was 12-3 in November.", thu, false, "in November", "2020-11-01", "", month},
		{"Talks on March 3 and 5 people died.", thu, false, "on March 3", "2021-03-03", "", day},
		{"The score was 9-12 as November began.", thu, false, "", "", "", ""},
		{"The numbers 3-5-2020 are not a range.", thu, false, "", "", "", ""},
		{"Votes fell from 12 to 9 November.", thu, false, "9 November", "2020-11-09", "", day},
	} {
		pub := mustDate(t, tc.pub)
		got := dates.Find(tc.sentence, pub, tc.future)
		if tc.text == "" {
			if len(got) != 0 {
				t.Errorf("%q: found %s, want nothing", tc.sentence, describe(got))
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: found %s, want one expression %q", tc.sentence, describe(got), tc.text)
			continue
		}
		e := got[0]
		through := ""
		if !e.Through.IsZero() {
			through = e.Through.Format(time.DateOnly)
		}
		if e.Text != tc.text || e.Date.Format(time.DateOnly) != tc.from || through != tc.through || e.Precision != tc.prec {
			t.Errorf("%q:\n got %q = %s through %q (%v)\nwant %q = %s through %q (%v)", tc.sentence,
				e.Text, e.Date.Format(time.DateOnly), through, e.Precision, tc.text, tc.from, tc.through, tc.prec)
		}
		if tc.sentence[e.Start:e.End] != e.Text {
			t.Errorf("%q: offsets %d-%d do not give %q", tc.sentence, e.Start, e.End, e.Text)
		}
	}
}
