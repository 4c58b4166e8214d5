package eval

import (
	"encoding/json"
	"github.com/annals-dev/annals/internal/py"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// This file holds what it takes to see JSON values and text the way the
// reference scorer, a Python program, sees them.

// pyLines calls fn with each line of data and its 1-based number, splitting
// at "\n", "\r\n" and "\r" as Python's text files do (universal newlines).
func pyLines(data []byte, fn func(line []byte, n int) error) error {
	n := 0
	for len(data) > 0 {
		n++
		i := 0
		for i < len(data) && data[i] != '\n' && data[i] != '\r' {
			i++
		}
		line := data[:i]
		switch {
		case i == len(data):
			data = nil
		case data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n':
			data = data[i+2:]
		default:
			data = data[i+1:]
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	return nil
}

// pyBlank reports whether Python's line.strip() leaves nothing of line.
// Python's white space is Go's plus the four ASCII separators 0x1c-0x1f.
func pyBlank(line []byte) bool {
	for _, r := range string(line) {
		if !unicode.IsSpace(r) && (r < 0x1c || r > 0x1f) {
			return false
		}
	}
	return true
}

// pyObject decodes a line holding one JSON object into its members, keyed
// exactly (Python does not fold the case of keys as encoding/json does for
// struct fields). reason is "not JSON" or "not a JSON object" on failure.
func pyObject(line []byte) (obj map[string]json.RawMessage, reason string) {
	// Decoding straight into the map checks the whole line first, so a
	// syntax error anywhere comes back as such.
	if err := json.Unmarshal(line, &obj); err != nil {
		if !json.Valid(line) {
			return nil, "not JSON: " + err.Error()
		}
		return nil, "not a JSON object"
	}
	if obj == nil {
		return nil, "not a JSON object" // the line is null
	}
	return obj, ""
}

// pyStr returns str(v) for the value json.loads makes of raw, which is nil
// for a missing member (Python's None). ok is false for a non-empty array or
// object, whose Python repr this package does not reproduce.
func pyStr(raw json.RawMessage) (s string, ok bool) {
	if len(raw) == 0 {
		return "None", true
	}
	switch raw[0] {
	case 'n':
		return "None", true
	case 't':
		return "True", true
	case 'f':
		return "False", true
	case '"':
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", false
		}
		return s, true
	case '[', '{':
		if pyTruthy(raw) {
			return "", false
		}
		if raw[0] == '[' {
			return "[]", true
		}
		return "{}", true
	}
	return py.Number(string(raw)), true
}

// pyJSONFloat writes f as json.dumps does: repr, with NaN and the
// infinities spelled as JavaScript spells them.
func pyJSONFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return py.Float(f)
}

// pyFixed3 writes f as Python's format(f, ".3f") does. Both round the exact
// binary value half to even.
func pyFixed3(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	return strconv.FormatFloat(f, 'f', 3, 64)
}

// pyTruthy reports whether the value json.loads makes of raw is true in
// Python: not None, False, a zero number, or an empty string, list or dict.
func pyTruthy(raw json.RawMessage) bool {
	if len(raw) == 0 {
		return false
	}
	switch raw[0] {
	case 'n', 'f':
		return false
	case 't':
		return true
	case '"':
		return len(raw) > 2 // the quotes of "" and nothing else
	case '[':
		var a []json.RawMessage
		_ = json.Unmarshal(raw, &a)
		return len(a) > 0
	case '{':
		var m map[string]json.RawMessage
		_ = json.Unmarshal(raw, &m)
		return len(m) > 0
	}
	lit := string(raw)
	if !strings.ContainsAny(lit, ".eE") {
		return strings.Trim(lit, "-0") != ""
	}
	f, _ := strconv.ParseFloat(lit, 64)
	return f != 0
}

// pyPrefix returns s[:n] as Python slices a str: by code points.
func pyPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
