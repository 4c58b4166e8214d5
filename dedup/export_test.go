package dedup

import "github.com/annals-dev/annals"

// Sketch compares two texts as an index with options o would, returning the
// estimated Jaccard similarities of their word shingles and of their names,
// the name counts, and the similarity Add would report.
func Sketch(o Options, a, b string) (words, names float64, nameCounts [2]int, sim float64) {
	x := New(o)
	var sa, sb sketch
	sa.compute(a, x.p)
	sb.compute(b, x.p)
	x.record(Doc{ID: "a"}, noDate, 0, &sa, 0, true)
	if len(sa.sig) > 0 && len(sb.sig) > 0 {
		words = wordSimilarity(x.sig[:x.sigLen], sb.sig)
		sim = x.similarity(0, &sb)
	}
	return words, nameJaccard(sa.names, sb.names), [2]int{len(sa.names), len(sb.names)}, sim
}

// Tokens returns the tokens the index reads from t.
func Tokens(t string) []annals.Token {
	var s sketch
	s.tokenize(t)
	return s.toks
}

// Sets returns the sets a text's sketches stand for: the hashes of its
// shingles of k content words, and of its names.
func Sets(t string, k int) (shingles, names map[uint64]bool) {
	var s sketch
	s.compute(t, New(DefaultOptions()).p)
	shingles, names = map[uint64]bool{}, map[uint64]bool{}
	k = min(k, len(s.content))
	for i := 0; k > 0 && i+k <= len(s.content); i++ {
		x := uint64(shingleSeed)
		for _, w := range s.content[i : i+k] {
			x = mix64(x ^ w)
		}
		shingles[x] = true
	}
	for _, h := range s.nameHash {
		names[h] = true
	}
	return shingles, names
}
