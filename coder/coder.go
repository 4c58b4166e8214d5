package coder

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/cameo"
	"github.com/annals-dev/annals/dates"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/text"
)

// Coder codes documents with one compiled dictionary. It is safe for
// concurrent use; each call keeps its own scratch state.
type Coder struct {
	d      *dict.Dictionary
	places annals.Gazetteer // nil: events carry no location
	// placeNames holds the gazetteer's names as token paths, when it can list
	// them, so that places that are no actors ("in Zurich") are found too.
	placeNames *dict.Trie[string]
	// unlisted is a gazetteer too large to list (places imported into the
	// store), asked for capitalised names after "in" that placeNames lacks.
	unlisted annals.Gazetteer
	pool     sync.Pool // of *state: scratch slices reused across documents
}

// PlaceLister is a gazetteer that can list its names; WithPlaces uses it to
// find places that the actor dictionaries do not name.
type PlaceLister interface {
	annals.Gazetteer
	Phrases(fn func(name string, p annals.Place))
}

var _ annals.Coder = (*Coder)(nil)

// New returns a Coder that uses the dictionary d.
func New(d *dict.Dictionary) *Coder { return &Coder{d: d} }

// WithPlaces returns a coder that also sets each event's location from the
// place its clause names ("held talks in the Kremlin" → Moscow, RUS).
func (c *Coder) WithPlaces(g annals.Gazetteer) *Coder {
	out := &Coder{d: c.d, places: g}
	if l, ok := g.(PlaceLister); ok {
		out.placeNames = dict.NewTrie[string]()
		seen := map[string]bool{}
		l.Phrases(func(name string, _ annals.Place) {
			key := text.Tokenize(name, annals.Span{Start: 0, End: len(name)})
			if len(key) == 0 || seen[name] {
				return
			}
			seen[name] = true
			path := make([]string, len(key))
			for i, t := range key {
				path[i] = t.Norm
			}
			out.placeNames.Insert(path, name)
		})
	}
	return out
}

// WithUnlistedPlaces returns a coder that also looks up, in g, the
// capitalised names after "in", "at" or "near" that its listed gazetteer
// does not know ("fighting in Krasnohorivka"), and resolves places in its
// listed gazetteer first and in g after. g is typically the places a user
// imported into the store from GeoNames: too many to hold as token paths,
// cheap to ask one name at a time.
func (c *Coder) WithUnlistedPlaces(g annals.Gazetteer) *Coder {
	out := &Coder{d: c.d, places: g, placeNames: c.placeNames, unlisted: g}
	if c.places != nil {
		out.places = layers{c.places, g}
	}
	if out.placeNames == nil {
		out.placeNames = dict.NewTrie[string]()
	}
	return out
}

// layers is a gazetteer asked in order: the first that knows a name answers.
type layers []annals.Gazetteer

func (l layers) Lookup(name, country string) (annals.Place, bool) {
	for _, g := range l {
		if p, ok := g.Lookup(name, country); ok {
			return p, true
		}
	}
	return annals.Place{}, false
}

// Dictionary returns the dictionary the coder uses.
func (c *Coder) Dictionary() *dict.Dictionary { return c.d }

// docState is what the coder remembers across the sentences of one document.
type docState struct {
	doc   *annals.Document
	seen  map[*dict.Person]bool // people named in full so far
	orig  string
	order dates.Order // how the document's locale writes numeric dates
}

// state is the scratch space for one sentence; its slices are reused.
type state struct {
	c           *Coder
	doc         *docState
	sent        annals.Sentence
	toks        []annals.Token
	ids         []int32  // vocabulary id of each token, -1 outside the pattern words
	stemIDs     []int32  // ids of the pattern stems the tokens begin with, token after token
	stemOff     []int32  // by token: where its stem ids start in stemIDs (len(toks)+1 entries); nil without stems
	flags       []uint8  // clause flags of each token
	present     []uint64 // bit set of the ids in the sentence
	day         dict.Date
	items       []item
	mentions    []mention
	groups      []group
	startAt     []int32 // by token: the group (or -1) whose member starts there
	memberAt    []int32 // by token: that member's index in its group
	endAt       []int32 // by token: the group (or -1) that ends there
	matches     []match
	exprs       []dates.Expr
	futureExprs []dates.Expr // the same, read as future, computed when first needed
	explain     *SentenceExplanation
	allCaps     bool                   // the sentence has no lower-case letter (CapitalNotVerb then does not apply)
	tokCache    map[string]*tokenEntry // what the dictionary says of tokens seen before
	tokEnt      []*tokenEntry          // by token: its entry in tokCache
	anchor      anchorCache            // the last anchor element matched
	tokFlags    []uint8                // by token: tokAdjunct, tokBreak (set by findMatches)
	idMask      uint64                 // dict.IDMask of every id in the sentence (set by findMatches)
}

