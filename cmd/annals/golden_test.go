package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestExampleGolden codes the README's example story and compares every
// output field with testdata/example.golden.jsonl. Review any diff that
// -update writes as you would review code.
func TestExampleGolden(t *testing.T) {
	for _, format := range []string{"jsonl", "tsv"} {
		out, stderr, code := run(t, "", "code", "--format", format, "../../examples/wire.jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		golden := filepath.Join("testdata", "example.golden."+format)
		if *update {
			if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/annals -run Golden -update to create it)", err)
		}
		if out != string(want) {
			t.Errorf("%s output differs from %s:\n got:\n%s\nwant:\n%s", format, golden, out, want)
		}
	}
}
