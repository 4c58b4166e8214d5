package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// BenchCommand is "annals bench": it codes a corpus over and over and reports
// throughput and peak memory, the figures the README and issues quote.
type BenchCommand struct {
	*Main
}

// Run parses the flags and runs the benchmark.
func (c *BenchCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals bench", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	var (
		dicts     stringList
		sentences = fs.Int("sentences", 76000, "code until at least this many sentences have been coded")
		cpus      = fs.Int("cpus", 1, "cores to use (GOMAXPROCS); the published figures are for one")
		date      = fs.String("date", "2021-01-01", "publication date of plain-text inputs")
		profile   = fs.String("cpuprofile", "", "write a CPU profile to this file")
	)
	fs.Var(&dicts, "dict", "dictionary file (repeatable): annals format, or a TABARI, PETRARCH or Phoenix file or .project; replaces the built-in dictionaries")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: annals bench [flags] FILE...\n\nLoads the documents into memory, then codes them repeatedly until --sentences\nsentences have been coded, and prints sentences/s, MB/s, dictionary load time\nand peak memory.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	runtime.GOMAXPROCS(*cpus)
	t0 := time.Now()
	d, err := loadDicts(dicts)
	if err != nil {
		return err
	}
	limitMemory() // in the load time: its full collection is part of loading
	loadTime := time.Since(t0)

	r := &reader{stdin: c.Stdin, stderr: c.Stderr}
	r.date, _ = time.Parse(time.DateOnly, *date)
	var docs []*annals.Document
	perPass, bytesPerPass := 0, 0
	if err := r.each(ctx, fs.Args(), func(doc *annals.Document) error {
		docs = append(docs, doc)
		for _, sp := range text.Body(doc).Spans {
			perPass += len(text.Sentences(doc.Text, sp))
		}
		bytesPerPass += len(doc.Text)
		return nil
	}); err != nil {
		return err
	}
	if perPass == 0 {
		return fmt.Errorf("bench: the inputs hold no sentences")
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	cd, err := newCoder(d)
	if err != nil {
		return err
	}
	passes := (*sentences + perPass - 1) / perPass
	events := 0
	start := time.Now()
	for p := 0; p < passes; p++ {
		for _, doc := range docs {
			evs, err := cd.Code(ctx, doc)
			if err != nil && annals.ErrorCode(err) != annals.EINVALID {
				return err
			}
			events += len(evs)
		}
	}
	el := time.Since(start)
	n := passes * perPass
	mb := float64(passes*bytesPerPass) / 1e6
	w := bufio.NewWriter(c.Stdout)
	fmt.Fprintf(w, "documents      %d x %d passes\n", len(docs), passes)
	fmt.Fprintf(w, "sentences      %d\n", n)
	fmt.Fprintf(w, "events         %d\n", events)
	fmt.Fprintf(w, "elapsed        %.3f s on %d core(s)\n", el.Seconds(), *cpus)
	fmt.Fprintf(w, "sentences/s    %.0f\n", float64(n)/el.Seconds())
	fmt.Fprintf(w, "MB/s           %.2f\n", mb/el.Seconds())
	fmt.Fprintf(w, "dict load      %.3f s (version %s)\n", loadTime.Seconds(), d.Version)
	fmt.Fprintf(w, "peak memory    %s\n", peakMemory())
	return w.Flush()
}

// peakMemory returns the peak resident set size of the process (VmHWM on
// Linux), or the Go runtime's view of memory obtained from the OS elsewhere.
func peakMemory() string {
	if data, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				f := strings.Fields(rest)
				if len(f) == 2 && f[1] == "kB" {
					if kb, err := strconv.Atoi(f[0]); err == nil {
						return fmt.Sprintf("%.1f MB (peak RSS)", float64(kb)/1024)
					}
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return fmt.Sprintf("%.1f MB (Go runtime, from the OS)", float64(ms.Sys)/(1<<20))
}
