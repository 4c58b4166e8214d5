package load_test

import (
	"testing"

	"github.com/annals-dev/annals/dict/load"
)

// benchLoad loads the dictionary files (relative to ../shared) as
// `annals bench --dict` does.
func benchLoad(b *testing.B, rel ...string) {
	paths := make([]string, len(rel))
	for i, r := range rel {
		paths[i] = mustShared(b, r)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := load.Files(paths...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadTabariReal loads TABARI's 2012 production set.
func BenchmarkLoadTabariReal(b *testing.B) {
	benchLoad(b, "dicts/tabari_real/real.project")
}

// BenchmarkLoadPhoenix loads the Phoenix set: PETRARCH-1 verbs, the three
// Phoenix actor files, agents and discards.
func BenchmarkLoadPhoenix(b *testing.B) {
	const p = "dicts/petrarch2/"
	benchLoad(b, p+"CAMEO.verbpatterns.150430.txt", p+"Phoenix.Countries.actors.txt", p+"Phoenix.International.actors.txt",
		p+"Phoenix.MilNonState.actors.txt", p+"Phoenix.agents.txt", p+"Phoenix.discards.txt")
}
