package dates

import (
	"time"

	"github.com/annals-dev/annals"
)

// Expr is one date expression found in a sentence and the date it resolves to.
type Expr struct {
	// Start and End are the byte offsets of the expression within the
	// sentence passed to Find: Text == sentence[Start:End].
	Start, End int
	// Text is the expression as written, with the preposition or modifier
	// that opens it: "on November 9", "on Thursday", "last week".
	Text string
	// Date is the resolved date at UTC midnight. For month and year
	// precision it is the first day of the month or year.
	Date time.Time
	// Precision says whether Date is known to the day, the month or the year.
	Precision annals.Precision
	// Future is true when Date falls after the publication date: "tomorrow",
	// "next week", "on Friday" in a future-tense clause.
	Future bool
	// Through is the last day, month or year of a range ("from March 3 to
	// 5, 2020", "9-12 November", "between 2018 and 2020"), at Date's
	// precision; zero when the expression is not a range. Date is its
	// first.
	Through time.Time
}

// Find returns every date expression in sentence, in order, resolved against
// the publication date pub. Only pub's calendar date in its own location
// matters. future says whether the sentence is in future tense (the caller
// decides, for instance with FutureTense); it makes bare weekdays, month-days
// and months resolve forward from pub instead of backward, unless a verb
// right next to the expression says otherwise (see the package
// documentation). Find returns nil when the sentence holds no date
// expression.
func Find(sentence string, pub time.Time, future bool) []Expr {
	return FindIn(sentence, pub, future, Unknown)
}

// FindIn is Find for copy whose numeric dates are written in the given
// order: with DayFirst or MonthFirst, a numeric date that reads both ways
// ("09/11/2020") is read in that order rather than left unread.
func FindIn(sentence string, pub time.Time, future bool, order Order) []Expr {
	pos := firstTrigger(sentence, dateTrigger)
	if pos < 0 {
		return nil
	}
	// Tokenize from a few words before the first trigger: no matcher looks
	// further back than that, and the words before were just scanned.
	from := windowStart(sentence, pos, lookBehind)
	var buf [64]token
	p := parser{
		s:      sentence,
		toks:   tokenize(sentence[from:], buf[:0]),
		future: future,
		order:  order,
	}
	if from > 0 {
		for k := range p.toks {
			p.toks[k].start += from
			p.toks[k].end += from
		}
	}
	y, m, d := pub.Date()
	p.py, p.pm, p.pd = y, int(m), d
	p.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	p.pwd = int(p.pub.Weekday())
	return p.run(sentence)
}

// lookBehind is how many words before the first trigger Find tokenizes.
// Every expression holds a trigger. Its head starts at most three tokens
// before the trigger ("the day before yesterday"), up to three leads come
// before the head ("later on"), and the tense check looks seven tokens
// further back ("said in a statement on Wednesday"): thirteen in all, and
// every word holds at least one token.
const lookBehind = 16

// parser holds the state of one Find call.
type parser struct {
	s          string
	toks       []token
	pub        time.Time
	py, pm, pd int
	pwd        int // pub's weekday, Sunday 0
	future     bool
	order      Order // how numeric dates that read both ways are read
	between    bool  // the expression being matched opens with "between"
	// through is the end of the range just matched, if it is one. It is
	// kept as numbers: a time.Time holds a pointer, which would make escape
	// analysis move the token buffer to the heap.
	through when
}

// res is what a head matcher found: the token after the expression, the date
// and its precision.
type res struct {
	n    int
	date time.Time
	prec annals.Precision
}

// run finds the expressions in s, the sentence p holds. It returns them
// rather than keeping them in p, and takes the text from its own copy of s,
// so that nothing flows out of p and the token buffer p points to can stay
// on the stack.
func (p *parser) run(s string) []Expr {
	var out []Expr
	for i := 0; i < len(p.toks); {
		if !p.canStart(i) {
			i++
			continue
		}
		p.through = when{}
		r, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		e := Expr{
			Start:     p.toks[i].start,
			End:       p.toks[r.n-1].end,
			Date:      r.date,
			Precision: r.prec,
			Future:    r.date.After(p.pub),
		}
		if p.through.m != 0 {
			e.Through = date(p.through.y, p.through.m, p.through.d)
		}
		e.Text = s[e.Start:e.End]
		if out == nil {
			out = make([]Expr, 0, 2)
		}
		out = append(out, e)
		i = r.n
	}
	return out
}

// canStart reports whether an expression can start at token i: a number,
// an ordinal, or a word of a kind a matcher begins with. Most words are
// not, and skipping them here is most of the speed of the slow path.
func (p *parser) canStart(i int) bool {
	t := &p.toks[i]
	switch t.cls {
	case clsNum, clsOrd:
		return true
	case clsWord:
		switch t.w.kind {
		case kLead, kMonth, kWeekday, kNumber, kRel:
			return true
		}
	}
	return false
}

