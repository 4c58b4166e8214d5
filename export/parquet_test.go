package export_test

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/export"
	"github.com/parquet-go/parquet-go"
)

// pqRow is a row of the Parquet export as a reader declares it, with a
// pointer for each optional column so that null and empty are told apart.
type pqRow struct {
	Doc               string   `parquet:"doc"`
	Sentence          int32    `parquet:"sentence"`
	Date              int32    `parquet:"date,date"`
	DatePrecision     string   `parquet:"date_precision"`
	DateText          *string  `parquet:"date_text,optional"`
	Planned           bool     `parquet:"planned"`
	Source            string   `parquet:"source"`
	Target            string   `parquet:"target"`
	Code              string   `parquet:"code"`
	Root              string   `parquet:"root"`
	Quad              int32    `parquet:"quad"`
	Goldstein         float64  `parquet:"goldstein"`
	SourceText        string   `parquet:"source_text"`
	TargetText        string   `parquet:"target_text"`
	VerbText          string   `parquet:"verb_text"`
	Start             int32    `parquet:"start"`
	End               int32    `parquet:"end"`
	Pattern           string   `parquet:"pattern"`
	OriginalSource    *string  `parquet:"original_source,optional"`
	LocationName      *string  `parquet:"location_name,optional"`
	LocationCountry   *string  `parquet:"location_country,optional"`
	LocationADM1      *string  `parquet:"location_adm1,optional"`
	LocationLat       *float64 `parquet:"location_lat,optional"`
	LocationLon       *float64 `parquet:"location_lon,optional"`
	LocationPrecision *string  `parquet:"location_precision,optional"`
	LocationFrom      *string  `parquet:"location_from,optional"`
	Story             string   `parquet:"story"`
	Mentions          int32    `parquet:"mentions"`
	Articles          int32    `parquet:"articles"`
	Sources           int32    `parquet:"sources"`
}

func (r *pqRow) event() annals.Event {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	e := annals.Event{
		Doc: r.Doc, Sentence: int(r.Sentence),
		Date:          time.Unix(int64(r.Date)*86400, 0).UTC().Format(time.DateOnly),
		DatePrecision: annals.Precision(r.DatePrecision), DateText: str(r.DateText), Planned: r.Planned,
		Source: r.Source, Target: r.Target, Code: annals.Code(r.Code), Root: r.Root,
		Quad: int(r.Quad), Goldstein: r.Goldstein,
		SourceText: r.SourceText, TargetText: r.TargetText, VerbText: r.VerbText,
		Start: int(r.Start), End: int(r.End), Pattern: r.Pattern, OriginalSource: str(r.OriginalSource),
		Story: r.Story, Mentions: int(r.Mentions), Articles: int(r.Articles), Sources: int(r.Sources),
	}
	if r.LocationName != nil {
		e.Location = &annals.Place{
			Name: *r.LocationName, Country: str(r.LocationCountry), ADM1: str(r.LocationADM1),
			Lat: *r.LocationLat, Lon: *r.LocationLon, Precision: str(r.LocationPrecision), From: str(r.LocationFrom),
		}
	}
	return e
}

func TestParquet(t *testing.T) {
	events := testEvents(t)
	out := write(t, export.Parquet, export.Options{}, events)

	rows, err := parquet.Read[pqRow](bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if len(rows) != len(events) {
		t.Fatalf("%d rows, want %d", len(rows), len(events))
	}
	for i := range rows {
		if got := rows[i].event(); !reflect.DeepEqual(got, events[i]) {
			t.Errorf("row %d read back as\n%+v\nwant\n%+v", i, got, events[i])
		}
	}
	// Null, not empty, where the event has no value.
	if rows[0].DateText != nil || rows[0].OriginalSource != nil || rows[1].LocationName != nil || rows[3].LocationADM1 != nil {
		t.Error("an empty optional value was written as a value, want null")
	}

	// The column types a reader sees: DuckDB and pyarrow map the DATE
	// logical type to a date.
	f, err := parquet.OpenFile(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	types := []struct {
		column   string
		kind     parquet.Kind
		logical  string
		optional bool
	}{
		{"doc", parquet.ByteArray, "STRING", false},
		{"sentence", parquet.Int32, "INT(32,true)", false},
		{"date", parquet.Int32, "DATE", false},
		{"planned", parquet.Boolean, "", false},
		{"quad", parquet.Int32, "INT(32,true)", false},
		{"goldstein", parquet.Double, "", false},
		{"start", parquet.Int32, "INT(32,true)", false},
		{"end", parquet.Int32, "INT(32,true)", false},
		{"date_text", parquet.ByteArray, "STRING", true},
		{"location_name", parquet.ByteArray, "STRING", true},
		{"location_lat", parquet.Double, "", true},
		{"location_lon", parquet.Double, "", true},
	}
	for _, c := range types {
		leaf, ok := f.Schema().Lookup(c.column)
		if !ok {
			t.Errorf("no column %s in\n%s", c.column, f.Schema())
			continue
		}
		typ := leaf.Node.Type()
		logical := ""
		if lt := typ.LogicalType(); lt != nil {
			logical = lt.String()
		}
		if typ.Kind() != c.kind || logical != c.logical || leaf.Node.Optional() != c.optional {
			t.Errorf("column %s: %v %q optional=%v, want %v %q optional=%v", c.column, typ.Kind(), logical, leaf.Node.Optional(), c.kind, c.logical, c.optional)
		}
	}
	if n := len(f.Schema().Fields()); n != 30 {
		t.Errorf("%d columns, want 30 (as many as CSV)", n)
	}
}

// An export with no events is still a readable file with the schema.
func TestParquetEmpty(t *testing.T) {
	out := write(t, export.Parquet, export.Options{}, nil)
	rows, err := parquet.Read[pqRow](bytes.NewReader(out), int64(len(out)))
	if err != nil || len(rows) != 0 {
		t.Fatalf("read back: %d rows, %v; want none and no error", len(rows), err)
	}
}
