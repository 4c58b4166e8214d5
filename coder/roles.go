package coder

import (
	"fmt"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dict"
)

// reporting verbs and clause openers end the clause that holds a verb's
// subject: in "X said Y attacked Z" the subject of "attacked" is Y.
var clauseOpeners = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true,
	"stressed": true, "stresses": true, "noted": true, "notes": true, "reported": true, "reports": true,
	"according": true, "that": true, "which": true, "who": true, "whom": true, "whose": true,
	"where": true, "when": true, "while": true, "whereas": true, "because": true, "although": true,
	"though": true, "after": true, "before": true, "since": true, "if": true, "unless": true,
	"until": true, "but": true, "as": true, "explained": true, "insisted": true,
}

// clauseBreaks are punctuation marks that end a clause.
var clauseBreaks = map[string]bool{";": true, ":": true, "\"": true, "(": true, ")": true, "?": true, "!": true}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": true, "get": true, "got": true, "gets": true}

// passiveSkips may stand between "was" and the participle: "was reportedly attacked".
var passiveSkips = map[string]bool{"also": true, "reportedly": true, "allegedly": true, "later": true, "then": true, "again": true, "repeatedly": true, "being": true, "been": true, "already": true, "first": true, "recently": true, "just": true}

// leftBound returns the first token of the clause that ends before token k.
// A relative clause set off by commas (", who had met Y,") is skipped, so that
// its antecedent stays the subject.
func (s *state) leftBound(k int) int {
	for j := k - 1; j >= 0; j-- {
		if s.flags[j]&flagBreak != 0 {
			return j + 1
		}
		if s.flags[j]&flagOpener == 0 {
			continue
		}
		n := s.toks[j].Norm
		if (n == "who" || n == "which") && j > 0 && s.toks[j-1].Norm == "," && s.commaBetween(j, k) {
			j-- // continue before the comma that opens the relative clause
			continue
		}
		return j + 1
	}
	return 0
}

func (s *state) commaBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].Norm == "," {
			return true
		}
	}
	return false
}

// rightBound returns the token after the clause that starts at token k.
func (s *state) rightBound(k int) int {
	for j := k; j < len(s.toks); j++ {
		if s.flags[j]&flagRightBreak != 0 {
			return j
		}
	}
	return len(s.toks)
}

// Token flags, computed once a sentence so that clause scans do no lookups.
const (
	flagBreak      = 1 << iota // ; : quotes, brackets: a clause ends
	flagOpener                 // said, that, which, while…: a clause opens after it
	flagRightBreak             // where a clause that follows a verb ends
)

func (s *state) setFlags() {
	s.flags = s.flags[:0]
	for i := range s.toks {
		n := s.toks[i].Norm
		var f uint8
		if clauseBreaks[n] {
			f |= flagBreak | flagRightBreak
		}
		if clauseOpeners[n] {
			f |= flagOpener
			if n != "as" && n != "since" && n != "until" {
				f |= flagRightBreak
			}
		}
		if n == "," || n == "." {
			f |= flagRightBreak
		}
		s.flags = append(s.flags, f)
	}
}

// subject returns the group that is the subject of a verb starting at token
// k, searching [from, k). The clause is cut at commas into segments; the
// subject is the first actor of the last segment that has one, except that a
// segment set off by commas right before the verb (", General David
// Petraeus," or ", who had met Y,") is an appositive and is passed over.
// Places ("in Moscow") and the group not are never the subject.
func (s *state) subject(from, k int, not int) int {
	// Segment bounds, right to left.
	end := k
	skipApposition := false
	if k-1 >= from && s.toks[k-1].Norm == "," {
		skipApposition = true
		end = k - 1
	}
	for end > from {
		start := end
		for start > from && s.toks[start-1].Norm != "," {
			start--
		}
		if skipApposition && start > from {
			skipApposition = false
			end = start - 1
			continue
		}
		if g := s.firstGroupIn(start, end, k, not); g >= 0 {
			return g
		}
		end = start - 1
	}
	return -1
}

