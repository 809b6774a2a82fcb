package storage_test

import (
	"context"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
	"github.com/pressly/goose/v3"
)

// TestMigrateExistingDatabases: a database of main before the merge of
// issue 13 (7 = the outbox's guild) and one of the issue-13 branch before
// it (7 = the leases, now 00008) both open with every migration in place:
// the guild column (filled for pending items), the lease columns, and the
// newest version (that of the last migration file).
func TestMigrateExistingDatabases(t *testing.T) {
	histories := map[string]map[string]string{ // file in the old database → file it was
		"main":    {"00007_outbox_guild.sql": "00007_outbox_guild.sql"},
		"issue13": {"00007_leases.sql": "00008_leases.sql"},
	}
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			for name, seventh := range histories {
				t.Run(name, func(t *testing.T) {
					ctx := context.Background()
					dsn := d.DSN(t)
					all := storage.MigrationsFor(storage.Dialect(d.Name))
					old := fstest.MapFS{}
					for _, f := range []string{"00001_init.sql", "00002_outbox_local_mark.sql", "00003_metric_gap_direction.sql",
						"00004_dead_letters.sql", "00005_digest_now.sql", "00006_retention.sql"} {
						old[f] = migrationFile(t, all, f)
					}
					for as, was := range seventh {
						old[as] = migrationFile(t, all, was)
					}
					raw, err := storage.OpenRaw(dsn)
					if err != nil {
						t.Fatal(err)
					}
					gd := goose.DialectSQLite3
					if d.Name == string(storage.Postgres) {
						gd = goose.DialectPostgres
					}
					p, err := goose.NewProvider(gd, raw, old)
					if err != nil {
						t.Fatal(err)
					}
					if _, err := p.Up(ctx); err != nil {
						t.Fatal(err)
					}
					// A pending alert from before the guild column.
					if _, err := raw.ExecContext(ctx, `INSERT INTO outbox (key, kind, channel_id, op, payload, created_at, next_attempt_at)
						VALUES ('old', 'alert', '1001', 'post', '{}', '2024-01-01T00:00:00.000000000Z', '2024-01-01T00:00:00.000000000Z')`); err != nil {
						t.Fatal(err)
					}
					if _, err := raw.ExecContext(ctx, `INSERT INTO subscriptions (guild_id, channel_id, metric_id, updated_at)
						VALUES ('g0', '1001', '*', '2024-01-01T00:00:00.000000000Z')`); err != nil {
						t.Fatal(err)
					}
					raw.Close()

					s, err := storage.Open(ctx, dsn)
					if err != nil {
						t.Fatalf("open a database of %s: %v", name, err)
					}
					defer s.Close()
					var version int
					if err := s.DB().QueryRowContext(ctx, "SELECT MAX(version_id) FROM goose_db_version").Scan(&version); err != nil {
						t.Fatal(err)
					}
					if want := newestMigration(t, all); version != want {
						t.Errorf("version = %d, want %d", version, want)
					}
					var guild, holder string
					if err := s.DB().QueryRowContext(ctx, "SELECT guild_id, lease_holder FROM outbox WHERE key = 'old'").Scan(&guild, &holder); err != nil {
						t.Fatalf("guild and lease columns: %v", err)
					}
					// Filled by the guild migration when it runs after the item was written.
					if want := map[string]string{"main": "", "issue13": "g0"}[name]; guild != want {
						t.Errorf("guild of the old item = %q, want %q", guild, want)
					}
					if _, err := s.ClaimOutbox(ctx, "i1", tracker.AnyChannel, t0, storage.MaxLease, 10); err != nil {
						t.Fatal(err)
					}
					if err := s.SetAlerts(ctx, "g", "2002", tracker.AllMetrics, true, "t"); err != nil {
						t.Fatal(err)
					}
					if _, err := s.Enqueue(ctx, tracker.OutboxItem{Key: "new", ChannelID: "2002", Message: tracker.Message{Kind: tracker.KindAlert}}); err != nil {
						t.Fatal(err)
					}
					if err := s.DB().QueryRowContext(ctx, "SELECT guild_id FROM outbox WHERE key = 'new'").Scan(&guild); err != nil || guild != "g" {
						t.Errorf("guild of a new item = %q, %v; want g", guild, err)
					}
					// Opening again finds nothing to do.
					s2, err := storage.Open(ctx, dsn)
					if err != nil {
						t.Fatal(err)
					}
					s2.Close()
				})
			}
		})
	}
}

func migrationFile(t *testing.T, fsys fs.FS, name string) *fstest.MapFile {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	return &fstest.MapFile{Data: b}
}

// newestMigration returns the version of the last migration in fsys (the
// number its file name starts with).
func newestMigration(t *testing.T, fsys fs.FS) int {
	t.Helper()
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	newest := 0
	for _, n := range names {
		v, err := strconv.Atoi(strings.SplitN(n, "_", 2)[0])
		if err == nil && v > newest {
			newest = v
		}
	}
	return newest
}
