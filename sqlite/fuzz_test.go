package sqlite_test

import (
	"context"
	"testing"

	"github.com/annals-dev/annals"
)

// FuzzEventsFilter: whatever a user puts in a filter, Events answers or
// says the filter is invalid; it never fails otherwise, and never panics.
func FuzzEventsFilter(f *testing.F) {
	s := MustOpenTemp(f)
	loadFixture(f, s)
	for _, seed := range []struct{ text, actor, code string }{
		{"ceasefire", "RUS", "05"},
		{`"foreign minister"`, "AZE", ""},
		{"shel* NOT Moscow", "", "0"},
		{`NEAR(Moscow ceasefire, 3)`, "\xff", "\xff\xff"},
		{`"unterminated`, "' OR 1=1 --", "%"},
		{"text: Baku", "", ""},
		{"AND (", "_", "*"},
	} {
		f.Add(seed.text, seed.actor, seed.code)
	}
	f.Fuzz(func(t *testing.T, text, actor, code string) {
		err := s.Events(context.Background(), annals.Filter{Text: text, Actor: actor, DyadB: actor, Code: code, Limit: 10},
			func(*annals.Event) error { return nil })
		if err != nil && annals.ErrorCode(err) != annals.EINVALID {
			t.Fatalf("text %q, actor %q, code %q: %v", text, actor, code, err)
		}
	})
}
