package eval_test

import (
	"math"
	"reflect"
	"testing"

	"github.com/annals-dev/annals/eval"
)

var nan = math.NaN()

func ev(source, target, code string) eval.GoldEvent {
	return eval.GoldEvent{Source: source, Target: target, Code: code}
}

func sym(e eval.GoldEvent) eval.GoldEvent { e.Symmetric = true; return e }
func opt(e eval.GoldEvent) eval.GoldEvent { e.Optional = true; return e }
func dated(e eval.GoldEvent, date string) eval.GoldEvent {
	e.Date = date
	return e
}

func doc(id string, evs ...eval.GoldEvent) eval.GoldDoc { return eval.GoldDoc{ID: id, Expected: evs} }

func pred(doc, source, target, code string) eval.Pred {
	return eval.Pred{Doc: doc, Source: source, Target: target, Code: code}
}

func predOn(p eval.Pred, date string) eval.Pred { p.Date = date; return p }

// counts is a level's tp, fp and fn.
type counts [3]int

func countsOf(l eval.Level) counts { return counts{l.TP, l.FP, l.FN} }

func TestScoreRules(t *testing.T) {
	tests := []struct {
		name                string
		gold                []eval.GoldDoc
		preds               []eval.Pred
		root, actor, strict counts
		dated               counts
		misses              []eval.Miss
	}{
		{
			name:  "exact match",
			gold:  []eval.GoldDoc{doc("d", ev("RUSGOV", "AZEGOV", "040"))},
			preds: []eval.Pred{pred("d", "RUSGOV", "AZEGOV", "040")},
			root:  counts{1, 0, 0}, actor: counts{1, 0, 0}, strict: counts{1, 0, 0},
		},
		{
			name:  "levels: country and root only",
			gold:  []eval.GoldDoc{doc("d", ev("RUSGOV", "AZEGOV", "040"))},
			preds: []eval.Pred{pred("d", "RUSMIL", "AZEGOV", "042")},
			root:  counts{1, 0, 0}, actor: counts{0, 1, 1}, strict: counts{0, 1, 1},
			misses: nil,
		},
		{
			name:  "levels: actors and root",
			gold:  []eval.GoldDoc{doc("d", ev("RUSGOV", "AZEGOV", "040"))},
			preds: []eval.Pred{pred("d", "RUSGOV", "AZEGOV", "042")},
			root:  counts{1, 0, 0}, actor: counts{1, 0, 0}, strict: counts{0, 1, 1},
		},
		{
			name:  "prefixes count code points, not bytes",
			gold:  []eval.GoldDoc{doc("d", ev("ÉGYGOV", "ÉÉÉ", "04"))},
			preds: []eval.Pred{pred("d", "ÉGYMIL", "ÉÉÉX", "040")},
			root:  counts{1, 0, 0}, actor: counts{0, 1, 1}, strict: counts{0, 1, 1},
		},
		{
			name:  "one prediction matches one gold event",
			gold:  []eval.GoldDoc{doc("d", ev("RUS", "AZE", "040"), ev("RUS", "AZE", "040"))},
			preds: []eval.Pred{pred("d", "RUS", "AZE", "040")},
			root:  counts{1, 0, 1}, actor: counts{1, 0, 1}, strict: counts{1, 0, 1},
			misses: []eval.Miss{{Kind: "miss", Doc: "d", Source: "RUS", Target: "AZE", Code: "040"}},
		},
		{
			name:  "a second identical prediction is an extra",
			gold:  []eval.GoldDoc{doc("d", ev("RUS", "AZE", "040"))},
			preds: []eval.Pred{pred("d", "RUS", "AZE", "040"), pred("d", "RUS", "AZE", "040")},
			root:  counts{1, 1, 0}, actor: counts{1, 1, 0}, strict: counts{1, 1, 0},
			misses: []eval.Miss{{Kind: "extra", Doc: "d", Source: "RUS", Target: "AZE", Code: "040"}},
		},
		{
			name:  "the first unused prediction in order wins",
			gold:  []eval.GoldDoc{doc("d", ev("RUSGOV", "AZE", "040"))},
			preds: []eval.Pred{pred("d", "RUSMIL", "AZE", "041"), pred("d", "RUSGOV", "AZE", "040")},
			// At the root level the first prediction takes the event and
			// the exact one is an extra.
			root: counts{1, 1, 0}, actor: counts{1, 1, 0}, strict: counts{1, 1, 0},
			misses: []eval.Miss{{Kind: "extra", Doc: "d", Source: "RUSGOV", Target: "AZE", Code: "040"}},
		},
		{
			name:  "required events are matched before optional ones",
			gold:  []eval.GoldDoc{doc("d", opt(ev("RUS", "AZE", "040")), ev("RUS", "AZE", "040"))},
			preds: []eval.Pred{pred("d", "RUS", "AZE", "040")},
			root:  counts{1, 0, 0}, actor: counts{1, 0, 0}, strict: counts{1, 0, 0},
		},
		{
			name:  "a matched optional event is neither hit nor extra",
			gold:  []eval.GoldDoc{doc("d", opt(ev("RUS", "AZE", "040")))},
			preds: []eval.Pred{pred("d", "RUS", "AZE", "040")},
		},
		{
			name: "an unmatched optional event is no miss",
			gold: []eval.GoldDoc{doc("d", opt(ev("RUS", "AZE", "040")))},
		},
		{
			name:  "symmetric events match either way",
			gold:  []eval.GoldDoc{doc("d", sym(ev("RUS", "AZE", "040")))},
			preds: []eval.Pred{pred("d", "AZE", "RUS", "040")},
			root:  counts{1, 0, 0}, actor: counts{1, 0, 0}, strict: counts{1, 0, 0},
		},
		{
			name:  "other directions of a matched symmetric event are ignored",
			gold:  []eval.GoldDoc{doc("d", sym(ev("RUS", "AZE", "040")))},
			preds: []eval.Pred{pred("d", "AZE", "RUS", "040"), pred("d", "RUS", "AZE", "040"), pred("d", "AZE", "RUS", "040")},
			root:  counts{1, 0, 0}, actor: counts{1, 0, 0}, strict: counts{1, 0, 0},
		},
		{
			name:  "a matched optional symmetric event also silences its reverse",
			gold:  []eval.GoldDoc{doc("d", opt(sym(ev("RUS", "AZE", "040"))))},
			preds: []eval.Pred{pred("d", "RUS", "AZE", "040"), pred("d", "AZE", "RUS", "040")},
		},
		{
			name:  "an unmatched symmetric event silences nothing",
			gold:  []eval.GoldDoc{doc("d", sym(ev("RUS", "AZE", "040")))},
			preds: []eval.Pred{pred("d", "RUS", "ARM", "040")},
			root:  counts{0, 1, 1}, actor: counts{0, 1, 1}, strict: counts{0, 1, 1},
			misses: []eval.Miss{
				{Kind: "miss", Doc: "d", Source: "RUS", Target: "AZE", Code: "040"},
				{Kind: "extra", Doc: "d", Source: "RUS", Target: "ARM", Code: "040"},
			},
		},
		{
			name:  "only symmetric events match reversed",
			gold:  []eval.GoldDoc{doc("d", ev("RUS", "AZE", "040"))},
			preds: []eval.Pred{pred("d", "AZE", "RUS", "040")},
			root:  counts{0, 1, 1}, actor: counts{0, 1, 1}, strict: counts{0, 1, 1},
			misses: []eval.Miss{
				{Kind: "miss", Doc: "d", Source: "RUS", Target: "AZE", Code: "040"},
				{Kind: "extra", Doc: "d", Source: "AZE", Target: "RUS", Code: "040"},
			},
		},
		{
			name: "dated: the date must match too",
			gold: []eval.GoldDoc{doc("d",
				dated(ev("RUS", "AZE", "040"), "2021-04-07"),
				dated(ev("RUS", "ARM", "040"), "2021-04-07"),
				dated(ev("RUS", "USA", "040"), "2021-04-07"),
				ev("RUS", "TUR", "040"))},
			preds: []eval.Pred{
				predOn(pred("d", "RUS", "AZE", "040"), "2021-04-07"),
				predOn(pred("d", "RUS", "ARM", "040"), "2021-04-08"),
				pred("d", "RUS", "USA", "040"),
				predOn(pred("d", "RUS", "TUR", "040"), "2021-04-07"),
				predOn(pred("d", "RUS", "GBR", "040"), "2021-04-07"),
			},
			root: counts{4, 1, 0}, actor: counts{4, 1, 0}, strict: counts{4, 1, 0},
			dated:  counts{1, 0, 2},
			misses: []eval.Miss{{Kind: "extra", Doc: "d", Source: "RUS", Target: "GBR", Code: "040"}},
		},
		{
			name:  "only gold documents are scored",
			gold:  []eval.GoldDoc{doc("d", ev("RUS", "AZE", "040"))},
			preds: []eval.Pred{pred("x", "RUS", "AZE", "040"), pred("d", "RUS", "AZE", "040")},
			root:  counts{1, 0, 0}, actor: counts{1, 0, 0}, strict: counts{1, 0, 0},
		},
		{
			name: "a later duplicate id wins but keeps the first place",
			gold: []eval.GoldDoc{
				doc("a", ev("RUS", "AZE", "040")),
				doc("b", ev("USA", "CHN", "036")),
				doc("a", ev("ARM", "AZE", "190")),
			},
			root: counts{0, 0, 2}, actor: counts{0, 0, 2}, strict: counts{0, 0, 2},
			misses: []eval.Miss{
				{Kind: "miss", Doc: "a", Source: "ARM", Target: "AZE", Code: "190"},
				{Kind: "miss", Doc: "b", Source: "USA", Target: "CHN", Code: "036"},
			},
		},
		{
			name:  "empty fields compare as empty",
			gold:  []eval.GoldDoc{doc("d", ev("RUS", "", ""))},
			preds: []eval.Pred{pred("d", "RUSGOV", "", "")},
			root:  counts{1, 0, 0}, actor: counts{0, 1, 1}, strict: counts{0, 1, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.Score(tt.gold, tt.preds)
			for _, l := range []struct {
				name      string
				got, want counts
			}{{"root", countsOf(r.Root), tt.root}, {"actor", countsOf(r.Actor), tt.actor},
				{"strict", countsOf(r.Strict), tt.strict}, {"dated", countsOf(r.Dated), tt.dated}} {
				if l.got != l.want {
					t.Errorf("%s: got tp,fp,fn %v, want %v", l.name, l.got, l.want)
				}
			}
			if !reflect.DeepEqual(r.Misses, tt.misses) {
				t.Errorf("misses:\ngot  %+v\nwant %+v", r.Misses, tt.misses)
			}
		})
	}
}

