package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// This file moves an embedded SQLite database into PostgreSQL (gapwatch
// migrate). Nothing in it names the data tables: they, their columns and
// the order of their foreign keys are read from the two schemas, so tables
// added by later migrations are copied too.

// Tables that are not copied: the schema version (the target's own goose
// table, set by the migrations) and what belongs to the running instances
// of one database rather than to its data.
var (
	// copySkipTables are never copied nor emptied: goose's version table,
	// the live instances (heartbeats) and any table of leases.
	copySkipTables = map[string]string{
		"goose_db_version": "the schema version, which the target's own migrations set",
		"instances":        "heartbeats of the old database's instances",
		"leases":           "leases held by the old database's instances",
	}
	// copySkipColumns keep the target's default ('' or NULL): a lease
	// taken by an instance of the old database means nothing in the new
	// one, and a row copied with it would wait for the lease to run out.
	copySkipColumns = map[string]bool{"lease_holder": true, "lease_until": true}
)

// ErrTargetNotEmpty says that the target database already holds data and
// --force was not given.
var ErrTargetNotEmpty = errors.New("storage: the target database is not empty")

// ErrCountMismatch says that a table's row count in the target differs from
// the source's after the copy; nothing was committed.
var ErrCountMismatch = errors.New("storage: row counts differ between source and target")

// ErrSourceMissing says that the SQLite file to copy from does not exist.
var ErrSourceMissing = errors.New("storage: the SQLite database does not exist")

// CopyOptions tune CopySQLiteToPostgres.
type CopyOptions struct {
	// Force replaces the target's data when it has any (TRUNCATE …
	// CASCADE in the copy's transaction); without it a non-empty target is
	// refused with ErrTargetNotEmpty.
	Force bool
	// Note, when set, receives what the copy does beside the counts (a
	// live source, an upgraded copy of an old one), one line at a time.
	Note func(string)
}

// TableCount is one table's row count on both sides.
type TableCount struct {
	Table          string
	Source, Target int64
	Duration       time.Duration // reading, writing and counting the table
}

// OK reports whether both sides hold the same number of rows.
func (c TableCount) OK() bool { return c.Source == c.Target }

// CopyReport is what CopySQLiteToPostgres did.
type CopyReport struct {
	Tables   []TableCount      // in copy order
	Skipped  map[string]string // table → why it was not copied (only those present)
	Replaced bool              // the target held data and --force replaced it
	// IndexTime is the time spent rebuilding the indexes and checking the
	// foreign keys after the rows were loaded.
	IndexTime time.Duration
	Duration  time.Duration
}