// match tries an expression that starts at token i, first with the
// prepositions and modifiers that may open it ("on", "in early", "later on"),
// then without them.
func (p *parser) match(i int) (res, bool) {
	j := i
	var lead ctx
	for n := 0; n < 3 && j < len(p.toks); n++ {
		t := &p.toks[j]
		if t.cls != clsWord || (t.w.kind != kLead && t.w.id != wOvernight) {
			break
		}
		lead |= bit(t.w.id)
		j++
		// "mid-March", "early-2020".
		if (t.w.id == wMid || t.w.id == wEarly || t.w.id == wLate) && p.punct(j, '-') && p.adjacent(j-1, j) {
			j++
		}
	}
	if j > i && j < len(p.toks) && p.canStart(j) {
		if r, ok := p.head(j, lead, i); ok {
			return r, true
		}
	}
	if j > i && p.toks[i].w.id != wOvernight {
		// A lead word is not a head.
		return res{}, false
	}
	return p.head(i, p.ctxBefore(i), i)
}

// ctxBefore returns the context set of the word before token i.
func (p *parser) ctxBefore(i int) ctx {
	if i > 0 && p.toks[i-1].cls == clsWord {
		return bit(p.toks[i-1].w.id)
	}
	return 0
}

// head matches the core of an expression at token j. c holds the lead words
// before it and start is the token the expression starts at.
func (p *parser) head(j int, c ctx, start int) (res, bool) {
	if j >= len(p.toks) {
		return res{}, false
	}
	p.between = c.has(wBetween)
	p.through = when{}
	t := &p.toks[j]
	switch t.cls {
	case clsNum:
		return p.numHead(j, c, start)
	case clsOrd:
		return p.explicitHead(j, start)
	case clsWord:
		switch t.w.kind {
		case kMonth:
			return p.monthHead(j, c, start)
		case kWeekday:
			return p.weekdayHead(j, c, start)
		case kNumber:
			return p.countHead(j, int(t.w.val), c, start)
		case kRel:
			return p.relHead(j, c, start)
		}
	}
	return res{}, false
}

// Token helpers. Each is safe for any index.

func (p *parser) word(k int) word {
	if k >= 0 && k < len(p.toks) && p.toks[k].cls == clsWord {
		return p.toks[k].w
	}
	return word{}
}

func (p *parser) is(k int, id uint8) bool { return p.word(k).id == id && id != wNone }

func (p *parser) punct(k int, ch byte) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].cls == clsPunct && p.toks[k].ch == ch
}

func (p *parser) adjacent(a, b int) bool {
	return a >= 0 && b < len(p.toks) && p.toks[a].end == p.toks[b].start
}

func (p *parser) capitalized(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].caps&capFirst != 0
}

// numberGoesOn reports whether the number at k continues past its last
// digit: "10,000", "3.5", "9:30", "50%", "2014-15", "11/2020".
func (p *parser) numberGoesOn(k int) bool {
	n := k + 1
	if n >= len(p.toks) || !p.adjacent(k, n) || p.toks[n].cls != clsPunct {
		return false
	}
	switch p.toks[n].ch {
	case '%':
		return true
	case ',', '.', ':', '-', '/':
		return n+1 < len(p.toks) && p.adjacent(n, n+1) && p.toks[n+1].cls == clsNum
	}
	return false
}

// numberGoesBack reports whether the number at k is the tail of a longer
// number: the "000" of "1,000", the "5" of "3.5".
func (p *parser) numberGoesBack(k int) bool {
	if k < 2 || !p.adjacent(k-1, k) || p.toks[k-1].cls != clsPunct {
		return false
	}
	switch p.toks[k-1].ch {
	case ',', '.', ':', '-', '/':
		return p.adjacent(k-2, k-1) && p.toks[k-2].cls == clsNum
	}
	return false
}

// trailOK reports whether the token at k may follow a bare year or a bare
// month without turning it into something else: "in 1988, when" but not
// "in 1988 people"; "in May." but not "since May took office".
func (p *parser) trailOK(k int, possessive bool) bool {
	if k >= len(p.toks) {
		return true
	}
	t := &p.toks[k]
	switch t.cls {
	case clsPunct:
		if t.ch == '\'' && !possessive && p.adjacent(k-1, k) {
			return false
		}
		return t.ch != '%'
	case clsWord:
		return t.w.flags&fFunc != 0 || t.caps&capFirst != 0 || t.w.kind == kMonth || t.w.kind == kRel
	}
	return false
}

// Calendar helpers.

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// maxDay is the longest a month can be in any year.
var maxDay = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// days returns the day n days from pub. It normalises through time.Date
// rather than calling pub.AddDate, which would make the token buffer escape.
func (p *parser) days(n int) time.Time { return date(p.py, p.pm, p.pd+n) }

// monthStart returns the first day of the month n months from pub's.
func (p *parser) monthStart(n int) time.Time { return date(p.py, p.pm+n, 1) }

// Pieces of explicit dates.

// monthAt reads a month name at k, with the full stop of an abbreviation.
func (p *parser) monthAt(k int) (m int, abbr bool, n int, ok bool) {
	w := p.word(k)
	if w.kind != kMonth {
		return 0, false, 0, false
	}
	abbr = w.flags&fAbbr != 0
	if (abbr || w.flags&fNeedCap != 0) && !p.capitalized(k) {
		return 0, false, 0, false
	}
	n = k + 1
	if abbr && p.punct(n, '.') && p.adjacent(k, n) {
		n++
	}
	return int(w.val), abbr, n, true
}

