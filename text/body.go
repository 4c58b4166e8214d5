package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals"
)

// Parsed is what Body finds in a document: the text to code, the page
// furniture around it, and the wire service the furniture credits.
type Parsed struct {
	// Spans are the codable parts of the document's text, in order: its
	// lines less the furniture, each trimmed of white space and never empty.
	Spans []annals.Span
	// Furniture lists each dropped line, or the dropped head of a line, in
	// order, with the reason it was dropped, for --explain.
	Furniture []Furniture
	// OriginalSource is the wire service the first credit line or dateline
	// names, by its canonical name ("TASS", "Reuters", "AFP") when it is
	// recognised and as written otherwise; "" when nothing is credited.
	OriginalSource string
	// Dateline is the place and date of report at the head of the story,
	// less its credit and punctuation ("OSLO, March 3" of "OSLO, March 3
	// (Reuters) -", "WASHINGTON" of "WASHINGTON —"); empty when the story
	// opens with none.
	Dateline annals.Span
}

// Furniture is a span of a document's text that is not coded, and why.
type Furniture struct {
	annals.Span
	// Reason is a short phrase such as "photo credit", "wire credit",
	// "dateline credit", "byline", "read also" or "tag line".
	Reason string
}

// Reasons for dropping a line.
const (
	reasonPhoto       = "photo credit"
	reasonWire        = "wire credit"
	reasonDateline    = "dateline credit"
	reasonByline      = "byline"
	reasonCopyright   = "copyright"
	reasonReadAlso    = "read also"
	reasonShare       = "share"
	reasonSubscribe   = "subscribe"
	reasonFollow      = "follow us"
	reasonClickHere   = "click here"
	reasonAdvert      = "advertisement"
	reasonSeparator   = "separator"
	reasonPublisher   = "tag line"
	reasonTrailingTag = "trailing tag line"
)

// Body finds the parts of a document that should be coded and what its page
// furniture says. It works line by line, a line being a paragraph in news
// text, and drops photo and video credits, wire credits ("Based on materials
// from TASS", "Source: Reuters", "(AFP)"), bylines, copyright notices, links
// to other stories, calls to share, subscribe or follow, advertisement
// markers, the publisher's own name, and short unpunctuated lines at the end
// of the text. A dateline credit at the head of a line ("BAKU (Reuters) -",
// "MOSCOW, April 8. /TASS/.") is dropped and the rest of the line kept.
//
// Lines that merely mention an agency ("Reuters reported that...",
// "According to TASS, ...") are text, and do not set OriginalSource.
func Body(doc *annals.Document) Parsed {
	var p Parsed
	if doc == nil {
		return p
	}
	text := doc.Text
	pub := contentKey(doc.Publisher)

	type line struct {
		start, end int    // the line, trimmed
		cut        int    // codable text starts here, after a dateline credit
		reason     string // why the whole line is furniture, or ""
	}
	var lines []line
	started := false // a line of text has been seen: a dateline opens the story or is none
	for a := 0; a <= len(text); {
		b := strings.IndexByte(text[a:], '\n')
		if b < 0 {
			b = len(text)
		} else {
			b += a
		}
		s, e := trimSpace(text, a, b)
		if s < e {
			l := line{start: s, end: e, cut: s}
			reason, credit := classifyLine(text[s:e], pub)
			if reason == "" {
				cut, lead, c, ok := datelineCredit(text[s:e])
				if !ok && !started {
					cut, lead, ok = bareDateline(text[s:e])
				}
				if ok {
					credit = c
					l.cut, _ = trimSpace(text, s+cut, e)
					if l.cut >= e {
						reason = reasonDateline
					}
					if !started && lead.End > 0 && p.Dateline.End == 0 {
						p.Dateline = annals.Span{Start: s + lead.Start, End: s + lead.End}
					}
				}
				started = true
			}
			l.reason = reason
			if credit != "" && p.OriginalSource == "" {
				p.OriginalSource = credit
			}
			lines = append(lines, l)
		}
		a = b + 1
	}

	// A site's tag line and the like close the text: a trailing run of short
	// unpunctuated lines among the furniture. Keep them when nothing would be
	// left to code.
	k := len(lines)
	for k > 0 && (lines[k-1].reason != "" || isTagLike(text[lines[k-1].cut:lines[k-1].end])) {
		k--
	}
	if k > 0 {
		for i := k; i < len(lines); i++ {
			if lines[i].reason == "" {
				lines[i].reason = reasonTrailingTag
			}
		}
	}

	for _, l := range lines {
		if l.reason != "" {
			p.Furniture = append(p.Furniture, Furniture{annals.Span{Start: l.start, End: l.end}, l.reason})
			continue
		}
		if l.cut > l.start {
			s, e := trimSpace(text, l.start, l.cut)
			p.Furniture = append(p.Furniture, Furniture{annals.Span{Start: s, End: e}, reasonDateline})
		}
		p.Spans = append(p.Spans, annals.Span{Start: l.cut, End: l.end})
	}
	return p
}

