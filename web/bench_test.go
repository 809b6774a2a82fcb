package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
)

// benchMetricFigures is how many figures BenchmarkMetricPage puts in one
// metric.
const benchMetricFigures = 1_000_000

// bigSeed returns the seeded store plus a million figures (and their "add"
// corrections) in the releases metric.
func bigSeed(b *testing.B) (seeded, time.Duration) {
	b.Helper()
	start := time.Now()
	s := seedStore(b, false)
	if err := bulkFigures(context.Background(), s.store, "releases", benchMetricFigures); err != nil {
		b.Fatal(err)
	}
	return s, time.Since(start)
}

// bulkFigures inserts n approved or superseded figures of metric in one
// transaction with one INSERT … SELECT over a recursive counter, and one
// "add" correction for each.
func bulkFigures(ctx context.Context, s *storage.Store, metric string, n int) error {
	conn, err := s.DB().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, q := range []string{
		"PRAGMA synchronous = OFF",
		fmt.Sprintf(`INSERT INTO figures (metric_id, value, value_high, qualifier, stance, actor, source_id, origin, as_of, seen_at, status,
			created_by, revision, dedup_key, sort_date)
		WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < %d),
		d(i, day) AS (SELECT i, strftime('%%Y-%%m-%%dT00:00:00.000000000Z', '2016-01-01', '+' || (i / 300) || ' days') FROM k)
		SELECT '%s', 100 + i %% 5000, 0, 'exact', CASE WHEN i %% 2 = 0 THEN 'confirmed' ELSE 'claimed' END,
			CASE WHEN i %% 2 = 0 THEN 'Foro Penal' ELSE 'Government of Venezuela' END, NULL, 'prose', day, day,
			CASE WHEN i %% 10 = 0 THEN 'superseded' ELSE 'approved' END, 'bench', 0, 'bench|' || i, day FROM d`, n, metric),
		`INSERT INTO corrections (figure_id, action, old_value, new_value, old_status, new_status, by, at)
			SELECT id, 'add', 0, value, '', status, 'bench', seen_at FROM figures WHERE created_by = 'bench'`,
		"ANALYZE",
		"PRAGMA wal_checkpoint(TRUNCATE)",
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("bulk figures: %w", err)
		}
	}
	return nil
}

// BenchmarkMetricPage serves /m/releases (and a deep page) with a million
// figures in the metric, and the pages of a small metric beside it: the
// target is under 200 ms and 1 MB a page.
func BenchmarkMetricPage(b *testing.B) {
	s, took := bigSeed(b)
	b.Logf("seeded %d figures in %s", benchMetricFigures, took.Round(time.Millisecond))
	h := newTestHandler(s, Options{})
	for _, path := range []string{"/m/releases", "/m/releases?page=100", "/m/releases/chart.png", "/m/detentions", "/m/detentions/chart.png"} {
		b.Run(strings.NewReplacer("/", "_", "?", "_", "=", "_").Replace(path), func(b *testing.B) {
			size := 0
			for b.Loop() {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest(http.MethodGet, path, nil)
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", path, rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(size), "bytes/page")
		})
	}
}

// TestMetricPageIsPaged checks the page size, the links between pages and
// the refusal of a bad page number.
func TestMetricPageIsPaged(t *testing.T) {
	s := seedStore(t, false)
	ctx := context.Background()
	if err := bulkFigures(ctx, s.store, "releases", 250); err != nil {
		t.Fatal(err)
	}
	h := newTestHandler(s, Options{})
	tests := []struct {
		path     string
		code     int
		rows     int
		contains []string
	}{
		{"/m/releases", 200, PageSize, []string{`rel="next" href="/m/releases?page=2"`, "Page 1 of 3"}},
		{"/m/releases?page=2", 200, PageSize, []string{`rel="prev" href="/m/releases?page=1"`, `rel="next" href="/m/releases?page=3"`}},
		{"/m/releases?page=3", 200, 0, []string{"Page 3 of 3"}},
		{"/m/releases?page=0", 404, 0, nil},
		{"/m/releases?page=101", 404, 0, nil},
		{"/m/releases?page=x", 404, 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			res, body := get(t, h, http.MethodGet, tc.path)
			if res.StatusCode != tc.code {
				t.Fatalf("GET %s = %d, want %d", tc.path, res.StatusCode, tc.code)
			}
			if tc.code != 200 {
				return
			}
			if tc.rows > 0 {
				if got := strings.Count(body, `<tr class="row-`); got != tc.rows {
					t.Errorf("figure rows = %d, want %d", got, tc.rows)
				}
			}
			mustContain(t, tc.path, body, tc.contains...)
		})
	}
}