// dayAt reads a day of the month at k: "9", "09", "9th".
func (p *parser) dayAt(k int) (d, n int, ok bool) {
	if k >= len(p.toks) {
		return 0, 0, false
	}
	t := &p.toks[k]
	if (t.cls != clsNum && t.cls != clsOrd) || t.ndig > 2 || t.num < 1 || t.num > 31 {
		return 0, 0, false
	}
	if p.numberGoesOn(k) || p.numberGoesBack(k) {
		return 0, 0, false
	}
	return int(t.num), k + 1, true
}

// Years outside this range are read only in ISO dates.
const minYear, maxYear = 1800, 2199

// yearAt reads a four-digit year at k.
func (p *parser) yearAt(k int) (y, n int, ok bool) {
	if k >= len(p.toks) {
		return 0, 0, false
	}
	t := &p.toks[k]
	if t.cls != clsNum || t.ndig != 4 || t.num < minYear || t.num > maxYear {
		return 0, 0, false
	}
	if p.numberGoesOn(k) || p.numberGoesBack(k) {
		return 0, 0, false
	}
	return int(t.num), k + 1, true
}

// optYear reads an optional year after a day and month: "9 November 2020",
// "November 9, 2020". It returns 0 and k when there is none.
func (p *parser) optYear(k int) (y, n int) {
	if p.punct(k, ',') {
		if y, n, ok := p.yearAt(k + 1); ok {
			return y, n
		}
		return 0, k
	}
	if y, n, ok := p.yearAt(k); ok {
		return y, n
	}
	return 0, k
}

// when is a day as written: y is 0 when no year is written.
type when struct{ y, m, d int }

// before reports whether a falls before b in the same year.
func (a when) before(b when) bool { return a.m < b.m || a.m == b.m && a.d < b.d }

// explicit reads an explicit date at k: "Month Day [Year]", "Day [of]
// Month [Year]", or a range that starts there ("March 3 to 5, 2020",
// "between 3 March and 5 April", "9-12 November"). It returns the first
// day, the last day of a range (zero when there is none) and the token
// after. A year written only at the end of a range is the first day's
// year too, or the year before when the range crosses New Year.
func (p *parser) explicit(k int) (from, to when, n int, ok bool) {
	from, n, monthFirst, ok := p.single(k)
	if ok {
		e, isRange := p.rangeSep(n)
		if !isRange {
			return from, when{}, n, true
		}
		if t, n2, _, ok := p.single(e); ok && p.rangeEnd(&from, &t) {
			return from, t, n2, true
		}
		// "March 3 to 5, 2020": the end is a day of the same month.
		if monthFirst && from.y == 0 {
			if d, n2, ok := p.dayIn(e); ok && d > from.d && d <= maxDay[from.m] {
				t := when{m: from.m, d: d}
				t.y, n2 = p.optYear(n2)
				if p.rangeEnd(&from, &t) {
					return from, t, n2, true
				}
			}
		}
		return from, when{}, n, true
	}
	// "9-12 November", "9 to 12 November 2020": the month comes once, after
	// the last day.
	d, e, ok := p.dayIn(k)
	if !ok {
		return when{}, when{}, 0, false
	}
	if e, ok = p.rangeSep(e); !ok {
		return when{}, when{}, 0, false
	}
	t, n, monthFirst, ok := p.single(e)
	if !ok || monthFirst || d >= t.d {
		return when{}, when{}, 0, false
	}
	return when{t.y, t.m, d}, t, n, true
}

// rangeEnd checks that to can close a range opening at from, and gives
// from the year written at the end when it has none of its own.
func (p *parser) rangeEnd(from, to *when) bool {
	switch {
	case from.y == 0 && to.y != 0:
		y := to.y
		if to.before(*from) {
			y--
		}
		if from.d > daysIn(y, from.m) {
			return false
		}
		from.y = y
	case from.y != 0 && to.y != 0:
		return date(from.y, from.m, from.d).Before(date(to.y, to.m, to.d))
	}
	// No year at the end: a later day, or an earlier month in the next year.
	return from.before(*to) || to.m < from.m
}

// single reads one explicit date at k: "Month Day [Year]" or "Day [of]
// Month [Year]". monthFirst says which order it is written in.
func (p *parser) single(k int) (w when, n int, monthFirst, ok bool) {
	if mm, _, next, isMonth := p.monthAt(k); isMonth {
		w.m, monthFirst = mm, true
		w.d, n, ok = p.dayIn(next)
	} else {
		w.d, n, ok = p.dayIn(k)
		if ok {
			if p.is(n, wOf) {
				n++
			}
			w.m, _, n, ok = p.monthAt(n)
		}
	}
	if !ok || w.d > maxDay[w.m] {
		return when{}, 0, false, false
	}
	w.y, n = p.optYear(n)
	if w.y != 0 && w.d > daysIn(w.y, w.m) {
		return when{}, 0, false, false
	}
	return w, n, monthFirst, true
}

// rangeSep reads what joins the two ends of a range at k ("-", "to",
// "through", "until", and "and" after "between") and returns the token
// after it.
func (p *parser) rangeSep(k int) (int, bool) {
	if k >= len(p.toks) {
		return 0, false
	}
	switch {
	case p.punct(k, '-'), p.is(k, wTo), p.is(k, wThrough), p.is(k, wUntil), p.is(k, wTill):
		return k + 1, true
	case p.between && p.toks[k].cls == clsWord && equalFold(p.s[p.toks[k].start:p.toks[k].end], "and"):
		return k + 1, true
	}
	return 0, false
}

