package main

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/load"
	"github.com/annals-dev/annals/geo"
)

// newCoder returns the coder every command uses: the dictionaries, and the
// built-in gazetteer for event locations.
func newCoder(d *dict.Dictionary) (*coder.Coder, error) {
	g, err := geo.Builtin()
	if err != nil {
		return nil, err
	}
	return coder.New(d).WithPlaces(g), nil
}

// loadDicts returns the dictionaries named by --dict, or the built-in ones
// when none is named. Each file may be in annals' own format or be a TABARI
// .project, .verbs, .actors, .agents or .options file, PETRARCH-1 verb
// patterns or a Phoenix actors, agents or discards list; the format is told
// from the content and the files combine. Faults the readers work around
// are left to `annals dict check`.
func loadDicts(paths []string) (*dict.Dictionary, error) {
	if len(paths) == 0 {
		return dict.Builtin()
	}
	// Reading the big TABARI and Phoenix sets makes three times as much
	// short-lived garbage (their parse trees) as the dictionary keeps.
	// Measured on the Phoenix set: GOGC 20 loads in 2.2 s with a 105 MB
	// peak, 35 in 1.5 s with 110 MB, 100 in 1.3 s with 143 MB.
	defer debug.SetGCPercent(debug.SetGCPercent(loadGCPercent))
	d, _, err := load.Files(paths...)
	return d, err
}

// loadGCPercent is the GOGC while dictionaries load: a trade of the load
// time against the peak memory of the whole run (see loadDicts).
const loadGCPercent = 35

// codingHeadroom is the memory a coding goroutine's garbage may take
// between collections, over what the dictionaries keep.
const codingHeadroom = 16 << 20

// limitMemory sets a soft memory limit once the dictionaries are loaded:
// what they keep, plus headroom for each core's coding garbage. At the
// default GOGC the heap may grow to twice the dictionaries before a
// collection, which for the big TABARI and Phoenix sets (40-50 MB kept)
// costs more memory than coding needs (1-2 KB of garbage a sentence, much
// of which fills the holes the readers' garbage left in the heap); with
// the limit the collector runs a little more often instead.
// A GOMEMLIMIT the user set is left alone.
//
// Only the commands that do little but code call it (code, eval, bench).
// ingest and recode hold a duplicate index that grows with the store (about
// 1 KB a document), batches and the store's buffers: a limit measured from
// the dictionaries alone would be passed early in a large run, and the
// collector would then run far more often than the heap needs.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	// Collect the readers' garbage and hand its pages back, so that the
	// limit is measured from what the dictionaries keep.
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	kept := ms.Sys - ms.HeapReleased
	debug.SetMemoryLimit(int64(kept) + int64(runtime.GOMAXPROCS(0))*codingHeadroom)
}
