package tabari

import "strings"

// Agents is a TABARI .agents file (also the format of PETRARCH's and the
// Phoenix agent dictionaries).
type Agents struct {
	File string
	// Subst are the substitution sets "!PERSON! = MAN, MEN, WOMAN".
	Subst  []Subst
	Agents []Agent
	Tail   string
	Faults []Fault
}

// Subst is a substitution set: every item replaces the marker "!NAME!"
// wherever an agent phrase uses it ("CONGRESS!PERSON!"), with no plurals
// added.
type Subst struct {
	Pos     Pos
	Name    string
	Items   []string
	Comment string
}

// Agent is one agent entry: "PHRASE {PLURAL} [~CODE] ; comment".
type Agent struct {
	Pos    Pos
	Phrase Phrase
	// Plural is the plural given in braces: nil when none is given (the
	// regular plural is generated: +S, Y to IES, SS to SSES), and a phrase
	// with empty Text for "{}" (no plural).
	Plural *Phrase
	// Code is the agent code: "~GOV" is appended to the actor's code,
	// "NGO~" is put before it.
	Code    Code
	Comment string
	// Subst names the substitution marker the phrase uses ("PERSON" for
	// "CONGRESS!PERSON!"), or is empty.
	Subst   string
	Ignored string
	// DuplicateOf is the line of an earlier agent with the same phrase, or 0.
	DuplicateOf int
}

// Affix splits the agent code: "~GOV" gives ("GOV", false), to be put after
// the actor's code; "NGO~" gives ("NGO", true), to be put before it.
func (a Agent) Affix() (code string, before bool) {
	v := a.Code.Value
	if strings.HasSuffix(v, "~") && !strings.HasPrefix(v, "~") {
		return strings.TrimSuffix(v, "~"), true
	}
	return strings.TrimPrefix(v, "~"), false
}

// ParseAgents reads a TABARI .agents file.
func ParseAgents(name string, data []byte) *Agents { return ParseAgentsAs(name, data, TABARI) }

// ParseAgentsAs reads an agents file with the given comment syntax.
func ParseAgentsAs(name string, data []byte, syn Syntax) *Agents {
	a := &Agents{File: name}
	fs := &faults{file: name}
	lines, tail := splitLines(data, syn, fs, false)
	a.Tail = tail
	seen := map[string]int{}
	codeAt := map[int]string{}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		pos := Pos{name, l.n}
		if strings.Contains(t, "!") && strings.Contains(t, "=") {
			if s, ok := parseSubst(t, l.n, fs); ok {
				s.Pos, s.Comment = pos, l.comment
				a.Subst = append(a.Subst, s)
			}
			continue
		}
		b := splitBrackets(t)
		if len(b.groups) == 0 {
			fs.add(l.n, FaultCode, "agent %q without a [code]: skipped, as TABARI and PETRARCH skipped it", clip(t))
			continue
		}
		ag := Agent{Pos: pos, Comment: l.comment}
		head := b.head
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head[i:], '}')
			if j < 0 {
				fs.add(l.n, FaultBracket, "plural without '}' in %q: skipped, as PETRARCH skipped it", clip(t))
				continue
			}
			pl, _ := parsePhrase(strings.TrimSpace(head[i+1:i+j]), l.n, fs)
			ag.Plural = &pl
			if rest := strings.TrimSpace(head[i+j+1:]); rest != "" {
				fs.add(l.n, FaultStray, "text %q after the plural: ignored", clip(rest))
			}
			head = strings.TrimSpace(head[:i])
		}
		ph, amp := parsePhrase(head, l.n, fs)
		ag.Phrase = ph
		if amp {
			fs.add(l.n, FaultSynset, "bare '&' in agent %q: TABARI read it as a synset name (MISS_SYN); kept, marked Ignored", clip(head))
			ag.Ignored = "bare '&' read as a synset name (TABARI MISS_SYN)"
		}
		switch {
		case b.open:
			fs.add(l.n, FaultBracket, "agent code without ']': read to the end of the line")
		case b.brace && syn == PETRARCH:
			// PETRARCH took everything up to ']' or the end of the line.
			fs.add(l.n, FaultBracket, "agent code %q closed by '}' instead of ']': kept as PETRARCH read it, %q", b.groups[0], b.groups[0]+"}")
			b.groups[0] += "}"
		case b.brace:
			fs.add(l.n, FaultBracket, "agent code closed by '}' instead of ']' (TABARI MISS_RBRAC): marked Ignored")
			ag.Ignored = "code without ']' (TABARI MISS_RBRAC)"
		}
		if len(b.groups) > 1 {
			fs.add(l.n, FaultStray, "agent has %d codes: the first is used", len(b.groups))
		}
		if b.stray != "" {
			fs.add(l.n, FaultStray, "text %q after the agent code: ignored", clip(b.stray))
		}
		ag.Code = Code{Raw: b.groups[0], Value: strings.Join(strings.Fields(b.groups[0]), "")}
		if v := ag.Code.Value; v == "" || (!strings.HasPrefix(v, "~") && !strings.HasSuffix(v, "~")) {
			fs.add(l.n, FaultCode, "agent code %q has no '~' to say where it goes: kept as written", b.groups[0])
		}
		if i := strings.IndexByte(head, '!'); i >= 0 {
			j := strings.IndexByte(head[i+1:], '!')
			if j < 0 {
				fs.add(l.n, FaultSyntax, "substitution marker in %q has no closing '!': skipped, as PETRARCH skipped it", clip(head))
				ag.Ignored = "unclosed substitution marker"
			} else {
				ag.Subst = head[i+1 : i+1+j]
			}
		}
		k := key(ph.Elems)
		if first, ok := seen[k]; ok && k != "" {
			ag.DuplicateOf = first
			same := "a different code"
			if codeAt[first] == ag.Code.Value {
				same = "the same code"
			}
			fs.add(l.n, FaultDuplicate, "agent %q also at line %d, with %s: both kept", clip(head), first, same)
		} else {
			seen[k] = l.n
			codeAt[l.n] = ag.Code.Value
		}
		a.Agents = append(a.Agents, ag)
	}
	defined := map[string]bool{}
	for _, s := range a.Subst {
		defined[s.Name] = true
	}
	for i := range a.Agents {
		ag := &a.Agents[i]
		if ag.Subst != "" && !defined[ag.Subst] {
			fs.add(ag.Pos.Line, FaultSynset, "substitution marker !%s! is not defined: PETRARCH skipped the line; marked Ignored", ag.Subst)
			ag.Ignored = "undefined substitution marker !" + ag.Subst + "!"
		}
	}
	a.Faults = fs.list
	return a
}

// parseSubst reads "!NAME! = A, B, C".
func parseSubst(t string, n int, fs *faults) (Subst, bool) {
	var s Subst
	i := strings.IndexByte(t, '!')
	j := strings.IndexByte(t[i+1:], '!')
	eq := strings.IndexByte(t, '=')
	if j < 0 || eq < i+1+j {
		fs.add(n, FaultSyntax, "substitution set %q is not !NAME! = A, B: skipped, as PETRARCH skipped it", clip(t))
		return s, false
	}
	s.Name = t[i+1 : i+1+j]
	for _, it := range strings.Split(t[eq+1:], ",") {
		if it = strings.TrimSpace(it); it != "" {
			s.Items = append(s.Items, it)
		}
	}
	return s, true
}
