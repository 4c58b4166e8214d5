package eval

import "math"

// Level holds the figures of one scoring level. Precision, Recall and F1
// are NaN where the Python scorer gives nan: the precision and F1 of the
// dated level.
type Level struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

// Miss is a gold event no prediction matched ("miss") or a prediction that
// matched no gold event ("extra"), at the root level. Source, Target and
// Code are as the Python scorer prints them: a field missing from a file
// read by ReadGold or ReadPreds is "None".
type Miss struct {
	Kind                 string // "miss" or "extra"
	Doc                  string
	Source, Target, Code string
}

// Report is the result of scoring predictions against a gold set.
type Report struct {
	// Documents is the number of distinct gold documents.
	Documents                  int
	Root, Actor, Strict, Dated Level
	// Misses lists the root level's misses and extras, document by
	// document in gold order: misses in matching order, then extras in
	// prediction order.
	Misses []Miss
}

// level says which parts of an event are compared.
type level int

const (
	root level = iota
	actor
	strict
	dated
)

// key is what a level compares of an event.
type key struct{ source, target, code string }

func makeKey(source, target, code string, lv level) key {
	switch lv {
	case root, dated:
		return key{pyPrefix(source, 3), pyPrefix(target, 3), pyPrefix(code, 2)}
	case actor:
		return key{source, target, pyPrefix(code, 2)}
	}
	return key{source, target, code}
}

func (k key) reverse() key { return key{k.target, k.source, k.code} }

// Score scores preds against gold, as the reference scorer does: see the
// package documentation for the rules. Predictions for documents not in gold
// are ignored. When gold holds an id twice, the later document replaces the
// earlier one in its place.
func Score(gold []GoldDoc, preds []Pred) Report {
	var docs []GoldDoc
	index := make(map[string]int)
	for _, d := range gold {
		if i, dup := index[d.ID]; dup {
			docs[i] = d
			continue
		}
		index[d.ID] = len(docs)
		docs = append(docs, d)
	}
	byDoc := make(map[string][]Pred)
	for _, p := range preds {
		if _, ok := index[p.Doc]; ok {
			byDoc[p.Doc] = append(byDoc[p.Doc], p)
		}
	}
	rep := Report{Documents: len(docs)}
	rep.Root, rep.Misses = scoreLevel(docs, byDoc, root)
	rep.Actor, _ = scoreLevel(docs, byDoc, actor)
	rep.Strict, _ = scoreLevel(docs, byDoc, strict)
	rep.Dated, _ = scoreLevel(docs, byDoc, dated)
	return rep
}

func scoreLevel(docs []GoldDoc, byDoc map[string][]Pred, lv level) (Level, []Miss) {
	var tp, fp, fn int
	var misses []Miss
	var order []GoldEvent
	var used []bool
	var pkeys []key
	for _, d := range docs {
		// Required events first, then optional ones, each in file order.
		order = order[:0]
		for pass := range 2 {
			for _, g := range d.Expected {
				if g.Optional == (pass == 1) && (lv != dated || g.Date != "") {
					order = append(order, g)
				}
			}
		}
		pred := byDoc[d.ID]
		used = append(used[:0], make([]bool, len(pred))...)
		pkeys = pkeys[:0]
		for _, p := range pred {
			pkeys = append(pkeys, makeKey(p.Source, p.Target, p.Code, lv))
		}
		matchedSym := make(map[key]bool)
		for _, g := range order {
			gk := makeKey(g.Source, g.Target, g.Code, lv)
			hit := -1
			for pi, pk := range pkeys {
				if used[pi] || lv == dated && pred[pi].Date != g.Date {
					continue
				}
				if pk == gk || g.Symmetric && pk == gk.reverse() {
					hit = pi
					break
				}
			}
			switch {
			case hit >= 0:
				used[hit] = true
				if g.Symmetric {
					matchedSym[gk] = true
					matchedSym[gk.reverse()] = true
				}
				if !g.Optional {
					tp++
				}
			case !g.Optional:
				fn++
				misses = append(misses, miss("miss", d.ID, g.Source, g.Target, g.Code, g.shown))
			}
		}
		for pi, p := range pred {
			// At the dated level, precision is judged on matched events only.
			if used[pi] || matchedSym[pkeys[pi]] || lv == dated {
				continue
			}
			fp++
			misses = append(misses, miss("extra", d.ID, p.Source, p.Target, p.Code, p.shown))
		}
	}
	return finish(tp, fp, fn, lv == dated), misses
}

func miss(kind, doc, source, target, code string, shown *[3]string) Miss {
	if shown != nil {
		source, target, code = shown[0], shown[1], shown[2]
	}
	return Miss{Kind: kind, Doc: doc, Source: source, Target: target, Code: code}
}

// finish computes the ratios with the scorer's conventions for empty
// denominators.
func finish(tp, fp, fn int, isDated bool) Level {
	l := Level{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		l.Precision = float64(tp) / float64(tp+fp)
	}
	if isDated {
		l.Precision = math.NaN()
	}
	if tp+fn > 0 {
		l.Recall = float64(tp) / float64(tp+fn)
	}
	switch {
	case math.IsNaN(l.Precision):
		l.F1 = math.NaN()
	case l.Precision+l.Recall != 0:
		// Python evaluates 2 * prec * rec / (prec + rec) left to right; the
		// explicit conversions keep Go from fusing a multiply-add.
		l.F1 = float64(float64(2*l.Precision)*l.Recall) / float64(l.Precision+l.Recall)
	}
	return l
}
