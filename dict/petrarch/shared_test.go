package petrarch_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/annals-dev/annals/dict/petrarch"
	"github.com/annals-dev/annals/dict/tabari"
)

// sharedDicts is the reference dictionary set beside the checkout.
const sharedDicts = "../../../shared/dicts"

func mustShared(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(sharedDicts); err != nil {
		tb.Skipf("reference dictionaries not found at %s (they live in ../shared beside the checkout): skipping", sharedDicts)
	}
	return sharedDicts
}

type faultCounts map[tabari.FaultKind]int

// size measures a parsed file: verb patterns, actor phrases (entries and
// synonyms), agents, discards, issues, words, option lines, named files,
// ontology lines.
func size(f *petrarch.File) int {
	n := 0
	switch {
	case f.Project != nil:
		n = len(f.Project.Actors) + len(f.Project.Agents) + len(f.Project.Verbs) + len(f.Project.Issues)
		if f.Project.Options != "" {
			n++
		}
	case f.Verbs != nil:
		for _, v := range f.Verbs.Verbs {
			n += len(v.Patterns)
		}
	case f.Actors != nil:
		for _, a := range f.Actors.Actors {
			n += 1 + len(a.Synonyms)
		}
	case f.Agents != nil:
		n = len(f.Agents.Agents)
	case f.Options != nil:
		n = len(f.Options.Commands) + len(f.Options.Labels)
	case f.PVerbs != nil:
		for _, b := range f.PVerbs.Blocks {
			n += len(b.Patterns)
		}
	case f.Discards != nil:
		n = len(f.Discards.Entries)
	case f.Issues != nil:
		for _, c := range f.Issues.Categories {
			n += len(c.Issues)
		}
	case f.Words != nil:
		n = len(f.Words.Entries)
	case f.Config != nil:
		n = len(f.Config.Actors)
		for _, s := range []string{f.Config.Verbs, f.Config.Agents, f.Config.Discards, f.Config.Issues} {
			if s != "" {
				n++
			}
		}
	case f.Ontology != nil:
		n = len(f.Ontology.Entries)
	}
	return n
}

