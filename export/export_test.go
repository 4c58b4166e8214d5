package export_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/cameo"
	"github.com/annals-dev/annals/export"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// MustEvent returns an event with the code's root, quad class and Goldstein
// weight filled in from the CAMEO table, as the coder fills them.
func MustEvent(tb testing.TB, e annals.Event) annals.Event {
	tb.Helper()
	c, ok := cameo.Lookup(string(e.Code))
	if !ok {
		tb.Fatalf("code %q is not in the CAMEO table", e.Code)
	}
	e.Root, e.Quad, e.Goldstein = c.Root, c.Quad, c.Goldstein
	return e
}

// testEvents are events of invented stories, written for these tests. They
// cover every field, an event of each kind of actor code, a code PLOVER
// drops, text that needs quoting in CSV, escaping in JSON and cleaning in
// GDELT, and places at several precisions.
func testEvents(tb testing.TB) []annals.Event {
	tb.Helper()
	return []annals.Event{
		MustEvent(tb, annals.Event{
			Doc: "wire-0001", Sentence: 0, Date: "2021-04-08", DatePrecision: annals.PrecisionDay,
			Source: "RUSGOV", Target: "AZEGOV", Code: "041",
			SourceText: "Vladimir Putin", TargetText: "Ilham Aliyev", VerbText: "held a telephone conversation",
			Start: 0, End: 118, Pattern: "verbs.txt:12 TELEPHONE",
			Location: &annals.Place{Name: "Moscow", Country: "RS", ADM1: "RS48", Lat: 55.7558, Lon: 37.6173, Precision: "city", From: "sentence"},
			Story:    "wire-0001", Mentions: 3, Articles: 2, Sources: 2, // reported by a copy too, twice
		}),
		MustEvent(tb, annals.Event{
			Doc: "wire-0001", Sentence: 2, Date: "2021-04-09", DatePrecision: annals.PrecisionDay,
			DateText: "on Friday", Planned: true,
			Source: "---GOV", Target: "IGOUNO", Code: "0311",
			SourceText: `the "interim" government, in Baku`, TargetText: "United Nations\tagencies",
			VerbText: "will work with <the> UN & partners", Start: 260, End: 371,
			Pattern: "verbs.txt:40 WORK WITH", OriginalSource: "TASS",
		}),
		MustEvent(tb, annals.Event{
			Doc: "wire-0002", Sentence: 1, Date: "2021-03-01", DatePrecision: annals.PrecisionMonth,
			DateText: "in March", Source: "USA", Code: "010",
			SourceText: "Washington", VerbText: "said", Start: 80, End: 140,
			Pattern: "verbs.txt:3 SAY",
		}),
		MustEvent(tb, annals.Event{
			Doc: "wire-0003", Sentence: 5, Date: "2021-12-31", DatePrecision: annals.PrecisionDay,
			Source: "SYRMIL", Target: "SYRREB", Code: "1951",
			SourceText: "government aircraft", TargetText: "rebel positions", VerbText: "struck\nwith guided bombs",
			Start: 900, End: 1010, Pattern: "verbs.txt:77 STRIKE WITH GUIDED",
			Location: &annals.Place{Name: "Syria", Country: "SY", Lat: 35, Lon: 38, Precision: "country"},
		}),
		MustEvent(tb, annals.Event{
			Doc: "wire-0004", Sentence: 0, Date: "2020-02-29", DatePrecision: annals.PrecisionDay,
			Source: "NGOHRI", Target: "USAGOVMOS", Code: "145",
			SourceText: "Amnesty activists", TargetText: "the Muslim caucus", VerbText: "rioted",
			Start: 0, End: 64, Pattern: "verbs.txt:101 RIOT",
			Location: &annals.Place{Name: "Texas", Country: "US", ADM1: "USTX", Lat: 31.25, Lon: -99.25, Precision: "adm1"},
		}),
		MustEvent(tb, annals.Event{
			Doc: "wire-0005", Sentence: 3, Date: "2019-01-01", DatePrecision: annals.PrecisionYear,
			Source: "FRAGOV", Target: "MDG", Code: "043",
			SourceText: "Paris", TargetText: "Madagascar's envoy", VerbText: "hosted",
			Start: 300, End: 360, Pattern: "verbs.txt:20 HOST",
			Location: &annals.Place{Name: "Saint-Denis, Réunion"},
		}),
	}
}