// classifyLine says why a whole line is furniture, or returns "" for text,
// and gives the agency a credit line names.
func classifyLine(line, pub string) (reason, credit string) {
	words := countWords(line)
	if pub != "" && len(line) <= 4*len(pub)+64 && contentKey(line) == pub {
		return reasonPublisher, ""
	}
	if !hasLetterOrDigit(line) {
		return reasonSeparator, ""
	}
	if hasFoldPrefix(line, photoPrefixes) {
		return reasonPhoto, ""
	}
	if _, ok := cutFoldPrefix(line, "copyright"); ok && words <= 12 {
		return reasonCopyright, ""
	}
	if hasFoldPrefix(line, copyrightSigns) {
		f := Fold(line)
		if strings.Contains(f, "rights") || strings.Contains(f, "copyright") {
			return reasonCopyright, ""
		}
		return reasonPhoto, ""
	}
	for _, pre := range creditPrefixes {
		if rest, ok := cutFoldPrefix(line, pre); ok {
			return reasonWire, canonicalName(rest)
		}
	}
	if hasFoldPrefix(line, bylinePrefixes) && words <= 30 {
		return reasonByline, ""
	}
	if ok, c := isByline(line); ok {
		return reasonByline, c
	}
	switch {
	case hasFoldPrefix(line, readAlsoPrefixes):
		return reasonReadAlso, ""
	case hasFoldPrefix(line, sharePrefixes):
		return reasonShare, ""
	case hasFoldPrefix(line, subscribePrefixes):
		return reasonSubscribe, ""
	case hasFoldPrefix(line, followPrefixes):
		return reasonFollow, ""
	}
	if words > 40 {
		return "", ""
	}

	f := Fold(line)
	// The words key is made only for lines short enough to be an advert
	// marker or a lone agency name: most lines are text, and keying
	// each was a good part of the time spent here.
	key, keyed := "", false
	if words <= 6 || !moreLetters(f, maxAdvertLetters) {
		key, keyed = wordsKey(f), true
	}
	switch {
	case strings.Contains(f, "all rights reserved"):
		return reasonCopyright, ""
	case strings.Contains(f, "click here") && words <= 25:
		return reasonClickHere, ""
	case keyed && adverts[key]:
		return reasonAdvert, ""
	case keyed && (key == "end" || key == "ends"):
		return reasonSeparator, ""
	case words <= 12 && strings.HasPrefix(f, "follow ") && mentionsNetwork(f):
		return reasonFollow, ""
	case words <= 20 && (strings.Contains(f, "contributed to this report") ||
		strings.Contains(f, "contributed to this story") || strings.Contains(f, "contributed reporting")):
		return reasonWire, findAgency(wordsKey(f))
	case words <= 8 && strings.Contains(f, "getty images"):
		return reasonPhoto, ""
	}
	if words > 6 {
		return "", ""
	}
	// "REUTERS/Photographer Name" under a picture.
	if i := strings.IndexByte(line, '/'); i > 0 && !endsSentence(line) && agencies[wordsKey(Fold(line[:i]))] != "" {
		return reasonPhoto, ""
	}
	// "— Xinhua", "(Reuters)", "TASS" alone on a line.
	if c := agencies[key]; c != "" {
		return reasonWire, c
	}
	if c := agencies[strings.TrimPrefix(key, "the ")]; c != "" {
		return reasonWire, c
	}
	return "", ""
}