// sharedFiles lists every file of the reference set: the format Detect
// must find, its size, and the faults it is known to hold. A file that is
// not listed fails the test, so that a new one is looked at first.
var sharedFiles = map[string]struct {
	format petrarch.Format
	size   int
	faults faultCounts
}{
	// not dictionaries: the list of sources, and a spreadsheet of events
	// that TABARI-Code ships as "discards.txt"
	"SOURCES.json":        {petrarch.Unknown, 0, nil},
	"tabari/discards.txt": {petrarch.Unknown, 0, nil},
	"petrarch1_140226/PETR.Validate.actors.txt":                         {petrarch.PhoenixActors, 170, faultCounts{tabari.FaultComment: 4}},
	"petrarch1_140226/PETR.Validate.agents.txt":                         {petrarch.PhoenixAgents, 85, faultCounts{}},
	"petrarch1_140226/PETR.Validate.verbs.txt":                          {petrarch.TabariVerbs, 405, faultCounts{tabari.FaultCode: 1, tabari.FaultOddCode: 11, tabari.FaultDuplicate: 1, tabari.FaultComment: 6}},
	"petrarch2/CAMEO.2.0.txt":                                           {petrarch.Verbs2, 4668, faultCounts{tabari.FaultBracket: 2, tabari.FaultStray: 4, tabari.FaultSynset: 4, tabari.FaultDuplicate: 155, tabari.FaultPhrase: 2, tabari.FaultComment: 2}},
	"petrarch2/CAMEO.verbpatterns.150430.txt":                           {petrarch.Verbs1, 11011, faultCounts{tabari.FaultBracket: 1, tabari.FaultStray: 5, tabari.FaultCode: 2, tabari.FaultOddCode: 2, tabari.FaultDuplicate: 3, tabari.FaultPattern: 1, tabari.FaultPhrase: 1}},
	"petrarch2/PETR.Validate.actors.txt":                                {petrarch.PhoenixActors, 161, faultCounts{tabari.FaultDuplicate: 1}},
	"petrarch2/PETR.Validate.agents.txt":                                {petrarch.PhoenixAgents, 88, faultCounts{}},
	"petrarch2/PETR.Validate.discards.txt":                              {petrarch.PhoenixDiscards, 9, faultCounts{}},
	"petrarch2/PETR.Validate.verbs.txt":                                 {petrarch.Verbs1, 474, faultCounts{tabari.FaultStray: 1, tabari.FaultOddCode: 10, tabari.FaultDuplicate: 1, tabari.FaultPhrase: 2, tabari.FaultComment: 1}},
	"petrarch2/PETR_config.ini":                                         {petrarch.ConfigFile, 7, faultCounts{}},
	"petrarch2/Phoenix.Countries.actors.txt":                            {petrarch.PhoenixActors, 25917, faultCounts{tabari.FaultCode: 38, tabari.FaultDate: 7, tabari.FaultDateOrder: 1, tabari.FaultDuplicate: 40, tabari.FaultPhrase: 9, tabari.FaultEmpty: 1}},
	"petrarch2/Phoenix.International.actors.txt":                        {petrarch.PhoenixActors, 7907, faultCounts{tabari.FaultStray: 3, tabari.FaultCode: 3, tabari.FaultDate: 1, tabari.FaultDateOrder: 1, tabari.FaultDuplicate: 1132, tabari.FaultPhrase: 2}},
	"petrarch2/Phoenix.IssueCoding.txt":                                 {petrarch.PhoenixIssues, 2976, faultCounts{tabari.FaultBracket: 4, tabari.FaultCode: 13, tabari.FaultOrphan: 1}},
	"petrarch2/Phoenix.MilNonState.actors.txt":                          {petrarch.PhoenixActors, 1793, faultCounts{tabari.FaultDuplicate: 12, tabari.FaultPhrase: 164}},
	"petrarch2/Phoenix.agents.txt":                                      {petrarch.PhoenixAgents, 2244, faultCounts{tabari.FaultBracket: 1, tabari.FaultCode: 1, tabari.FaultDuplicate: 8, tabari.FaultPhrase: 2}},
	"petrarch2/Phoenix.discards.txt":                                    {petrarch.PhoenixDiscards, 506, faultCounts{}},
	"petrarch2/Phoenix.prepositions.txt":                                {petrarch.WordList, 106, faultCounts{}},
	"tabari/CAMEO.091003.master.verbs":                                  {petrarch.TabariVerbs, 15582, faultCounts{tabari.FaultEncoding: 1, tabari.FaultBracket: 11, tabari.FaultOddCode: 10, tabari.FaultDuplicate: 110, tabari.FaultPattern: 2, tabari.FaultPhrase: 2}},
	"tabari/CAMEO.09b5.options":                                         {petrarch.TabariOptions, 296, faultCounts{tabari.FaultEncoding: 1}},
	"tabari/TABARI.Demo.actors":                                         {petrarch.TabariActors, 125, faultCounts{}},
	"tabari/TABARI.Demo.options":                                        {petrarch.TabariOptions, 93, faultCounts{}},
	"tabari/TABARI.Demo.verbs":                                          {petrarch.TabariVerbs, 407, faultCounts{tabari.FaultOddCode: 10, tabari.FaultDuplicate: 1}},
	"tabari/Validate.agents":                                            {petrarch.TabariAgents, 86, faultCounts{}},
	"tabari/Validate.options":                                           {petrarch.TabariOptions, 96, faultCounts{}},
	"tabari/Validate.project":                                           {petrarch.TabariProject, 4, faultCounts{}},
	"tabari_real/CAMEO.091003.master.verbs":                             {petrarch.TabariVerbs, 15582, faultCounts{tabari.FaultEncoding: 1, tabari.FaultBracket: 11, tabari.FaultOddCode: 10, tabari.FaultDuplicate: 110, tabari.FaultPattern: 2, tabari.FaultPhrase: 2}},
	"tabari_real/CAMEO.09b5.options":                                    {petrarch.TabariOptions, 296, faultCounts{tabari.FaultEncoding: 1}},
	"tabari_real/CountryInfo.120116.actors":                             {petrarch.TabariActors, 24279, faultCounts{tabari.FaultCalendar: 5978, tabari.FaultDateOrder: 237, tabari.FaultSynset: 7, tabari.FaultDuplicate: 14, tabari.FaultPhrase: 10, tabari.FaultEmpty: 1}},
	"tabari_real/Internatnl.120521.actors":                              {petrarch.TabariActors, 7487, faultCounts{tabari.FaultStray: 5, tabari.FaultCode: 3, tabari.FaultSynset: 121, tabari.FaultDuplicate: 2, tabari.FaultPhrase: 2}},
	"tabari_real/PSU.120522.agents":                                     {petrarch.TabariAgents, 2131, faultCounts{}},
	"tabari_real/real.project":                                          {petrarch.TabariProject, 5, faultCounts{}},
	"universalpetrarch/PETR.Internal.Coding.Ontology.txt":               {petrarch.OntologyFile, 266, faultCounts{}},
	"universalpetrarch/PETR.Validate.verbs.2.0.txt":                     {petrarch.Verbs2, 452, faultCounts{tabari.FaultOddCode: 4, tabari.FaultSynset: 1, tabari.FaultDuplicate: 10, tabari.FaultPattern: 1, tabari.FaultComment: 1}},
	"universalpetrarch/PETR_Validate_Internal_Coding_Ontology_1_01.txt": {petrarch.OntologyFile, 266, faultCounts{}},
	"universalpetrarch/PETR_Validate_actors_2_02.txt":                   {petrarch.PhoenixActors, 167, faultCounts{tabari.FaultDuplicate: 1}},
	"universalpetrarch/PETR_Validate_agents_2_02.txt":                   {petrarch.PhoenixAgents, 88, faultCounts{}},
	"universalpetrarch/PETR_Validate_discards_2_02.txt":                 {petrarch.PhoenixDiscards, 9, faultCounts{}},
	"universalpetrarch/PETR_Validate_verbs_2_02.txt":                    {petrarch.Verbs2, 358, faultCounts{tabari.FaultOddCode: 3, tabari.FaultSynset: 5, tabari.FaultDuplicate: 3, tabari.FaultPattern: 1, tabari.FaultComment: 1}},
}

