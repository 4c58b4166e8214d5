package dedup_test

import (
	"math"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/annals-dev/annals/dedup"
)

// BenchmarkAdd times Add on an index already holding N_base synthetic wire
// stories, for N_base of 10,000, 100,000 and 1,000,000 (skipped with
// -short). The index is filled before the clock starts; each timed Add adds
// one more story, numbered on from N_base, so the index grows by b.N during
// the run. Run it as
//
//	go test -run '^$' -bench BenchmarkAdd -benchtime 20000x ./dedup/
//
// to time the same number of adds at every size; with -benchtime 1s the
// 10,000 index grows severalfold while it is timed. Besides ns/op it
// reports:
//
//	cpu-ns/op    CPU time of the process per Add, where the system tells
//	             it (on a machine whose CPU is shared, wall time runs ahead)
//	B/doc        heap held by the index per document after filling it
//	fill-ns/doc  wall time per document to fill it, using every CPU
//
// Per-Add time staying flat from 10,000 to 1,000,000 documents is the LSH
// index at work: an Add reads a few band buckets, never the whole index.
// The fill of 1,000,000 documents takes about a minute on two cores.
func BenchmarkAdd(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run("N="+strconv.Itoa(n), func(b *testing.B) {
			if n >= 1_000_000 && testing.Short() {
				b.Skip("1,000,000 documents take a minute to index; skipped with -short")
			}
			x, perDoc, fill := fill(n)

			const batchSize = 1024
			var batch []dedup.Doc
			next, i := n, 0
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if i == len(batch) {
					// Stories are made outside the clock, a batch at a
					// time, so that no more than a batch is ever held.
					b.StopTimer()
					batch = batch[:0]
					for k := range batchSize {
						batch = append(batch, synthDoc(next+k))
					}
					next += batchSize
					i = 0
					b.StartTimer()
				}
				x.Add(batch[i])
				i++
			}
			if cpu >= 0 {
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			}
			b.ReportMetric(perDoc, "B/doc")
			b.ReportMetric(float64(fill.Nanoseconds())/float64(n), "fill-ns/doc")
		})
	}
}

// fill returns an index of n synthetic stories, the heap it holds per
// document, and how long filling it took. Stories are made and added by one
// goroutine per CPU, and dropped once added.
func fill(n int) (*dedup.Index, float64, time.Duration) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	x := dedup.New(dedup.DefaultOptions())
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				x.Add(synthDoc(i))
			}
		})
	}
	wg.Wait()
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	return x, float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n), took
}

// The synthetic stories are made from invented words, deterministically
// from a story's number, so that no text need be kept: about 300 words in
// paragraphs of three to five sentences, 45% of them English function words,
// 7% capitalised names, 2% numbers, and the rest content words drawn with
// Zipf's law (frequency ∝ 1/rank) from 20,000 invented words, so that common
// words and word pairs recur across stories as in news. One story in ten is
// a near copy of one of the 2,000 stories before it: a headline added, one
// paragraph dropped and 3% of the words replaced. Story i is dated
// 2024-01-01 plus i/5000 days.
var (
	synthFunction = []string{"the", "of", "to", "and", "a", "in", "on", "said", "that", "for", "with",
		"was", "at", "by", "as", "is", "from", "his", "has", "have", "it", "its", "were", "be", "after",
		"which", "an", "their", "will", "would", "who", "had", "but", "also", "this", "been", "not",
		"are", "they", "he"}
	synthContent = synthWords(20_000, []string{"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de",
		"ba", "po", "gu", "re", "ni", "ta", "zo", "he", "li", "ma", "fe"}, false)
	synthNames = synthWords(4_000, []string{"bar", "tor", "mel", "vin", "kas", "dor", "lem", "sut",
		"gav", "rin", "pol", "hak", "zem", "nor", "fal", "ost"}, true)
	// synthZipf maps a 12-bit uniform number to a rank: content word r is
	// drawn with probability close to 1/((r+50)·ln(n/50+1)), word r of the
	// whole vocabulary with the function words ranked first. The most
	// common content word makes 0.3% of the content words, as "said" does.
	synthZipf = func() (t [4097]int32) {
		const offset = 50 // the ranks of the function words above the content words
		lo, hi := math.Log(offset), math.Log(float64(len(synthContent)+offset))
		for i := range t {
			t[i] = int32(math.Exp(lo+float64(i)/4096*(hi-lo))) - offset
		}
		return t
	}()
	synthStart = time.Date(2024, 1, 1, 6, 0, 0, 0, time.UTC)
)

