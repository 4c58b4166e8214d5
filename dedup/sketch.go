package dedup

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// minWords is the fewest words a text needs to be matched at all, exactly or
// nearly. Shorter texts ("Photo: Reuters", a bare headline, an empty body
// left by a failed extraction) are shared by unrelated stories.
const minWords = 8

// minNames is the fewest names both texts of a pair need before their names
// count in the similarity; with fewer, the words decide alone. A document
// with fewer names is not put in the name bands either, whose buckets would
// otherwise collect every story that names only its dateline.
const minNames = 3

// nameSketch is the number of name hashes kept for each document (a bottom-k
// sketch): every name of a wire story of usual length, and a uniform sample
// of the names of a longer one.
const nameSketch = 32

// The name bands find rewrites, whose wording drifts but whose names stay:
// nameBands bands of nameRows rows of a MinHash over the names. A pair whose
// name sets have Jaccard similarity s shares a band with probability
// 1-(1-s^5)^12: 0.996 at s=0.8, 0.89 at 0.7, 0.33 at 0.5, and 1.2e-4 at 0.1.
const (
	nameBands = 12
	nameRows  = 5
)

// sketch is what Add computes from a document's text before it takes the
// index's lock: the hash of the whole normalised text, the MinHash signature
// of its word shingles and the keys of its bands, and the bottom-k sketch of
// its names and the keys of their bands.
type sketch struct {
	words    int    // number of words
	textHash uint64 // hash of the sequence of the hashes of the folded words
	sig      []uint32
	bandKeys []uint32
	names    []uint16 // sorted, distinct, at most nameSketch
	nameKeys []uint32 // empty when the text has fewer than minNames names

	// Scratch, kept between calls.
	toks      []annals.Token
	content   []uint64 // hashes of the content words, in order
	nameHash  []uint64 // hashes of the names, with repeats
	nameSig   [nameBands * nameRows]uint32
	nameSmall []uint16
	filled    []uint64 // bitmap of the bins shingles fell into
}

// compute fills s from t. Words are the letter-and-digit tokens of
// text.Tokenize, in their folded form; punctuation and white space only
// separate them. Content words are the words less a short list of English
// function words and reporting verbs ("the", "on", "said", "according"),
// which copies add and drop freely ("said on Tuesday", "said Tuesday").
// Names are the words written with a capital letter that do not start a
// sentence or line, less day and month names, and the numbers written with
// three characters or more (2.5, 140, 2,000): the facts of a story, which a
// rewrite keeps.
func (s *sketch) compute(t string, p *params) {
	s.tokenize(t)
	s.content = s.content[:0]
	s.nameHash = s.nameHash[:0]
	s.words = 0
	h := uint64(textSeed)
	startOfSentence := true
	prevEnd := 0
	for i := range s.toks {
		tok := &s.toks[i]
		if hasNewline(t[prevEnd:tok.Start]) {
			startOfSentence = true
		}
		prevEnd = tok.End
		r, _ := utf8.DecodeRuneInString(tok.Norm)
		letter, digit := isLetterRune(r), isDigitRune(r)
		if !letter && !digit {
			switch tok.Norm {
			case ".", "!", "?", "...":
				startOfSentence = true
			}
			continue
		}
		wh := hashString(tok.Norm)
		h = mix64(h ^ wh)
		s.words++
		initial := startOfSentence
		startOfSentence = false
		if stopWords.has(wh) {
			continue
		}
		s.content = append(s.content, wh)
		switch {
		case digit:
			if len(tok.Norm) > 2 {
				s.nameHash = append(s.nameHash, wh)
			}
		case !initial && isCapital(tok.Text) && !calendarWords.has(wh):
			s.nameHash = append(s.nameHash, wh)
		}
	}
	s.textHash = h
	// The tokens point into the text; dropping them keeps a pooled sketch
	// from holding on to the last text it read.
	clear(s.toks)
	s.toks = s.toks[:0]

	s.shingles(p)
	s.nameSketch(p)
}

// tokenize sets s.toks to the tokens of t.
func (s *sketch) tokenize(t string) {
	s.toks = s.toks[:0]
	for start := 0; start < len(t); {
		end := chunkEnd(t, start)
		s.toks = text.AppendTokens(s.toks, t, annals.Span{Start: start, End: end})
		start = end
	}
}

