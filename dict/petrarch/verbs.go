package petrarch

import (
	"fmt"
	"strings"

	"github.com/annals-dev/annals/dict/tabari"
)

// Verbs is a PETRARCH verbs dictionary: PETRARCH-1's
// CAMEO.verbpatterns.*.txt or PETRARCH-2's CAMEO.2.0.txt. Both hold synsets,
// then verb blocks, each a header "--- NAME [CODE] ---", its verbs and its
// patterns; PETRARCH-2 adds transformations at the end.
type Verbs struct {
	File string
	// Version is 1 for PETRARCH-1 pattern syntax, 2 for PETRARCH-2's.
	Version         int
	Synsets         []tabari.SynsetDef
	Blocks          []Block
	Transformations []Transformation
	Faults          []tabari.Fault
}

// Block is a verb block: verbs that share their patterns.
type Block struct {
	Pos tabari.Pos
	// Name is the block's label ("PARLEY"); PETRARCH-2 files its
	// patterns under it.
	Name string
	// Code is the primary code, for every verb without its own; "---"
	// (codes nothing alone) when the header has none.
	Code     tabari.Code
	Comment  string
	Verbs    []Verb
	Patterns []Pattern
}

// Verb is one verb of a block: "MEET {MEETS MET MEETING} [043]". A verb of several
// words marks the word the parser tags as the verb with '+':
// "+SIT_DOWN", "RE_+CONVENE".
type Verb struct {
	Pos  tabari.Pos
	Text string // as written, without forms and code
	// Words are the words of the verb; Head indexes the verb among them.
	Words []string
	Head  int
	// Forms are the irregular forms in braces, as written ("+SAT_DOWN").
	// FormsGiven is set when braces are present, even empty ones: then no
	// regular forms are generated.
	Forms      []string
	FormsGiven bool
	// Code is the verb's own code, or nil for the block's.
	Code    *tabari.Code
	Comment string
	Ignored string
}

// Pattern is one "- ... [code]" line of a block.
type Pattern struct {
	Pos     tabari.Pos
	Text    string // as written, between '-' and '['
	Code    tabari.Code
	Comment string
	// Elems is the pattern in PETRARCH-1 (TABARI) syntax.
	Elems []tabari.Elem
	// Before and After are the pattern in PETRARCH-2 syntax: the phrases
	// before and after the verb marker '*'.
	Before, After Side
	Ignored       string
	DuplicateOf   int
}

// Side is one side of a PETRARCH-2 pattern: the noun phrases and the
// prepositional phrases on that side of the verb, in order.
type Side struct {
	Nouns []Noun
	Preps []Prep
}

// Noun is a noun phrase: a single word, or "{A B C}" whose last word is the
// head. The word may be a synset ("&WEAPON"), or one of PETRARCH-2's
// markers for the target ("+"), the source ("$"), TABARI's skip ("^") and
// compound ("%").
type Noun struct {
	Head      string
	Modifiers []string
}

// Prep is a prepositional phrase "(PREP NOUN ...)".
type Prep struct {
	Prep  string
	Nouns []Noun
}

// Transformation is a PETRARCH-2 rule that rewrites an event that has an
// event as its target: "~ a (b . BOMBARD) BOAST = a b 112".
type Transformation struct {
	Pos     tabari.Pos
	Text    string
	From    Event
	To      []string // source, target and code (or Q for the inner code)
	Comment string
}

// Event is the left side of a transformation: source, target and verb. The
// roles are letters that the right side refers to, "." for none and "_" for
// any; a target may itself be an event.
type Event struct {
	Source, Target string
	Inner          *Event
	Verb           string
}

// ParseVerbs1 reads a PETRARCH-1 verbs dictionary (CAMEO.verbpatterns).
func ParseVerbs1(name string, data []byte) *Verbs { return parseVerbs(name, data, 1) }

