package dict

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// Kind says what an actor phrase names.
type Kind uint8

// Actor phrase kinds.
const (
	KindCountry   Kind = iota + 1 // a state by name: codes as the country
	KindAdjective                 // a nationality adjective or demonym
	KindCapital                   // a capital: as a metonym, the government
	KindSeat                      // a seat of power: the government
	KindCity                      // another city: the country
	KindOrg                       // an international or non-governmental organisation
	KindPerson                    // a person with time-bounded roles
	KindAgent                     // a role noun that composes with a country
)

var kindNames = [...]string{"", "country", "adjective", "capital", "seat", "city", "organisation", "person", "agent"}

// String returns the kind's name as the dictionary format spells it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// Source is the place in a dictionary file an entry comes from.
type Source struct {
	File string
	Line int
}

// String returns "file:line".
func (s Source) String() string { return fmt.Sprintf("%s:%d", s.File, s.Line) }

// Date is a calendar day as the number YYYYMMDD, so that dates compare as integers.
type Date int32

// OpenEnd is the end date of a term still running.
const OpenEnd Date = 99991231

// Role is a code a person holds during a term, both ends inclusive.
type Role struct {
	Code     string
	From, To Date
	Note     string
	Src      Source
}

// Person is someone whose actor code depends on the date.
type Person struct {
	// Name is the first full name given, for display.
	Name string
	// Surname is the last word of Name, folded; once the person has been
	// named in a document, it codes the person alone for the rest of it.
	Surname string
	Roles   []Role
	// Default is the code outside every role, or "" when the person is not an actor then.
	Default string
	Src     Source
}

// CodeOn returns the person's code on day d and the role that gives it (nil for the default).
func (p *Person) CodeOn(d Date) (string, *Role) {
	for i := range p.Roles {
		r := &p.Roles[i]
		if d >= r.From && d <= r.To {
			return r.Code, r
		}
	}
	return p.Default, nil
}

// Entry is what one actor phrase means.
type Entry struct {
	Kind Kind
	// Code is the country, organisation or agent code; for a person it is empty.
	Code   string
	Person *Person
	// Phrase is the phrase as written in the dictionary.
	Phrase string
	Src    Source
	// AgentFirst is set for an agent whose code goes before the actor's
	// (TABARI's "[NGO~]") rather than after it.
	AgentFirst bool
	// upper lists, per token of the phrase, whether the text must be in capitals
	// there too (so that the acronym "US" does not match the pronoun "us").
	upper []bool
}

// GappedActor is an actor phrase made of runs of consecutive words that
// other words may separate: "Ithilen ... television" matches "Ithilen
// state-run television" (TABARI's "ITHILEN TELEVISION").
type GappedActor struct {
	// Parts are the runs, as folded tokens; a token ending in '*' is a
	// stem that matches any token beginning with it.
	Parts [][]string
	Entry *Entry
}

// MatchAt returns the end of the phrase among n tokens (folded, at(j) the
// j-th) when its first run starts at token i and the others follow in
// order, each as early as it can and before any comma, and whether it
// matched.
func (g *GappedActor) MatchAt(n int, at func(int) string, i int) (int, bool) {
	pos := i
	for k, part := range g.Parts {
		found := false
		for j := pos; j+len(part) <= n; j++ {
			if partAt(part, at, j) {
				pos, found = j+len(part), true
				break
			}
			if k == 0 {
				break // the first run must start at i
			}
			if t := at(j); t == "," || t == ";" || t == ":" {
				break // the words stand in one stretch of the sentence
			}
		}
		if !found {
			return 0, false
		}
	}
	return pos, true
}

func partAt(part []string, at func(int) string, j int) bool {
	for m, w := range part {
		tok := at(j + m)
		if stem, ok := strings.CutSuffix(w, "*"); ok && len(stem) > 0 {
			if !strings.HasPrefix(tok, stem) {
				return false
			}
		} else if tok != w {
			return false
		}
	}
	return true
}