// dayIn reads a day of the month at k like dayAt, and also one that a dash
// joins to another day: the "3" and the "5" of "March 3-5".
func (p *parser) dayIn(k int) (d, n int, ok bool) {
	if d, n, ok := p.dayAt(k); ok {
		return d, n, true
	}
	if k >= len(p.toks) {
		return 0, 0, false
	}
	t := &p.toks[k]
	if (t.cls != clsNum && t.cls != clsOrd) || t.ndig > 2 || t.num < 1 || t.num > 31 {
		return 0, 0, false
	}
	if p.numberGoesOn(k) && !p.dayDash(k+1) || p.numberGoesBack(k) && !p.dayDash(k-1) {
		return 0, 0, false
	}
	return int(t.num), k + 1, true
}

// dayDash reports whether the dash at k joins two day numbers and nothing
// more: "3-5" but not "2014-15-03" or "3-5-2020".
func (p *parser) dayDash(k int) bool {
	if !p.punct(k, '-') || k < 1 || k+1 >= len(p.toks) {
		return false
	}
	a, b := &p.toks[k-1], &p.toks[k+1]
	if a.cls != clsNum || b.cls != clsNum && b.cls != clsOrd || a.ndig > 2 || b.ndig > 2 {
		return false
	}
	return !p.punct(k+2, '-') && !p.punct(k+2, '/') && !p.punct(k-2, '-') && !p.punct(k-2, '/')
}

// explicitDate resolves what explicit read: the date itself when the year
// is written, else the month-day nearest pub in the direction fut says; and
// the last day of a range, in the year of the first or the one after.
func (p *parser) explicitDate(from, to when, fut bool) (t time.Time, through when, ok bool) {
	if from.y != 0 {
		t = date(from.y, from.m, from.d)
	} else if t, ok = p.monthDay(from.m, from.d, fut); !ok {
		return t, through, false
	}
	if to.m == 0 {
		return t, through, true
	}
	y := to.y
	if y == 0 {
		y = t.Year()
		if to.before(from) {
			y++
		}
	}
	if to.d > daysIn(y, to.m) {
		return t, through, false
	}
	return t, when{y, to.m, to.d}, true
}

// monthDay returns the latest m/d not after pub, or with fut the earliest
// not before it. February 29 looks as far as the nearest leap year.
func (p *parser) monthDay(m, d int, fut bool) (time.Time, bool) {
	y := p.py
	for range 9 {
		if d <= daysIn(y, m) {
			t := date(y, m, d)
			if fut && !t.Before(p.pub) || !fut && !t.After(p.pub) {
				return t, true
			}
		}
		if fut {
			y++
		} else {
			y--
		}
	}
	return time.Time{}, false
}

// dayOfMonth resolves "on the 9th": that day of pub's month, or of the month
// before (after, with fut) when that would cross pub.
func (p *parser) dayOfMonth(d int, fut bool) (time.Time, bool) {
	step := -1
	if fut {
		step = 1
	}
	for n := 0; n != 4*step; n += step {
		t := p.monthStart(n)
		y, m := t.Year(), int(t.Month())
		if d > daysIn(y, m) {
			continue
		}
		t = date(y, m, d)
		if fut && !t.Before(p.pub) || !fut && !t.After(p.pub) {
			return t, true
		}
	}
	return time.Time{}, false
}

// Weekday resolution modes.
const (
	onOrBefore = iota
	before
	after
	onOrAfter
)

func (p *parser) weekday(wd int, mode int) time.Time {
	back := (p.pwd - wd + 7) % 7
	fwd := (wd - p.pwd + 7) % 7
	switch mode {
	case before:
		if back == 0 {
			back = 7
		}
		return p.days(-back)
	case after:
		if fwd == 0 {
			fwd = 7
		}
		return p.days(fwd)
	case onOrAfter:
		return p.days(fwd)
	}
	return p.days(-back)
}

// fut reports whether the expression that spans tokens [start, end)
// resolves forward. The words right around it decide when they can: a
// past-tense verb next to it ("met on Sunday", "France on Wednesday
// condemned", "said in a statement on Wednesday") makes it past, and "will"
// or "shall" before it in the same clause makes it future. Otherwise the
// sentence's tense, as the caller gave it, decides.
func (p *parser) fut(start, end int) bool {
	switch p.localTense(start, end) {
	case past:
		return false
	case future:
		return true
	}
	return p.future
}

// Tenses localTense can find.
const (
	unknown = iota
	past
	future
)

// localTense looks at up to six words before the expression, stopping at
// punctuation and at words that open a clause or an infinitive, and then
// at the word right after it ("France on Wednesday condemned").
func (p *parser) localTense(start, end int) int {
	if v := p.tenseBefore(start); v != unknown {
		return v
	}
	if end < len(p.toks) {
		return p.verbTense(end)
	}
	return unknown
}

