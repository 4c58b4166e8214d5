package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/annals-dev/annals"
)

// eventColumns names the CSV and Parquet columns: the annals.Event JSON
// keys in their order, with the location flattened.
var eventColumns = []string{
	"doc", "sentence", "date", "date_precision", "date_text", "planned",
	"source", "target", "code", "root", "quad", "goldstein",
	"source_text", "target_text", "verb_text", "start", "end",
	"pattern", "original_source",
	"location_name", "location_country", "location_adm1",
	"location_lat", "location_lon", "location_precision", "location_from",
	"story", "mentions", "articles", "sources",
}

// csvWriter writes RFC 4180 CSV with a header row. Booleans are written as
// true and false, numbers as Go formats them; the seven location columns are
// empty for an event without a location.
type csvWriter struct {
	w      *csv.Writer
	rec    []string
	closed bool
}

func newCSVWriter(w io.Writer) (*csvWriter, error) {
	c := &csvWriter{w: csv.NewWriter(w), rec: make([]string, 0, len(eventColumns))}
	// The header goes out even if no event follows, so that an empty
	// export still reads as a table with the right columns.
	if err := c.w.Write(eventColumns); err != nil {
		return nil, err
	}
	return c, nil
}

// Write writes the event as one record.
func (c *csvWriter) Write(e *annals.Event) error {
	if c.closed {
		return errClosed
	}
	r := append(c.rec[:0],
		e.Doc,
		strconv.Itoa(e.Sentence),
		e.Date,
		string(e.DatePrecision),
		e.DateText,
		strconv.FormatBool(e.Planned),
		e.Source,
		e.Target,
		string(e.Code),
		e.Root,
		strconv.Itoa(e.Quad),
		formatFloat(e.Goldstein),
		e.SourceText,
		e.TargetText,
		e.VerbText,
		strconv.Itoa(e.Start),
		strconv.Itoa(e.End),
		e.Pattern,
		e.OriginalSource,
	)
	if p := e.Location; p != nil {
		r = append(r, p.Name, p.Country, p.ADM1, formatFloat(p.Lat), formatFloat(p.Lon), p.Precision, p.From)
	} else {
		r = append(r, "", "", "", "", "", "", "")
	}
	r = append(r, e.Story, strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles), strconv.Itoa(e.Sources))
	c.rec = r
	return c.w.Write(r)
}

// Close flushes the buffered records.
func (c *csvWriter) Close() error {
	if c.closed {
		return errClosed
	}
	c.closed = true
	c.w.Flush()
	return c.w.Error()
}
