package coder_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// MustCoder returns a coder over the test dictionary in testdata/mini.txt.
func MustCoder(tb testing.TB) *coder.Coder {
	tb.Helper()
	data, err := os.ReadFile("testdata/mini.txt")
	if err != nil {
		tb.Fatal(err)
	}
	d, err := dict.Load(dict.File{Name: "mini.txt", Data: data})
	if err != nil {
		tb.Fatal(err)
	}
	return coder.New(d)
}

// code codes text published on pub and returns "SRC TGT CODE DATE" lines.
func code(tb testing.TB, c *coder.Coder, pub, text string) []string {
	tb.Helper()
	d, err := time.Parse(time.DateOnly, pub)
	if err != nil {
		tb.Fatal(err)
	}
	evs, err := c.Code(context.Background(), &annals.Document{ID: "t", Date: d, Text: text})
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, e.Source+" "+e.Target+" "+string(e.Code)+" "+e.Date)
	}
	return out
}

// triples codes text as code does and returns its events as "SOURCE
// TARGET CODE", in order.
func triples(tb testing.TB, c *coder.Coder, pub, text string) []string {
	tb.Helper()
	var out []string
	for _, l := range code(tb, c, pub, text) {
		f := strings.Fields(l)
		out = append(out, strings.Join(f[:3], " "))
	}
	return out
}