// tenseBefore looks for a verb among the six words before token start.
func (p *parser) tenseBefore(start int) int {
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		if p.toks[k].cls != clsWord {
			return unknown
		}
		if v := p.verbTense(k); v != unknown {
			return v
		}
		switch p.toks[k].w.id {
		case wClause, wWould:
			return unknown
		case wTo:
			// "to visit" opens an infinitive; "to Baku" is a preposition.
			if k+1 != start && !p.capitalized(k+1) {
				return unknown
			}
		}
	}
	return unknown
}

// verbTense returns the tense the word at k shows by itself: future for
// "will", "shall" and "'ll", past for a past-tense verb ("said", "met",
// "attacked") that no auxiliary before it turns into a participle or an
// infinitive ("will be held", "to be signed", "is finished").
func (p *parser) verbTense(k int) int {
	t := &p.toks[k]
	if t.cls != clsWord {
		return unknown
	}
	switch t.w.id {
	case wWill, wShall:
		if p.futureWill(k) {
			return future
		}
		return unknown
	case wLl:
		if p.contraction(k) {
			return future
		}
		return unknown
	}
	if !p.pastVerb(k) {
		return unknown
	}
	switch w := p.word(k - 1); {
	case w.id == wWill || w.id == wShall || w.id == wWould || w.id == wModal || w.id == wTo || w.id == wBe,
		w.id == wIs || w.id == wAre || w.id == wAm,
		w.kind == kMonth && w.val == 5 && !p.capitalized(k-1): // "may have"
		return unknown
	}
	return past
}

// pastVerb reports whether the word at k is a past-tense verb: a reporting
// verb, a common irregular past, or a lower-case word of five letters or
// more ending in -ed that the table does not know as something else.
func (p *parser) pastVerb(k int) bool {
	t := &p.toks[k]
	switch t.w.kind {
	case kReport, kPast:
		return true
	case 0:
		n := t.end - t.start
		return t.caps == 0 && n >= 5 && p.s[t.end-2] == 'e' && p.s[t.end-1] == 'd'
	}
	return false
}

func equalFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// Head matchers.

// explicitHead matches a day-first date at an ordinal: "9th of November".
func (p *parser) explicitHead(j, start int) (res, bool) {
	from, to, n, ok := p.explicit(j)
	if !ok {
		return res{}, false
	}
	t, through, ok := p.explicitDate(from, to, p.fut(start, n))
	p.through = through
	return res{n, t, annals.PrecisionDay}, ok
}

// numHead matches what can start with a number: an ISO date, a day-first
// date, "3 days ago", "in 3 days", and a year after a preposition.
func (p *parser) numHead(j int, c ctx, start int) (res, bool) {
	t := &p.toks[j]
	if p.numberGoesBack(j) {
		return res{}, false
	}
	if r, ok := p.iso(j); ok {
		return r, true
	}
	if r, ok := p.numeric(j); ok {
		return r, true
	}
	if r, ok := p.explicitHead(j, start); ok {
		return r, true
	}
	if t.ndig <= 4 && t.num >= 1 && !p.numberGoesOn(j) {
		if r, ok := p.countHead(j, int(t.num), c, start); ok {
			return r, true
		}
	}
	if c.has(wIn, wSince, wBy, wOf, wUntil, wTill, wBefore, wAfter, wDuring, wFrom, wThrough, wBetween, wEarly, wLate, wMid) {
		y, n, ok := p.yearAt(j)
		if !ok {
			return res{}, false
		}
		// "from 2018 to 2020", "between 2018 and 2020".
		if e, ok := p.rangeSep(n); ok {
			if y2, n2, ok := p.yearAt(e); ok && y2 > y && p.trailOK(n2, true) {
				p.through = when{y2, 1, 1}
				return res{n2, date(y, 1, 1), annals.PrecisionYear}, true
			}
		}
		if p.trailOK(n, true) && !p.countRange(n) {
			return res{n, date(y, 1, 1), annals.PrecisionYear}, true
		}
	}
	return res{}, false
}

// countRange reports whether a "to N" or "and N" after a year candidate
// shows it was a count: "from 2000 to 3000 troops", "between 1500 and
// 2500 people".
func (p *parser) countRange(k int) bool {
	e, ok := p.rangeSep(k)
	if !ok || e >= len(p.toks) || p.toks[e].cls != clsNum {
		return false
	}
	_, n, ok := p.yearAt(e)
	return !ok || !p.trailOK(n, true)
}

// iso matches a year-first numeric date: 2020-11-09 or 2020/11/09.
func (p *parser) iso(j int) (res, bool) {
	if j+4 >= len(p.toks) || p.toks[j].ndig != 4 {
		return res{}, false
	}
	sep := p.toks[j+1]
	if sep.cls != clsPunct || (sep.ch != '-' && sep.ch != '/') || !p.punct(j+3, sep.ch) {
		return res{}, false
	}
	for k := j; k < j+4; k++ {
		if !p.adjacent(k, k+1) {
			return res{}, false
		}
	}
	mt, dt := &p.toks[j+2], &p.toks[j+4]
	if mt.cls != clsNum || dt.cls != clsNum || mt.ndig > 2 || dt.ndig > 2 || p.numberGoesOn(j+4) {
		return res{}, false
	}
	y, m, d := int(p.toks[j].num), int(mt.num), int(dt.num)
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return res{}, false
	}
	return res{j + 5, date(y, m, d), annals.PrecisionDay}, true
}

