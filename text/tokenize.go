package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// Tokenize splits text[span.Start:span.End] into words, numbers and
// punctuation marks. Token offsets index text itself, not the substring, and
// each token's Norm is Fold of its Text, except that a dash written as two or
// more hyphens has the Norm "-". A span reaching outside text is clipped to it.
//
// The rules, in the order they apply:
//
//   - A word is a run of letters, digits and combining marks. Digits joined by
//     a comma or period stay one number ("3,000", "2.5").
//   - An apostrophe between letters stays inside the word ("O'Brien",
//     "d'Ivoire"), except before the clitics s, re, ve, ll, d and m, which
//     become tokens of their own ("Baku's" → Baku 's), and n't, which is split
//     as the Penn Treebank does ("didn't" → did n't, "can't" → ca n't).
//   - Letters in groups of one or two joined by periods are one token with the
//     final period ("U.S.", "e.g.", "Ph.D."). A single capital letter followed
//     by a period is an initial ("J."), and a known abbreviation keeps its
//     period ("Mr.", "Gen.", "Nov.", "Inc.").
//   - Every other mark is a token of its own: a hyphen between words, a
//     quote, a final period. Two or more hyphens make one dash token and three
//     or more periods one ellipsis token.
func Tokenize(text string, span annals.Span) []annals.Token {
	// English runs to about five bytes a token; one allocation usually suffices.
	start, end := clip(span, len(text))
	return AppendTokens(make([]annals.Token, 0, (end-start)/4+1), text, span)
}

// AppendTokens appends the tokens of text[span.Start:span.End] to dst and
// returns the extended slice, as Tokenize does. Token texts are substrings of
// text, and the folded forms of all tokens that need folding share one string,
// so a call costs the growth of dst and at most one more allocation.
func AppendTokens(dst []annals.Token, text string, span annals.Span) []annals.Token {
	start, end := clip(span, len(text))
	first := len(dst)

	// Folded forms are collected in one buffer and turned into one string at
	// the end; norms[2k:2k+2] locates the Norm of token first+k in it, or is
	// -1 when the token's Norm is already set.
	var normBuf [256]byte
	var normAt [128]int
	buf := normBuf[:0]
	norms := normAt[:0]

	add := func(a, b int, norm string) {
		t := text[a:b]
		switch {
		case norm != "":
			dst = append(dst, annals.Token{Span: annals.Span{Start: a, End: b}, Text: t, Norm: norm})
			norms = append(norms, -1, -1)
		case isFolded(t):
			dst = append(dst, annals.Token{Span: annals.Span{Start: a, End: b}, Text: t, Norm: t})
			norms = append(norms, -1, -1)
		default:
			dst = append(dst, annals.Token{Span: annals.Span{Start: a, End: b}, Text: t})
			norms = append(norms, len(buf))
			buf = appendFold(buf, t)
			norms = append(norms, len(buf))
		}
	}

	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			cls := asciiClass[c]
			switch {
			case cls&(cSpace|cControl) != 0:
				i++
			case cls&(cLetter|cDigit) != 0:
				w, s := scanWord(text, i, end)
				add(i, w, "")
				if s > w {
					add(w, s, "")
				}
				i = s
			case c == '-' && i+1 < end && text[i+1] == '-':
				j := i + 2
				for j < end && text[j] == '-' {
					j++
				}
				add(i, j, "-")
				i = j
			case c == '.' && i+2 < end && text[i+1] == '.' && text[i+2] == '.':
				j := i + 3
				for j < end && text[j] == '.' {
					j++
				}
				add(i, j, "")
				i = j
			default:
				add(i, i+1, "")
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == utf8.RuneError && size == 1:
			add(i, i+1, "") // not UTF-8: a mark of its own, with the Norm U+FFFD
		case isWordStart(r):
			w, s := scanWord(text, i, end)
			add(i, w, "")
			if s > w {
				add(w, s, "")
			}
			size = s - i
		case isSkip(r):
		default:
			add(i, i+size, "")
		}
		i += size
	}

	if len(buf) > 0 {
		all := string(buf)
		for k := range dst[first:] {
			if a := norms[2*k]; a >= 0 {
				dst[first+k].Norm = all[a:norms[2*k+1]]
			}
		}
	}
	return dst
}