// ParseVerbs2 reads a PETRARCH-2 verbs dictionary (CAMEO.2.0.txt).
func ParseVerbs2(name string, data []byte) *Verbs { return parseVerbs(name, data, 2) }

type verbReader struct {
	v       *Verbs
	fs      *faults
	block   *Block
	synset  *tabari.SynsetDef
	used    []use
	patSeen map[string]int
}

type use struct {
	name       string
	line       int
	block, pat int // indices of a pattern, or block < 0
}

func parseVerbs(name string, data []byte, version int) *Verbs {
	v := &Verbs{File: name, Version: version}
	fs := newFaults(name)
	r := verbReader{v: v, fs: fs, patSeen: map[string]int{}}
	for _, l := range splitLines(data, fs) {
		r.line(l)
	}
	r.finish()
	v.Faults = fs.list()
	return v
}

func (r *verbReader) pos(n int) tabari.Pos { return tabari.Pos{File: r.v.File, Line: n} }

func (r *verbReader) line(l line) {
	t := strings.TrimSpace(l.text)
	switch {
	case strings.HasPrefix(t, "---"):
		r.synset = nil
		r.header(l, t)
	case t[0] == '-':
		r.synset = nil
		r.pattern(l, t)
	case t[0] == '&':
		f := strings.Fields(t)[0]
		s := tabari.SynsetDef{Pos: r.pos(l.n), Name: strings.TrimRight(f[1:], "_"), NoPlural: strings.HasSuffix(f, "_"), Comment: l.comment}
		if rest := strings.TrimSpace(strings.TrimPrefix(t, f)); rest != "" {
			r.fs.add(l.n, tabari.FaultStray, "text %q after the synset name: ignored", clip(rest))
		}
		r.v.Synsets = append(r.v.Synsets, s)
		r.synset = &r.v.Synsets[len(r.v.Synsets)-1]
	case t[0] == '+' && r.synset != nil:
		text := strings.TrimSpace(t[1:])
		el := parseTabariPhrase(text, l.n, r.fs, true)
		r.synset.Members = append(r.synset.Members, tabari.Entry{Pos: r.pos(l.n), Phrase: tabari.Phrase{Text: text, Elems: el}, Comment: l.comment})
	case t[0] == '~':
		r.synset = nil
		r.transformation(l, t)
	default:
		r.synset = nil
		r.verb(l, t)
	}
}

func (r *verbReader) header(l line, t string) {
	body := strings.TrimSpace(strings.TrimLeft(t, "-"))
	b := splitBrackets(body)
	blk := Block{Pos: r.pos(l.n), Comment: l.comment, Code: tabari.Code{Value: tabari.NullCode}}
	blk.Name = strings.TrimSpace(strings.TrimRight(b.head, "-"))
	if len(b.groups) == 0 {
		blk.Name = strings.TrimSpace(strings.TrimRight(body, "-"))
		if r.v.Version == 2 {
			r.fs.add(l.n, tabari.FaultCode, "block %q without a [code]: read as the null code --- (PETRARCH-1's default; PETRARCH-2 read the closing dashes as the code)", blk.Name)
		}
	} else {
		blk.Code = eventCode(b.groups[0], l.n, r.fs)
		if rest := strings.Trim(b.stray, "- \t"); rest != "" {
			r.fs.add(l.n, tabari.FaultStray, "text %q in the block header: ignored", clip(rest))
		}
		// "[110]---": the closing dashes glued to the code.
		if i := strings.Index(body, "]"); i >= 0 && strings.HasPrefix(body[i+1:], "-") {
			if r.v.Version == 2 {
				read := b.groups[0]
				if f := strings.Fields(t); len(f) > 2 && len(f[2]) >= 2 {
					read = f[2][1 : len(f[2])-1] // PETRARCH-2 took the third field less its ends
				}
				resolved := read
				if len(read) >= 2 {
					resolved = read[:2] + "0" // convert_code's fallback for codes it does not know
				}
				r.fs.add(l.n, tabari.FaultStray, "closing dashes glued to the code in %q: PETRARCH-2 read the code as %q (the stray \"]--\"), which its code table resolved by the first two digits to %s; read as %s", clip(t), read, resolved, b.groups[0])
			} else {
				r.fs.add(l.n, tabari.FaultStray, "closing dashes glued to the code in %q: harmless to PETRARCH-1, which read %s", clip(t), b.groups[0])
			}
		}
		if len(b.groups) > 1 {
			r.fs.add(l.n, tabari.FaultStray, "block header with %d codes: the first is used", len(b.groups))
		}
	}
	if blk.Name == "" {
		r.fs.add(l.n, tabari.FaultSyntax, "block header without a name")
	}
	r.v.Blocks = append(r.v.Blocks, blk)
	r.block = &r.v.Blocks[len(r.v.Blocks)-1]
}

