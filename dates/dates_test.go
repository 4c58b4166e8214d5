package dates_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dates"
)

const (
	day   = annals.PrecisionDay
	month = annals.PrecisionMonth
	year  = annals.PrecisionYear
)

// Publication dates the cases use. thu is the founding example's date.
const (
	thu = "2021-04-08" // a Thursday
	mon = "2021-04-05" // a Monday
	sun = "2021-01-03" // a Sunday, early in the year
	dec = "2021-12-30" // a Thursday, late in the year
)

// want is one expected expression: its text, date, precision and whether it
// points after publication.
type want struct {
	text   string
	date   string
	prec   annals.Precision
	future bool
}

type findCase struct {
	sentence string
	pub      string
	future   bool
	want     []want
}

// past and fut build the common cases: one expression, or none when text is "".
func past(sentence, pub, text, date string, prec annals.Precision) findCase {
	return one(sentence, pub, false, text, date, prec)
}

func fut(sentence, pub, text, date string, prec annals.Precision) findCase {
	return one(sentence, pub, true, text, date, prec)
}

func one(sentence, pub string, future bool, text, date string, prec annals.Precision) findCase {
	if text == "" {
		return findCase{sentence: sentence, pub: pub, future: future}
	}
	// Expressions point ahead exactly when they resolve after pub; the
	// test computes it the same way a reader would, from the two dates.
	return findCase{sentence, pub, future, []want{{text, date, prec, date > pub}}}
}

func none(sentence string) findCase { return findCase{sentence: sentence, pub: thu} }

