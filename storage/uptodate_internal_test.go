package storage

import (
	"context"
	"path/filepath"
	"testing"
)

// TestUpToDate checks that a migrated database is seen as up to date and
// one missing a recorded migration is not (so Open migrates it).
func TestUpToDate(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.upToDate(ctx) {
		t.Fatal("a freshly migrated database is not up to date")
	}
	if _, err := s.db.ExecContext(ctx, "DELETE FROM goose_db_version WHERE version_id = (SELECT MAX(version_id) FROM goose_db_version)"); err != nil {
		t.Fatal(err)
	}
	if s.upToDate(ctx) {
		t.Error("a database missing its newest migration is up to date")
	}
}