// firstGroupIn returns the first non-locative group that starts in [a, b)
// and ends by k, or -1.
func (s *state) firstGroupIn(a, b, k, not int) int {
	for g := s.groupsFrom(a); g < len(s.groups) && s.groups[g].start < b; g++ {
		gr := &s.groups[g]
		if gr.end > k || g == not || s.mentions[gr.members[0]].locative || s.inRelative(gr.start) {
			continue
		}
		return g
	}
	return -1
}

// inRelative reports whether token k stands in a relative clause opened by
// ", who" or ", which" earlier in its comma segment.
func (s *state) inRelative(k int) bool {
	for j := k - 1; j > 0; j-- {
		switch s.toks[j].Norm {
		case ",", ";", ":":
			return false
		case "who", "which", "whose", "whom":
			return s.toks[j-1].Norm == ","
		}
	}
	return false
}

// antecedent returns the group a relative pronoun at token k refers to:
// the one that ends right before the comma before it.
func (s *state) antecedent(k int) int {
	if k < 2 || s.toks[k-1].Norm != "," {
		return -1
	}
	return s.groupEndingAt(k - 1)
}

// onlyCommaBetween reports whether [a, b) holds a comma and otherwise only adverbs-like filler.
func (s *state) onlyCommaBetween(a, b int) bool {
	comma := false
	for j := a; j < b; j++ {
		if s.toks[j].Norm == "," {
			comma = true
		} else if j-a > 2 {
			return false
		}
	}
	return comma
}

// passive reports whether the verb at token v is a passive participle.
func (s *state) passive(v int) bool {
	n := s.toks[v].Norm
	if strings.HasSuffix(n, "ing") {
		return false
	}
	for j := v - 1; j >= 0 && j >= v-4; j-- {
		t := s.toks[j].Norm
		if t == "'s" && (j == 0 || !pronouns[s.toks[j-1].Norm] && s.toks[j-1].Norm != "that") {
			return false // "Eriador's death toll": a possessive, not "is"
		}
		if beForms[t] && t != "being" && t != "been" || (t == "been" || t == "being") && j == v-1 {
			return true
		}
		if !passiveSkips[t] && !negations[t] && !(strings.HasSuffix(t, "ly") && len(t) > 4) {
			return false // an adverb in -ly may stand there too: "was fiercely opposed"
		}
	}
	return false
}

// negated reports whether a negation stands shortly before the verb at token v.
func (s *state) negated(from, v int) bool {
	for j := v - 1; j >= from && j >= v-4; j-- {
		if negations[s.toks[j].Norm] {
			return true
		}
		if s.isBreak(j) {
			return false
		}
	}
	return false
}