// chunkEnd returns where the chunk of t that starts at start should end:
// at the first space or line break after some 200 bytes that follows an
// ASCII letter or digit, or at the end of t.
//
// text.AppendTokens keeps its working memory on the stack for a sentence's
// worth of tokens and moves it to the heap for more, some 12 KB for a whole
// story; fed a chunk at a time it allocates next to nothing. The tokens are
// the same: a token never contains white space, and a word that ends in a
// letter or digit before white space reads nothing after it.
func chunkEnd(t string, start int) int {
	const size = 200
	for i := start + size; i < len(t); i++ {
		if c := t[i]; (c == ' ' || c == '\n') && isASCIIWordByte(t[i-1]) {
			return i
		}
	}
	return len(t)
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// shingles computes the MinHash signature of the content-word shingles and
// its band keys. A text with fewer content words than a shingle is one
// shingle of all of them; a text with none has no signature.
//
// The signature is made by one-permutation hashing with optimal
// densification (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle is
// hashed once, the high bits of its hash pick one of the n bins and the low
// 32 bits compete for that bin's minimum; a bin no shingle fell into then
// takes the minimum of a non-empty bin chosen by a hash of its number and an
// attempt count, the same for every text. For two texts, the values in a
// bin agree with probability equal to the Jaccard similarity of their
// shingle sets, as with n independent hash functions, for n times less work.
func (s *sketch) shingles(p *params) {
	s.sig = s.sig[:0]
	s.bandKeys = s.bandKeys[:0]
	if len(s.content) == 0 {
		return
	}
	n := p.bands * p.rows
	s.sig = slices.Grow(s.sig, n)[:n]
	sig := s.sig
	for i := range sig {
		sig[i] = empty
	}
	k := min(p.shingle, len(s.content))
	for i := 0; i+k <= len(s.content); i++ {
		x := uint64(shingleSeed)
		for _, w := range s.content[i : i+k] {
			x = mix64(x ^ w)
		}
		bin := (x >> 32) * uint64(n) >> 32
		if v := uint32(x); v < sig[bin] {
			sig[bin] = v
		}
	}
	s.densify(n)
	for b := 0; b < p.bands; b++ {
		s.bandKeys = append(s.bandKeys, bandKey(uint64(b), sig[b*p.rows:(b+1)*p.rows]))
	}
}

// empty marks a bin no shingle fell into. A real minimum of 2^32-1 is taken
// for empty too, which happens with probability 2^-32 and only costs that
// bin its own value.
const empty = ^uint32(0)

// densify fills the empty bins of s.sig, each from the first non-empty bin
// of its own pseudo-random sequence of bins. Values are borrowed only from
// bins that were filled by shingles, never from bins filled by densify.
func (s *sketch) densify(n int) {
	sig := s.sig
	s.filled = slices.Grow(s.filled[:0], (n+63)/64)[:(n+63)/64]
	clear(s.filled)
	holes := 0
	for i, v := range sig {
		if v != empty {
			s.filled[i/64] |= 1 << (i % 64)
		} else {
			holes++
		}
	}
	if holes == 0 {
		return
	}
	if holes == n { // cannot happen with at least one shingle; be safe
		return
	}
	for i, v := range sig {
		if v != empty {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			var j uint64
			if attempt <= 4*uint64(n) {
				j = (mix64(densifySeed^uint64(i)<<32^attempt) >> 32) * uint64(n) >> 32
			} else {
				// Vanishingly rare: fall back to the next filled bin.
				j = (uint64(i) + attempt) % uint64(n)
			}
			if s.filled[j/64]&(1<<(j%64)) != 0 {
				sig[i] = sig[j]
				break
			}
		}
	}
}

// nameSketch computes the bottom-k sketch of the names and, when there are
// enough of them, the MinHash band keys.
func (s *sketch) nameSketch(p *params) {
	s.names = s.names[:0]
	s.nameKeys = s.nameKeys[:0]
	s.nameSmall = s.nameSmall[:0]
	for _, h := range s.nameHash {
		s.nameSmall = append(s.nameSmall, uint16(mix64(h^nameSeed)))
	}
	slices.Sort(s.nameSmall)
	s.nameSmall = slices.Compact(s.nameSmall)
	s.names = append(s.names, s.nameSmall[:min(len(s.nameSmall), nameSketch)]...)
	if len(s.nameSmall) < minNames {
		return
	}
	sig := s.nameSig[:]
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, h := range s.nameHash { // a repeated name changes nothing
		minInto(sig, h, p.nameA, p.nameB)
	}
	for b := 0; b < nameBands; b++ {
		s.nameKeys = append(s.nameKeys, bandKey(uint64(1000+b), sig[b*nameRows:(b+1)*nameRows]))
	}
}

// minInto lowers sig[i] to h_i(x) where smaller, for the hash functions
// h_i(x) = (a_i*x + b_i) >> 32 (multiply-shift; x is already a well-mixed
// 64-bit hash, so the family behaves as a random permutation would for
// MinHash's purposes). Names are few, so their signature is made the
// classic way, with one hash function per value.
func minInto(sig []uint32, x uint64, a, b []uint64) {
	a = a[:len(sig)]
	b = b[:len(sig)]
	for i := range sig {
		if v := uint32((a[i]*x + b[i]) >> 32); v < sig[i] {
			sig[i] = v
		}
	}
}

// bandKey hashes band number b and its rows of a signature to a 32-bit key.
func bandKey(b uint64, rows []uint32) uint32 {
	x := mix64(b ^ bandSeed)
	for _, v := range rows {
		x = mix64(x ^ uint64(v))
	}
	return uint32(x)
}

// wordSimilarity estimates the Jaccard similarity of two shingle sets from
// a stored signature, which keeps the lowest 8 bits of each minimum (b-bit
// MinHash, Li and König 2010), and a full one. Equal minima agree in their
// low bits, and different ones with probability 1/256, so that a share p of
// agreeing values estimates (p - 1/256) / (1 - 1/256).
func wordSimilarity(stored []uint8, sig []uint32) float64 {
	if len(stored) == 0 || len(sig) < len(stored) {
		return 0
	}
	same := 0
	for i, v := range stored {
		if v == uint8(sig[i]) {
			same++
		}
	}
	const chance = 1.0 / 256
	return max(0, (float64(same)/float64(len(stored))-chance)/(1-chance))
}

// nameJaccard estimates the Jaccard similarity of two name sets from their
// bottom-k sketches: of the k smallest hashes of the union, the share found
// in both. For sets of at most nameSketch names it is their exact Jaccard
// similarity, but for 16-bit hash collisions.
func nameJaccard(a, b []uint16) float64 {
	taken, both := 0, 0
	i, j := 0, 0
	for taken < nameSketch && (i < len(a) || j < len(b)) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i >= len(a) || b[j] < a[i]:
			j++
		default:
			both++
			i++
			j++
		}
		taken++
	}
	if taken == 0 {
		return 0
	}
	return float64(both) / float64(taken)
}

