package coder

import (
	"sort"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/dict"
)

// item is one dictionary phrase found in a sentence, before composition.
type item struct {
	start, end int // token range
	e          *dict.Entry
	learned    bool // a surname learned earlier in the document
}

// mention is a noun phrase that names one actor: "his Azerbaijani counterpart
// Ilham Aliyev", "Russian peacekeepers", "the Kremlin".
type mention struct {
	start, end int // token range, leading determiners included
	country    string
	org        string
	agent      string
	agentFirst bool // the agent's code goes before the actor's (TABARI "[NGO~]")
	person     *dict.Person
	seat       bool   // a seat of power or a capital alone: the government
	former     bool   // "former", "ex-": a government title no longer held
	place      string // the place it names, for locations: a city, a capital, a country
	code       string
	why        string
	locative   bool // after in/at/near: a place, not a participant
	group      int  // index of the group it belongs to
}

// group is one actor or a compound of several ("Putin, Pashinyan and Aliyev").
type group struct {
	start, end int
	members    []int // mention indices
}

// determiners may open a mention and are part of it.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "this": true, "these": true, "those": true, "both": true, "two": true, "three": true,
	"several": true, "some": true, "many": true, "other": true,
}

// modifiers may stand inside a mention without changing its code.
var modifiers = map[string]bool{
	"senior": true, "top": true, "chief": true, "deputy": true, "acting": true, "new": true,
	"then": true, "vice": true, "former": true, "ex": true, "first": true, "high": true, "-": true, "level": true, "ranking": true,
	"interim": true, "incoming": true, "outgoing": true, "newly": true, "elected": true, "de": true,
	"facto": true, "so": true, "called": true, "self": true, "proclaimed": true, "de-facto": true,
	"state": true, "national": true, "federal": true, "central": true, "local": true, "regional": true,
	"provincial": true, "main": true, "leading": true, "prominent": true, "armed": true, "radical": true,
	"islamist": true, "militant": true, "hardline": true, "exiled": true, "jailed": true, "detained": true,
}

// possessives before an agent tie it to an actor named earlier.
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// directions may stand between "of" and a place: "the mayor of the northern West Bank".
var directions = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "north": true, "south": true,
	"east": true, "west": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"occupied": true, "breakaway": true, "restive": true, "disputed": true,
}

// locatives before a mention make it a place.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "across": true,
	"throughout": true, "within": true, "around": true, "into": true, "over": true, "toward": true,
	"towards": true, "under": true,
}

// findMentions finds the actor mentions of the sentence and composes their codes.
func (s *state) findMentions() {
	toks := s.toks
	s.items = s.items[:0]
	for i := 0; i < len(toks); {
		best, bestLen := (*dict.Entry)(nil), 0
		s.c.d.Actors.MatchFrom(s.tokEnt[i].actors, len(toks)-i, func(j int) string { return toks[i+j].Norm }, func(n int, vals []*dict.Entry) bool {
			for _, e := range vals {
				if !upperOK(e, toks[i:i+n]) {
					continue
				}
				if n > bestLen || (n == bestLen && s.better(e, best)) {
					best, bestLen = e, n
				}
			}
			return true
		})
		if len(s.c.d.Gapped) > 0 {
			// Phrases whose words may stand apart (TABARI): the longest wins.
			at := func(j int) string { return toks[j].Norm }
			for _, gi := range s.tokEnt[i].gapped {
				g := &s.c.d.Gapped[gi]
				if end, ok := g.MatchAt(len(toks), at, i); ok && end-i > bestLen {
					best, bestLen = g.Entry, end-i
				}
			}
		}
		if best != nil && best.Kind != dict.KindPerson && s.negatedPrefix(i) {
			// "non-Muslims", "anti-government protesters": the word does not
			// name the actor.
			i += bestLen
			continue
		}
		if best != nil && best.Kind != dict.KindPerson && s.participleAfter(i+bestLen) {
			// "government-held", "Israeli-occupied", "Russian-backed": an
			// adjective that describes something else, not an actor.
			i += bestLen + 2
			continue
		}
		if best != nil {
			s.items = append(s.items, item{start: i, end: i + bestLen, e: best})
			i += bestLen
			continue
		}
		if ps := s.c.d.Surnames[toks[i].Norm]; len(ps) > 0 && isCapitalised(toks[i].Text) {
			found := false
			for _, p := range ps {
				if s.doc.seen[p] {
					s.items = append(s.items, item{start: i, end: i + 1, e: &dict.Entry{Kind: dict.KindPerson, Person: p, Phrase: toks[i].Text}, learned: true})
					found = true
					break
				}
			}
			if p := s.titled(i, ps); !found && p != nil {
				s.items = append(s.items, item{start: i, end: i + 1, e: &dict.Entry{Kind: dict.KindPerson, Person: p, Phrase: toks[i].Text + " (by title and surname)", Src: p.Src}})
			}
		}
		i++
	}
	s.compose()
}