// CopySQLiteToPostgres copies every data table of the SQLite database at
// from into the PostgreSQL database at to, in one target transaction:
//
//   - from is opened read-only and never created (ErrSourceMissing when it
//     does not exist); all of it is read in one read transaction, a
//     consistent snapshot even while a `gapwatch run` writes to it. A
//     source at an older schema version is upgraded in a temporary copy
//     (from itself is not changed); one at a newer version is refused;
//   - to is migrated to the latest schema with the same migrations;
//   - a target holding any row in a data table is refused with
//     ErrTargetNotEmpty unless opts.Force, which truncates its data in the
//     same transaction;
//   - tables are copied in foreign-key order with COPY, with their
//     secondary indexes, unique constraints and foreign keys set aside and
//     rebuilt after the load (deferIndexes), their identity sequences
//     then set past the largest id, and each table's rows
//     counted on both sides: when a count differs the transaction is
//     rolled back and the error wraps ErrCountMismatch (the report holds
//     the counts).
//
// Errors name the file, table, row and column concerned and never hold
// the URL's password. The report is filled as far as the copy went; its
// counts are complete when the error is nil or wraps ErrCountMismatch.
func CopySQLiteToPostgres(ctx context.Context, from, to string, opts CopyOptions) (CopyReport, error) {
	start := time.Now()
	rep := CopyReport{Skipped: map[string]string{}}
	note := opts.Note
	if note == nil {
		note = func(string) {}
	}
	if !IsPostgresURL(to) {
		return rep, fmt.Errorf("storage: the target %q is not a postgres:// or postgresql:// URL", Redact(to))
	}
	target := Redact(to)
	src, cleanup, err := openCopySource(ctx, from, note)
	if err != nil {
		return rep, err
	}
	defer cleanup()

	// The target's schema, with the same migrations (and the same
	// advisory lock as instances starting on it).
	st, err := Open(ctx, to)
	if err != nil {
		return rep, err
	}
	st.Close()

	cfg, err := pgx.ParseConfig(to)
	if err != nil {
		return rep, fmt.Errorf("storage: cannot parse the PostgreSQL URL (%s)", target)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return rep, fmt.Errorf("storage: connect to %s: %s", target, redactErr(err, to))
	}
	defer conn.Close(context.WithoutCancel(ctx))

	// One snapshot of the source for everything read below.
	stx, err := src.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return rep, fmt.Errorf("storage: read %s: %w", from, err)
	}
	defer stx.Rollback()
	srcTables, err := sqliteTables(ctx, stx)
	if err != nil {
		return rep, fmt.Errorf("storage: read the schema of %s: %w", from, err)
	}

	ttx, err := conn.Begin(ctx)
	if err != nil {
		return rep, fmt.Errorf("storage: begin on %s: %s", target, redactErr(err, to))
	}
	defer ttx.Rollback(context.WithoutCancel(ctx))
	pgTables, err := postgresTables(ctx, ttx)
	if err != nil {
		return rep, fmt.Errorf("storage: read the schema of %s: %s", target, redactErr(err, to))
	}

	// Which tables, in which order, and whether each source column has a
	// place in the target.
	var names []string
	for name := range srcTables {
		if why, skip := copySkipTables[name]; skip {
			rep.Skipped[name] = why
			continue
		}
		if _, ok := pgTables[name]; !ok {
			return rep, fmt.Errorf("storage: table %s of %s does not exist in %s (is the target's schema from another gapwatch?)", name, from, target)
		}
		names = append(names, name)
	}
	for name := range pgTables {
		if _, skip := copySkipTables[name]; skip {
			continue
		}
		if _, ok := srcTables[name]; !ok {
			names = append(names, name) // target only: emptied with --force, counted 0 = 0
		}
	}
	names = fkOrder(names, srcTables)
	for _, name := range names {
		if t, ok := srcTables[name]; ok {
			for _, c := range t.cols {
				if copySkipColumns[strings.ToLower(c.name)] {
					continue
				}
				if _, ok := pgTables[name].cols[strings.ToLower(c.name)]; !ok {
					return rep, fmt.Errorf("storage: column %s.%s of %s does not exist in %s", name, c.name, from, target)
				}
			}
		}
	}

	// The target must be empty, or be emptied with --force.
	var full []string
	for _, name := range names {
		var has bool
		if err := ttx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM "+pgIdent(name)+")").Scan(&has); err != nil {
			return rep, fmt.Errorf("storage: look into %s of %s: %s", name, target, redactErr(err, to))
		}
		if has {
			full = append(full, name)
		}
	}
	if len(full) > 0 {
		if !opts.Force {
			return rep, fmt.Errorf("%w: %s has rows in %s; nothing was copied (use --force to replace its data with the copy)", ErrTargetNotEmpty, target, strings.Join(full, ", "))
		}
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = pgIdent(n)
		}
		if _, err := ttx.Exec(ctx, "TRUNCATE "+strings.Join(quoted, ", ")+" RESTART IDENTITY CASCADE"); err != nil {
			return rep, fmt.Errorf("storage: empty %s: %s", target, redactErr(err, to))
		}
		rep.Replaced = true
	}

	var srcNames []string
	for _, name := range names {
		if _, ok := srcTables[name]; ok {
			srcNames = append(srcNames, pgTables[name].name)
		}
	}
	restore, err := deferIndexes(ctx, ttx, srcNames)
	if err != nil {
		return rep, fmt.Errorf("storage: set the indexes of %s aside for the copy: %s", target, redactErr(err, to))
	}

	var mismatch []string
	for _, name := range names {
		tc := TableCount{Table: name}
		began := time.Now()
		if t, ok := srcTables[name]; ok {
			if tc.Source, err = copyTable(ctx, stx, ttx, t, pgTables[name]); err != nil {
				return rep, fmt.Errorf("storage: copy %s: %s", name, redactErr(err, to))
			}
			// COUNT(*) in the same snapshot, apart from the rows read.
			var n int64
			if err := stx.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+sqliteIdent(name)).Scan(&n); err != nil {
				return rep, fmt.Errorf("storage: count %s in %s: %w", name, from, err)
			}
			if n != tc.Source {
				return rep, fmt.Errorf("storage: %s in %s: read %d rows, COUNT(*) says %d", name, from, tc.Source, n)
			}
		}
		if err := ttx.QueryRow(ctx, "SELECT COUNT(*) FROM "+pgIdent(name)).Scan(&tc.Target); err != nil {
			return rep, fmt.Errorf("storage: count %s in %s: %s", name, target, redactErr(err, to))
		}
		if !tc.OK() {
			mismatch = append(mismatch, name)
		}
		tc.Duration = time.Since(began)
		rep.Tables = append(rep.Tables, tc)
	}
	if len(mismatch) > 0 {
		rep.Duration = time.Since(start)
		return rep, fmt.Errorf("%w: %s; rolled back, %s is as it was", ErrCountMismatch, strings.Join(mismatch, ", "), target)
	}
	began := time.Now()
	if err := restore(ctx); err != nil {
		return rep, fmt.Errorf("storage: rebuild the indexes and keys of %s after the copy: %s", target, redactErr(err, to))
	}
	rep.IndexTime = time.Since(began)
	for _, name := range names {
		if err := resetSequences(ctx, ttx, pgTables[name]); err != nil {
			return rep, fmt.Errorf("storage: reset the id sequence of %s: %s", name, redactErr(err, to))
		}
	}
	if err := ttx.Commit(ctx); err != nil {
		return rep, fmt.Errorf("storage: commit on %s: %s", target, redactErr(err, to))
	}
	rep.Duration = time.Since(start)
	return rep, nil
}

