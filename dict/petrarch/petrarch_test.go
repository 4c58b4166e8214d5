package petrarch_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/petrarch"
	"github.com/annals-dev/annals/dict/tabari"
)

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func kinds(fs []tabari.Fault) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind.String()+"@"+strings.TrimLeft(strings.TrimPrefix(f.Pos.String(), f.File), ":"))
	}
	return strings.Join(out, ",")
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want petrarch.Format
	}{
		{"empty", "", petrarch.Unknown},
		{"json", `{"files": []}`, petrarch.Unknown},
		{"tsv", "a\tb\tc\td\n1\t2\t3\t4\n", petrarch.Unknown},
		{"tabari project", "title\n<actorsfile> a.actors\n<verbsfile> a.verbs\n", petrarch.TabariProject},
		{"tabari verbs", "PARLEY [040]\n- * WITH_ + [043]\n- $ * + [040]\n", petrarch.TabariVerbs},
		{"tabari actors", "FREEDONIA_ [FRD] ;x\nFIREFLY_ ;y\n\t[FRDGOV 330101-331231]\n", petrarch.TabariActors},
		{"tabari agents", "GRAND_DUKE_ [~GOV] ;x\nPIKEMAN_ [ ~MIL]\n", petrarch.TabariAgents},
		{"tabari options", "COMPLEX: VERBS[7]\nSET: LABEL = TRUE\nLABEL: 040= Talk\n", petrarch.TabariOptions},
		{"petrarch-1 verbs", "&COIN\n+FLORIN\n--- PARLEY [040] ---\nPARLEY\n- * WITH_ + [043]\n", petrarch.Verbs1},
		{"petrarch-2 verbs", "---  PARLEY   [040]  ---\nPARLEY\n- * (WITH +) [043]\n", petrarch.Verbs2},
		{"phoenix actors", "FREEDONIA_  [FRD] # x\n+FREEDONIAN_\n\t[FRDGOV 19330101-19331231]\n", petrarch.PhoenixActors},
		{"phoenix agents", "GRAND_DUKE [~GOV] # x\n!KIND! = SMITH, WRIGHT\n", petrarch.PhoenixAgents},
		{"discards", "CROQUET MATCH  # x\n+GRAND REGATTA\n", petrarch.PhoenixDiscards},
		{"issues", "<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\nn:trawler [FLEET]\n</ISSUE>\n", petrarch.PhoenixIssues},
		{"word list", "betwixt\nthereupon\nhither\n", petrarch.WordList},
		{"config", "[Dictionaries]\nverbfile_name = v.txt\n", petrarch.ConfigFile},
		{"ontology", "123:0x4567#A label\n124:0x4567-0xFFFF\n", petrarch.OntologyFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := petrarch.Detect([]byte(tt.src)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
	for file, want := range map[string]petrarch.Format{
		"verbs1.txt": petrarch.Verbs1, "verbs2.txt": petrarch.Verbs2, "actors.txt": petrarch.PhoenixActors,
		"agents.txt": petrarch.PhoenixAgents, "discards.txt": petrarch.PhoenixDiscards, "issues.txt": petrarch.PhoenixIssues,
		"prepositions.txt": petrarch.WordList, "config.ini": petrarch.ConfigFile, "ontology.txt": petrarch.OntologyFile,
	} {
		if got := petrarch.Detect(mustRead(t, filepath.Join("testdata", file))); got != want {
			t.Errorf("Detect(testdata/%s) = %v, want %v", file, got, want)
		}
	}
}

func TestParseVerbs1(t *testing.T) {
	v := petrarch.ParseVerbs1("verbs1.txt", mustRead(t, "testdata/verbs1.txt"))
	if len(v.Faults) != 0 {
		t.Fatalf("faults: %v", v.Faults)
	}
	if v.Version != 1 || len(v.Synsets) != 2 || !v.Synsets[1].NoPlural || len(v.Synsets[0].Members) != 3 {
		t.Fatalf("synsets = %+v", v.Synsets)
	}
	if len(v.Blocks) != 2 {
		t.Fatalf("%d blocks", len(v.Blocks))
	}
	b := v.Blocks[0]
	if b.Name != "PARLEY" || b.Code.Value != "040" || len(b.Verbs) != 4 || len(b.Patterns) != 3 {
		t.Fatalf("block = %+v", b)
	}
	confer := b.Verbs[1]
	if !confer.FormsGiven || len(confer.Forms) != 3 || confer.Code == nil || confer.Code.Value != "043" {
		t.Errorf("CONFER = %+v", confer)
	}
	sit := b.Verbs[2]
	if strings.Join(sit.Words, " ") != "SIT DOWN" || sit.Head != 0 || len(sit.Forms) != 3 {
		t.Errorf("SIT_DOWN = %+v", sit)
	}
	if re := b.Verbs[3]; strings.Join(re.Words, " ") != "RE CONVENE" || re.Head != 1 {
		t.Errorf("RE_+CONVENE = %+v", re)
	}
	p := b.Patterns[0]
	if p.Text != "* WITH_ +" || p.Code.Value != "043" || p.Comment != "PARLEY <tst 01 Jan 2024>" || len(p.Elems) != 3 {
		t.Errorf("pattern = %+v", p)
	}
	if b.Patterns[1].Elems[0].Kind != tabari.KindSynset || b.Patterns[1].Elems[0].Text != "AUX" {
		t.Errorf("synset element = %+v", b.Patterns[1].Elems[0])
	}
}

func TestParseVerbs2(t *testing.T) {
	v := petrarch.ParseVerbs2("verbs2.txt", mustRead(t, "testdata/verbs2.txt"))
	if len(v.Faults) != 0 {
		t.Fatalf("faults: %v", v.Faults)
	}
	if len(v.Blocks) != 2 || len(v.Blocks[0].Patterns) != 4 || len(v.Transformations) != 2 {
		t.Fatalf("blocks = %+v, transformations = %+v", v.Blocks, v.Transformations)
	}
	if sit := v.Blocks[0].Verbs[2]; !sit.FormsGiven || len(sit.Forms) != 0 {
		t.Errorf("+SIT_DOWN {} = %+v", sit)
	}
	ps := v.Blocks[0].Patterns
	if pp := ps[0].After.Preps; len(pp) != 1 || pp[0].Prep != "WITH" || pp[0].Nouns[0].Head != "+" {
		t.Errorf("(WITH +) = %+v", ps[0].After)
	}
	if n := ps[1].After.Nouns; len(n) != 1 || n[0].Head != "TALKS" || n[0].Modifiers[0] != "HARBOUR" {
		t.Errorf("{HARBOUR TALKS} = %+v", ps[1].After)
	}
	p := ps[2]
	if len(p.Before.Nouns) != 1 || p.Before.Nouns[0].Head != "&COIN" || len(p.After.Preps) != 2 ||
		p.After.Preps[0].Nouns[0].Head != "TRADE" || p.After.Preps[1].Nouns[0].Head != "$" {
		t.Errorf("pattern = %+v", p)
	}
	if a, pass, ok := ps[3].Code.Paired(); !ok || a != "" || pass != "040" {
		t.Errorf("passive code = %q %q %v", a, pass, ok)
	}
	tr := v.Transformations[0]
	if tr.From.Source != "a" || tr.From.Inner == nil || tr.From.Inner.Source != "b" || tr.From.Inner.Target != "." ||
		tr.From.Inner.Verb != "BOMBARD" || tr.From.Verb != "BOAST" || strings.Join(tr.To, " ") != "a b 112" {
		t.Errorf("transformation = %+v, inner %+v", tr, tr.From.Inner)
	}
}

func TestVerbsFaults(t *testing.T) {
	tests := []struct {
		name    string
		version int
		src     string
		faults  string
	}{
		{"stray ]-- in petrarch-2", 2, "---  SNUB   [110]---  ---\nSNUB\n", "stray text@1"},
		{"stray ]-- in petrarch-1", 1, "--- SNUB [110]--- \nSNUB\n", "stray text@1"},
		{"semicolon comment in petrarch-2", 2, "--- TEAR [180] ---\nTEAR {TEARS TORE};tst 1/1/24\n", "comment@2"},
		{"semicolon comment in petrarch-1", 1, "--- TEAR [180] ---\nTEAR {TEARS TORE};tst 1/1/24\n", ""},
		{"undefined synset", 2, "--- X [010] ---\nX\n- * &NOPE [010]\n", "synset@3"},
		{"glued close paren", 2, "--- X [010] ---\nX\n- * WANDER (WITH GUIDE)   GUIDE)[042]\n", "bracket@3"},
		{"pattern without dash", 2, "--- X [010] ---\nX\n* (TO DOUBT) [110]\n", "pattern@3"},
		{"no verb marker", 2, "--- X [010] ---\nX\n- TARIFFS [163]\n", "pattern@3"},
		{"group in petrarch-1", 1, "--- X [010] ---\nX\n- * { A | B } [010]\n", "pattern@3"},
		{"multi-word verb without +", 1, "--- X [010] ---\nHAND_OVER\n", "phrase@2"},
		{"pattern before block", 1, "- * X [010]\n", "orphan@1"},
		{"verb before block", 1, "SAY\n", "orphan@1"},
		{"no code", 1, "--- X [010] ---\nX\n- SAID * OFFER # note\n", "code@3"},
		{"hash in brackets", 1, "--- X [010] ---\nX\n- * CUP [###]\n", "comment@3"},
		{"duplicate pattern", 2, "--- X [010] ---\nX\n- * A [010]\n- * A [010]\n", "duplicate@4"},
		{"bad transformation", 2, "~ a (b . X SAY = a b 1\n", "syntax@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v *petrarch.Verbs
			if tt.version == 1 {
				v = petrarch.ParseVerbs1("t", []byte(tt.src))
			} else {
				v = petrarch.ParseVerbs2("t", []byte(tt.src))
			}
			if got := kinds(v.Faults); got != tt.faults {
				t.Errorf("faults = %q, want %q (%v)", got, tt.faults, v.Faults)
			}
		})
	}
	v := petrarch.ParseVerbs2("t", []byte("---  SNUB   [110]---  ---\nSNUB\n"))
	if v.Blocks[0].Code.Value != "110" || v.Blocks[0].Name != "SNUB" {
		t.Errorf("block = %+v", v.Blocks[0])
	}
	if !strings.Contains(v.Faults[0].Msg, `"110]--"`) {
		t.Errorf("the fault should say what PETRARCH-2 read: %s", v.Faults[0].Msg)
	}
}

func TestParseActorsAgents(t *testing.T) {
	a := petrarch.ParseActors("actors.txt", mustRead(t, "testdata/actors.txt"))
	if len(a.Faults) != 0 || len(a.Actors) != 3 {
		t.Fatalf("actors = %+v, faults %v", a.Actors, a.Faults)
	}
	f := a.Actors[1]
	if f.Comment != "leader" || len(f.Codes) != 2 || f.Codes[0].Comment != "the war years" || f.Codes[0].When.From.Year != 1933 {
		t.Errorf("firefly = %+v", f)
	}
	g := petrarch.ParseAgents("agents.txt", mustRead(t, "testdata/agents.txt"))
	if len(g.Faults) != 0 || len(g.Agents) != 4 || len(g.Subst) != 1 || g.Agents[1].Subst != "KIND" {
		t.Fatalf("agents = %+v, faults %v", g, g.Faults)
	}
	if g.Agents[0].Comment != "head of state" {
		t.Errorf("comment = %q", g.Agents[0].Comment)
	}
}

func TestParseLists(t *testing.T) {
	d := petrarch.ParseDiscards("discards.txt", mustRead(t, "testdata/discards.txt"))
	if len(d.Entries) != 3 || d.Entries[0].Story || !d.Entries[1].Story || d.Entries[1].Text != "GRAND REGATTA" || d.Entries[0].Comment != "tst 01 Jan 2024" {
		t.Errorf("discards = %+v", d.Entries)
	}
	is := petrarch.ParseIssues("issues.txt", mustRead(t, "testdata/issues.txt"))
	if len(is.Faults) != 0 || len(is.Categories) != 1 {
		t.Fatalf("issues = %+v, faults %v", is, is.Faults)
	}
	c := is.Categories[0]
	if c.Name != "FISHING" || c.Type != "ALL" || len(c.Issues) != 3 || len(c.Ignore) != 2 || !c.Ignore[1].Story {
		t.Errorf("category = %+v", c)
	}
	if tm := c.Issues[0].Terms[0]; !tm.Noun || tm.Text != "trawler" || c.Issues[0].Code != "FISHING_FLEET" {
		t.Errorf("n:trawler = %+v", c.Issues[0])
	}
	if tm := c.Issues[2].Terms[0]; !tm.Verb || tm.Text != "fish" || c.Issues[2].Comment != "a comment" {
		t.Errorf("v:fish = %+v", c.Issues[2])
	}
	if tm := c.Issues[1].Terms[0]; tm.Text != "cod+war" {
		t.Errorf("cod+war = %+v", tm)
	}
	w := petrarch.ParseWords("prepositions.txt", mustRead(t, "testdata/prepositions.txt"))
	if len(w.Entries) != 3 || w.Entries[2].Text != "hither" {
		t.Errorf("words = %+v", w.Entries)
	}
	bad := petrarch.ParseIssues("t", []byte("<ISSUE CATEGORY=\"A\">\nx [A]y [A]\nno code\n</ISSUE>\n</ISSUE>\n"))
	if got := kinds(bad.Faults); got != "bracket@2,code@3,orphan@5" {
		t.Errorf("faults = %q", got)
	}
}

func TestConfigOntology(t *testing.T) {
	c, err := petrarch.ReadConfig("testdata/config.ini")
	if err != nil {
		t.Fatal(err)
	}
	if c.Verbs != filepath.Join("testdata", "verbs2.txt") || len(c.Actors) != 2 || c.Actors[1] != filepath.Join("testdata", "more.actors.txt") {
		t.Errorf("config = %+v", c)
	}
	if v, ok := c.Get("options", "NEW_ACTOR_LENGTH"); !ok || v != "0" {
		t.Errorf("new_actor_length = %q %v", v, ok)
	}
	o := petrarch.ParseOntology("ontology.txt", mustRead(t, "testdata/ontology.txt"))
	if len(o.Faults) != 0 || len(o.Entries) != 4 {
		t.Fatalf("ontology = %+v", o)
	}
	if e := o.Entries[1]; e.Int != 0x4567-0xFFFF || e.Code != "124" {
		t.Errorf("124 = %+v", e)
	}
	if o.Entries[0].Label != "An invented label" {
		t.Errorf("label = %q", o.Entries[0].Label)
	}
}

func TestConfigRules(t *testing.T) {
	tests := []struct {
		name, ini string
		comma     dict.CommaRule
		missing   string
	}{
		{"no options keep the rules", "[Options]\nnew_actor_length = 0\n", dict.CommaRule{}, ""},
		{"require_dyad off codes a missing target", "[Options]\nrequire_dyad = False\n", dict.CommaRule{}, "---"},
		{"one comma setting keeps the other defaults", "[Options]\ncomma_bmin = 3\n",
			dict.CommaRule{Min: 2, Max: 8, EndMin: 2, EndMax: 8, BeginMin: 1, BeginMax: 0}, ""},
		{"all six settings", "[Options]\ncomma_min = 4\ncomma_max = 6\ncomma_bmin = 3\ncomma_bmax = 6\ncomma_emin = 3\ncomma_emax = 7\n",
			dict.CommaRule{Min: 4, Max: 6, EndMin: 3, EndMax: 7, BeginMin: 3, BeginMax: 6}, ""},
		{"a zero maximum turns its stretch off", "[Options]\ncomma_min = 4\ncomma_max = 0\ncomma_emax = 0\n",
			dict.CommaRule{Min: 1, Max: 0, EndMin: 1, EndMax: 0, BeginMin: 1, BeginMax: 0}, ""},
		{"a value that is no number is ignored", "[Options]\ncomma_min = many\n", dict.CommaRule{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := petrarch.ParseConfig("t.ini", []byte(tt.ini)).Rules(dict.Rules{})
			if r.Comma != tt.comma || r.MissingTarget != tt.missing {
				t.Errorf("comma %+v missing %q, want %+v %q", r.Comma, r.MissingTarget, tt.comma, tt.missing)
			}
		})
	}
}

func TestParse(t *testing.T) {
	f := petrarch.Parse("verbs2.txt", mustRead(t, "testdata/verbs2.txt"))
	if f.Format != petrarch.Verbs2 || f.PVerbs == nil || f.PVerbs.Version != 2 {
		t.Fatalf("Parse = %+v", f)
	}
	if u := petrarch.Parse("x", []byte("{}")); u.Format != petrarch.Unknown || u.Faults() != nil {
		t.Errorf("unknown = %+v", u)
	}
}