func TestRules(t *testing.T) {
	c := MustCoder(t)
	tests := []struct {
		name, pub, text string
		want            []string
	}{
		{"title and name compose; counterpart takes the adjective", "2021-04-08",
			"Russian President Vladimir Putin held a telephone conversation with his Azerbaijani counterpart Ilham Aliyev.",
			[]string{"RUSGOV AZEGOV 041 2021-04-08"}},
		{"weekday dates the event", "2021-04-08",
			"Putin held a phone call with Ilham Aliyev on Tuesday.",
			[]string{"RUSGOV AZEGOV 041 2021-04-06"}},
		{"adjunct between pattern words; seat of power is a place here", "2021-04-08",
			"On April 7, Putin held talks in the Kremlin with Armenian Prime Minister Nikol Pashinyan.",
			[]string{"RUSGOV ARMGOV 040 2021-04-07"}},
		{"compound subject without target codes every pair", "2021-04-08",
			"Nikol Pashinyan met voters. Putin, Pashinyan and Ilham Aliyev signed a joint statement on November 9.",
			[]string{"RUSGOV ARMGOV 057 2020-11-09", "RUSGOV AZEGOV 057 2020-11-09", "ARMGOV RUSGOV 057 2020-11-09",
				"ARMGOV AZEGOV 057 2020-11-09", "AZEGOV RUSGOV 057 2020-11-09", "AZEGOV ARMGOV 057 2020-11-09"}},
		{"a surname alone codes nothing before the person is named", "2021-04-08",
			"Pashinyan met Ilham Aliyev.", nil},
		{"agent of a list of countries", "2021-04-08",
			"The press service added that the presidents of Russia and Azerbaijan agreed to intensify contacts.",
			[]string{"RUSGOV AZEGOV 036 2021-04-08", "AZEGOV RUSGOV 036 2021-04-08"}},
		{"adjective and agent: Russian peacekeepers", "2021-04-08",
			"Russian peacekeepers attacked Armenian troops.",
			[]string{"RUSMIL ARMMIL 190 2021-04-08"}},
		{"capitals as metonyms", "2021-04-08",
			"Baku accused Yerevan of shelling.",
			[]string{"AZEGOV ARMGOV 112 2021-04-08"}},
		{"passive voice swaps the roles", "2021-04-08",
			"Armenian troops were attacked by Azerbaijani soldiers.",
			[]string{"AZEMIL ARMMIL 190 2021-04-08"}},
		{"passive without an agent codes nothing", "2021-04-08",
			"Armenian troops were attacked overnight.", nil},
		{"attribution: the speaker is not the source", "2021-04-08",
			"Russia said Azerbaijani soldiers attacked Armenian troops.",
			[]string{"AZEMIL ARMMIL 190 2021-04-08"}},
		{"negation codes nothing", "2021-04-08",
			"Russia did not attack Armenia.", nil},
		{"never attacked", "2021-04-08",
			"Russia has never attacked Armenia.", nil},
		{"nominal event with slots", "2021-04-08",
			"Talks between Armenia and Azerbaijan ended.",
			[]string{"ARM AZE 040 2021-04-08"}},
		{"null pattern blocks a shorter one", "2021-04-08",
			"Armenia met the deadline set by Russia.", nil},
		{"sports result codes nothing", "2021-04-08",
			"Pakistan beat India 3-0 and then Pakistan attacked India.", nil},
		{"discard phrase codes nothing", "2021-04-08",
			"Russia attacked the stock index of the United States.", nil},
		{"person outside the term gets no government code", "2017-06-01",
			"Nikol Pashinyan met Ilham Aliyev.",
			[]string{"ARMOPP AZEGOV 040 2017-06-01"}},
		{"person inside the term", "2019-06-01",
			"Nikol Pashinyan met Ilham Aliyev.",
			[]string{"ARMGOV AZEGOV 040 2019-06-01"}},
		{"role follows the event date, not the publication date", "2019-06-01",
			"Nikol Pashinyan met Ilham Aliyev on May 1, 2018.",
			[]string{"ARMOPP AZEGOV 040 2018-05-01"}},
		{"acronym in capitals only: 'us' is a pronoun", "2021-04-08",
			"Russia attacked us.", nil},
		{"US in capitals is the country", "2021-04-08",
			"Russia attacked US troops.",
			[]string{"RUS USAMIL 190 2021-04-08"}},
		{"relative clause between subject and verb", "2021-04-08",
			"Putin, who had met Armenian leaders, visited Azerbaijan.",
			[]string{"RUSGOV ARMGOV 040 2021-04-08", "RUSGOV AZE 042 2021-04-08"}},
		{"appositive before the verb", "2021-04-08",
			"The Russian army, the peacekeepers, attacked Armenia.",
			[]string{"RUSMIL ARM 190 2021-04-08"}},
		{"a group code that names its sector takes no second agent", "2021-04-08",
			"Al-Shabaab rebels attacked Armenian troops.",
			[]string{"SOMREBSHB ARMMIL 190 2021-04-08"}},
		{"an organisation takes the agent after it", "2021-04-08",
			"UN troops attacked Armenian rebels.",
			[]string{"IGOUNOMIL ARMREB 190 2021-04-08"}},
		{"every comma list without 'and' is split, not only the first", "2021-04-08",
			"Putin, Ilham Aliyev met Armenia, Azerbaijan.",
			[]string{"AZEGOV ARM 040 2021-04-08"}},
		{"former carries through 'of'", "2021-04-08",
			"The former president of Armenia attacked Azerbaijan.",
			[]string{"ARMELI AZE 190 2021-04-08"}},
		{"hyphenated nationalities are a compound", "2021-04-08",
			"Russian-Armenian troops attacked Azerbaijan.",
			[]string{"RUSMIL AZE 190 2021-04-08", "ARMMIL AZE 190 2021-04-08"}},
		{"bare agent without a country", "2021-04-08",
			"Rebels attacked Armenian troops.",
			[]string{"---REB ARMMIL 190 2021-04-08"}},
		{"a place is the target only when the clause names no other actor", "2021-04-08",
			"Russian troops attacked Armenian rebels in Azerbaijan.",
			[]string{"RUSMIL ARMREB 190 2021-04-08"}},
		{"place as the target of last resort", "2021-04-08",
			"Russian activists staged a large protest in Armenia.",
			[]string{"RUSOPP ARM 141 2021-04-08"}},
		{"a country in a list shares the agent after it", "2021-04-08",
			"United States and Russian activists staged a protest in Yerevan.",
			[]string{"USAOPP ARMGOV 141 2021-04-08", "RUSOPP ARMGOV 141 2021-04-08"}},
		{"noun-hyphen-participle is an adjective, not an actor", "2021-04-08",
			"Armenian rebels and government-backed troops attacked Russia.",
			[]string{"ARMREB RUS 190 2021-04-08"}},
		{"a pattern that binds only the source takes the subject as target", "2021-04-08",
			"Armenian activists received weapons from the Russian army.",
			[]string{"RUSMIL ARMOPP 072 2021-04-08"}},
		{"agent of a group that has its own agent", "2021-04-08",
			"Russia attacked soldiers of the Armenian army.",
			[]string{"RUS ARMMIL 190 2021-04-08"}},
		{"a fronted clause before the subject", "2021-04-08",
			"Before leaving for Armenia, Putin met Ilham Aliyev.",
			[]string{"RUSGOV AZEGOV 040 2021-04-08"}},
		{"a participle after a determiner is no verb", "2021-04-08",
			"Russia hosted the attacked Armenian leaders.", nil},
		{"a title before a shared surname picks the namesake in office", "2012-06-01",
			"President Petrov met Ilham Aliyev.",
			[]string{"RUSGOV AZEGOV 040 2012-06-01"}},
		{"a title before a surname nobody holds office under codes the title alone", "2007-06-01",
			"President Petrov met Ilham Aliyev.",
			[]string{"---GOV AZEGOV 040 2007-06-01"}},
		{"a capitalised word after the surname makes it a first name", "2012-06-01",
			"President Petrov Smith met Ilham Aliyev.",
			[]string{"---GOV AZEGOV 040 2012-06-01"}},
		{"non- and anti- words name no actor", "2021-04-08",
			"Anti-government activists attacked Russian troops.",
			[]string{"---OPP RUSMIL 190 2021-04-08"}},
		{"leading modifiers belong to the mention, so a slot starts there", "2021-04-08",
			"Russian troops attacked the two exiled rebels.",
			[]string{"RUSMIL ---REB 190 2021-04-08"}},
		{"a participle verb is no leading modifier", "2021-04-08",
			"Azerbaijan detained Armenian activists.",
			[]string{"AZE ARMOPP 173 2021-04-08"}},
		{"a hyphenated participle between 'from' and the country", "2021-04-08",
			"Putin met activists from army-ruled Armenia.",
			[]string{"RUSGOV ARMOPP 040 2021-04-08"}},
		{"passive agent inside the match; the urged act is no event", "2021-04-08",
			"Ilham Aliyev was pressured by Putin to attack Armenia.",
			[]string{"RUSGOV AZEGOV 170 2021-04-08"}},
		{"what an appeal asks for is no event of its own", "2021-04-08",
			"Putin urged Ilham Aliyev to attack Armenia.",
			[]string{"RUSGOV AZEGOV 020 2021-04-08"}},
		{"a purpose clause after a visit is an event", "2021-04-08",
			"Putin visited Armenia to meet Nikol Pashinyan.",
			[]string{"RUSGOV ARM 042 2021-04-08", "RUSGOV ARMGOV 040 2021-04-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, c, tt.pub, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestPlannedEvent(t *testing.T) {
	c := MustCoder(t)
	d, _ := time.Parse(time.DateOnly, "2021-04-08")
	evs, err := c.Code(context.Background(), &annals.Document{ID: "t", Date: d, Text: "Putin will visit Armenia next week."})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	e := evs[0]
	if !e.Planned || e.Date <= "2021-04-08" {
		t.Errorf("future visit: planned=%v date=%s; want planned and dated after publication", e.Planned, e.Date)
	}
}

func TestEventFields(t *testing.T) {
	c := MustCoder(t)
	d, _ := time.Parse(time.DateOnly, "2021-04-08")
	text := "Intro line here.\nRussia attacked Armenia on Tuesday.\nBased on materials from TASS"
	evs, err := c.Code(context.Background(), &annals.Document{ID: "x", Date: d, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if got := text[e.Start:e.End]; got != "Russia attacked Armenia on Tuesday." {
		t.Errorf("evidence offsets give %q", got)
	}
	checks := []struct{ name, got, want string }{
		{"sentence", strconv.Itoa(e.Sentence), "1"},
		{"root", e.Root, "19"},
		{"quad", strconv.Itoa(e.Quad), "4"},
		{"source_text", e.SourceText, "Russia"},
		{"target_text", e.TargetText, "Armenia"},
		{"verb_text", e.VerbText, "attacked Armenia"},
		{"original_source", e.OriginalSource, "TASS"},
		{"date", e.Date, "2021-04-06"},
		{"date_text", e.DateText, "on Tuesday"},
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("%s = %q, want %q", ck.name, ck.got, ck.want)
		}
	}
	if e.Goldstein != -10 {
		t.Errorf("goldstein = %v, want -10", e.Goldstein)
	}
	if !strings.Contains(e.Pattern, "mini.txt:") || !strings.Contains(e.Pattern, "ATTACK +") {
		t.Errorf("pattern = %q, want file:line and the pattern", e.Pattern)
	}
}

func TestExplainSaysWhy(t *testing.T) {
	c := MustCoder(t)
	d, _ := time.Parse(time.DateOnly, "2021-04-08")
	_, ex, err := c.Explain(context.Background(), &annals.Document{ID: "x", Date: d, Text: "Russia did not attack Armenia. The weather was fine."})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := ex.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"negated verb", "no verb pattern matched", "country RUS", "ATTACK +"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("explanation lacks %q:\n%s", want, b.String())
		}
	}
}

func TestEmptyDocument(t *testing.T) {
	c := MustCoder(t)
	_, err := c.Code(context.Background(), &annals.Document{ID: "e"})
	if annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("empty document: err %v, want EINVALID", err)
	}
}

func TestFormerTitle(t *testing.T) {
	c := MustCoder(t)
	got := code(t, c, "2021-04-08", "Former Russian President Boris Yeltsin attacked Armenia.")
	want := []string{"RUSELI ARM 190 2021-04-08"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCodeDocument(t *testing.T) {
	c := MustCoder(t)
	d, _ := time.Parse(time.DateOnly, "2021-04-08")
	doc := &annals.Document{ID: "x", Date: d, Text: "Russia attacked Armenia. The weather was fine.\nBased on materials from TASS"}
	out, err := c.CodeDocument(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Sentences) != 2 || out.Sentences[1].Text != "The weather was fine." || len(out.Events) != 1 {
		t.Errorf("sentences %+v, events %d", out.Sentences, len(out.Events))
	}
	if out.ContentHash == "" || out.DictVersion == "" {
		t.Errorf("hash %q, dictionary version %q", out.ContentHash, out.DictVersion)
	}
	doc2 := *doc
	doc2.Text += "."
	if coder.ContentHash(&doc2) == out.ContentHash {
		t.Error("a changed text keeps its content hash")
	}
}

// places is a test gazetteer.
type places map[string]annals.Place

func (p places) Lookup(name, country string) (annals.Place, bool) {
	pl, ok := p[name]
	return pl, ok
}

func TestLocation(t *testing.T) {
	c := MustCoder(t).WithPlaces(places{
		"Moscow":  {Name: "Moscow", Country: "RUS", Lat: 55.76, Lon: 37.62, Precision: "city"},
		"Armenia": {Name: "Armenia", Country: "ARM", Lat: 40.18, Lon: 44.51, Precision: "country"},
	})
	tests := []struct{ text, want string }{
		{"Putin held talks in the Kremlin with Ilham Aliyev.", "Moscow RUS"},
		{"Russian troops attacked Azerbaijani rebels in Armenia.", "Armenia ARM"},
		{"Moscow accused Baku.", ""}, // a metonym, not a place
		{"Putin met Ilham Aliyev.", ""},
	}
	for _, tt := range tests {
		if got := locationOf(t, c, tt.text); got != tt.want {
			t.Errorf("%s: location %q, want %q", tt.text, got, tt.want)
		}
	}
}

// listed is a test gazetteer that can list its names.
type listed struct{ places }

func (l listed) Phrases(fn func(string, annals.Place)) {
	for name, p := range l.places {
		fn(name, p)
	}
}

func TestLocationByPlaceName(t *testing.T) {
	c := MustCoder(t).WithPlaces(listed{places{
		"Zurich":  {Name: "Zurich", Country: "CHE", Lat: 47.37, Lon: 8.54, Precision: "city"},
		"Reading": {Name: "Reading", Country: "GBR", Lat: 51.45, Lon: -0.97, Precision: "city"},
	}})
	tests := []struct{ text, want string }{
		{"Putin met Ilham Aliyev in Zurich.", "Zurich CHE"},
		{"In Zurich on Monday, Putin met Ilham Aliyev.", "Zurich CHE"},
		{"Putin met Ilham Aliyev in reading rooms.", ""}, // not a name: no capital
		{"Putin met Ilham Aliyev.", ""},
	}
	for _, tt := range tests {
		if got := locationOf(t, c, tt.text); got != tt.want {
			t.Errorf("%s: location %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLocationIsNoParticipant(t *testing.T) {
	c := MustCoder(t).WithPlaces(places{
		"Armenia":    {Name: "Armenia", Country: "ARM", Precision: "country"},
		"Azerbaijan": {Name: "Azerbaijan", Country: "AZE", Precision: "country"},
	})
	for _, text := range []string{
		"Russian troops in Armenia attacked Azerbaijan.", // where the source is stationed
		"Russia visited Armenia.",                        // the target
	} {
		if got := locationOf(t, c, text); got != "" {
			t.Errorf("%s: location %q, want none", text, got)
		}
	}
}

// locationOf codes text published on 2021-04-08 and returns "NAME COUNTRY" of
// its first event's location, or "" when it has none.
func locationOf(tb testing.TB, c *coder.Coder, text string) string {
	tb.Helper()
	d, _ := time.Parse(time.DateOnly, "2021-04-08")
	evs, err := c.Code(context.Background(), &annals.Document{ID: "loc", Date: d, Text: text})
	if err != nil || len(evs) == 0 {
		tb.Fatalf("%s: %v, %d events", text, err, len(evs))
	}
	if l := evs[0].Location; l != nil {
		return l.Name + " " + l.Country
	}
	return ""
}

func TestDateline(t *testing.T) {
	c := MustCoder(t).WithPlaces(places{
		"Moscow":        {Name: "Moscow", Country: "RUS", Precision: "city"},
		"Kyiv, Ukraine": {Name: "Kyiv", Country: "UKR", Precision: "city"},
		"Zurich":        {Name: "Zurich", Country: "CHE", Precision: "city"},
		"Nowhere Else":  {Name: "Nowhere Else", Country: "XXX", Precision: "city"},
		"Armenia":       {Name: "Armenia", Country: "ARM", Precision: "country"},
	})
	pub, _ := time.Parse(time.DateOnly, "2021-04-08")
	tests := []struct {
		name, text                  string
		dateline, place, date, from string // from: what placed the first event
		eventPlace                  string
	}{
		{name: "credit with date", text: "MOSCOW, April 8 (TASS) - Putin met Ilham Aliyev.",
			dateline: "MOSCOW, April 8", place: "Moscow", date: "2021-04-08", from: "dateline", eventPlace: "Moscow"},
		{name: "qualifier", text: "KYIV, Ukraine -- Putin met Ilham Aliyev yesterday.",
			dateline: "KYIV, Ukraine", place: "Kyiv"}, // neither party is Ukrainian
		{name: "the sentence's own place wins", text: "MOSCOW (Reuters) - Putin met Ilham Aliyev in Armenia.",
			dateline: "MOSCOW", place: "Moscow", from: "sentence", eventPlace: "Armenia"},
		{name: "an event long before the report keeps no place", text: "MOSCOW (Reuters) - Putin met Ilham Aliyev on November 9, 2020.",
			dateline: "MOSCOW", place: "Moscow"},
		{name: "a planned event keeps no place", text: "MOSCOW (Reuters) - Putin will meet Ilham Aliyev next week.",
			dateline: "MOSCOW", place: "Moscow"},
		{name: "an unknown place", text: "ATLANTIS (Reuters) - Putin met Ilham Aliyev.", dateline: "ATLANTIS"},
		{name: "no party of the dateline's country", text: "ZURICH (Reuters) - Putin met Ilham Aliyev.", dateline: "ZURICH", place: "Zurich"},
		{name: "material conflict happens where the fighting is", text: "MOSCOW (Reuters) - Russian troops attacked Azerbaijani rebels.",
			dateline: "MOSCOW", place: "Moscow"},
		{name: "no dateline", text: "Putin met Ilham Aliyev."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &annals.Document{ID: "d", Date: pub, Text: tt.text}
			out, err := c.CodeDocument(context.Background(), doc)
			if err != nil || len(out.Events) == 0 {
				t.Fatalf("%v, %d events", err, len(out.Events))
			}
			var text, place, date string
			if d := out.Dateline; d != nil {
				text, date = d.Text, d.Date
				if d.Place != nil {
					place = d.Place.Name
				}
			}
			if text != tt.dateline || place != tt.place || date != tt.date {
				t.Errorf("dateline %q place %q date %q, want %q %q %q", text, place, date, tt.dateline, tt.place, tt.date)
			}
			e := out.Events[0]
			var from, ep string
			if e.Location != nil {
				from, ep = e.Location.From, e.Location.Name
			}
			if from != tt.from || ep != tt.eventPlace {
				t.Errorf("event location %q from %q, want %q from %q", ep, from, tt.eventPlace, tt.from)
			}
			if e.Story != "d" || e.Mentions != 1 || e.Articles != 1 || e.Sources != 1 {
				t.Errorf("story %q mentions %d articles %d sources %d, want d 1 1 1", e.Story, e.Mentions, e.Articles, e.Sources)
			}
		})
	}
}

func TestUnlistedPlaces(t *testing.T) {
	village := annals.Place{Name: "Nova Selo", Country: "UKR", Precision: "city"}
	c := MustCoder(t).WithPlaces(listed{places{"Zurich": {Name: "Zurich", Country: "CHE", Precision: "city"}}}).
		WithUnlistedPlaces(places{"Nova Selo": village, "Moscow": {Name: "Moscow (imported)", Country: "RUS"}})
	tests := []struct{ text, want string }{
		{"Putin met Ilham Aliyev in Nova Selo.", "Nova Selo UKR"},
		{"Putin met Ilham Aliyev in Zurich.", "Zurich CHE"}, // the listed gazetteer first
		{"Putin met Ilham Aliyev in Nova Selo Square.", "Nova Selo UKR"},
		{"Putin met Ilham Aliyev in Unknown Town.", ""},
	}
	for _, tt := range tests {
		if got := locationOf(t, c, tt.text); got != tt.want {
			t.Errorf("%s: location %q, want %q", tt.text, got, tt.want)
		}
	}
}
