package storage_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
)

// benchCopyFigures is how many figures BenchmarkCopyToPostgres moves, each
// with one piece of evidence and one "add" correction.
const benchCopyFigures = 1_000_000

// BenchmarkCopyToPostgres measures `gapwatch migrate` on a database of a
// million figures (3,000,000 rows in figures, evidence and corrections):
//
//	GAPWATCH_TEST_POSTGRES=postgres://… go test -run '^$' -bench CopyToPostgres -benchtime 3x ./storage/
func BenchmarkCopyToPostgres(b *testing.B) {
	ctx := context.Background()
	dsn := storagetest.PostgresSchema(b)
	file := filepath.Join(b.TempDir(), "big.db")
	s, err := storage.Open(ctx, file)
	if err != nil {
		b.Fatal(err)
	}
	conn, err := s.DB().Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{
		"PRAGMA synchronous = OFF",
		`INSERT INTO metrics (id, name, unit, stale_after_ns, updated_at) VALUES ('m', 'M', 'people', 0, '` + copyT0 + `')`,
		`INSERT INTO sources (id, url, schedule, review, updated_at) VALUES ('s', 'https://example.org/feed', '@every 1h', 'auto', '` + copyT0 + `')`,
		fmt.Sprintf(`INSERT INTO figures (id, metric_id, value, qualifier, stance, actor, source_id, origin, as_of, seen_at, status, created_by, dedup_key, sort_date)
			WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < %d)
			SELECT i, 'm', 100 + i %% 5000, 'exact', CASE WHEN i %% 2 = 0 THEN 'confirmed' ELSE 'claimed' END, 'Foro Penal', 's', 'prose',
				'`+copyT0+`', '`+copyT0+`', 'approved', 'bench', 'bench|' || i, '`+copyT0+`' FROM k`, benchCopyFigures),
		`INSERT INTO evidence (figure_id, source_id, url, quote, content_hash, seen_at)
			SELECT id, 's', 'https://example.org/a/' || id, 'Foro Penal said it had verified the release of ' || value || ' political prisoners.', 'h' || id, seen_at FROM figures`,
		`INSERT INTO corrections (figure_id, action, old_value, new_value, new_status, by, at)
			SELECT id, 'add', 0, value, 'approved', 'bench', seen_at FROM figures`,
		"PRAGMA wal_checkpoint(TRUNCATE)",
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	conn.Close()
	s.Close()

	b.ResetTimer()
	for b.Loop() {
		rep, err := storage.CopySQLiteToPostgres(ctx, file, dsn, storage.CopyOptions{Force: true})
		if err != nil {
			b.Fatal(err)
		}
		var rows int64
		for _, tc := range rep.Tables {
			rows += tc.Target
		}
		if rows < 3*benchCopyFigures {
			b.Fatalf("copied %d rows", rows)
		}
	}
	b.ReportMetric(float64(benchCopyFigures)*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
}
