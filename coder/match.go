package coder

import (
	"sort"
	"strings"

	"github.com/annals-dev/annals/dict"
)

// match is one verb pattern found in a sentence.
type match struct {
	p          *dict.Pattern
	at         int // the token the pattern's first word matched
	start, end int // token range of the words matched (slots included)
	verb       int // token of the verb lemma, or -1 for a nominal pattern
	source     int // group bound by $, or -1
	target     int // group bound by +, or -1
	// A slot may take part of a compound: "talks between $ and +" splits
	// "Armenia and Azerbaijan". The members taken are members[From:To].
	sourceFrom, sourceTo, targetFrom, targetTo int
}

// slotMembers returns the mentions a slot bound in group g.
func (s *state) slotMembers(g, from, to int) []int {
	return s.groups[g].members[from:to]
}

// adjuncts may open a short phrase that a pattern skips between two of its
// words: "held talks in the Kremlin with", "met on Monday with".
var adjuncts = map[string]bool{"in": true, "at": true, "on": true, "during": true, "late": true, "earlier": true, "by": true}

// maxAdjunct is the longest adjunct phrase skipped.
const maxAdjunct = 6

// Token flags the matcher reads over and over, set once a sentence so
// that the matcher does no string lookups.
const (
	tokAdjunct uint8 = 1 << iota // the token is one of adjuncts
	tokBreak                     // the token ends a clause for gaps and adjuncts (isBreak)
)

// tokenEntry is what the dictionary says of one folded token.
type tokenEntry struct {
	id     int32   // vocabulary id, or -1
	stems  []int32 // ids of the pattern stems it begins with, longest first
	gapped []int32 // indices of the gapped actors that may start with it
	actors dict.TrieStart[*dict.Entry]
}

// maxTokCache bounds the token cache of each scratch state (a few MB at
// most): the commonest words make most of news text, and a cache that
// outgrows this is cleared.
const maxTokCache = 1 << 14

// lookupTokens sets ids, stemIDs, stemOff, tokEnt and present for the
// sentence's tokens. The dictionary's answers for a token are cached: a
// token costs one map lookup rather than one for each of its prefixes
// that could be a stem.
func (s *state) lookupTokens() {
	d := s.c.d
	if s.tokCache == nil || len(s.tokCache) >= maxTokCache {
		s.tokCache = make(map[string]*tokenEntry, 1024)
	}
	stems := d.HasStems()
	s.ids, s.tokEnt = s.ids[:0], s.tokEnt[:0]
	s.stemOff, s.stemIDs = s.stemOff[:0], s.stemIDs[:0]
	for i := range s.toks {
		norm := s.toks[i].Norm
		te := s.tokCache[norm]
		if te == nil {
			te = &tokenEntry{id: d.ID(norm)}
			if stems {
				te.stems = d.StemIDs(norm, nil)
			}
			if len(d.Gapped) > 0 {
				te.gapped = d.GappedAt(norm, nil)
			}
			te.actors = d.Actors.Start(norm)
			s.tokCache[strings.Clone(norm)] = te
		}
		s.tokEnt = append(s.tokEnt, te)
		s.ids = append(s.ids, te.id)
		if te.id >= 0 {
			s.present[te.id>>6] |= 1 << (te.id & 63)
		}
		if stems {
			s.stemOff = append(s.stemOff, int32(len(s.stemIDs)))
			s.stemIDs = append(s.stemIDs, te.stems...)
			for _, id := range te.stems {
				s.present[id>>6] |= 1 << (id & 63)
			}
		}
	}
	if stems {
		s.stemOff = append(s.stemOff, int32(len(s.stemIDs)))
	}
}

