package cameo_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/annals-dev/annals/cameo"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		name      string
		goldstein float64
		quad      int
		root      string
	}{
		{"01", "Make public statement", 0, cameo.VerbalCooperation, "01"},
		{"011", "Decline comment", -0.1, cameo.VerbalCooperation, "01"},
		{"0211", "Appeal for economic cooperation", 3.4, cameo.VerbalCooperation, "02"},
		{"0334", "Express intent to provide military protection or peacekeeping", 6.0, cameo.VerbalCooperation, "03"},
		{"04", "Consult", 1.0, cameo.VerbalCooperation, "04"},
		{"041", "Discuss by telephone", 1.0, cameo.VerbalCooperation, "04"},
		{"042", "Make a visit", 1.9, cameo.VerbalCooperation, "04"},
		{"057", "Sign formal agreement", 8.0, cameo.VerbalCooperation, "05"},
		{"061", "Cooperate economically", 6.4, cameo.MaterialCooperation, "06"},
		{"0874", "Retreat or surrender militarily", 10.0, cameo.MaterialCooperation, "08"},
		{"090", "Investigate, not specified below", -2.0, cameo.MaterialCooperation, "09"},
		{"1056", "Demand de-escalation of military engagement", -5.0, cameo.VerbalConflict, "10"},
		{"130", "Threaten, not specified below", -4.4, cameo.VerbalConflict, "13"},
		{"1453", "Protest violently for rights", -7.5, cameo.VerbalConflict, "14"},
		{"155", "Mobilize or increase cyber forces", -7.2, cameo.MaterialConflict, "15"},
		{"173", "Arrest, detain or charge with legal action", -5.0, cameo.MaterialConflict, "17"},
		{"1823", "Kill by physical assault", -10.0, cameo.MaterialConflict, "18"},
		{"190", "Use conventional military force, not specified below", -10.0, cameo.MaterialConflict, "19"},
		{"2042", "Detonate nuclear weapons", -10.0, cameo.MaterialConflict, "20"},
	}
	for _, tt := range tests {
		got, ok := cameo.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.code)
			continue
		}
		want := cameo.Code{Code: tt.code, Name: tt.name, Goldstein: tt.goldstein, Quad: tt.quad, Root: tt.root}
		if got != want {
			t.Errorf("Lookup(%q) = %+v, want %+v", tt.code, got, want)
		}
		if !cameo.Valid(tt.code) {
			t.Errorf("Valid(%q) = false, want true", tt.code)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, code := range []string{
		"",
		"0",     // too short
		"00",    // no root 00
		"21",    // no root 21
		"41",    // "041" without its leading zero
		"0219",  // well formed, but CAMEO defines no such child
		"0110",  // in the Phoenix scale, not in CAMEO
		"1641",  // likewise
		"02111", // too long
		"041 ",  // stray space
		"04a",
		"---",
	} {
		if c, ok := cameo.Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v, want not found", code, c)
		}
		if cameo.Valid(code) {
			t.Errorf("Valid(%q) = true, want false", code)
		}
	}
}

func TestRootOf(t *testing.T) {
	tests := []struct{ code, want string }{
		{"0211", "02"},
		{"190", "19"},
		{"04", "04"},
		{"20", "20"},
		{"2042", "20"},
		{"0219", "02"}, // unknown child: the root is still known, for fallback
		{"1641", "16"},
		{"", ""},
		{"4", ""},
		{"00", ""},
		{"21", ""},
		{"210", ""},
		{"02111", ""},
		{"04a", ""},
		{"-1", ""},
	}
	for _, tt := range tests {
		if got := cameo.RootOf(tt.code); got != tt.want {
			t.Errorf("RootOf(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		code string
		want int
	}{
		{"01", 1}, {"0211", 1}, {"046", 1}, {"057", 1},
		{"06", 2}, {"075", 2}, {"0863", 2}, {"094", 2},
		{"10", 3}, {"1125", 3}, {"128", 3}, {"1385", 3}, {"1454", 3},
		{"15", 4}, {"163", 4}, {"1712", 4}, {"186", 4}, {"1952", 4}, {"2042", 4},
		{"", 0}, {"00", 0}, {"21", 0}, {"0219", 0}, {"xyz", 0},
	}
	for _, tt := range tests {
		if got := cameo.QuadClass(tt.code); got != tt.want {
			t.Errorf("QuadClass(%q) = %d, want %d", tt.code, got, tt.want)
		}
	}
}

func TestCounts(t *testing.T) {
	all := cameo.All()
	perLen := map[int]int{}
	for _, c := range all {
		perLen[len(c.Code)]++
	}
	if perLen[2] != 20 {
		t.Errorf("%d roots, want 20", perLen[2])
	}
	if len(all) < 280 {
		t.Errorf("%d codes, want at least 280", len(all))
	}
	t.Logf("%d codes: %d roots, %d three-digit, %d four-digit", len(all), perLen[2], perLen[3], perLen[4])
}

func TestHierarchy(t *testing.T) {
	all := cameo.All()
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Code < all[j].Code }) {
		t.Error("All is not sorted by code")
	}
	for i, c := range all {
		if i > 0 && all[i-1].Code == c.Code {
			t.Errorf("code %s listed twice", c.Code)
		}
		if got, ok := cameo.Lookup(c.Code); !ok || got != c {
			t.Errorf("Lookup(%q) = %+v, %v; All has %+v", c.Code, got, ok, c)
		}
		if c.Root != cameo.RootOf(c.Code) {
			t.Errorf("%s: Root %q, RootOf %q", c.Code, c.Root, cameo.RootOf(c.Code))
		}
		root, ok := cameo.Lookup(c.Root)
		if !ok {
			t.Errorf("%s: root %q not in the table", c.Code, c.Root)
		} else if c.Quad != root.Quad || c.Quad != cameo.QuadClass(c.Code) {
			t.Errorf("%s: Quad %d, root's %d, QuadClass %d", c.Code, c.Quad, root.Quad, cameo.QuadClass(c.Code))
		}
		if len(c.Code) == 4 && !cameo.Valid(c.Code[:3]) {
			t.Errorf("%s: parent %s not in the table", c.Code, c.Code[:3])
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v outside [-10, 10]", c.Code, c.Goldstein)
		}
		if c.Name == "" || c.Name != strings.TrimSpace(c.Name) {
			t.Errorf("%s: bad name %q", c.Code, c.Name)
		}
	}
}

