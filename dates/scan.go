package dates

import "unicode/utf8"

// This file turns a sentence into tokens without regular expressions and
// without allocating, and knows the few hundred words the resolver cares about.

// Token classes.
const (
	clsWord  uint8 = iota + 1 // ASCII letters only
	clsNum                    // ASCII digits only
	clsOrd                    // digits followed by st, nd, rd or th: "9th"
	clsPunct                  // one punctuation mark
	clsOther                  // anything else: "F16", "1990s", words with non-ASCII letters
)

// Capitalisation of a word token.
const (
	capFirst uint8 = 1 << iota // the first letter is upper case
	capAll                     // the first two letters are upper case: "WILL", "MAY"
)

// token is one word, number or punctuation mark of a sentence. Offsets are
// bytes into the sentence and always fall on ASCII characters or on the
// boundaries of a recognised multi-byte punctuation sequence, so slicing the
// sentence with them is safe even when the sentence is not valid UTF-8.
type token struct {
	start, end int
	num        int32 // value of a number or ordinal; -1 when it has more than 9 digits
	w          word  // what a word token means; zero for unknown words
	cls        uint8
	caps       uint8
	ndig       uint8 // digits in a number or ordinal, saturating at 255
	ch         byte  // a punctuation token's ASCII form
}

// Byte classes for the scanner.
const (
	bSpace uint8 = iota
	bLetter
	bDigit
	bHigh // a byte of a multi-byte UTF-8 sequence (or invalid)
	bPunct
)

var byteClass = func() (c [256]uint8) {
	for b := range 256 {
		switch {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z':
			c[b] = bLetter
		case b >= '0' && b <= '9':
			c[b] = bDigit
		case b >= 0x80:
			c[b] = bHigh
		case b == ' ', b == '\t', b == '\n', b == '\r', b == '\v', b == '\f', b < 0x20, b == 0x7f:
			c[b] = bSpace
		default:
			c[b] = bPunct
		}
	}
	return c
}()

// highRune reads the non-ASCII character at s[i] and returns its length
// and, when it separates words, the ASCII character that stands in for it:
// ' ' for a space or an invalid byte, '-' for a dash, '\” and '"' for
// quotes, '?' for other punctuation. ch is 0 for a letter of another script,
// which joins the word around it. The separators are the Latin-1 punctuation
// U+00A0–U+00BF and the General Punctuation block U+2000–U+206F, which news
// text uses where plain text would use ASCII.
func highRune(s string, i int) (n int, ch byte) {
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n <= 1:
		return 1, ' '
	case r == 0xA0, r == 0xFEFF, r >= 0x2000 && r <= 0x200F, r >= 0x2028 && r <= 0x202F, r >= 0x205F && r <= 0x206F:
		return n, ' '
	case r == 0xAB, r == 0xBB, r >= 0x201C && r <= 0x201F:
		return n, '"'
	case r >= 0x2018 && r <= 0x201B:
		return n, '\''
	case r >= 0x2010 && r <= 0x2015:
		return n, '-'
	case r > 0xA0 && r <= 0xBF, r >= 0x2016 && r <= 0x205E:
		return n, '?'
	}
	return n, 0
}

// scanRun reads the run of letters, digits and letters of other scripts
// that starts at s[i] into t and returns its end. t is filled in place: a
// token returned by value costs more than the scan on a short word.
func scanRun(s string, i int, t *token) int {
	t.start = i
	var (
		key                   uint64
		letters, digits, high int
		lettersAfterDigits    int
		value                 int64
	)
	j := i
loop:
	for ; j < len(s); j++ {
		c := s[j]
		switch byteClass[c] {
		case bLetter:
			l := c | 0x20
			if letters < maxKeyLetters {
				key = key<<5 | uint64(l-'a'+1)
			}
			letters++
			if digits > 0 {
				lettersAfterDigits++
			}
		case bDigit:
			if letters > 0 {
				// A digit after a letter ("F16", "G20"): nothing we read.
				high++
			}
			if digits < 10 {
				value = value*10 + int64(c-'0')
			}
			if digits < 255 {
				digits++
			}
		case bHigh:
			n, ch := highRune(s, j)
			if ch != 0 {
				break loop
			}
			high++
			j += n - 1
		default:
			break loop
		}
	}
	t.end = j
	if s[i] >= 'A' && s[i] <= 'Z' {
		t.caps |= capFirst
		if j-i > 1 && s[i+1] >= 'A' && s[i+1] <= 'Z' {
			t.caps |= capAll
		}
	}
	switch {
	case high > 0:
		t.cls = clsOther
	case digits == 0:
		t.cls = clsWord
		if letters <= maxKeyLetters {
			t.w = lookup(key)
		}
	case letters == 0:
		t.cls = clsNum
	case lettersAfterDigits == 2 && letters == 2 && ordinalSuffix(s[j-2], s[j-1]):
		t.cls = clsOrd
	default:
		t.cls = clsOther
	}
	if t.cls == clsNum || t.cls == clsOrd {
		t.ndig = uint8(digits)
		t.num = -1
		if digits <= 9 {
			t.num = int32(value)
		}
	}
	return j
}

