package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

// Dialect names the database behind a Store. The SQL in this package is
// written once, for both; the differences are few and named here:
//
//   - placeholders: queries are written with "?"; on PostgreSQL the
//     connection rewrites them to $1, $2, … (pgRebind);
//   - booleans are stored as 0/1 integers in both: on PostgreSQL a Go bool
//     argument is sent as 0 or 1 (pgArgs);
//   - the schema: the migrations are written for SQLite and rewritten for
//     PostgreSQL by pgSchemaRewrites (64-bit integers, identity keys,
//     no WITHOUT ROWID, BLOB as BYTEA);
//   - several instances: PostgreSQL serializes cluster-wide work with
//     advisory locks and shares work through leases taken with
//     FOR UPDATE SKIP LOCKED; SQLite is one instance, held by an
//     operating-system lock on the file (see LockFile).
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// IsPostgresURL reports whether dsn names a PostgreSQL database
// (postgres://… or postgresql://…) rather than an SQLite file.
func IsPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

var passwordInURL = regexp.MustCompile(`(postgres(?:ql)?://[^:@/\s]*:)[^@/\s]*@`)

var passwordParam = regexp.MustCompile(`(?i)(password=)[^&\s]*`)

// Redact returns dsn without its password, for logs, errors and pages.
func Redact(dsn string) string {
	dsn = passwordInURL.ReplaceAllString(dsn, "${1}xxxxx@")
	return passwordParam.ReplaceAllString(dsn, "${1}xxxxx")
}

// openPostgres opens a pool on the PostgreSQL database at dsn whose
// connections accept this package's "?" placeholders.
func openPostgres(ctx context.Context, dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		// pgx's parse errors may quote the URL: say only what is wrong.
		return nil, fmt.Errorf("cannot parse the PostgreSQL URL (%s)", Redact(dsn))
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	db.SetMaxOpenConns(10)
	db.SetMaxIdleConns(10)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, nil
}

type pgConnector struct{ driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{conn.(*stdlib.Conn)}, nil
}

// pgConn is a pgx connection that takes "?" placeholders and 0/1 booleans.
type pgConn struct{ *stdlib.Conn }

// Only this package's queries (written with "?") are rewritten; others
// (goose's, written for PostgreSQL with $1) pass unchanged.

func (c *pgConn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}

func (c *pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	st, err := c.Conn.PrepareContext(ctx, pgRebind(q))
	if err != nil || !strings.Contains(q, "?") {
		return st, err
	}
	return pgStmt{st}, nil
}

func (c *pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, pgRebind(q), pgArgs(q, args))
}

func (c *pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, pgRebind(q), pgArgs(q, args))
}

type pgStmt struct{ driver.Stmt }

func (s pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, pgArgs("?", args))
}

func (s pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	return s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, pgArgs("?", args))
}

// pgArgs sends the Go booleans of this package's queries (q has "?"
// placeholders) as the 0/1 integers both schemas store.
func pgArgs(q string, args []driver.NamedValue) []driver.NamedValue {
	if !strings.Contains(q, "?") {
		return args
	}
	for i, a := range args {
		if b, ok := a.Value.(bool); ok {
			if b {
				args[i].Value = int64(1)
			} else {
				args[i].Value = int64(0)
			}
		}
	}
	return args
}

var rebound sync.Map // query → rewritten query

// pgRebind rewrites the "?" placeholders of q (outside quotes and
// comments) as $1, $2, …, and numbered ones (?1) as $1.
func pgRebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	if r, ok := rebound.Load(q); ok {
		return r.(string)
	}
	var b strings.Builder
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i
			}
			b.WriteString(q[i : i+j])
			i += j - 1
			continue
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 { // ?NNN: numbered, as SQLite writes it
				b.WriteString("$" + q[i+1:j])
				i = j - 1
				continue
			}
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(c)
	}
	r := b.String()
	rebound.Store(q, r)
	return r
}