// write writes events in the format and returns the output.
func write(tb testing.TB, f export.Format, opt export.Options, events []annals.Event) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w, err := export.NewWithOptions(f, &buf, opt)
	if err != nil {
		tb.Fatal(err)
	}
	for i := range events {
		if err := w.Write(&events[i]); err != nil {
			tb.Fatalf("write event %d: %v", i, err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func sourceURL(doc string) string { return "https://example.org/news/" + doc }

func TestFormats(t *testing.T) {
	want := []export.Format{export.GDELT, export.CSV, export.JSONL, export.PLOVER, export.Parquet}
	if got := export.Formats(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Formats() = %v, want %v", got, want)
	}
	for _, f := range want {
		w, err := export.New(f, new(bytes.Buffer))
		if err != nil {
			t.Fatalf("New(%q): %v", f, err)
		}
		if err := w.Close(); err != nil {
			t.Errorf("%s: Close: %v", f, err)
		}
		ev := testEvents(t)[0]
		if err := w.Write(&ev); err == nil {
			t.Errorf("%s: Write after Close succeeded", f)
		}
		if err := w.Close(); err == nil {
			t.Errorf("%s: second Close succeeded", f)
		}
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := export.New("xlsx", new(bytes.Buffer))
	if annals.ErrorCode(err) != annals.EINVALID {
		t.Fatalf("New(xlsx): error %v, want an %s error", err, annals.EINVALID)
	}
	if !strings.Contains(err.Error(), "gdelt, csv, jsonl, plover, parquet") {
		t.Errorf("error %q does not list the formats", err)
	}
}

// A malformed date is refused where the format needs the date, and nothing
// of the event is written.
func TestBadDate(t *testing.T) {
	for _, f := range []export.Format{export.GDELT, export.Parquet} {
		var buf bytes.Buffer
		w, err := export.New(f, &buf)
		if err != nil {
			t.Fatal(err)
		}
		ev := testEvents(t)[0]
		ev.Date = "8 April 2021"
		if err := w.Write(&ev); annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("%s: Write: error %v, want an %s error", f, err, annals.EINVALID)
		}
		good := testEvents(t)[1]
		if err := w.Write(&good); err != nil {
			t.Errorf("%s: Write after a refused event: %v", f, err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if f == export.GDELT && bytes.Count(buf.Bytes(), []byte("\n")) != 1 {
			t.Errorf("gdelt: want only the good event's row, got:\n%s", buf.Bytes())
		}
	}
}

func TestEventID(t *testing.T) {
	events := testEvents(t)
	seen := make(map[int64]int)
	for i := range events {
		e := &events[i]
		h := fnv.New64a()
		for _, f := range []string{e.Doc, strconv.Itoa(e.Sentence), e.Source, e.Target, string(e.Code)} {
			h.Write([]byte(f))
			h.Write([]byte{0})
		}
		want := int64(h.Sum64() &^ (1 << 63))
		if got := export.EventID(e); got != want {
			t.Errorf("event %d: EventID = %d, want %d", i, got, want)
		}
		if id := export.EventID(e); id <= 0 {
			t.Errorf("event %d: EventID = %d, want a positive id", i, id)
		}
		if j, dup := seen[export.EventID(e)]; dup {
			t.Errorf("events %d and %d share an id", j, i)
		}
		seen[export.EventID(e)] = i
	}
	// Fields outside the five do not change the id; the field boundaries do.
	a := events[0]
	b := a
	b.Pattern, b.Date, b.VerbText = "other", "1999-01-01", "other"
	if export.EventID(&a) != export.EventID(&b) {
		t.Error("EventID depends on fields other than doc, sentence, source, target and code")
	}
	c := a
	c.Source, c.Target = "RUSGOVAZE", "GOV"
	if export.EventID(&a) == export.EventID(&c) {
		t.Error("EventID does not separate its fields")
	}
}

func TestGDELT(t *testing.T) {
	events := testEvents(t)
	out := write(t, export.GDELT, export.Options{SourceURL: sourceURL}, events)
	if len(export.GDELTColumns) != 61 {
		t.Fatalf("GDELTColumns has %d names, want 61", len(export.GDELTColumns))
	}
	col := make(map[string]int)
	for i, name := range export.GDELTColumns {
		if _, dup := col[name]; dup {
			t.Fatalf("GDELTColumns names %s twice", name)
		}
		col[name] = i
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(events) {
		t.Fatalf("%d rows, want %d:\n%s", len(lines), len(events), out)
	}
	rows := make([][]string, len(lines))
	for i, line := range lines {
		rows[i] = strings.Split(line, "\t")
		if len(rows[i]) != 61 {
			t.Fatalf("row %d has %d columns, want 61: %q", i, len(rows[i]), line)
		}
	}

	// The first event, column by column.
	want := map[string]string{
		"GLOBALEVENTID": strconv.FormatInt(export.EventID(&events[0]), 10),
		"SQLDATE":       "20210408", "MonthYear": "202104", "Year": "2021",
		"FractionDate": "2021.2685", // (3*30 + 8) / 365
		"Actor1Code":   "RUSGOV", "Actor1Name": "Vladimir Putin", "Actor1CountryCode": "RUS",
		"Actor1Type1Code": "GOV",
		"Actor2Code":      "AZEGOV", "Actor2Name": "Ilham Aliyev", "Actor2CountryCode": "AZE",
		"Actor2Type1Code": "GOV",
		"IsRootEvent":     "1", "EventCode": "041", "EventBaseCode": "041", "EventRootCode": "04",
		"QuadClass": "1", "GoldsteinScale": "1",
		"NumMentions": "3", "NumSources": "2", "NumArticles": "2",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Moscow", "ActionGeo_CountryCode": "RS",
		"ActionGeo_ADM1Code": "RS48", "ActionGeo_Lat": "55.7558", "ActionGeo_Long": "37.6173",
		"DATEADDED": "20210408000000", "SOURCEURL": "https://example.org/news/wire-0001",
	}
	for i, name := range export.GDELTColumns {
		if got := rows[0][i]; got != want[name] { // a name not in want must be empty
			t.Errorf("row 0: %s = %q, want %q", name, got, want[name])
		}
	}

	// Selected columns of the others.
	checks := []struct {
		row        int
		name, want string
	}{
		{1, "Actor1Code", "GOV"}, // "---GOV": country unknown
		{1, "Actor1CountryCode", ""},
		{1, "Actor1Type1Code", "GOV"},
		{1, "Actor1Name", `the "interim" government, in Baku`},
		{1, "Actor2Code", "IGOUNO"},
		{1, "Actor2CountryCode", ""},
		{1, "Actor2KnownGroupCode", "UNO"},
		{1, "Actor2Type1Code", "IGO"},
		{1, "Actor2Name", "United Nations agencies"}, // the tab cleaned
		{1, "IsRootEvent", "0"},
		{1, "EventBaseCode", "031"},
		{1, "EventRootCode", "03"},
		{1, "GoldsteinScale", "5.2"},
		{1, "ActionGeo_Type", ""},
		{1, "DATEADDED", "20210409000000"},
		{2, "Actor2Code", ""},
		{2, "Actor2Name", ""},
		{2, "MonthYear", "202103"},
		{2, "FractionDate", "2021.1671"}, // (2*30 + 1) / 365
		{3, "EventCode", "1951"},
		{3, "EventBaseCode", "195"},
		{3, "QuadClass", "4"},
		{3, "GoldsteinScale", "-10"},
		{3, "Actor2Type1Code", "REB"},
		{3, "ActionGeo_Type", "1"},
		{3, "ActionGeo_Lat", "35"},
		{3, "FractionDate", "2021.9890"}, // (11*30 + 31) / 365
		{4, "Actor1CountryCode", ""},
		{4, "Actor1Type1Code", "NGO"},
		{4, "Actor1Type2Code", "HRI"},
		{4, "Actor1KnownGroupCode", ""},
		{4, "Actor2CountryCode", "USA"},
		{4, "Actor2Type1Code", "GOV"},
		{4, "Actor2Religion1Code", "MOS"},
		{4, "ActionGeo_Type", "2"}, // a US state
		{4, "ActionGeo_ADM1Code", "USTX"},
		{4, "ActionGeo_Long", "-99.25"},
		{5, "Actor2Code", "MDG"},
		{5, "Actor2CountryCode", "MDG"},
		{5, "Actor2Type1Code", ""},
		{5, "ActionGeo_FullName", "Saint-Denis, Réunion"},
		{5, "ActionGeo_Type", ""},
		{5, "ActionGeo_Lat", ""}, // (0, 0) is unknown
		{5, "ActionGeo_Long", ""},
	}
	for _, c := range checks {
		i, ok := col[c.name]
		if !ok {
			t.Fatalf("no GDELT column %s", c.name)
		}
		if got := rows[c.row][i]; got != c.want {
			t.Errorf("row %d: %s = %q, want %q", c.row, c.name, got, c.want)
		}
	}
	for i, row := range rows {
		for _, name := range []string{"Actor1Geo_Type", "Actor2Geo_FullName", "AvgTone", "Actor1EthnicCode"} {
			if v := row[col[name]]; v != "" {
				t.Errorf("row %d: %s = %q, want it empty", i, name, v)
			}
		}
	}
}

func TestCSV(t *testing.T) {
	events := testEvents(t)
	out := write(t, export.CSV, export.Options{}, events)
	recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if len(recs) != len(events)+1 {
		t.Fatalf("%d records, want a header and %d events", len(recs), len(events))
	}

	// The header is the JSON keys in their order, location flattened.
	var keys []string
	for _, k := range jsonKeys(reflect.TypeFor[annals.Event]()) {
		if k == "location" {
			for _, l := range jsonKeys(reflect.TypeFor[annals.Place]()) {
				keys = append(keys, "location_"+l)
			}
			continue
		}
		keys = append(keys, k)
	}
	if !reflect.DeepEqual(recs[0], keys) {
		t.Fatalf("header\n%q\nwant the JSON keys\n%q", recs[0], keys)
	}

	for i, rec := range recs[1:] {
		if got := eventFromRecord(t, recs[0], rec); !reflect.DeepEqual(got, events[i]) {
			t.Errorf("event %d read back as\n%+v\nwant\n%+v", i, got, events[i])
		}
	}
}

// jsonKeys returns the JSON keys of a struct type's fields, in order.
func jsonKeys(typ reflect.Type) []string {
	var keys []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			if f.Anonymous {
				keys = append(keys, jsonKeys(f.Type)...)
				continue
			}
			name = f.Name
		}
		keys = append(keys, name)
	}
	return keys
}

// eventFromRecord reads an event back from a CSV record.
func eventFromRecord(tb testing.TB, header, rec []string) annals.Event {
	tb.Helper()
	v := make(map[string]string)
	for i, h := range header {
		v[h] = rec[i]
	}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			tb.Fatal(err)
		}
		return n
	}
	atof := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			tb.Fatal(err)
		}
		return f
	}
	e := annals.Event{
		Doc: v["doc"], Sentence: atoi(v["sentence"]), Date: v["date"],
		DatePrecision: annals.Precision(v["date_precision"]), DateText: v["date_text"],
		Planned: v["planned"] == "true",
		Source:  v["source"], Target: v["target"], Code: annals.Code(v["code"]), Root: v["root"],
		Quad: atoi(v["quad"]), Goldstein: atof(v["goldstein"]),
		SourceText: v["source_text"], TargetText: v["target_text"], VerbText: v["verb_text"],
		Start: atoi(v["start"]), End: atoi(v["end"]), Pattern: v["pattern"],
		OriginalSource: v["original_source"],
		Story:          v["story"], Mentions: atoi(v["mentions"]), Articles: atoi(v["articles"]), Sources: atoi(v["sources"]),
	}
	if v["location_lat"] != "" {
		e.Location = &annals.Place{
			Name: v["location_name"], Country: v["location_country"], ADM1: v["location_adm1"],
			Lat: atof(v["location_lat"]), Lon: atof(v["location_lon"]), Precision: v["location_precision"],
			From: v["location_from"],
		}
	}
	return e
}

