package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dedup"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/sqlite"
)

// IngestCommand is "annals ingest": it reads documents, codes them and
// stores documents, sentences and events in the database.
type IngestCommand struct {
	*Main
}

// ingestBatch is how many documents are written per transaction: a commit
// per document is the slow part of storing, and 400 takes about 6% less
// CPU per document than 100 on BenchmarkIngest (fewer commits and
// full-text segments) for about 10 MB held. A batch commits whole or not
// at all, and a re-run completes one that a kill cut short.
const ingestBatch = 400

// Run parses the flags and ingests every input.
func (c *IngestCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annals ingest", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	var dicts stringList
	db := dbFlag(fs)
	date := fs.String("date", "", "publication date of inputs that carry none (YYYY-MM-DD; default today)")
	lang := fs.String("lang", "", "language of inputs that declare none, as a BCP 47 tag (en-GB, en-US, fr): decides how 09/11/2020 reads")
	strict := fs.Bool("strict", false, "stop at the first bad input instead of skipping it")
	quiet := fs.Bool("quiet", false, "no progress reports, only the summary")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once, beside the reading and the writing (1: everything on one goroutine)")
	fs.Var(&dicts, "dict", "dictionary file (repeatable): annals format, or a TABARI, PETRARCH or Phoenix file or .project; replaces the built-in dictionaries")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: annals ingest [flags] PATH|URL...\n\nReads plain text, .jsonl, RSS/Atom/JSON feeds, HTML pages, WARC files, .gz of\nany of these and directories (recursively); codes them and stores documents,\nsentences and events. Re-running is safe: unchanged documents are skipped,\nchanged ones replaced.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if *workers < 1 {
		fmt.Fprintf(c.Stderr, "annals ingest: --workers: %d: want at least 1\n", *workers)
		return errUsage
	}
	opts := ingest.Options{Date: today(), Lang: *lang}
	if *date != "" {
		d, err := ingest.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(c.Stderr, "annals ingest: --date: %v\n", err)
			return errUsage
		}
		opts.Date = d
	}
	d, err := loadDicts(dicts)
	if err != nil {
		return err
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	cd, err := storeCoder(ctx, d, st)
	if err != nil {
		return err
	}
	run := &ingestRun{cmd: c, st: st, cd: cd, strict: *strict, skipped: map[string]int{}}
	if run.stories, err = storyIndex(ctx, st); err != nil {
		return err
	}
	files, urls, total, err := listInputs(fs.Args())
	if err != nil {
		return err
	}
	if !*quiet {
		run.prog = newProgress(c.Stderr, total)
	}
	start := time.Now()
	if *workers > 1 {
		run.pipe = newPipeline(ctx, run, *workers)
	}
	var done int64
	for _, in := range files {
		if err := run.read(ctx, in.path, opts); err != nil {
			return run.finish(err, start)
		}
		done += in.size
		run.progress(done)
	}
	for _, u := range urls {
		if err := run.fetch(ctx, u, opts); err != nil {
			return run.finish(err, start)
		}
	}
	return run.finish(nil, start)
}

// ingestRun holds the counters of one ingest.
type ingestRun struct {
	cmd                                *IngestCommand
	st                                 *sqlite.Store
	cd                                 *coder.Coder
	stories                            *dedup.Index // every document stored or read, to find copies
	strict                             bool
	prog                               *progress
	batch                              []*annals.Coded
	nread, stored, unchanged, replaced int
	events                             int
	skipped                            map[string]int // reason → count
	nskipped                           int

	// pipe codes documents on other goroutines and stores them in order on
	// another; nil when everything runs on the reading goroutine.
	pipe *pipeline
	// mu guards what both the reading goroutine and the pipeline's writer
	// touch: nread, skipped, nskipped, prog and Stderr.
	mu sync.Mutex
}

func (r *ingestRun) read(ctx context.Context, path string, opts ingest.Options) error {
	return ingest.ReadPath(ctx, path, opts, r.doc(ctx), r.bad)
}

