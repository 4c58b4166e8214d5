// Package sqlite keeps annals documents and events in an embedded SQLite
// database (modernc.org/sqlite: pure Go, no cgo, with FTS5).
//
// A database is one file (plus its -wal and -shm files while open). Open
// creates it or brings its schema up to date; the schema lives in schema/ as
// numbered SQL files applied in order, each in its own transaction, and
// recorded in the migrations table. A database written by a newer annals
// than this one is refused rather than guessed at.
//
// # Writing
//
// Put writes one coded document in one transaction: the document row, its
// sentences (and their full-text index, kept by triggers in the same
// transaction), its events and their mentions. Storing the same document
// again with the same content hash and dictionary version writes nothing;
// storing a changed one under the same id or URL replaces its sentences and
// events. PutBatch writes several documents in one transaction, which is
// much faster; each document in it is still all-or-nothing, and the batch
// commits or rolls back as a whole.
//
// # Durability
//
// The database runs in WAL mode with synchronous=NORMAL. Every transaction is
// atomic and the file is consistent after any crash: a killed process loses
// nothing it committed, and a document (or a batch) is either all there or
// not there at all. What NORMAL gives up against FULL is the last few
// commits before a power failure or an operating-system crash: the WAL is
// synced at checkpoints, not at every commit. Those commits roll back as a
// whole; since Put is idempotent, re-running the ingest restores them.
//
// # Reading
//
// Events selects events by an annals.Filter with bound parameters only, in
// date, document, sentence order; Filter.Text is an FTS5 query over the
// evidence sentences. DyadTimeline counts the events between two countries
// by month, from an index made for it. Reads use their own connections and
// see the last committed state, so a callback may write to the store it is
// reading. Check verifies the whole file.
package sqlite
