package dates

import "strings"

// Order is the order in which a locale writes the day and the month of a
// numeric date.
type Order uint8

const (
	// Unknown leaves a numeric date that reads both ways unread.
	Unknown Order = iota
	// DayFirst reads 09/11/2020 as 9 November 2020, as British, European,
	// Latin American, African, Middle Eastern, South and South-East Asian
	// and Australian copy writes it.
	DayFirst
	// MonthFirst reads 09/11/2020 as September 11, 2020, as copy from the
	// United States, its territories, the Philippines and the Pacific
	// states associated with the US writes it.
	MonthFirst
)

// String returns "day-first", "month-first" or "unknown".
func (o Order) String() string {
	switch o {
	case DayFirst:
		return "day-first"
	case MonthFirst:
		return "month-first"
	}
	return "unknown"
}

// OrderOf returns the order of numeric dates in copy written in the BCP 47
// language tag lang ("en-GB", "en_US", "fr", "pt-BR"). A region decides
// when there is one; a language alone decides only when its countries
// agree: "fr" or "ru" is day first, but "en" is Unknown, since English
// copy from London and Washington write 09/11/2020 for different days.
// Canada writes both orders, and Chinese, Japanese, Korean, Hungarian and
// Lithuanian copy puts the year first, so a date that reads both ways in
// them is left Unknown as well.
func OrderOf(lang string) Order {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if lang == "" {
		return Unknown
	}
	parts := strings.FieldsFunc(lang, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 {
		return Unknown
	}
	language := parts[0]
	region := ""
	for _, p := range parts[1:] {
		// The region is two letters or three digits; a script ("Latn") is
		// four letters and comes before it.
		if len(p) == 2 || len(p) == 3 && p[0] >= '0' && p[0] <= '9' {
			region = p
			break
		}
	}
	switch language {
	case "zh", "ja", "ko", "hu", "lt", "mn", "fa":
		return Unknown
	}
	switch region {
	case "":
	case "us", "as", "gu", "mp", "pr", "vi", "um", "ph", "fm", "mh", "pw":
		return MonthFirst
	case "ca":
		return Unknown
	default:
		return DayFirst
	}
	if language == "en" || len(language) < 2 || len(language) > 3 {
		return Unknown
	}
	return DayFirst
}
