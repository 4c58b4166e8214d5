package tabari

import (
	"strings"
	"unicode/utf8"
)

// Syntax is the comment convention of the program a file was written for.
// TABARI's formats outlived it: PETRARCH reads the same actors, agents and
// (early on) verbs files, but strips comments its own way.
type Syntax uint8

const (
	// TABARI: ';' starts a comment that runs to the end of the line, and a
	// line whose first character is '#' is a comment.
	TABARI Syntax = iota
	// PETRARCH: '#' starts a comment anywhere, as does ';' (kept for TABARI
	// files); "<!--" to "-->" is a comment, even across lines, and a line
	// beginning "<!" is skipped.
	PETRARCH
)

// maxTabariLine is the longest line TABARI's 256-byte buffer held.
const maxTabariLine = 255

// line is one line of a dictionary file with its comment split off.
type line struct {
	n       int
	text    string // content before the comment; trailing blanks trimmed, leading kept
	comment string // the comment, trimmed, without its marker
	semi    bool   // the comment began with ';'
	indent  bool   // the line began with a blank or a tab
}

// splitLines cuts data into lines (LF, CRLF or CR alone), drops comment-only
// and blank lines, and reports encoding faults. In a TABARI file a line
// starting with "~~" ends the dictionary: TABARI kept it and what follows as
// the file's "tail" (a session stamp such as "~~FINISH ..."), returned as tail.
//
// With keepEmpty, an indented line that holds only a comment is kept with
// empty text (the actors reader reports it).
func splitLines(data []byte, syn Syntax, fs *faults, keepEmpty bool) (lines []line, tail string) {
	s := string(data)
	sep := "\n"
	if !strings.Contains(s, "\n") && strings.Contains(s, "\r") {
		sep = "\r"
	}
	lines = make([]line, 0, strings.Count(s, sep)+1)
	inXML := false
	for n := 1; len(s) > 0; n++ {
		var raw string
		if i := strings.Index(s, sep); i >= 0 {
			raw, s = s[:i], s[i+len(sep):]
		} else {
			raw, s = s, ""
		}
		raw = strings.TrimSuffix(raw, "\r")
		if !utf8.ValidString(raw) {
			fs.add(n, FaultEncoding, "bytes that are not UTF-8 (kept as written): %q", clip(raw))
		}
		if syn == TABARI && len(raw) > maxTabariLine {
			fs.add(n, FaultLongLine, "line of %d bytes; TABARI stopped at lines over %d (read in full here)", len(raw), maxTabariLine)
		}
		if syn == TABARI && strings.HasPrefix(raw, "~~") {
			tail = raw
			if s != "" {
				tail += sep + s
			}
			return lines, tail
		}
		l := line{n: n}
		text := raw
		var xmlComment string
		if syn == PETRARCH {
			text, xmlComment, inXML = cutXML(text, inXML)
		}
		if t := strings.TrimLeft(text, " \t"); t == "" || (t[0] == '#' && syn == TABARI) || (syn == PETRARCH && strings.HasPrefix(t, "<!")) {
			continue
		}
		l.indent = text[0] == ' ' || text[0] == '\t'
		l.text, l.comment, l.semi = cutComment(text, syn, n, fs)
		if xmlComment != "" {
			if l.comment != "" {
				l.comment += " "
			}
			l.comment += xmlComment
		}
		l.text = strings.TrimRight(l.text, " \t")
		if strings.TrimSpace(l.text) == "" {
			if keepEmpty && l.indent && l.comment != "" {
				l.text = ""
				lines = append(lines, l)
			}
			continue
		}
		lines = append(lines, l)
	}
	return lines, ""
}

// CutXMLComment removes <!-- … --> comments from one line of a dictionary
// file. inside says whether the line starts within a comment that an earlier
// line opened; it returns the text outside comments, the comment text, and
// whether a comment is still open at the end of the line. The PETRARCH
// readers share it.
func CutXMLComment(s string, inside bool) (text, comment string, stillInside bool) {
	return cutXML(s, inside)
}