// Country gathers what the dictionaries say about one country code.
type Country struct {
	Code     string
	Names    []string
	Capitals []string
	Src      Source
}

// Problem is something wrong in a dictionary file, with its place.
type Problem struct {
	Src     Source
	Message string
}

// Error returns "file:line: message".
func (p Problem) Error() string { return p.Src.String() + ": " + p.Message }

// Dictionary is a compiled set of dictionaries, ready for the coder.
// It is immutable once built and safe for concurrent use.
type Dictionary struct {
	// Actors maps actor phrases (as folded token sequences) to their entries.
	Actors *Trie[*Entry]
	// Gapped are actor phrases whose words may stand apart in the text
	// (TABARI's blank inside an actor phrase); the coder tries them beside
	// Actors. Built-in dictionaries have none.
	Gapped []GappedActor
	// Discards maps phrases that mark a sentence as out of scope.
	Discards *Trie[Source]
	// Patterns holds every verb pattern, in file order.
	Patterns []*Pattern
	// Surnames maps a folded surname to the people it may stand for once named.
	Surnames map[string][]*Person
	// Countries maps country codes to what is known of them.
	Countries map[string]*Country
	// Persons lists every person, in file order.
	Persons []*Person
	// DiscardingPeople is set when some person codes as DiscardCode on
	// some day (TABARI's "[###]" actors): naming them then leaves the
	// sentence uncoded. The coder looks for them only when it is set.
	DiscardingPeople bool
	// Agents maps agent codes to their nouns.
	Agents map[string][]string
	// Warnings lists problems that did not stop loading (duplicates, conflicts).
	Warnings []Problem
	// Version identifies the dictionary contents: a hash of every file read.
	Version string

	// Rules are the coding rules the dictionary's format asks for.
	Rules Rules
	// Transforms rewrite events about events ("X said it would attack
	// Y"); nil when the dictionary has none, as the built-in one.
	Transforms *Transforms

	vocab            map[string]int32 // every word of every pattern → its id
	stems            map[string]int32 // every stem of every pattern → its id
	minStem, maxStem int
	nids             int        // words and stems
	index            [][]int32  // by vocabulary id: the patterns that may start there
	buckets          [][]Bucket // by vocabulary id: the same patterns, grouped by a second word
	gapped           gappedIndex
}

// gappedIndex finds the gapped actors that may start at a token: by the
// first word of their first run, or by its stem.
type gappedIndex struct {
	built            bool
	words            map[string][]int32 // first word → indices into Gapped
	stems            map[string][]int32 // first stem (without '*') → indices into Gapped
	minStem, maxStem int
}

// indexGapped builds d.gapped from d.Gapped.
func (d *Dictionary) indexGapped() {
	x := gappedIndex{built: true}
	for gi, g := range d.Gapped {
		w := g.Parts[0][0]
		if stem, ok := strings.CutSuffix(w, "*"); ok && stem != "" {
			if x.stems == nil {
				x.stems = map[string][]int32{}
			}
			if len(x.stems) == 0 || len(stem) < x.minStem {
				x.minStem = len(stem)
			}
			x.maxStem = max(x.maxStem, len(stem))
			x.stems[stem] = append(x.stems[stem], int32(gi))
			continue
		}
		if x.words == nil {
			x.words = map[string][]int32{}
		}
		x.words[w] = append(x.words[w], int32(gi))
	}
	d.gapped = x
}

// GappedAt appends to buf, in increasing order, the indices into Gapped of
// the gapped actors whose first word can match the folded token norm; only
// they can match where it stands.
func (d *Dictionary) GappedAt(norm string, buf []int32) []int32 {
	x := &d.gapped
	if !x.built {
		for gi := range d.Gapped {
			buf = append(buf, int32(gi))
		}
		return buf
	}
	n := len(buf)
	buf = append(buf, x.words[norm]...)
	for l := min(len(norm), x.maxStem); l >= x.minStem && l > 0 && x.stems != nil; l-- {
		buf = append(buf, x.stems[norm[:l]]...)
	}
	if len(buf)-n > 1 {
		slices.Sort(buf[n:])
	}
	return buf
}