func TestJSONL(t *testing.T) {
	events := testEvents(t)
	out := write(t, export.JSONL, export.Options{}, events)
	sc := bufio.NewScanner(bytes.NewReader(out))
	i := 0
	for ; sc.Scan(); i++ {
		line := sc.Bytes()
		var e annals.Event
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if i >= len(events) {
			break
		}
		if !reflect.DeepEqual(e, events[i]) {
			t.Errorf("line %d read back as\n%+v\nwant\n%+v", i+1, e, events[i])
		}
		// Exactly the annals encoding, HTML left as written.
		b, _ := json.Marshal(&events[i])
		want := strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(string(b))
		if string(line) != want {
			t.Errorf("line %d:\n%s\nwant\n%s", i+1, line, want)
		}
	}
	if i != len(events) {
		t.Errorf("%d lines, want %d", i, len(events))
	}
	if !bytes.Contains(out, []byte("<the> UN & partners")) {
		t.Error("HTML characters were escaped")
	}
}

// ploverLine is a PLOVER line as a reader sees it.
type ploverLine struct {
	ID         string        `json:"id"`
	Date       string        `json:"date"`
	EventType  string        `json:"event_type"`
	Mode       string        `json:"mode"`
	Context    []string      `json:"context"`
	Actor      []ploverActor `json:"actor"`
	Recipient  []ploverActor `json:"recipient"`
	EventText  string        `json:"event_text"`
	SourceText string        `json:"source_text"`
	TargetText string        `json:"target_text"`
	Doc        string        `json:"doc"`
	Sentence   int           `json:"sentence"`
	CAMEOCode  string        `json:"cameo_code"`
	Location   *annals.Place `json:"location"`
}