// eventsFor turns a match into events: it assigns source and target,
// handles passive voice, negation and compounds, and dates the events.
func (s *state) eventsFor(m *match, events []annals.Event) []annals.Event {
	var ex *MatchExplanation
	if s.explain != nil {
		s.explain.Matches = append(s.explain.Matches, MatchExplanation{Pattern: m.p.Src.String() + " " + m.p.String(), Words: s.tokText(m.start, m.end)})
		ex = &s.explain.Matches[len(s.explain.Matches)-1]
	}
	reject := func(format string, args ...any) []annals.Event {
		if ex != nil {
			ex.Outcome = fmt.Sprintf(format, args...)
		}
		return events
	}
	if m.p.Null() {
		return reject("null pattern: codes nothing and blocks shorter patterns here")
	}
	verb := m.verb
	if verb < 0 {
		verb = m.start
	}
	L := s.leftBound(m.start)
	R := s.rightBound(m.end)
	if m.verb >= 0 && !s.c.d.Rules.NegationInPatterns && s.negated(L, m.verb) {
		return reject("negated verb")
	}
	if m.verb >= 0 && m.verb+1 < len(s.toks) && s.toks[m.verb+1].Norm == "'s" {
		return reject("«%s's» is a possessive: a noun, not the verb", s.toks[m.verb].Text)
	}
	if k := s.governor(m); k != nil {
		return reject("what «%s» asks, threatens or intends: not an event of its own", s.tokText(k.start, k.end))
	}
	src, tgt := m.source, m.target
	passive := m.verb >= 0 && s.passive(m.verb)
	if passive && s.c.d.Rules.SourceFirstInClause && m.target >= 0 && s.groups[m.target].start < m.verb {
		passive = false // "+ WAS * DEAD": the pattern places the passive's target itself (TABARI)
	}
	if passive && !m.p.HasSource {
		// "Y was attacked by X": X is the source, Y the target.
		agent := -1
		if tgt >= 0 && s.groups[tgt].start > 0 && s.toks[s.groups[tgt].start-1].Norm == "by" {
			// "Y was urged by X to": the pattern's target slot took the agent.
			agent, tgt = tgt, -1
		}
		// The agent phrase may stand inside the match as an adjunct: "was
		// pressured by Congress to".
		for j := m.verb + 1; agent < 0 && j+1 < R+1 && j+1 < len(s.toks); j++ {
			if s.toks[j].Norm == "by" {
				if g := s.groupAt(j + 1); g >= 0 {
					agent = g
				}
				break
			}
		}
		if agent < 0 {
			return reject("passive voice without an agent (no \"by X\")")
		}
		if tgt < 0 {
			tgt = s.subject(L, m.start, agent)
		}
		src = agent
	}
	if src >= 0 && tgt < 0 && m.source >= 0 && !passive && !(s.c.d.Rules.SourceFirstInClause && s.firstAfter(verb+1, src) >= 0) {
		// "X received weapons from $": the subject is the target. TABARI's
		// sparse parse takes the first other actor after the verb first:
		// in "X gave a million pesos $ to Y" Y is the target.
		tgt = s.subject(L, m.start, src)
	}
	if src < 0 && s.c.d.Rules.SourceFirstInClause {
		src = s.firstInClause(m.start, tgt)
		if src < 0 && tgt >= 0 && m.target == tgt && m.verb >= 0 {
			// "+ WAS * DEAD" on "X was shot dead in Y": no other actor
			// before the verb; the first after it is the source.
			src = s.firstAfter(m.verb+1, tgt)
		}
	}
	if src < 0 {
		src = s.subject(L, m.start, tgt)
		if src < 0 && L > 0 && (s.toks[L-1].Norm == "who" || s.toks[L-1].Norm == "which") {
			// "Putin, who had met Pashinyan, ...": the antecedent is the subject.
			src = s.antecedent(L - 1)
		}
		if src < 0 && L > 0 && (L < len(s.toks) && pronouns[s.toks[L].Norm]) {
			// "Obama said he would visit Iran": the pronoun is the speaker.
			src = s.subject(s.leftBound(L-1), L-1, tgt)
		}
	}
	if tgt < 0 && s.c.d.Rules.TargetAfterVerb {
		tgt = s.firstAfter(verb+1, src)
	}
	if tgt < 0 && s.c.d.Rules.TargetBeforeVerb && src >= 0 && m.target < 0 && !m.p.Compound {
		// "X urged Y to assist": no target after the verb; the actor
		// between the source and the verb is the target.
		tgt = s.firstBetween(s.groups[src].end, m.start, src)
	}
	if tgt < 0 {
		tgt = s.objectAfter(m.end, R, src, false)
	}
	if tgt < 0 && len(s.groups) > 0 {
		// A place is the target only when the clause names no other actor:
		// "staged a protest in Beijing".
		tgt = s.objectAfter(m.end, R, src, true)
	}
	rules := &s.c.d.Rules
	// srcOnly and tgtOnly, when set, narrow the members of the source and
	// target groups: a compound split between the two roles.
	var srcOnly, tgtOnly []int
	if src < 0 && tgt >= 0 && rules.DefaultSource != "" && rules.DefaultSourceLate {
		// No actor before the verb: the first one after it is the source,
		// and the target follows it (a compound's later members).
		src = tgt
		if mem := s.groups[src].members; len(mem) > 1 {
			srcOnly, tgtOnly = mem[:1], mem[1:]
		} else {
			tgt = s.firstAfter(s.groups[src].end, src)
		}
	}
	if src < 0 && rules.DefaultSource != "" {
		src = s.stand(rules.DefaultSource, m.start)
	}
	if tgt < 0 && rules.DefaultTarget != "" && src >= 0 {
		if mem := s.groups[src].members; len(mem) > 1 && rules.DefaultTargetEarly {
			// No target after the verb, but one may stand before it: the
			// compound source's first member acts on the others.
			tgt, srcOnly, tgtOnly = src, mem[:1], mem[1:]
		} else {
			tgt = s.stand(rules.DefaultTarget, m.end)
		}
	}
	if tgt < 0 && rules.MissingTarget != "" && src >= 0 && len(s.groups[src].members) < 2 && !m.p.Compound {
		tgt = s.stand(rules.MissingTarget, m.end)
	}
	if src < 0 {
		return reject("no source actor in the clause")
	}
	clauseStart, clauseEnd := L, max(R, m.end)
	var pairs [][2]int
	srcMembers := s.groups[src].members
	if src == m.source {
		srcMembers = s.slotMembers(src, m.sourceFrom, m.sourceTo)
	}
	if srcOnly != nil {
		srcMembers = srcOnly
	}
	switch {
	case m.p.Compound && len(srcMembers) > 1:
		// TABARI's '%': the event is between the compound's members.
		for _, a := range srcMembers {
			for _, b := range srcMembers {
				if a != b {
					pairs = append(pairs, [2]int{a, b})
				}
			}
		}
	case tgt >= 0:
		tgtMembers := s.groups[tgt].members
		if tgt == m.target {
			tgtMembers = s.slotMembers(tgt, m.targetFrom, m.targetTo)
		}
		if tgtOnly != nil {
			tgtMembers = tgtOnly
		}
		for _, a := range srcMembers {
			for _, b := range tgtMembers {
				pairs = append(pairs, [2]int{a, b})
			}
		}
	case len(srcMembers) > 1:
		// "Putin, Pashinyan and Aliyev signed a joint statement": every pair.
		for _, a := range srcMembers {
			for _, b := range srcMembers {
				if a != b {
					pairs = append(pairs, [2]int{a, b})
				}
			}
		}
	default:
		return reject("no target actor in the clause")
	}
	var date annals.Event
	s.dateFor(&date, verb, max(m.end, verb+1), clauseStart, clauseEnd)
	day := s.day
	if t, err := time.Parse(time.DateOnly, date.Date); err == nil {
		day = dict.DateOf(t)
	}
	loc := s.locate(m, clauseStart, clauseEnd, src)
	n := len(events)
	for _, p := range pairs {
		a, b := &s.mentions[p[0]], &s.mentions[p[1]]
		ac, bc := s.codeOn(a, day), s.codeOn(b, day)
		if ac == "" || bc == "" || ac == bc {
			continue
		}
		// A compound code ("FRO/BIL/SAM") stands for several actors: an
		// event with each.
		for rest := ac; rest != ""; {
			var ac string
			ac, rest, _ = strings.Cut(rest, "/")
			for rest := bc; rest != ""; {
				var bc string
				bc, rest, _ = strings.Cut(rest, "/")
				if ac == bc {
					continue
				}
				ev := s.event(m, a, b)
				ev.Source, ev.Target = ac, bc
				ev.Date, ev.DatePrecision, ev.DateText, ev.Planned = date.Date, date.DatePrecision, date.DateText, date.Planned
				ev.Location = loc
				events = append(events, ev)
				if m.p.Paired != "" {
					// "[032:033]": the paired code, from the target to the source.
					back := ev
					back.Source, back.Target = bc, ac
					back.SourceText, back.TargetText = ev.TargetText, ev.SourceText
					setCode(&back, m.p.Paired)
					events = append(events, back)
				}
			}
		}
	}
	if ex != nil {
		switch {
		case len(events) == n:
			ex.Outcome = "actors found, but none has a code on this date, or source and target are the same"
		default:
			ex.Outcome = fmt.Sprintf("%d event(s); source %q, target %q", len(events)-n, s.tokText(s.groups[src].start, s.groups[src].end), s.targetText(tgt))
			if passive {
				ex.Outcome += "; passive voice: roles swapped"
			}
			ex.Date = date.Date
			if date.DateText != "" {
				ex.Date += " from «" + date.DateText + "»"
			} else {
				ex.Date += " (publication date)"
			}
			if date.Planned {
				ex.Date += ", planned (future tense)"
			}
		}
	}
	return events
}

