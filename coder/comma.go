package coder

import "github.com/annals-dev/annals/dict"

// deleteCommaClauses drops the comma-delimited stretches of the sentence
// that rule c deletes (TABARI's "COMMA:"): between two commas, from the
// last comma to the sentence's final stop, and from the start to the first
// comma. An inner stretch goes with its opening comma; its closing comma
// stays as a separator ("with Gondor, its ally, officials said" keeps
// Gondor apart from the officials) and opens no end stretch. A stretch
// followed by "and" or "or" is a member of a list ("Mordor, the awful
// Fornost, and Gondor") and stays, as does an end stretch that begins
// with "and" or "or".
func (s *state) deleteCommaClauses(c dict.CommaRule) {
	var commas []int
	for i := range s.toks {
		if s.toks[i].Norm == "," {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	drop := make([]bool, len(s.toks))
	mark := func(a, b int) { // tokens [a, b)
		for k := a; k < b; k++ {
			drop[k] = true
		}
	}
	within := func(n, lo, hi int) bool { return n >= lo && n <= hi }
	closing := -1 // the last comma that closed a deleted stretch
	for i := 0; i+1 < len(commas); i++ {
		a, b := commas[i], commas[i+1]
		if s.listAfter(b) {
			continue
		}
		if within(s.wordsIn(a+1, b), c.Min, c.Max) {
			mark(a, b)
			closing = b
			i++
		}
	}
	if last := commas[len(commas)-1]; last != closing && !s.listAfter(last) {
		end := len(s.toks)
		for end > last+1 && s.isStop(end-1) {
			end--
		}
		if end < len(s.toks) && within(s.wordsIn(last+1, end), c.EndMin, c.EndMax) {
			mark(last, end)
		}
	}
	if first := commas[0]; !drop[first] && within(s.wordsIn(0, first), c.BeginMin, c.BeginMax) {
		mark(0, first+1)
	}
	out := s.toks[:0]
	for i, t := range s.toks {
		if !drop[i] {
			out = append(out, t)
		}
	}
	s.toks = out
}

// listAfter reports whether "and" or "or" follows the comma at token k:
// the comma separates members of a list, not a clause.
func (s *state) listAfter(k int) bool {
	return k+1 < len(s.toks) && (s.toks[k+1].Norm == "and" || s.toks[k+1].Norm == "or")
}

// wordsIn counts the word and number tokens in [a, b).
func (s *state) wordsIn(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if c := s.toks[k].Norm[0]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			n++
		}
	}
	return n
}

// isStop reports whether token k is a sentence's final punctuation.
func (s *state) isStop(k int) bool {
	switch s.toks[k].Norm {
	case ".", "!", "?", "\"":
		return true
	}
	return false
}
