package storage

import (
	"context"
	"fmt"
	"io/fs"
)

// upToDate reports whether every embedded migration is recorded as
// applied, in one query on the connection already open: a command on an
// up-to-date database then skips the migration lock and goose's own
// queries (on PostgreSQL a second connection and a few round trips). Any
// doubt (no version table yet, an unreadable name) answers false, and the
// full migration runs.
func (s *Store) upToDate(ctx context.Context) bool {
	ents, err := fs.ReadDir(migrationsFor(s.dialect), ".")
	if err != nil {
		return false
	}
	want := map[int64]bool{}
	for _, e := range ents {
		var v int64
		if _, err := fmt.Sscanf(e.Name(), "%d_", &v); err != nil {
			return false
		}
		want[v] = true
	}
	rows, err := s.db.QueryContext(ctx, "SELECT version_id FROM goose_db_version WHERE is_applied")
	if err != nil {
		return false
	}
	defer rows.Close()
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return false
		}
		delete(want, v)
	}
	return rows.Err() == nil && len(want) == 0
}
