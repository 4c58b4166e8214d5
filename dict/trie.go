package dict

import "strings"

// Trie maps token sequences to values. Keys are folded tokens (see text.Fold);
// a phrase of several words is a path of several nodes. It is the matcher for
// every dictionary phrase: one lookup a token, longest match first.
type Trie[V any] struct {
	root node[V]
	size int
	// stemmed is set once a key with a stem has been inserted: Match then
	// also follows stems, which costs a lookup per prefix of a token.
	stemmed          bool
	minStem, maxStem int
	slab             []node[V] // nodes are allocated from chunks
}

// nodeChunk is how many nodes a chunk of a trie holds.
const nodeChunk = 256

// newNode returns a fresh node from the trie's current chunk.
func (t *Trie[V]) newNode() *node[V] {
	if len(t.slab) == cap(t.slab) {
		t.slab = make([]node[V], 0, nodeChunk)
	}
	t.slab = t.slab[:len(t.slab)+1]
	return &t.slab[len(t.slab)-1]
}

type node[V any] struct {
	next *edges[V]
	// stems holds the children reached by a token that begins with the key
	// (TABARI's and PETRARCH's stems: "ARGENTIN" matches "Argentina").
	stems *edges[V]
	vals  []V
}

// edges are a node's children by token. Most nodes of a phrase trie have
// one child or a few: a short list compared in order costs a fraction of a
// map's memory and no hashing; a node with many children (the root) has a map.
type edges[V any] struct {
	list []edge[V]
	big  map[string]*node[V]
}

type edge[V any] struct {
	key string
	kid *node[V]
}

// maxListed is the most children kept as a list.
const maxListed = 8

// get returns the child under k, or nil.
func (e *edges[V]) get(k string) *node[V] {
	if e == nil {
		return nil
	}
	if e.big != nil {
		return e.big[k]
	}
	for i := range e.list {
		if e.list[i].key == k {
			return e.list[i].kid
		}
	}
	return nil
}

// child returns the child under k in *ep, adding it if absent.
func (t *Trie[V]) child(ep **edges[V], k string) *node[V] {
	e := *ep
	if e == nil {
		e = &edges[V]{}
		*ep = e
	}
	if c := e.get(k); c != nil {
		return c
	}
	// Keys are often cut from a dictionary file's text: a copy lets the
	// file go.
	k = strings.Clone(k)
	c := t.newNode()
	switch {
	case e.big != nil:
		e.big[k] = c
	case len(e.list) < maxListed:
		e.list = append(e.list, edge[V]{k, c})
	default:
		e.big = make(map[string]*node[V], 2*maxListed)
		for _, x := range e.list {
			e.big[x.key] = x.kid
		}
		e.list = nil
		e.big[k] = c
	}
	return c
}

// byLength orders a list of stems longest first, the order Match tries them in.
func (e *edges[V]) byLength() {
	for i := 1; i < len(e.list); i++ {
		for j := i; j > 0 && len(e.list[j].key) > len(e.list[j-1].key); j-- {
			e.list[j], e.list[j-1] = e.list[j-1], e.list[j]
		}
	}
}

// each calls fn for every child.
func (e *edges[V]) each(fn func(k string, c *node[V])) {
	if e == nil {
		return
	}
	for k, c := range e.big {
		fn(k, c)
	}
	for _, x := range e.list {
		fn(x.key, x.kid)
	}
}

// NewTrie returns an empty trie.
func NewTrie[V any]() *Trie[V] { return &Trie[V]{} }

// Len returns the number of values stored.
func (t *Trie[V]) Len() int { return t.size }

// Insert adds v under the token path key. Several values may share a key.
func (t *Trie[V]) Insert(key []string, v V) {
	n := &t.root
	for _, k := range key {
		n = t.child(&n.next, k)
	}
	n.vals = append(n.vals, v)
	t.size++
}

// InsertStems adds v under key, where stem[i] marks key[i] as a stem that
// matches any token beginning with it. A nil stem is Insert.
func (t *Trie[V]) InsertStems(key []string, stem []bool, v V) {
	n := &t.root
	for i, k := range key {
		if i < len(stem) && stem[i] && k != "" {
			if !t.stemmed || len(k) < t.minStem {
				t.minStem = len(k)
			}
			t.maxStem = max(t.maxStem, len(k))
			t.stemmed = true
			parent := n
			n = t.child(&parent.stems, k)
			parent.stems.byLength()
			continue
		}
		n = t.child(&n.next, k)
	}
	n.vals = append(n.vals, v)
	t.size++
}

// Stemmed reports whether some key holds a stem.
func (t *Trie[V]) Stemmed() bool { return t.stemmed }

// Get returns the values stored under exactly key.
func (t *Trie[V]) Get(key []string) []V {
	n := &t.root
	for _, k := range key {
		n = n.next.get(k)
		if n == nil {
			return nil
		}
	}
	return n.vals
}