var findCases = []findCase{
	// Written dates are taken as written.
	past("The statement was issued on November 9, 2020.", thu, "on November 9, 2020", "2020-11-09", day),
	past("The deal was signed on 9 November 2020 in Moscow.", thu, "on 9 November 2020", "2020-11-09", day),
	past("A decree dated Nov. 9, 2020, set the terms.", thu, "Nov. 9, 2020", "2020-11-09", day),
	past("A decree dated Nov 9 2020 set the terms.", thu, "Nov 9 2020", "2020-11-09", day),
	past("The report of 2020-11-09 listed the losses.", thu, "2020-11-09", "2020-11-09", day),
	past("The decree of 09.11.2020 set the terms.", thu, "09.11.2020", "2020-11-09", day),
	past("The decree of 9.11.2020 set the terms.", thu, "9.11.2020", "2020-11-09", day),
	past("A letter dated 25/12/2020 was read out.", thu, "25/12/2020", "2020-12-25", day),
	past("A letter dated 12/25/2020 was read out.", thu, "12/25/2020", "2020-12-25", day),
	past("The vote on 13-03-2021 was annulled.", thu, "on 13-03-2021", "2021-03-13", day),
	past("The vote on 03/03/2021 was annulled.", thu, "on 03/03/2021", "2021-03-03", day),
	none("A letter dated 09/11/2020 was read out."), // British 9 November, American 11 September: left alone
	none("The order 31.02.2020 was void."),
	none("Version 1.25.2020 was cited."), // no month 25 with dots, which are day first
	none("The code 12/25/20 was printed."),
	past("The order was filed 2020/11/09 in Baku.", thu, "2020/11/09", "2020-11-09", day),
	past("Talks began on November 9th, 2020.", thu, "on November 9th, 2020", "2020-11-09", day),
	past("Talks began on the 9th of November 2020.", thu, "on the 9th of November 2020", "2020-11-09", day),
	past("Talks began on 9th November 2020.", thu, "on 9th November 2020", "2020-11-09", day),
	past("The attacks of Sept. 11, 2001 changed the region.", thu, "Sept. 11, 2001", "2001-09-11", day),
	past("The leaders spoke on Thursday, April 8, 2021, by telephone.", thu, "on Thursday, April 8, 2021", "2021-04-08", day),
	past("The vote took place Wed., Nov. 9, 2016.", thu, "Wed., Nov. 9, 2016", "2016-11-09", day),
	past("The vote took place on 8 April.", thu, "on 8 April", "2021-04-08", day),
	past("Elections were held on February 29, 2020.", thu, "on February 29, 2020", "2020-02-29", day),
	past("Elections were held on 1 JANUARY 2019.", thu, "on 1 JANUARY 2019", "2019-01-01", day),
	fut("The summit will be held on June 15, 2021.", thu, "on June 15, 2021", "2021-06-15", day),
	fut("The summit was held on June 15, 2020.", thu, "on June 15, 2020", "2020-06-15", day),
	{
		"The parties cited the statements of the leaders dated November 9, 2020, and January 11, 2021, the Kremlin said.",
		thu, false, []want{
			{"November 9, 2020", "2020-11-09", day, false},
			{"January 11, 2021", "2021-01-11", day, false},
		},
	},
	none("Elections were held on February 29, 2021."),
	none("The ceasefire began on April 31."),
	none("The code 2020-13-45 was wrong."),
	none("The date 2021-02-30 does not exist."),

	// Month-days without a year: the latest not after pub, or with a
	// future-tense sentence the earliest not before it.
	past("Putin, Pashinyan and Aliyev signed a joint statement on November 9.", thu, "on November 9", "2020-11-09", day),
	past("The results of the talks in Moscow on April 7 were taken into account.", thu, "on April 7", "2021-04-07", day),
	past("On April 7, Putin held talks in the Kremlin.", thu, "On April 7", "2021-04-07", day),
	past("The ministers met on April 8.", thu, "on April 8", "2021-04-08", day),
	past("The ministers met on April 9.", thu, "on April 9", "2020-04-09", day),
	fut("The ministers will meet on April 9.", thu, "on April 9", "2021-04-09", day),
	fut("The ministers will meet on April 7.", thu, "on April 7", "2022-04-07", day),
	fut("The ministers will meet on April 8.", thu, "on April 8", "2021-04-08", day),
	past("The border closed on Nov. 9.", thu, "on Nov. 9", "2020-11-09", day),
	past("The border closed on 9 November.", thu, "on 9 November", "2020-11-09", day),
	past("The border closed November 9th.", thu, "November 9th", "2020-11-09", day),
	past("The border closed on the 9th of November.", thu, "on the 9th of November", "2020-11-09", day),
	past("The border closed from January 1.", thu, "from January 1", "2021-01-01", day),
	past("The border reopened on February 29.", thu, "on February 29", "2020-02-29", day),
	past("A seven-week war ended on Aug 26.", "2015-06-09", "on Aug 26", "2014-08-26", day),
	past("The parliament voted on December 30.", sun, "on December 30", "2020-12-30", day),
	fut("The parliament will vote on January 5.", dec, "on January 5", "2022-01-05", day),
	past("The parliament voted on january 5.", thu, "on january 5", "2021-01-05", day),
	past("The accord was signed on May 9.", thu, "on May 9", "2020-05-09", day),
	past("The accord was signed on 9 May.", thu, "on 9 May", "2020-05-09", day),
	past("The accord was signed March 3.", thu, "March 3", "2021-03-03", day),

	// Days of the month.
	past("The convoy was attacked on the 7th.", thu, "on the 7th", "2021-04-07", day),
	past("The convoy was attacked on the 9th.", thu, "on the 9th", "2021-03-09", day),
	fut("The convoy will leave on the 9th.", thu, "on the 9th", "2021-04-09", day),
	past("The convoy was attacked on the 31st.", thu, "on the 31st", "2021-03-31", day),
	past("The convoy was attacked on the 2nd in Idlib.", thu, "on the 2nd", "2021-04-02", day),
	none("The office is on the 9th floor."),
	none("The 21st century began."),
	none("The 3rd Infantry Division moved north."),

	// Months and years.
	past("Elections were held in November 2020.", thu, "in November 2020", "2020-11-01", month),
	past("The elections of November 2020 were disputed.", thu, "November 2020", "2020-11-01", month),
	past("Baku and Yerevan have disputed the region since February 1988, when it seceded.", thu, "since February 1988", "1988-02-01", month),
	past("Rebels seized the town in Nov. 2019.", thu, "in Nov. 2019", "2019-11-01", month),
	past("The war began in 1988.", thu, "in 1988", "1988-01-01", year),
	past("The border has been closed since 2014, officials said.", thu, "since 2014", "2014-01-01", year),
	past("The border has been closed since 2014 because of the war.", thu, "since 2014", "2014-01-01", year),
	fut("The country aims to cut emissions by 2030.", thu, "by 2030", "2030-01-01", year),
	past("The talks collapsed in early 2020.", thu, "in early 2020", "2020-01-01", year),
	past("The talks collapsed in mid-2020.", thu, "in mid-2020", "2020-01-01", year),
	past("The talks collapsed in 2014 Russia annexed Crimea.", thu, "in 2014", "2014-01-01", year),
	past("Troops were deployed in March.", thu, "in March", "2021-03-01", month),
	past("Troops were deployed in May.", thu, "in May", "2020-05-01", month),
	fut("Troops will be deployed in May.", thu, "in May", "2021-05-01", month),
	fut("Troops will be deployed in April.", thu, "in April", "2021-04-01", month),
	fut("Troops will be deployed in March.", thu, "in March", "2022-03-01", month),
	past("Troops were deployed in early March.", thu, "in early March", "2021-03-01", month),
	past("Troops were deployed in mid-March.", thu, "in mid-March", "2021-03-01", month),
	past("Troops were deployed late last year.", thu, "late last year", "2020-01-01", year),
	past("Troops left by the end of March.", thu, "March", "2021-03-01", month),
	past("Israel would free prisoners by the end of August as a gesture.", "2008-08-06", "August", "2008-08-01", month),
	past("Troops were deployed last March.", thu, "last March", "2021-03-01", month),
	past("Troops were deployed last April.", thu, "last April", "2020-04-01", month),
	past("Troops will be deployed next March.", thu, "next March", "2022-03-01", month),
	past("Troops will be deployed this May.", thu, "this May", "2021-05-01", month),
	past("Troops were deployed in December.", sun, "in December", "2020-12-01", month),
	past("Troops were deployed in january.", thu, "in january", "2021-01-01", month),
	none("1988 people were killed."),
	none("In 1988 people died."),
	none("The 1994 genocide was condemned."),
	none("Aid reached 2000 families in 2000 homes."),
	none("The army sent from 2000 to 3000 troops."),
	none("The price rose by 2000%."),
	none("The 2014-15 budget passed."),
	none("The band played in the 1990s."),

	// Words that look like dates and are not.
	none("Russia may attack the town."),
	none("Theresa May said the talks failed."),
	none("Ministers put pressure on May to resign."),
	none("Ministers have backed her since May took office."),
	none("The plan was drafted in May's cabinet."),
	none("A protest march drew crowds."),
	none("Veterans of the Long March gathered."),
	none("The March 10,000 strong was peaceful."),
	none("The army sent 1,000 troops."),
	none("He won the Formula 1 race."),
	none("A Boeing 777 landed."),
	none("It was an august institution."),
	none("He was in august company."),
	none("The Sun reported the deal."),
	none("The delegates sat down."),
	none("The couple will wed in Baku."),
	none("Jan Kowalski was elected."),
	none("The Mon state council met."),
	none("The strike of 09/11/2020 was condemned."),
	none("COVID-19 spread to 120 countries."),
	none("The G20 summit adopted Resolution 2254."),
	none("The Sunday Times reported the deal."),
	none("Pilgrims gathered on Good Friday."),
	none("The Mail on Sunday reported the deal."),
	none("Prices hit the highest level in three weeks."),
	none("Troops fought in the last week of fighting."),
	none("Prices will rise over the next year."),
	none("Talks will run for the first time in two years."),
	none("The pact was the first in 10 days of talks."),
	none("The rebels did not say when."),
	none(""),

	// Weekdays: the latest on or before pub, pub itself included.
	past("Putin held a telephone conversation with Aliyev on Thursday.", thu, "on Thursday", "2021-04-08", day),
	past("Putin held a telephone conversation, the Kremlin said Thursday.", thu, "Thursday", "2021-04-08", day),
	past("The ministers met on Wednesday.", thu, "on Wednesday", "2021-04-07", day),
	past("The ministers met on Friday.", thu, "on Friday", "2021-04-02", day),
	past("The ministers met last Thursday.", thu, "last Thursday", "2021-04-01", day),
	past("The ministers met last Friday.", thu, "last Friday", "2021-04-02", day),
	past("The ministers will meet next Thursday.", thu, "next Thursday", "2021-04-15", day),
	past("The ministers will meet this coming Thursday.", thu, "this coming Thursday", "2021-04-15", day),
	fut("The ministers will meet on Friday.", thu, "on Friday", "2021-04-09", day),
	fut("The ministers will meet on Wednesday.", thu, "on Wednesday", "2021-04-14", day),
	fut("The ministers will meet on Thursday.", thu, "on Thursday", "2021-04-08", day),
	past("Strikes hit the city on Monday night.", thu, "on Monday night", "2021-04-05", day),
	past("Strikes hit the city Tuesday evening.", thu, "Tuesday evening", "2021-04-06", day),
	past("Strikes hit the city on Wednesday morning.", thu, "on Wednesday morning", "2021-04-07", day),
	past("Strikes hit the city on monday.", thu, "on monday", "2021-04-05", day),
	past("STRIKES HIT THE CITY ON SUNDAY.", thu, "ON SUNDAY", "2021-04-04", day),
	past("Tuesday's attack killed five.", thu, "Tuesday", "2021-04-06", day),
	past("Tuesday\u2019s attack killed five.", thu, "Tuesday", "2021-04-06", day),
	past("Rebels shelled the town overnight Tuesday.", thu, "overnight Tuesday", "2021-04-06", day),
	past("Rebels shelled the town early Thursday.", thu, "early Thursday", "2021-04-08", day),
	past("The minister will speak later on Thursday.", thu, "later on Thursday", "2021-04-08", day),
	past("Rebels shelled the town this Tuesday.", thu, "this Tuesday", "2021-04-06", day),
	past("Rebels shelled the town on\u00a0Tuesday.", thu, "on\u00a0Tuesday", "2021-04-06", day),
	past("The Kremlin said Thursday, 9 people died.", thu, "Thursday", "2021-04-08", day),
	past("On Thursday, 1,000 people marched.", thu, "On Thursday", "2021-04-08", day),
	past("Strikes hit the city over the weekend.", thu, "over the weekend", "2021-04-03", day),
	past("Strikes hit the city over the weekend.", mon, "over the weekend", "2021-04-03", day),
	past("Strikes hit the city last weekend.", thu, "last weekend", "2021-04-03", day),
	past("Strikes will resume next weekend.", thu, "next weekend", "2021-04-10", day),
	{
		"The ministry said on Wednesday that the talks will resume on Friday.",
		thu, true, []want{
			{"on Wednesday", "2021-04-07", day, false},
			{"on Friday", "2021-04-09", day, true},
		},
	},
	{
		"The envoy, who arrived on Monday, met the president on Wednesday.",
		thu, false, []want{
			{"on Monday", "2021-04-05", day, false},
			{"on Wednesday", "2021-04-07", day, false},
		},
	},

	// The words next to an expression overrule the sentence's tense.
	fut("The PRC on Tuesday demanded that the US cancel plans to sell arms.", thu, "on Tuesday", "2021-04-06", day),
	fut("The cabinet met Sunday and approved a plan that will bar candidates.", thu, "Sunday", "2021-04-04", day),
	fut("The rebels, who attacked the convoy on Friday, will be tried.", thu, "on Friday", "2021-04-02", day),
	fut("Talks that began on Monday will continue.", thu, "on Monday", "2021-04-05", day),
	fut("The ministry said in a statement on Wednesday that talks will resume.", thu, "on Wednesday", "2021-04-07", day),
	fut("The talks will be held on Friday.", thu, "on Friday", "2021-04-09", day),
	fut("The treaty is to be signed on Friday.", thu, "on Friday", "2021-04-09", day),
	past("The ministers will meet on Friday.", thu, "on Friday", "2021-04-09", day),
	past("He said he will travel to Baku on Friday.", thu, "on Friday", "2021-04-09", day),
	past("The envoy'll arrive on Friday.", thu, "on Friday", "2021-04-09", day),
	past("The envoy arrived on Friday.", thu, "on Friday", "2021-04-02", day),
	past("Ahmed on Friday will meet the envoy.", thu, "on Friday", "2021-04-09", day),
	past("The vote, which was postponed on Friday, will take place.", thu, "on Friday", "2021-04-02", day),
	past("Voting in Sunday's elections was calm.", thu, "Sunday", "2021-04-04", day),

	// Words that count from the publication day.
	past("Ten soldiers were killed in Ukraine today.", thu, "today", "2021-04-08", day),
	past("The president will speak tonight.", thu, "tonight", "2021-04-08", day),
	past("Protesters gathered this morning.", thu, "this morning", "2021-04-08", day),
	past("Protesters gathered this evening.", thu, "this evening", "2021-04-08", day),
	past("Opponents protested yesterday in the capital.", thu, "yesterday", "2021-04-07", day),
	past("Opponents protested last night in the capital.", thu, "last night", "2021-04-07", day),
	past("Opponents protested yesterday morning.", thu, "yesterday morning", "2021-04-07", day),
	past("Opponents will protest tomorrow.", thu, "tomorrow", "2021-04-09", day),
	past("Opponents protested the day before yesterday.", thu, "the day before yesterday", "2021-04-06", day),
	past("Opponents will protest the day after tomorrow.", thu, "the day after tomorrow", "2021-04-10", day),
	past("The State Department advised against travel after the shooting last week.", thu, "last week", "2021-04-01", day),
	fut("Putin will visit Baku next week.", thu, "next week", "2021-04-15", day),
	past("The envoy arrived earlier this week.", thu, "earlier this week", "2021-04-05", day),
	past("The envoy arrived earlier this week.", mon, "earlier this week", "2021-04-04", day),
	past("The envoy arrived this week.", thu, "this week", "2021-04-08", day),
	past("The envoy will arrive later this week.", thu, "later this week", "2021-04-09", day),
	past("The envoy arrived earlier this month.", thu, "earlier this month", "2021-04-01", month),
	past("The envoy arrived last month.", thu, "last month", "2021-03-01", month),
	past("The envoy arrived last month.", sun, "last month", "2020-12-01", month),
	past("The envoy will arrive next month.", thu, "next month", "2021-05-01", month),
	past("The envoy will arrive next month.", dec, "next month", "2022-01-01", month),
	past("The envoy arrived last year.", thu, "last year", "2020-01-01", year),
	past("The envoy will arrive next year.", thu, "next year", "2022-01-01", year),
	past("The envoy arrived this year.", thu, "this year", "2021-01-01", year),
	past("The envoy arrived earlier this year.", thu, "earlier this year", "2021-01-01", year),
	past("The envoy arrived two days ago.", thu, "two days ago", "2021-04-06", day),
	past("The envoy arrived 3 days ago.", thu, "3 days ago", "2021-04-05", day),
	past("The envoy arrived a week ago.", thu, "a week ago", "2021-04-01", day),
	past("The envoy arrived two weeks ago.", thu, "two weeks ago", "2021-03-25", day),
	past("The mayor had been arrested 15 months ago.", thu, "15 months ago", "2020-01-01", month),
	past("Missionaries were killed three years ago.", thu, "three years ago", "2018-01-01", year),
	past("The mayor was jailed over a year ago.", thu, "over a year ago", "2020-01-01", year),
	past("The war ended a decade ago.", thu, "a decade ago", "2011-01-01", year),
	fut("The Olympics will open in two days.", thu, "in two days", "2021-04-10", day),
	fut("The Olympics will open in 10 days.", thu, "in 10 days", "2021-04-18", day),
	fut("The Olympics will open within a week.", thu, "within a week", "2021-04-15", day),
	none("The Olympics opened in two days of rain."),
	past("Insurgents bombarded Aleppo overnight, state media reported.", thu, "overnight", "2021-04-08", day),
	past("The minister spoke earlier today.", thu, "earlier today", "2021-04-08", day),

	// Input at the edges.
	past("on Thursday\xff", thu, "on Thursday", "2021-04-08", day),
	past("\xffMay 9", thu, "May 9", "2020-05-09", day),
	none("Mayé 9"),
	past("«on Thursday»", thu, "on Thursday", "2021-04-08", day),
	past("2021-04-07", thu, "2021-04-07", "2021-04-07", day),
	none("9"),
	none("on the"),
	none("last"),
}