func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r))
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// isCapital reports whether the word w, as written, starts with a capital letter.
func isCapital(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// stopWords are dropped before shingling: English function words, which
// copies add and drop freely, and reporting verbs, which rewrites vary
// ("said", "stated", "told"). The forms are folded; "'s" and "n't" are the
// clitics text.Tokenize splits off.
var stopWords = newWordSet(`
a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does during each either
else ever every for from had has have having he her hers herself him himself his how however i if
in into is it its itself just may me might more most much must my neither no nor not of off on
once only or other our ours out over own per shall she should since so some such than that the
their theirs them themselves then there these they this those though through thus to too toward
towards under until upon us very via was we were what when where whether which while who whom
whose why will with within without would yet you your yours
said says say saying told tell tells according added adds
's 're 've 'll 'd 'm n't`)

// calendarWords are capitalised in English without naming anything a story
// is about; every story of a week shares them.
var calendarWords = newWordSet(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

// wordSet is a set of words held as their hashes, in an open-addressing
// table small enough to stay in cache.
type wordSet struct {
	slots []uint64
	mask  uint64
}

func newWordSet(words string) *wordSet {
	var list []uint64
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' || words[i] == '\n' {
			if start >= 0 {
				list = append(list, hashString(words[start:i]))
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	size := 16
	for size < 4*len(list) {
		size *= 2
	}
	s := &wordSet{slots: make([]uint64, size), mask: uint64(size - 1)}
	for _, h := range list {
		i := h & s.mask
		for s.slots[i] != 0 && s.slots[i] != h {
			i = (i + 1) & s.mask
		}
		s.slots[i] = h
	}
	return s
}

func (s *wordSet) has(h uint64) bool {
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// Hashing. FNV-1a (64 bits) reads the bytes of a word; mix64, the
// finaliser of SplitMix64, spreads its result over all 64 bits, which FNV
// alone does poorly for short words. The hash of a text chains the hashes
// of its words through mix64, so that each word is read once.
const (
	fnvOffset   = 14695981039346656037
	fnvPrime    = 1099511628211
	shingleSeed = 0x9e3779b97f4a7c15
	nameSeed    = 0x6a09e667f3bcc909
	bandSeed    = 0xbb67ae8584caa73b
	densifySeed = 0x3c6ef372fe94f82b
	textSeed    = 0xa54ff53a5f1d36f1
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hashString returns a well-mixed, non-zero 64-bit hash of s.
func hashString(s string) uint64 {
	h := mix64(fnvString(fnvOffset, s))
	if h == 0 {
		h = 1
	}
	return h
}

func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// params are the hash functions of an index, drawn from fixed seeds so that
// two indexes with the same options compute the same sketches.
type params struct {
	shingle, bands, rows int
	nameA, nameB         []uint64
}

func newParams(o Options) *params {
	p := &params{shingle: o.Shingle, bands: o.Bands, rows: o.Rows}
	seed := uint64(0x243f6a8885a308d3)
	next := func() uint64 {
		seed += 0x9e3779b97f4a7c15
		return mix64(seed)
	}
	p.nameA, p.nameB = make([]uint64, nameBands*nameRows), make([]uint64, nameBands*nameRows)
	for i := range p.nameA {
		p.nameA[i], p.nameB[i] = next()|1, next()
	}
	return p
}