// scanWord scans the word that starts at i, a letter or digit, and returns
// its end w. When a clitic follows ('s, n't...), s is the clitic's end and
// text[w:s] is the next token; otherwise s == w.
func scanWord(text string, i, end int) (w, s int) {
	j := i
	for {
		j = wordRunEnd(text, j, end)
		if j >= end {
			break
		}
		c := text[j]
		if (c == ',' || c == '.') && isASCIIDigit(text[j-1]) && j+1 < end && isASCIIDigit(text[j+1]) {
			j++
			continue
		}
		if n := apostropheLen(text, j, end); n > 0 && j+n < end {
			l := j + n
			if !isLetterAt(text, l, end) {
				break
			}
			e := letterRunEnd(text, l, end)
			if e >= end || !isWordCharAt(text, e, end) {
				suf := text[l:e]
				if isClitic(suf) {
					return j, e
				}
				if (suf == "t" || suf == "T") && j-1 > i && (text[j-1] == 'n' || text[j-1] == 'N') {
					return j - 1, e
				}
			}
			j = e // an apostrophe inside a name: O'Brien, d'Ivoire
			continue
		}
		break
	}
	if j >= end || text[j] != '.' {
		return j, j
	}
	// A period follows. Dotted abbreviations (U.S., e.g.) are groups of one or
	// two ASCII letters joined by periods.
	if n := j - i; n <= 2 && isASCIILetters(text[i:j]) {
		k, groups := j, 1
		for k < end && text[k] == '.' {
			e := asciiLetterRunEnd(text, k+1, end)
			if n := e - (k + 1); n < 1 || n > 2 || e < end && isWordCharAt(text, e, end) {
				break
			}
			k, groups = e, groups+1
		}
		if groups >= 2 {
			if k < end && text[k] == '.' {
				k++
			}
			return k, cliticEnd(text, k, end)
		}
	}
	if wordAbbrev(text[i:j], text[j+1:min(end, j+3)]) != notAbbrev {
		return j + 1, j + 1
	}
	return j, j
}

// cliticEnd returns the end of a clitic ('s, 're...) at text[i], or i.
func cliticEnd(text string, i, end int) int {
	n := 0
	if i < end {
		n = apostropheLen(text, i, end)
	}
	if n == 0 || i+n >= end || !isLetterAt(text, i+n, end) {
		return i
	}
	e := letterRunEnd(text, i+n, end)
	if !isClitic(text[i+n:e]) || e < end && isWordCharAt(text, e, end) {
		return i
	}
	return e
}

// isClitic reports whether suf, the letters after an apostrophe that end a
// word, is a clitic that makes a token of its own with the apostrophe.
func isClitic(suf string) bool {
	switch suf {
	case "s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M":
		return true
	}
	return false
}

// apostropheLen returns the length of the apostrophe at text[i] (' or ’), or 0.
func apostropheLen(text string, i, end int) int {
	if text[i] == '\'' {
		return 1
	}
	if text[i] == 0xE2 && i+2 < end && text[i+1] == 0x80 && text[i+2] == 0x99 { // U+2019
		return 3
	}
	return 0
}

// wordRunEnd returns the end of the run of word characters starting at i.
func wordRunEnd(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(cLetter|cDigit) == 0 {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) || r == utf8.RuneError {
			return i
		}
		i += size
	}
	return i
}

// letterRunEnd returns the end of the run of letters starting at i.
func letterRunEnd(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cLetter == 0 {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return i
		}
		i += size
	}
	return i
}

// asciiLetterRunEnd returns the end of the run of ASCII letters starting at i.
func asciiLetterRunEnd(text string, i, end int) int {
	for i < end {
		if c := text[i]; c >= utf8.RuneSelf || asciiClass[c]&cLetter == 0 {
			break
		}
		i++
	}
	return i
}

func isLetterAt(text string, i, end int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiClass[c]&cLetter != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

func isWordCharAt(text string, i, end int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiClass[c]&(cLetter|cDigit) != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r != utf8.RuneError && isWordRune(r)
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || asciiClass[s[i]]&cLetter == 0 {
			return false
		}
	}
	return s != ""
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordStart reports whether the non-ASCII rune r can start a word.
func isWordStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isWordRune reports whether r continues a word: a letter, digit or mark, or
// an invisible joiner inside the word (soft hyphen, ZWNJ, ZWJ), which Fold drops.
func isWordRune(r rune) bool {
	return isWordStart(r) || r == '\u00AD' || r == '\u200C' || r == '\u200D'
}

// isSkip reports whether the non-ASCII rune r separates tokens without being one.
func isSkip(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// clip returns span clipped to a text of length n.
func clip(span annals.Span, n int) (start, end int) {
	start, end = max(span.Start, 0), min(span.End, n)
	if end < 0 {
		end = 0
	}
	return min(start, end), end
}

const (
	cLetter = 1 << iota
	cDigit
	cSpace
	cControl
	cUpper
)

// asciiClass classifies the ASCII bytes.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = cLetter
		case 'A' <= c && c <= 'Z':
			t[c] = cLetter | cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = cSpace
		case c < ' ' || c == 0x7F:
			t[c] = cControl
		}
	}
	return t
}()
