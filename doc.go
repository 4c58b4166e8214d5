// Package annals holds the domain of the annals political event-data engine:
// documents and their sentences, actors, coded events, CAMEO codes and places,
// and the interfaces the pipeline stages implement.
//
// The root package imports no database, network or parser. Each stage lives in
// its own subpackage, in pipeline order:
//
//	ingest/  read documents (text, JSONL, feeds, HTML, WARC, gzip, directories)
//	text/    strip page furniture, split sentences, tokenize with byte offsets
//	dict/    read dictionaries (our own format) into token tries
//	coder/   find actors and verb patterns, assign roles, emit events
//	dates/   resolve the date each event happened
//	geo/     resolve the place each event happened (built-in gazetteer)
//	dedup/   detect republished copies of one story
//	cameo/   the CAMEO code table: names, Goldstein weights, quad classes
//	eval/    score coded events against gold files
//	sqlite/  store documents, sentences and events (embedded SQLite)
//	export/  write events as GDELT, CSV, JSONL, PLOVER or Parquet
//
// cmd/annals wires them into the command-line program.
package annals
