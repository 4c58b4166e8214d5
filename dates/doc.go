// Package dates finds the date expressions in a news sentence and resolves
// them against the publication date, so that each event is dated when it
// happened rather than when it was reported.
//
// A wire story of Thursday 2021-04-08 that says "Putin held talks on April 7"
// and "signed a joint statement on November 9" reports events of 2021-04-07
// and 2020-11-09; "on Thursday" in the same story is the publication day
// itself. [Find] returns each such expression with its byte offsets, its
// text, the resolved date and its precision (day, month or year).
//
// # Resolution
//
// Written dates ("November 9, 2020", "9 Nov. 2020", "2020-11-09") are taken
// as they are. A month-day without a year ("on April 7", "9 November"), a
// bare weekday ("on Thursday", "said Wednesday"), a day of the month ("on
// the 9th") and a bare month ("in March") resolve to the latest such date
// not after publication; in a future-tense sentence, to the earliest not
// before it. The publication day counts both ways: a story of Thursday that
// says "will meet on Thursday" means that day, since a wire would write
// "next Thursday" for the week after. The caller says which with the
// future argument, and [FutureTense] is one way to decide.
//
// A range ("from March 3 to 5, 2020", "March 3-5", "9-12 November",
// "between 3 March and 5 April", "from March to May 2020", "between 2008
// and 2012") is one expression: Date is its first day, month or year and
// [Expr.Through] its last, at the same precision. A year written once at
// the end belongs to both ends, so "from December 28 to January 4, 2021"
// starts on 2020-12-28; without a year the range resolves like its first
// day, and its end falls in the same year or the next. "and" joins a range
// only after "between", and a second number that is no year keeps a count
// a count: "between 2000 and 3000 troops" is no date.
//
// A sentence often mixes tenses ("The ministry said on Wednesday that talks
// will resume on Friday"), so the words right around each expression
// overrule the sentence's tense when they are clear: a past-tense verb in
// the same clause before it ("said on Wednesday", "met Sunday", "attacked
// the convoy on Friday") or right after it ("France on Wednesday
// condemned") makes it resolve backward, and "will", "shall" or "'ll"
// before it makes it resolve forward, whatever future says.
//
// Deictic words resolve by arithmetic on the publication day: "today",
// "tonight", "overnight" and "this morning" are that day, "yesterday" and
// "last night" the day before, "tomorrow" the day after, "N days ago" N days
// before. Some choices a reader should know:
//
//   - "last week" is the publication day minus seven days and "next week"
//     plus seven, at day precision: the event fell within a day or three of
//     that date, and a day is what downstream tools group by.
//   - "earlier this week" is the Monday of the publication week (the Sunday
//     before when publication is a Monday); "later this week" is the next day.
//   - "last Thursday" is strictly before the publication day: no one writes
//     "last Thursday" on a Thursday to mean today. "next Thursday" and "this
//     coming Thursday" are strictly after it.
//   - "last month", "this month", "N months ago" have month precision (the
//     first of the month); "last year", "this year", "N years ago" and "a
//     decade ago" have year precision (January 1).
//   - A weekend is its Saturday.
//   - "in N days" is read only in a future-tense context, and not after
//     "the first time" or a superlative ("the highest level in three
//     weeks"), where it measures a span.
//
// # Conservatism
//
// A wrong date is worse than none, since an event without a date expression
// keeps the publication date. So: "May", "March" and "August" count as
// months only when capitalised, and a month name alone needs a word such as
// "in" or "since" before it ("Russia may attack", "a protest march",
// "Theresa May said", "an august body" are not dates); weekdays that are
// part of a name ("Good Friday", "the Sunday Times") are skipped;
// abbreviations ("Nov", "Wed", "Sat", "Sun") count only before a
// day number; a four-digit number is a year only in a written date or after
// "in", "since", "by", "of", "until", "before", "after", "during", "from" or
// "early/mid/late", and not when a content word follows it ("in 1988
// people"); a numeric date is read when its order is certain: year first
// (2020-11-09), dotted and so day first (09.11.2020), or with a day above 12
// on either side of a slash or hyphen (25/12/2020, 12/25/2020). One that
// British and American copy read differently ("09/11/2020") is read in the
// order of the copy's locale with [FindIn] and [OrderOf] ("en-GB" day
// first, "en-US" month first), and skipped when the locale is unknown or
// bare "en".
//
// # Speed
//
// Find first scans the sentence for a digit or one of a few dozen trigger
// words (month and weekday names, "today", "ago", "week"...) with a byte
// table, a first-letter and length mask per word, and a hash probe only for
// the words that pass the mask; a sentence with none returns nil without
// allocating. Otherwise it tokenizes, from a few words before the first
// trigger, into a stack buffer, and allocates only the returned slice.
// FutureTense works the same way with its own trigger words.
package dates