// governors are the CAMEO roots whose patterns, ending in "to", take the
// verb after them as their content: an appeal (02), an intent (03), a demand
// (10), a rejection (12), a threat (13), coercion (17). In "urged Y to help
// Z" or "refused to help Z" the help is not an event.
var governors = map[string]bool{"02": true, "03": true, "10": true, "12": true, "13": true, "17": true}

// governor returns the kept match whose infinitive complement match m is:
// one of the governors' patterns that ends right before m's "to" or takes
// it as its last word. It returns nil when there is none.
func (s *state) governor(m *match) *match {
	if m.start == 0 {
		return nil
	}
	to := m.start - 1
	if n := s.toks[to].Norm; n != "to" && n != "into" {
		return nil
	}
	for i := range s.matches {
		k := &s.matches[i]
		if k == m || k.p.Null() || (k.end != m.start && k.end != to) || !governors[rootOf(k.p.Code)] {
			continue
		}
		return k
	}
	return nil
}

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// stand adds a group of one mention that names no words and codes as
// code, for a default source or target, and returns it. The group is left
// out of the token index, so no pattern slot finds it.
func (s *state) stand(code string, at int) int {
	s.mentions = append(s.mentions, mention{start: at, end: at, code: code, why: "default " + code})
	s.groups = append(s.groups, group{start: at, end: at, members: []int{len(s.mentions) - 1}})
	s.mentions[len(s.mentions)-1].group = len(s.groups) - 1
	return len(s.groups) - 1
}

