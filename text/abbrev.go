package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevClass says what a period after a word means for the tokenizer and
// the sentence splitter.
type abbrevClass uint8

const (
	// notAbbrev: the period is punctuation of its own.
	notAbbrev abbrevClass = iota
	// titleAbbrev: the period belongs to the word, and the word never ends a
	// sentence because a name or number follows it (Mr., Gen., No., initials).
	titleAbbrev
	// plainAbbrev: the period belongs to the word, but the word may end a
	// sentence (Inc., Nov., etc., U.S.); the splitter breaks after it only
	// before a common sentence starter.
	plainAbbrev
)

// abbrevs holds the known abbreviations without their period, as written and
// in capitals (headlines and datelines shout).
var abbrevs = map[string]abbrevClass{}

func init() {
	titles := []string{
		"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon",
		"Gen", "Gens", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Brig", "Cmdr", "Cpl", "Pvt",
		"Gov", "Sen", "Sens", "Rep", "Reps", "Atty", "Supt",
		"St", "Mt", "Ft", "No", "Nos", "vs",
	}
	plain := []string{
		"Jr", "Sr",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"etc", "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "approx", "al",
	}
	for _, w := range titles {
		abbrevs[w] = titleAbbrev
		abbrevs[strings.ToUpper(w)] = titleAbbrev
	}
	for _, w := range plain {
		abbrevs[w] = plainAbbrev
		abbrevs[strings.ToUpper(w)] = plainAbbrev
	}
}

// wordAbbrev classifies word w (a whole word without its period) when a
// period follows it: a known abbreviation, or a single capital letter (an
// initial, which never ends a sentence). After is the text after the period;
// "No." is an abbreviation only before a number, since "no." ends sentences.
func wordAbbrev(w, after string) abbrevClass {
	if w == "" || len(w) > 6 {
		return notAbbrev
	}
	if c, ok := abbrevs[w]; ok {
		if numberAbbrevs[w] {
			if after != "" && after[0] == ' ' {
				after = after[1:]
			}
			if after == "" || !isASCIIDigit(after[0]) {
				return notAbbrev
			}
		}
		return c
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return titleAbbrev
	}
	return notAbbrev
}

// numberAbbrevs are abbreviations only before a number.
var numberAbbrevs = map[string]bool{"No": true, "NO": true, "Nos": true, "NOS": true}

// starters are words that commonly begin a sentence. After an abbreviation
// that may end a sentence ("in the U.S. It was"), a break is made only when
// one of these follows.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		A An The This That These Those There Then Thus Here
		I It He She We They You Its His Her Their Our My Your
		But And Or So Yet Nor For However Meanwhile Moreover Also Still
		In On At As By From With Without After Before During Since Until While When Where
		If Although Though Because Once Earlier Later Last Next Today Yesterday Tomorrow
		What Who Why How Which Some Many Most All Several No Both Each Such Other
		According Officials Police Meanwhile Nevertheless Instead Asked Speaking
	`) {
		starters[w] = true
		starters[strings.ToUpper(w)] = true
	}
}