// synthWords invents n distinct words, each the digits of its number in
// base len(syl) written as syllables, capitalised if asked.
func synthWords(n int, syl []string, capital bool) []string {
	words := make([]string, n)
	for i := range words {
		var b []byte
		k := i + len(syl) // at least two syllables
		for k > 0 {
			b = append(b, syl[k%len(syl)]...)
			k /= len(syl)
		}
		if capital {
			b[0] -= 'a' - 'A'
		}
		words[i] = string(b)
	}
	return words
}

// rng is SplitMix64. Streams are seeded through newRNG, because two
// SplitMix64 states a multiple of its increment apart give the same stream
// shifted.
type rng uint64

func newRNG(seed uint64) rng {
	r := rng(seed)
	return rng(r.next())
}

func (r *rng) next() uint64 {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func synthDoc(i int) dedup.Doc {
	r := newRNG(uint64(i) ^ 0x2545f4914f6cdd1d)
	src, copied := i, false
	if h := r.next(); i > 0 && h%10 == 0 {
		src, copied = i-1-int((h>>8)%uint64(min(i, 2000))), true
	}
	return dedup.Doc{
		ID:        "doc-" + strconv.Itoa(i),
		Date:      synthStart.Add(time.Duration(i) * 24 * time.Hour / 5000),
		Publisher: "site-" + strconv.Itoa(i%300),
		Text:      synthText(src, copied, uint64(i)),
	}
}

// synthText writes story number src, or, when copied, a near copy of it
// whose edits are drawn with seed.
func synthText(src int, copied bool, seed uint64) string {
	r := newRNG(uint64(src) ^ 0x94d049bb133111eb)
	edit := newRNG(seed ^ 0xd1342543de82ef95)
	b := make([]byte, 0, 2400)
	drop := -1
	if copied {
		for range 8 {
			b = append(b, synthContent[synthRank(&edit)]...)
			b = append(b, ' ')
		}
		b = append(b, "\n\n"...)
		drop = int(edit.next() % 3)
	}
	for words, para := 0, 0; words < 300; para++ {
		sentences := 3 + int(r.next()%3)
		for range sentences {
			n := 12 + int(r.next()%17)
			for w := range n {
				word := synthWord(&r)
				if copied && edit.next()%100 < 3 {
					word = synthWord(&edit)
				}
				if para == drop {
					continue // the rng stays in step with the original
				}
				if w == 0 && word[0] >= 'a' && word[0] <= 'z' {
					b = append(b, word[0]-'a'+'A')
					b = append(b, word[1:]...)
				} else {
					b = append(b, word...)
				}
				if w == n-1 {
					b = append(b, ". "...)
				} else {
					b = append(b, ' ')
				}
			}
			words += n
		}
		if para != drop {
			b = append(b, "\n\n"...)
		}
	}
	return string(b)
}

func synthWord(r *rng) string {
	h := r.next()
	switch p := h % 100; {
	case p < 45:
		return synthFunction[(h>>8)%uint64(len(synthFunction))]
	case p < 52:
		return synthNames[synthRank(r)%len(synthNames)]
	case p < 54:
		return strconv.Itoa(100 + int((h>>8)%100_000))
	}
	return synthContent[synthRank(r)]
}

func synthRank(r *rng) int {
	h := r.next()
	i := h >> 52
	lo, hi := synthZipf[i], synthZipf[i+1]
	return min(int(lo)+int((h>>8)%uint64(hi-lo+1)), len(synthContent)-1)
}

// BenchmarkSynth times the making of one synthetic story, which
// BenchmarkAdd leaves out of its timing.
func BenchmarkSynth(b *testing.B) {
	i := 0
	for b.Loop() {
		_ = synthDoc(i)
		i++
	}
}
