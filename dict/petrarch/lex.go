package petrarch

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/annals-dev/annals/dict/tabari"
)

// faults collects the faults of one file, one per kind and line at most.
type faults struct {
	file string
	all  []tabari.Fault
	seen map[[2]int]bool
}

func newFaults(file string) *faults { return &faults{file: file, seen: map[[2]int]bool{}} }

func (fs *faults) add(n int, k tabari.FaultKind, format string, args ...any) {
	key := [2]int{n, int(k)}
	if fs.seen[key] {
		return
	}
	fs.seen[key] = true
	fs.all = append(fs.all, tabari.Fault{Pos: tabari.Pos{File: fs.file, Line: n}, Kind: k, Msg: fmt.Sprintf(format, args...)})
}

// merge adds faults found by the tabari package's phrase readers.
func (fs *faults) merge(list []tabari.Fault) {
	for _, f := range list {
		fs.add(f.Line, f.Kind, "%s", f.Msg)
	}
}

func (fs *faults) list() []tabari.Fault { return fs.all }

// line is one line of a PETRARCH file with its comment split off.
type line struct {
	n       int
	text    string // content before the comment, trimmed
	comment string
	semi    bool // the comment began with ';'
}

// splitLines cuts data into lines and strips comments the way PETRARCH's
// read_FIN_line did: "<!-- ... -->" (across lines too), a line beginning
// "<!", and anything after '#'. ';' also starts a comment, as in the TABARI
// files PETRARCH inherited (PETRARCH-2's verbs reader did not know it; see
// FaultComment). A '#' inside brackets ("[###]") is kept and reported.
func splitLines(data []byte, fs *faults) []line {
	var out []line
	s := string(data)
	sep := "\n"
	if !strings.Contains(s, "\n") && strings.Contains(s, "\r") {
		sep = "\r"
	}
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
			fs.add(n, tabari.FaultEncoding, "bytes that are not UTF-8 (kept as written): %q", clip(raw))
		}
		text, xml := raw, ""
		text, xml, inXML = cutXML(text, inXML)
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "<!") {
			continue
		}
		l := line{n: n}
		l.text, l.comment, l.semi = cutComment(text, n, fs)
		if xml != "" {
			l.comment = strings.TrimSpace(l.comment + " " + xml)
		}
		l.text = strings.TrimSpace(l.text)
		if l.text == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

func cutXML(s string, inside bool) (text, comment string, stillInside bool) {
	return tabari.CutXMLComment(s, inside)
}

func cutComment(s string, n int, fs *faults) (text, comment string, semi bool) {
	text, comment, semi, hash := tabari.CutComment(s, tabari.PETRARCH)
	if hash {
		fs.add(n, tabari.FaultComment, "'#' inside brackets: PETRARCH cut the line there and read an empty code; kept here as written")
	}
	return text, comment, semi
}

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
	head   string
	groups []string
	stray  string
	open   bool // a '[' was not closed
	brace  bool // a group was closed by '}'
}

func splitBrackets(s string) bracketed {
	t := tabari.SplitBrackets(s)
	return bracketed{head: t.Head, groups: t.Groups, stray: t.Stray, open: t.Open, brace: t.Brace}
}

// eventCode reads a code with the tabari package's rules.
func eventCode(raw string, n int, fs *faults) tabari.Code {
	c, f := tabari.ParseEventCode(tabari.Pos{File: fs.file, Line: n}, raw)
	fs.merge(f)
	return c
}

// parseTabariPhrase reads a phrase or pattern in TABARI syntax.
func parseTabariPhrase(text string, n int, fs *faults, pattern bool) []tabari.Elem {
	pos := tabari.Pos{File: fs.file, Line: n}
	if pattern {
		el, f := tabari.ParsePattern(pos, text)
		fs.merge(f)
		return el
	}
	ph, f := tabari.ParsePhrase(pos, text)
	fs.merge(f)
	return ph.Elems
}