// The line prefixes of each kind of furniture, in folded form. A prefix
// ending in a letter must be followed by a word boundary (see cutFoldPrefix).
var (
	photoPrefixes = []string{
		"photo:", "photo by", "photos:", "photos by", "photo credit", "photo/", "photo -",
		"photograph:", "photograph by", "photographs:", "image:", "images:", "image by",
		"image credit", "video:", "video by", "picture:", "pictures:", "pictured:",
		"(photo", "[photo", "(image", "[image", "(video", "[video", "(picture",
		"file photo", "illustrative photo", "cover photo", "main photo", "top photo",
		"caption:", "credit:", "photo courtesy",
	}
	copyrightSigns = []string{"\u00a9", "(c) "}
	creditPrefixes = []string{
		"based on materials from", "based on materials of", "based on materials by",
		"based on material from", "based on material of", "based on reports from",
		"based on reports by", "with materials from", "with material from",
		"with materials of", "with materials by", "according to materials from",
		"source:", "sources:", "news source:", "wire source:",
	}
	bylinePrefixes = []string{
		"reporting by", "(reporting by", "additional reporting", "(additional reporting",
		"writing by", "(writing by", "editing by", "(editing by", "compiled by",
		"(compiled by", "written by", "edited by", "translated by", "reported by",
		"(reported by", "author:", "authors:",
	}
	readAlsoPrefixes = []string{
		"read also", "also read", "read more", "read:", "see also", "related:",
		"related news", "related articles", "related article", "related stories",
		"related story", "related content", "related coverage", "more on this",
		"more on the topic", "more on topic", "you may also like", "you might also like",
		"recommended:", "further reading", "watch:", "watch also", "also watch",
		"listen:", "read the full", "read the original",
	}
	sharePrefixes     = []string{"share this", "share on", "share:", "share article", "share via", "share the article", "tweet this"}
	subscribePrefixes = []string{"subscribe", "sign up for", "sign up to", "get our newsletter", "join our newsletter"}
	followPrefixes    = []string{"follow us", "follow @", "join us on", "join our telegram", "join our channel", "like us on"}
	adverts           = map[string]bool{
		"advertisement": true, "advertising": true, "ad": true, "ads": true,
		"sponsored": true, "sponsored content": true, "promoted content": true,
		"paid content": true, "advertisement scroll to continue": true, "scroll to continue with content": true,
	}
	networks = []string{"twitter", "telegram", "facebook", "instagram", "youtube", "tiktok", "vkontakte", "whatsapp", "linkedin", "x.com", "google news"}
)

func mentionsNetwork(f string) bool {
	for _, n := range networks {
		if strings.Contains(f, n) {
			return true
		}
	}
	return false
}

// hasFoldPrefix reports whether Fold(s) starts with any of prefixes, at a
// word boundary.
func hasFoldPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if _, ok := cutFoldPrefix(s, p); ok {
			return true
		}
	}
	return false
}

// cutFoldPrefix reports whether Fold(s) starts with prefix and returns the
// rest of s, as written, after it. A prefix that ends in a letter or digit
// must end at a word boundary, so "read more" does not match "read mores".
func cutFoldPrefix(s, prefix string) (string, bool) {
	var buf [8]byte
	i, j := 0, 0
	for j < len(prefix) {
		if i >= len(s) {
			return "", false
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != prefix[j] {
				return "", false
			}
			i, j = i+1, j+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false
		}
		f := appendFoldRune(buf[:0], r)
		if !strings.HasPrefix(prefix[j:], string(f)) {
			return "", false
		}
		i, j = i+size, j+len(f)
	}
	if last := prefix[len(prefix)-1]; last < utf8.RuneSelf && asciiClass[last]&(cLetter|cDigit) != 0 && i < len(s) && isWordCharAt(s, i, len(s)) {
		return "", false
	}
	return s[i:], true
}

