package eval

import (
	"bufio"
	"fmt"
	"io"
)

// WriteText writes r as the reference scorer prints it without --json,
// line for line, followed by the first misses misses (with a negative
// number, all but the last -misses, as a Python slice would have it).
func (r Report) WriteText(w io.Writer, misses int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "documents: %d\n", r.Documents)
	for _, l := range []struct {
		name string
		l    Level
	}{{"root", r.Root}, {"actor", r.Actor}, {"strict", r.Strict}} {
		fmt.Fprintf(bw, "%-7s P=%s R=%s F1=%s (tp=%d fp=%d fn=%d)\n",
			l.name, pyFixed3(l.l.Precision), pyFixed3(l.l.Recall), pyFixed3(l.l.F1), l.l.TP, l.l.FP, l.l.FN)
	}
	fmt.Fprintf(bw, "dated   R=%s (events with a gold date whose date also matched)\n", pyFixed3(r.Dated.Recall))
	n := misses
	if n < 0 {
		n = max(len(r.Misses)+n, 0)
	}
	for _, m := range r.Misses[:min(n, len(r.Misses))] {
		fmt.Fprintf(bw, "  %-5s %s: %s -> %s %s\n", m.Kind, m.Doc, m.Source, m.Target, m.Code)
	}
	return bw.Flush()
}

// WriteJSON writes r as the reference scorer's --json output, byte for
// byte: json.dumps of its figures, NaN written as NaN. That is not strict
// JSON, which is why Report has no MarshalJSON.
func (r Report) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{")
	for _, l := range []struct {
		name string
		l    Level
	}{{"root", r.Root}, {"actor", r.Actor}, {"strict", r.Strict}, {"dated", r.Dated}} {
		fmt.Fprintf(bw, `"%s": {"tp": %d, "fp": %d, "fn": %d, "precision": %s, "recall": %s, "f1": %s}, `,
			l.name, l.l.TP, l.l.FP, l.l.FN, pyJSONFloat(l.l.Precision), pyJSONFloat(l.l.Recall), pyJSONFloat(l.l.F1))
	}
	fmt.Fprintf(bw, "\"documents\": %d}\n", r.Documents)
	return bw.Flush()
}