// cutXML removes <!-- ... --> comments from a line; inside says whether the
// line starts inside a comment, and the result whether it ends inside one.
func cutXML(s string, inside bool) (text, comment string, stillInside bool) {
	var kept, com strings.Builder
	for s != "" {
		if inside {
			i := strings.Index(s, "-->")
			if i < 0 {
				com.WriteString(s)
				return kept.String(), strings.TrimSpace(com.String()), true
			}
			com.WriteString(s[:i])
			s, inside = s[i+3:], false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			kept.WriteString(s)
			break
		}
		kept.WriteString(s[:i])
		s, inside = s[i+4:], true
	}
	return kept.String(), strings.TrimSpace(com.String()), false
}

// hashInBracketsMsg is the fault reported for a '#' inside brackets.
const hashInBracketsMsg = "'#' inside brackets: PETRARCH cut the line there and read an empty code; kept here as written"

// cutComment splits the comment off a line and reports a '#' inside
// brackets as a fault.
func cutComment(s string, syn Syntax, n int, fs *faults) (text, comment string, semi bool) {
	text, comment, semi, hash := CutComment(s, syn)
	if hash {
		fs.add(n, FaultComment, hashInBracketsMsg)
	}
	return text, comment, semi
}

// CutComment splits the comment off a dictionary line: ';' starts one in
// every syntax, '#' in PETRARCH files too. semi says the comment began with
// ';'. In PETRARCH files a '#' inside brackets ("[###]", TABARI's discard
// code) is kept, and hashInBrackets reports it: PETRARCH cut the line there
// and lost the code. The PETRARCH readers share it.
func CutComment(s string, syn Syntax) (text, comment string, semi, hashInBrackets bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case ';':
			return s[:i], strings.TrimSpace(s[i+1:]), true, hashInBrackets
		case '#':
			if syn != PETRARCH {
				continue
			}
			if depth > 0 {
				hashInBrackets = true
				continue
			}
			return s[:i], strings.TrimSpace(s[i+1:]), false, hashInBrackets
		}
	}
	return s, "", false, hashInBrackets
}

// clip shortens s for a message.
func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// bracketed is a line split into the text before its first '[' and the
// contents of each [...] group.
type bracketed struct {
	head   string   // text before the first '[' (trimmed)
	groups []string // contents of each [...] group, trimmed
	stray  string   // non-blank text between or after the groups
	open   bool     // a '[' was not closed
	brace  bool     // a group was closed by '}' instead of ']'
}

// Bracketed is a dictionary line split at its [...] groups, as SplitBrackets
// returns it: the text before the first '[', each group's contents, any text
// between or after the groups, and whether a group was left open or closed
// by '}' instead of ']'.
type Bracketed struct {
	Head        string
	Groups      []string
	Stray       string
	Open, Brace bool
}

// SplitBrackets splits a dictionary line into its head and [...] groups, with
// the tolerance of the original coders for '}' typed for ']' and unclosed
// groups. The PETRARCH readers share it.
func SplitBrackets(s string) Bracketed {
	b := splitBrackets(s)
	return Bracketed{Head: b.head, Groups: b.groups, Stray: b.stray, Open: b.open, Brace: b.brace}
}

// splitBrackets splits s into its head and [...] groups.
func splitBrackets(s string) bracketed {
	var b bracketed
	i := strings.IndexByte(s, '[')
	if i < 0 {
		b.head = strings.TrimSpace(s)
		return b
	}
	b.head = strings.TrimSpace(s[:i])
	s = s[i:]
	var stray strings.Builder
	for s != "" {
		if s[0] != '[' {
			j := strings.IndexByte(s, '[')
			if j < 0 {
				j = len(s)
			}
			stray.WriteString(strings.TrimSpace(s[:j]))
			s = s[j:]
			continue
		}
		j := strings.IndexAny(s[1:], "[]")
		if j < 0 || s[1+j] == '[' {
			// Unclosed: a '}' may stand for the ']' (a typo seen in the
			// Phoenix agents); otherwise the group runs to the end or to
			// the next '['.
			end := len(s)
			if j >= 0 {
				end = 1 + j
			}
			body := s[1:end]
			if k := strings.IndexByte(body, '}'); k >= 0 {
				b.brace = true
				b.groups = append(b.groups, strings.TrimSpace(body[:k]))
				stray.WriteString(strings.TrimSpace(body[k+1:]))
			} else {
				b.open = true
				b.groups = append(b.groups, strings.TrimSpace(body))
			}
			s = s[end:]
			continue
		}
		b.groups = append(b.groups, strings.TrimSpace(s[1:1+j]))
		s = s[2+j:]
	}
	b.stray = stray.String()
	return b
}
