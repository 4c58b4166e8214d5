package tabari

import (
	"fmt"
	"strings"
)

// Code is one bracketed code as written in a dictionary: "[FRDGOV]",
// "[FRDGOV 991201-010114]", "[032:033]", "[~GOV]", "[-7]".
type Code struct {
	// Raw is the text inside the brackets, trimmed.
	Raw string
	// Value is the code without its date restriction and without blanks:
	// an actor code ("FRDGOV", or "FRD/SYL" for a compound actor), an
	// agent code ("~GOV" is appended to the actor's code, "NGO~" put
	// before it), an event code ("032:033" is a paired code, "100!"
	// carries TABARI's '!' marker), a time shift in days ("-7", "+30"), or
	// one of the special codes: "---" (null: matches but codes nothing),
	// "###" (discard the sentence), "+++" (complex: do not code).
	Value string
	// When restricts the code to a span of dates; the zero value (Always)
	// means it always applies. A code without a restriction that follows
	// restricted ones is the default outside them.
	When When
}

// Paired splits an event code at its ':' into the code and the paired
// code ("032:033" gives "032", "033", true). TABARI codes the paired code
// in the other direction (target to source); PETRARCH-2 reads the two
// halves as the active and passive codes ("[:173]" has only a passive one).
func (c Code) Paired() (first, second string, ok bool) {
	return strings.Cut(c.Value, ":")
}

// Parts splits a compound actor code ("FRD/SYL") into its actors.
func (c Code) Parts() []string { return strings.Split(c.Value, "/") }

// Days returns the shift of a TABARI time code ("-7" is a week earlier).
func (c Code) Days() (int, bool) {
	v := c.Value
	sign := 1
	switch {
	case strings.HasPrefix(v, "+"):
		v = v[1:]
	case strings.HasPrefix(v, "-"):
		v, sign = v[1:], -1
	}
	if v == "" || len(v) > 5 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
		n = n*10 + int(v[i]-'0')
	}
	return sign * n, true
}

// Special codes.
const (
	NullCode    = "---" // matches and blocks shorter patterns but codes nothing
	DiscardCode = "###" // the sentence (or story) is not coded at all
	ComplexCode = "+++" // the sentence is too complex to code
)

// WhenKind says how a date restriction bounds a code.
type WhenKind uint8

// Date restrictions, as TABARI writes them. Both ends are inclusive ("or
// equal", in PETRARCH's documentation of the same syntax).
const (
	Always  WhenKind = iota // no restriction
	Before                  // "<YYMMDD": on or before To
	After                   // ">YYMMDD": on or after From
	Between                 // "YYMMDD-YYMMDD": from From to To
)

// String names the kind: "always", "before", "after", "between".
func (k WhenKind) String() string {
	switch k {
	case Always:
		return "always"
	case Before:
		return "before"
	case After:
		return "after"
	case Between:
		return "between"
	}
	return fmt.Sprintf("when(%d)", uint8(k))
}

// When is a date restriction on a code.
type When struct {
	Kind     WhenKind
	From, To Date
}

// Applies reports whether the restriction holds on day d.
func (w When) Applies(d Date) bool {
	v := d.Int()
	switch w.Kind {
	case Before:
		return v <= w.To.Int()
	case After:
		return v >= w.From.Int()
	case Between:
		return v >= w.From.Int() && v <= w.To.Int()
	}
	return true
}

// Date is a calendar day as written in a dictionary. Two-digit years are
// read as KEDS, TABARI and PETRARCH read them: 00-30 are 20xx, 31-99 19xx.
type Date struct {
	Year, Month, Day int
}

// Int returns the date as the number YYYYMMDD, so that dates compare as integers.
func (d Date) Int() int { return d.Year*10000 + d.Month*100 + d.Day }

// String returns "YYYY-MM-DD".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Valid reports whether the day exists in its month.
func (d Date) Valid() bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// Normal rolls a day past the end of its month into the next month
// ("June 31" is July 1), as day-count arithmetic on it would.
func (d Date) Normal() Date {
	for d.Month >= 1 && d.Month <= 12 && d.Day > daysIn(d.Year, d.Month) {
		d.Day -= daysIn(d.Year, d.Month)
		d.Month++
		if d.Month > 12 {
			d.Month, d.Year = 1, d.Year+1
		}
	}
	return d
}

func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// eventCode reads the contents of a verb or pattern bracket. Blanks are
// dropped, as TABARI's storeCode did ("[- - -]" is "---").
func eventCode(raw string, n int, fs *faults) Code {
	v := strings.Join(strings.Fields(raw), "")
	c := Code{Raw: raw, Value: v}
	if v == "" {
		fs.add(n, FaultCode, "empty code []: TABARI stored the null code ---")
		c.Value = NullCode
		return c
	}
	if !plausibleEvent(v) {
		fs.add(n, FaultOddCode, "event code %q is not a CAMEO code (kept as written)", raw)
	}
	return c
}