// mustDate parses a YYYY-MM-DD date or fails the test.
func mustDate(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatalf("bad test date %q: %v", s, err)
	}
	return t
}

func TestFind(t *testing.T) {
	if len(findCases) < 120 {
		t.Fatalf("only %d cases", len(findCases))
	}
	for _, tc := range findCases {
		name := fmt.Sprintf("%s/%s/future=%v", tc.sentence, tc.pub, tc.future)
		t.Run(name, func(t *testing.T) {
			got := dates.Find(tc.sentence, mustDate(t, tc.pub), tc.future)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d expressions %v, want %d %v", len(got), describe(got), len(tc.want), tc.want)
			}
			for i, e := range got {
				w := tc.want[i]
				if e.Text != w.text || e.Date.Format(time.DateOnly) != w.date || e.Precision != w.prec || e.Future != w.future {
					t.Errorf("expression %d: got %v, want {%q %s %s future=%v}", i, describe(got[i:i+1]), w.text, w.date, w.prec, w.future)
				}
				if tc.sentence[e.Start:e.End] != e.Text {
					t.Errorf("expression %d: offsets [%d,%d) give %q, not %q", i, e.Start, e.End, tc.sentence[e.Start:e.End], e.Text)
				}
				if e.Date.Location() != time.UTC || e.Date.Hour() != 0 {
					t.Errorf("expression %d: date %v is not UTC midnight", i, e.Date)
				}
			}
		})
	}
}

