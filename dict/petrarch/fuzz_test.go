package petrarch_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/petrarch"
	"github.com/annals-dev/annals/dict/tabari"
)

// seeds adds the fixtures and some faulty snippets to a fuzz corpus.
func seeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if st, err := os.Stat(name); err != nil || !st.Mode().IsRegular() {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "---", "--- [", "--- X [1]---", "- *", "- * (", "- * )", "- * {", "- * }", "- (", "~", "~ =", "~ a ( = a b c",
		"~ a (b (c d e) f) g = a b 1", "&", "&X\n+", "+A_+B {", "A {}", "<!-- x", "<!-- x\n-->y [Z]", "<ISSUE", "</ISSUE>",
		"~~x", "n:", "v:+", "[S]\nk = v\n  more", "a:0x", "a:0xZZ", "--- X [110]---  ---\n* (TO Q) [1]",
	} {
		f.Add([]byte(s))
	}
}

func checkPlaces(t *testing.T, name string, data []byte, fs []tabari.Fault) {
	lines := bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'}) + 1
	for _, f := range fs {
		if f.File != name || f.Line < 1 || f.Line > lines {
			t.Errorf("fault out of place: %v", f)
		}
	}
}

func FuzzParseVerbs1(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPlaces(t, "f", data, petrarch.ParseVerbs1("f", data).Faults)
	})
}

func FuzzParseVerbs2(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPlaces(t, "f", data, petrarch.ParseVerbs2("f", data).Faults)
	})
}

func FuzzParseLists(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPlaces(t, "f", data, petrarch.ParseDiscards("f", data).Faults)
		checkPlaces(t, "f", data, petrarch.ParseIssues("f", data).Faults)
		checkPlaces(t, "f", data, petrarch.ParseWords("f", data).Faults)
		checkPlaces(t, "f", data, petrarch.ParseOntology("f", data).Faults)
		c := petrarch.ParseConfig("f", data)
		checkPlaces(t, "f", data, c.Faults)
		if r := c.Rules(dict.Rules{}); r.Comma.Max < 0 || r.Comma.EndMax < 0 || r.Comma.BeginMax < 0 {
			t.Errorf("negative comma bound: %+v", r.Comma)
		}
	})
}

func FuzzParse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		p := petrarch.Parse("f", data)
		if p.Format != petrarch.Detect(data) {
			t.Errorf("Parse and Detect disagree")
		}
		checkPlaces(t, "f", data, p.Faults())
	})
}
