package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// recordWithSnapshot records a prose figure of value v whose quote was read
// from text.
func recordWithSnapshot(t *testing.T, s *storage.Store, v int64, url, quote, text string, at time.Time) tracker.Figure {
	t.Helper()
	f := tracker.Figure{MetricID: "ve-prisoners-released", Value: v, Qualifier: tracker.Exact, Stance: tracker.Confirmed,
		Actor: "Foro Penal", SourceID: "news", Origin: tracker.OriginProse, AsOf: t0.Truncate(24 * time.Hour),
		Status: tracker.Approved, CreatedBy: "source:news", SeenAt: at,
		Evidence: tracker.Evidence{URL: url, Quote: quote, SourceID: "news", SeenAt: at, Snapshot: tracker.NewSnapshot(url, text, at)}}
	got, _, err := s.RecordFigure(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func countRows(t *testing.T, s *storage.Store, table string) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSnapshotStoredOncePerHash(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			text := "Balance\n\nForo Penal said 56 were released.\n\nAnd 3 more, said Foro Penal, \"quoted\" <b>, é ✓."
			a := recordWithSnapshot(t, s, 56, "https://example.org/a", "Foro Penal said 56 were released.", text, t0)
			b := recordWithSnapshot(t, s, 3, "https://example.org/a", "And 3 more, said Foro Penal", text, t0.Add(time.Hour))
			if a.Evidence.SnapshotHash == "" || a.Evidence.SnapshotHash != b.Evidence.SnapshotHash {
				t.Fatalf("hashes %q and %q, want one shared hash", a.Evidence.SnapshotHash, b.Evidence.SnapshotHash)
			}
			if got, want := a.Evidence.SnapshotHash, tracker.SnapshotHash(text); got != want {
				t.Errorf("hash = %s, want sha256 of the text %s", got, want)
			}
			if got := countRows(t, s, "snapshots"); got != 1 {
				t.Errorf("snapshot rows = %d, want 1", got)
			}
			snap, err := s.Snapshot(ctx, a.Evidence.SnapshotHash)
			if err != nil {
				t.Fatal(err)
			}
			if snap.Text != text || snap.URL != "https://example.org/a" || !snap.FetchedAt.Equal(t0) {
				t.Errorf("snapshot = %+v, want the first fetch's text, URL and time", snap)
			}
			quotes, err := s.SnapshotQuotes(ctx, a.Evidence.SnapshotHash)
			if err != nil {
				t.Fatal(err)
			}
			if len(quotes) != 2 || quotes[0].FigureID != a.ID || quotes[1].FigureID != b.ID || quotes[1].Quote != "And 3 more, said Foro Penal" {
				t.Errorf("quotes = %+v, want both figures with their quotes", quotes)
			}
			// Compressed: a repetitive text takes far less room than itself.
			long := strings.Repeat("Foro Penal said 56 were released. ", 2000)
			c := recordWithSnapshot(t, s, 99, "https://example.org/long", "Foro Penal said 56 were released.", long, t0)
			var size, stored int
			if err := s.DB().QueryRowContext(ctx, "SELECT size, LENGTH(body) FROM snapshots WHERE hash = ?", c.Evidence.SnapshotHash).Scan(&size, &stored); err != nil {
				t.Fatal(err)
			}
			if size != len(long) || stored*10 > size {
				t.Errorf("size %d, stored %d bytes: want the text's size and gzip at least 10× smaller", size, stored)
			}
		})
	}
}

func TestSnapshotBadAndUnknownHash(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			s, _ := openStore(t)
			tests := []struct {
				hash string
				want tracker.Code
			}{
				{"", tracker.Invalid},
				{"abc", tracker.Invalid},
				{strings.Repeat("A", 64), tracker.Invalid},
				{strings.Repeat("g", 64), tracker.Invalid},
				{"'; DROP TABLE snapshots; --" + strings.Repeat("0", 37), tracker.Invalid},
				{strings.Repeat("0", 64), tracker.NotFound},
			}
			for _, tc := range tests {
				_, err := s.Snapshot(context.Background(), tc.hash)
				if got := tracker.ErrorCode(err); got != tc.want {
					t.Errorf("Snapshot(%q) = %v (%s), want %s", tc.hash, err, got, tc.want)
				}
			}
		})
	}
}

