package dedup

import (
	"math"
	"slices"
	"sync"
	"time"
)

// Options shape an Index. Shingle, Bands, Rows and Threshold below their
// least allowed values take the values of DefaultOptions; MaxAgeDays, whose
// zero means no limit, is taken as it is, a negative value as 0.
type Options struct {
	// Shingle is the number of consecutive content words (words less stop
	// words) in a shingle, at least 1 and at most 16.
	Shingle int
	// Bands and Rows shape the LSH index over word shingles: a document's
	// MinHash signature holds Bands×Rows values, cut into Bands bands of Rows
	// values, and two documents become candidates when one band agrees
	// entirely. Two texts whose shingle sets have Jaccard similarity s agree
	// in a band with probability 1-(1-s^Rows)^Bands. Bands×Rows values also
	// estimate the similarity: more make it steadier. Bands is at most 512
	// and Rows at most 32; each band costs some 13 bytes a document, each
	// value of the signature 1.
	Bands, Rows int
	// Threshold is the least similarity, in (0, 1], at which a document is
	// taken as a copy of an earlier one; see Index.Add for the similarity.
	// Above 1, only exact copies are found.
	Threshold float64
	// MaxAgeDays limits matching to documents published within this many
	// days of each other; 0 means no limit. A document without a date
	// matches any.
	MaxAgeDays int
}

// DefaultOptions returns the options the package is tuned for: shingles of
// two content words, 32 bands of 3 rows, a threshold of 0.40, and copies
// sought within 7 days. The package documentation gives the figures behind
// them.
func DefaultOptions() Options {
	return Options{Shingle: 2, Bands: 32, Rows: 3, Threshold: 0.4, MaxAgeDays: 7}
}

// Doc is a document to index.
type Doc struct {
	// ID identifies the document. Adding an ID a second time indexes nothing.
	ID string
	// Date is the publication time; the zero time means it is unknown.
	Date time.Time
	// Publisher is the site or outlet that published this copy.
	Publisher string
	// OriginalSource is the wire service the document credits, if any.
	OriginalSource string
	// Text is the body. It is read during Add and not kept.
	Text string
}

// Group is a story and every copy of it indexed so far: one event's
// mentions, in GDELT's terms, where len(Members) is NumArticles and
// Publishers is NumSources.
type Group struct {
	// ID is the ID of the group's first indexed document. It never changes,
	// even when a copy indexed later turns out to be published earlier.
	ID string
	// Earliest is the earliest publication time among the members, in UTC,
	// or the zero time if no member has a date.
	Earliest time.Time
	// OriginalSource is the first non-empty original source among the
	// members, in the order they were indexed.
	OriginalSource string
	// Members are the IDs of the documents in the group, in the order they
	// were indexed; the first is ID.
	Members []string
	// Publishers is the number of distinct non-empty publishers among the members.
	Publishers int
}

// Index groups documents that are copies of one story. It keeps about 900
// bytes for each document and never its text. An Index is safe for
// use by several goroutines; the work of reading a text is done outside its
// lock, so Adds from several goroutines run largely in parallel.
type Index struct {
	opt      Options
	p        *params
	sigLen   int
	sketches sync.Pool // *sketch

	mu sync.Mutex
	// One entry per document, by document number.
	ids      []string
	textHash []uint64
	sec      []int64 // publication time in seconds since 1970, or noDate
	nsec     []int32
	group    []int32  // the number of the group's first document
	next     []int32  // the next member of the group, or -1
	pub      []uint32 // publisher, interned; 0 when none
	src      []uint32 // original source, interned; 0 when none
	sig      []uint8  // sigLen values a document: b-bit MinHash of the word shingles
	names    []uint16 // nameSketch values a document: bottom-k sketch of the names
	nameN    []uint8  // how many of a document's names values are used

	byID   *table
	byText *table
	bands  []*table // the word bands, then the name bands

	groups  map[int32]*groupInfo // groups of more than one document, by first document
	strs    map[string]uint32    // interned publishers and sources
	strList []string
	cand    []int32 // scratch
}

// groupInfo keeps the running totals of a group of two or more documents.
type groupInfo struct {
	last     int32
	sec      int64
	nsec     int32
	src      uint32
	pubs     []uint32
	nMembers int
}

const noDate = math.MinInt64

// bucketLimit is the most documents a band keeps under one key. A key shared
// by more documents carries little information (boilerplate, or one story
// reprinted hundreds of times, whose first 64 copies are enough to find it),
// and the limit bounds the candidates of any Add.
const bucketLimit = 64

