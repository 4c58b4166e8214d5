package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports a long run: on a terminal, one line redrawn in place with
// documents/s and an ETA; otherwise a plain log line every few seconds.
type progress struct {
	w        io.Writer
	tty      bool
	start    time.Time
	last     time.Time
	every    time.Duration
	total    int64 // bytes of input, when known
	lastLine int
}

func newProgress(w io.Writer, totalBytes int64) *progress {
	p := &progress{w: w, start: time.Now(), total: totalBytes, every: 5 * time.Second}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty, p.every = true, 200*time.Millisecond
		}
	}
	p.last = p.start
	return p
}

// update reports docs documents done and doneBytes of the input read.
func (p *progress) update(docs int, doneBytes int64, force bool) {
	now := time.Now()
	if !force && now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(docs) / el
	}
	eta := "—"
	if p.total > 0 && doneBytes > 0 && doneBytes < p.total {
		left := time.Duration(el * (float64(p.total)/float64(doneBytes) - 1) * float64(time.Second))
		eta = left.Round(time.Second).String()
	} else if p.total > 0 && doneBytes >= p.total {
		eta = "0s"
	}
	pct := ""
	if p.total > 0 {
		pct = fmt.Sprintf(" %3.0f%%", 100*float64(min(doneBytes, p.total))/float64(p.total))
	}
	line := fmt.Sprintf("ingest:%s %d documents, %.0f documents/s, elapsed %s, ETA %s", pct, docs, rate, time.Duration(el*float64(time.Second)).Round(time.Second), eta)
	if p.tty {
		pad := max(0, p.lastLine-len(line))
		fmt.Fprintf(p.w, "\r%s%*s", line, pad, "")
		p.lastLine = len(line)
	} else {
		fmt.Fprintln(p.w, line)
	}
}

// done ends the progress line on a terminal.
func (p *progress) done() {
	if p.tty && p.lastLine > 0 {
		fmt.Fprintln(p.w)
	}
}
