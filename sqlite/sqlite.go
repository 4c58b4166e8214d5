package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Store is an annals.Store in an SQLite database file.
type Store struct {
	path string
	// w is the single writer: one connection, so writers in this process
	// queue in Go instead of spinning on SQLite's lock. Its transactions
	// begin IMMEDIATE, so a writer in another process waits (busy_timeout)
	// at BEGIN rather than failing at its first write.
	w *sql.DB
	// r serves reads. In WAL mode readers see the last commit and never
	// block the writer or each other.
	r *sql.DB

	put    putStmts
	closed bool
}

var _ annals.Store = (*Store)(nil)

// busyTimeout is how long a connection waits for another process's write
// lock before giving up with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// Open opens the database at path, creating it if it does not exist, and
// applies any migrations it lacks. It fails if the database was written by
// a newer annals whose schema this one does not know.
func Open(path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") || strings.ContainsRune(path, '?') {
		return nil, annals.Errorf(annals.EINVALID, "sqlite: %q: need the path of a database file (no URI, no '?')", path)
	}
	s := &Store{path: path}
	// WAL with synchronous=NORMAL: see the package documentation. A
	// checkpoint every 8000 pages (32 MB of WAL) rather than 1000 copies
	// the pages every document touches (index interiors, the full-text
	// index's structure) to the database file less often.
	params := "_pragma=busy_timeout(" + strconv.Itoa(int(busyTimeout/time.Millisecond)) + ")" +
		"&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_pragma=wal_autocheckpoint(8000)"
	var err error
	// The writer's page cache holds the indexes' upper levels (64 MB).
	if s.w, err = sql.Open("sqlite", path+"?"+params+"&_pragma=cache_size(-65536)&_txlock=immediate"); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	s.w.SetConnMaxIdleTime(0)

	ctx := context.Background()
	if err := migrate(ctx, s.w); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.r, err = sql.Open("sqlite", path+"?"+params+"&_pragma=cache_size(-16384)&_pragma=query_only(1)"); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.r.SetMaxIdleConns(max(2, runtime.GOMAXPROCS(0)))
	if err := s.put.prepare(ctx, s.w); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database. The last connection to close checkpoints the
// WAL into the main file. Closing a closed store does nothing.
func (s *Store) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	var errs []error
	if s.w != nil && s.r != nil {
		// Keep the query planner's statistics fresh; cheap when they are.
		_, err := s.w.Exec("PRAGMA optimize")
		errs = append(errs, err)
	}
	s.put.close()
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if s.w != nil {
		errs = append(errs, s.w.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close %s: %w", s.path, err)
	}
	return nil
}

// Check runs SQLite's integrity and foreign-key checks and FTS5's check of
// the full-text index against the sentences, and returns an error
// describing the first problems they find. It reads the whole database.
func (s *Store) Check(ctx context.Context) error {
	var problems []string
	rows, err := s.r.QueryContext(ctx, "PRAGMA integrity_check(20)")
	if err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return fmt.Errorf("check %s: %w", s.path, err)
		}
		if msg != "ok" {
			problems = append(problems, msg)
		}
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	rows, err = s.r.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() && len(problems) < 20 {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return fmt.Errorf("check %s: %w", s.path, err)
		}
		problems = append(problems, fmt.Sprintf("%s row %d: no parent in %s", table, rowid.Int64, parent))
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check %s: %s", s.path, strings.Join(problems, "; "))
	}
	// A command written as an INSERT, so it runs on the writer.
	if _, err := s.w.ExecContext(ctx, `INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		return fmt.Errorf("check %s: full-text index: %w", s.path, err)
	}
	return nil
}

//go:embed schema/*.sql
var schemaFS embed.FS

// A migration is one numbered file of schema/: NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. Their numbers must
// run 1, 2, 3… without gaps: a gap is a mistake in the source tree.
func migrations() ([]migration, error) {
	names, err := fs.Glob(schemaFS, "schema/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", name)
		}
		b, err := schemaFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, strings.TrimSuffix(base, ".sql"), string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion returns the schema version this package writes: the
// number of its newest migration.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate brings the database's schema up to date, one migration per
// transaction. The version is read again inside each transaction, so two
// processes opening a new database at once do not apply a migration twice.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	latest := ms[len(ms)-1].version
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	for _, m := range ms {
		if err := applyMigration(ctx, db, m, latest); err != nil {
			return err
		}
	}
	return nil
}

// applyMigration applies m unless the database already has it.
func applyMigration(ctx context.Context, db *sql.DB, m migration, latest int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	var current int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM migrations").Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > latest {
		return annals.Errorf(annals.EINVALID,
			"database schema version %d is newer than this annals supports (%d): use a newer annals", current, latest)
	}
	if current >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}

// isQueryError reports whether err is SQLite rejecting a query as such
// (SQLITE_ERROR: a syntax error, an unknown column) rather than failing to
// run it.
func isQueryError(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_ERROR
}