// openCopySource opens the SQLite file at path read-only, after checking
// that it exists and is a gapwatch database at this binary's schema
// version; an older one is upgraded in a temporary copy (removed by the
// returned cleanup).
func openCopySource(ctx context.Context, path string, note func(string)) (*sql.DB, func(), error) {
	nop := func() {}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nop, fmt.Errorf("%w: %s (give the path of the file `gapwatch run` used, e.g. its GAPWATCH_DB)", ErrSourceMissing, path)
	}
	if err != nil {
		return nil, nop, fmt.Errorf("storage: %w", err)
	}
	if fi.IsDir() {
		return nil, nop, fmt.Errorf("storage: %s is a directory, not an SQLite database", path)
	}
	if sqliteInUse(path) {
		note(fmt.Sprintf("%s is in use by a `gapwatch run`: copying one consistent snapshot of it as of now; what it writes afterwards is not copied (stop it first to move everything)", path))
	}
	db, err := openSQLiteReadOnly(path)
	if err != nil {
		return nil, nop, err
	}
	have, err := sqliteSchemaVersion(ctx, db)
	if err != nil {
		db.Close()
		return nil, nop, fmt.Errorf("storage: %s: %w", path, err)
	}
	want, err := latestVersion()
	if err != nil {
		db.Close()
		return nil, nop, err
	}
	switch {
	case have == want:
		return db, func() { db.Close() }, nil
	case have > want:
		db.Close()
		return nil, nop, fmt.Errorf("storage: %s is at schema version %d, newer than this gapwatch knows (%d): migrate it with the gapwatch that wrote it", path, have, want)
	}
	// Older: upgrade a copy, leaving the file as it is.
	dir, err := os.MkdirTemp("", "gapwatch-migrate-")
	if err != nil {
		db.Close()
		return nil, nop, fmt.Errorf("storage: %w", err)
	}
	cleanup := func() { os.RemoveAll(dir) }
	cp := filepath.Join(dir, "source.db")
	_, err = db.ExecContext(ctx, "VACUUM INTO ?", cp)
	db.Close()
	if err != nil {
		cleanup()
		return nil, nop, fmt.Errorf("storage: copy %s to upgrade it: %w", path, err)
	}
	note(fmt.Sprintf("%s is at schema version %d, this gapwatch at %d: copying from an upgraded copy of it (the file itself is left as it is)", path, have, want))
	up, err := Open(ctx, cp)
	if err != nil {
		cleanup()
		return nil, nop, fmt.Errorf("storage: upgrade a copy of %s: %w", path, err)
	}
	up.Close()
	db, err = openSQLiteReadOnly(cp)
	if err != nil {
		cleanup()
		return nil, nop, err
	}
	return db, func() { db.Close(); cleanup() }, nil
}