// leadingModifier reports whether token k is a modifier that may open a
// mention. A participle ("jailed", "exiled") does so only after a
// determiner: in "has jailed a student" it is the verb.
func (s *state) leadingModifier(k int) bool {
	n := s.toks[k].Norm
	if !modifiers[n] || n == "-" {
		return false
	}
	return !strings.HasSuffix(n, "ed") || k > 0 && determiners[s.toks[k-1].Norm]
}

// negatedPrefix reports whether the phrase at token k is written joined after
// "non-" or "anti-": "non-Muslims" are no Muslims.
func (s *state) negatedPrefix(k int) bool {
	if k < 2 || s.toks[k-1].Norm != "-" || s.toks[k-1].Start != s.toks[k-2].End || s.toks[k].Start != s.toks[k-1].End {
		return false
	}
	n := s.toks[k-2].Norm
	return n == "non" || n == "anti"
}

// titled returns the one person among ps, people who share the surname at
// token k, that holds a role on the day when a title stands right before the
// surname ("President Bush" in 2008 is George W. Bush), or nil.
func (s *state) titled(k int, ps []*dict.Person) *dict.Person {
	if len(s.items) == 0 || s.items[len(s.items)-1].end != k || s.items[len(s.items)-1].e.Kind != dict.KindAgent {
		return nil
	}
	if k+1 < len(s.toks) && isCapitalised(s.toks[k+1].Text) {
		return nil // "President Abdelaziz Bouteflika": a first name, not the surname
	}
	var found *dict.Person
	for _, p := range ps {
		if _, r := p.CodeOn(s.day); r != nil {
			if found != nil {
				return nil // two namesakes in office: the title does not tell
			}
			found = p
		}
	}
	return found
}

// participleAfter reports whether tokens k, k+1 are "-" and a past participle
// written joined to the word before ("-held", "-backed", "-led").
func (s *state) participleAfter(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].Norm != "-" || s.toks[k].Start != s.toks[k-1].End {
		return false
	}
	n := s.toks[k+1].Norm
	return strings.HasSuffix(n, "ed") || n == "held" || n == "led" || n == "run" || n == "built" || n == "born" || n == "made"
}

// upperOK checks that acronym tokens of the entry are in capitals in the text.
func upperOK(e *dict.Entry, toks []annals.Token) bool {
	for k := range toks {
		if e.Upper(k) && !dict.IsUpperToken(toks[k].Text) {
			return false
		}
	}
	return true
}

// better says which of two entries for the same phrase wins: people and
// organisations over countries over agents; of two people, one in office on
// the day over one who is not ("President Bush" names the Bush then in
// office).
func (s *state) better(e, than *dict.Entry) bool {
	if than == nil {
		return true
	}
	if e.Kind == dict.KindPerson && than.Kind == dict.KindPerson {
		_, re := e.Person.CodeOn(s.day)
		_, rt := than.Person.CodeOn(s.day)
		return re != nil && rt == nil
	}
	rank := func(k dict.Kind) int {
		switch k {
		case dict.KindPerson:
			return 5
		case dict.KindOrg:
			return 4
		case dict.KindCountry, dict.KindSeat:
			return 3
		case dict.KindCapital, dict.KindCity, dict.KindAdjective:
			return 2
		}
		return 1
	}
	return rank(e.Kind) > rank(than.Kind)
}

