package dict

// Trie maps token sequences to values. Keys are folded tokens (see text.Fold);
// a phrase of several words is a path of several nodes. It is the matcher for
// every dictionary phrase: one map lookup a token, longest match first.
type Trie[V any] struct {
	root node[V]
	size int
	// stemmed is set once a key with a stem has been inserted: Match then
	// also follows stems, which costs a lookup per prefix of a token.
	stemmed          bool
	minStem, maxStem int
}

type node[V any] struct {
	next map[string]*node[V]
	// stems holds the children reached by a token that begins with the key
	// (TABARI's and PETRARCH's stems: "ARGENTIN" matches "Argentina").
	stems map[string]*node[V]
	vals  []V
}

// NewTrie returns an empty trie.
func NewTrie[V any]() *Trie[V] { return &Trie[V]{} }

// Len returns the number of values stored.
func (t *Trie[V]) Len() int { return t.size }

// Insert adds v under the token path key. Several values may share a key.
func (t *Trie[V]) Insert(key []string, v V) {
	n := &t.root
	for _, k := range key {
		if n.next == nil {
			n.next = make(map[string]*node[V])
		}
		c := n.next[k]
		if c == nil {
			c = &node[V]{}
			n.next[k] = c
		}
		n = c
	}
	n.vals = append(n.vals, v)
	t.size++
}

// InsertStems adds v under key, where stem[i] marks key[i] as a stem that
// matches any token beginning with it. A nil stem is Insert.
func (t *Trie[V]) InsertStems(key []string, stem []bool, v V) {
	n := &t.root
	for i, k := range key {
		m := &n.next
		if i < len(stem) && stem[i] && k != "" {
			m = &n.stems
			if !t.stemmed || len(k) < t.minStem {
				t.minStem = len(k)
			}
			t.maxStem = max(t.maxStem, len(k))
			t.stemmed = true
		}
		if *m == nil {
			*m = make(map[string]*node[V])
		}
		c := (*m)[k]
		if c == nil {
			c = &node[V]{}
			(*m)[k] = c
		}
		n = c
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
		n = n.next[k]
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
	cur := &t.root
	for j := 0; j < n; j++ {
		if cur.next == nil {
			return
		}
		cur = cur.next[at(j)]
		if cur == nil {
			return
		}
		if len(cur.vals) > 0 && !fn(j+1, cur.vals) {
			return
		}
	}
}

// matchStems is Match for a trie with stems: every path the tokens can
// take, exact words and stems alike, depth first. It returns false once fn
// has asked to stop.
func (t *Trie[V]) matchStems(cur *node[V], j, n int, at func(int) string, fn func(int, []V) bool) bool {
	if j >= n {
		return true
	}
	tok := at(j)
	if c := cur.next[tok]; c != nil {
		if len(c.vals) > 0 && !fn(j+1, c.vals) {
			return false
		}
		if !t.matchStems(c, j+1, n, at, fn) {
			return false
		}
	}
	if cur.stems != nil {
		for l := min(len(tok), t.maxStem); l >= t.minStem && l > 0; l-- {
			c := cur.stems[tok[:l]]
			if c == nil {
				continue
			}
			if len(c.vals) > 0 && !fn(j+1, c.vals) {
				return false
			}
			if !t.matchStems(c, j+1, n, at, fn) {
				return false
			}
		}
	}
	return true
}

// Walk calls fn for every key and value, in no particular order.
func (t *Trie[V]) Walk(fn func(key []string, v V)) {
	var rec func(n *node[V], path []string)
	rec = func(n *node[V], path []string) {
		for _, v := range n.vals {
			fn(path, v)
		}
		for k, c := range n.next {
			rec(c, append(path, k))
		}
		for k, c := range n.stems {
			rec(c, append(path, k+"*"))
		}
	}
	rec(&t.root, nil)
}
