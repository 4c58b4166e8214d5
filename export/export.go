package export

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals"
)

// Format names an export format.
type Format string

// The export formats. The package documentation describes each.
const (
	GDELT  Format = "gdelt"
	CSV    Format = "csv"
	JSONL  Format = "jsonl"
	PLOVER Format = "plover"
	// Parquet writes one typed column per CSV column: strings as UTF-8
	// strings; sentence, quad, start and end as int32; goldstein and the
	// coordinates as float64; planned as a boolean; and date with the
	// Parquet DATE logical type (int32 days since 1970-01-01), which DuckDB
	// reads as DATE and pandas (pyarrow) as datetime.date values. Columns
	// the JSON encoding omits when empty (date_text, original_source,
	// location_country, location_adm1, location_precision) are optional and
	// null when empty; location_name, location_lat and location_lon are
	// null exactly when the event has no location.
	Parquet Format = "parquet"
)

// Formats returns every export format, in the order the documentation lists them.
func Formats() []Format {
	return []Format{GDELT, CSV, JSONL, PLOVER, Parquet}
}

// Writer writes events in one format. It is not safe for concurrent use.
type Writer interface {
	// Write writes one event. An event the format cannot represent (such as
	// a malformed date where the format needs one) is reported as an
	// annals.EINVALID error and nothing of it is written; the caller may
	// skip it and go on.
	Write(*annals.Event) error
	// Close flushes what is buffered and, for Parquet, writes the footer.
	// It does not close the underlying io.Writer.
	Close() error
}

// Options adjusts what a Writer writes. The zero value is ready to use.
type Options struct {
	// SourceURL returns the URL of the document with the given id, or ""
	// when it is not known. GDELT writes it in SOURCEURL, which is empty when
	// SourceURL is nil.
	SourceURL func(docID string) string
}

// New returns a Writer that writes events to w in the given format.
func New(format Format, w io.Writer) (Writer, error) {
	return NewWithOptions(format, w, Options{})
}

// NewWithOptions is New with options.
func NewWithOptions(format Format, w io.Writer, opt Options) (Writer, error) {
	switch format {
	case GDELT:
		return newGDELTWriter(w, opt), nil
	case CSV:
		return newCSVWriter(w)
	case JSONL:
		return newJSONLWriter(w), nil
	case PLOVER:
		return newPLOVERWriter(w), nil
	case Parquet:
		return newParquetWriter(w), nil
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return nil, annals.Errorf(annals.EINVALID, "unknown export format %q: want one of %s", format, strings.Join(names, ", "))
}

// errClosed is returned by Write and Close on a closed Writer.
var errClosed = errors.New("export: writer is closed")

// bufferSize is the size of the buffer each writer puts before its output,
// so that a row costs no system call.
const bufferSize = 64 << 10

// EventID returns a stable numeric id for an event: the 64-bit FNV-1a hash
// of its document id, sentence index (in decimal), source, target and code,
// each followed by a zero byte, with the top bit cleared so that the id is a
// positive int64, as GDELT's GLOBALEVENTID is. The same event coded again
// gets the same id, in any export and any run. Two events that agree on those
// five fields share an id: to annals they are the same event.
func EventID(e *annals.Event) int64 {
	h := uint64(fnvOffset)
	var num [20]byte
	h = fnvField(h, e.Doc)
	h = fnvField(h, strconv.AppendInt(num[:0], int64(e.Sentence), 10))
	h = fnvField(h, e.Source)
	h = fnvField(h, e.Target)
	h = fnvField(h, string(e.Code))
	return int64(h &^ (1 << 63))
}

// The 64-bit FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvField adds s and a zero byte after it to the FNV-1a hash h.
func fnvField[T string | []byte](h uint64, s T) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h * fnvPrime // the zero byte: h ^= 0 leaves h as it is
}

// eventDate parses the event's date, which annals writes as YYYY-MM-DD.
func eventDate(e *annals.Event) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, e.Date)
	if err != nil {
		return time.Time{}, annals.Errorf(annals.EINVALID, "event in %s, sentence %d: date %q: want YYYY-MM-DD", e.Doc, e.Sentence, e.Date)
	}
	return t, nil
}

// formatFloat writes f in the shortest form that reads back as f: "3.4",
// "-10", "0".
func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