// Bucket is a group of patterns that start at the same word and share
// another word, Key (a vocabulary id, or -1 when they share none): a
// sentence without Key cannot match any of them.
type Bucket struct {
	Key      int32
	Patterns []int32
	// Masks holds, for each of Patterns, the bits id%64 of its Required
	// ids: a sentence whose ids do not set them all lacks a required word,
	// which the coder learns without reading the pattern.
	Masks []uint64
}

// IDMask returns the bit of id in a Bucket mask.
func IDMask(id int32) uint64 { return 1 << (uint32(id) & 63) }

// BucketsID returns the patterns that may start at the token with
// vocabulary id, grouped by a second word they need, in file order within
// each group.
func (d *Dictionary) BucketsID(id int32) []Bucket {
	if id < 0 || int(id) >= len(d.buckets) {
		return nil
	}
	return d.buckets[id]
}

// Rules are coding rules that differ between dictionary formats; the zero
// value is annals' own behaviour.
type Rules struct {
	// CapitalNotVerb: a capitalised word other than the sentence's first is
	// a name, never a verb (TABARI: "To Restore" is not the verb restore).
	CapitalNotVerb bool
	// OneEventPerClause: only the first verb match of a clause that yields
	// an event is coded; a clause opens at "and", "but" or ";" right before
	// a verb (TABARI and PETRARCH code the first verb of each clause).
	OneEventPerClause bool
	// LoneAgent is how an agent that no actor qualifies codes: "" is
	// annals' "---" + agent ("---GOV"); "~" gives TABARI's "~GOV" (its
	// CONVERT AGENT option); "none" makes it no actor.
	LoneAgent string
	// DefaultSource and DefaultTarget code the source or target a clause
	// lacks (TABARI's "DEFAULT: SOURCE [X] TARGET [Y]"); "" codes nothing.
	DefaultSource, DefaultTarget string
	// DefaultSourceLate: a clause with no actor before its verb takes the
	// first actor after it as the source (a compound's first member, the
	// rest being the target), and DefaultSource codes only when the clause
	// has no actor at all (TABARI's DEFAULT: without PRIOR).
	DefaultSourceLate bool
	// DefaultTargetEarly: a compound source with no target after the verb
	// acts on itself, its first member on the others, rather than on
	// DefaultTarget (TABARI's DEFAULT: without AFTER).
	DefaultTargetEarly bool
	// MissingTarget, when set, is the target code of an event whose clause
	// names no target ("---", as PETRARCH codes with require_dyad off).
	MissingTarget string
	// AgentsAdjacent: an agent qualifies only an actor right beside it
	// (only a possessive "'s" or "former" may stand between: "Gondor's
	// first deputy minister X" is Gondor and X, not GONGOV), and an agent
	// before "of" or "in" qualifies only the first actor of a list after
	// it (TABARI).
	AgentsAdjacent bool
	// ComplexConj: a sentence with more than this many conjunctions
	// ("and", "or", "but", "nor") is too complex to code (TABARI's
	// "COMPLEX: CONJ[n]"); 0 sets no limit.
	ComplexConj int
	// MinWords: a sentence of fewer words is not coded (TABARI's
	// "SET: MINIMUM WORDS").
	MinWords int
	// NegationInPatterns: negation is the dictionary's business, written
	// into patterns ("NOT *", "&NEGATION *"); a negation before the verb
	// does not stop a match from coding (TABARI).
	NegationInPatterns bool
	// TargetAfterVerb: when a pattern places no target, the target is the
	// first actor after the verb, even one inside the words the pattern
	// matched or past a clause opener such as "that", and a place counts
	// (TABARI's sparse parse).
	TargetAfterVerb bool
	// SourceFirstInClause: when a pattern places no source, the source is
	// the first actor of the verb's clause, which only a conjunction
	// outside a compound actor (", and", "but", "or"), a semicolon or a
	// colon opens ("that" and commas do not); a clause without one takes
	// the source of the clause before (TABARI's sparse parse).
	SourceFirstInClause bool
	// OneEventPerSentence: only the first verb match of the sentence that
	// yields an event is coded (TABARI's "SET: CODE BY SENTENCE").
	OneEventPerSentence bool
	// Pronouns: a third-person pronoun ("it", "its", "he", "him", "his",
	// "she", "her", "they", "them", "their") stands for the sentence's
	// first actor before it, a compound whole (TABARI's pronoun
	// dereferencing).
	Pronouns bool
	// TargetBeforeVerb: when no target follows the verb, or the only one
	// is the source again ("X urged Y to assist it"), the first actor
	// between the source and the verb is the target (TABARI's sparse
	// parse).
	TargetBeforeVerb bool
	// AlternativesWeighLess: of two matches at one place, the pattern of
	// more fixed words wins; an alternative group or synset counts half a
	// word, whatever its members' length (TABARI's order of patterns).
	AlternativesWeighLess bool
	// Comma deletes comma-delimited stretches of a sentence before it is
	// coded (TABARI's "COMMA:"); the zero value deletes nothing.
	Comma CommaRule
	// CommaOpensClause: with OneEventPerClause, a verb whose subject
	// stands after a comma that follows the last coded match opens a
	// clause of its own ("…, a senior official said": PETRARCH codes
	// every verb phrase of its parse).
	CommaOpensClause bool
}