func (r *verbReader) verb(l line, t string) {
	if r.block == nil {
		r.fs.add(l.n, tabari.FaultOrphan, "verb %q before any block header: skipped", clip(t))
		return
	}
	b := splitBrackets(t)
	vb := Verb{Pos: r.pos(l.n), Comment: l.comment}
	head := b.head
	if i := strings.IndexByte(head, '{'); i >= 0 {
		vb.FormsGiven = true
		body := head[i+1:]
		if j := strings.IndexByte(body, '}'); j >= 0 {
			if rest := strings.TrimSpace(body[j+1:]); rest != "" {
				r.fs.add(l.n, tabari.FaultStray, "text %q after the verb forms: ignored", clip(rest))
			}
			body = body[:j]
		} else {
			r.fs.add(l.n, tabari.FaultBracket, "verb forms without '}': read to the end of the line")
		}
		for _, f := range strings.Fields(strings.ReplaceAll(body, ",", " ")) {
			vb.Forms = append(vb.Forms, f)
		}
		if strings.Contains(body, ",") {
			r.fs.add(l.n, tabari.FaultPhrase, "commas between verb forms in %q: read as blanks (PETRARCH-2 read each ',' as a form)", clip(t))
		}
		head = strings.TrimSpace(head[:i])
	}
	if l.semi && r.v.Version == 2 {
		last := head
		if len(vb.Forms) > 0 {
			last = vb.Forms[len(vb.Forms)-1]
		}
		r.fs.add(l.n, tabari.FaultComment, "';' comment on a verb line: PETRARCH-2 does not know ';', glued the comment to the last word (%q) and read its words as more forms, so %s never matched; read here as a comment", clip(last+";"+l.comment), last)
	}
	vb.Text = head
	if strings.ContainsAny(head, "*()") {
		r.fs.add(l.n, tabari.FaultPattern, "%q looks like a pattern without its '-': PETRARCH read its words as verbs, which never match; kept as a verb marked Ignored", clip(t))
		vb.Ignored = "a pattern without its '-'"
	} else if f := strings.Fields(head); len(f) > 1 {
		if r.v.Version == 1 {
			r.fs.add(l.n, tabari.FaultPhrase, "verb %q has blanks in it: PETRARCH-1 took %s as the verb (and made forms of the whole text, which never match)", clip(head), f[0])
		} else {
			r.fs.add(l.n, tabari.FaultPhrase, "verb %q has blanks in it: PETRARCH-2 read each word as a verb with no regular forms; %s is kept as the verb", clip(head), f[0])
		}
	}
	if f := strings.Fields(head); len(f) > 1 {
		head = f[0]
	}
	vb.Words, vb.Head = verbWords(head)
	if len(vb.Words) > 1 && vb.Head < 0 {
		r.fs.add(l.n, tabari.FaultPhrase, "multi-word verb %q has no '+' to mark the verb: PETRARCH-1 skipped it (PETRARCH-2 failed on it); marked Ignored", clip(head))
		vb.Ignored = "multi-word verb without '+'"
		vb.Head = 0
	}
	if vb.Head < 0 {
		vb.Head = 0
	}
	if len(b.groups) > 0 {
		c := eventCode(b.groups[0], l.n, r.fs)
		vb.Code = &c
		if len(b.groups) > 1 || b.open || b.brace {
			r.fs.add(l.n, tabari.FaultBracket, "verb code %q is malformed: the first code is used", clip(t))
		}
	}
	r.block.Verbs = append(r.block.Verbs, vb)
}