func (r *ingestRun) fetch(ctx context.Context, url string, opts ingest.Options) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return r.bad(fmt.Errorf("%s: %w", url, err))
	}
	req.Header.Set("User-Agent", "annals (+https://github.com/annals-dev/annals)")
	client := &http.Client{Timeout: 60 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return r.bad(fmt.Errorf("%s: %w", url, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return r.bad(fmt.Errorf("%s: HTTP %s", url, resp.Status))
	}
	return ingest.Read(resp.Body, url, opts, r.doc(ctx), r.bad)
}

// doc finds the story of a document (in reading order, so that the first
// copy read is the story's), then codes it and queues it for the next
// batch, here or through the pipeline.
func (r *ingestRun) doc(ctx context.Context) func(*annals.Document) error {
	return func(doc *annals.Document) error {
		r.mu.Lock()
		r.nread++
		r.mu.Unlock()
		readAs := r.stories.AddDocument(doc)
		if r.pipe != nil {
			return r.pipe.submit(doc, readAs)
		}
		coded, err := codeCopy(ctx, r.cd, doc, readAs)
		return r.take(ctx, doc, coded, err)
	}
}

// take queues a coded document for the next batch, writing the batch when
// it is full; err is the coder's.
func (r *ingestRun) take(ctx context.Context, doc *annals.Document, coded *annals.Coded, err error) error {
	if err != nil {
		if annals.ErrorCode(err) == annals.EINVALID {
			return r.bad(err)
		}
		return err
	}
	// A document the store would refuse must not sink its whole batch.
	if err := sqlite.Validate(coded); err != nil {
		return r.bad(fmt.Errorf("%s: %w", doc.ID, err))
	}
	r.batch = append(r.batch, coded)
	if len(r.batch) >= ingestBatch {
		return r.flush(ctx)
	}
	r.progress(0)
	return nil
}

// progress reports how far the run is: done bytes of the input, or 0 to
// keep the last figure.
func (r *ingestRun) progress(done int64) {
	if r.prog == nil {
		return
	}
	r.mu.Lock()
	r.prog.update(r.nread, done, false)
	r.mu.Unlock()
}

// pipeline codes documents on several goroutines while the reading
// goroutine reads on and a writer goroutine stores the coded documents in
// reading order, so that batches, copies and re-runs behave exactly as
// when one goroutine does everything.
type pipeline struct {
	jobs  chan codeJob
	order chan chan codeResult // one result slot per document, in reading order
	stop  chan struct{}        // closed when the writer fails
	done  chan struct{}        // closed when the writer has finished
	wg    sync.WaitGroup       // the coding goroutines
	err   error                // the writer's error; read after stop or done is closed
}

type codeJob struct {
	doc, readAs *annals.Document
	out         chan codeResult
}

type codeResult struct {
	doc   *annals.Document
	coded *annals.Coded
	err   error
}

// newPipeline starts workers coding goroutines and the writer, which hands
// each result to r.take.
func newPipeline(ctx context.Context, r *ingestRun, workers int) *pipeline {
	p := &pipeline{
		jobs: make(chan codeJob, workers),
		// Enough documents in flight for the coders to keep busy while the
		// writer writes a batch.
		order: make(chan chan codeResult, ingestBatch+4*workers),
		stop:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	for range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				coded, err := codeCopy(ctx, r.cd, j.doc, j.readAs)
				j.out <- codeResult{j.doc, coded, err}
			}
		}()
	}
	go func() {
		defer close(p.done)
		for out := range p.order {
			res := <-out
			if p.err != nil {
				continue // drain: the run is over
			}
			if err := r.take(ctx, res.doc, res.coded, res.err); err != nil {
				p.err = err
				close(p.stop)
			}
		}
	}()
	return p
}

