package dict_test

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/cameo"
	"github.com/annals-dev/annals/dict"
)

func load(tb testing.TB, src string) (*dict.Dictionary, error) {
	tb.Helper()
	return dict.Load(dict.File{Name: "t.txt", Data: []byte(src)})
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown entry", "nation RUS\n    name Russia\n", "t.txt:1: unknown entry \"nation\""},
		{"field outside entry", "    name Russia\n", "t.txt:1: indented field outside an entry"},
		{"bad country code", "country Russia\n    name Russia\n", "t.txt:1: country code \"Russia\""},
		{"bad country field", "country RUS\n    nmae Russia\n", "t.txt:2: country field \"nmae\""},
		{"bad role date", "person\n    name Ann Example\n    role RUSGOV 2020-13-01 -\n", "t.txt:3: role from: date \"2020-13-01\""},
		{"role ends before it starts", "person\n    name Ann Example\n    role RUSGOV 2020-01-01 2019-01-01\n", "t.txt:3: role ends"},
		{"role without dates", "person\n    name Ann Example\n    role RUSGOV\n", "t.txt:3: role \"RUSGOV\": want CODE FROM TO"},
		{"person without name", "person\n    alias Example\n", "t.txt:1: person without a name"},
		{"bad verb code", "verb 999\n    pattern ATTACK +\n", "t.txt:1: verb code \"999\""},
		{"unclosed bracket", "verb 190\n    pattern ATTACK (the|a +\n", "t.txt:2: pattern \"ATTACK (the|a +\": unclosed \"(\""},
		{"slots only", "verb 190\n    pattern $ * +\n", "t.txt:2:"},
		{"gap at the end", "verb 190\n    pattern ATTACK *\n", "cannot start or end with *"},
		{"forms lemma lower case", "forms hold\n    is held\n", "t.txt:1: forms \"hold\""},
		{"invalid UTF-8", "country RUS\n    name Ru\xffssia\n", "t.txt:2: invalid UTF-8"},
		{"several problems are all reported", "nation X\nverb 999\n", "t.txt:2: verb code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	d, err := load(t, `# a comment
country ARM   # trailing comment
    name       Armenia | Republic of Armenia
    adjective  Armenian
    capital    Yerevan

person
    name   Nikol Pashinyan
    alias  Pashinyan
    role   ARMGOV 2018-05-08 -
    role   ARMOPP 2008-01-01 2018-05-07
    code   ARMELI

verb 040
    pattern  MEET [with] +
    pattern  HOLD talks with +
forms HOLD
    is hold | holds | held | holding
discard
    phrase stock index | box office
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Actors.Get([]string{"republic", "of", "armenia"}); len(got) != 1 || got[0].Code != "ARM" {
		t.Errorf("Republic of Armenia: %+v", got)
	}
	if got := d.Actors.Get([]string{"yerevan"}); len(got) != 1 || got[0].Kind != dict.KindCapital {
		t.Errorf("Yerevan: %+v", got)
	}
	p := d.Persons[0]
	for _, tc := range []struct {
		day  string
		want string
	}{{"2017-06-01", "ARMOPP"}, {"2018-05-07", "ARMOPP"}, {"2018-05-08", "ARMGOV"}, {"2026-01-01", "ARMGOV"}, {"2000-01-01", "ARMELI"}} {
		d, _ := dict.ParseDate(tc.day)
		if got, _ := p.CodeOn(d); got != tc.want {
			t.Errorf("Pashinyan on %s: %s, want %s", tc.day, got, tc.want)
		}
	}
	if p.Surname != "pashinyan" || len(d.Surnames["pashinyan"]) != 1 {
		t.Errorf("surname %q", p.Surname)
	}
	if len(d.Patterns) != 2 || len(d.Candidates("held")) != 1 || len(d.Candidates("meets")) != 1 {
		t.Errorf("patterns %d, candidates for held %v, meets %v", len(d.Patterns), d.Candidates("held"), d.Candidates("meets"))
	}
	if got := d.Discards.Get([]string{"box", "office"}); len(got) != 1 || got[0].Line != 20 {
		t.Errorf("discard box office: %+v", got)
	}
	s := d.Stats()
	if s.Countries != 1 || s.Persons != 1 || s.Roles != 2 || s.Patterns != 2 || s.VerbCodes != 1 || s.Discards != 2 {
		t.Errorf("stats %+v", s)
	}
}

func TestConflictWarnings(t *testing.T) {
	d, err := load(t, "country GEO\n    name Georgia\ncountry USA\n    city Georgia\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Error(), "t.txt:4") {
		t.Errorf("warnings %v", d.Warnings)
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"attack", []string{"attack", "attacks", "attacked", "attacking"}},
		{"sign", []string{"sign", "signs", "signed", "signing"}},
		{"accuse", []string{"accuse", "accuses", "accused", "accusing"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"ban", []string{"ban", "bans", "banned", "banning"}},
		{"criticize", []string{"criticizes", "criticized", "criticizing"}},
		{"agree", []string{"agrees", "agreed", "agreeing"}},
		{"reach", []string{"reaches", "reached"}},
		{"veto", []string{"vetoes", "vetoed"}},
		{"stay", []string{"stays", "stayed", "staying"}},
		{"panic", []string{"panicked", "panicking"}},
	}
	for _, tt := range tests {
		got := dict.Inflect(tt.base)
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("Inflect(%q) = %v, lacks %q", tt.base, got, w)
			}
		}
	}
}

