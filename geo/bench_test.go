package geo_test

import (
	"testing"

	"github.com/annals-dev/annals/geo"
)

func BenchmarkLookup(b *testing.B) {
	g := MustBuiltin(b)
	queries := []struct{ name, hint string }{
		{"Moscow", ""},
		{"Kharkiv region", ""},
		{"Georgia", "USA"},
		{"São Paulo", ""},
		{"Springfield, Illinois", ""},
		{"Washington, D.C.", ""},
		{"the Gaza Strip", "PSE"},
		{"Atlantis", ""},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range queries {
			g.Lookup(q.name, q.hint)
		}
	}
}

func BenchmarkLoadBuiltin(b *testing.B) {
	files := geo.BuiltinFiles()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := geo.Load(files...); err != nil {
			b.Fatal(err)
		}
	}
}
