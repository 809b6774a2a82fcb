package storage

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"strings"
)

// Migration 7 has two histories: on main it adds outbox.guild_id
// (00007_outbox_guild.sql), while databases made by the issue-13 branch
// before it was merged recorded the leases (now 00008_leases.sql) as
// version 7. goose tracks numbers only, so such a database would skip the
// guild column and then fail on 8 (its columns exist already).
// fixLeasesAsVersion7 finds such a database (version 7 applied, the lease
// columns present, no guild column) and, in one transaction, applies the
// guild migration and records version 8 as applied: both are then in
// place and goose goes on from 8.
func (s *Store) fixLeasesAsVersion7(ctx context.Context) error {
	if !s.hasColumn(ctx, "goose_db_version", "version_id") || !s.hasColumn(ctx, "outbox", "lease_holder") || s.hasColumn(ctx, "outbox", "guild_id") {
		return nil
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM goose_db_version WHERE version_id = 7 AND is_applied").Scan(&n); err != nil || n == 0 {
		return err
	}
	up, err := upSQL(migrationsFor(s.dialect), "00007_outbox_guild.sql")
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for _, stmt := range up {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("00007_outbox_guild.sql on a database with 7 = leases: %w", err)
			}
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (8, TRUE)")
		return err
	})
}

// hasColumn reports whether table has column (false when neither exists).
func (s *Store) hasColumn(ctx context.Context, table, column string) bool {
	rows, err := s.db.QueryContext(ctx, "SELECT "+column+" FROM "+table+" WHERE 1 = 0")
	if err != nil {
		return false
	}
	rows.Close()
	return true
}

// upSQL returns the statements of the Up section of migration name, one
// per line ending in ";" (enough for the simple migrations it is used on).
func upSQL(fsys fs.FS, name string) ([]string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	text := string(b)
	if i := strings.Index(text, "-- +goose Down"); i >= 0 {
		text = text[:i]
	}
	var stmts []string
	var cur strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line + "\n")
		if strings.HasSuffix(strings.TrimSpace(line), ";") {
			stmts = append(stmts, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	return stmts, nil
}
