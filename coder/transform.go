package coder

import (
	"fmt"
	"slices"

	"github.com/annals-dev/annals/dict"
)

// linkWords may stand between a reporting or intending verb and the verb of
// its complement, besides the complement's subject: "said that it would
// soon attack", "wants Gondor to attack".
var linkWords = map[string]bool{
	"that": true, "to": true, "had": true, "has": true, "have": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true, "shall": true, "must": true,
	"be": true, "been": true, "soon": true, "also": true, "already": true, "again": true, "later": true,
}

// maxLink is the most tokens between the outer verb and the inner one.
const maxLink = 10

// applyTransforms rewrites, with the dictionary's transforms, each pair of
// a reporting or intending verb and the event its complement codes into
// one event ("Gondor said it would attack Mordor": a threat). The pair's
// matches are replaced by one match that places both actors; the rest of
// the coding does not change. Only dictionaries with transforms get here.
func (s *state) applyTransforms() {
	x := s.c.d.Transforms
	for o := 0; o < len(s.toks); o++ {
		ts, ok := x.ByForm[s.toks[o].Norm]
		if !ok {
			continue
		}
		if m, ok := s.transformAt(x, ts, o); ok {
			s.replaceMatches(m)
		}
	}
}

// transformAt tries the transforms ts on the outer verb at token o and
// returns the match of the rewritten event.
func (s *state) transformAt(x *dict.Transforms, ts []int, o int) (match, bool) {
	// The inner verb: in a longer pattern of the outer verb that took it
	// in ("wants Gondor to attack"), or a match of its own after a link.
	v, code, end, inner := -1, "", 0, -1
	for i := range s.matches {
		if k := &s.matches[i]; k.verb == o && k.end-1 > o {
			if c, ok := x.LoneCode[s.toks[k.end-1].Norm]; ok {
				v, code, end = k.end-1, c, k.end
			}
			break
		}
	}
	subj := -1 // the complement's own subject, a group
	pronoun := false
	if v < 0 {
		j := o + 1
		for ; j < len(s.toks) && j <= o+maxLink; j++ {
			n := s.toks[j].Norm
			if linkWords[n] {
				continue
			}
			if pronouns[n] && subj < 0 && !pronoun {
				pronoun = true
				continue
			}
			if g := s.groupAt(j); g >= 0 && subj < 0 && !pronoun {
				subj = g
				j = s.groups[g].end - 1
				continue
			}
			break
		}
		if j >= len(s.toks) {
			return match{}, false
		}
		for i := range s.matches {
			if k := &s.matches[i]; k.verb == j && !k.p.Null() && !k.p.Blocks() {
				v, code, end, inner = j, k.p.Code, k.end, i
				break
			}
		}
		if v < 0 {
			return match{}, false
		}
	} else {
		for g := s.groupsFrom(o + 1); g < len(s.groups) && s.groups[g].start < v; g++ {
			subj = g
			break
		}
	}
	a := s.subject(s.leftBound(o), o, -1)
	if a < 0 || subj == a {
		return match{}, false
	}
	// "did not say it would attack": the rewritten event is negated too,
	// and codes nothing.
	negated := !s.c.d.Rules.NegationInPatterns && s.negated(s.leftBound(o), v)
	src := a
	if subj >= 0 {
		src = subj
	}
	tgt := -1
	if inner >= 0 && s.matches[inner].target >= 0 {
		tgt = s.matches[inner].target
	} else if g := s.firstAfter(v+1, src); g >= 0 && g != a {
		tgt = g
	}
	// A transform whose inner source is "_" is tried after those that
	// say whose the inner event is.
	for pass := 0; pass < 2; pass++ {
		for _, ti := range ts {
			t := x.List[ti]
			if (t.InnerSource == "_") != (pass == 1) || !t.MatchesInner(code) {
				continue
			}
			roles := map[string]int{"a": a}
			if !bindRole(roles, t.InnerSource, src, a, true) || !bindRole(roles, t.InnerTarget, tgt, a, false) {
				continue
			}
			rs, okS := roles[t.Source]
			rt, okT := roles[t.Target]
			if !okS || !okT || rs < 0 || rt < 0 || rs == rt {
				continue
			}
			c := t.Code
			if c == dict.InnerCode {
				c = code
			}
			if negated {
				c = "---"
			}
			p := &dict.Pattern{Code: c, Src: t.Src, HasSource: true, HasTarget: true,
				Text: fmt.Sprintf("transform %s %s (%s %s %s) = %s %s", s.toks[o].Norm, "a", t.InnerSource, t.InnerTarget, t.Inner, t.Source, t.Target)}
			m := match{p: p, at: o, start: o, end: max(end, v+1), verb: o, source: rs, target: rt}
			m.sourceTo, m.targetTo = len(s.groups[rs].members), len(s.groups[rt].members)
			return m, true
		}
	}
	return match{}, false
}

// bindRole binds role r to group g (-1: none) in roles, and reports whether
// it fits: "a" is the outer subject, "_" fits anything, "." for a source
// means none and for a target anything (the target is not carried over),
// and another letter an actor other than the outer subject.
func bindRole(roles map[string]int, r string, g, a int, source bool) bool {
	switch r {
	case "_":
		return true
	case ".":
		return !source || g < 0
	case "a":
		return g == a
	}
	if g < 0 || g == a {
		return false
	}
	if h, ok := roles[r]; ok {
		return h == g
	}
	roles[r] = g
	return true
}

// replaceMatches drops the matches whose words lie in m's and adds m.
func (s *state) replaceMatches(m match) {
	s.matches = slices.DeleteFunc(s.matches, func(k match) bool {
		return k.start < m.end && m.start < k.end || k.verb >= m.start && k.verb < m.end
	})
	i := 0
	for i < len(s.matches) && s.matches[i].start <= m.start {
		i++
	}
	s.matches = slices.Insert(s.matches, i, m)
}
