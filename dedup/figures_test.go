package dedup_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/annals-dev/annals/dedup"
)

// TestWhySimilarityUsesNames computes, on the labelled corpus, the exact
// Jaccard similarities that doc.go quotes: of word shingles of two and three
// content words, and of names, between each wire story and its copies and
// the stories that must stay apart from it. It checks the claims the design
// rests on: no threshold on word shingles separates translation-style
// rewrites from stories on the same template, and names do.
func TestWhySimilarityUsesNames(t *testing.T) {
	type span struct{ lo, hi float64 }
	ranges := map[string]*[3]span{} // by kind: words k=2, words k=3, names
	docs := corpus()
	base := map[string]labelled{}
	for _, d := range docs {
		if d.Kind == "base" {
			base[d.Family] = d
		}
	}
	for _, d := range docs {
		b, ok := base[d.Family]
		if !ok || d.Kind == "base" {
			continue
		}
		w2a, na := dedup.Sets(b.Text, 2)
		w2b, nb := dedup.Sets(d.Text, 2)
		w3a, _ := dedup.Sets(b.Text, 3)
		w3b, _ := dedup.Sets(d.Text, 3)
		r := ranges[d.Kind]
		if r == nil {
			r = &[3]span{{1, 0}, {1, 0}, {1, 0}}
			ranges[d.Kind] = r
		}
		for i, j := range []float64{jaccard(w2a, w2b), jaccard(w3a, w3b), jaccard(na, nb)} {
			r[i].lo, r[i].hi = min(r[i].lo, j), max(r[i].hi, j)
		}
	}
	var kinds []string
	for k := range ranges {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	var b strings.Builder
	fmt.Fprintf(&b, "wire story against   words k=2     words k=3     names\n")
	for _, k := range kinds {
		r := ranges[k]
		fmt.Fprintf(&b, "%-20s %.2f – %.2f   %.2f – %.2f   %.2f – %.2f\n", k, r[0].lo, r[0].hi, r[1].lo, r[1].hi, r[2].lo, r[2].hi)
	}
	t.Log("exact Jaccard similarities\n" + b.String())

	trans, tmpl := ranges["trans"], ranges["template"]
	for i, name := range []string{"words k=2", "words k=3"} {
		if trans[i].lo > tmpl[i].hi {
			t.Errorf("%s separate rewrites (≥ %.2f) from templates (≤ %.2f); names may not be needed", name, trans[i].lo, tmpl[i].hi)
		}
	}
	if trans[2].lo <= tmpl[2].hi {
		t.Errorf("names do not separate rewrites (≥ %.2f) from templates (≤ %.2f)", trans[2].lo, tmpl[2].hi)
	}
}

func jaccard(a, b map[uint64]bool) float64 {
	both := 0
	for k := range a {
		if b[k] {
			both++
		}
	}
	if n := len(a) + len(b) - both; n > 0 {
		return float64(both) / float64(n)
	}
	return 0
}