// numeric matches a day-and-month-first numeric date with a four-digit
// year, when its order is certain: with dots it is day first, as every
// locale that writes dots has it (09.11.2020); with slashes or hyphens it
// is day first when the first number cannot be a month (25/12/2020) and
// month first when the second cannot (12/25/2020). "09/11/2020", which
// British and American copy read differently, is read in the order of the
// copy's locale, and left alone when that is unknown: a wrong date is
// worse than none.
func (p *parser) numeric(j int) (res, bool) {
	if j+4 >= len(p.toks) || p.toks[j].ndig > 2 || p.toks[j+2].ndig > 2 || p.toks[j+4].ndig != 4 {
		return res{}, false
	}
	sep := p.toks[j+1]
	if sep.cls != clsPunct || (sep.ch != '.' && sep.ch != '/' && sep.ch != '-') || !p.punct(j+3, sep.ch) {
		return res{}, false
	}
	for k := j; k < j+4; k++ {
		if !p.adjacent(k, k+1) {
			return res{}, false
		}
	}
	if p.toks[j+2].cls != clsNum || p.toks[j+4].cls != clsNum || p.numberGoesOn(j+4) {
		return res{}, false
	}
	a, b, y := int(p.toks[j].num), int(p.toks[j+2].num), int(p.toks[j+4].num)
	d, m := a, b
	switch {
	case sep.ch == '.':
	case a > 12 && b <= 12:
	case b > 12 && a <= 12:
		d, m = b, a
	case a == b:
	case p.order == DayFirst:
	case p.order == MonthFirst:
		d, m = b, a
	default:
		return res{}, false
	}
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return res{}, false
	}
	return res{j + 5, date(y, m, d), annals.PrecisionDay}, true
}

// monthHead matches what starts with a month name: "November 9, 2020",
// "Nov. 9", "November 2020", and a bare month after a preposition.
func (p *parser) monthHead(j int, c ctx, start int) (res, bool) {
	m, abbr, n, ok := p.monthAt(j)
	if !ok {
		return res{}, false
	}
	if _, _, _, ok := p.explicit(j); ok {
		return p.explicitHead(j, start)
	}
	if _, _, ok := p.dayAt(n); ok {
		// A day that does not fit the month: "April 31".
		return res{}, false
	}
	if y, n, ok := p.yearAt(n); ok {
		// "from March 2019 to May 2020", "March-May 2020".
		if m2, y2, n2, ok := p.monthRange(n); ok {
			if y2 == 0 {
				y2 = y
			}
			if date(y2, m2, 1).After(date(y, m, 1)) {
				p.through = when{y2, m2, 1}
				return res{n2, date(y, m, 1), annals.PrecisionMonth}, true
			}
		}
		return res{n, date(y, m, 1), annals.PrecisionMonth}, true
	}
	if abbr || !p.bareMonthOK(j, n, c) {
		return res{}, false
	}
	// "from March to May 2020": the year at the end is the range's.
	m2, y2, n2, isRange := p.monthRange(n)
	if isRange && m2 == m {
		isRange = false
	}
	if isRange && y2 != 0 {
		y := y2
		if m > m2 {
			y--
		}
		p.through = when{y2, m2, 1}
		return res{n2, date(y, m, 1), annals.PrecisionMonth}, true
	}
	if isRange {
		n = n2
	}
	y := p.py
	if p.fut(start, n) {
		if m < p.pm {
			y++
		}
	} else if m > p.pm {
		y--
	}
	if isRange {
		y2 = y
		if m2 < m {
			y2++
		}
		p.through = when{y2, m2, 1}
	}
	return res{n, date(y, m, 1), annals.PrecisionMonth}, true
}

// monthRange reads the end of a range of months at k ("to May 2020",
// "- May", "and June" after "between") and returns the month, its year (0
// when none is written) and the token after.
func (p *parser) monthRange(k int) (m, y, n int, ok bool) {
	e, ok := p.rangeSep(k)
	if !ok {
		return 0, 0, 0, false
	}
	m, abbr, n, ok := p.monthAt(e)
	if !ok || abbr {
		return 0, 0, 0, false
	}
	if _, _, ok := p.dayIn(n); ok {
		// "from March to May 5" is not a range of months.
		return 0, 0, 0, false
	}
	if y, n2, ok := p.yearAt(n); ok {
		return m, y, n2, true
	}
	return m, 0, n, true
}

// bareMonthOK reports whether the month name at j, with no day or year,
// reads as a month in context c. "May" is also a modal verb and a surname,
// so it needs a stronger context and a harmless word after it.
func (p *parser) bareMonthOK(j, n int, c ctx) bool {
	if p.word(j).flags&fNeedCap != 0 && p.word(j).val == 5 {
		return c.has(wIn, wSince, wEarly, wLate, wMid, wUntil, wTill, wDuring) && p.trailOK(n, false)
	}
	return c.has(wIn, wSince, wDuring, wBy, wUntil, wTill, wBefore, wAfter, wFrom, wOf, wThrough, wBetween, wEarly, wLate, wMid)
}

