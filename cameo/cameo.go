package cameo

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Quad classes, as GDELT numbers them. QuadClass returns one of these, or 0
// for a code that is not in the table.
const (
	VerbalCooperation   = 1 // roots 01-05: statements, appeals, intentions, consultations, diplomacy
	MaterialCooperation = 2 // roots 06-09: material cooperation, aid, yielding, investigation
	VerbalConflict      = 3 // roots 10-14: demands, disapproval, rejection, threats, protest
	MaterialConflict    = 4 // roots 15-20: force posture, reduced relations, coercion, violence
)

// Code is one CAMEO event code and what annals knows about it.
type Code struct {
	// Code is the code itself, two to four digits: "04", "041", "0211".
	Code string
	// Name is a short English name, such as "Discuss by telephone".
	Name string
	// Goldstein is the code's weight on the Goldstein conflict-cooperation
	// scale, from -10 (most conflictual) to +10 (most cooperative).
	Goldstein float64
	// Quad is the GDELT quad class of the code's root, 1 to 4.
	Quad int
	// Root is the two-digit root the code belongs to; a root is its own root.
	Root string
}

//go:embed codes.txt
var codesFile []byte

var (
	byCode map[string]Code
	sorted []Code
)

func init() {
	codes, err := parse(codesFile)
	if err != nil {
		// codes.txt is ours and is checked by the tests, so a parse error
		// here is a bug in this package, never a user's mistake.
		panic("cameo: embedded codes.txt: " + err.Error())
	}
	sorted = codes
	byCode = make(map[string]Code, len(codes))
	for _, c := range codes {
		byCode[c.Code] = c
	}
}

// Lookup returns the entry for code, which must be written exactly as CAMEO
// writes it ("041", not "41"). It reports false for any code not in the table,
// including a well-formed child code CAMEO does not define; such a caller can
// try RootOf(code) instead.
func Lookup(code string) (Code, bool) {
	c, ok := byCode[code]
	return c, ok
}

// Valid reports whether code is in the table.
func Valid(code string) bool {
	_, ok := byCode[code]
	return ok
}

// All returns every code in the table, sorted by code, which puts each code
// right after its parent: "02", "020", "021", "0211", ... The slice is a
// copy; the caller may change it.
func All() []Code {
	return slices.Clone(sorted)
}

// RootOf returns the two-digit root of code: "02" for "0211", "19" for "190",
// "04" for "04". The code need not be in the table, only well formed (two to
// four digits starting with a root from 01 to 20), so that a caller can fall
// back to the root of a code the table does not know. It returns "" for
// anything else.
func RootOf(code string) string {
	if !wellFormed(code) {
		return ""
	}
	return code[:2]
}

// QuadClass returns the GDELT quad class of code: VerbalCooperation for roots
// 01-05, MaterialCooperation for 06-09, VerbalConflict for 10-14 and
// MaterialConflict for 15-20. It returns 0 for a code that is not in the
// table.
func QuadClass(code string) int {
	return byCode[code].Quad
}

// wellFormed reports whether code has the shape of a CAMEO event code: two to
// four ASCII digits, the first two naming a root from 01 to 20.
func wellFormed(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return quadOf(code[:2]) != 0
}

// quadOf returns the quad class of a two-digit root, or 0 if it is not one.
func quadOf(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 9:
		return MaterialCooperation
	case n >= 10 && n <= 14:
		return VerbalConflict
	case n >= 15 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// parse reads a code table in the format documented at the top of codes.txt
// and returns its codes sorted by code. It checks everything the rest of the
// package relies on: well-formed unique codes, weights on the scale, names
// present, and a parent in the table for every code below a root.
func parse(data []byte) ([]Code, error) {
	var codes []Code
	seen := make(map[string]int) // code -> line it was defined on
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated fields (code, weight, name), got %d", line, len(fields))
		}
		code, weight, name := fields[0], fields[1], strings.TrimSpace(fields[2])
		if !wellFormed(code) {
			return nil, fmt.Errorf("line %d: code %q: want 2 to 4 digits starting with a root from 01 to 20", line, code)
		}
		if prev, ok := seen[code]; ok {
			return nil, fmt.Errorf("line %d: code %s already defined on line %d", line, code, prev)
		}
		g, err := strconv.ParseFloat(weight, 64)
		if err != nil || !(g >= -10 && g <= 10) { // the negation also rejects NaN
			return nil, fmt.Errorf("line %d: code %s: Goldstein weight %q: want a number from -10 to 10", line, code, weight)
		}
		if name == "" {
			return nil, fmt.Errorf("line %d: code %s has no name", line, code)
		}
		seen[code] = line
		codes = append(codes, Code{
			Code:      code,
			Name:      name,
			Goldstein: g,
			Quad:      quadOf(code[:2]),
			Root:      code[:2],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Parents are checked after reading so that the file may list codes in
	// any order.
	for _, c := range codes {
		if len(c.Code) == 2 {
			continue
		}
		parent := c.Code[:len(c.Code)-1]
		if _, ok := seen[parent]; !ok {
			return nil, fmt.Errorf("line %d: code %s has no parent %s", seen[c.Code], c.Code, parent)
		}
	}
	slices.SortFunc(codes, func(a, b Code) int { return strings.Compare(a.Code, b.Code) })
	return codes, nil
}