// Match walks the tokens from position i, calling at(i) for the token key, and
// calls fn for every prefix that holds values, shortest first, with the number
// of tokens it covers. fn returns false to stop.
func (t *Trie[V]) Match(n int, at func(int) string, fn func(length int, vals []V) bool) {
	if t.stemmed {
		t.matchStems(&t.root, 0, n, at, fn)
		return
	}
	walk(&t.root, 0, n, at, fn)
}

// walk follows tokens j to n-1 from cur by whole words, calling fn at
// every node that holds values. It returns false when fn stopped it, true
// when the path or the tokens ran out.
func walk[V any](cur *node[V], j, n int, at func(int) string, fn func(int, []V) bool) bool {
	for ; j < n; j++ {
		if cur.next == nil {
			return true
		}
		cur = cur.next.get(at(j))
		if cur == nil {
			return true
		}
		if len(cur.vals) > 0 && !fn(j+1, cur.vals) {
			return false
		}
	}
	return true
}

// matchStems is Match for a trie with stems: every path the tokens can
// take, exact words and stems alike, depth first. It returns false once fn
// has asked to stop.
func (t *Trie[V]) matchStems(cur *node[V], j, n int, at func(int) string, fn func(int, []V) bool) bool {
	if j >= n {
		return true
	}
	tok := at(j)
	if c := cur.next.get(tok); c != nil {
		if len(c.vals) > 0 && !fn(j+1, c.vals) {
			return false
		}
		if !t.matchStems(c, j+1, n, at, fn) {
			return false
		}
	}
	st := cur.stems
	if st == nil {
		return true
	}
	if st.big == nil {
		// A short list, longest first: at most one stem of each length
		// is a prefix of tok, so this is the order of the loop below.
		for _, x := range st.list {
			if len(x.key) > len(tok) || tok[:len(x.key)] != x.key {
				continue
			}
			if !t.followStem(x.kid, j, n, at, fn) {
				return false
			}
		}
		return true
	}
	for l := min(len(tok), t.maxStem); l >= t.minStem && l > 0; l-- {
		if c := st.big[tok[:l]]; c != nil && !t.followStem(c, j, n, at, fn) {
			return false
		}
	}
	return true
}

// followStem goes on from c, reached by a stem of token j.
func (t *Trie[V]) followStem(c *node[V], j, n int, at func(int) string, fn func(int, []V) bool) bool {
	if len(c.vals) > 0 && !fn(j+1, c.vals) {
		return false
	}
	return t.matchStems(c, j+1, n, at, fn)
}

// TrieStart is where one token leads from the root of a trie: the nodes
// Match reaches with it, in the order Match visits them. A caller that
// meets the same token often keeps its TrieStart and calls MatchFrom,
// which saves the root's lookups (one for each prefix that could be a stem).
type TrieStart[V any] struct {
	nodes []*node[V]
}

// Start returns where the token tok leads from the root.
func (t *Trie[V]) Start(tok string) TrieStart[V] {
	var st TrieStart[V]
	if c := t.root.next.get(tok); c != nil {
		st.nodes = append(st.nodes, c)
	}
	if !t.stemmed || t.root.stems == nil {
		return st
	}
	if e := t.root.stems; e.big == nil {
		for _, x := range e.list {
			if len(x.key) <= len(tok) && tok[:len(x.key)] == x.key {
				st.nodes = append(st.nodes, x.kid)
			}
		}
	} else {
		for l := min(len(tok), t.maxStem); l >= t.minStem && l > 0; l-- {
			if c := e.big[tok[:l]]; c != nil {
				st.nodes = append(st.nodes, c)
			}
		}
	}
	return st
}

// MatchFrom is Match for n tokens whose first, at(0), led to st (see Start).
func (t *Trie[V]) MatchFrom(st TrieStart[V], n int, at func(int) string, fn func(length int, vals []V) bool) {
	if n <= 0 {
		return
	}
	for _, c := range st.nodes {
		if len(c.vals) > 0 && !fn(1, c.vals) {
			return
		}
		if t.stemmed {
			if !t.matchStems(c, 1, n, at, fn) {
				return
			}
			continue
		}
		if !walk(c, 1, n, at, fn) {
			return
		}
	}
}

// Walk calls fn for every key and value, in no particular order.
func (t *Trie[V]) Walk(fn func(key []string, v V)) {
	var rec func(n *node[V], path []string)
	rec = func(n *node[V], path []string) {
		for _, v := range n.vals {
			fn(path, v)
		}
		n.next.each(func(k string, c *node[V]) { rec(c, append(path, k)) })
		n.stems.each(func(k string, c *node[V]) { rec(c, append(path, k+"*")) })
	}
	rec(&t.root, nil)
}
