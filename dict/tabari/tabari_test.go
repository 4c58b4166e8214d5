package tabari_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/tabari"
)

// render writes elements compactly: a word's '_' when Exact, '>' when
// joined to the next element, '=' for NoEndings, "{A|B}" for groups.
func render(es []tabari.Elem) string {
	var parts []string
	for _, e := range es {
		var s string
		switch e.Kind {
		case tabari.KindSynset:
			s = "&" + e.Text
		case tabari.KindAlt:
			var alts []string
			for _, a := range e.Alts {
				alts = append(alts, render(a))
			}
			s = "{" + strings.Join(alts, "|") + "}"
		default:
			s = e.Text
		}
		if e.Exact {
			s += "_"
		}
		if e.NoEndings {
			s += "="
		}
		if e.Next {
			s += ">"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// kinds returns "kind@line" for each fault.
func kinds(fs []tabari.Fault) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind.String()+"@"+itoa(f.Line))
	}
	return strings.Join(out, ",")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func TestParsePattern(t *testing.T) {
	tests := []struct {
		in, want, faults string
	}{
		{"* WITH_ +", "* WITH_ +", ""},
		{"WILL_*", "WILL_> *", ""},
		{"SOON~_* ABOUT", "SOON> * ABOUT", ""},
		{"IN_*", "IN_> *", ""},
		{"IN_ *", "IN_ *", ""},
		{"IN *", "IN *", ""},
		{"*_OF_ BACK", "*> OF_ BACK", ""},
		{"$ * + &TALKS", "$ * + &TALKS", ""},
		{"OLD_&BONDS_TREATY", "OLD_> &BONDS> TREATY", ""},
		{"ASK_{ HARBOUR_ | RIVER }_TOLLS", "ASK_> {HARBOUR_|RIVER}> TOLLS", ""},
		{"* FOR { TARIFFS | TRADE_BAN }", "* FOR {TARIFFS|TRADE_> BAN}", ""},
		{"% * ONE_ANOTHER", "% * ONE_> ANOTHER", ""},
		{"* FEAST AT ^ ^ +", "* FEAST AT ^ ^ +", ""},
		{"VETO=", "VETO=", ""},
		{"*~_HARD", "*> HARD", ""},
		{"{ IS | ARE ] * BY_ $", "{IS|ARE} * BY_ $", "bracket@7"},
		{"* IN_ ANGER }", "* IN_ ANGER", "bracket@7"},
		{"{ SHALL | MAY", "{SHALL|MAY}", "bracket@7"},
		{"AT_ _", "AT_", "phrase@7"},
		{"A__B", "A_> B", "phrase@7"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			el, fs := tabari.ParsePattern(tabari.Pos{File: "t", Line: 7}, tt.in)
			if got := render(el); got != tt.want {
				t.Errorf("elems = %q, want %q", got, tt.want)
			}
			if got := kinds(fs); got != tt.faults {
				t.Errorf("faults = %q, want %q", got, tt.faults)
			}
		})
	}
}

