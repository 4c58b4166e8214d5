// Package export writes coded events in the formats researchers' tools read.
//
// A Writer takes events one at a time, so an export of any size streams from
// the store to the output (Parquet holds one row group, up to 131072 rows,
// before it writes it out):
//
//	w, err := export.New(export.GDELT, out)
//	...
//	err = store.Events(ctx, filter, w.Write)
//	...
//	err = w.Close() // flushes buffers and, for Parquet, writes the footer
//
// The formats:
//
//   - gdelt: the 61 tab-separated columns of the GDELT 2.0 event export, in
//     GDELT's order and without a header, as GDELT publishes them. Columns
//     annals has no value for are empty. GDELTColumns names the columns.
//   - csv: RFC 4180 with a header row: the annals event fields, named and
//     ordered as in the JSON encoding, with the location flattened into
//     location_name, location_country, location_adm1, location_lat,
//     location_lon and location_precision.
//   - jsonl: one JSON object per line, exactly the annals.Event encoding.
//   - plover: PLOVER JSON lines. Each CAMEO code maps to one of PLOVER's
//     sixteen event types, with a mode and contexts where PLOVER defines
//     them; see ToPLOVER. Events whose code PLOVER drops (CAMEO roots 01 and
//     02, statements and appeals) are left out.
//   - parquet: typed columns, named as in csv; see Parquet for the types.
//
// GDELT and PLOVER rows carry the same event id, EventID, so the two exports
// of one store can be joined. NewWithOptions takes Options; its SourceURL
// fills GDELT's SOURCEURL column from a document id.
package export
