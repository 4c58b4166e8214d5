package main

import (
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
	// Reading the big TABARI and Phoenix sets makes much short-lived
	// garbage (their parse trees); a tighter GC while loading keeps the
	// peak memory of the whole run down, for a few milliseconds.
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	d, _, err := load.Files(paths...)
	return d, err
}