// openSQLiteReadOnly opens path read-only (mode=ro never creates it) on a
// single connection, so that one transaction sees one snapshot.
func openSQLiteReadOnly(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "10000")
	db, err := sql.Open("sqlite3", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM sqlite_master").Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w (is it an SQLite database?)", path, err)
	}
	return db, nil
}

// sqliteInUse reports whether another process holds the lock LockFile
// takes on path (a `gapwatch run`). It only probes: the lock is released
// at once.
func sqliteInUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

// sqliteSchemaVersion returns the goose version db's schema is at.
func sqliteSchemaVersion(ctx context.Context, db *sql.DB) (int64, error) {
	var n int
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'goose_db_version'").Scan(&n); err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, errors.New("not a gapwatch database (it has no goose_db_version table)")
	}
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, "SELECT MAX(version_id) FROM goose_db_version WHERE is_applied").Scan(&v); err != nil {
		return 0, err
	}
	return v.Int64, nil
}

// latestVersion is the number of the last migration this binary has.
func latestVersion() (int64, error) {
	ents, err := fs.ReadDir(migrationsFor(SQLite), ".")
	if err != nil {
		return 0, fmt.Errorf("storage: list migrations: %w", err)
	}
	var max int64
	for _, e := range ents {
		num, _, _ := strings.Cut(e.Name(), "_")
		if v, err := strconv.ParseInt(num, 10, 64); err == nil && v > max {
			max = v
		}
	}
	return max, nil
}

type copyColumn struct {
	name string // as the schema spells it
	typ  string // PostgreSQL: information_schema's data_type
	// serial: PostgreSQL: an identity column or one fed by a sequence
	serial bool
}

type copyTableSchema struct {
	name string
	cols map[string]copyColumn // lower-case name → column
	// SQLite only: the columns in order and the tables referenced.
	order []copyColumn
	refs  []string
}

// sqliteTables reads the tables of an SQLite database, their columns and
// the tables their foreign keys point to.
func sqliteTables(ctx context.Context, tx *sql.Tx) (map[string]*copyTableSchema, error) {
	rows, err := tx.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := map[string]*copyTableSchema{}
	for _, n := range names {
		t := &copyTableSchema{name: n, cols: map[string]copyColumn{}}
		cr, err := tx.QueryContext(ctx, "SELECT name FROM pragma_table_info(?) ORDER BY cid", n)
		if err != nil {
			return nil, err
		}
		for cr.Next() {
			var c copyColumn
			if err := cr.Scan(&c.name); err != nil {
				cr.Close()
				return nil, err
			}
			t.order = append(t.order, c)
			t.cols[strings.ToLower(c.name)] = c
		}
		cr.Close()
		fr, err := tx.QueryContext(ctx, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)", n)
		if err != nil {
			return nil, err
		}
		for fr.Next() {
			var ref string
			if err := fr.Scan(&ref); err != nil {
				fr.Close()
				return nil, err
			}
			t.refs = append(t.refs, strings.ToLower(ref))
		}
		fr.Close()
		out[strings.ToLower(n)] = t
	}
	return out, nil
}