// firstAfter returns the first group that starts at or after token from,
// other than not, up to the end of the clause, places included; a clause
// ends at a semicolon or colon, or at a conjunction before a verb (see
// opensClause). It is the target of TABARI's sparse parse.
func (s *state) firstAfter(from, not int) int {
	for g := s.groupsFrom(from); g < len(s.groups); g++ {
		gr := &s.groups[g]
		if g == not || gr.end <= gr.start || !s.hasCode(g) {
			continue // a null-coded actor ("[---]") or a lone agent is no actor here
		}
		if s.clauseEndsBetween(from, gr.start) || s.c.d.Rules.CommaOpensClause && s.subjectPastComma(from, g) {
			return -1
		}
		if s.c.d.Rules.Pronouns && s.sameActor(g, not) {
			continue // "X urged Y to assist it": the pronoun is the source again
		}
		return g
	}
	return -1
}

// sameActor reports whether groups g and h (h may be -1) code as the same
// actors: a pronoun that stands for the other.
func (s *state) sameActor(g, h int) bool {
	if h < 0 || len(s.groups[g].members) != len(s.groups[h].members) {
		return false
	}
	for i, m := range s.groups[g].members {
		if s.mentions[m].code != s.mentions[s.groups[h].members[i]].code {
			return false
		}
	}
	return true
}

// firstBetween returns the first coded group that starts at or after
// token from, with no comma before it, and ends by token to, other than
// not and the actors not stands for, or -1 (Rules.TargetBeforeVerb).
func (s *state) firstBetween(from, to, not int) int {
	for g := s.groupsFrom(from); g < len(s.groups) && s.groups[g].end <= to; g++ {
		gr := &s.groups[g]
		if g == not || gr.end <= gr.start || !s.hasCode(g) || s.sameActor(g, not) {
			continue
		}
		if s.commaBetween(from, gr.start) {
			return -1 // "X …, the Y newspaper said": Y heads a clause of its own
		}
		return g
	}
	return -1
}

// subjectPastComma reports whether group g, found after a comma that
// follows token from, is the subject of a verb of its own ("…, a senior
// official said"): the head of a new clause, no target of the verb
// before the comma. A group inside a subordinate clause ("…, years after
// Gondor crowds burned …") still belongs to that verb's phrase.
func (s *state) subjectPastComma(from, g int) bool {
	gr := &s.groups[g]
	comma := -1
	for k := gr.start - 1; k >= from; k-- {
		if s.toks[k].Norm == "," {
			comma = k
			break
		}
	}
	if comma < 0 || s.subordinated(comma+1, gr.start) {
		return false
	}
	for i := range s.matches {
		if m := &s.matches[i]; m.start >= gr.end {
			return !s.commaBetween(gr.end, m.start)
		}
	}
	return false
}