// submit queues a document for coding; it fails once the writer has.
func (p *pipeline) submit(doc, readAs *annals.Document) error {
	out := make(chan codeResult, 1)
	select {
	case p.order <- out:
	case <-p.stop:
		return p.err
	}
	p.jobs <- codeJob{doc, readAs, out}
	return nil
}

// wait lets the queued documents through and returns the writer's error.
func (p *pipeline) wait() error {
	close(p.jobs)
	close(p.order)
	<-p.done
	p.wg.Wait()
	return p.err
}

// storyIndex returns an index of the stored documents, so that the
// documents of this run that republish them join their stories.
func storyIndex(ctx context.Context, st *sqlite.Store) (*dedup.Index, error) {
	x := dedup.New(dedup.DefaultOptions())
	err := st.Documents(ctx, func(d *annals.Document) error {
		x.AddDocument(d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index the stored documents for copies: %w", err)
	}
	return x, nil
}

// flush writes the queued documents in one transaction.
func (r *ingestRun) flush(ctx context.Context) error {
	if len(r.batch) == 0 {
		return nil
	}
	res, err := r.st.PutBatch(ctx, r.batch)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	for i, p := range res {
		switch p {
		case annals.Stored:
			r.stored++
			r.events += len(r.batch[i].Events)
		case annals.Replaced:
			r.replaced++
			r.events += len(r.batch[i].Events)
		case annals.Unchanged:
			r.unchanged++
		}
	}
	r.batch = r.batch[:0]
	return nil
}

// bad records a skipped input, or stops the run under --strict.
func (r *ingestRun) bad(err error) error {
	if r.strict {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.nskipped++
	reason := err.Error()
	var le *ingest.LineError
	if errors.As(err, &le) {
		reason = le.Field + ": " + le.Reason
	}
	r.skipped[reason]++
	if r.prog != nil && r.prog.tty {
		fmt.Fprintln(r.cmd.Stderr)
	}
	fmt.Fprintf(r.cmd.Stderr, "annals ingest: skipped: %v\n", err)
	return nil
}

// finish writes what is queued and prints the summary.
func (r *ingestRun) finish(err error, start time.Time) error {
	if r.pipe != nil {
		if perr := r.pipe.wait(); err == nil {
			err = perr
		}
	}
	ctx := context.Background() // write what was read even when interrupted
	if ferr := r.flush(ctx); err == nil {
		err = ferr
	}
	if r.prog != nil {
		r.prog.update(r.nread, r.prog.total, true)
		r.prog.done()
	}
	w := r.cmd.Stderr
	fmt.Fprintf(w, "read %d documents: %d stored, %d replaced, %d unchanged, %d skipped; %d events; elapsed %s\n",
		r.nread, r.stored, r.replaced, r.unchanged, r.nskipped, r.events, since(start))
	if len(r.skipped) > 0 {
		reasons := make([]string, 0, len(r.skipped))
		for k := range r.skipped {
			reasons = append(reasons, k)
		}
		sort.Strings(reasons)
		for _, k := range reasons {
			fmt.Fprintf(w, "  skipped %d: %s\n", r.skipped[k], k)
		}
	}
	if err != nil {
		return err
	}
	if r.nskipped > 0 {
		return fmt.Errorf("%d input(s) skipped: %w", r.nskipped, errIncomplete)
	}
	return nil
}

// input is one file to read, with its size for the progress estimate.
type input struct {
	path string
	size int64
}

// listInputs expands directories into their files (as ingest.ReadPath reads
// them: recursively, in lexical order, without hidden files) so that progress
// can be reported per file, and sets URLs apart.
func listInputs(args []string) (files []input, urls []string, total int64, err error) {
	for _, a := range args {
		if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			urls = append(urls, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			files = append(files, input{path: p, size: info.Size()})
			total += info.Size()
			return nil
		})
		if err != nil {
			return nil, nil, 0, err
		}
	}
	return files, urls, total, nil
}

func today() time.Time {
	y, m, d := time.Now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