// findMatches finds every pattern match in the sentence and keeps the best
// non-overlapping ones: heavier patterns first, then earlier in the file.
func (s *state) findMatches() {
	s.matches = s.matches[:0]
	s.anchor.key = anchorKey{} // a new sentence
	s.tokFlags = s.tokFlags[:0]
	for i := range s.toks {
		var f uint8
		if adjuncts[s.toks[i].Norm] {
			f |= tokAdjunct
		}
		if isBreakNorm(s.toks[i].Norm) {
			f |= tokBreak
		}
		s.tokFlags = append(s.tokFlags, f)
	}
	s.idMask = 0
	for _, id := range s.ids {
		if id >= 0 {
			s.idMask |= dict.IDMask(id)
		}
	}
	if len(s.stemOff) > 0 {
		for _, id := range s.stemIDs {
			s.idMask |= dict.IDMask(id)
		}
	}
	for i := range s.toks {
		s.tryAt(s.c.d.BucketsID(s.ids[i]), i)
		for _, id := range s.stemsAt(i) {
			s.tryAt(s.c.d.BucketsID(id), i)
		}
	}
	if len(s.matches) < 2 {
		return
	}
	sort.SliceStable(s.matches, func(a, b int) bool {
		ma, mb := &s.matches[a], &s.matches[b]
		if ma.p.Weight != mb.p.Weight {
			return ma.p.Weight > mb.p.Weight
		}
		if ma.start != mb.start {
			return ma.start < mb.start
		}
		if ma.at != mb.at {
			return ma.at < mb.at
		}
		return ma.p.Order < mb.p.Order
	})
	kept := s.matches[:0]
	for _, m := range s.matches {
		overlap := false
		for _, k := range kept {
			if m.wordsOverlap(&k, s) {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	s.matches = kept
	sort.Slice(s.matches, func(a, b int) bool { return s.matches[a].start < s.matches[b].start })
}

// tryAt tries the candidate patterns at token i, skipping each group
// whose shared word the sentence lacks.
func (s *state) tryAt(buckets []dict.Bucket, i int) {
	for _, b := range buckets {
		if b.Key >= 0 && !s.has(b.Key) {
			continue
		}
	candidates:
		for k, pi := range b.Patterns {
			if k < len(b.Masks) && b.Masks[k]&^s.idMask != 0 {
				continue // a required word is missing
			}
			p := s.c.d.Patterns[pi]
			for _, r := range p.Required {
				if !s.has(r) {
					continue candidates
				}
			}
		anyOf:
			for _, ids := range p.RequiredAny {
				for _, r := range ids {
					if s.has(r) {
						continue anyOf
					}
				}
				continue candidates
			}
			if m, ok := s.matchAt(p, i); ok {
				s.matches = append(s.matches, m)
			}
		}
	}
}

// wordsOverlap reports whether two matches claim a common word token (actor
// slots may be shared: "A met B and attacked C").
func (m *match) wordsOverlap(o *match, s *state) bool {
	lo, hi := max(m.start, o.start), min(m.end, o.end)
	for k := lo; k < hi; k++ {
		if !s.inGroup(k, m.source) && !s.inGroup(k, m.target) && !s.inGroup(k, o.source) && !s.inGroup(k, o.target) {
			return true
		}
	}
	return false
}

func (s *state) inGroup(k, g int) bool {
	return g >= 0 && k >= s.groups[g].start && k < s.groups[g].end
}

// matchAt tries pattern p with its anchor element at token i.
func (s *state) matchAt(p *dict.Pattern, i int) (match, bool) {
	m := match{p: p, at: i, start: i, verb: -1, source: -1, target: -1}
	a := p.Anchor()
	// Slots before the anchor: the actor must end right before i.
	k := i
	gap := 0
	for e := a - 1; e >= 0; e-- {
		el := p.Elems[e]
		if el.Kind == dict.ElemGap {
			gap = el.GapMax()
			continue
		}
		if el.Kind != dict.ElemSource && el.Kind != dict.ElemTarget && el.Kind != dict.ElemSkip {
			return m, false
		}
		g := s.groupEndingAt(k)
		for j := k - 1; g < 0 && j > 0 && j >= k-gap; j-- {
			g = s.groupEndingAt(j)
		}
		gap = 0
		if el.Kind == dict.ElemSkip {
			// TABARI's '^' passes over the actor before (or one word).
			if g >= 0 {
				k = s.groups[g].start
			} else if k > 0 {
				k--
			} else {
				return m, false
			}
			m.start = k
			continue
		}
		if g < 0 {
			return m, false
		}
		if el.Kind == dict.ElemSource {
			m.source, m.sourceTo = g, len(s.groups[g].members)
		} else {
			m.target, m.targetTo = g, len(s.groups[g].members)
		}
		k = s.groups[g].start
		m.start = k
	}
	end, ok := s.matchElems(p.Elems, a, i, &m, a)
	if !ok {
		return m, false
	}
	if m.verb > 0 && s.adjectival(m.verb) {
		return m, false // "the exiled dissidents": a participle used as an adjective
	}
	if m.verb > 0 && s.c.d.Rules.CapitalNotVerb && !s.allCaps && isCapitalised(s.toks[m.verb].Text) {
		return m, false // TABARI: "To Restore" names something; it is no verb
	}
	m.end = end
	return m, true
}

// matchElems matches elems[e:] from token i and returns the end token.
func (s *state) matchElems(elems []dict.Elem, e, i int, m *match, anchor int) (int, bool) {
	if e == len(elems) {
		return i, true
	}
	el := &elems[e]
	switch el.Kind {
	case dict.ElemGap:
		max, long := el.GapMax(), el.Max > dict.MaxGap
		// A required word element next can only start where one of its
		// options' first words stands (or, past the anchor, an adjunct).
		var next *dict.Elem
		if e+1 < len(elems) && elems[e+1].Kind == dict.ElemWords && !elems[e+1].Optional {
			next = &elems[e+1]
		}
		for n := 0; n <= max && i+n <= len(s.toks); n++ {
			if n > 0 && !long && s.breakAt(i+n-1) {
				break
			}
			if j := i + n; next != nil && j < len(s.toks) && !next.MayStart(s.ids[j]) &&
				(e+1 <= anchor || s.tokFlags[j]&tokAdjunct == 0) {
				continue
			}
			if end, ok := s.matchElems(elems, e+1, i+n, m, anchor); ok {
				return end, true
			}
		}
		return 0, false
	case dict.ElemSkip:
		// TABARI's '^': pass over one actor phrase, or one word where none starts.
		if g, from := s.slotAt(i); g >= 0 {
			end := s.mentions[s.groups[g].members[from]].end
			if from == len(s.groups[g].members)-1 {
				end = s.groups[g].end
			}
			return s.matchElems(elems, e+1, end, m, anchor)
		}
		if i >= len(s.toks) {
			return 0, false
		}
		return s.matchElems(elems, e+1, i+1, m, anchor)
	case dict.ElemTarget, dict.ElemSource:
		g, from := s.slotAt(i)
		if g < 0 {
			// "Y was attacked by X": the target of ATTACK + stands before the verb.
			if el.Kind == dict.ElemTarget && m.verb >= 0 && e > anchor && s.passive(m.verb) {
				return s.matchElems(elems, e+1, i, m, anchor)
			}
			return 0, false
		}
		members := s.groups[g].members
		// The rest of the group first, then ever fewer of its members.
		for to := len(members); to > from; to-- {
			end := s.mentions[members[to-1]].end
			if to == len(members) {
				end = s.groups[g].end
			}
			if e2, ok := s.matchElems(elems, e+1, end, m, anchor); ok {
				if el.Kind == dict.ElemTarget {
					m.target, m.targetFrom, m.targetTo = g, from, to
				} else {
					m.source, m.sourceFrom, m.sourceTo = g, from, to
				}
				return e2, true
			}
		}
		return 0, false
	}
	if e == anchor && len(el.Options) > 0 {
		// The patterns tried at a token often share their anchor (every
		// pattern of a verb block starts with the block's verbs): its
		// options are matched once.
		for _, h := range s.anchorHits(el, i) {
			saved := m.verb
			if h.verb >= 0 && m.verb < 0 {
				m.verb = i + h.verb
			}
			if end, ok := s.matchElems(elems, e+1, i+h.n, m, anchor); ok {
				return end, true
			}
			m.verb = saved
		}
		if el.Optional {
			return s.matchElems(elems, e+1, i, m, anchor)
		}
		return 0, false
	}
	opts, indexed := []int32(nil), false
	if id, verb, ok := el.One(); ok {
		// One word: no need to read the options.
		if i < len(s.toks) && s.ids[i] == id {
			saved := m.verb
			if verb && m.verb < 0 {
				m.verb = i
			}
			if end, ok := s.matchElems(elems, e+1, i+1, m, anchor); ok {
				return end, true
			}
			m.verb = saved
		}
		indexed = true // and no option is left to try
	} else if i < len(s.toks) {
		opts, indexed = el.OptionsFor(s.ids[i])
		if !indexed && !el.MayStart(s.ids[i]) {
			opts, indexed = nil, true // no option starts here
		}
	}
	for k := range el.Options {
		if indexed {
			if k >= len(opts) {
				break
			}
			k = int(opts[k])
		}
		opt := el.Options[k]
		if n, verb, ok := s.matchAtoms(opt, i); ok {
			saved := m.verb
			if verb >= 0 && m.verb < 0 {
				m.verb = i + verb
			}
			if end, ok := s.matchElems(elems, e+1, i+n, m, anchor); ok {
				return end, true
			}
			m.verb = saved
		}
	}
	if el.Optional {
		return s.matchElems(elems, e+1, i, m, anchor)
	}
	// Skip an adjunct phrase before a later word of the pattern.
	if e > anchor && i < len(s.toks) && s.tokFlags[i]&tokAdjunct != 0 {
		for n := 2; n <= maxAdjunct && i+n < len(s.toks); n++ {
			if s.breakAt(i + n - 1) {
				break
			}
			opts, indexed := el.OptionsFor(s.ids[i+n])
			if !indexed && !el.MayStart(s.ids[i+n]) {
				continue
			}
			for k := range el.Options {
				if indexed {
					if k >= len(opts) {
						break
					}
					k = int(opts[k])
				}
				opt := el.Options[k]
				if k, verb, ok := s.matchAtoms(opt, i+n); ok {
					saved := m.verb
					if verb >= 0 && m.verb < 0 {
						m.verb = i + n + verb
					}
					if end, ok := s.matchElems(elems, e+1, i+n+k, m, anchor); ok {
						return end, true
					}
					m.verb = saved
				}
			}
		}
	}
	return 0, false
}

// anchorHit is an option of an anchor element that matched: the tokens it
// took and the offset of its verb atom (-1 if none).
type anchorHit struct{ n, verb int }

// anchorCache remembers the options of the last anchor element matched, at
// one token of the current sentence.
type anchorCache struct {
	key  anchorKey
	at   int
	hits []anchorHit
}

// anchorKey identifies an element's options by their backing arrays: the
// dictionary shares equal options between patterns.
type anchorKey struct {
	outer *[]dict.Atom // the options, when there are several
	inner *dict.Atom   // the atoms of the first option
	n, m  int          // how many options, and atoms in the first
}

// anchorHits returns the options of anchor element el that match at token
// i, in order, as matchElems tries them.
func (s *state) anchorHits(el *dict.Elem, i int) []anchorHit {
	c := &s.anchor
	key := anchorKey{n: len(el.Options), m: len(el.Options[0])}
	if key.n > 1 {
		key.outer = &el.Options[0]
	}
	if key.m > 0 {
		key.inner = &el.Options[0][0]
	}
	if c.key == key && c.at == i && (key.outer != nil || key.inner != nil) {
		return c.hits
	}
	c.key, c.at, c.hits = key, i, c.hits[:0]
	opts, indexed := []int32(nil), false
	if i < len(s.toks) {
		opts, indexed = el.OptionsFor(s.ids[i])
		if !indexed && !el.MayStart(s.ids[i]) {
			return c.hits
		}
	}
	for k := range el.Options {
		if indexed {
			if k >= len(opts) {
				break
			}
			k = int(opts[k])
		}
		if n, verb, ok := s.matchAtoms(el.Options[k], i); ok {
			c.hits = append(c.hits, anchorHit{n, verb})
		}
	}
	return c.hits
}

// matchAtoms matches a sequence of atoms at token i; it returns how many
// tokens it took and the offset of its verb atom (-1 if none).
func (s *state) matchAtoms(atoms []dict.Atom, i int) (int, int, bool) {
	verb := -1
	for k := range atoms {
		if i+k >= len(s.toks) || !s.atomAt(&atoms[k], i+k) {
			return 0, -1, false
		}
		if atoms[k].Lemma != "" && verb < 0 {
			verb = k
		}
	}
	return len(atoms), verb, true
}

// atomAt reports whether atom a matches token i: by its word, or by a stem
// the token begins with.
func (s *state) atomAt(a *dict.Atom, i int) bool {
	if a.HasID(s.ids[i]) {
		return true
	}
	if a.Stem {
		for _, id := range s.stemsAt(i) {
			if a.HasID(id) {
				return true
			}
		}
	}
	return false
}

// adjectival reports whether the verb form at token v stands as an adjective:
// a past participle right after a determiner ("the exiled leaders").
func (s *state) adjectival(v int) bool {
	n := s.toks[v].Norm
	return strings.HasSuffix(n, "ed") && determiners[s.toks[v-1].Norm]
}

// isBreak reports whether token k ends a clause for gaps and adjuncts.
func (s *state) isBreak(k int) bool { return isBreakNorm(s.toks[k].Norm) }

// breakAt is isBreak from the flags findMatches set.
func (s *state) breakAt(k int) bool { return s.tokFlags[k]&tokBreak != 0 }

// isBreakNorm reports whether a folded token ends a clause for gaps and adjuncts.
func isBreakNorm(n string) bool {
	switch n {
	case ",", ";", ":", ".", "!", "?", "\"", "(", ")":
		return true
	}
	return false
}

// slotAt returns the group and the index of its member that start at token
// i, or -1.
func (s *state) slotAt(i int) (int, int) {
	if i < 0 || i >= len(s.startAt) || s.startAt[i] < 0 {
		return -1, 0
	}
	return int(s.startAt[i]), int(s.memberAt[i])
}

// groupAt returns the group that starts at token i, or -1.
func (s *state) groupAt(i int) int {
	if g, k := s.slotAt(i); g >= 0 && k == 0 {
		return g
	}
	return -1
}

// groupEndingAt returns the group that ends right before token i, or -1.
func (s *state) groupEndingAt(i int) int {
	if i <= 0 || i > len(s.endAt) {
		return -1
	}
	return int(s.endAt[i-1])
}

// indexGroups records, for each token, the group and member that start there
// and the group that ends there, so that slots are found in constant time.
func (s *state) indexGroups() {
	n := len(s.toks)
	s.startAt = resize(s.startAt, n)
	s.memberAt = resize(s.memberAt, n)
	s.endAt = resize(s.endAt, n)
	for g := range s.groups {
		gr := &s.groups[g]
		for k, m := range gr.members {
			st := s.mentions[m].start
			if k == 0 {
				st = gr.start
			}
			if s.startAt[st] < 0 {
				s.startAt[st], s.memberAt[st] = int32(g), int32(k)
			}
		}
		s.endAt[gr.end-1] = int32(g)
	}
}

// resize returns a slice of n elements, all -1, reusing buf.
func resize(buf []int32, n int) []int32 {
	if cap(buf) < n {
		buf = make([]int32, n)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = -1
	}
	return buf
}

// groupsFrom returns the index of the first group that starts at or after token a.
func (s *state) groupsFrom(a int) int {
	return sort.Search(len(s.groups), func(g int) bool { return s.groups[g].start >= a })
}
