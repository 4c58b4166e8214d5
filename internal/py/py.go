// Package py writes numbers as Python writes them, so that ids and scores
// agree byte for byte with the reference scorer, which is a Python script.
package py

import (
	"math"
	"strconv"
	"strings"
)

// Number returns str() of the number json.loads makes of a JSON number
// literal: an int when it has no fraction or exponent, else a float.
func Number(lit string) string {
	if !strings.ContainsAny(lit, ".eE") {
		if strings.Trim(lit, "-0") == "" {
			return "0" // -0 is the integer 0
		}
		return lit
	}
	f, _ := strconv.ParseFloat(lit, 64) // ±Inf on overflow, 0 on underflow, as in Python
	return Float(f)
}

// Float returns repr(f): the shortest digits that read back as f, written
// positionally with at least one decimal when the decimal exponent is in
// [-4, 16), else in exponent form; nan, inf and -inf for the others.
func Float(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