// ruleSwitch is a rule that is on or off ("yes" or "no" in a rules entry).
type ruleSwitch struct {
	name string
	on   *bool
}

// switches returns r's on-or-off rules by their names in the rules entry,
// in the order the writer writes them: one list for the reader and the
// writer, so that a new rule is added in one place.
func (r *Rules) switches() []ruleSwitch {
	return []ruleSwitch{
		{"capital-not-verb", &r.CapitalNotVerb},
		{"one-event-per-clause", &r.OneEventPerClause},
		{"default-source-late", &r.DefaultSourceLate},
		{"default-target-early", &r.DefaultTargetEarly},
		{"agents-adjacent", &r.AgentsAdjacent},
		{"negation-in-patterns", &r.NegationInPatterns},
		{"target-after-verb", &r.TargetAfterVerb},
		{"source-first-in-clause", &r.SourceFirstInClause},
		{"one-event-per-sentence", &r.OneEventPerSentence},
		{"pronouns", &r.Pronouns},
		{"target-before-verb", &r.TargetBeforeVerb},
		{"alternatives-weigh-less", &r.AlternativesWeighLess},
		{"comma-opens-clause", &r.CommaOpensClause},
	}
}

// CommaRule is TABARI's comma-delimited clause deletion: a stretch
// between two commas of Min to Max words, one from the last comma to the
// end of EndMin to EndMax words, and one from the start to the first comma
// of BeginMin to BeginMax words are dropped before the sentence is coded,
// so that appositions and attributions ("..., a senior official said")
// give no actors. A range whose Max is below its Min deletes nothing.
type CommaRule struct {
	Min, Max, EndMin, EndMax, BeginMin, BeginMax int
}

// On reports whether the rule deletes anything.
func (c CommaRule) On() bool {
	return c.Max > 0 && c.Max >= c.Min || c.EndMax > 0 && c.EndMax >= c.EndMin || c.BeginMax > 0 && c.BeginMax >= c.BeginMin
}

// TabariComma is TABARI's default comma rule: stretches of 2 to 10 words
// between commas or after the last one; none at the start.
var TabariComma = CommaRule{Min: 2, Max: 10, EndMin: 2, EndMax: 10, BeginMin: 255, BeginMax: 0}