// verbWords splits "RE_+CONVENE" into its words and the index of the one
// marked '+' (-1 if none).
func verbWords(s string) ([]string, int) {
	head := -1
	var words []string
	for _, w := range strings.Split(s, "_") {
		if w == "" {
			continue
		}
		if strings.HasPrefix(w, "+") {
			head = len(words)
			w = w[1:]
		}
		words = append(words, w)
	}
	return words, head
}

func (r *verbReader) pattern(l line, t string) {
	if r.block == nil {
		r.fs.add(l.n, tabari.FaultOrphan, "pattern before any block header: skipped")
		return
	}
	b := splitBrackets(t[1:])
	p := Pattern{Pos: r.pos(l.n), Text: b.head, Comment: l.comment}
	if len(b.groups) == 0 {
		r.fs.add(l.n, tabari.FaultCode, "pattern without a [code]: PETRARCH stored an empty code, which codes nothing; read as the null code ---")
		p.Code = tabari.Code{Value: tabari.NullCode}
	} else {
		p.Code = eventCode(b.groups[0], l.n, r.fs)
		if len(b.groups) > 1 || b.open || b.brace || b.stray != "" {
			r.fs.add(l.n, tabari.FaultStray, "pattern code %q is malformed: the first code is used", clip(t))
		}
	}
	if r.v.Version == 1 {
		p.Elems = parseTabariPhrase(p.Text, l.n, r.fs, true)
		if strings.ContainsRune(p.Text, '{') {
			r.fs.add(l.n, tabari.FaultPattern, "pattern %q has a TABARI '{ | }' group, which PETRARCH-1 does not read: marked Ignored", clip(p.Text))
			p.Ignored = "'{ | }' group (PETRARCH-1 skips these)"
		}
		if !strings.ContainsRune(p.Text, '*') {
			r.fs.add(l.n, tabari.FaultPattern, "pattern %q has no verb marker '*': PETRARCH-1 read all of it as words before the verb", clip(p.Text))
		}
	} else {
		r.pattern2(l, &p)
	}
	k := fmt.Sprint(len(r.v.Blocks), "|", strings.Join(strings.Fields(p.Text), " "), "|", p.Code.Value)
	if first, dup := r.patSeen[k]; dup {
		p.DuplicateOf = first
		r.fs.add(l.n, tabari.FaultDuplicate, "pattern %q [%s] repeats line %d in the same block: both kept", clip(p.Text), p.Code.Value, first)
	} else {
		r.patSeen[k] = l.n
	}
	r.block.Patterns = append(r.block.Patterns, p)
	bi, pi := len(r.v.Blocks)-1, len(r.block.Patterns)-1
	for _, name := range synsetsIn(p) {
		r.used = append(r.used, use{name: name, line: l.n, block: bi, pat: pi})
	}
}

// synsetsIn lists the synsets a pattern names.
func synsetsIn(p Pattern) []string {
	var out []string
	add := func(w string) {
		if strings.HasPrefix(w, "&") && len(w) > 1 {
			out = append(out, strings.TrimRight(w[1:], "_"))
		}
	}
	for _, e := range p.Elems {
		if e.Kind == tabari.KindSynset {
			out = append(out, e.Text)
		}
	}
	for _, s := range []Side{p.Before, p.After} {
		nouns := append([]Noun(nil), s.Nouns...)
		for _, pp := range s.Preps {
			add(pp.Prep)
			nouns = append(nouns, pp.Nouns...)
		}
		for _, n := range nouns {
			add(n.Head)
			for _, m := range n.Modifiers {
				add(m)
			}
		}
	}
	return out
}

