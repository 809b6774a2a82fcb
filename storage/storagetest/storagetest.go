// Package storagetest opens the stores tests run against: SQLite in a
// temporary directory, and PostgreSQL in a fresh schema of the database
// GAPWATCH_TEST_POSTGRES names (skipped, saying why, when it is unset).
package storagetest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
)

// EnvPostgres names the variable holding the test database's URL.
const EnvPostgres = "GAPWATCH_TEST_POSTGRES"

// Dialect is one kind of store the suite runs against.
type Dialect struct {
	Name string // "sqlite" or "postgres"
}

// Dialects lists every dialect; a test runs its body once per entry.
func Dialects() []Dialect {
	return []Dialect{{Name: string(storage.SQLite)}, {Name: string(storage.Postgres)}}
}

// Run runs fn as the subtest d.Name; the PostgreSQL subtest is skipped
// when GAPWATCH_TEST_POSTGRES is unset.
func (d Dialect) Run(t *testing.T, fn func(t *testing.T)) bool {
	return t.Run(d.Name, func(t *testing.T) {
		if d.Name == string(storage.Postgres) {
			RequirePostgres(t)
		}
		fn(t)
	})
}

// RequirePostgres returns the test database's URL, or skips t.
func RequirePostgres(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvPostgres)
	if u == "" {
		t.Skipf("PostgreSQL tests skipped: %s is unset (set it to a postgres:// URL of a throw-away database; .ci/run does)", EnvPostgres)
	}
	return u
}

// DSN returns a database for one test: a file path (SQLite) or a URL on a
// schema of its own, dropped when the test ends (PostgreSQL). Every
// store opened on the DSN sees the same database.
func (d Dialect) DSN(t testing.TB) string {
	t.Helper()
	if d.Name == string(storage.SQLite) {
		return filepath.Join(t.TempDir(), "g.db")
	}
	return PostgresSchema(t)
}

var seq atomic.Int64

// PostgresSchema creates a fresh schema in the test database and returns
// a URL whose connections use it; the schema is dropped after the test.
func PostgresSchema(t testing.TB) string {
	t.Helper()
	base := RequirePostgres(t)
	schema := fmt.Sprintf("t_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	admin, err := storage.OpenRaw(base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if os.Getenv("KEEP_TEST_SCHEMA") != "" {
			return
		}
		dropSchema(admin, schema)
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

func dropSchema(db *sql.DB, schema string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
}

// Open opens a store of dialect d for one test, closed when it ends.
func (d Dialect) Open(t testing.TB, opts ...storage.Option) *storage.Store {
	t.Helper()
	s, err := storage.Open(context.Background(), d.DSN(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Of is the dialect of the subtest t runs in (see Dialect.Run), SQLite
// outside one: helpers that open a store call it so that a test's body
// runs unchanged against each dialect.
func Of(t testing.TB) Dialect {
	for _, d := range Dialects() {
		if strings.Contains(t.Name()+"/", "/"+d.Name+"/") {
			return d
		}
	}
	return Dialects()[0]
}
