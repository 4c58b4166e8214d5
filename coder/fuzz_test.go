package coder_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// FuzzCode codes arbitrary text with the built-in dictionaries: it must never
// panic, and every event must point at a sentence inside the text.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin held a telephone conversation with his Azerbaijani counterpart Ilham Aliyev on Thursday.",
		"Putin, Pashinyan and Aliyev signed a joint statement on November 9.",
		"The presidents of Russia and Azerbaijan agreed \"to intensify contacts.\"",
		"Armenian troops were attacked by Azerbaijani soldiers, who, the ministry said, did not fire.",
		"Talks between Armenia and Azerbaijan ended; Baku accused Yerevan.",
		"Pakistan beat India 3-0.\nPhoto: AFP\nBased on materials from TASS",
		"Former US President Obama will visit Kenya next week, his office said.",
		", , and the of 's - -held",
		"\xff\xfe Russia \u00a0attacked\u2014Ukraine",
	} {
		f.Add(s)
	}
	d, err := dict.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	c := coder.New(d)
	pub := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &annals.Document{ID: "f", Date: pub, Text: text}
		evs, err := c.Code(context.Background(), doc)
		if err != nil {
			if annals.ErrorCode(err) != annals.EINVALID {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for _, e := range evs {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("event offsets [%d,%d) outside text of %d bytes", e.Start, e.End, len(text))
			}
			if e.Source == "" || e.Target == "" || e.Root == "" {
				t.Fatalf("incomplete event %+v", e)
			}
		}
		if _, _, err := c.Explain(context.Background(), doc); err != nil && annals.ErrorCode(err) != annals.EINVALID {
			t.Fatal(err)
		}
	})
}