// Code codes one document and returns its events in sentence order.
func (c *Coder) Code(ctx context.Context, doc *annals.Document) ([]annals.Event, error) {
	evs, _, err := c.code(ctx, doc, false, nil)
	return evs, err
}

// CodeDocument codes one document for storage: its coded sentences and
// events, the hash of its content and the dictionary version.
func (c *Coder) CodeDocument(ctx context.Context, doc *annals.Document) (*annals.Coded, error) {
	out := &annals.Coded{Doc: doc, ContentHash: ContentHash(doc), DictVersion: c.d.Version}
	evs, _, err := c.code(ctx, doc, false, out)
	if err != nil {
		return nil, err
	}
	out.Events = evs
	return out, nil
}

// ContentHash identifies a document's content: its id, URL, title,
// publisher, original source, date, text and declared language.
func ContentHash(doc *annals.Document) string {
	h := sha256.New()
	for _, f := range []string{doc.ID, doc.URL, doc.Title, doc.Publisher, doc.OriginalSource, doc.Date.Format(time.DateOnly), doc.Text} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	if doc.Lang != "" {
		// Only when set, so that the hashes of documents stored before
		// Lang existed stay as they were.
		h.Write([]byte("lang " + doc.Lang))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Explain codes one document and says, sentence by sentence, how it was read.
func (c *Coder) Explain(ctx context.Context, doc *annals.Document) ([]annals.Event, *Explanation, error) {
	return c.code(ctx, doc, true, nil)
}

// code codes doc; with explain it also says how, and with out non-nil it
// appends the coded sentences (without tokens) to out.Sentences and sets
// out.Dateline.
func (c *Coder) code(ctx context.Context, doc *annals.Document, explain bool, out *annals.Coded) ([]annals.Event, *Explanation, error) {
	if doc.Text == "" {
		return nil, nil, annals.Errorf(annals.EINVALID, "document %s: empty text", doc.ID)
	}
	body := text.Body(doc)
	ds := &docState{doc: doc, seen: map[*dict.Person]bool{}, orig: body.OriginalSource, order: dates.OrderOf(doc.Lang)}
	if doc.OriginalSource != "" {
		ds.orig = doc.OriginalSource
	}
	var ex *Explanation
	if explain {
		ex = &Explanation{Doc: doc.ID, OriginalSource: ds.orig}
		for _, f := range body.Furniture {
			ex.Furniture = append(ex.Furniture, FurnitureLine{Text: doc.Text[f.Start:f.End], Reason: f.Reason})
		}
	}
	s, _ := c.pool.Get().(*state)
	if s == nil {
		s = &state{c: c, present: make([]uint64, (c.d.VocabSize()+63)/64)}
	}
	defer c.pool.Put(s)
	s.doc, s.day, s.explain = ds, dict.DateOf(doc.Date), nil
	var events []annals.Event
	idx := 0
	for _, span := range body.Spans {
		for _, ss := range text.Sentences(doc.Text, span) {
			if err := ctx.Err(); err != nil {
				return events, ex, err
			}
			s.sent = annals.Sentence{Index: idx, Span: ss, Text: doc.Text[ss.Start:ss.End]}
			if out != nil {
				out.Sentences = append(out.Sentences, s.sent)
			}
			s.toks = text.AppendTokens(s.toks[:0], doc.Text, ss)
			if strings.IndexByte(s.sent.Text, '_') >= 0 {
				s.dropUnderscores()
			}
			if explain {
				s.explain = &SentenceExplanation{Index: idx, Text: s.sent.Text, Start: ss.Start, End: ss.End}
			}
			events = s.codeSentence(events)
			if explain {
				ex.Sentences = append(ex.Sentences, *s.explain)
			}
			idx++
		}
	}
	dl := c.dateline(doc, body.Dateline)
	if out != nil {
		out.Dateline = dl
	}
	if ex != nil && dl != nil {
		ex.Dateline = dl
	}
	finish(doc, events, dl)
	return events, ex, nil
}

// codeSentence codes the current sentence and appends its events.
func (s *state) codeSentence(events []annals.Event) []annals.Event {
	if len(s.toks) == 0 {
		return events
	}
	if min := s.c.d.Rules.MinWords; min > 0 && s.words() < min {
		if s.explain != nil {
			s.explain.Nothing = fmt.Sprintf("fewer than %d words", min)
		}
		return events
	}
	if max := s.c.d.Rules.ComplexConj; max > 0 && s.conjunctions() > max {
		if s.explain != nil {
			s.explain.Nothing = fmt.Sprintf("too complex: more than %d conjunctions", max)
		}
		return events
	}
	if why := s.discard(); why != "" {
		if s.explain != nil {
			s.explain.Nothing = why
		}
		return events
	}
	if c := s.c.d.Rules.Comma; c.On() {
		s.deleteCommaClauses(c)
	}
	if s.c.d.Rules.CapitalNotVerb {
		s.allCaps = strings.ToUpper(s.sent.Text) == s.sent.Text
	}
	s.lookupTokens()
	defer s.clearPresent()
	s.setFlags()
	s.findMentions()
	if s.c.d.DiscardingPeople && s.discardingPerson() {
		return events
	}
	s.findMatches()
	s.exprs, s.futureExprs = nil, nil
	if s.explain != nil {
		s.explainActors()
	}
	if len(s.matches) == 0 {
		if s.explain != nil {
			s.explain.Nothing = "no verb pattern matched"
		}
		return events
	}
	for mi := range s.matches {
		if p := s.matches[mi].p; p.Blocks() {
			if s.explain != nil {
				s.explain.Nothing = fmt.Sprintf("pattern %s %s (code %s) stops the sentence from being coded", p.Src, p.Text, p.Code)
			}
			return events
		}
	}
	if s.c.d.Transforms != nil {
		s.applyTransforms()
	}
	s.exprs = dates.FindIn(s.sent.Text, s.doc.doc.Date, false, s.doc.order)
	n := len(events)
	done, last := false, 0
	for mi := range s.matches {
		m := &s.matches[mi]
		if s.c.d.Rules.OneEventPerClause && done && !s.opensClause(last, m.start) {
			continue
		}
		if done && s.c.d.Rules.OneEventPerSentence {
			break
		}
		k := len(events)
		ng, nm := len(s.groups), len(s.mentions)
		events = s.eventsFor(m, events)
		s.groups, s.mentions = s.groups[:ng], s.mentions[:nm] // defaults stand only for this match
		if len(events) > k {
			done, last = true, m.end
		}
	}
	if s.explain != nil && len(events) == n && s.explain.Nothing == "" {
		s.explain.Nothing = "patterns matched, but no source and target could be assigned"
	}
	return events
}

// dropUnderscores removes the tokens "_": an underscore joins words
// ("Dol_Amroth" reads as "Dol Amroth", as TABARI's texts write names).
func (s *state) dropUnderscores() {
	out := s.toks[:0]
	for _, t := range s.toks {
		if t.Norm != "_" {
			out = append(out, t)
		}
	}
	s.toks = out
}

// words counts the tokens of the sentence that are words or numbers.
func (s *state) words() int {
	n := 0
	for i := range s.toks {
		if c := s.toks[i].Norm[0]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			n++
		}
	}
	return n
}

// conjunctions counts the sentence's coordinating conjunctions, the
// measure of TABARI's "COMPLEX: CONJ[n]".
func (s *state) conjunctions() int {
	n := 0
	for i := range s.toks {
		switch s.toks[i].Norm {
		case "and", "or", "but", "nor":
			n++
		}
	}
	return n
}

// opensClause reports whether a conjunction or semicolon stands shortly
// before token start, after token from: the verb there opens a new clause.
func (s *state) opensClause(from, start int) bool {
	for k := start - 1; k >= from && k >= start-3; k-- {
		switch s.toks[k].Norm {
		case "and", "but", ";", "while", "whereas":
			return true
		case "or":
			if s.c.d.Rules.SourceFirstInClause {
				return true // TABARI: "affirm an attack or assail Arnor"
			}
		}
	}
	if s.c.d.Rules.SourceFirstInClause {
		// TABARI: a conjunction after the coded verb, with a subject of its
		// own right after it, opens a clause however far it stands from
		// the next verb ("and then it requested that Y assist").
		for k := start - 1; k >= from; k-- {
			if n := s.toks[k].Norm; (n == "and" || n == "but") && s.opensSparseClause(k) &&
				(s.groupAt(k+1) >= 0 || k+2 < start && s.groupAt(k+2) >= 0) {
				return true
			}
		}
	}
	if !s.c.d.Rules.CommaOpensClause {
		return false
	}
	// "…, a senior official said": after a comma the verb has a subject
	// of its own, so a new clause has begun; but "…, years after Gondor
	// crowds burned …" is a subordinate clause inside the coded verb's
	// phrase, which PETRARCH does not code apart.
	for k := start - 1; k >= from; k-- {
		if s.toks[k].Norm == "," {
			g := s.firstGroupIn(k+1, start, start, -1)
			return g >= 0 && !s.subordinated(k+1, s.groups[g].start)
		}
	}
	return false
}

// subordinators open an adverbial clause that belongs to the verb phrase
// before it.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "when": true,
	"because": true, "although": true, "though": true, "if": true, "unless": true, "once": true}

