package text

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns the matching form of s: lower case, Latin accents removed
// (é→e, ğ→g, ł→l, ø→o, ß→ss, æ→ae), curly quotes and apostrophes replaced by
// ' or ", dashes and minus signs by -, non-breaking and other Unicode spaces
// by a plain space, and invisible format characters (soft hyphens, zero-width
// spaces and joiners) dropped.
//
// A string that is already lower-case ASCII is returned as it is, without
// allocating. Each byte that is not valid UTF-8 becomes U+FFFD, so the result
// is always valid UTF-8, and Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			b := make([]byte, i, len(s)+8)
			copy(b, s[:i])
			return string(appendFoldFrom(b, s, i))
		}
	}
	return s
}

// isFolded reports whether Fold(s) == s holds trivially: s is lower-case ASCII.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// appendFold appends Fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	return appendFoldFrom(dst, s, 0)
}

// appendFoldFrom appends Fold(s[i:]) to dst.
func appendFoldFrom(dst []byte, s string, i int) []byte {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, "\uFFFD"...)
			i++
			continue
		}
		dst = appendFoldRune(dst, r)
		i += size
	}
	return dst
}

// appendFoldRune appends the folded form of the non-ASCII rune r.
func appendFoldRune(dst []byte, r rune) []byte {
	if f, ok := latinFold(r); ok {
		return append(dst, f...)
	}
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u00B4',
		'\u02BB', '\u02BC', '\u02B9', '\u2039', '\u203A', '\uFF07':
		return append(dst, '\'')
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB',
		'\u00BB', '\u301D', '\u301E', '\u301F', '\uFF02':
		return append(dst, '"')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2043',
		'\u2212', '\uFE58', '\uFE63', '\uFF0D', '\u2E3A', '\u2E3B':
		return append(dst, '-')
	case '\u2026':
		return append(dst, "..."...)
	case '\uFB00':
		return append(dst, "ff"...)
	case '\uFB01':
		return append(dst, "fi"...)
	case '\uFB02':
		return append(dst, "fl"...)
	case '\uFB03':
		return append(dst, "ffi"...)
	case '\uFB04':
		return append(dst, "ffl"...)
	}
	switch {
	case 0x0300 <= r && r <= 0x036F: // combining diacritics of decomposed text
		return dst
	case 0xFF01 <= r && r <= 0xFF5E: // full-width ASCII
		c := byte(r - 0xFEE0)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return append(dst, c)
	case unicode.IsSpace(r):
		return append(dst, ' ')
	case unicode.Is(unicode.Cf, r): // soft hyphen, zero-width space and joiners, bidi marks
		return dst
	}
	lr := unicode.ToLower(r)
	if f, ok := latinFold(lr); ok {
		return append(dst, f...)
	}
	return utf8.AppendRune(dst, lr)
}

// latinFold returns the ASCII form of an accented Latin letter.
func latinFold(r rune) (string, bool) {
	var f string
	switch {
	case latinLoStart <= r && r < latinLoStart+rune(len(latinLo)):
		f = latinLo[r-latinLoStart]
	case latinHiStart <= r && r < latinHiStart+rune(len(latinHi)):
		f = latinHi[r-latinHiStart]
	default:
		return "", false
	}
	return f, f != ""
}

// The Latin letters with diacritics live in two blocks: Latin-1 Supplement to
// IPA Extensions, and Latin Extended Additional (mostly Vietnamese and
// transliteration letters). Dense tables keep the lookup a bounds check.
const (
	latinLoStart = 0x00C0
	latinHiStart = 0x1E00
)

var (
	latinLo [0x02B0 - latinLoStart]string
	latinHi [0x1F00 - latinHiStart]string
)

// latinSpec lists, for each ASCII form, the letters that fold to it. Upper
// and lower case are both listed; ə folds to a because English spells
// Azerbaijani names that way (Əliyev → Aliyev).
var latinSpec = [...]string{
	"a  ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧȺḀḁẚẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặƏəɑ",
	"ae ÆæǢǣǼǽ",
	"b  ƀƁƂƃḂḃḄḅḆḇɓ",
	"c  ÇçĆćĈĉĊċČčƇƈȻȼḈḉɕ",
	"d  ÐðĎďĐđƉƊƋƌȡḊḋḌḍḎḏḐḑḒḓɖɗ",
	"dz ǄǅǆǱǲǳ",
	"e  ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩɆɇḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệƐɛǝƎ",
	"f  ƑƒḟḞ",
	"g  ĜĝĞğĠġĢģǤǥǦǧǴǵƓɠɡḠḡ",
	"h  ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖɦ",
	"i  ÌÍÎÏìíîïĨĩĪīĬĭĮįİıƗǏǐȈȉȊȋḬḭḮḯỈỉỊịɨƖɩ",
	"ij Ĳĳ",
	"j  ĴĵǰȷɈɉʝ",
	"k  ĶķĸƘƙǨǩḰḱḲḳḴḵ",
	"l  ĹĺĻļĽľĿŀŁłƚȽȴḶḷḸḹḺḻḼḽɫɬɭ",
	"lj Ǉǈǉ",
	"m  ḾḿṀṁṂṃɱ",
	"n  ÑñŃńŅņŇňŉŊŋƝƞȠǸǹȵṄṅṆṇṈṉṊṋɲɳ",
	"nj Ǌǋǌ",
	"o  ÒÓÔÕÖØòóôõöøŌōŎŏŐőƟƠơǑǒǪǫǬǭǾǿȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợƆɔɵ",
	"oe Œœ",
	"p  ƤƥṔṕṖṗ",
	"q  Ɋɋʠ",
	"r  ŔŕŖŗŘřȐȑȒȓɌɍṘṙṚṛṜṝṞṟɼɽɾ",
	"s  ŚśŜŝŞşŠšſȘșȿṠṡṢṣṤṥṦṧṨṩʂ",
	"ss ßẞ",
	"t  ŢţŤťŦŧƫƬƭƮȚțȶȾṪṫṬṭṮṯṰṱẗʈ",
	"th Þþ",
	"u  ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗɄṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰựʉ",
	"v  ƲṼṽṾṿʋ",
	"w  ŴŵẀẁẂẃẄẅẆẇẈẉẘ",
	"x  ẊẋẌẍ",
	"y  ÝýÿŶŷŸƳƴȲȳɎɏẎẏẙỲỳỴỵỶỷỸỹ",
	"z  ŹźŻżŽžƵƶȤȥẐẑẒẓẔẕʐʑɀ",
}

func init() {
	for _, line := range latinSpec {
		i := 0
		for line[i] != ' ' {
			i++
		}
		ascii := line[:i]
		for _, r := range line[i:] {
			switch {
			case r == ' ':
			case latinLoStart <= r && r < latinLoStart+rune(len(latinLo)):
				latinLo[r-latinLoStart] = ascii
			case latinHiStart <= r && r < latinHiStart+rune(len(latinHi)):
				latinHi[r-latinHiStart] = ascii
			default:
				panic("text: latin fold table: rune out of range: " + string(r))
			}
		}
	}
}