func describe(es []dates.Expr) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "{%q %s %s future=%v}", e.Text, e.Date.Format(time.DateOnly), e.Precision, e.Future)
	}
	return b.String()
}

// TestFindPubLocation checks that only the calendar date of pub counts,
// in pub's own location.
func TestFindPubLocation(t *testing.T) {
	pub := time.Date(2021, 4, 8, 23, 30, 0, 0, time.FixedZone("AZT", 4*3600))
	got := dates.Find("Talks were held today.", pub, false)
	if len(got) != 1 || got[0].Date != time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC) {
		t.Fatalf("got %v, want today = 2021-04-08", describe(got))
	}
}

func TestFutureTense(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"Putin will visit Baku next week.", true},
		{"The sides will not resume talks.", true},
		{"The ministers shall meet in Geneva.", true},
		{"We'll respond to any attack, he said.", true},
		{"They\u2019ll meet in Geneva.", true},
		{"Moscow won't attend the summit.", true},
		{"Russia is to hold elections in September.", true},
		{"The leaders are to meet in Minsk.", true},
		{"The president is expected to sign the bill.", true},
		{"The envoys are also expected to visit Kabul.", true},
		{"The delegation is scheduled to arrive in Cairo.", true},
		{"The minister is due to visit Ankara.", true},
		{"The bill is set to pass.", true},
		{"Talks are planned for Friday.", true},
		{"Iran plans to build a new reactor.", true},
		{"They're going to retaliate.", true},
		{"Will Russia attack Ukraine?", true},
		{"Talks resume tomorrow in Vienna.", true},
		{"A decision is due later this month.", true},
		{"Fighting may escalate in the coming days.", true},
		{"The summit opens next Monday.", true},
		{"PUTIN WILL VISIT BAKU", true},
		{"The Kremlin said on Wednesday that the talks had ended.", false},
		{"Obama said he would not help Israel.", false},
		{"The will of the people must be respected.", false},
		{"They were taken against their will.", false},
		{"Will Smith attended the gala.", false},
		{"The army is willing to talk.", false},
		{"Troops massed next to the border.", false},
		{"The flight was cancelled due to bad weather.", false},
		{"The plans to build a dam were scrapped.", false},
		{"Russia's plan to build a base failed.", false},
		{"China demanded that the US cancel plans to sell arms.", false},
		{"The minister announced plans to resign.", false},
		{"Iran has no plans to leave the deal.", false},
		{"The president was expected to sign the bill.", false},
		{"The government is to blame for the crisis.", false},
		{"Prince William said the talks had failed.", false},
		{"", false},
	} {
		if got := dates.FutureTense(tc.sentence); got != tc.want {
			t.Errorf("FutureTense(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

func ExampleFind() {
	pub := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
	s := "Putin, Pashinyan and Aliyev signed a joint statement on November 9, and Putin spoke with Aliyev on Thursday."
	for _, e := range dates.Find(s, pub, dates.FutureTense(s)) {
		fmt.Println(e.Text, "=", e.Date.Format(time.DateOnly), e.Precision)
	}
	// Output:
	// on November 9 = 2020-11-09 day
	// on Thursday = 2021-04-08 day
}

func ExampleFutureTense() {
	pub := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
	s := "The ministers will meet on Friday."
	future := dates.FutureTense(s)
	e := dates.Find(s, pub, future)[0]
	fmt.Println(future, e.Text, e.Date.Format(time.DateOnly), e.Future)
	// Output:
	// true on Friday 2021-04-09 true
}
