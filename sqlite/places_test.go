package sqlite_test

import (
	"context"
	"testing"

	"github.com/annals-dev/annals"
)

func TestImportPlaces(t *testing.T) {
	ctx := context.Background()
	s := MustOpenTemp(t)
	places := []struct {
		p     annals.Place
		names []string
	}{
		{annals.Place{Name: "Springfield", Country: "USA", ADM1: "Illinois", Lat: 39.8, Lon: -89.64, Precision: "city"}, []string{"Springfield IL"}},
		{annals.Place{Name: "Springfield District", Country: "GBR", Lat: 51.5, Lon: -0.1, Precision: "district"}, []string{"Springfield"}},
		{annals.Place{Name: "Nova-Selo", Country: "UKR", Lat: 47.1, Lon: 33.2, Precision: "city"}, nil},
	}
	each := func(add func(annals.Place, []string) error) error {
		for _, p := range places {
			if err := add(p.p, p.names); err != nil {
				return err
			}
		}
		return nil
	}
	if n, err := s.ImportPlaces(ctx, each); n != 3 || err != nil {
		t.Fatalf("import: %d, %v; want 3", n, err)
	}
	if n, err := s.ImportPlaces(ctx, each); n != 0 || err != nil {
		t.Fatalf("import again: %d, %v; want 0", n, err)
	}
	bad := func(add func(annals.Place, []string) error) error { return add(annals.Place{Name: ""}, nil) }
	if _, err := s.ImportPlaces(ctx, bad); annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("a place without a name: %v, want EINVALID", err)
	}
	for _, tt := range []struct{ name, country, want string }{
		{"Springfield", "", "Springfield USA"},             // a city before a district
		{"Springfield", "GBR", "Springfield District GBR"}, // the country asked for first
		{"nova selo", "", "Nova-Selo UKR"},                 // keys ignore case and hyphens
		{"Springfield, IL", "", "Springfield USA"},         // an alternative name
		{"Atlantis", "", ""},
	} {
		got := ""
		if p, ok := s.Lookup(tt.name, tt.country); ok {
			got = p.Name + " " + p.Country
		}
		if got != tt.want {
			t.Errorf("Lookup(%q, %q) = %q, want %q", tt.name, tt.country, got, tt.want)
		}
	}
	if n, err := s.Places(ctx); n != 3 || err != nil {
		t.Errorf("Places = %d, %v; want 3", n, err)
	}
}