// isByline reports whether line is a byline: "By John Smith", "By John
// Smith and Jane Doe", "By John Smith, Reuters"; it returns the agency a
// byline names after its comma.
func isByline(line string) (bool, string) {
	if len(line) < 4 || line[0] != 'B' || (line[1] != 'y' && line[1] != 'Y') || line[2] != ' ' {
		return false, ""
	}
	rest := strings.TrimSpace(line[3:])
	if rest == "" || endsSentence(rest) || strings.ContainsAny(rest, "0123456789;:!?\"") {
		return false, ""
	}
	names, after, _ := strings.Cut(rest, ",")
	nw := strings.Fields(names)
	if len(nw) == 0 || len(nw) > 10 || notNames[nw[0]] {
		return false, ""
	}
	inName := 0
	for _, w := range nw {
		switch {
		case w == "and" || w == "&":
			if inName == 0 {
				return false, ""
			}
			inName = 0
			continue
		case isNameWord(w):
		default:
			return false, ""
		}
		if inName++; inName > 5 {
			return false, ""
		}
	}
	if inName == 0 {
		return false, ""
	}
	aw := strings.FieldsFunc(after, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if len(aw) > 6 {
		return false, ""
	}
	for _, w := range aw {
		if !isNameWord(w) && !bylineWords[strings.ToLower(w)] {
			return false, ""
		}
	}
	credit := agencies[strings.TrimPrefix(wordsKey(Fold(names)), "the ")]
	if credit == "" && after != "" {
		credit = findAgency(wordsKey(Fold(after)))
	}
	return true, credit
}

// isNameWord reports whether w can be part of a person's or agency's name:
// capitalised, or a particle such as de, van or al-.
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if particles[w] {
		return true
	}
	if p, _, ok := strings.Cut(w, "-"); ok && particles[p] {
		return true
	}
	return false
}

var (
	particles = map[string]bool{
		"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true,
		"der": true, "den": true, "la": true, "le": true, "du": true, "dos": true, "das": true,
		"al": true, "el": true, "bin": true, "ibn": true, "ben": true, "y": true, "ter": true,
	}
	// bylineWords may follow the comma of a byline in lower case.
	bylineWords = map[string]bool{
		"staff": true, "writer": true, "reporter": true, "correspondent": true, "editor": true,
		"in": true, "and": true, "of": true, "the": true, "for": true, "news": true, "agency": true,
		"senior": true, "political": true, "diplomatic": true, "special": true, "chief": true,
		"bureau": true, "our": true, "own": true, "contributor": true, "analyst": true,
	}
	// notNames start phrases like "By Monday, ..." that look like bylines.
	notNames = map[string]bool{
		"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
		"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
		"April": true, "May": true, "June": true, "July": true, "August": true,
		"September": true, "October": true, "November": true, "December": true,
		"Then": true, "Now": true, "Law": true, "Decree": true, "Order": true, "Contrast": true,
		"Comparison": true, "Mid": true, "Early": true, "Late": true, "Noon": true,
	}
)

// datelineCredit finds a dateline credit at the head of line: "BAKU
// (Reuters) -", "MOSCOW, April 8 (TASS) --", "(AFP) -" or "MOSCOW, April 8.
// /TASS/." It returns the length of the credit, the span of the place and
// date before the agency (empty for "(AFP) -"), and the agency it names.
func datelineCredit(line string) (cut int, place annals.Span, credit string, ok bool) {
	head := line[:min(len(line), 120)]
	open := strings.IndexAny(head, "(/")
	if open < 0 {
		return 0, annals.Span{}, "", false
	}
	closer := byte(')')
	if head[open] == '/' {
		closer = '/'
	}
	shut := strings.IndexByte(line[open+1:min(len(line), open+49)], closer)
	if shut < 0 {
		return 0, annals.Span{}, "", false
	}
	shut += open + 1
	inner := strings.TrimSpace(line[open+1 : shut])
	if inner == "" || countWords(inner) > 4 || strings.ContainsAny(inner, ".,;:!?\"") {
		return 0, annals.Span{}, "", false
	}
	lead := strings.TrimSpace(line[:open])
	known := agencies[wordsKey(Fold(inner))] != ""
	if !known && (!isCapsPlace(lead) || closer == '/' && strings.ToUpper(inner) != inner) {
		// An unknown name in brackets is a credit only after a place in
		// capitals: not "(Updated) - ...", "President Lee (left) - ..." or "24/7 news/".
		return 0, annals.Span{}, "", false
	}
	if !isDateline(lead) {
		return 0, annals.Span{}, "", false
	}
	k := skipBlank(line, shut+1)
	if closer == '/' {
		if k < len(line) && line[k] == '.' {
			k++
		}
	} else {
		n := dashLen(line, k)
		if n == 0 {
			return 0, annals.Span{}, "", false
		}
		k += n
		for n > 0 {
			n = dashLen(line, k)
			k += n
		}
	}
	if k < len(line) && spaceLen(line, k, len(line)) == 0 {
		return 0, annals.Span{}, "", false // a hyphenated word, not a dash
	}
	return skipBlank(line, k), datelineSpan(line, open), canonicalName(inner), true
}