// New returns an empty index.
func New(o Options) *Index {
	def := DefaultOptions()
	if o.Shingle < 1 {
		o.Shingle = def.Shingle
	}
	if o.Bands < 1 {
		o.Bands = def.Bands
	}
	if o.Rows < 1 {
		o.Rows = def.Rows
	}
	if !(o.Threshold > 0) { // also NaN
		o.Threshold = def.Threshold
	}
	o.Shingle, o.Bands, o.Rows = min(o.Shingle, 16), min(o.Bands, 512), min(o.Rows, 32)
	o.MaxAgeDays = min(max(o.MaxAgeDays, 0), 1<<40) // 3 billion years, and no overflow in seconds

	x := &Index{
		opt:     o,
		p:       newParams(o),
		sigLen:  o.Bands * o.Rows,
		byID:    newTable(0),
		byText:  newTable(0.5),
		groups:  make(map[int32]*groupInfo),
		strs:    map[string]uint32{"": 0},
		strList: []string{""},
	}
	x.sketches.New = func() any { return new(sketch) }
	for b := range o.Bands + nameBands {
		x.bands = append(x.bands, newTable(float64(b)/float64(o.Bands+nameBands)))
	}
	return x
}

// Add indexes d and returns the group it belongs to and whether it is a copy
// of an earlier-indexed document (exact or near).
//
// A document is an exact copy of an earlier one when their texts are equal
// once folded (text.Fold) with punctuation and white space dropped; its
// similarity is 1. Otherwise it is a near copy of the most similar earlier
// document whose similarity reaches the threshold, if any, and joins that
// document's group. Similarity is the mean of two Jaccard similarities, both
// estimated from sketches: of the word shingles, and of the names (the
// capitalised words and longer numbers). A copy shares both; a rewrite keeps
// the names while its words drift; a story on the same template keeps the
// words and changes the names; another story from the same meeting keeps
// some names and few words. When either text has fewer than three names the
// similarity is that of the word shingles alone.
//
// A text of fewer than 8 words is never matched and never matches. Adding
// an ID that is already indexed changes nothing and returns its group, as a
// copy with similarity 1.
func (x *Index) Add(d Doc) (groupID string, duplicate bool, similarity float64) {
	s := x.sketches.Get().(*sketch)
	defer x.sketches.Put(s)
	s.compute(d.Text, x.p)

	x.mu.Lock()
	defer x.mu.Unlock()
	idKey := uint32(hashString(d.ID))
	if doc, ok := x.lookupID(d.ID, idKey); ok {
		return x.ids[x.group[doc]], true, 1
	}
	if len(x.ids) >= math.MaxInt32-1 {
		return d.ID, false, 0 // full: document numbers are int32
	}
	sec, nsec := int64(noDate), int32(0)
	if !d.Date.IsZero() {
		sec, nsec = d.Date.Unix(), int32(d.Date.Nanosecond())
	}

	if s.words < minWords {
		doc := x.record(d, sec, nsec, s, idKey, false)
		x.join(doc, doc)
		return d.ID, false, 0
	}

	// Exact layer: the earliest-indexed in-window document with the same text.
	textKey := uint32(s.textHash >> 32)
	exact := int32(-1)
	x.byText.each(textKey, func(doc int32) bool {
		if x.textHash[doc] == s.textHash && x.inWindow(doc, sec) && (exact < 0 || doc < exact) {
			exact = doc
		}
		return true
	})
	if exact >= 0 {
		// An exact copy is not put in the tables: the document it copies
		// stands for it, and a story reprinted a thousand times stays one entry.
		doc := x.record(d, sec, nsec, s, idKey, false)
		g := x.group[exact]
		x.join(doc, g)
		return x.ids[g], true, 1
	}

	// Near layer: candidates from the bands, verified on their sketches.
	best, bestSim := int32(-1), 0.0
	if len(s.bandKeys) > 0 {
		x.cand = x.cand[:0]
		collect := func(doc int32) bool {
			x.cand = append(x.cand, doc)
			return true
		}
		for b, key := range s.bandKeys {
			x.bands[b].each(key, collect)
		}
		for b, key := range s.nameKeys {
			x.bands[x.opt.Bands+b].each(key, collect)
		}
		slices.Sort(x.cand)
		for _, doc := range slices.Compact(x.cand) {
			if !x.inWindow(doc, sec) {
				continue
			}
			if sim := x.similarity(doc, s); sim >= x.opt.Threshold && sim > bestSim {
				best, bestSim = doc, sim
			}
		}
	}

	doc := x.record(d, sec, nsec, s, idKey, true)
	x.byText.add(textKey, doc, bucketLimit)
	for b, key := range s.bandKeys {
		x.bands[b].add(key, doc, bucketLimit)
	}
	for b, key := range s.nameKeys {
		x.bands[x.opt.Bands+b].add(key, doc, bucketLimit)
	}
	if best < 0 {
		x.join(doc, doc)
		return d.ID, false, 0
	}
	g := x.group[best]
	x.join(doc, g)
	return x.ids[g], true, bestSim
}

