package dict

// Trie maps token sequences to values. Keys are folded tokens (see text.Fold);
// a phrase of several words is a path of several nodes. It is the matcher for
// every dictionary phrase: one map lookup a token, longest match first.
type Trie[V any] struct {
	root node[V]
	size int
}

type node[V any] struct {
	next map[string]*node[V]
	vals []V
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
	}
	rec(&t.root, nil)
}