// pattern2 reads the PETRARCH-2 syntax of p.Text: PETRARCH-2 splits the
// text at '*' (even glued to a word: "*DOUBTFUL") and reads each side.
func (r *verbReader) pattern2(l line, p *Pattern) {
	parts := strings.Split(p.Text, "*")
	if len(parts) < 2 {
		r.fs.add(l.n, tabari.FaultPattern, "pattern %q has no verb marker '*' (PETRARCH-2 failed on it): marked Ignored", clip(p.Text))
		p.Ignored = "no verb marker '*'"
		p.Before = r.side(l.n, p.Text)
		return
	}
	if len(parts) > 2 {
		r.fs.add(l.n, tabari.FaultPattern, "pattern %q has %d verb markers: what follows the second is ignored, as PETRARCH-2 ignored it", clip(p.Text), len(parts)-1)
	}
	p.Before = r.side(l.n, parts[0])
	p.After = r.side(l.n, parts[1])
}

// side reads one side of a PETRARCH-2 pattern: nouns, "{A B C}" noun
// phrases and "(PREP ...)" prepositional phrases.
func (r *verbReader) side(n int, s string) Side {
	var out Side
	toks, glued := tokens2(s)
	var prep *Prep
	bare := -1 // index in out.Nouns of a word just read outside any phrase
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		wasBare := bare
		bare = -1
		switch t {
		case "(":
			if prep != nil {
				r.fs.add(n, tabari.FaultBracket, "'(' inside '( )' in %q: the first phrase is closed", clip(s))
				out.Preps = append(out.Preps, *prep)
			}
			prep = &Prep{}
			if i+1 < len(toks) && !isPunct2(toks[i+1]) {
				prep.Prep = toks[i+1]
				i++
			} else {
				r.fs.add(n, tabari.FaultSyntax, "'(' without a preposition in %q", clip(s))
			}
		case ")":
			if prep == nil {
				if wasBare >= 0 && wasBare == len(out.Nouns)-1 && glued[i] {
					// "VISIT)": PETRARCH-2 skipped a word ending in ')'.
					r.fs.add(n, tabari.FaultBracket, "%q without '(' in %q: ignored, as PETRARCH-2 ignored a word ending in ')'", out.Nouns[wasBare].Head+")", clip(s))
					out.Nouns = out.Nouns[:wasBare]
					continue
				}
				r.fs.add(n, tabari.FaultBracket, "')' without '(' in %q: ignored", clip(s))
				continue
			}
			out.Preps = append(out.Preps, *prep)
			prep = nil
		case "{":
			var words []string
			j := i + 1
			for ; j < len(toks) && toks[j] != "}"; j++ {
				if toks[j] == "(" || toks[j] == ")" || toks[j] == "{" {
					break
				}
				words = append(words, toks[j])
			}
			if j >= len(toks) || toks[j] != "}" {
				r.fs.add(n, tabari.FaultBracket, "'{' without '}' in %q: the phrase ends at %s", clip(s), endName(toks, j))
				j--
			}
			i = j
			if len(words) == 0 {
				r.fs.add(n, tabari.FaultSyntax, "empty noun phrase {} in %q: ignored", clip(s))
				continue
			}
			nn := Noun{Head: words[len(words)-1], Modifiers: words[:len(words)-1]}
			if prep != nil {
				prep.Nouns = append(prep.Nouns, nn)
			} else {
				out.Nouns = append(out.Nouns, nn)
			}
		case "}":
			r.fs.add(n, tabari.FaultBracket, "'}' without '{' in %q: ignored", clip(s))
		default:
			nn := Noun{Head: t}
			if prep != nil {
				prep.Nouns = append(prep.Nouns, nn)
			} else {
				out.Nouns = append(out.Nouns, nn)
				bare = len(out.Nouns) - 1
			}
		}
	}
	if prep != nil {
		r.fs.add(n, tabari.FaultBracket, "'(' without ')' in %q: closed at the end", clip(s))
		out.Preps = append(out.Preps, *prep)
	}
	return out
}