// firstInClause returns the first coded group of the clause that holds
// token k, ending by k, other than not. A clause opens at a semicolon, a
// colon, or a conjunction that joins no compound actor; a clause that
// names no actor before k takes the source of the clause before it
// ("Gondor accepted the plan but then rejected it"). It is the source of
// TABARI's sparse parse.
func (s *state) firstInClause(k, not int) int {
	for {
		start := 0
		for j := k - 1; j >= 0; j-- {
			if s.opensSparseClause(j) {
				start = j + 1
				break
			}
		}
		for g := s.groupsFrom(start); g < len(s.groups) && s.groups[g].start < k; g++ {
			if gr := &s.groups[g]; gr.end <= k && g != not && gr.end > gr.start && (s.hasCode(g) || s.datedNull(g)) {
				return g
			}
		}
		if start == 0 {
			return -1
		}
		k = start - 1
	}
}

// opensSparseClause reports whether token j ends a clause in TABARI's
// sparse parse: a semicolon, a colon, or a conjunction outside a compound
// after a verb.
func (s *state) opensSparseClause(j int) bool {
	switch s.toks[j].Norm {
	case ";", ":":
		return true
	case "and", "but", "or":
		for g := range s.groups {
			if gr := &s.groups[g]; gr.start < j && j < gr.end {
				return false // "Arnor and Gondor": a compound, not a clause
			}
		}
		// Only a clause that has its verb ends: "Ithilen's awful and evil
		// minister warned" is one clause.
		for i := range s.matches {
			if s.matches[i].end <= j {
				return true
			}
		}
		return false
	}
	return false
}

// datedNull reports whether group g is a person with roles who holds no
// code on the day: still the clause's first actor, so nothing is coded.
func (s *state) datedNull(g int) bool {
	p := s.mentions[s.groups[g].members[0]].person
	return p != nil && len(p.Roles) > 0
}

// hasCode reports whether some member of group g has an actor code.
func (s *state) hasCode(g int) bool {
	for _, m := range s.groups[g].members {
		if s.mentions[m].code != "" {
			return true
		}
	}
	return false
}

// clauseEndsBetween reports whether a clause ends in tokens [a, b): a
// semicolon or colon, or "and"/"but" that opens a new clause.
func (s *state) clauseEndsBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.toks[k].Norm {
		case ";", ":", "but":
			return true
		}
	}
	return false
}

// objectAfter returns the first group in [from, to) other than not, places
// included only when places is true, or -1.
func (s *state) objectAfter(from, to, not int, places bool) int {
	for g := s.groupsFrom(from); g < len(s.groups) && s.groups[g].start < to; g++ {
		gr := &s.groups[g]
		if gr.end <= to && g != not && s.mentions[gr.members[0]].locative == places {
			return g
		}
	}
	return -1
}

