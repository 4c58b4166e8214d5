package export

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/cameo"
)

// ploverTypes are PLOVER's sixteen event types, in the manual's order.
var ploverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", // verbal cooperation
	"COOPERATE", "AID", "RETREAT", // material cooperation
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", // verbal conflict
	"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", // material conflict
}

// ploverModes are the modes PLOVER defines for each event type: the mode
// tables of the PLOVER 0.8 manual (REQUEST shares REJECT's), plus the three
// modes its CAMEO crosswalk uses that the tables leave out (host, ease,
// political). Types missing here have no modes.
var ploverModes = map[string][]string{
	"CONSULT":  {"visit", "third-party", "multilateral", "phone", "host"},
	"RETREAT":  {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign", "ease"},
	"REQUEST":  {"assist", "change", "yield", "meet"},
	"ACCUSE":   {"disapprove", "investigate", "allege"},
	"REJECT":   {"assist", "change", "yield", "meet"},
	"THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence", "political"},
	"PROTEST":  {"demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"},
	"SANCTION": {"convict", "expel", "withdraw", "discontinue"},
	"MOBILIZE": {"troops", "weapons", "police", "militia"},
	"COERCE":   {"confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"},
	"ASSAULT": {
		"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
		"firearms", "explosives", "suicide-attack", "heavy-weapons", "cleansing", "massacre",
		"unconventional", "sideAB",
	},
}

// ploverContexts are the contexts of the PLOVER 0.8 manual, with its four
// special contexts at the end.
var ploverContexts = setOf(
	"military", "intelligence", "peacekeeping", "economic", "diplomatic", "resource",
	"disease", "enviro_disaster", "migration", "humanitarian", "asylum", "legal",
	"human_rights", "rights_freedoms", "gender", "lgbt", "terrorism", "human_security",
	"religion_ethnicity", "executive", "election", "legislative", "cbrn", "cyber",
	"political_institutions", "corruption", "crime", "illegal_drugs",
	"historical", "future", "hypothetical", "negation",
)

// PLOVERTypes returns PLOVER's sixteen event types, in the order of the
// PLOVER manual: verbal cooperation, material cooperation, verbal conflict,
// material conflict.
func PLOVERTypes() []string { return slices.Clone(ploverTypes) }

// PLOVERModes returns the modes PLOVER defines for an event type, or nil
// when it defines none.
func PLOVERModes(eventType string) []string { return slices.Clone(ploverModes[eventType]) }

// PLOVERMapping is what a CAMEO event code becomes in PLOVER.
type PLOVERMapping struct {
	// CAMEO is the code the mapping is listed under: the code asked for or,
	// for a refinement CAMEO does not define, its nearest listed ancestor.
	CAMEO string
	// Type is the PLOVER event type, or "" when PLOVER has no equivalent.
	Type string
	// Mode is one of PLOVERModes(Type), or "".
	Mode string
	// Context lists PLOVER contexts the CAMEO code implies, such as
	// "economic" for 0311 (express intent to cooperate economically).
	Context []string
	// Note says why Type is empty, or where the mapping departs from
	// PLOVER's published crosswalk or fills a gap in it.
	Note string
}

// ToPLOVER returns the PLOVER mapping of a CAMEO event code, from the
// table in plover.txt: PLOVER's own CAMEO crosswalk, with the departures
// the table notes. ok is false when PLOVER has no equivalent (the mapping's
// Note says why) or the code is not a CAMEO code.
func ToPLOVER(code annals.Code) (m PLOVERMapping, ok bool) {
	m, found := lookupPLOVER(string(code))
	if !found {
		return PLOVERMapping{}, false
	}
	m.Context = slices.Clone(m.Context)
	return m, m.Type != ""
}

// lookupPLOVER finds code in the table, or its nearest ancestor. The
// mapping's Context is the table's own slice.
func lookupPLOVER(code string) (PLOVERMapping, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if m, ok := ploverTable[c]; ok {
			return m, true
		}
	}
	return PLOVERMapping{}, false
}

//go:embed plover.txt
var ploverFile []byte

var ploverTable map[string]PLOVERMapping

func init() {
	t, err := parsePLOVER(ploverFile)
	if err != nil {
		// plover.txt is ours and checked by the tests, so an error here is a
		// bug in this package, never a user's mistake.
		panic("export: embedded plover.txt: " + err.Error())
	}
	ploverTable = t
}