func ordinalSuffix(a, b byte) bool {
	a, b = a|0x20, b|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		c := s[i]
		switch byteClass[c] {
		case bSpace:
			i++
		case bPunct:
			toks = append(toks, token{start: i, end: i + 1, cls: clsPunct, ch: c})
			i++
		default:
			if c >= 0x80 {
				if n, ch := highRune(s, i); ch != 0 {
					if ch != ' ' {
						toks = append(toks, token{start: i, end: i + n, cls: clsPunct, ch: ch})
					}
					i += n
					continue
				}
			}
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			if c >= 0x80 {
				i = scanRun(s, i, t)
				continue
			}
			// Fast path for a plain ASCII word, the common token.
			key, j := uint64(0), i
			for ; j < len(s); j++ {
				v := s[j] | 0x20 - 'a'
				if v > 'z'-'a' {
					break
				}
				key = key<<5 | uint64(v+1)
			}
			if j == i || j < len(s) && byteClass[s[j]] != bSpace && byteClass[s[j]] != bPunct {
				// A number, or a word with digits or letters of other scripts.
				i = scanRun(s, i, t)
				continue
			}
			t.start, t.end, t.cls = i, j, clsWord
			if n := j - i; n <= maxKeyLetters && wordLens[c|0x20-'a']&(1<<n) != 0 {
				t.w = lookup(key)
			}
			if c < 'a' {
				t.caps = capFirst
				if j-i > 1 && s[i+1] < 'a' {
					t.caps |= capAll
				}
			}
			i = j
		}
	}
	return toks
}

// A trigger says which words firstTrigger looks for.
type trigger struct {
	flag   uint8       // the word flag that marks a trigger word
	lens   *[26]uint16 // for each first letter, the lengths of the trigger words
	digits bool        // whether a digit is a trigger too
}

var (
	// dateTrigger finds a digit or a word that can anchor a date expression.
	dateTrigger = trigger{fTrigger, &triggerLens, true}
	// futureTrigger finds a word FutureTense has a rule for.
	futureTrigger = trigger{fFutTrig, &futureLens, false}
)

// firstTrigger returns the offset of the first run of letters or digits in
// s that holds a trigger, or -1 when there is none. It is the fast
// rejection path: a table load per byte, a mask test per word, and a hash
// probe only for the few words that pass the mask.
func firstTrigger(s string, tr trigger) int {
	for i := 0; i < len(s); {
		c := s[i]
		switch byteClass[c] {
		case bDigit:
			if tr.digits {
				return i
			}
			i++
		case bLetter:
			// Inline the scan of a plain ASCII word so that the rejection
			// path builds no tokens.
			first := c | 0x20 - 'a'
			key := uint64(0)
			j := i
			for ; j < len(s); j++ {
				v := s[j] | 0x20 - 'a'
				if v > 'z'-'a' {
					break
				}
				key = key<<5 | uint64(v+1)
			}
			if j < len(s) {
				switch byteClass[s[j]] {
				case bDigit:
					// "F16", "9th" after letters: never a trigger word.
					if tr.digits {
						return i
					}
					i = skipForeign(s, j)
					continue
				case bHigh:
					if _, ch := highRune(s, j); ch == 0 {
						// A word with letters of another script is never a
						// trigger: skip the rest of it.
						i = skipForeign(s, j)
						continue
					}
				}
			}
			if n := j - i; n <= maxKeyLetters && tr.lens[first]&(1<<n) != 0 && lookup(key).flags&tr.flag != 0 {
				return i
			}
			i = j
		case bHigh:
			n, ch := highRune(s, i)
			if ch == 0 {
				i = skipForeign(s, i)
				continue
			}
			i += n
		default:
			i++
		}
	}
	return -1
}

