package tabari_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-dev/annals/dict/tabari"
)

// seeds adds the fixtures and some faulty snippets to a fuzz corpus.
func seeds(f *testing.F, fixtures ...string) {
	for _, name := range fixtures {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "\n", "~~", "[", "]", "{", "}", "&", "+", "-", "- [", "<", "<>", "</", ";",
		"A [B <", "A [B 1-", "A [B >99999999]", "\t[X 080631-070101]",
		"- { A | B ] * [010]", "- *_ _ [010]", "&\n+&\n", "X [~A}\n!P! = \n!Q C [~B]",
		"COMPLEX: X[", "LABEL: =", "<actorsfile>", "<a", "A\r\nB [C]\r\n", "A\rB [C]\r",
		"A\xff [B]", "  ; x\n\t[A]\n  ; y\n\t[B]\n",
	} {
		f.Add([]byte(s))
	}
}

// checkPlaces checks that every fault names the file and a line in it.
func checkPlaces(t *testing.T, name string, data []byte, fs []tabari.Fault) {
	lines := bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'}) + 1
	for _, f := range fs {
		if f.File != name || f.Line < 1 || f.Line > lines {
			t.Errorf("fault out of place: %v", f)
		}
	}
}

func FuzzParseVerbs(f *testing.F) {
	seeds(f, "demo.verbs")
	f.Fuzz(func(t *testing.T, data []byte) {
		v := tabari.ParseVerbs("f", data)
		checkPlaces(t, "f", data, v.Faults)
		w := tabari.ParseVerbsAs("f", data, tabari.PETRARCH)
		checkPlaces(t, "f", data, w.Faults)
	})
}

func FuzzParseActors(f *testing.F) {
	seeds(f, "demo.actors")
	f.Fuzz(func(t *testing.T, data []byte) {
		a := tabari.ParseActors("f", data)
		checkPlaces(t, "f", data, a.Faults)
		b := tabari.ParseActorsAs("f", data, tabari.PETRARCH)
		checkPlaces(t, "f", data, b.Faults)
	})
}

func FuzzParseAgents(f *testing.F) {
	seeds(f, "demo.agents")
	f.Fuzz(func(t *testing.T, data []byte) {
		a := tabari.ParseAgents("f", data)
		checkPlaces(t, "f", data, a.Faults)
		b := tabari.ParseAgentsAs("f", data, tabari.PETRARCH)
		checkPlaces(t, "f", data, b.Faults)
	})
}

func FuzzParseOptions(f *testing.F) {
	seeds(f, "demo.options")
	f.Fuzz(func(t *testing.T, data []byte) {
		o := tabari.ParseOptions("f", data)
		checkPlaces(t, "f", data, o.Faults)
	})
}

func FuzzParseProject(f *testing.F) {
	seeds(f, "demo.project")
	f.Fuzz(func(t *testing.T, data []byte) {
		p := tabari.ParseProject("f", data)
		checkPlaces(t, "f", data, p.Faults)
	})
}

func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{"* WITH_ +", "ASK_{ HARBOUR_ | RIVER }_TOLLS", "{ { A | B } ]", "SOON~_*", "_ _ __", "&_&", "=~=~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tabari.ParsePattern(tabari.Pos{File: "f", Line: 1}, s)
		tabari.ParsePhrase(tabari.Pos{File: "f", Line: 1}, s)
		tabari.ParseEventCode(tabari.Pos{File: "f", Line: 1}, s)
	})
}
