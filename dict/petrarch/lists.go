package petrarch

import (
	"strings"

	"github.com/annals-dev/annals/dict/tabari"
)

// Actors is an actors dictionary: PETRARCH reads TABARI's format.
type Actors = tabari.Actors

// Agents is an agents dictionary: PETRARCH reads TABARI's format, with
// plurals in braces and substitution sets.
type Agents = tabari.Agents

// ParseActors reads a PETRARCH or Phoenix actors file
// (Phoenix.Countries.actors.txt and the like). The date restrictions may be
// on the phrase's line or on indented lines below it.
func ParseActors(name string, data []byte) *Actors {
	return tabari.ParseActorsAs(name, data, tabari.PETRARCH)
}

// ParseAgents reads a PETRARCH or Phoenix agents file (Phoenix.agents.txt).
func ParseAgents(name string, data []byte) *Agents {
	return tabari.ParseAgentsAs(name, data, tabari.PETRARCH)
}

// Discards is a discard list: phrases that mark a sentence (or, with '+',
// a whole story) as not to be coded: sports, markets, history.
type Discards struct {
	File    string
	Entries []Discard
	Faults  []tabari.Fault
}

// Discard is one discard phrase.
type Discard struct {
	Pos tabari.Pos
	// Text is the phrase as written, without the '+'. Matching is not case
	// sensitive; PETRARCH prefixes a blank, so the phrase must start a word.
	Text string
	// Words are its words. A final '_' (kept on the last word) asks that
	// the match end at a word's end; otherwise the last word is a stem.
	Words []string
	// Story is set by a leading '+': the whole story is not coded.
	Story   bool
	Comment string
}

// ParseDiscards reads a discards file (Phoenix.discards.txt).
func ParseDiscards(name string, data []byte) *Discards {
	d := &Discards{File: name}
	fs := newFaults(name)
	for _, l := range splitLines(data, fs) {
		e := Discard{Pos: tabari.Pos{File: name, Line: l.n}, Comment: l.comment}
		t := l.text
		if strings.HasPrefix(t, "+") {
			e.Story, t = true, strings.TrimSpace(t[1:])
		}
		if t == "" {
			fs.add(l.n, tabari.FaultEmpty, "'+' without a phrase: skipped")
			continue
		}
		e.Text, e.Words = t, strings.Fields(t)
		d.Entries = append(d.Entries, e)
	}
	d.Faults = fs.list()
	return d
}

// Words is a plain word list, one entry per line (Phoenix.prepositions.txt).
type Words struct {
	File    string
	Entries []Word
	Faults  []tabari.Fault
}

// Word is one entry of a word list.
type Word struct {
	Pos     tabari.Pos
	Text    string
	Comment string
}

// ParseWords reads a word list such as Phoenix.prepositions.txt.
func ParseWords(name string, data []byte) *Words {
	w := &Words{File: name}
	fs := newFaults(name)
	for _, l := range splitLines(data, fs) {
		w.Entries = append(w.Entries, Word{Pos: tabari.Pos{File: name, Line: l.n}, Text: l.text, Comment: l.comment})
	}
	w.Faults = fs.list()
	return w
}

// Issues is an issues dictionary (Phoenix.IssueCoding.txt): phrases that
// tag a sentence with issue codes, in categories.
type Issues struct {
	File       string
	Categories []Category
	Faults     []tabari.Fault
}

// Category is an <ISSUE CATEGORY="..." TYPE="..."> ... </ISSUE> section.
// Issue lines outside any section are gathered in a category with no name.
type Category struct {
	Pos        tabari.Pos
	Name, Type string
	Issues     []Issue
	// Ignore are the "~phrase" (sentence) and "~~phrase" (story) lines:
	// when found, the section's issues are not coded.
	Ignore []Ignore
}

// Issue is one "phrase [CODE]" line.
type Issue struct {
	Pos     tabari.Pos
	Text    string // as written, before the code
	Terms   []Term
	Code    string
	Comment string
}

// Term is one blank-separated word of an issue phrase. Its markers expand
// it: "n:" to the noun and its regular plural, "v:" to the regular verb
// forms (S, ED, ING); each '+' to both a blank and a hyphen ("cod+war").
type Term struct {
	Text       string // without "n:" or "v:"; '+' kept
	Noun, Verb bool
}

// Ignore is a "~" or "~~" line of an issues section.
type Ignore struct {
	Pos     tabari.Pos
	Text    string
	Terms   []Term
	Story   bool // "~~": anywhere in the story
	Comment string
}

