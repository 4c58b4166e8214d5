package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "annals-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	s, err := sqlite.Open(filepath.Join(dir, "events.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()

	text := "Russia and Azerbaijan signed a ceasefire agreement in Moscow."
	coded := &annals.Coded{
		Doc: &annals.Document{ID: "story-1", Date: time.Date(2020, 11, 10, 0, 0, 0, 0, time.UTC), Text: text},
		Sentences: []annals.Sentence{
			{Index: 0, Span: annals.Span{Start: 0, End: len(text)}, Text: text},
		},
		Events: []annals.Event{{
			Doc: "story-1", Sentence: 0, Date: "2020-11-09", DatePrecision: annals.PrecisionDay,
			Source: "RUSGOV", Target: "AZEGOV", Code: "057", Root: "05", Quad: 1, Goldstein: 8,
		}},
		DictVersion: "example",
	}
	for range 2 {
		res, err := s.Put(ctx, coded)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(res)
	}

	err = s.Events(ctx, annals.Filter{DyadA: "AZE", DyadB: "RUS", Text: "ceasefire"}, func(e *annals.Event) error {
		fmt.Println(e.Date, e.Source, e.Code, e.Target)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}

	months, err := s.DyadTimeline(ctx, "AZE", "RUS", time.Time{}, time.Time{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(months)
	// Output:
	// stored
	// unchanged
	// 2020-11-09 RUSGOV 057 AZEGOV
	// [{2020-11 1}]
}
