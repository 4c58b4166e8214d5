package dict

// weighTabari sets Weight as TABARI ranks competing patterns
// (Rules.AlternativesWeighLess): a word or a slot counts two, an
// alternative group or synset one, whatever its members' length, so that
// of two patterns with as many elements the one of fixed words wins.
func (p *Pattern) weighTabari() {
	p.Weight = 0
	for _, e := range p.Elems {
		switch e.Kind {
		case ElemWords:
			switch {
			case e.Optional || len(e.Options) == 0:
			case len(e.Options) > 1 && len(e.Options[0]) > 0 && e.Options[0][0].Lemma == "":
				p.Weight++
			default:
				p.Weight += 2 * len(e.Options[0])
			}
		case ElemTarget, ElemSource:
			p.Weight += 2
		}
	}
}
