package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// Sentences splits text[span.Start:span.End] into sentences and returns their
// spans, offsets into text, trimmed of surrounding white space and never
// empty. A span reaching outside text is clipped to it.
//
// A sentence ends after ., !, ? or an ellipsis (and any closing quotes or
// brackets that follow) when white space and then a capital letter, an opening quote, a
// digit or the end of the text follow. It does not end after a title or an
// initial ("Mr. Smith", "Gen. Petraeus", "J. R. R. Tolkien", "No. 5"), and
// after an abbreviation that may end a sentence ("U.S.", "Nov.", "Inc.")
// only when a common sentence starter such as The, It or But follows.
//
// Lines matter too, because news text puts each paragraph on a line: a line
// that ends a sentence, or is followed by a blank line, always ends one, and
// a line without final punctuation ends one when the next line starts with a
// capital letter or a quote. A line that runs on in lower case is joined to
// the next.
func Sentences(text string, span annals.Span) []annals.Span {
	start, end := clip(span, len(text))
	var out []annals.Span
	emit := func(a, b int) {
		a, b = trimSpace(text, a, b)
		if a < b {
			out = append(out, annals.Span{Start: a, End: b})
		}
	}

	from := start // start of the current sentence
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == '.' || c == '!' || c == '?' || isEllipsisAt(text, i, end):
			j := i
			for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?' || isEllipsisAt(text, j, end)) {
				if text[j] == 0xE2 {
					j += 3
				} else {
					j++
				}
			}
			k := j
			for k < end {
				n := closerLen(text, k, end)
				if n == 0 {
					break
				}
				k += n
			}
			if k >= end || spaceLen(text, k, end) == 0 {
				i = k
				continue
			}
			n, lines := skipSpace(text, k, end)
			if n >= end {
				i = n
				continue
			}
			// Only a lone period directly after a word can belong to an abbreviation.
			class := notAbbrev
			if j == i+1 && k == j && c == '.' {
				class = abbrevBefore(text, start, end, i)
			}
			var brk bool
			switch {
			case lines >= 2:
				brk = true
			case lines == 1:
				// The line ends a sentence unless it ends in an abbreviation
				// that the next line continues in lower case.
				brk = class == notAbbrev || startsSentence(text, n, end)
			case !startsSentence(text, n, end):
			case class == titleAbbrev:
			case class == plainAbbrev:
				brk = isStarter(text, n, end)
			default:
				brk = true
			}
			if brk {
				emit(from, k)
				from = n
			}
			i = n
		case c == '\n':
			n, lines := skipSpace(text, i, end)
			if n >= end {
				i = n
				continue
			}
			if lines >= 2 || startsLine(text, n, end) {
				emit(from, i)
				from = n
			}
			i = n
		default:
			i++
		}
	}
	emit(from, end)
	return out
}

// abbrevBefore classifies the word that ends at the period text[p]: a dotted
// abbreviation (U.S), a known abbreviation (Mr, Nov) or an initial (J).
func abbrevBefore(text string, start, end, p int) abbrevClass {
	ws := p
	for ws > start && p-ws < 24 {
		c := text[ws-1]
		if c != '.' && (c >= utf8.RuneSelf || asciiClass[c]&cLetter == 0) {
			break
		}
		ws--
	}
	if ws < p && ws > start {
		// The letters must be a whole word, not the end of a longer one.
		r, _ := utf8.DecodeLastRuneInString(text[start:ws])
		if r == '\'' || r == '\u2019' || r != utf8.RuneError && isWordRune(r) {
			return notAbbrev
		}
	}
	if ws == p {
		// No ASCII letters: perhaps an initial in another script (В.).
		r, size := utf8.DecodeLastRuneInString(text[start:p])
		if size == 0 || !unicode.IsUpper(r) {
			return notAbbrev
		}
		if b, _ := utf8.DecodeLastRuneInString(text[start : p-size]); b != utf8.RuneError && isWordRune(b) {
			return notAbbrev
		}
		return titleAbbrev
	}
	w := text[ws:p]
	if isDotted(w) {
		return plainAbbrev
	}
	return wordAbbrev(w, text[p+1:min(end, p+3)])
}

// isDotted reports whether w is groups of one or two ASCII letters joined by
// single periods, with at least two groups: U.S, e.g, Ph.D.
func isDotted(w string) bool {
	groups, n := 0, 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			if n == 0 || n > 2 {
				return false
			}
			groups, n = groups+1, 0
			continue
		}
		n++
	}
	return groups >= 1 && n >= 1 && n <= 2
}

// isStarter reports whether the word at text[i] is a common sentence starter.
func isStarter(text string, i, end int) bool {
	e := asciiLetterRunEnd(text, i, end)
	if e < end && isWordCharAt(text, e, end) {
		return false
	}
	return starters[text[i:e]]
}

// startsSentence reports whether text[i] can start a sentence after
// sentence-final punctuation: a capital or uncased letter, a digit or an
// opening quote.
func startsSentence(text string, i, end int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiClass[c]&(cUpper|cDigit) != 0 || c == '"' || c == '\''
	}
	return startsLine(text, i, end)
}

// startsLine reports whether text[i] can start a sentence on a new line: a
// capital or uncased letter, or an opening quote.
func startsLine(text string, i, end int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&cUpper != 0 || c == '"' || c == '\''
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	switch r {
	case '\u201C', '\u2018', '\u00AB', '\u201E', '\u2039':
		return true
	}
	return unicode.IsLetter(r) && !unicode.IsLower(r)
}

// closerLen returns the length of the closing quote or bracket at text[i], or 0.
func closerLen(text string, i, end int) int {
	switch c := text[i]; c {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xE2: // ” ’ ›
		if i+2 < end && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x99 || text[i+2] == 0xBA) {
			return 3
		}
	case 0xC2: // »
		if i+1 < end && text[i+1] == 0xBB {
			return 2
		}
	}
	return 0
}

// isEllipsisAt reports whether text[i] starts the character "…".
func isEllipsisAt(text string, i, end int) bool {
	return text[i] == 0xE2 && i+2 < end && text[i+1] == 0x80 && text[i+2] == 0xA6
}

// spaceLen returns the length of the white space character at text[i], or 0.
func spaceLen(text string, i, end int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if asciiClass[c]&cSpace != 0 {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:end])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// skipSpace returns the index of the first non-space byte at or after i and
// the number of line feeds passed on the way.
func skipSpace(text string, i, end int) (int, int) {
	lines := 0
	for i < end {
		if text[i] == '\n' {
			lines++
		}
		n := spaceLen(text, i, end)
		if n == 0 {
			break
		}
		i += n
	}
	return i, lines
}

// trimSpace narrows text[a:b] to exclude white space, control and invisible
// format characters at either end.
func trimSpace(text string, a, b int) (int, int) {
	for a < b {
		c := text[a]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(cSpace|cControl) == 0 {
				break
			}
			a++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[a:b])
		if r == utf8.RuneError || !isSkip(r) {
			break
		}
		a += size
	}
	for a < b {
		c := text[b-1]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(cSpace|cControl) == 0 {
				break
			}
			b--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if r == utf8.RuneError || !isSkip(r) {
			break
		}
		b -= size
	}
	return a, b
}
