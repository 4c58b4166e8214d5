package export

import (
	"io"
	"math"

	"github.com/annals-dev/annals"
	"github.com/parquet-go/parquet-go"
)

// parquetRow is one row of the Parquet export; see Parquet for the types.
// Dictionary encoding goes on the columns whose values repeat from row to
// row: a document's id and each code.
type parquetRow struct {
	Doc            string  `parquet:"doc,dict"`
	Sentence       int32   `parquet:"sentence"`
	Date           int32   `parquet:"date,date"`
	DatePrecision  string  `parquet:"date_precision,dict"`
	DateText       string  `parquet:"date_text,optional"`
	Planned        bool    `parquet:"planned"`
	Source         string  `parquet:"source,dict"`
	Target         string  `parquet:"target,dict"`
	Code           string  `parquet:"code,dict"`
	Root           string  `parquet:"root,dict"`
	Quad           int32   `parquet:"quad"`
	Goldstein      float64 `parquet:"goldstein"`
	SourceText     string  `parquet:"source_text"`
	TargetText     string  `parquet:"target_text"`
	VerbText       string  `parquet:"verb_text"`
	Start          int32   `parquet:"start"`
	End            int32   `parquet:"end"`
	Pattern        string  `parquet:"pattern,dict"`
	OriginalSource string  `parquet:"original_source,optional,dict"`

	LocationName      *string  `parquet:"location_name,optional"`
	LocationCountry   string   `parquet:"location_country,optional,dict"`
	LocationADM1      string   `parquet:"location_adm1,optional,dict"`
	LocationLat       *float64 `parquet:"location_lat,optional"`
	LocationLon       *float64 `parquet:"location_lon,optional"`
	LocationPrecision string   `parquet:"location_precision,optional,dict"`
	LocationFrom      string   `parquet:"location_from,optional,dict"`

	Story    string `parquet:"story,dict"`
	Mentions int32  `parquet:"mentions"`
	Articles int32  `parquet:"articles"`
	Sources  int32  `parquet:"sources"`
}

// rowGroupSize bounds the rows a Parquet writer holds in memory before it
// writes them out as a row group.
const rowGroupSize = 128 << 10

// parquetWriter writes a Parquet file, compressed with Zstandard, which
// DuckDB, pyarrow and Spark all read.
type parquetWriter struct {
	w      *parquet.GenericWriter[parquetRow]
	row    [1]parquetRow
	closed bool
}

func newParquetWriter(w io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewGenericWriter[parquetRow](w,
		parquet.Compression(&parquet.Zstd),
		parquet.MaxRowsPerRowGroup(rowGroupSize),
		parquet.CreatedBy("annals", "", ""),
	)}
}

// Write adds the event to the current row group.
func (p *parquetWriter) Write(e *annals.Event) error {
	if p.closed {
		return errClosed
	}
	t, err := eventDate(e)
	if err != nil {
		return err
	}
	for _, n := range [...]int{e.Sentence, e.Quad, e.Start, e.End, e.Mentions, e.Articles, e.Sources} {
		if n < math.MinInt32 || n > math.MaxInt32 {
			return annals.Errorf(annals.EINVALID, "event in %s, sentence %d: %d does not fit a Parquet int32 column", e.Doc, e.Sentence, n)
		}
	}
	r := parquetRow{
		Doc:            e.Doc,
		Sentence:       int32(e.Sentence),
		Date:           int32(t.Unix() / 86400),
		DatePrecision:  string(e.DatePrecision),
		DateText:       e.DateText,
		Planned:        e.Planned,
		Source:         e.Source,
		Target:         e.Target,
		Code:           string(e.Code),
		Root:           e.Root,
		Quad:           int32(e.Quad),
		Goldstein:      e.Goldstein,
		SourceText:     e.SourceText,
		TargetText:     e.TargetText,
		VerbText:       e.VerbText,
		Start:          int32(e.Start),
		End:            int32(e.End),
		Pattern:        e.Pattern,
		OriginalSource: e.OriginalSource,
		Story:          e.Story,
		Mentions:       int32(e.Mentions),
		Articles:       int32(e.Articles),
		Sources:        int32(e.Sources),
	}
	if l := e.Location; l != nil {
		name, lat, lon := l.Name, l.Lat, l.Lon
		r.LocationName, r.LocationLat, r.LocationLon = &name, &lat, &lon
		r.LocationCountry, r.LocationADM1, r.LocationPrecision, r.LocationFrom = l.Country, l.ADM1, l.Precision, l.From
	}
	p.row[0] = r
	_, err = p.w.Write(p.row[:])
	return err
}

// Close writes the last row group and the file footer.
func (p *parquetWriter) Close() error {
	if p.closed {
		return errClosed
	}
	p.closed = true
	return p.w.Close()
}