func TestActorCodes(t *testing.T) {
	tests := []struct {
		line, codes, faults string
	}{
		{"X [FRDGOV 991201-010114]", "FRDGOV 1999-12-01..2001-01-14", ""},
		{"X [SYL < 950601]", "SYL ..1995-06-01", ""},
		{"X [FRDLEG > 050211]", "FRDLEG 2005-02-11..", ""},
		{"X [SYLMIL  >070201] [---]", "SYLMIL 2007-02-01.. ---", ""},
		{"X [FRDELI 20041207-20091119]", "FRDELI 2004-12-07..2009-11-19", ""},
		{"X [SYLGOV 950601 - 990815]", "SYLGOV 1995-06-01..1999-08-15", ""},
		{"X [- - -]", "---", ""},
		{"X [FRD/SYL]", "FRD/SYL", ""},
		{"X [991201-010114] [A]", "A", "code@1"},
		{"X [A 270101-730101]", "A 2027-01-01..1973-01-01", "date order@1"},
		{"X [A 080601-080631]", "A 2008-06-01..2008-06-31", "calendar date@1"},
		{"X [A 9107153-921221]", "A 1991-07-15..1992-12-21", "date@1"},
		{"X [A 201105011-20120101]", "", "date@1"},
		{"X [A 901301-911221]", "", "date@1"},
		{"X [A 20131204]", "", "date@1"},
		{"X [A", "A", "bracket@1"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			a := tabari.ParseActors("t", []byte(tt.line))
			if len(a.Actors) != 1 {
				t.Fatalf("%d actors", len(a.Actors))
			}
			var got []string
			for _, c := range a.Actors[0].Codes {
				s := c.Value
				switch c.When.Kind {
				case tabari.Before:
					s += " .." + c.When.To.String()
				case tabari.After:
					s += " " + c.When.From.String() + ".."
				case tabari.Between:
					s += " " + c.When.From.String() + ".." + c.When.To.String()
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.codes {
				t.Errorf("codes = %q, want %q", g, tt.codes)
			}
			var fk []string
			for _, f := range a.Faults {
				if f.Kind != tabari.FaultCode || !strings.Contains(f.Msg, "has no code") {
					fk = append(fk, f.Kind.String()+"@"+itoa(f.Line))
				}
			}
			if g := strings.Join(fk, ","); g != tt.faults {
				t.Errorf("faults = %q, want %q (%v)", g, tt.faults, a.Faults)
			}
		})
	}
}

func TestActorFaults(t *testing.T) {
	tests := []struct {
		name, src, faults string
	}{
		{"ampersand", "GRAND_&_PETTY_FENWICK_  [GFW]\n", "synset@1"},
		{"ampersand in a word is fine", "P&Q_WIDGETS_ [MNC]\n", ""},
		{"duplicate", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nFREEDONIA_ [FRD]\n", "duplicate@3"},
		{"duplicate synonym", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n+FREEDONIA_\n", "duplicate@3"},
		{"lost name", "A_ ;x\n\t[FRD]\n  ; source.txt\n\t[SYL]\n", "empty@3"},
		{"orphan date", "\t[FRD]\nA_ [SYL]\n", "orphan@1"},
		{"orphan synonym", "+A_\nB_ [SYL]\n", "orphan@1"},
		{"stray quote", "FIREFLY_\t\"[FRDGOV >330101] [FRDELI];a note\"\n", "stray text@1"},
		{"text after code", "ACME_\t[MNC]\tWidgets\t$100\n", "stray text@1"},
		{"no code", "HEADER LINE\nA_ [FRD]\n", "code@1"},
		{"not utf-8", "CAF\xe9_ [FRD]\n", "encoding@1"},
		{"long line", "A_ [FRD] ;" + strings.Repeat("x", 300) + "\n", "long line@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tabari.ParseActors("t", []byte(tt.src))
			if got := kinds(a.Faults); got != tt.faults {
				t.Errorf("faults = %q, want %q (%v)", got, tt.faults, a.Faults)
			}
		})
	}
}

func TestParseActors(t *testing.T) {
	a := tabari.ParseActors("demo.actors", mustRead(t, "testdata/demo.actors"))
	if len(a.Faults) != 0 {
		t.Fatalf("faults: %v", a.Faults)
	}
	if len(a.Nouns) != 1 || a.Nouns[0].Phrase.Text != "MARMOT_" || a.Nouns[0].Comment != "tst noun" {
		t.Errorf("nouns = %+v", a.Nouns)
	}
	if len(a.Adjectives) != 1 {
		t.Errorf("adjectives = %+v", a.Adjectives)
	}
	if len(a.Actors) != 7 {
		t.Fatalf("%d actors", len(a.Actors))
	}
	fire := a.Actors[3]
	if fire.Phrase.Text != "RUFUS_T._FIREFLY_" || fire.Comment != "leader" || fire.Pos.Line != 10 {
		t.Errorf("firefly = %+v", fire)
	}
	if len(fire.Synonyms) != 1 || render(fire.Synonyms[0].Phrase.Elems) != "FIREFLY_" {
		t.Errorf("synonyms = %+v", fire.Synonyms)
	}
	if len(fire.Codes) != 2 || fire.Codes[0].Value != "FRDGOV" || fire.Codes[0].Pos.Line != 12 || fire.Codes[1].When.Kind != tabari.Always {
		t.Errorf("codes = %+v", fire.Codes)
	}
	on := tabari.Date{Year: 1933, Month: 6, Day: 1}
	if !fire.Codes[0].When.Applies(on) || fire.Codes[0].When.Applies(tabari.Date{Year: 1934, Month: 1, Day: 1}) {
		t.Error("FRDGOV 330101-331231 should apply in 1933 only")
	}
	if got := a.Actors[5].Codes[0].Parts(); len(got) != 2 || got[1] != "SYL" {
		t.Errorf("compound = %v", got)
	}
	if c := a.Actors[6].Codes[0]; c.Value != tabari.DiscardCode || c.When.Kind != tabari.Before {
		t.Errorf("dated discard = %+v", c)
	}
}

func TestParseVerbs(t *testing.T) {
	v := tabari.ParseVerbs("demo.verbs", mustRead(t, "testdata/demo.verbs"))
	if len(v.Faults) != 0 {
		t.Fatalf("faults: %v", v.Faults)
	}
	if len(v.Synsets) != 2 || v.Synsets[0].Name != "COIN" || len(v.Synsets[0].Members) != 3 || !v.Synsets[1].NoPlural {
		t.Errorf("synsets = %+v", v.Synsets)
	}
	if got := render(v.Synsets[1].Members[1].Phrase.Elems); got != "&COIN DISCUSSIONS" {
		t.Errorf("nested synset member = %q", got)
	}
	if len(v.Time) != 2 || len(v.Time[1].Patterns) != 1 {
		t.Fatalf("time = %+v", v.Time)
	}
	if d, ok := v.Time[0].Code.Days(); !ok || d != -14 {
		t.Errorf("LAST_FORTNIGHT = %d, %v", d, ok)
	}
	if len(v.Nouns) != 1 || v.Nouns[0].Comment != "fictional noun" {
		t.Errorf("nouns = %+v", v.Nouns)
	}
	if len(v.Verbs) != 4 {
		t.Fatalf("%d verbs", len(v.Verbs))
	}
	parley := v.Verbs[0]
	if parley.Code.Value != "040" || parley.Comment != "tst 01 Jan 2024" || len(parley.Patterns) != 7 {
		t.Errorf("PARLEY = %+v", parley)
	}
	p := parley.Patterns[1]
	if a, b, ok := p.Code.Paired(); !ok || a != "040" || b != "040" || p.Comment != "paired" || p.Text != "$ AND + *" {
		t.Errorf("paired pattern = %+v", p)
	}
	if got := render(parley.Patterns[2].Elems); got != "* {HARBOUR|PORT_} TALKS" {
		t.Errorf("alternatives = %q", got)
	}
	bomb := v.Verbs[1]
	if len(bomb.Forms) != 2 || bomb.Forms[0].Text != "BOMBARDED_" {
		t.Errorf("forms = %+v", bomb.Forms)
	}
	if bomb.Patterns[1].Code.Value != tabari.NullCode || bomb.Patterns[2].Code.Value != tabari.DiscardCode {
		t.Errorf("special codes = %+v", bomb.Patterns)
	}
	if got := render(v.Verbs[2].Phrase.Elems); got != "HOLD_> TALKS_" {
		t.Errorf("multi-word verb = %q", got)
	}
	if defy := v.Verbs[3]; !defy.Phrase.Elems[0].NoEndings || defy.Patterns[0].Code.Value != "140!" {
		t.Errorf("SCORN = %+v", defy)
	}
	if !strings.HasPrefix(v.Tail, "~~FINISH") {
		t.Errorf("tail = %q", v.Tail)
	}
}

func TestVerbFaults(t *testing.T) {
	tests := []struct {
		name, src, faults string
	}{
		{"orphan pattern", "- * X [010]\nSAY [010]\n", "orphan@1"},
		{"no verb marker", "SAY [010]\n- *TO_WIN [010]\n", "pattern@2"},
		{"undefined synset", "SAY [010]\n- * &NOPE [010]\n", "synset@2"},
		{"no code", "SAY [010]\n- * X\n", "code@2"},
		{"odd code", "SAY [010]\n- * X [O43]\n", "odd code@2"},
		{"two-digit code", "SAY [010]\n- * X [20]\n", "odd code@2"},
		{"duplicate pattern", "SAY [010]\n- * X [020]\n- * X [020] ;again\n", "duplicate@3"},
		{"duplicate verb", "SAY [010]\nSAY [010]\n", "duplicate@2"},
		{"member outside synset", "+DOLLAR\n", "orphan@1"},
		{"unknown section", "<FOO>\n", "syntax@1"},
		{"empty forms", "SAY [010]\n{ }\n", "syntax@2"},
		{"forms orphan", "{ SAID }\n", "orphan@1"},
		{"time code", "<TIME>\nSOON [+x]\n</TIME>\n", "odd code@2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tabari.ParseVerbs("t", []byte(tt.src))
			if got := kinds(v.Faults); got != tt.faults {
				t.Errorf("faults = %q, want %q (%v)", got, tt.faults, v.Faults)
			}
		})
	}
	v := tabari.ParseVerbs("t", []byte("SAY [010]\n- *TO_WIN [010]\n- * &NOPE [010]\n"))
	for _, p := range v.Verbs[0].Patterns {
		if p.Ignored == "" {
			t.Errorf("pattern %q should be Ignored", p.Text)
		}
	}
}

func TestParseAgents(t *testing.T) {
	a := tabari.ParseAgents("demo.agents", mustRead(t, "testdata/demo.agents"))
	if len(a.Faults) != 0 {
		t.Fatalf("faults: %v", a.Faults)
	}
	if len(a.Agents) != 6 || len(a.Subst) != 1 || len(a.Subst[0].Items) != 3 {
		t.Fatalf("agents = %+v, subst = %+v", a.Agents, a.Subst)
	}
	if code, before := a.Agents[1].Affix(); code != "MIL" || before {
		t.Errorf("SOLDIER = %q %v", code, before)
	}
	if code, before := a.Agents[2].Affix(); code != "NGO" || !before {
		t.Errorf("WIDGET_GUILD = %q %v", code, before)
	}
	if p := a.Agents[3].Plural; p == nil || p.Text != "TOWN_CRIERS" {
		t.Errorf("plural = %+v", p)
	}
	if p := a.Agents[4].Plural; p == nil || p.Text != "" {
		t.Errorf("no plural = %+v", p)
	}
	if a.Agents[0].Plural != nil {
		t.Error("GRAND_DUKE_ has no plural given")
	}
	if a.Agents[5].Subst != "KIND" {
		t.Errorf("subst = %q", a.Agents[5].Subst)
	}
	bad := tabari.ParseAgentsAs("t", []byte("A [~ENV}\nB\n!X! C [~GOV]\n"), tabari.PETRARCH)
	if got := kinds(bad.Faults); got != "bracket@1,code@2,synset@3" {
		t.Errorf("faults = %q (%v)", got, bad.Faults)
	}
	if bad.Agents[0].Code.Value != "~ENV}" {
		t.Errorf("PETRARCH kept the brace: %q", bad.Agents[0].Code.Value)
	}
}

func TestParseOptions(t *testing.T) {
	o := tabari.ParseOptions("demo.options", mustRead(t, "testdata/demo.options"))
	if len(o.Faults) != 0 {
		t.Fatalf("faults: %v", o.Faults)
	}
	if len(o.Commands) != 6 || len(o.Labels) != 2 || len(o.Synsets) != 1 {
		t.Fatalf("commands %d, labels %d, synsets %d", len(o.Commands), len(o.Labels), len(o.Synsets))
	}
	c := o.Commands[0]
	if c.Name != "COMPLEX" || len(c.Items) != 3 || c.Items[0] != (tabari.Setting{Name: "CONJ", Value: "3"}) {
		t.Errorf("COMPLEX = %+v", c)
	}
	if v, ok := o.Get("SET", "minimum words"); !ok || v != "6" {
		t.Errorf("SET MINIMUM WORDS = %q %v", v, ok)
	}
	if _, ok := o.Get("SET", "CODE BY SENTENCE"); !ok {
		t.Error("SET: CODE BY SENTENCE not found")
	}
	if v, _ := o.Get("DEFAULT", "SOURCE"); v != "FRD" {
		t.Errorf("DEFAULT SOURCE = %q", v)
	}
	if o.Labels[1].Code != "190" || o.Labels[1].Text != "Trade cannon fire" {
		t.Errorf("label = %+v", o.Labels[1])
	}
	if o.Tail != "~~~~~" {
		t.Errorf("tail = %q", o.Tail)
	}
}

func TestLoad(t *testing.T) {
	s, err := tabari.Load("testdata/demo.project")
	if err != nil {
		t.Fatal(err)
	}
	p := s.Project
	if p.Title == "" || len(p.Actors) != 1 || len(p.Agents) != 1 || len(p.Verbs) != 1 || p.Options == "" {
		t.Fatalf("project = %+v", p)
	}
	if want := filepath.Join("testdata", "demo.actors"); p.Actors[0] != want {
		t.Errorf("actors path = %q, want %q", p.Actors[0], want)
	}
	if len(s.Actors) != 1 || len(s.Agents) != 1 || len(s.Verbs) != 1 || s.Options == nil {
		t.Fatalf("set = %+v", s)
	}
	if f := s.Faults(); len(f) != 0 {
		t.Errorf("faults: %v", f)
	}
	if _, err := tabari.Load("testdata/missing.project"); err == nil {
		t.Error("a missing project should fail")
	}
	bad := tabari.ParseProject("x/p.project", []byte("title\n<actorsfile>\n<verbsfile v.verbs\n<verbsfile> a.verbs <end>\n"))
	if got := kinds(bad.Faults); got != "syntax@2,syntax@3" {
		t.Errorf("faults = %q", got)
	}
	if len(bad.Verbs) != 1 || bad.Verbs[0] != filepath.Join("x", "a.verbs") {
		t.Errorf("verbs = %q", bad.Verbs)
	}
}

func TestDate(t *testing.T) {
	d := tabari.Date{Year: 2008, Month: 6, Day: 31}
	if d.Valid() {
		t.Error("June 31 is not valid")
	}
	if n := d.Normal(); n != (tabari.Date{Year: 2008, Month: 7, Day: 1}) {
		t.Errorf("normal = %v", n)
	}
	if n := (tabari.Date{Year: 2009, Month: 12, Day: 32}).Normal(); n != (tabari.Date{Year: 2010, Month: 1, Day: 1}) {
		t.Errorf("normal = %v", n)
	}
	if !(tabari.Date{Year: 2000, Month: 2, Day: 29}).Valid() || (tabari.Date{Year: 1900, Month: 2, Day: 29}).Valid() {
		t.Error("leap years")
	}
}

func ExampleParseActors() {
	a := tabari.ParseActors("demo.actors", []byte(`FREEDONIA_  [FRD]
RUFUS_T._FIREFLY_  ; leader
+FIREFLY_
	[FRDGOV 330101-331231]
	[FRDELI]
`))
	for _, ac := range a.Actors {
		fmt.Println(ac.Phrase.Text, ac.Pos)
		for _, c := range ac.Codes {
			fmt.Println(" ", c.Raw)
		}
	}
	// Output:
	// FREEDONIA_ demo.actors:1
	//   FRD
	// RUFUS_T._FIREFLY_ demo.actors:2
	//   FRDGOV 330101-331231
	//   FRDELI
}

func TestRulesDefaultPlacesAndComplexity(t *testing.T) {
	tests := []struct {
		opts        string
		late, early bool
		conj        int
	}{
		{"DEFAULT: SOURCE [DS] PRIOR TARGET [DT] AFTER\nCOMPLEX: VERBS[5] CONJ[4]\n", false, false, 4},
		{"DEFAULT: SOURCE [DS] TARGET [DT]\nCOMPLEX: CONJ[4]\nCOMPLEX: VERBS[2]\n", true, true, 0},
	}
	for _, tt := range tests {
		r := tabari.Rules(dict.Rules{}, tabari.ParseOptions("o", []byte(tt.opts)))
		if r.DefaultSource != "DS" || r.DefaultTarget != "DT" || r.DefaultSourceLate != tt.late || r.DefaultTargetEarly != tt.early || r.ComplexConj != tt.conj {
			t.Errorf("%q: got %+v", tt.opts, r)
		}
	}
}