// plausibleEvent reports whether v looks like an event code: 3 or 4
// digits (or a special code), optionally paired with ':' and marked '!'.
func plausibleEvent(v string) bool {
	v = strings.TrimSuffix(v, "!")
	a, b, paired := strings.Cut(v, ":")
	ok := func(s string) bool {
		if s == NullCode || s == DiscardCode || s == ComplexCode {
			return true
		}
		if len(s) < 3 || len(s) > 4 {
			return false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if !paired {
		return ok(a)
	}
	return (a == "" || ok(a)) && ok(b)
}

// actorCode reads the contents of an actor bracket: a code and an optional
// date restriction. It reports faults and returns ok=false when the group
// cannot be used (TABARI refused such a line).
func actorCode(raw string, n int, fs *faults) (Code, bool) {
	c := Code{Raw: raw}
	f := strings.Fields(raw)
	if len(f) == 0 {
		fs.add(n, FaultCode, "empty code []: TABARI stored the null code ---")
		c.Value = NullCode
		return c, true
	}
	if strings.Trim(strings.Join(f, ""), "-") == "" {
		c.Value = NullCode // "[- - -]"
		return c, true
	}
	first := f[0]
	if first[0] == '<' || first[0] == '>' || (first[0] >= '0' && first[0] <= '9') {
		fs.add(n, FaultCode, "date restriction %q without a code: left out, as TABARI refused it", raw)
		return c, false
	}
	c.Value = first
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return c, true
	}
	w, ok := parseWhen(rest, n, fs)
	if !ok {
		return c, false
	}
	c.When = w
	return c, true
}

// parseWhen reads "<YYMMDD", ">YYMMDD" or "YYMMDD-YYMMDD" (blanks removed).
func parseWhen(s string, n int, fs *faults) (When, bool) {
	var w When
	switch s[0] {
	case '<', '>':
		d, ok := parseDate(s[1:], n, fs)
		if !ok {
			return w, false
		}
		if s[0] == '<' {
			w.Kind, w.To = Before, d
		} else {
			w.Kind, w.From = After, d
		}
		return w, true
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		fs.add(n, FaultDate, "date restriction %q is not <date, >date or date-date: left out", s)
		return w, false
	}
	from, ok1 := parseDate(a, n, fs)
	to, ok2 := parseDate(b, n, fs)
	if !ok1 || !ok2 {
		return w, false
	}
	w.Kind, w.From, w.To = Between, from, to
	if to.Int() < from.Int() {
		fs.add(n, FaultDateOrder, "interval %s ends before it starts: kept, so it never applies (PETRARCH-1 refused it)", s)
	}
	return w, true
}

// parseDate reads YYMMDD or YYYYMMDD.
func parseDate(s string, n int, fs *faults) (Date, bool) {
	var d Date
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			fs.add(n, FaultDate, "date %q is not YYMMDD or YYYYMMDD: restriction left out, as TABARI (DATE_INVLD) and PETRARCH did", s)
			return d, false
		}
	}
	num := func(t string) int {
		v := 0
		for i := 0; i < len(t); i++ {
			v = v*10 + int(t[i]-'0')
		}
		return v
	}
	switch len(s) {
	case 7:
		fs.add(n, FaultDate, "date %q has 7 digits: read as YYMMDD from its first six, as PETRARCH-1 did", s)
		s = s[:6]
		fallthrough
	case 6:
		d.Year = num(s[:2])
		if d.Year <= 30 {
			d.Year += 2000
		} else {
			d.Year += 1900
		}
		d.Month, d.Day = num(s[2:4]), num(s[4:6])
	case 8:
		d.Year, d.Month, d.Day = num(s[:4]), num(s[4:6]), num(s[6:8])
	default:
		fs.add(n, FaultDate, "date %q is not YYMMDD or YYYYMMDD: restriction left out, as TABARI (DATE_INVLD) and PETRARCH did", s)
		return d, false
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		fs.add(n, FaultDate, "date %q has no such month or day: restriction left out, as TABARI (MONTH_OOR, DAY_OOR) and PETRARCH did", s)
		return d, false
	}
	if !d.Valid() {
		fs.add(n, FaultCalendar, "date %q is %s, a day past the end of its month: kept, as TABARI kept it (PETRARCH-1 refused it)", s, d)
	}
	return d, true
}

// ParseEventCode reads the text inside the brackets of a verb or pattern
// line ("032:033"), reporting an empty or odd code at pos.
func ParseEventCode(pos Pos, raw string) (Code, []Fault) {
	fs := &faults{file: pos.File}
	c := eventCode(raw, pos.Line, fs)
	return c, fs.list
}