// windowStart returns where to start tokenizing s so that the tokens
// before pos that a matcher may look back at are still there: the start of
// the words-th word before pos. It only ever cuts after ASCII white space,
// so the tokens from there on are those of the whole sentence.
func windowStart(s string, pos, words int) int {
	for j := pos - 1; j >= 0; j-- {
		if byteClass[s[j]] == bSpace && j+1 < len(s) && byteClass[s[j+1]] != bSpace {
			words--
			if words == 0 {
				return j + 1
			}
		}
	}
	return 0
}

// skipForeign returns the end of the word with letters of another script
// that runs through s[i]. A digit inside it makes it a word we do not read
// ("Über2"), so digits are skipped too.
func skipForeign(s string, i int) int {
	for i < len(s) {
		switch byteClass[s[i]] {
		case bLetter, bDigit:
			i++
		case bHigh:
			n, ch := highRune(s, i)
			if ch != 0 {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

// word is what the resolver knows about a word.
type word struct {
	id    uint8
	kind  uint8
	val   int8 // month 1–12, weekday 0–6 (Sunday 0), or a number word's value
	flags uint8
}

// Word kinds.
const (
	kLead    uint8 = iota + 1 // a preposition or modifier that may open an expression: "on", "in", "early"
	kCtx                      // context that is not part of the expression: "of"
	kMonth                    // a month name or abbreviation
	kWeekday                  // a weekday name or abbreviation
	kRel                      // a deictic word: "today", "last", "this", "the"
	kUnit                     // "day", "week", "month", "year", "weekend"...
	kPart                     // a part of the day: "morning", "night"
	kNumber                   // a number word: "a", "two"
	kNotDay                   // a word that makes the next weekday a name: "Good Friday", "Mail on Sunday"
	kReport                   // a reporting verb in the past tense: "said"
	kPast                     // another past tense that does not end in -ed: "met"
	kFut                      // a word FutureTense looks at
	kPlain                    // a word with only flags
)

// Word flags.
const (
	fTrigger uint8 = 1 << iota // the word can anchor an expression; Find looks for it first
	fAbbr                      // an abbreviation ("Nov", "Thu"): only counts before a day number
	fNeedCap                   // the name is also a common word ("May", "March", "August")
	fFunc                      // a function word: may follow a bare year without making it a count
	fDet                       // a determiner or adjective: "will" after it is a noun
	fPlural                    // a plural unit: "days"
	fFutTrig                   // FutureTense has a rule that starts at this word
)

// Word ids. Lead and context words come first: their ids are bit positions
// in the context sets the matcher passes around, so they must stay below 32.
const (
	wNone uint8 = iota
	wOn
	wIn
	wSince
	wDuring
	wBy
	wUntil
	wTill
	wBefore
	wAfter
	wFrom
	wThrough
	wWithin
	wAt
	wOver
	wEarly
	wLate
	wMid
	wEarlier
	wLater
	wOvernight
	wOf
	wBetween
	// End of context ids.
	wToday
	wTonight
	wYesterday
	wTomorrow
	wLast
	wNext
	wThis
	wComing
	wAgo
	wThe
	wDay
	wWeek
	wFortnight
	wMonth
	wYear
	wDecade
	wWeekend
	wMorning
	wAfternoon
	wEvening
	wNight
	wTime
	wFirst
	wWill
	wShall
	wLl
	wWon
	wT
	wIs
	wAre
	wAm
	wS
	wRe
	wM
	wTo
	wFor
	wExpected
	wScheduled
	wDue
	wSet
	wSlated
	wPoised
	wGoing
	wPlanning
	wPlanned
	wPlans
	wPlan
	wIntends
	wIntend
	wIntending
	wBlame
	wFew
	wAdverb // "also", "now", "still": may stand between "is" and "expected"
	wWould
	wModal  // "should", "can", "could", "might", "must"
	wBe     // "be", "been", "being"
	wClause // a word that opens a clause: "that", "which", "and"
	wPast   // an irregular past tense: "met", "held"
	wNotPast
	wTakesPlans // a verb whose object is "plans": "cancel plans to"
	wMonthName
	wWeekdayName
	wNumberWord
	wNotDay
	wReport
	wFunc
)

// ctx is a set of lead and context word ids.
type ctx uint32

func bit(id uint8) ctx {
	if id >= 32 {
		return 0
	}
	return 1 << id
}

func (c ctx) has(ids ...uint8) bool {
	for _, id := range ids {
		if c&bit(id) != 0 {
			return true
		}
	}
	return false
}

const maxKeyLetters = 12

const tableBits = 10

var table [1 << tableBits]struct {
	key uint64
	w   word
}

func hashKey(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> (64 - tableBits) }

// lookup finds a word by its packed key: five bits per lower-case letter,
// the first letter highest.
func lookup(key uint64) word {
	h := hashKey(key)
	for {
		e := &table[h]
		if e.key == key {
			return e.w
		}
		if e.key == 0 {
			return word{}
		}
		h = (h + 1) & (1<<tableBits - 1)
	}
}

func packKey(s string) uint64 {
	var key uint64
	for i := 0; i < len(s); i++ {
		key = key<<5 | uint64(s[i]|0x20-'a'+1)
	}
	return key
}

func addWord(s string, w word) {
	if len(s) > maxKeyLetters {
		panic("dates: word too long for the table: " + s)
	}
	key := packKey(s)
	h := hashKey(key)
	for table[h].key != 0 {
		if table[h].key == key {
			panic("dates: duplicate word in the table: " + s)
		}
		h = (h + 1) & (1<<tableBits - 1)
	}
	table[h].key = key
	table[h].w = w
	if w.flags&fTrigger != 0 {
		triggerLens[s[0]|0x20-'a'] |= 1 << len(s)
	}
	if w.flags&fFutTrig != 0 {
		futureLens[s[0]|0x20-'a'] |= 1 << len(s)
	}
	wordLens[s[0]|0x20-'a'] |= 1 << len(s)
}

// futureLens and wordLens are triggerLens for the words FutureTense looks
// for and for every word in the table.
var futureLens, wordLens [26]uint16

// triggerLens holds, for each first letter, the lengths of the trigger
// words that start with it, as a bit set.
var triggerLens [26]uint16

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range months {
		f := fTrigger
		if m == "may" || m == "march" || m == "august" {
			f |= fNeedCap
		}
		addWord(m, word{id: wMonthName, kind: kMonth, val: int8(i + 1), flags: f})
	}
	for _, a := range []struct {
		s string
		m int8
	}{{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
		{"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}} {
		addWord(a.s, word{id: wMonthName, kind: kMonth, val: a.m, flags: fTrigger | fAbbr})
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		addWord(d, word{id: wWeekdayName, kind: kWeekday, val: int8(i), flags: fTrigger})
	}
	for _, a := range []struct {
		s string
		d int8
	}{{"sun", 0}, {"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3}, {"thu", 4}, {"thur", 4},
		{"thurs", 4}, {"fri", 5}, {"sat", 6}} {
		addWord(a.s, word{id: wWeekdayName, kind: kWeekday, val: a.d, flags: fTrigger | fAbbr})
	}

	type entry struct {
		s     string
		id    uint8
		kind  uint8
		flags uint8
	}
	for _, e := range []entry{
		{"on", wOn, kLead, fFunc},
		{"in", wIn, kLead, fFunc},
		{"since", wSince, kLead, fFunc},
		{"during", wDuring, kLead, fFunc},
		{"by", wBy, kLead, fFunc},
		{"until", wUntil, kLead, fFunc},
		{"till", wTill, kLead, fFunc},
		{"before", wBefore, kLead, fFunc},
		{"after", wAfter, kLead, fFunc},
		{"from", wFrom, kLead, fFunc},
		{"through", wThrough, kLead, fFunc},
		{"between", wBetween, kLead, fFunc},
		{"within", wWithin, kLead, fFunc},
		{"at", wAt, kLead, fFunc},
		{"over", wOver, kLead, fFunc},
		{"early", wEarly, kLead, 0},
		{"late", wLate, kLead, 0},
		{"mid", wMid, kLead, 0},
		{"earlier", wEarlier, kLead, 0},
		{"later", wLater, kLead, fFutTrig},
		{"overnight", wOvernight, kRel, fTrigger},
		{"of", wOf, kCtx, fFunc | fDet},
		{"today", wToday, kRel, fTrigger},
		{"tonight", wTonight, kRel, fTrigger},
		{"yesterday", wYesterday, kRel, fTrigger},
		{"tomorrow", wTomorrow, kRel, fTrigger | fFutTrig},
		{"last", wLast, kRel, fFunc},
		{"next", wNext, kRel, fFunc | fFutTrig},
		{"this", wThis, kRel, fFunc},
		{"coming", wComing, kRel, fFutTrig},
		{"ago", wAgo, kRel, fTrigger},
		{"the", wThe, kRel, fFunc | fDet},
		{"day", wDay, kUnit, fTrigger},
		{"days", wDay, kUnit, fTrigger | fPlural},
		{"week", wWeek, kUnit, fTrigger},
		{"weeks", wWeek, kUnit, fTrigger | fPlural},
		{"fortnight", wFortnight, kUnit, fTrigger},
		{"fortnights", wFortnight, kUnit, fTrigger | fPlural},
		{"month", wMonth, kUnit, fTrigger},
		{"months", wMonth, kUnit, fTrigger | fPlural},
		{"year", wYear, kUnit, fTrigger},
		{"years", wYear, kUnit, fTrigger | fPlural},
		{"decade", wDecade, kUnit, fTrigger},
		{"decades", wDecade, kUnit, fTrigger | fPlural},
		{"weekend", wWeekend, kUnit, fTrigger},
		{"morning", wMorning, kPart, fTrigger},
		{"afternoon", wAfternoon, kPart, fTrigger},
		{"evening", wEvening, kPart, fTrigger},
		{"night", wNight, kPart, fTrigger},
		{"time", wTime, kPlain, 0},
		{"first", wFirst, kPlain, 0},
		{"will", wWill, kFut, fFunc | fFutTrig},
		{"shall", wShall, kFut, fFutTrig},
		{"ll", wLl, kFut, fFutTrig},
		{"won", wWon, kFut, 0},
		{"t", wT, kFut, fFutTrig},
		{"is", wIs, kFut, fFunc | fFutTrig},
		{"are", wAre, kFut, fFunc | fFutTrig},
		{"am", wAm, kFut, fFutTrig},
		{"s", wS, kFut, fFutTrig},
		{"re", wRe, kFut, fFutTrig},
		{"m", wM, kFut, fFutTrig},
		{"to", wTo, kFut, fFunc},
		{"for", wFor, kFut, fFunc},
		{"expected", wExpected, kFut, 0},
		{"scheduled", wScheduled, kFut, 0},
		{"due", wDue, kFut, 0},
		{"set", wSet, kFut, 0},
		{"slated", wSlated, kFut, 0},
		{"poised", wPoised, kFut, 0},
		{"going", wGoing, kFut, 0},
		{"planning", wPlanning, kFut, fFutTrig},
		{"planned", wPlanned, kFut, 0},
		{"plans", wPlans, kFut, fFutTrig},
		{"plan", wPlan, kFut, fFutTrig},
		{"intends", wIntends, kFut, fFutTrig},
		{"intend", wIntend, kFut, fFutTrig},
		{"intending", wIntending, kFut, fFutTrig},
		{"blame", wBlame, kFut, 0},
		{"few", wFew, kPlain, 0},
	} {
		addWord(e.s, word{id: e.id, kind: e.kind, flags: e.flags})
	}

	numbers := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"}
	for i, n := range numbers[1:] {
		addWord(n, word{id: wNumberWord, kind: kNumber, val: int8(i + 1)})
	}
	addWord("a", word{id: wNumberWord, kind: kNumber, val: 1, flags: fFunc | fDet})
	addWord("an", word{id: wNumberWord, kind: kNumber, val: 1, flags: fFunc | fDet})
	addWord("thirty", word{id: wNumberWord, kind: kNumber, val: 30})

	for _, s := range []string{"also", "now", "still", "soon", "not", "then", "already", "currently", "likely", "widely"} {
		f := uint8(0)
		if s == "then" || s == "not" {
			f = fFunc
		}
		addWord(s, word{id: wAdverb, kind: kPlain, flags: f})
	}
	for _, s := range []string{"bloody", "black", "good", "cyber", "holy", "maundy", "ash", "palm", "mail"} {
		f := uint8(0)
		if s == "good" {
			f = fDet // "good will"
		}
		addWord(s, word{id: wNotDay, kind: kNotDay, flags: f})
	}
	for _, s := range []string{"said", "told", "announced", "reported", "stated", "added", "declared",
		"noted", "stressed", "confirmed", "warned", "wrote", "explained", "claimed", "insisted",
		"urged", "revealed", "disclosed", "recalled"} {
		addWord(s, word{id: wReport, kind: kReport})
	}
	// Words that tell the tense around an expression.
	addWord("would", word{id: wWould, kind: kPlain, flags: fFunc})
	for _, s := range []string{"should", "can", "could", "might", "must"} {
		addWord(s, word{id: wModal, kind: kPlain})
	}
	for _, s := range []string{"be", "been", "being"} {
		addWord(s, word{id: wBe, kind: kPlain})
	}
	for _, s := range []string{"that", "which", "who", "and", "but", "when", "while", "if",
		"because", "whereas", "although", "though", "where"} {
		addWord(s, word{id: wClause, kind: kPlain, flags: fFunc})
	}
	for _, s := range []string{"met", "held", "began", "came", "went", "took", "gave", "made",
		"left", "fled", "fought", "won", "lost", "sent", "saw", "struck", "spoke", "shot",
		"broke", "brought", "bought", "caught", "chose", "drove", "fell", "flew", "got",
		"grew", "kept", "knew", "led", "fed", "meant", "paid", "ran", "rose", "sold",
		"sought", "stood", "stole", "swore", "taught", "thought", "threw", "withdrew",
		"overthrew", "was", "were", "had", "did", "became", "froze", "hid", "sank", "shook",
		"tore", "wore", "hung", "laid", "slew", "underwent", "undertook", "forgave"} {
		if w := lookup(packKey(s)); w.id != 0 {
			continue // "won" is also "won't"
		}
		f := uint8(0)
		switch s {
		case "was", "were", "had", "did":
			f = fFunc
		}
		addWord(s, word{id: wPast, kind: kPast, flags: f})
	}
	// Words in -ed that are not past tenses, or whose event is still ahead.
	for _, s := range []string{"proposed", "anticipated", "hundred", "speed", "indeed",
		"proceed", "exceed", "succeed", "sacred", "naked", "wicked", "kindred", "rugged",
		"beloved"} {
		addWord(s, word{id: wNotPast, kind: kPlain})
	}
	for _, s := range []string{"cancel", "scrap", "drop", "shelve", "abandon", "unveil",
		"announce", "outline", "approve", "reject", "oppose", "has", "have", "any"} {
		if lookup(packKey(s)).id == 0 {
			f := uint8(0)
			if s == "has" || s == "have" {
				f = fFunc
			}
			addWord(s, word{id: wTakesPlans, kind: kPlain, flags: f})
		}
	}
	// Function words: after "in 1988" they leave the number a year; a
	// content word ("in 1988 people") makes it a count.
	for _, s := range []string{"and", "or", "but", "nor", "when", "as", "with", "that", "which",
		"who", "while", "where", "it", "he", "she", "they", "we", "i", "there", "these", "those",
		"alone", "only", "amid", "following", "under", "against", "was", "were", "has", "had",
		"have", "would", "its", "his", "her", "their", "so", "because", "if", "than", "into",
		"both", "after", "until", "amongst", "among", "whereas", "though", "although", "despite"} {
		if lookup(packKey(s)).id != 0 {
			continue
		}
		f := fFunc
		switch s {
		case "its", "his", "her", "their":
			f |= fDet
		}
		addWord(s, word{id: wFunc, kind: kPlain, flags: f})
	}
	// Determiners and adjectives that make "will" a noun: "the will of the people".
	for _, s := range []string{"my", "your", "our", "whose", "no", "any", "ill", "free", "political",
		"popular", "own", "strong", "sheer"} {
		if len(s) > maxKeyLetters || lookup(packKey(s)).id != 0 {
			continue
		}
		addWord(s, word{id: wFunc, kind: kPlain, flags: fDet})
	}
}