// datelineSpan returns the span of line[:end] less blanks and the
// punctuation that closes a dateline ("OSLO, March 3." → "OSLO, March 3").
func datelineSpan(line string, end int) annals.Span {
	s, e := trimSpace(line, 0, end)
	for e > s && strings.IndexByte(",.:;", line[e-1]) >= 0 {
		e--
	}
	if s >= e {
		return annals.Span{}
	}
	return annals.Span{Start: s, End: e}
}

// bareDateline finds a dateline without a credit at the head of a story's
// first line: a place in capitals, perhaps a date or a qualifier, then a
// dash with blanks around it ("WASHINGTON —", "KYIV, Ukraine --",
// "GENEVA, March 3 -"). It returns the length of the dateline with its dash
// and the span of the place and date.
func bareDateline(line string) (cut int, lead annals.Span, ok bool) {
	head := line[:min(len(line), 80)]
	for i := 1; i < len(head); i++ {
		if head[i-1] != ' ' {
			continue
		}
		n := dashLen(line, i)
		if n == 0 {
			continue
		}
		k := i + n
		for m := dashLen(line, k); m > 0; m = dashLen(line, k) {
			k += m
		}
		if k >= len(line) || spaceLen(line, k, len(line)) == 0 {
			return 0, annals.Span{}, false
		}
		l := strings.TrimSpace(line[:i])
		first, _, _ := strings.Cut(l, " ")
		first = strings.TrimRight(first, ",.")
		if !isCapsPlace(l) || len(first) < 3 || !isDateline(l) {
			return 0, annals.Span{}, false
		}
		return skipBlank(line, k), datelineSpan(line, i), true
	}
	return 0, annals.Span{}, false
}

// isDateline reports whether s looks like the place and date of a dateline:
// at most ten words, each capitalised or a number.
func isDateline(s string) bool {
	if s == "" {
		return true
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 10 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".,-'\u2019", r) {
				return false
			}
		}
	}
	return true
}

// isCapsPlace reports whether lead starts with a word in capitals, as the
// place of a dateline does (OSLO, NEW YORK).
func isCapsPlace(lead string) bool {
	w, _, _ := strings.Cut(lead, " ")
	w = strings.TrimRight(w, ",.")
	letters := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		letters++
	}
	return letters >= 2
}

// dashLen returns the length of the dash at line[i] (-, --, — or –), or 0.
func dashLen(line string, i int) int {
	if i >= len(line) {
		return 0
	}
	if line[i] == '-' {
		return 1
	}
	r, size := utf8.DecodeRuneInString(line[i:])
	switch r {
	case '\u2013', '\u2014', '\u2015', '\u2012', '\u2212':
		return size
	}
	return 0
}

func skipBlank(s string, i int) int {
	for i < len(s) {
		n := spaceLen(s, i, len(s))
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// isTagLike reports whether a line could be a tag line: at most six words
// and no sentence-final punctuation.
func isTagLike(s string) bool {
	return countWords(s) <= 6 && !endsSentence(s)
}

// endsSentence reports whether s ends with sentence-final punctuation,
// perhaps followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '\u2026':
			return true
		case '"', '\'', ')', ']', '\u201D', '\u2019', '\u00BB', ' ':
			s = s[:len(s)-size]
			continue
		}
		return false
	}
	return false
}