// similarity estimates how alike document doc and the sketched text are.
func (x *Index) similarity(doc int32, s *sketch) float64 {
	words := wordSimilarity(x.sig[int(doc)*x.sigLen:int(doc+1)*x.sigLen], s.sig)
	at := int(doc) * nameSketch
	names := x.names[at : at+int(x.nameN[doc])]
	if len(names) < minNames || len(s.names) < minNames {
		return words
	}
	return (words + nameJaccard(names, s.names)) / 2
}

// inWindow reports whether document doc was published within MaxAgeDays of sec.
func (x *Index) inWindow(doc int32, sec int64) bool {
	a, b := sec, x.sec[doc]
	if x.opt.MaxAgeDays == 0 || a == noDate || b == noDate {
		return true
	}
	if a < b {
		a, b = b, a
	}
	// The difference of two int64s fits a uint64 whatever their sizes.
	return uint64(a)-uint64(b) <= uint64(x.opt.MaxAgeDays)*24*60*60
}

func (x *Index) lookupID(id string, key uint32) (int32, bool) {
	found := int32(-1)
	x.byID.each(key, func(doc int32) bool {
		if x.ids[doc] == id {
			found = doc
			return false
		}
		return true
	})
	return found, found >= 0
}

// record appends a document's entry and returns its number. Its sketches are
// stored only when keep is set; otherwise zeros stand in, never read because
// the document is in no band.
func (x *Index) record(d Doc, sec int64, nsec int32, s *sketch, idKey uint32, keep bool) int32 {
	doc := int32(len(x.ids))
	x.ids = append(x.ids, d.ID)
	x.textHash = append(x.textHash, s.textHash)
	x.sec = append(x.sec, sec)
	x.nsec = append(x.nsec, nsec)
	x.group = append(x.group, doc)
	x.next = append(x.next, -1)
	x.pub = append(x.pub, x.intern(d.Publisher))
	x.src = append(x.src, x.intern(d.OriginalSource))
	n := len(x.sig)
	x.sig = slices.Grow(x.sig, x.sigLen)[:n+x.sigLen]
	n2 := len(x.names)
	x.names = slices.Grow(x.names, nameSketch)[:n2+nameSketch]
	if keep && len(s.sig) == x.sigLen {
		for i, v := range s.sig {
			x.sig[n+i] = uint8(v)
		}
		copy(x.names[n2:], s.names)
		x.nameN = append(x.nameN, uint8(len(s.names)))
	} else {
		clear(x.sig[n:])
		clear(x.names[n2:])
		x.nameN = append(x.nameN, 0)
	}
	x.byID.add(idKey, doc, 0)
	return doc
}

// join puts document doc, already recorded, in the group whose first
// document is g (doc itself for a new group).
func (x *Index) join(doc, g int32) {
	x.group[doc] = g
	if doc == g {
		return
	}
	gi := x.groups[g]
	if gi == nil {
		gi = &groupInfo{last: g, sec: x.sec[g], nsec: x.nsec[g], src: x.src[g], nMembers: 1}
		if x.pub[g] != 0 {
			gi.pubs = append(gi.pubs, x.pub[g])
		}
		x.groups[g] = gi
	}
	x.next[gi.last] = doc
	gi.last = doc
	gi.nMembers++
	if sec := x.sec[doc]; sec != noDate && (gi.sec == noDate || sec < gi.sec || sec == gi.sec && x.nsec[doc] < gi.nsec) {
		gi.sec, gi.nsec = sec, x.nsec[doc]
	}
	if gi.src == 0 {
		gi.src = x.src[doc]
	}
	if p := x.pub[doc]; p != 0 && !slices.Contains(gi.pubs, p) {
		gi.pubs = append(gi.pubs, p)
	}
}

func (x *Index) intern(s string) uint32 {
	if n, ok := x.strs[s]; ok {
		return n
	}
	n := uint32(len(x.strList))
	x.strs[s] = n
	x.strList = append(x.strList, s)
	return n
}

// Group returns the group of the document with the given ID, which may be
// the group's ID or that of any member, and whether that ID is indexed.
func (x *Index) Group(id string) (Group, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	doc, ok := x.lookupID(id, uint32(hashString(id)))
	if !ok {
		return Group{}, false
	}
	g := x.group[doc]
	out := Group{ID: x.ids[g]}
	sec, nsec, src, pubs := x.sec[g], x.nsec[g], x.src[g], 0
	if x.pub[g] != 0 {
		pubs = 1
	}
	out.Members = []string{x.ids[g]}
	if gi := x.groups[g]; gi != nil {
		sec, nsec, src, pubs = gi.sec, gi.nsec, gi.src, len(gi.pubs)
		out.Members = slices.Grow(out.Members, gi.nMembers-1)
		for m := x.next[g]; m >= 0; m = x.next[m] {
			out.Members = append(out.Members, x.ids[m])
		}
	}
	if sec != noDate {
		out.Earliest = time.Unix(sec, int64(nsec)).UTC()
	}
	out.OriginalSource = x.strList[src]
	out.Publishers = pubs
	return out, true
}

// Len returns the number of documents indexed.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.ids)
}