func isCapitalised(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// glue reports whether token k may stand between two items of one mention.
func (s *state) glue(k int) bool {
	t := s.toks[k]
	if modifiers[t.Norm] || determiners[t.Norm] || t.Norm == "'s" || t.Norm == "'" {
		return true
	}
	// Unknown capitalised words inside a name ("Jeffrey Kupfer", "of Energy")
	// are glue unless they begin the sentence.
	if isCapitalised(t.Text) && k > 0 && len(t.Norm) > 1 && s.c.d.CandidatesID(s.ids[k]) == nil {
		return true
	}
	return false
}

// compose joins items into mentions, mentions into "X of Y" phrases, and
// mentions into compound groups; then it codes each mention for the date.
func (s *state) compose() {
	toks := s.toks
	s.mentions = s.mentions[:0]
	var cur *mention
	lastEnd := -1
	for ii := range s.items {
		it := &s.items[ii]
		join := cur != nil && s.canJoin(cur, lastEnd, it)
		if !join {
			s.mentions = append(s.mentions, mention{start: it.start, end: it.end})
			cur = &s.mentions[len(s.mentions)-1]
		}
		for k := lastEnd; join && k < it.start; k++ {
			if n := toks[k].Norm; n == "former" || n == "ex" {
				cur.former = true
			}
		}
		if !join && it.start > 0 {
			for k := it.start - 1; k >= 0 && k >= it.start-3 && (modifiers[toks[k].Norm] || determiners[toks[k].Norm]); k-- {
				if n := toks[k].Norm; n == "former" || n == "ex" {
					cur.former = true
				}
			}
		}
		cur.end = it.end
		lastEnd = it.end
		s.addItem(cur, it)
	}
	// "the Presidents of Russia and Azerbaijan", "a court in Guyana": an agent
	// alone takes the country that follows.
	for m := 0; m+1 < len(s.mentions); m++ {
		a, b := &s.mentions[m], &s.mentions[m+1]
		if a.agent == "" || a.country != "" || a.org != "" || a.person != nil || b.person != nil && !datedPlace(b.person) || (b.country == "" && b.org == "" && b.person == nil) {
			continue
		}
		k := a.end
		if k < len(toks) && toks[k].Norm == "'s" {
			k++
		}
		if k >= len(toks) {
			continue
		}
		prep := toks[k].Norm
		if prep != "of" && prep != "in" && prep != "from" {
			continue
		}
		if prep == "from" && a.start > 0 && possessives[toks[a.start-1].Norm] {
			continue // "withdrew its troops from Kyiv": Kyiv is where they were
		}
		k++
		for k < b.start {
			if determiners[toks[k].Norm] || modifiers[toks[k].Norm] || directions[toks[k].Norm] {
				k++
			} else if k+2 < b.start && s.participleAfter(k+1) {
				k += 3 // "dissidents from military-ruled Myanmar"
			} else {
				break
			}
		}
		if k != b.start {
			continue
		}
		// The agent distributes over a list that follows: "of Russia, Azerbaijan and Armenia".
		agent := a.agent
		if b.agent == "" {
			b.agent, b.agentFirst = agent, a.agentFirst
		}
		if s.explain != nil {
			b.why = a.why + " + " + b.why
		}
		b.former = b.former || a.former
		b.start = a.start
		for n := m + 2; n < len(s.mentions) && !s.c.d.Rules.AgentsAdjacent; n++ {
			if !s.listSep(s.mentions[n-1].end, s.mentions[n].start) || s.mentions[n].agent != "" {
				break
			}
			s.mentions[n].agent, s.mentions[n].agentFirst = agent, a.agentFirst
			s.note(&s.mentions[n], " (agent "+agent+" from «"+s.tokText(a.start, a.end)+"»)")
		}
		s.mentions = append(s.mentions[:m], s.mentions[m+1:]...)
	}
	// Leading determiners and modifiers belong to the mention ("the two exiled
	// dissidents", "senior officials"), so that a pattern slot may start
	// there; a preposition before it may make it a place.
	for m := range s.mentions {
		mm := &s.mentions[m]
		for mm.start > 0 && (determiners[toks[mm.start-1].Norm] || s.leadingModifier(mm.start-1)) &&
			(m == 0 || s.mentions[m-1].end <= mm.start-1) {
			mm.start--
		}
		if mm.start > 0 && locatives[toks[mm.start-1].Norm] {
			mm.locative = true
		}
	}
	// "the Azerbaijani and Armenian sides": adjectives share the agent after them.
	for m := len(s.mentions) - 2; m >= 0; m-- {
		a, b := &s.mentions[m], &s.mentions[m+1]
		if a.agent == "" && a.person == nil && a.org == "" && !a.seat && b.agent != "" && b.person == nil && b.country != "" && s.listSep(a.end, b.start) && s.onlyAdjectives(a) {
			a.agent = b.agent
		}
	}
	s.groups = s.groups[:0]
	for m := range s.mentions {
		if m > 0 && s.listSep(s.mentions[m-1].end, s.mentions[m].start) && s.mentions[m-1].locative == s.mentions[m].locative {
			g := &s.groups[len(s.groups)-1]
			g.members = append(g.members, m)
			g.end = s.mentions[m].end
		} else {
			s.groups = append(s.groups, group{start: s.mentions[m].start, end: s.mentions[m].end, members: []int{m}})
		}
		s.mentions[m].group = len(s.groups) - 1
	}
	s.shareCountry()
	// A comma list must end with "and": "A, B" alone is two actors, not a
	// compound. splitGroup inserts groups, so the bound is read each time.
	for gi := 0; gi < len(s.groups); gi++ {
		g := &s.groups[gi]
		if len(g.members) < 2 {
			continue
		}
		last := g.members[len(g.members)-1]
		prevEnd := s.mentions[g.members[len(g.members)-2]].end
		if !s.hasAnd(prevEnd, s.mentions[last].start) {
			s.splitGroup(gi)
		}
	}
	for m := range s.mentions {
		s.codeMention(&s.mentions[m])
	}
	if s.c.d.Rules.Pronouns {
		s.derefPronouns()
	}
	s.indexGroups()
}

// thirdPerson are the pronouns that Rules.Pronouns reads as actors.
var thirdPerson = map[string]bool{
	"it": true, "its": true, "he": true, "him": true, "his": true, "she": true,
	"her": true, "they": true, "them": true, "their": true,
}

// derefPronouns adds, for each third-person pronoun outside every
// mention, a group that stands for the sentence's first coded actor
// before it, each member of a compound copied: in "Arnor urged Gondor to
// assist it" the pronoun codes as Arnor.
func (s *state) derefPronouns() {
	ante, n := -1, len(s.groups)
	for k := range s.toks {
		if !thirdPerson[s.toks[k].Norm] || s.inMention(k) {
			continue
		}
		if ante < 0 {
			for g := 0; g < n && s.groups[g].end <= k; g++ {
				if !s.mentions[s.groups[g].members[0]].locative && s.hasCode(g) {
					ante = g
					break
				}
			}
			if ante < 0 {
				continue
			}
		}
		gr := group{start: k, end: k + 1}
		for _, m := range s.groups[ante].members {
			c := s.mentions[m]
			c.start, c.end, c.locative = k, k+1, false
			if s.explain != nil {
				c.why = "pronoun «" + s.toks[k].Text + "» for «" + s.tokText(s.groups[ante].start, s.groups[ante].end) + "»: " + c.why
			}
			s.mentions = append(s.mentions, c)
			gr.members = append(gr.members, len(s.mentions)-1)
		}
		s.groups = append(s.groups, gr)
	}
	if len(s.groups) == n {
		return
	}
	sort.SliceStable(s.groups, func(a, b int) bool { return s.groups[a].start < s.groups[b].start })
	for g := range s.groups {
		for _, m := range s.groups[g].members {
			s.mentions[m].group = g
		}
	}
}

// inMention reports whether token k lies inside an actor mention.
func (s *state) inMention(k int) bool {
	for m := range s.mentions {
		if s.mentions[m].start <= k && k < s.mentions[m].end {
			return true
		}
	}
	return false
}

// shareCountry gives a lone agent in a compound the country that the
// compound's words share: "Danish media and government" (the government
// is Danish) and "lawmakers and officials in Arnor and Gondor" (the
// lawmakers are those of both countries: a compound code "ARN/GON").
func (s *state) shareCountry() {
	lone := func(m *mention) bool {
		return m.agent != "" && m.country == "" && m.org == "" && m.person == nil && !m.seat
	}
	for gi := range s.groups {
		mem := s.groups[gi].members
		for i, mi := range mem {
			a := &s.mentions[mi]
			if !lone(a) {
				continue
			}
			if i > 0 {
				if b := &s.mentions[mem[i-1]]; b.country != "" && b.agent != "" && b.person == nil && s.countryLeads(b) {
					a.country = b.country
					s.note(a, " (country "+b.country+" from «"+s.tokText(b.start, b.end)+"»)")
				}
				continue
			}
			if i+1 == len(mem) {
				continue
			}
			if b := &s.mentions[mem[i+1]]; b.country == "" || b.agent == "" || b.person != nil || s.countryLeads(b) {
				continue
			}
			var cs []string
			for _, mj := range mem[i+1:] {
				if c := s.mentions[mj].country; c != "" && s.mentions[mj].person == nil {
					cs = append(cs, c)
				}
			}
			a.country = strings.Join(cs, "/")
			s.note(a, " (countries "+a.country+" that follow)")
		}
	}
}

// countryLeads reports whether mention m names its country before its
// agent ("Danish media"), not after it ("officials in Arnor").
func (s *state) countryLeads(m *mention) bool {
	country, agent := -1, -1
	for _, it := range s.items {
		if it.start < m.start || it.end > m.end {
			continue
		}
		switch it.e.Kind {
		case dict.KindAgent:
			if agent < 0 {
				agent = it.start
			}
		case dict.KindCountry, dict.KindAdjective:
			if country < 0 {
				country = it.start
			}
		}
	}
	return country >= 0 && agent >= 0 && country < agent
}

// splitGroup turns group gi back into one group per member, keeping order.
func (s *state) splitGroup(gi int) {
	members := s.groups[gi].members
	rest := append([]group(nil), s.groups[gi+1:]...)
	s.groups = s.groups[:gi]
	for _, m := range members {
		s.groups = append(s.groups, group{start: s.mentions[m].start, end: s.mentions[m].end, members: []int{m}})
	}
	s.groups = append(s.groups, rest...)
	for g := range s.groups {
		for _, m := range s.groups[g].members {
			s.mentions[m].group = g
		}
	}
}

// onlyAdjectives reports whether a mention is made of nationality adjectives
// or country names alone ("US and British activists").
func (s *state) onlyAdjectives(m *mention) bool {
	for _, it := range s.items {
		if it.start >= m.start && it.end <= m.end && it.e.Kind != dict.KindAdjective && it.e.Kind != dict.KindCountry {
			return false
		}
	}
	return true
}

// listSep reports whether the tokens in [from, to) only join list members:
// "and", ",", "or", then determiners and at most two epithets before the
// next member ("Gondor and the proud Arnor").
func (s *state) listSep(from, to int) bool {
	if to <= from {
		return false
	}
	for k := from; k < to; k++ {
		switch n := s.toks[k].Norm; n {
		case "and", ",", "or", "nor", "&", "-":
		default:
			if k == from || !determiners[n] && (k < to-2 || !s.epithet(k)) {
				return false
			}
		}
	}
	return true
}

// epithet reports whether token k may be an adjective inside a list member:
// a lower-case word that no verb pattern starts with.
func (s *state) epithet(k int) bool {
	t := s.toks[k].Text
	if len(t) < 3 || t[0] < 'a' || t[0] > 'z' || s.c.d.CandidatesID(s.ids[k]) != nil {
		return false
	}
	for _, id := range s.stemsAt(k) {
		if s.c.d.CandidatesID(id) != nil {
			return false // a verb stem ("ASSAIL", TABARI): "X or assail Y" is no list
		}
	}
	for i := 1; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return true
}

func (s *state) hasAnd(from, to int) bool {
	for k := from; k < to; k++ {
		if n := s.toks[k].Norm; n == "and" || n == "or" || n == "nor" || n == "&" || n == "-" {
			return true
		}
	}
	return false
}

// canJoin reports whether item it continues mention cur.
func (s *state) canJoin(cur *mention, lastEnd int, it *item) bool {
	// Two people, two countries or two organisations are two actors.
	switch it.e.Kind {
	case dict.KindPerson:
		if cur.person != nil {
			return false
		}
	case dict.KindCountry:
		// An agent written before its actor ("[NGO~]": "MSF Gondor") takes it.
		if cur.country != "" || cur.agent != "" && cur.person == nil && !cur.agentFirst && !s.possessiveBefore(it.start) {
			return false
		}
	case dict.KindOrg:
		if cur.org != "" {
			return false
		}
	case dict.KindAdjective:
		// "Russian-Armenian talks": two nationalities are two actors.
		if cur.country != "" && cur.country != it.e.Code {
			return false
		}
	}
	if cur.person != nil && it.e.Kind != dict.KindPerson && (it.e.Kind != dict.KindAgent || !datedPlace(cur.person)) {
		return false // "Putin Russia" is no phrase; a title comes before the name
	}
	gap := 0
	tight := s.c.d.Rules.AgentsAdjacent && (it.e.Kind == dict.KindAgent || cur.agent != "")
	for k := lastEnd; k < it.start; k++ {
		if !s.glue(k) {
			return false
		}
		if n := s.toks[k].Norm; tight && n != "'s" && n != "former" && n != "ex" {
			return false
		}
		gap++
	}
	return gap <= 4
}

func (s *state) possessiveBefore(k int) bool {
	return k > 0 && s.toks[k-1].Norm == "'s"
}

func (s *state) addItem(m *mention, it *item) {
	e := it.e
	switch e.Kind {
	case dict.KindCountry, dict.KindAdjective, dict.KindCity:
		if m.country == "" && m.org == "" {
			m.country = e.Code
			if e.Kind != dict.KindAdjective {
				m.place = e.Phrase
			}
		}
	case dict.KindCapital, dict.KindSeat:
		if m.country == "" && m.org == "" {
			m.country = e.Code
			m.seat = true
			m.place = e.Phrase
			if c := s.c.d.Countries[e.Code]; e.Kind == dict.KindSeat && c != nil && len(c.Capitals) > 0 {
				m.place = c.Capitals[0] // "the Kremlin" is in Moscow
			}
		}
	case dict.KindOrg:
		if m.org == "" && m.country == "" {
			m.org = e.Code
		}
	case dict.KindAgent:
		if m.agent == "" {
			m.agent = e.Code
			m.agentFirst = e.AgentFirst
		}
	case dict.KindPerson:
		m.person = e.Person
		if !it.learned {
			s.doc.seen[e.Person] = true
		}
	}
	if s.explain == nil {
		return
	}
	if m.why != "" {
		m.why += " + "
	}
	m.why += e.Kind.String() + " " + strings.TrimSpace(e.Code+" ") + "«" + e.Phrase + "»"
	if it.learned {
		m.why += " (surname, named earlier in the story)"
	} else {
		m.why += " " + e.Src.String()
	}
}

// datedPlace reports whether p is a country or group whose code changes
// with the date rather than a person: one of its codes is a bare
// three-letter actor code.
func datedPlace(p *dict.Person) bool {
	if len(p.Default) == 3 {
		return true
	}
	for i := range p.Roles {
		if len(p.Roles[i].Code) == 3 {
			return true
		}
	}
	return false
}

// note adds to a mention's explanation, when explaining.
func (s *state) note(m *mention, text string) {
	if s.explain != nil {
		m.why += text
	}
}

// hasCodePart reports whether code holds part, a code of three letters
// or more, at a three-letter boundary ("USAGOV" holds "GOV"; "GMWGOV"
// does not hold "WGO").
func hasCodePart(code, part string) bool {
	if len(part) < 3 {
		return false
	}
	for i := 0; i+len(part) <= len(code); i += 3 {
		if code[i:i+len(part)] == part {
			return true
		}
	}
	return false
}

// composeAgent returns actor code base with the mention's agent (or, for
// a seat of government, GOV) before or after it.
func composeAgent(base string, m *mention) string {
	switch {
	case m.agent != "" && m.agentFirst:
		return m.agent + base
	case m.agent != "":
		return base + m.agent
	case m.seat:
		return base + "GOV"
	}
	return base
}

// codeMention sets the mention's actor code for the sentence's date.
func (s *state) codeMention(m *mention) {
	base := m.country
	if m.person != nil {
		code, role := m.person.CodeOn(s.day)
		if code == dict.DiscardCode {
			code = "" // a discard role is no actor code (codeSentence stops first)
		}
		if code != "" && s.explain != nil {
			if role != nil {
				s.note(m, " → "+code+" by role "+role.Src.String())
			} else {
				s.note(m, " → "+code+" outside every role")
			}
		}
		if code != "" && (m.agent == "" || len(code) != 3) {
			m.code = code
			return
		}
		if code == "" {
			s.note(m, " → no role on this date")
		} else {
			// A country whose code changes with the date (Phoenix's
			// "GEORGIA_ [USRGEO <910409] [GEO >911221]") composes with an
			// agent as a country does: "Georgian demonstrators" → GEOOPP.
			base = code
		}
	}
	if base == "" {
		base = m.org
	}
	former := m.former && m.agent != ""
	// "Al-Shabaab militants": a group code that already names its sector
	// (SOMREBSHB) takes no second agent; nor does one that already holds
	// the agent's code ("human rights activists Amnesty International":
	// NGM, not NGMNGM).
	if len(base) >= 6 && m.agent != "" && s.c.d.Agents[base[3:6]] != nil || hasCodePart(base, m.agent) {
		m.agent = ""
	}
	if former && !hasCodePart(base, "ELI") {
		// "former US President", "former prosecutors", "former officials
		// of the White House": an elite (CAMEO's ELI), no longer holding
		// the office the agent names.
		s.note(m, " (former: agent → ELI)")
		m.agent, m.agentFirst = "ELI", false
	}
	switch {
	case base != "" && strings.IndexByte(base, '/') >= 0 && (m.agent != "" || m.seat):
		// A compound code ("FRO/BIL": a name for several actors): the
		// agent goes with each of them.
		parts := strings.Split(base, "/")
		for i, p := range parts {
			parts[i] = composeAgent(p, m)
		}
		m.code = strings.Join(parts, "/")
	case base != "":
		m.code = composeAgent(base, m)
	case m.agent != "":
		switch s.c.d.Rules.LoneAgent {
		case "":
			m.code = "---" + m.agent
		case "none":
		default:
			m.code = s.c.d.Rules.LoneAgent + m.agent
		}
	}
	if m.code != "" {
		s.note(m, " → "+m.code)
	}
}
