package tabari_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/annals-dev/annals/dict/tabari"
)

// sharedDicts is the reference dictionary set beside the checkout
// (../shared/dicts), seen from this package's directory.
const sharedDicts = "../../../shared/dicts"

func mustShared(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(sharedDicts); err != nil {
		tb.Skipf("reference dictionaries not found at %s (they live in ../shared beside the checkout): skipping", sharedDicts)
	}
	return sharedDicts
}

type faultCounts map[tabari.FaultKind]int

// tabariFiles lists every file of the TABARI reference sets with the faults
// it is known to hold. A file that is not listed fails the test, so that a
// new reference file is looked at before it is trusted.
var tabariFiles = map[string]struct {
	faults faultCounts
	// size is the number of verb patterns, actor phrases (entries and
	// synonyms), agents, option lines or project files.
	size int
	// notDict marks a file that is not a dictionary at all.
	notDict string
}{
	"tabari/CAMEO.091003.master.verbs": {size: 15582, faults: faultCounts{
		tabari.FaultBracket: 11, tabari.FaultDuplicate: 110, tabari.FaultEncoding: 1,
		tabari.FaultOddCode: 10, tabari.FaultPattern: 2, tabari.FaultPhrase: 2}},
	"tabari/CAMEO.09b5.options":  {size: 296, faults: faultCounts{tabari.FaultEncoding: 1}},
	"tabari/TABARI.Demo.actors":  {size: 125},
	"tabari/TABARI.Demo.options": {size: 93},
	"tabari/TABARI.Demo.verbs":   {size: 407, faults: faultCounts{tabari.FaultDuplicate: 1, tabari.FaultOddCode: 10}},
	"tabari/Validate.agents":     {size: 86},
	"tabari/Validate.options":    {size: 96},
	"tabari/Validate.project":    {size: 4},
	"tabari/discards.txt":        {notDict: "a tab-separated table of events, not a discard list"},
	"tabari_real/CAMEO.091003.master.verbs": {size: 15582, faults: faultCounts{
		tabari.FaultBracket: 11, tabari.FaultDuplicate: 110, tabari.FaultEncoding: 1,
		tabari.FaultOddCode: 10, tabari.FaultPattern: 2, tabari.FaultPhrase: 2}},
	"tabari_real/CAMEO.09b5.options": {size: 296, faults: faultCounts{tabari.FaultEncoding: 1}},
	"tabari_real/CountryInfo.120116.actors": {size: 24279, faults: faultCounts{
		tabari.FaultCalendar: 5978, tabari.FaultDateOrder: 237, tabari.FaultDuplicate: 14,
		tabari.FaultEmpty: 1, tabari.FaultPhrase: 10, tabari.FaultSynset: 7}},
	"tabari_real/Internatnl.120521.actors": {size: 7487, faults: faultCounts{
		tabari.FaultCode: 3, tabari.FaultDuplicate: 2, tabari.FaultPhrase: 2,
		tabari.FaultStray: 5, tabari.FaultSynset: 121}},
	"tabari_real/PSU.120522.agents": {size: 2131},
	"tabari_real/real.project":      {size: 5},
}