type ploverActor struct {
	Code      string `json:"code"`
	Sector    string `json:"sector"`
	CAMEOCode string `json:"cameo_code"`
	ActorText string `json:"actor_text"`
}

func TestPLOVER(t *testing.T) {
	events := testEvents(t)
	out := write(t, export.PLOVER, export.Options{}, events)
	var got []ploverLine
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var l ploverLine
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("%v: %s", err, sc.Bytes())
		}
		got = append(got, l)
	}
	// Event 2 (CAMEO 010, a statement) has no PLOVER equivalent.
	kept := []int{0, 1, 3, 4, 5}
	if len(got) != len(kept) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(kept), out)
	}
	want := []struct {
		typ, mode string
		context   []string
		actor     ploverActor
		recipient []ploverActor
	}{
		{"CONSULT", "phone", nil,
			ploverActor{"RUS", "GOV", "RUSGOV", "Vladimir Putin"},
			[]ploverActor{{"AZE", "GOV", "AZEGOV", "Ilham Aliyev"}}},
		{"AGREE", "", []string{"economic", "future"},
			ploverActor{"", "GOV", "---GOV", `the "interim" government, in Baku`},
			[]ploverActor{{"IGO", "", "IGOUNO", "United Nations\tagencies"}}},
		{"ASSAULT", "heavy-weapons", []string{"military"},
			ploverActor{"SYR", "MIL", "SYRMIL", "government aircraft"},
			[]ploverActor{{"SYR", "REB", "SYRREB", "rebel positions"}}},
		{"PROTEST", "riot", nil,
			ploverActor{"NGO", "HRI", "NGOHRI", "Amnesty activists"},
			[]ploverActor{{"USA", "GOV", "USAGOVMOS", "the Muslim caucus"}}},
		{"CONSULT", "host", nil,
			ploverActor{"FRA", "GOV", "FRAGOV", "Paris"},
			[]ploverActor{{"MDG", "", "MDG", "Madagascar's envoy"}}},
	}
	for k, i := range kept {
		l, e, w := got[k], events[i], want[k]
		if l.ID != strconv.FormatInt(export.EventID(&e), 10) {
			t.Errorf("line %d: id %s, want EventID %d", k, l.ID, export.EventID(&e))
		}
		if l.EventType != w.typ || l.Mode != w.mode || !reflect.DeepEqual(l.Context, w.context) {
			t.Errorf("line %d (%s): type %s mode %q context %q, want %s %q %q", k, e.Code, l.EventType, l.Mode, l.Context, w.typ, w.mode, w.context)
		}
		if !reflect.DeepEqual(l.Actor, []ploverActor{w.actor}) {
			t.Errorf("line %d: actor %+v, want [%+v]", k, l.Actor, w.actor)
		}
		if !reflect.DeepEqual(l.Recipient, w.recipient) {
			t.Errorf("line %d: recipient %+v, want %+v", k, l.Recipient, w.recipient)
		}
		if l.Date != e.Date || l.EventText != e.VerbText || l.SourceText != e.SourceText ||
			l.TargetText != e.TargetText || l.Doc != e.Doc || l.Sentence != e.Sentence ||
			l.CAMEOCode != string(e.Code) || !reflect.DeepEqual(l.Location, e.Location) {
			t.Errorf("line %d: %+v does not carry event %+v", k, l, e)
		}
	}
	// An event with no target has an empty recipient list, not a missing one.
	noTarget := testEvents(t)[0]
	noTarget.Target, noTarget.TargetText = "", ""
	line := write(t, export.PLOVER, export.Options{}, []annals.Event{noTarget})
	if !bytes.Contains(line, []byte(`"recipient":[]`)) {
		t.Errorf("event without a target: %s", line)
	}
}

// TestGolden compares each text format's output for testEvents with the
// file under testdata/<format>/; go test -update rewrites them.
func TestGolden(t *testing.T) {
	files := map[export.Format]string{
		export.GDELT:  "events.tsv",
		export.CSV:    "events.csv",
		export.JSONL:  "events.jsonl",
		export.PLOVER: "events.jsonl",
	}
	for f, name := range files {
		t.Run(string(f), func(t *testing.T) {
			got := write(t, f, export.Options{SourceURL: sourceURL}, testEvents(t))
			path := filepath.Join("testdata", string(f), name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if errors.Is(err, os.ErrNotExist) {
				t.Fatalf("%s is missing: run go test -update", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}