// weekdayHead matches a weekday: "on Thursday", "Monday night", and a
// weekday before an explicit date, "Thursday, April 8, 2021".
func (p *parser) weekdayHead(j int, c ctx, start int) (res, bool) {
	w := p.word(j)
	abbr := w.flags&fAbbr != 0
	if abbr && !p.capitalized(j) {
		return res{}, false
	}
	k := j + 1
	if abbr && p.punct(k, '.') && p.adjacent(j, k) {
		k++
	}
	if p.punct(k, ',') {
		k++
	}
	if from, to, n, ok := p.explicit(k); ok {
		t, through, ok := p.explicitDate(from, to, p.fut(start, n))
		p.through = through
		return res{n, t, annals.PrecisionDay}, ok
	}
	if abbr || p.namedDay(j, start) || start < j && c.has(wIn) {
		// "in Sunday's elections": the weekday matches on its own.
		return res{}, false
	}
	n := j + 1
	if p.word(n).kind == kPart {
		n++
	}
	mode := onOrBefore
	switch {
	case c.has(wLater):
		mode = onOrAfter
	case c.has(wEarlier):
		mode = onOrBefore
	case p.fut(start, n):
		mode = onOrAfter
	}
	return res{n, p.weekday(int(w.val), mode), annals.PrecisionDay}, true
}

// namedDay reports whether the weekday at j is part of a name: "Good
// Friday", "Mail on Sunday", "the Sunday Times".
func (p *parser) namedDay(j, start int) bool {
	k := j - 1
	for n := 0; n < 2 && p.word(k).kind == kLead; n++ {
		k--
	}
	if p.word(k).kind == kNotDay && p.capitalized(k) {
		return true
	}
	if p.is(j-1, wThe) && p.capitalized(j+1) && p.word(j+1).kind == 0 {
		return true
	}
	return false
}

// countHead matches "N units ago" and, in a future-tense sentence,
// "in N units", where the count at j is n.
func (p *parser) countHead(j, n int, c ctx, start int) (res, bool) {
	u := p.word(j + 1)
	if u.kind != kUnit || u.id == wWeekend {
		return res{}, false
	}
	var sign int
	switch {
	case p.is(j+2, wAgo):
		sign = -1
	case c.has(wIn, wWithin) && p.fut(start, j+2) && !p.is(j+2, wOf) && !p.durationIn(start):
		sign = 1
	default:
		return res{}, false
	}
	end := j + 2
	if sign < 0 {
		end++
	}
	switch u.id {
	case wDay:
		if n <= 3660 {
			return res{end, p.days(sign * n), annals.PrecisionDay}, true
		}
	case wWeek:
		if n <= 520 {
			return res{end, p.days(sign * 7 * n), annals.PrecisionDay}, true
		}
	case wFortnight:
		if n <= 260 {
			return res{end, p.days(sign * 14 * n), annals.PrecisionDay}, true
		}
	case wMonth:
		if n <= 1200 {
			return res{end, p.monthStart(sign * n), annals.PrecisionMonth}, true
		}
	case wYear:
		if n <= 200 {
			return res{end, date(p.py+sign*n, 1, 1), annals.PrecisionYear}, true
		}
	case wDecade:
		if n <= 20 {
			return res{end, date(p.py+sign*10*n, 1, 1), annals.PrecisionYear}, true
		}
	}
	return res{}, false
}

// durationIn reports whether the "in" that opens the expression at start
// measures a span rather than pointing ahead: "the first time in two
// years", "the highest level in three weeks".
func (p *parser) durationIn(start int) bool {
	k := start - 1
	if k < 0 || p.toks[k].cls != clsWord {
		return false
	}
	if id := p.toks[k].w.id; id == wTime || id == wFirst {
		return true
	}
	s := p.s[p.toks[k].start:p.toks[k].end]
	return len(s) > 4 && equalFold(s[len(s)-3:], "est")
}

// relHead matches the deictic words: today, yesterday, tomorrow, overnight,
// this/last/next ..., and phrases that start with "the".
func (p *parser) relHead(j int, c ctx, start int) (res, bool) {
	switch p.word(j).id {
	case wToday, wTonight, wOvernight:
		return res{j + 1, p.days(0), annals.PrecisionDay}, true
	case wYesterday:
		return res{p.part(j + 1), p.days(-1), annals.PrecisionDay}, true
	case wTomorrow:
		return res{p.part(j + 1), p.days(1), annals.PrecisionDay}, true
	case wThis:
		return p.thisHead(j, c, start)
	case wLast:
		return p.lastNextHead(j, -1)
	case wNext:
		return p.lastNextHead(j, 1)
	case wThe:
		return p.theHead(j, c, start)
	}
	return res{}, false
}

// part skips a part of the day at k: "yesterday morning".
func (p *parser) part(k int) int {
	if p.word(k).kind == kPart {
		return k + 1
	}
	return k
}

// mondayOf returns the Monday of pub's ISO week.
func (p *parser) mondayOf() time.Time {
	return p.days(-((p.pwd + 6) % 7))
}