// WithRules returns a copy of the dictionary that codes by rules r; the
// copy shares everything else with d.
func (d *Dictionary) WithRules(r Rules) *Dictionary {
	c := *d
	c.Rules = r
	return &c
}

// StemIDs appends to buf the vocabulary ids of the pattern stems that the
// folded token norm begins with.
func (d *Dictionary) StemIDs(norm string, buf []int32) []int32 {
	for l := min(len(norm), d.maxStem); l >= d.minStem && l > 0; l-- {
		if id, ok := d.stems[norm[:l]]; ok {
			buf = append(buf, id)
		}
	}
	return buf
}

// HasStems reports whether some pattern word is a stem.
func (d *Dictionary) HasStems() bool { return len(d.stems) > 0 }

// ID returns the vocabulary id of a folded token: every word that occurs in
// a pattern has one; any other token has -1.
func (d *Dictionary) ID(norm string) int32 {
	if id, ok := d.vocab[norm]; ok {
		return id
	}
	return -1
}

// VocabSize returns the number of vocabulary ids: distinct words and stems in the patterns.
func (d *Dictionary) VocabSize() int { return max(d.nids, len(d.vocab)) }

// Candidates returns the indices of the patterns that may start at a token with folded form norm.
func (d *Dictionary) Candidates(norm string) []int32 { return d.CandidatesID(d.ID(norm)) }

// CandidatesID returns the indices of the patterns that may start at the token with vocabulary id.
func (d *Dictionary) CandidatesID(id int32) []int32 {
	if id < 0 || int(id) >= len(d.index) {
		return nil
	}
	return d.index[id]
}

// Stats counts entries by kind, for `annals dict stats` and the README.
type Stats struct {
	Countries, Organisations, Persons, Roles, Agents, ActorPhrases, Patterns, VerbCodes, Discards int
}

// Stats counts what the dictionary holds.
func (d *Dictionary) Stats() Stats {
	s := Stats{Countries: len(d.Countries), Persons: len(d.Persons), Agents: len(d.Agents), Patterns: len(d.Patterns)}
	orgs := map[string]bool{}
	d.Actors.Walk(func(_ []string, e *Entry) {
		s.ActorPhrases++
		if e.Kind == KindOrg {
			orgs[e.Code] = true
		}
	})
	s.Organisations = len(orgs)
	for _, p := range d.Persons {
		s.Roles += len(p.Roles)
	}
	codes := map[string]bool{}
	for _, p := range d.Patterns {
		codes[p.Code] = true
	}
	s.VerbCodes = len(codes)
	d.Discards.Walk(func([]string, Source) { s.Discards++ })
	return s
}

func hashFiles(files []File) string {
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(f.Name))
		h.Write([]byte{0})
		h.Write(f.Data)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// isUpperWord reports whether s is an acronym in capitals of two letters or more
// (periods allowed: "U.S." counts, "Moscow" does not).
func isUpperWord(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// IsUpperToken reports whether a token of text is written in capitals, as an
// acronym entry requires.
func IsUpperToken(s string) bool { return strings.ToUpper(s) == s }

// Lookup returns the entries a whole phrase names ("Nikol Pashinyan",
// "the Kremlin"), as the coder's trie would match it, and the people whose
// surname it is.
func (d *Dictionary) Lookup(phrase string) []*Entry {
	key := tokenKey(phrase)
	if len(key) > 1 && key[0] == "the" {
		key = key[1:]
	}
	out := append([]*Entry(nil), d.Actors.Get(key)...)
	if len(key) == 1 {
		for _, p := range d.Surnames[key[0]] {
			out = append(out, &Entry{Kind: KindPerson, Person: p, Phrase: p.Name + " (by surname, once named in a story)", Src: p.Src})
		}
	}
	return out
}

// String formats a date as YYYY-MM-DD, or "-" for an open end.
func (d Date) String() string {
	if d == OpenEnd {
		return "-"
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}