// pgSchemaRewrites turn the SQLite migrations into PostgreSQL's, in order.
var pgSchemaRewrites = []struct {
	name string
	re   *regexp.Regexp
	to   string
}{
	{"identity keys", regexp.MustCompile(`\bINTEGER PRIMARY KEY\b`), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"},
	{"64-bit integers", regexp.MustCompile(`\bINTEGER\b`), "BIGINT"},
	{"double precision", regexp.MustCompile(`\bREAL\b`), "DOUBLE PRECISION"},
	{"no WITHOUT ROWID", regexp.MustCompile(`\)\s*WITHOUT ROWID;`), ");"},
	{"bytes", regexp.MustCompile(`\bBLOB\b`), "BYTEA"},
}

// migrationsFor returns the migrations as dialect d runs them: SQLite's as
// written; PostgreSQL's rewritten by pgSchemaRewrites. A file whose name
// ends in .sqlite.sql or .postgres.sql is only for that dialect.
func migrationsFor(d Dialect) fs.FS {
	return dialectFS{mustSub(migrations, "migrations"), d}
}

type dialectFS struct {
	fs.FS
	d Dialect
}

func (f dialectFS) ReadDir(name string) ([]fs.DirEntry, error) {
	ents, err := fs.ReadDir(f.FS, name)
	if err != nil {
		return nil, err
	}
	out := ents[:0:0]
	for _, e := range ents {
		n := e.Name()
		if (f.d == Postgres && strings.HasSuffix(n, ".sqlite.sql")) || (f.d == SQLite && strings.HasSuffix(n, ".postgres.sql")) {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

func (f dialectFS) Open(name string) (fs.File, error) {
	file, err := f.FS.Open(name)
	if err != nil || f.d != Postgres || !strings.HasSuffix(name, ".sql") {
		return file, err
	}
	defer file.Close()
	b, err := io.ReadAll(file)
	if err != nil {
		return nil, err
	}
	return &memFile{strings.NewReader(pgSchema(string(b))), file}, nil
}

// pgSchema applies pgSchemaRewrites to a migration.
func pgSchema(s string) string {
	for _, r := range pgSchemaRewrites {
		s = r.re.ReplaceAllString(s, r.to)
	}
	return s
}

type memFile struct {
	*strings.Reader
	orig fs.File
}

func (m *memFile) Stat() (fs.FileInfo, error) {
	fi, err := m.orig.Stat()
	if err != nil {
		return nil, err
	}
	return sizedInfo{fi, m.Reader.Size()}, nil
}
func (m *memFile) Close() error { return nil }

type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (s sizedInfo) Size() int64 { return s.size }

func gooseDialect(d Dialect) goose.Dialect {
	if d == Postgres {
		return goose.DialectPostgres
	}
	return goose.DialectSQLite3
}

// advisoryKey is the PostgreSQL advisory-lock key of name within the
// current schema (so that databases sharing a cluster, and tests sharing a
// database in their own schemas, do not block one another).
const advisoryKey = `hashtextextended(current_schema() || ':gapwatch:' || ?, 0)`

// WithClusterLock runs fn while holding the cluster-wide lock called name:
// on PostgreSQL a session advisory lock, so instances starting together
// run fn one after the other; on SQLite (one instance) fn just runs.
func (s *Store) WithClusterLock(ctx context.Context, name string, fn func() error) error {
	if s.dialect != Postgres {
		return fn()
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("storage: lock %s: %w", name, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock("+advisoryKey+")", name); err != nil {
		return fmt.Errorf("storage: lock %s: %w", name, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock("+advisoryKey+")", name)
	return fn()
}

// Dialect returns the database the store uses.
func (s *Store) Dialect() Dialect { return s.dialect }

// OpenRaw opens a database handle on dsn (PostgreSQL URL or SQLite path)
// without migrating it, for tests and tools that administer the database.
func OpenRaw(dsn string) (*sql.DB, error) {
	if IsPostgresURL(dsn) {
		return openPostgres(context.Background(), dsn)
	}
	return sql.Open("sqlite3", dsn)
}
