package dedup

import "math"

// table is a multimap from 32-bit keys to document numbers: an open-addressing
// hash table with linear probing, each slot a key and a document number packed
// into 8 bytes. It backs the LSH bands, the exact-text index and the ID index.
// Keys are hashes already, so a key's home slot is the key scaled to the
// table's size.
//
// Equal keys may be stored many times; each stays in the probe run that starts
// at its home slot, so a lookup reads the run up to the first empty slot. A key
// is only a hash: a match is a candidate the caller checks.
//
// The table grows by half when it is three quarters full, so that it is
// between half and three quarters full: 11 to 16 bytes an entry, 13 on
// average. Growing moves every entry; the cost is amortised over the adds,
// though the add that triggers it waits.
type table struct {
	slots []uint64 // key<<32 | doc+1; 0 is empty
	n     int
}

// newTable returns an empty table. Its first size is 16·1.5^phase, phase in
// [0, 1): tables of one index that fill at the same pace, as the bands do,
// are given phases spread over [0, 1) so that they grow at different adds
// rather than all in one.
func newTable(phase float64) *table {
	return &table{slots: make([]uint64, int(16*math.Pow(1.5, phase)))}
}

// home returns the slot a key's probe run starts at.
func (t *table) home(key uint32) int {
	return int(uint64(key) * uint64(len(t.slots)) >> 32)
}

// add stores doc under key unless limit entries with that key are stored
// already, and reports whether it did. A limit below one means no limit.
func (t *table) add(key uint32, doc int32, limit int) bool {
	if limit > 0 && t.count(key, limit) >= limit {
		return false
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	t.put(uint64(key)<<32 | uint64(uint32(doc)+1))
	t.n++
	return true
}

func (t *table) put(slot uint64) {
	for i := t.home(uint32(slot >> 32)); ; {
		if t.slots[i] == 0 {
			t.slots[i] = slot
			return
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

func (t *table) grow() {
	old := t.slots
	t.slots = make([]uint64, len(old)+len(old)/2)
	for _, s := range old {
		if s != 0 {
			t.put(s)
		}
	}
}

// count returns the number of entries stored under key, counting no further than limit.
func (t *table) count(key uint32, limit int) int {
	n := 0
	for i := t.home(key); t.slots[i] != 0 && n < limit; {
		if uint32(t.slots[i]>>32) == key {
			n++
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
	return n
}

// each calls fn for every document stored under key until fn returns false.
func (t *table) each(key uint32, fn func(doc int32) bool) {
	for i := t.home(key); t.slots[i] != 0; {
		if s := t.slots[i]; uint32(s>>32) == key {
			if !fn(int32(uint32(s) - 1)) {
				return
			}
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}