// postgresTables reads the tables of the current schema and their columns.
func postgresTables(ctx context.Context, tx pgx.Tx) (map[string]*copyTableSchema, error) {
	rows, err := tx.Query(ctx, `SELECT c.table_name, c.column_name, c.data_type,
			c.is_identity = 'YES' OR COALESCE(c.column_default, '') LIKE 'nextval(%'
		FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
		ORDER BY c.table_name, c.ordinal_position`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]*copyTableSchema{}
	for rows.Next() {
		var table string
		var c copyColumn
		if err := rows.Scan(&table, &c.name, &c.typ, &c.serial); err != nil {
			return nil, err
		}
		key := strings.ToLower(table)
		t := out[key]
		if t == nil {
			t = &copyTableSchema{name: table, cols: map[string]copyColumn{}}
			out[key] = t
		}
		t.cols[strings.ToLower(c.name)] = c
		t.order = append(t.order, c)
	}
	return out, rows.Err()
}

// fkOrder sorts names so that a table comes after the tables its foreign
// keys point to (references to itself aside), by name among equals. Tables
// in a cycle follow the others by name: COPY checks their keys at the end
// of each table, so only a cycle across tables could fail, and then
// PostgreSQL says which key.
func fkOrder(names []string, schema map[string]*copyTableSchema) []string {
	sort.Strings(names)
	in := map[string]bool{}
	for _, n := range names {
		in[n] = true
	}
	done := map[string]bool{}
	var out []string
	for len(out) < len(names) {
		progress := false
		for _, n := range names {
			if done[n] {
				continue
			}
			ready := true
			if t := schema[n]; t != nil {
				for _, r := range t.refs {
					if r != n && in[r] && !done[r] {
						ready = false
						break
					}
				}
			}
			if ready {
				done[n] = true
				out = append(out, n)
				progress = true
			}
		}
		if !progress { // a cycle: the rest by name
			for _, n := range names {
				if !done[n] {
					done[n] = true
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// copyTable streams the rows of src into dst with COPY and returns how
// many it read.
func copyTable(ctx context.Context, stx *sql.Tx, ttx pgx.Tx, src, dst *copyTableSchema) (int64, error) {
	var srcCols, dstCols []string
	var convs []func(any) (any, error)
	for _, c := range src.order {
		if copySkipColumns[strings.ToLower(c.name)] {
			continue
		}
		d := dst.cols[strings.ToLower(c.name)]
		srcCols = append(srcCols, sqliteIdent(c.name))
		dstCols = append(dstCols, d.name)
		convs = append(convs, convertTo(d.typ))
	}
	if len(srcCols) == 0 {
		return 0, nil
	}
	rows, err := stx.QueryContext(ctx, "SELECT "+strings.Join(srcCols, ", ")+" FROM "+sqliteIdent(src.name))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int64
	vals := make([]any, len(srcCols))
	ptrs := make([]any, len(srcCols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var rowErr error
	next := func() (row []any, err error) {
		if !rows.Next() {
			return nil, nil
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		n++
		out := make([]any, len(vals))
		for i, v := range vals {
			if out[i], err = convs[i](v); err != nil {
				rowErr = fmt.Errorf("row %d (%s = %v), column %s: %w", n, dstCols[0], vals[0], dstCols[i], err)
				return nil, rowErr
			}
		}
		return out, nil
	}
	// What COPY stored is counted afterwards, beside n: a difference (a
	// trigger of the target's dropping rows) is a MISMATCH in the report.
	_, err = ttx.CopyFrom(ctx, pgx.Identifier{dst.name}, dstCols, pgx.CopyFromFunc(next))
	if rowErr != nil {
		return n, rowErr
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Where != "" {
		return n, fmt.Errorf("%w (%s)", err, pe.Where) // e.g. COPY figures, line 12, column quote
	}
	if err != nil {
		return n, err
	}
	return n, rows.Err()
}

// resetSequences sets the sequence behind each identity or serial column
// of t past the column's largest value, so new rows get fresh ids.
func resetSequences(ctx context.Context, tx pgx.Tx, t *copyTableSchema) error {
	for _, c := range t.order {
		if !c.serial {
			continue
		}
		_, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident($1), $2),
			COALESCE((SELECT MAX(`+pgIdent(c.name)+`) FROM `+pgIdent(t.name)+`), 0) + 1, false)`, t.name, c.name)
		if err != nil {
			return err
		}
	}
	return nil
}

func pgIdent(name string) string { return pgx.Identifier{name}.Sanitize() }

func sqliteIdent(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }
