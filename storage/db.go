// Package storage keeps gapwatch's state in SQLite (github.com/mattn/go-sqlite3),
// the embedded single-instance default, or in PostgreSQL
// (github.com/jackc/pgx/v5), shared by several instances:
// the catalog synced from the tracker file, figures with their evidence and
// append-only corrections, subscriptions, the outbox of messages to deliver,
// and per-source fetch state.
//
// Every method that changes more than one row opens one transaction and
// calls small helpers that take it. The clock is injectable.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/mattn/go-sqlite3" // the "sqlite3" driver
	"github.com/pressly/goose/v3"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the SQLite or PostgreSQL store. It is safe for concurrent use.
type Store struct {
	db      *sql.DB
	now     func() time.Time
	dialect Dialect
	name    string // the path, or the URL without its password
}

// Option configures a Store.
type Option func(*Store)

// WithClock makes the store read the time from now instead of time.Now.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// Open opens the database at path and applies pending migrations. A
// postgres:// or postgresql:// URL opens PostgreSQL (migrations serialized
// between instances by an advisory lock); anything else is an SQLite file,
// created if needed, with WAL, foreign keys and a busy timeout on every
// connection. It returns an error naming the path (never a password) when
// the database cannot be opened or migrated.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	if path == "" {
		return nil, errors.New("storage: database path is empty")
	}
	if IsPostgresURL(path) {
		name := Redact(path)
		db, err := openPostgres(ctx, path)
		if err != nil {
			return nil, fmt.Errorf("storage: open %s: %w", name, err)
		}
		if err := db.PingContext(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("storage: open %s: %s", name, redactErr(err, path))
		}
		return finishOpen(ctx, db, Postgres, name, opts)
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("storage: create directory for %s: %w", path, err)
		}
	}
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_txlock", "immediate")
	q.Set("_synchronous", "NORMAL")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	return finishOpen(ctx, db, SQLite, path, opts)
}

func finishOpen(ctx context.Context, db *sql.DB, d Dialect, name string, opts []Option) (*Store, error) {
	s := &Store{db: db, now: time.Now, dialect: d, name: name}
	for _, o := range opts {
		o(s)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: migrate %s: %w", name, err)
	}
	return s, nil
}

// migrate applies pending migrations; instances starting together on one
// PostgreSQL database take turns (the later ones find nothing to do).
func (s *Store) migrate(ctx context.Context) error {
	if s.upToDate(ctx) {
		return nil
	}
	return s.WithClusterLock(ctx, "migrate", func() error {
		if err := s.fixLeasesAsVersion7(ctx); err != nil {
			return err
		}
		p, err := goose.NewProvider(gooseDialect(s.dialect), s.db, migrationsFor(s.dialect))
		if err != nil {
			return err
		}
		_, err = p.Up(ctx)
		return err
	})
}

// Name is the database's path, or its URL without the password.
func (s *Store) Name() string { return s.name }

// redactErr is err's text with the password of dsn removed.
func redactErr(err error, dsn string) string {
	msg := err.Error()
	if u, perr := url.Parse(dsn); perr == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
	}
	return Redact(msg)
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Ping checks that the database answers; it returns the driver's error when
// it does not.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("storage: ping: %w", err)
	}
	return nil
}

// DB exposes the database handle for tests and benchmarks that seed data in
// bulk.
func (s *Store) DB() *sql.DB { return s.db }

// inTx runs fn in one transaction and commits it, or rolls it back when fn
// fails. SQLite's transactions are BEGIN IMMEDIATE (from the DSN): one
// writer at a time. PostgreSQL's are SERIALIZABLE, so instances writing
// together behave as if one wrote after the other; a transaction that
// loses such a race (serialization failure, deadlock) is run again, so fn
// must only assign what it computes, never accumulate across runs.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	var opts *sql.TxOptions
	if s.dialect == Postgres {
		opts = &sql.TxOptions{Isolation: sql.LevelSerializable}
	}
	for attempt := 1; ; attempt++ {
		err := s.runTx(ctx, opts, fn)
		if err == nil || !retryable(err) || attempt == 20 {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt) * 5 * time.Millisecond):
		}
	}
}

func (s *Store) runTx(ctx context.Context, opts *sql.TxOptions, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// retryable reports whether err is PostgreSQL saying that the transaction
// lost a race with another one and may simply be run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01": // serialization_failure, deadlock_detected
			return true
		}
	}
	return false
}

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const timeLayout = "2006-01-02T15:04:05.000000000Z"

// ts formats t for storage; the zero time is NULL.
func ts(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// parseTS reads a stored time; NULL or empty is the zero time.
func parseTS(ns sql.NullString) (time.Time, error) {
	if !ns.Valid || ns.String == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, ns.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad stored time %q: %w", ns.String, err)
	}
	return t, nil
}

func nullInt(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// mustSub returns the sub-tree dir of fsys; it panics only when dir is not
// a valid path, a programming error that every test would catch.
func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}
