package dates_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/annals-dev/annals/dates"
)

// Two 30-word sentences written for the benchmark: one with a date
// expression, one without any date word or digit (the fast rejection path).
const (
	benchDated   = "Russian President Vladimir Putin held a telephone conversation with his Azerbaijani counterpart Ilham Aliyev on Thursday, during which the two leaders discussed the situation around the disputed region, the press service said."
	benchUndated = "Russian President Vladimir Putin held a telephone conversation with his Azerbaijani counterpart Ilham Aliyev, during which the two leaders discussed the situation around the disputed region and its stabilisation, the press service said."
)

func BenchmarkFind(b *testing.B) {
	pub := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
	for _, bc := range []struct{ name, s string }{{"dated", benchDated}, {"undated", benchUndated}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.s)))
			for b.Loop() {
				dates.Find(bc.s, pub, false)
			}
		})
	}
}

func BenchmarkFutureTense(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		dates.FutureTense(benchDated)
	}
}

// BenchmarkFindCorpus runs FutureTense and Find over the news sentences of
// the shared reference data, as the coder would: one op is one sentence.
func BenchmarkFindCorpus(b *testing.B) {
	type doc struct {
		text string
		pub  time.Time
	}
	var docs []doc
	for _, path := range []string{"../../shared/bench/gigaword_sample.jsonl", "../../shared/gold/udp_petr2_gsr.jsonl", "../../shared/gold/tabari_validate.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			b.Skipf("reference data absent (%v): run from a checkout beside ../shared", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r struct {
				Date *string `json:"date"`
				Text string  `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.Text == "" {
				continue
			}
			pub := time.Date(2021, 4, 8, 0, 0, 0, 0, time.UTC)
			if r.Date != nil {
				if t, err := time.Parse(time.DateOnly, *r.Date); err == nil {
					pub = t
				}
			}
			docs = append(docs, doc{r.Text, pub})
		}
		f.Close()
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := &docs[i%len(docs)]
		dates.Find(d.text, d.pub, dates.FutureTense(d.text))
		i++
	}
}