// TestSharedTabari parses every TABARI reference file and checks that the
// faults found are exactly the known ones, each at a real file:line.
func TestSharedTabari(t *testing.T) {
	dir := mustShared(t)
	var files []string
	for _, sub := range []string{"tabari", "tabari_real"} {
		m, _ := filepath.Glob(filepath.Join(dir, sub, "*"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no TABARI files under %s", dir)
	}
	sort.Strings(files)
	for _, path := range files {
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		t.Run(rel, func(t *testing.T) {
			want, ok := tabariFiles[rel]
			if !ok {
				t.Fatalf("%s is not listed in tabariFiles: look at it and add it", rel)
			}
			if want.notDict != "" {
				t.Skipf("%s: %s", rel, want.notDict)
			}
			data := mustRead(t, path)
			var (
				faults []tabari.Fault
				size   int
			)
			switch filepath.Ext(path) {
			case ".verbs":
				v := tabari.ParseVerbs(path, data)
				for _, vb := range v.Verbs {
					size += len(vb.Patterns)
				}
				t.Logf("%s: %d verbs, %d patterns, %d synsets, %d time phrases", rel, len(v.Verbs), size, len(v.Synsets), len(v.Time))
				faults = v.Faults
			case ".actors":
				a := tabari.ParseActors(path, data)
				codes := 0
				for _, ac := range a.Actors {
					size += 1 + len(ac.Synonyms)
					codes += len(ac.Codes)
				}
				t.Logf("%s: %d actors, %d phrases, %d codes", rel, len(a.Actors), size, codes)
				faults = a.Faults
			case ".agents":
				a := tabari.ParseAgents(path, data)
				size = len(a.Agents)
				t.Logf("%s: %d agents", rel, size)
				faults = a.Faults
			case ".options":
				o := tabari.ParseOptions(path, data)
				size = len(o.Commands) + len(o.Labels)
				t.Logf("%s: %d commands, %d labels", rel, len(o.Commands), len(o.Labels))
				faults = o.Faults
			case ".project":
				p, err := tabari.ReadProject(path)
				if err != nil {
					t.Fatal(err)
				}
				size = len(p.Actors) + len(p.Agents) + len(p.Verbs) + len(p.Issues)
				if p.Options != "" {
					size++
				}
				faults = p.Faults
			default:
				t.Fatalf("no reader for %s", rel)
			}
			if size != want.size {
				t.Errorf("size = %d, want %d", size, want.size)
			}
			checkFaults(t, path, data, faults, want.faults)
		})
	}
}

// checkFaults compares the faults found with the known ones, by kind, and
// checks that each names the file and a line in it.
func checkFaults(t *testing.T, path string, data []byte, faults []tabari.Fault, want faultCounts) {
	t.Helper()
	lines := bytes.Count(data, []byte{'\n'}) + 1
	got := faultCounts{}
	for _, f := range faults {
		got[f.Kind]++
		if f.File != path || f.Line < 1 || f.Line > lines {
			t.Errorf("fault without a place in the file: %v", f)
		}
		if f.Kind == tabari.FaultSyntax {
			t.Errorf("unread line: %v", f)
		}
	}
	for k := tabari.FaultSyntax; k <= tabari.FaultComment; k++ {
		if got[k] != want[k] {
			t.Errorf("%s faults: %d, want %d", k, got[k], want[k])
			shown := 0
			for _, f := range faults {
				if f.Kind == k && shown < 5 {
					t.Log(f.Error())
					shown++
				}
			}
		}
	}
}

// TestSharedFaultExamples pins a few known faults to their lines.
func TestSharedFaultExamples(t *testing.T) {
	dir := mustShared(t)
	tests := []struct {
		file string
		line int
		kind tabari.FaultKind
	}{
		{"tabari_real/CountryInfo.120116.actors", 15188, tabari.FaultSynset},   // a bare '&'
		{"tabari_real/CountryInfo.120116.actors", 8598, tabari.FaultDuplicate}, // a phrase given twice
		{"tabari_real/CountryInfo.120116.actors", 154, tabari.FaultCalendar},   // a 31st of June
		{"tabari_real/CountryInfo.120116.actors", 37538, tabari.FaultEmpty},    // a lost name
		{"tabari_real/CAMEO.091003.master.verbs", 7729, tabari.FaultOddCode},   // a letter O for a zero
		{"tabari_real/CAMEO.091003.master.verbs", 7990, tabari.FaultBracket},   // '{' closed by ']'
		{"tabari_real/CAMEO.091003.master.verbs", 13753, tabari.FaultPattern},  // '*' glued to a word
		{"tabari_real/Internatnl.120521.actors", 99, tabari.FaultStray},        // a quote before '['
		{"tabari_real/Internatnl.120521.actors", 1705, tabari.FaultCode},       // a header line read as an actor
		{"tabari_real/CAMEO.09b5.options", 83, tabari.FaultEncoding},           // Mac Roman quotes
		{"tabari_real/CAMEO.091003.master.verbs", 116, tabari.FaultDuplicate},  // a repeated pattern
		{"tabari_real/CountryInfo.120116.actors", 56, tabari.FaultDateOrder},   // a 19xx year read as 20xx
		{"tabari_real/CountryInfo.120116.actors", 1271, tabari.FaultPhrase},    // a doubled '_'
	}
	cache := map[string][]tabari.Fault{}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.file)
		fs, ok := cache[path]
		if !ok {
			data := mustRead(t, path)
			switch filepath.Ext(path) {
			case ".verbs":
				fs = tabari.ParseVerbs(path, data).Faults
			case ".actors":
				fs = tabari.ParseActors(path, data).Faults
			case ".options":
				fs = tabari.ParseOptions(path, data).Faults
			}
			cache[path] = fs
		}
		found := false
		for _, f := range fs {
			if f.Line == tt.line && f.Kind == tt.kind {
				found = true
				t.Logf("%v", f)
			}
		}
		if !found {
			t.Errorf("%s:%d: no %s fault", tt.file, tt.line, tt.kind)
		}
	}
}

// BenchmarkLoadReal loads TABARI's 2012 production set (real.project: the
// CAMEO verbs, CountryInfo and international actors, PSU agents).
func BenchmarkLoadReal(b *testing.B) {
	dir := mustShared(b)
	project := filepath.Join(dir, "tabari_real", "real.project")
	var size int64
	if p, err := tabari.ReadProject(project); err == nil {
		for _, f := range append(append(append(p.Actors, p.Agents...), p.Verbs...), p.Options) {
			if st, err := os.Stat(f); err == nil {
				size += st.Size()
			}
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tabari.Load(project); err != nil {
			b.Fatal(err)
		}
	}
}