func endName(toks []string, j int) string {
	if j >= len(toks) {
		return "the end"
	}
	return "'" + toks[j] + "'"
}

func isPunct2(t string) bool { return t == "(" || t == ")" || t == "{" || t == "}" }

// tokens2 splits a PETRARCH-2 pattern side into words and brackets. glued
// reports, for each token, that no blank came before it.
func tokens2(s string) (toks []string, glued []bool) {
	start := -1
	blank := true
	flush := func(i int) {
		if start >= 0 {
			toks = append(toks, s[start:i])
			glued = append(glued, start > 0 && s[start-1] != ' ' && s[start-1] != '\t')
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t':
			flush(i)
			blank = true
		case '(', ')', '{', '}':
			flush(i)
			toks = append(toks, string(c))
			glued = append(glued, !blank)
			blank = false
		default:
			if start < 0 {
				start = i
			}
			blank = false
		}
	}
	flush(len(s))
	return toks, glued
}

// transformation reads "~ a (b . BOMBARD) BOAST = a b 112".
func (r *verbReader) transformation(l line, t string) {
	tr := Transformation{Pos: r.pos(l.n), Text: strings.TrimSpace(t[1:]), Comment: l.comment}
	left, right, ok := strings.Cut(tr.Text, "=")
	if !ok {
		r.fs.add(l.n, tabari.FaultSyntax, "transformation %q has no '=': skipped", clip(t))
		return
	}
	toks, _ := tokens2(left)
	ev, rest, ok := parseEvent(toks)
	if !ok || len(rest) > 0 {
		r.fs.add(l.n, tabari.FaultSyntax, "transformation %q is not SOURCE TARGET VERB = SOURCE TARGET CODE: skipped", clip(t))
		return
	}
	tr.From = ev
	tr.To = strings.Fields(right)
	if len(tr.To) != 3 {
		r.fs.add(l.n, tabari.FaultSyntax, "transformation %q does not end in SOURCE TARGET CODE: skipped", clip(t))
		return
	}
	r.v.Transformations = append(r.v.Transformations, tr)
}

// parseEvent reads SOURCE TARGET VERB, where TARGET may be "( event )".
func parseEvent(toks []string) (Event, []string, bool) {
	var e Event
	if len(toks) < 3 || isPunct2(toks[0]) {
		return e, toks, false
	}
	e.Source, toks = toks[0], toks[1:]
	if toks[0] == "(" {
		inner, rest, ok := parseEvent(toks[1:])
		if !ok || len(rest) == 0 || rest[0] != ")" {
			return e, toks, false
		}
		e.Inner, toks = &inner, rest[1:]
	} else if isPunct2(toks[0]) {
		return e, toks, false
	} else {
		e.Target, toks = toks[0], toks[1:]
	}
	if len(toks) == 0 || isPunct2(toks[0]) {
		return e, toks, false
	}
	e.Verb = toks[0]
	return e, toks[1:], true
}

// finish checks the synsets the patterns use.
func (r *verbReader) finish() {
	defined := map[string]bool{}
	for _, s := range r.v.Synsets {
		defined[s.Name] = true
	}
	for _, u := range r.used {
		if defined[u.name] {
			continue
		}
		p := &r.v.Blocks[u.block].Patterns[u.pat]
		if r.v.Version == 1 {
			r.fs.add(u.line, tabari.FaultSynset, "synset &%s is used but not defined (PETRARCH-1 stopped on it): marked Ignored", u.name)
		} else {
			r.fs.add(u.line, tabari.FaultSynset, "synset &%s is used but not defined: PETRARCH-2 kept the name as a word, which never matches; marked Ignored", u.name)
		}
		if p.Ignored == "" {
			p.Ignored = "undefined synset &" + u.name
		}
	}
}