// locate returns where the event of match m happened: the place named after
// "in", "at" or "near" inside its clause [from, to), nearest the verb first.
// A participant is no location: not the source, not a target the pattern
// placed ("fired at Russia"), and not a place that qualifies the source
// ("the US commander in Iraq"). It returns nil without a gazetteer or a place.
func (s *state) locate(m *match, from, to, src int) *annals.Place {
	if s.c.places == nil {
		return nil
	}
	best, bestDist := -1, 1<<30
	for k := range s.mentions {
		mm := &s.mentions[k]
		if !mm.locative || mm.place == "" || mm.start < from || mm.end > to || s.participant(mm.start, m, src) {
			continue
		}
		d := mm.start - m.end
		if mm.end <= m.start {
			d = m.start - mm.end
		} else if mm.start < m.end {
			d = 0 // inside the match: "held talks in the Kremlin with"
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	if best < 0 {
		return s.placeByName(m, from, to, src)
	}
	p, ok := s.c.places.Lookup(s.mentions[best].place, s.mentions[best].country)
	if !ok {
		return nil
	}
	return &p
}

// participant reports whether the phrase starting at token k (after its
// preposition) names a participant rather than where the event happened:
// the source; a target the pattern placed, unless "in"/"near" introduce it
// ("attend a summit in Switzerland" is both); or a place that qualifies the
// source ("the US commander in Iraq").
func (s *state) participant(k int, m *match, src int) bool {
	start := k
	for start > 0 && determiners[s.toks[start-1].Norm] {
		start--
	}
	prep := ""
	if start > 0 {
		prep = s.toks[start-1].Norm
	}
	g, _ := s.slotAt(k)
	if g < 0 {
		g, _ = s.slotAt(start)
	}
	placePrep := prep == "in" || prep == "near" || prep == "inside" || prep == "outside"
	if g >= 0 && (g == src || g == m.target && !placePrep) {
		return true
	}
	return src >= 0 && start >= 2 && s.groupEndingAt(start-1) == src
}

// placeByName finds a gazetteer name written with a capital after "in", "at"
// or "near" in the clause [from, to), nearest the match m: "met in Zurich".
func (s *state) placeByName(m *match, from, to, src int) *annals.Place {
	if s.c.placeNames == nil {
		return nil
	}
	var found string
	bestDist := 1 << 30
	for i := max(from, 0); i+1 < to && i+1 < len(s.toks); i++ {
		if !locatives[s.toks[i].Norm] {
			continue
		}
		j := i + 1
		for j < to && determiners[s.toks[j].Norm] {
			j++
		}
		if j >= to || j >= len(s.toks) || !isCapitalised(s.toks[j].Text) || s.participant(i+1, m, src) {
			continue
		}
		name, n := "", 0
		s.c.placeNames.Match(min(to, len(s.toks))-j, func(k int) string { return s.toks[j+k].Norm }, func(l int, v []string) bool {
			name, n = v[0], l
			return true
		})
		if n == 0 && s.c.unlisted != nil {
			name, n = s.unlistedPlace(j, min(to, len(s.toks)))
		}
		if n == 0 {
			continue
		}
		d := j - m.end
		if j+n <= m.start {
			d = m.start - (j + n)
		} else if j < m.end {
			d = 0
		}
		if d < bestDist {
			found, bestDist = name, d
		}
	}
	if found == "" {
		return nil
	}
	p, ok := s.c.places.Lookup(found, "")
	if !ok {
		return nil
	}
	return &p
}

// maxPlaceWords bounds the capitalised words unlistedPlace tries as one name.
const maxPlaceWords = 4

// unlistedPlace looks up the run of capitalised words at token j (before
// token to) in the coder's unlisted gazetteer, longest first: "in Nova
// Kakhovka" tries "Nova Kakhovka", then "Nova". It returns the name found
// and its length in tokens, or "", 0.
func (s *state) unlistedPlace(j, to int) (string, int) {
	k := j
	for k < to && k-j < maxPlaceWords && isCapitalised(s.toks[k].Text) {
		k++
		// "Nova-Kakhovka": a hyphen inside a name joins two capitalised words.
		if k+1 < to && s.toks[k].Norm == "-" && s.toks[k].Start == s.toks[k-1].End && s.toks[k+1].Start == s.toks[k].End {
			k++
		}
	}
	for ; k > j; k-- {
		if s.toks[k-1].Norm == "-" {
			continue
		}
		name := s.doc.doc.Text[s.toks[j].Start:s.toks[k-1].End]
		if _, ok := s.c.unlisted.Lookup(name, ""); ok {
			return name, k - j
		}
	}
	return "", 0
}

func (s *state) targetText(g int) string {
	if g < 0 {
		return "(compound subject)"
	}
	return s.tokText(s.groups[g].start, s.groups[g].end)
}

// codeOn returns the mention's code on day d: a person's role may differ
// between the publication date and the event date.
func (s *state) codeOn(m *mention, d dict.Date) string {
	if m.person == nil || d == s.day {
		return m.code
	}
	if code, _ := m.person.CodeOn(d); code != "" && code != dict.DiscardCode {
		return code
	}
	saved := *m
	m.person = nil
	m.code = ""
	s.codeMention(m)
	code := m.code
	*m = saved
	return code
}