func TestAllReturnsCopy(t *testing.T) {
	a := cameo.All()
	a[0].Name = "changed"
	if cameo.All()[0].Name == "changed" {
		t.Error("changing the slice from All changed the table")
	}
}

// notCAMEO lists codes of the Phoenix scale that the CAMEO 1.1b3 codebook
// does not define. The table leaves them out, so that Valid stays false for
// them and a caller falls back to the root.
var notCAMEO = map[string]string{
	"0110": "011 Decline comment has no children",
	"0357": "035 Express intent to yield stops at 0356",
	"109":  "10 Demand stops at 108",
	"1641": "164 Halt negotiations has no children",
	"1642": "164 Halt negotiations has no children",
	"1643": "164 Halt negotiations has no children",
}

func TestPhoenixGoldstein(t *testing.T) {
	const path = "../../shared/cameo/goldstein.json"
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("reference data %s is absent (it lives in ../shared beside the checkout)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Scale map[string]float64 `json:"goldstein_scale"`
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(ref.Scale) == 0 {
		t.Fatalf("%s: no goldstein_scale", path)
	}
	var problems []string
	for code, want := range ref.Scale {
		c, ok := cameo.Lookup(code)
		switch {
		case notCAMEO[code] != "":
			if ok {
				problems = append(problems, fmt.Sprintf("%s: listed as not CAMEO, but in the table", code))
			}
		case !ok:
			problems = append(problems, fmt.Sprintf("%s: missing (Phoenix weight %v)", code, want))
		case c.Goldstein != want:
			problems = append(problems, fmt.Sprintf("%s: weight %v, Phoenix %v", code, c.Goldstein, want))
		}
	}
	if len(problems) > 0 {
		slices.Sort(problems)
		t.Errorf("%d disagreements with %s:\n%s", len(problems), path, strings.Join(problems, "\n"))
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"two fields", "01\t0.0\n", "line 1: want 3 tab-separated fields"},
		{"spaces not tabs", "01 0.0 Make public statement\n", "line 1: want 3 tab-separated fields"},
		{"bad code", "# c\n1\t0.0\tX\n", `line 2: code "1"`},
		{"no such root", "21\t0.0\tX\n", `line 1: code "21"`},
		{"duplicate", "01\t0.0\tX\n01\t0.0\tY\n", "line 2: code 01 already defined on line 1"},
		{"bad weight", "01\tzero\tX\n", `line 1: code 01: Goldstein weight "zero"`},
		{"weight off scale", "01\t10.5\tX\n", `line 1: code 01: Goldstein weight "10.5"`},
		{"weight NaN", "01\tNaN\tX\n", `line 1: code 01: Goldstein weight "NaN"`},
		{"no name", "01\t0.0\t \n", "line 1: code 01 has no name"},
		{"orphan", "01\t0.0\tX\n\n0111\t0.0\tY\n", "line 3: code 0111 has no parent 011"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := cameo.Parse([]byte(tt.in))
			if err == nil {
				t.Fatalf("Parse(%q): no error, want %q", tt.in, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) error %q, want it to contain %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestParseOrder(t *testing.T) {
	// Children may come before their parents; the result is sorted.
	in := "0211\t3.4\tAppeal for economic cooperation\r\n021\t3.4\tAppeal for material cooperation\n02\t3.0\tAppeal\n"
	got, err := cameo.Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range got {
		codes = append(codes, c.Code)
	}
	if want := []string{"02", "021", "0211"}; !slices.Equal(codes, want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
	if got[2].Name != "Appeal for economic cooperation" {
		t.Errorf("name %q: CRLF not stripped", got[2].Name)
	}
}

func Example() {
	c, ok := cameo.Lookup("041")
	fmt.Println(ok, c.Name, c.Goldstein, c.Quad, c.Root)

	// A dictionary may emit a child code CAMEO does not define; fall back to its root.
	code := "0219"
	if !cameo.Valid(code) {
		code = cameo.RootOf(code)
	}
	c, _ = cameo.Lookup(code)
	fmt.Println(c.Code, c.Name, c.Goldstein)

	fmt.Println(cameo.QuadClass("190") == cameo.MaterialConflict)
	// Output:
	// true Discuss by telephone 1 1 04
	// 02 Appeal 3
	// true
}