// subordinated reports whether a subordinating conjunction stands in
// tokens [a, b).
func (s *state) subordinated(a, b int) bool {
	for k := a; k < b; k++ {
		if subordinators[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

func (s *state) clearPresent() {
	for _, id := range s.ids {
		if id >= 0 {
			s.present[id>>6] = 0
		}
	}
	if len(s.stemOff) > 0 {
		for _, id := range s.stemIDs {
			s.present[id>>6] = 0
		}
	}
}

// stemsAt returns the ids of the pattern stems token i begins with.
func (s *state) stemsAt(i int) []int32 {
	if len(s.stemOff) == 0 {
		return nil
	}
	return s.stemIDs[s.stemOff[i]:s.stemOff[i+1]]
}

func (s *state) has(id int32) bool { return s.present[id>>6]&(1<<(id&63)) != 0 }

// discard returns why the sentence codes nothing (a discard phrase, a sports
// score), or "".
func (s *state) discard() string {
	toks := s.toks
	for i := range toks {
		found := ""
		s.c.d.Discards.Match(len(toks)-i, func(j int) string { return toks[i+j].Norm }, func(n int, srcs []dict.Source) bool {
			found = fmt.Sprintf("discard phrase %q (%s)", s.sent.Text[toks[i].Start-s.sent.Start:toks[i+n-1].End-s.sent.Start], srcs[0])
			return false
		})
		if found != "" {
			return found
		}
		// A score such as "3-0" or "2 - 1": sport, not politics.
		if i+2 < len(toks) && isSmallNumber(toks[i].Norm) && toks[i+1].Norm == "-" && isSmallNumber(toks[i+2].Norm) &&
			toks[i+1].Start == toks[i].End && toks[i+2].Start == toks[i+1].End {
			return fmt.Sprintf("sports score %q", s.sent.Text[toks[i].Start-s.sent.Start:toks[i+2].End-s.sent.Start])
		}
	}
	return ""
}

func isSmallNumber(s string) bool {
	return len(s) >= 1 && len(s) <= 2 && s[0] >= '0' && s[0] <= '9' && (len(s) == 1 || s[1] >= '0' && s[1] <= '9')
}

// event fills the fields every event of a match shares.
func (s *state) event(m *match, src, tgt *mention) annals.Event {
	doc := s.doc.doc
	ev := annals.Event{
		Doc:            doc.ID,
		Sentence:       s.sent.Index,
		Source:         src.code,
		Target:         tgt.code,
		Code:           annals.Code(m.p.Code),
		SourceText:     s.tokText(src.start, src.end),
		TargetText:     s.tokText(tgt.start, tgt.end),
		VerbText:       s.tokText(m.start, m.end),
		Start:          s.sent.Start,
		End:            s.sent.End,
		Pattern:        m.p.Src.String() + " " + m.p.String(),
		OriginalSource: s.doc.orig,
	}
	setCode(&ev, m.p.Code)
	return ev
}

// setCode sets an event's code and what follows from it: root, quad class, Goldstein weight.
func setCode(ev *annals.Event, code string) {
	ev.Code = annals.Code(code)
	ev.Root = cameo.RootOf(code)
	ev.Quad = cameo.QuadClass(ev.Root)
	ev.Goldstein = 0
	if c, ok := lookupCode(code); ok {
		ev.Goldstein = c.Goldstein
		ev.Quad = c.Quad
	}
}

// lookupCode finds a code or, failing that, its nearest listed ancestor.
func lookupCode(code string) (cameo.Code, bool) {
	for len(code) >= 2 {
		if c, ok := cameo.Lookup(code); ok {
			return c, true
		}
		code = code[:len(code)-1]
	}
	return cameo.Code{}, false
}

// tokText returns the text from token a to token b (exclusive).
func (s *state) tokText(a, b int) string {
	if a >= b || b > len(s.toks) {
		return ""
	}
	return s.sent.Text[s.toks[a].Start-s.sent.Start : s.toks[b-1].End-s.sent.Start]
}

// discardingPerson reports whether the sentence names someone whose code
// on its day is DiscardCode, which leaves the sentence uncoded.
func (s *state) discardingPerson() bool {
	for m := range s.mentions {
		if p := s.mentions[m].person; p != nil {
			if code, _ := p.CodeOn(s.day); code == dict.DiscardCode {
				if s.explain != nil {
					s.explain.Nothing = fmt.Sprintf("«%s» discards the sentence on this date (%s)", s.tokText(s.mentions[m].start, s.mentions[m].end), p.Src)
				}
				return true
			}
		}
	}
	return false
}

// tenseWindow is how many tokens before the verb are read for its tense.
const tenseWindow = 8

// dateFor dates an event whose verb spans tokens [vs, ve) in the clause [cs, ce).
func (s *state) dateFor(ev *annals.Event, vs, ve, cs, ce int) {
	pub := s.doc.doc.Date
	// Tense is read near the verb: "will visit", "is scheduled to attend".
	future := dates.FutureTense(s.tokText(max(cs, vs-tenseWindow), min(ce, ve+3)))
	ev.Planned = future
	exprs := s.exprs
	if future {
		if s.futureExprs == nil {
			s.futureExprs = dates.FindIn(s.sent.Text, pub, true, s.doc.order)
		}
		exprs = s.futureExprs
	}
	// The expression nearest the verb inside its clause, else nearest in the sentence.
	vStart := s.toks[vs].Start - s.sent.Start
	vEnd := s.toks[ve-1].End - s.sent.Start
	cStart := s.toks[cs].Start - s.sent.Start
	cEnd := s.toks[ce-1].End - s.sent.Start
	best, bestDist, bestIn := -1, 1<<30, false
	for k, x := range exprs {
		in := x.Start >= cStart && x.End <= cEnd
		d := 0
		switch {
		case x.End <= vStart:
			d = vStart - x.End
		case x.Start >= vEnd:
			d = x.Start - vEnd
		}
		if (in && !bestIn) || (in == bestIn && d < bestDist) {
			best, bestDist, bestIn = k, d, in
		}
	}
	if best >= 0 {
		x := exprs[best]
		ev.Date = x.Date.Format(time.DateOnly)
		ev.DatePrecision = x.Precision
		ev.DateText = x.Text
		return
	}
	if pub.IsZero() {
		ev.DatePrecision = ""
		return
	}
	ev.Date = pub.Format(time.DateOnly)
	ev.DatePrecision = annals.PrecisionDay
}