// thisHead matches "this morning", "this week", "this month", "this year",
// "this Thursday", "this coming Thursday", "this March", with "earlier" or
// "later" before it.
func (p *parser) thisHead(j int, c ctx, start int) (res, bool) {
	k := j + 1
	w := p.word(k)
	switch {
	case w.kind == kPart && w.id != wNight:
		return res{k + 1, p.days(0), annals.PrecisionDay}, true
	case w.id == wWeek && w.flags&fPlural == 0:
		t := p.days(0)
		switch {
		case c.has(wEarlier):
			// The Monday of the week, or the day before a Monday's pub.
			if t = p.mondayOf(); t.Equal(p.pub) {
				t = p.days(-1)
			}
		case c.has(wLater):
			t = p.days(1)
		}
		return res{k + 1, t, annals.PrecisionDay}, true
	case w.id == wWeekend && w.flags&fPlural == 0:
		return p.weekend(k, start, false, false)
	case w.id == wMonth && w.flags&fPlural == 0:
		return res{k + 1, p.monthStart(0), annals.PrecisionMonth}, true
	case w.id == wYear && w.flags&fPlural == 0:
		return res{k + 1, date(p.py, 1, 1), annals.PrecisionYear}, true
	case w.kind == kWeekday && w.flags&fAbbr == 0:
		n := p.part(k + 1)
		mode := onOrBefore
		if p.fut(start, n) {
			mode = onOrAfter
		}
		return res{n, p.weekday(int(w.val), mode), annals.PrecisionDay}, true
	case w.id == wComing:
		if d := p.word(k + 1); d.kind == kWeekday && d.flags&fAbbr == 0 {
			return res{p.part(k + 2), p.weekday(int(d.val), after), annals.PrecisionDay}, true
		}
	case w.kind == kMonth:
		if m, abbr, n, ok := p.monthAt(k); ok && !abbr {
			return res{n, date(p.py, m, 1), annals.PrecisionMonth}, true
		}
	}
	return res{}, false
}

// lastNextHead matches "last night", "last week", "next month", "last
// year", "next Thursday", "last March", "next weekend"; dir is -1 for
// "last" and 1 for "next". "the last week" and "the next year" are spans,
// not dates, and do not match.
func (p *parser) lastNextHead(j, dir int) (res, bool) {
	if p.is(j-1, wThe) {
		return res{}, false
	}
	k := j + 1
	w := p.word(k)
	if w.flags&fPlural != 0 {
		return res{}, false
	}
	switch {
	case w.id == wNight && dir < 0:
		return res{k + 1, p.days(-1), annals.PrecisionDay}, true
	case w.id == wWeek:
		return res{k + 1, p.days(7 * dir), annals.PrecisionDay}, true
	case w.id == wWeekend:
		return p.weekend(k, j, dir < 0, dir > 0)
	case w.id == wMonth:
		return res{k + 1, p.monthStart(dir), annals.PrecisionMonth}, true
	case w.id == wYear:
		return res{k + 1, date(p.py+dir, 1, 1), annals.PrecisionYear}, true
	case w.kind == kWeekday && w.flags&fAbbr == 0:
		mode := before
		if dir > 0 {
			mode = after
		}
		return res{p.part(k + 1), p.weekday(int(w.val), mode), annals.PrecisionDay}, true
	case w.kind == kMonth:
		m, abbr, n, ok := p.monthAt(k)
		if !ok || abbr {
			break
		}
		y := p.py
		if dir < 0 && m >= p.pm {
			y--
		} else if dir > 0 && m <= p.pm {
			y++
		}
		return res{n, date(y, m, 1), annals.PrecisionMonth}, true
	}
	return res{}, false
}

// weekend resolves a weekend at token k to its Saturday.
func (p *parser) weekend(k, start int, last, next bool) (res, bool) {
	mode := onOrBefore
	switch {
	case last:
		mode = before
	case next:
		mode = after
	case p.fut(start, k+1):
		mode = onOrAfter
	}
	return res{k + 1, p.weekday(int(time.Saturday), mode), annals.PrecisionDay}, true
}

// theHead matches "the day before yesterday", "the day after tomorrow",
// "the 9th of November", "on the 9th" and "over the weekend".
func (p *parser) theHead(j int, c ctx, start int) (res, bool) {
	k := j + 1
	if p.is(k, wDay) && p.word(k).flags&fPlural == 0 {
		switch {
		case p.is(k+1, wBefore) && p.is(k+2, wYesterday):
			return res{k + 3, p.days(-2), annals.PrecisionDay}, true
		case p.is(k+1, wAfter) && p.is(k+2, wTomorrow):
			return res{k + 3, p.days(2), annals.PrecisionDay}, true
		}
		return res{}, false
	}
	if p.is(k, wWeekend) && p.word(k).flags&fPlural == 0 && c.has(wOver, wAt, wDuring, wOn, wBy, wSince, wUntil, wTill, wBefore, wAfter) {
		return p.weekend(k, start, false, false)
	}
	if k >= len(p.toks) || p.toks[k].cls != clsOrd {
		return res{}, false
	}
	if r, ok := p.explicitHead(k, start); ok {
		return r, true
	}
	if !c.has(wOn, wSince, wBy, wUntil, wTill, wFrom, wBefore, wAfter) {
		return res{}, false
	}
	d, n, ok := p.dayAt(k)
	if !ok || !p.trailOK(n, true) {
		return res{}, false
	}
	t, ok := p.dayOfMonth(d, p.fut(start, n))
	return res{n, t, annals.PrecisionDay}, ok
}
