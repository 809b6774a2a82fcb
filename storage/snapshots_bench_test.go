package storage_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

// BenchmarkSnapshotStore records one figure per article of the extractor's
// test corpus (../sources/extract/testdata/articles, English and Spanish
// news text), each with its article as snapshot, and reports the stored
// size against the text size and the figures recorded per second (one
// transaction each, with its snapshot).
func BenchmarkSnapshotStore(b *testing.B) {
	files, err := filepath.Glob("../sources/extract/testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Skipf("no corpus: %v", err)
	}
	var texts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	ctx := context.Background()
	var textBytes, storedBytes, n int64
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, _ := openStoreB(b)
		b.StartTimer()
		for j, text := range texts {
			// A distinct text per round, so that every snapshot is written.
			text = fmt.Sprintf("%s\n\n(round %d)", text, i)
			f := tracker.Figure{MetricID: "ve-prisoners-released", Value: int64(j), Qualifier: tracker.Exact, Stance: tracker.Confirmed,
				Actor: "Foro Penal", SourceID: "news", Origin: tracker.OriginProse, AsOf: t0, Status: tracker.Approved, CreatedBy: "bench",
				Evidence: tracker.Evidence{URL: fmt.Sprintf("https://example.org/%d", j), Quote: "q", Snapshot: tracker.NewSnapshot("https://example.org/", text, t0)}}
			if _, _, err := s.RecordFigure(ctx, f); err != nil {
				b.Fatal(err)
			}
			textBytes += int64(len(text))
			n++
		}
		b.StopTimer()
		var stored int64
		if err := s.DB().QueryRowContext(ctx, "SELECT SUM(LENGTH(body)) FROM snapshots").Scan(&stored); err != nil {
			b.Fatal(err)
		}
		storedBytes += stored
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "figures/s")
	b.ReportMetric(float64(textBytes)/float64(n), "text-B/snapshot")
	b.ReportMetric(float64(storedBytes)/float64(textBytes), "stored/text")
}

// openStoreB is openStore for benchmarks: SQLite in a temporary directory.
func openStoreB(b *testing.B) (*storage.Store, error) {
	b.Helper()
	s, err := storage.Open(context.Background(), filepath.Join(b.TempDir(), "g.db"), storage.WithClock(func() time.Time { return t0 }))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if _, err := s.SyncCatalog(context.Background(), catalog()); err != nil {
		b.Fatal(err)
	}
	return s, nil
}
