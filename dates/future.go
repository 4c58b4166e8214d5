package dates

// FutureTense reports whether a sentence (or clause) speaks of the future:
// "will" or "shall" before a verb, "'ll", "won't", "is to" or "are to", a
// form of "be" before "expected to", "scheduled to", "due to", "set to" or
// "going to", "plans to", and time words that only point ahead ("tomorrow",
// "next week", "later this month", "in the coming days"). "would" in
// reported speech is not future, and neither is "will" as a noun ("the will
// of the people") or a name ("Will Smith").
func FutureTense(sentence string) bool {
	pos := firstTrigger(sentence, futureTrigger)
	if pos < 0 {
		return false
	}
	// The rules look back at most three tokens from their trigger word.
	from := windowStart(sentence, pos, 4)
	var buf [64]token
	s := sentence[from:]
	return futureTenseToks(parser{s: s, toks: tokenize(s, buf[:0])})
}

// futureTenseToks applies the FutureTense rules to the tokens p holds.
func futureTenseToks(p parser) bool {
	for k := range p.toks {
		t := &p.toks[k]
		if t.cls != clsWord {
			continue
		}
		switch t.w.id {
		case wWill:
			if p.futureWill(k) {
				return true
			}
		case wShall:
			if k+1 < len(p.toks) && p.toks[k+1].cls == clsWord {
				return true
			}
		case wLl:
			if p.contraction(k) {
				return true
			}
		case wT:
			// "won't"
			if p.punct(k-1, '\'') && p.adjacent(k-1, k) && p.is(k-2, wWon) && p.adjacent(k-2, k-1) {
				return true
			}
		case wIs, wAre, wAm:
			if p.beFuture(k + 1) {
				return true
			}
		case wS, wRe, wM:
			// "it's to", "they're going to", "I'm going to".
			if p.contraction(k) && p.beFuture(k+1) {
				return true
			}
		case wPlans, wPlan, wPlanning, wIntends, wIntend, wIntending:
			if p.is(k+1, wTo) && k+2 < len(p.toks) && p.toks[k+2].cls == clsWord && !p.nounBefore(k) {
				return true
			}
		case wNext:
			switch w := p.word(k + 1); {
			case w.flags&fPlural == 0 && (w.id == wWeek || w.id == wMonth || w.id == wYear || w.id == wWeekend),
				w.kind == kWeekday && w.flags&fAbbr == 0,
				w.kind == kMonth && w.flags&fAbbr == 0,
				w.id == wFew:
				return true
			}
		case wTomorrow:
			return true
		case wLater:
			switch p.word(k + 1).id {
			case wThis, wToday, wTonight:
				return true
			}
		case wComing:
			if w := p.word(k + 1); p.is(k-1, wThe) && w.kind == kUnit && w.flags&fPlural != 0 {
				return true
			}
		}
	}
	return false
}

// contraction reports whether the word at k follows an apostrophe that
// follows a word, with no spaces: "we'll", "it's".
func (p *parser) contraction(k int) bool {
	return p.punct(k-1, '\'') && p.adjacent(k-1, k) && k >= 2 && p.adjacent(k-2, k-1) && p.toks[k-2].cls == clsWord
}

// nounBefore reports whether the word before k makes the word at k a noun:
// a determiner ("the plans"), a possessive ("Russia's plan"), or a verb
// that takes plans as its object ("cancel plans", "announced plans").
func (p *parser) nounBefore(k int) bool {
	if w := p.word(k - 1); w.flags&fDet != 0 || w.id == wTakesPlans {
		return true
	}
	if k > 0 && p.pastVerb(k-1) {
		return true
	}
	return p.is(k-1, wS) && p.contraction(k-1)
}

// futureWill reports whether the "will" at k is the future auxiliary.
func (p *parser) futureWill(k int) bool {
	if k+1 >= len(p.toks) || p.toks[k+1].cls != clsWord {
		return false
	}
	if p.nounBefore(k) {
		return false
	}
	// "Will Smith" is a name; "Will Russia attack?" a question about the future.
	if p.toks[k].caps == capFirst && p.capitalized(k+1) && !p.question() {
		return false
	}
	return true
}

// question reports whether the sentence ends with a question mark.
func (p *parser) question() bool {
	for k := len(p.toks) - 1; k >= 0; k-- {
		t := &p.toks[k]
		if t.cls != clsPunct {
			return false
		}
		if t.ch == '?' && t.end-t.start == 1 {
			return true
		}
		if t.ch != '"' && t.ch != '\'' && t.ch != ')' {
			return false
		}
	}
	return false
}

// beFuture reports whether what follows a present form of "be" at k makes
// it point ahead: "to meet", "expected to", "scheduled for", "going to",
// with up to two adverbs between ("is also expected to").
func (p *parser) beFuture(k int) bool {
	for n := 0; n < 2 && p.is(k, wAdverb); n++ {
		k++
	}
	switch p.word(k).id {
	case wTo:
		return k+1 < len(p.toks) && p.toks[k+1].cls == clsWord && !p.is(k+1, wBlame)
	case wExpected, wScheduled, wDue, wSet, wSlated, wPoised, wPlanning, wPlanned:
		return p.is(k+1, wTo) || p.is(k+1, wFor)
	case wGoing:
		return p.is(k+1, wTo)
	}
	return false
}