func TestTrieLongestMatch(t *testing.T) {
	tr := dict.NewTrie[string]()
	tr.Insert([]string{"united"}, "a")
	tr.Insert([]string{"united", "states"}, "b")
	toks := []string{"united", "states", "army"}
	var got []string
	tr.Match(len(toks), func(i int) string { return toks[i] }, func(n int, v []string) bool {
		got = append(got, v[0])
		return true
	})
	if strings.Join(got, ",") != "a,b" {
		t.Errorf("matches %v, want a,b (shortest first)", got)
	}
}

// TestBuiltin checks the dictionaries we ship: every file parses without a
// warning, every code is well formed, and the counts hold their floors.
func TestBuiltin(t *testing.T) {
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range d.Warnings {
		t.Errorf("built-in warning: %v", w)
	}
	for _, p := range d.Patterns {
		if !p.Null() && !cameo.Valid(p.Code) {
			t.Errorf("%s: pattern code %s is not a CAMEO code", p.Src, p.Code)
		}
	}
	roots := map[string]bool{}
	for _, p := range d.Patterns {
		roots[cameo.RootOf(p.Code)] = true
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !roots[root] {
			t.Errorf("no verb pattern for CAMEO root %s", root)
		}
	}
	for _, p := range d.Persons {
		for i, a := range p.Roles {
			if _, ok := d.Countries[a.Code[:3]]; !ok && !strings.HasPrefix(a.Code, "IGO") && !strings.HasPrefix(a.Code, "NGO") {
				t.Errorf("%s: role code %s has no country %s", a.Src, a.Code, a.Code[:3])
			}
			for _, b := range p.Roles[i+1:] {
				if a.Code != b.Code && a.From <= b.To && b.From <= a.To && a.From != b.To && b.From != a.To {
					t.Errorf("%s and %s: %s holds %s and %s over overlapping terms", a.Src, b.Src, p.Name, a.Code, b.Code)
				}
			}
		}
	}
	s := d.Stats()
	t.Logf("built-in: %+v", s)
	floors := []struct {
		what      string
		got, want int
	}{
		{"states and territories", s.Countries, 250}, {"organisations", s.Organisations, 150}, {"people", s.Persons, 2500},
		{"verb patterns", s.Patterns, 3000}, {"event codes with patterns", s.VerbCodes, 250},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s: %d, floor %d", f.what, f.got, f.want)
		}
	}
}

// TestSpotChecks are facts the built-in dictionaries must get right.
func TestSpotChecks(t *testing.T) {
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	person := func(name string) *dict.Person {
		for _, p := range d.Persons {
			if strings.EqualFold(p.Name, name) {
				return p
			}
		}
		for _, e := range d.Actors.Get(strings.Fields(strings.ToLower(name))) {
			if e.Person != nil {
				return e.Person
			}
		}
		t.Fatalf("no person %q", name)
		return nil
	}
	tests := []struct {
		name, day, want string
	}{
		{"Vladimir Putin", "2021-04-08", "RUSGOV"},
		{"Ilham Aliyev", "2021-04-08", "AZEGOV"},
		{"Nikol Pashinyan", "2019-01-01", "ARMGOV"},
		{"Nikol Pashinyan", "2017-01-01", "ARMOPP"},
		{"Joe Biden", "2021-01-19", "USAELI"},
		{"Joe Biden", "2021-01-21", "USAGOV"},
		{"Donald Trump", "2021-01-19", "USAGOV"},
		// The UK head of government on 2022-10-01 and 2022-11-01.
		{"Liz Truss", "2022-10-01", "GBRGOV"},
		{"Liz Truss", "2022-11-01", "GBRELI"},
		{"Rishi Sunak", "2022-11-01", "GBRGOV"},
		// Armenia's prime minister in 2017 and in 2019.
		{"Karen Karapetyan", "2017-06-01", "ARMGOV"},
		{"Karen Karapetyan", "2019-06-01", "ARMELI"},
	}
	for _, tt := range tests {
		day, _ := dict.ParseDate(tt.day)
		if got, _ := person(tt.name).CodeOn(day); got != tt.want {
			t.Errorf("%s on %s: %q, want %q", tt.name, tt.day, got, tt.want)
		}
	}
}

func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"country RUS\n    name Russia | Russian Federation\n    adjective Russian\n",
		"person\n    name Ann Example\n    role RUSGOV 2020-01-01 -\n    code RUSELI\n",
		"verb 041\n    pattern HOLD (a|an) [phone|telephone] call with +\n    pattern talks between $ and +\n",
		"forms HOLD\n    is hold | held\ndiscard\n    phrase box office\n",
		"agent GOV\n    noun president | presidents\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := dict.Load(dict.File{Name: "f.txt", Data: []byte(src)})
		if err != nil {
			if !strings.Contains(err.Error(), "f.txt:") {
				t.Errorf("error without file:line: %v", err)
			}
			return
		}
		d.Stats()
	})
}
