package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/annals-dev/annals"
)

// jsonlWriter writes one annals.Event JSON object per line. HTML is not
// escaped, so evidence text such as "<b>" or "AT&T" reads as written.
type jsonlWriter struct {
	w      *bufio.Writer
	enc    *json.Encoder
	closed bool
}

func newJSONLWriter(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriterSize(w, bufferSize)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{w: bw, enc: enc}
}

// Write writes the event and a newline.
func (j *jsonlWriter) Write(e *annals.Event) error {
	if j.closed {
		return errClosed
	}
	return j.enc.Encode(e)
}

// Close flushes the buffered lines.
func (j *jsonlWriter) Close() error {
	if j.closed {
		return errClosed
	}
	j.closed = true
	return j.w.Flush()
}