// TestShared detects and parses every reference dictionary and checks that
// the faults found are exactly the known ones, each at a real file:line.
func TestShared(t *testing.T) {
	dir := mustShared(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*"))
	top, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	files = append(files, top...)
	sort.Strings(files)
	totals := map[string]int{}
	for _, path := range files {
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		t.Run(rel, func(t *testing.T) {
			want, ok := sharedFiles[rel]
			if !ok {
				t.Fatalf("%s is not listed in sharedFiles: look at it and add it", rel)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f := petrarch.Parse(path, data)
			if f.Format != want.format {
				t.Fatalf("format = %v, want %v", f.Format, want.format)
			}
			n := size(f)
			totals[f.Format.String()] += n
			t.Logf("%s: %v, size %d, %d faults", rel, f.Format, n, len(f.Faults()))
			if n != want.size {
				t.Errorf("size = %d, want %d", n, want.size)
			}
			lines := bytes.Count(data, []byte{'\n'}) + 1
			got := faultCounts{}
			for _, x := range f.Faults() {
				got[x.Kind]++
				if x.File != path || x.Line < 1 || x.Line > lines {
					t.Errorf("fault without a place in the file: %v", x)
				}
				if x.Kind == tabari.FaultSyntax {
					t.Errorf("unread line: %v", x)
				}
			}
			for k := tabari.FaultSyntax; k <= tabari.FaultComment; k++ {
				if got[k] != want.faults[k] {
					t.Errorf("%s faults: %d, want %d", k, got[k], want.faults[k])
					shown := 0
					for _, x := range f.Faults() {
						if x.Kind == k && shown < 5 {
							t.Log(x.Error())
							shown++
						}
					}
				}
			}
		})
	}
	t.Logf("totals by format: %v", totals)
}

// TestSharedPhoenix checks the sizes of the standard Phoenix set.
func TestSharedPhoenix(t *testing.T) {
	dir := mustShared(t)
	c, err := petrarch.ReadConfig(filepath.Join(dir, "petrarch2", "PETR_config.ini"))
	if err != nil {
		t.Fatal(err)
	}
	phrases, dated := 0, 0
	for _, path := range c.Actors {
		a := petrarch.ParseActors(path, mustRead(t, path))
		for _, ac := range a.Actors {
			phrases += 1 + len(ac.Synonyms)
			for _, code := range ac.Codes {
				if code.When.Kind != tabari.Always {
					dated++
					break
				}
			}
		}
	}
	ag := petrarch.ParseAgents(c.Agents, mustRead(t, c.Agents))
	v := petrarch.ParseVerbs2(c.Verbs, mustRead(t, c.Verbs))
	patterns := 0
	for _, b := range v.Blocks {
		patterns += len(b.Patterns)
	}
	t.Logf("Phoenix: %d actor phrases in %d files (%d entries with dated codes), %d agents, %d CAMEO.2.0 patterns in %d blocks, %d transformations",
		phrases, len(c.Actors), dated, len(ag.Agents), patterns, len(v.Blocks), len(v.Transformations))
	if phrases != 35617 || len(ag.Agents) != 2244 || patterns != 4668 {
		t.Errorf("Phoenix sizes changed: %d phrases, %d agents, %d patterns", phrases, len(ag.Agents), patterns)
	}
}