func terms(s string) []Term {
	var out []Term
	for _, f := range strings.Fields(s) {
		t := Term{Text: f}
		switch {
		case len(f) > 2 && strings.EqualFold(f[:2], "n:"):
			t.Noun, t.Text = true, f[2:]
		case len(f) > 2 && strings.EqualFold(f[:2], "v:"):
			t.Verb, t.Text = true, f[2:]
		}
		// A marker may follow a '+' ("pre+n:school"): PETRARCH found it
		// anywhere in the phrase.
		if i := indexFold(t.Text, "+n:"); i >= 0 {
			t.Noun, t.Text = true, t.Text[:i+1]+t.Text[i+3:]
		}
		if i := indexFold(t.Text, "+v:"); i >= 0 {
			t.Verb, t.Text = true, t.Text[:i+1]+t.Text[i+3:]
		}
		out = append(out, t)
	}
	return out
}

// ParseIssues reads an issues file.
func ParseIssues(name string, data []byte) *Issues {
	is := &Issues{File: name}
	fs := newFaults(name)
	var cat *Category
	cur := func(n int) *Category {
		if cat == nil {
			is.Categories = append(is.Categories, Category{Pos: tabari.Pos{File: name, Line: n}})
			cat = &is.Categories[len(is.Categories)-1]
		}
		return cat
	}
	for _, l := range splitLines(data, fs) {
		t := l.text
		pos := tabari.Pos{File: name, Line: l.n}
		up := strings.ToUpper(t)
		switch {
		case strings.HasPrefix(up, "<ISSUE"):
			if cat != nil && cat.Name != "" {
				fs.add(l.n, tabari.FaultSyntax, "<ISSUE> inside the section opened at line %d: a new section starts", cat.Pos.Line)
			}
			is.Categories = append(is.Categories, Category{Pos: pos, Name: attr(t, "CATEGORY"), Type: attr(t, "TYPE")})
			cat = &is.Categories[len(is.Categories)-1]
			continue
		case strings.HasPrefix(up, "</ISSUE"):
			if cat == nil {
				fs.add(l.n, tabari.FaultOrphan, "</ISSUE> without <ISSUE>: ignored")
			}
			cat = nil
			continue
		case strings.HasPrefix(t, "~"):
			ig := Ignore{Pos: pos, Comment: l.comment}
			ig.Text = strings.TrimPrefix(t, "~")
			if strings.HasPrefix(ig.Text, "~") {
				ig.Story, ig.Text = true, ig.Text[1:]
			}
			ig.Text = strings.TrimSpace(ig.Text)
			ig.Terms = terms(ig.Text)
			c := cur(l.n)
			c.Ignore = append(c.Ignore, ig)
			continue
		}
		b := splitBrackets(t)
		if len(b.groups) == 0 {
			fs.add(l.n, tabari.FaultCode, "issue %q without a [code]: skipped, as PETRARCH skipped it", clip(t))
			continue
		}
		if b.open || b.brace || len(b.groups) > 1 || b.stray != "" {
			rest := ""
			if i := strings.IndexByte(t, ']'); i >= 0 {
				rest = t[i+1:]
			}
			fs.add(l.n, tabari.FaultBracket, "issue line %q is not one phrase [CODE]: the first phrase and code are read, as PETRARCH read them; the rest (%q) is lost", clip(t), clip(rest))
		}
		if b.head == "" {
			fs.add(l.n, tabari.FaultEmpty, "issue code without a phrase: skipped")
			continue
		}
		c := cur(l.n)
		c.Issues = append(c.Issues, Issue{Pos: pos, Text: b.head, Terms: terms(b.head), Code: b.groups[0], Comment: l.comment})
	}
	if cat != nil && cat.Name != "" {
		fs.add(cat.Pos.Line, tabari.FaultBracket, "<ISSUE> section is never closed")
	}
	is.Faults = fs.list()
	return is
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	for j := 0; j+len(sub) <= len(s); j++ {
		if strings.EqualFold(s[j:j+len(sub)], sub) {
			return j
		}
	}
	return -1
}

// attr returns the value of NAME="value" in a tag.
func attr(tag, name string) string {
	key := name + "="
	i := indexFold(tag, key)
	if i < 0 {
		return ""
	}
	v := tag[i+len(key):]
	if strings.HasPrefix(v, `"`) {
		v = v[1:]
		if j := strings.IndexByte(v, '"'); j >= 0 {
			return v[:j]
		}
		return v
	}
	if j := strings.IndexAny(v, " \t>"); j >= 0 {
		return v[:j]
	}
	return v
}