// insertOrphan stores a snapshot no evidence refers to, fetched at at.
func insertOrphan(t *testing.T, s *storage.Store, text string, at time.Time) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(text))
	zw.Close()
	hash := tracker.SnapshotHash(text)
	if _, err := s.DB().ExecContext(context.Background(), "INSERT INTO snapshots (hash, url, fetched_at, size, body) VALUES (?, ?, ?, ?, ?)",
		hash, "https://example.org/orphan", at.UTC().Format("2006-01-02T15:04:05.000000000Z"), len(text), buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	return hash
}

func TestPruneSnapshotsKeepsReferencedAndRecent(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			old := t0.AddDate(0, 0, -400)
			referenced := recordWithSnapshot(t, s, 56, "https://example.org/a", "Foro Penal said 56.", "Foro Penal said 56.", old).Evidence.SnapshotHash
			oldOrphan := insertOrphan(t, s, "an old page no figure quotes", old)
			newOrphan := insertOrphan(t, s, "a recent page no figure quotes", t0.AddDate(0, 0, -2))

			n, err := s.PruneSnapshots(ctx, t0.AddDate(0, 0, -30))
			if err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Errorf("pruned %d snapshots, want 1", n)
			}
			for hash, want := range map[string]tracker.Code{referenced: "", oldOrphan: tracker.NotFound, newOrphan: ""} {
				_, err := s.Snapshot(ctx, hash)
				if got := tracker.ErrorCode(err); (want == "" && err != nil) || (want != "" && got != want) {
					t.Errorf("snapshot %s…: %v, want %v", hash[:8], err, want)
				}
			}
			if n, err := s.PruneSnapshots(ctx, t0.AddDate(0, 0, -30)); err != nil || n != 0 {
				t.Errorf("second prune: %d, %v; want 0", n, err)
			}
		})
	}
}

func TestCorrectionKeepsSnapshot(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			f := recordWithSnapshot(t, s, 56, "https://example.org/a", "Foro Penal said 56.", "Balance\n\nForo Penal said 56.", t0)
			out, err := s.ApplyChange(ctx, tracker.Change{FigureID: f.ID, Action: tracker.ActionCorrect, Value: 57, Reason: "recount", By: "ana"})
			if err != nil {
				t.Fatal(err)
			}
			if got := out.Replacement.Evidence.SnapshotHash; got != f.Evidence.SnapshotHash {
				t.Errorf("replacement's snapshot = %q, want %q", got, f.Evidence.SnapshotHash)
			}
		})
	}
}

func TestEachFigureStreamsInOrderAndStops(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			var ids []int64
			for i := range 5 {
				ids = append(ids, addFigure(t, s, tracker.Confirmed, "Foro Penal", int64(10+i)).ID)
			}
			var got []int64
			if err := s.EachFigure(ctx, tracker.FigureFilter{Oldest: true}, func(f tracker.Figure) error {
				got = append(got, f.ID)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(ids) {
				t.Fatalf("got %v, want %v", got, ids)
			}
			for i := range ids {
				if got[i] != ids[i] {
					t.Errorf("order %v, want %v", got, ids)
					break
				}
			}
			stop := errors.New("enough")
			calls := 0
			err := s.EachFigure(ctx, tracker.FigureFilter{}, func(tracker.Figure) error {
				calls++
				return stop
			})
			if !errors.Is(err, stop) || calls != 1 {
				t.Errorf("stopping: %v after %d calls, want the callback's error after 1", err, calls)
			}
			// The connection is free again: the store still answers.
			if _, err := s.Figures(ctx, tracker.FigureFilter{Limit: 1}); err != nil {
				t.Error(err)
			}
		})
	}
}