func sameFloat(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

func sameLevel(a, b eval.Level) bool {
	return a.TP == b.TP && a.FP == b.FP && a.FN == b.FN &&
		sameFloat(a.Precision, b.Precision) && sameFloat(a.Recall, b.Recall) && sameFloat(a.F1, b.F1)
}

func TestScoreRatios(t *testing.T) {
	gold := []eval.GoldDoc{doc("d",
		ev("RUS", "AZE", "040"), ev("RUS", "ARM", "040"), ev("RUS", "USA", "040"),
		dated(ev("RUS", "TUR", "040"), "2021-04-07"))}
	preds := []eval.Pred{pred("d", "RUS", "AZE", "040"), pred("d", "RUS", "ARM", "040"),
		predOn(pred("d", "RUS", "TUR", "040"), "2021-04-07"), pred("d", "AZE", "RUS", "190")}
	r := eval.Score(gold, preds)
	want := eval.Level{TP: 3, FP: 1, FN: 1, Precision: 0.75, Recall: 0.75, F1: 0.75}
	if !sameLevel(r.Root, want) {
		t.Errorf("root = %+v, want %+v", r.Root, want)
	}
	want = eval.Level{TP: 1, FP: 0, FN: 0, Precision: nan, Recall: 1, F1: nan}
	if !sameLevel(r.Dated, want) {
		t.Errorf("dated = %+v, want %+v", r.Dated, want)
	}

	// Empty denominators: no predictions and no gold events.
	r = eval.Score([]eval.GoldDoc{doc("d")}, nil)
	zero := eval.Level{}
	if r.Documents != 1 || !sameLevel(r.Root, zero) || !sameLevel(r.Strict, zero) {
		t.Errorf("empty: %+v", r)
	}
	if want := (eval.Level{Precision: nan, F1: nan}); !sameLevel(r.Dated, want) {
		t.Errorf("empty dated = %+v, want %+v", r.Dated, want)
	}

	// Predictions only: precision 0, recall 0, F1 0.
	r = eval.Score([]eval.GoldDoc{doc("d")}, []eval.Pred{pred("d", "RUS", "AZE", "040")})
	if want := (eval.Level{FP: 1}); !sameLevel(r.Root, want) {
		t.Errorf("predictions only: root = %+v, want %+v", r.Root, want)
	}

	// Gold only: recall 0.
	r = eval.Score([]eval.GoldDoc{doc("d", ev("RUS", "AZE", "040"))}, nil)
	if want := (eval.Level{FN: 1}); !sameLevel(r.Root, want) {
		t.Errorf("gold only: root = %+v, want %+v", r.Root, want)
	}
}