func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// contentKey returns the letters and digits of s, folded: the form in
// which a line is compared with the publisher's name, so that "The Moscow
// Times" matches "THE MOSCOW TIMES." and "The Moscow-Times".
func contentKey(s string) string {
	var b strings.Builder
	for _, r := range Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxAdvertLetters is the most letters and digits an advert marker (a key
// of adverts) or "end" has.
var maxAdvertLetters = func() int {
	n := len("ends")
	for k := range adverts {
		n = max(n, len(strings.ReplaceAll(k, " ", "")))
	}
	return n
}()

// moreLetters reports whether f holds more than n letters and digits (as
// wordsKey counts them), reading no further than needed.
func moreLetters(f string, n int) bool {
	for _, r := range f {
		if r < utf8.RuneSelf {
			if asciiClass[r]&(cLetter|cDigit) == 0 {
				continue
			}
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// wordsKey returns folded text f as words of letters and digits separated
// by single spaces: "Itar-Tass." gives "itar tass".
func wordsKey(f string) string {
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// canonicalName returns the canonical name of the agency credited in raw,
// or raw trimmed of surrounding punctuation when no agency is recognised.
func canonicalName(raw string) string {
	name := strings.TrimFunc(raw, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if name == "" {
		return ""
	}
	key := wordsKey(Fold(name))
	if c := agencies[key]; c != "" {
		return c
	}
	if c := agencies[strings.TrimPrefix(key, "the ")]; c != "" {
		return c
	}
	if c := findAgency(key); c != "" {
		return c
	}
	return name
}

// findAgency returns the first agency named in key, a wordsKey, or "".
// Agency names that are also common words (Trend, Spa) count only alone.
func findAgency(key string) string {
	words := strings.Fields(key)
	for i := range words {
		for n := min(4, len(words)-i); n >= 1; n-- {
			k := strings.Join(words[i:i+n], " ")
			if c := agencies[k]; c != "" && !commonWordAgency[k] {
				return c
			}
		}
	}
	return ""
}

var commonWordAgency = map[string]bool{"trend": true, "spa": true, "petra": true}

// agencies maps the wordsKey of each known name of a news agency to its
// canonical name.
var agencies = map[string]string{}

func init() {
	for _, a := range []struct {
		name    string
		aliases string
	}{
		{"TASS", "tass|itar tass|tass news agency|tass russian news agency"},
		{"Reuters", "reuters|thomson reuters"},
		{"AFP", "afp|agence france presse|france presse"},
		{"AP", "ap|associated press"},
		{"Xinhua", "xinhua|xinhua news agency|xinhuanet|xinhua net"},
		{"Interfax", "interfax|interfax news agency"},
		{"RIA Novosti", "ria novosti|ria|ria news"},
		{"Anadolu", "anadolu|anadolu agency|anadolu ajansi"},
		{"Yonhap", "yonhap|yonhap news agency|yonhap news"},
		{"Kyodo", "kyodo|kyodo news"},
		{"dpa", "dpa|deutsche presse agentur"},
		{"EFE", "efe|agencia efe"},
		{"ANSA", "ansa"},
		{"IRNA", "irna|islamic republic news agency"},
		{"UNB", "unb|united news of bangladesh"},
		{"PTI", "pti|press trust of india"},
		{"Bernama", "bernama"},
		{"Prensa Latina", "prensa latina"},
		{"APA", "apa|azeri press agency"},
		{"Trend", "trend|trend news agency"},
		{"Sputnik", "sputnik|sputnik news"},
		{"BelTA", "belta"},
		{"Ukrinform", "ukrinform"},
		{"WAFA", "wafa"},
		{"SPA", "spa|saudi press agency"},
		{"KUNA", "kuna|kuwait news agency"},
		{"MENA", "mena|middle east news agency"},
		{"QNA", "qna|qatar news agency"},
		{"WAM", "wam|emirates news agency"},
		{"UPI", "upi|united press international"},
		{"Bloomberg", "bloomberg|bloomberg news"},
		{"Al Jazeera", "al jazeera|aljazeera"},
		{"ANI", "ani|asian news international"},
		{"IANS", "ians"},
		{"Tasnim", "tasnim|tasnim news agency"},
		{"Mehr", "mehr|mehr news agency"},
		{"Fars", "fars|fars news agency"},
		{"ISNA", "isna"},
		{"SANA", "sana"},
		{"Petra", "petra"},
		{"KCNA", "kcna|korean central news agency"},
		{"Armenpress", "armenpress"},
		{"AZERTAC", "azertac|azertag"},
		{"Kazinform", "kazinform"},
		{"AKIpress", "akipress"},
		{"Antara", "antara"},
		{"VNA", "vna|vietnam news agency"},
		{"Lusa", "lusa"},
		{"Europa Press", "europa press"},
		{"Jiji", "jiji|jiji press"},
	} {
		for alias := range strings.SplitSeq(a.aliases, "|") {
			agencies[alias] = a.name
		}
	}
}
