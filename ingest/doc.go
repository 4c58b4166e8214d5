// Package ingest reads documents into annals from every input format it
// takes: JSON Lines, plain text, RSS, Atom and JSON feeds, HTML pages and
// WARC web archives. Every reader delivers *annals.Document values that say
// where they came from: an ID, and when known the URL, headline, publisher
// and publication date.
//
// ReadPath is the way in for a program: it reads a file or a directory tree,
// decompresses .gz files, finds each file's format by its content and its
// extension (see Detect) and calls the reader for it. Read does the same for
// one stream, such as standard input. Each format also has its own reader:
//
//	ReadJSONL  one document a line: {"id": …, "date": …, "text": …}
//	ReadText   one plain-text document, dated by the caller
//	ReadFeed   one document an item of an RSS, Atom or JSON feed
//	ReadHTML   the main text of one HTML page, without its furniture
//	ReadWARC   one document for each archived HTML page of a crawl
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
// Feeds and pages are converted from HTML to plain text: one line per
// paragraph, heading or list item, entities decoded, scripts and styles
// dropped. go-readability finds the article in a page, as a browser's reader
// view does. A date is always midnight UTC of the day the source wrote, in
// the source's own time zone: a story stamped 23:30 at UTC-5 on April 8 is
// dated April 8, because "yesterday" in it means April 7.
//
// A malformed record never stops a reader by itself: it becomes an error
// naming the file and the record — a *LineError (file, line, field), an
// *ItemError (file, feed item) or a *RecordError (file, WARC record, byte
// offset) — handed to the caller's error function, which decides whether to
// skip it or stop. An input that gives no document at all (a broken feed, an
// empty page) is one error naming the file, handled the same way. All these
// errors have the code annals.EINVALID.
//
// The readers never panic, whatever the input, and never trust a length
// they are given: JSONL lines are read up to 64 MiB, a feed, a page or an
// archived page is held in memory up to 64 MiB, and everything else in a
// WARC file is streamed past.
package ingest