// parsePLOVER reads a table in the format documented at the top of
// plover.txt and checks every value against the PLOVER vocabulary.
func parsePLOVER(data []byte) (map[string]PLOVERMapping, error) {
	table := make(map[string]PLOVERMapping)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 4 && len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 4 or 5 tab-separated fields (code, type, mode, context, note), got %d", line, len(f))
		}
		m := PLOVERMapping{CAMEO: f[0], Type: dash(f[1]), Mode: dash(f[2])}
		if len(f) == 5 {
			m.Note = strings.TrimSpace(f[4])
		}
		if !cameo.Valid(m.CAMEO) {
			return nil, fmt.Errorf("line %d: %q is not a code of the CAMEO table", line, m.CAMEO)
		}
		if _, dup := table[m.CAMEO]; dup {
			return nil, fmt.Errorf("line %d: code %s listed twice", line, m.CAMEO)
		}
		if m.Type == "" {
			if m.Mode != "" || f[3] != "-" || m.Note == "" {
				return nil, fmt.Errorf("line %d: code %s has no PLOVER type: want no mode, no context and a note saying why", line, m.CAMEO)
			}
			table[m.CAMEO] = m
			continue
		}
		if !slices.Contains(ploverTypes, m.Type) {
			return nil, fmt.Errorf("line %d: code %s: %q is not a PLOVER event type", line, m.CAMEO, m.Type)
		}
		if m.Mode != "" && !slices.Contains(ploverModes[m.Type], m.Mode) {
			return nil, fmt.Errorf("line %d: code %s: PLOVER defines no mode %q for %s", line, m.CAMEO, m.Mode, m.Type)
		}
		if f[3] != "-" {
			for _, c := range strings.Split(f[3], ",") {
				if !ploverContexts[c] {
					return nil, fmt.Errorf("line %d: code %s: %q is not a PLOVER context", line, m.CAMEO, c)
				}
				m.Context = append(m.Context, c)
			}
		}
		table[m.CAMEO] = m
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return table, nil
}

// dash returns s, or "" for the "-" that marks an empty field.
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// ploverRecord is one PLOVER JSON line. The field names are PLOVER's where
// PLOVER names the field; doc, sentence, cameo_code and the texts are ours.
type ploverRecord struct {
	ID        string   `json:"id"`
	Date      string   `json:"date"`
	EventType string   `json:"event_type"`
	Mode      string   `json:"mode,omitempty"`
	Context   []string `json:"context,omitempty"`
	// Actor and Recipient are lists, as PLOVER's are, each with at most one
	// actor: annals codes compound actors as separate events.
	Actor      []ploverActor `json:"actor"`
	Recipient  []ploverActor `json:"recipient"`
	EventText  string        `json:"event_text"`
	SourceText string        `json:"source_text"`
	TargetText string        `json:"target_text"`
	Doc        string        `json:"doc"`
	Sentence   int           `json:"sentence"`
	CAMEOCode  string        `json:"cameo_code"`
	Location   *annals.Place `json:"location,omitempty"`
}

// ploverActor is PLOVER's actor object, with the CAMEO actor code kept whole.
type ploverActor struct {
	// Code is the country or the international type (IGO, NGO, ...);
	// empty when the country is unknown.
	Code string `json:"code,omitempty"`
	// Sector is the first agent of the code, such as GOV or MIL.
	Sector    string `json:"sector,omitempty"`
	CAMEOCode string `json:"cameo_code"`
	ActorText string `json:"actor_text,omitempty"`
}

// ploverWriter writes PLOVER JSON lines. The id is EventID in decimal; the
// event type, mode and contexts come from ToPLOVER, and a planned event
// gets PLOVER's "future" context. An event whose code has no PLOVER type is
// skipped without an error: PLOVER does not code statements and appeals
// (CAMEO 01 and 02), and a code that is not CAMEO has no type either.
type ploverWriter struct {
	w      *bufio.Writer
	enc    *json.Encoder
	closed bool
}

func newPLOVERWriter(w io.Writer) *ploverWriter {
	bw := bufio.NewWriterSize(w, bufferSize)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &ploverWriter{w: bw, enc: enc}
}

// Write writes the event as one PLOVER line, or nothing when PLOVER drops its code.
func (p *ploverWriter) Write(e *annals.Event) error {
	if p.closed {
		return errClosed
	}
	m, ok := lookupPLOVER(string(e.Code))
	if !ok || m.Type == "" {
		return nil
	}
	ctx := m.Context
	if e.Planned {
		ctx = append(slices.Clip(ctx), "future")
	}
	return p.enc.Encode(ploverRecord{
		ID:         strconv.FormatInt(EventID(e), 10),
		Date:       e.Date,
		EventType:  m.Type,
		Mode:       m.Mode,
		Context:    ctx,
		Actor:      ploverActors(e.Source, e.SourceText),
		Recipient:  ploverActors(e.Target, e.TargetText),
		EventText:  e.VerbText,
		SourceText: e.SourceText,
		TargetText: e.TargetText,
		Doc:        e.Doc,
		Sentence:   e.Sentence,
		CAMEOCode:  string(e.Code),
		Location:   e.Location,
	})
}

// ploverActors returns the actor list for one side of an event: empty when
// the side has no code.
func ploverActors(code, text string) []ploverActor {
	if code == "" {
		return []ploverActor{}
	}
	g := gdeltActorOf(code, "")
	a := ploverActor{Code: g.country, CAMEOCode: code, ActorText: text}
	for _, t := range g.types {
		switch {
		case t == "":
		case internationalTypes[t]:
			if a.Code == "" {
				a.Code = t
			}
		case a.Sector == "":
			a.Sector = t
		}
	}
	return []ploverActor{a}
}

// Close flushes the buffered lines.
func (p *ploverWriter) Close() error {
	if p.closed {
		return errClosed
	}
	p.closed = true
	return p.w.Flush()
}
