// Package ingest reads documents into annals: JSON Lines files with one
// document per line, and plain-text files with one document each.
//
// A JSONL line is an object with an id (string or number), a publication
// date, and the text; url, source and title are optional and every other
// field is ignored:
//
//	{"id": "afp-0001", "date": "2021-04-08", "source": "AFP", "text": "..."}
//
// The date is written YYYY-MM-DD or YYYYMMDD. A line without a date, or with
// a null date, is still a document: its Date is the zero time and the caller
// dates it (the gold file plover_gsr carries no dates, and every gold file
// must be valid input). A date that is present but malformed is an error.
//
// A malformed line never stops the reader by itself: it becomes a
// *LineError naming the file, the line and the field, handed to the
// caller's error function, which decides whether to skip the line or stop.
// The reader never panics, whatever the input, and handles lines of up to
// 64 MiB.
package ingest
