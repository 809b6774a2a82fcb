package storage_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestHeldLeases: an instance's live leases are listed (its sources in
// tracker-file order, its outbox messages counted), not another's, and
// not once they ran out.
func TestHeldLeases(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s := d.Open(t, storage.WithClock(func() time.Time { return t0 }))
			c := catalog()
			c.Sources = nil
			for i := range 4 {
				c.Sources = append(c.Sources, tracker.Source{ID: fmt.Sprintf("s%d", i), URL: "https://example.org/", Format: tracker.FormatRSS,
					Review: tracker.ReviewRequired, Claims: []string{"ve-prisoners-released"}})
			}
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			var items []tracker.OutboxItem
			for i := range 3 {
				items = append(items, tracker.OutboxItem{Key: fmt.Sprintf("k%d", i), Kind: tracker.KindAlert, ChannelID: "c1", Op: tracker.OpPost,
					Message: tracker.Message{Title: "x"}, CreatedAt: t0, NextAttemptAt: t0})
			}
			if _, err := s.Enqueue(ctx, items...); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ClaimDueSources(ctx, "a", t0, storage.MaxLease, 3); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ClaimDueSources(ctx, "b", t0, storage.MaxLease, 3); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ClaimOutbox(ctx, "a", tracker.DiscordOnly, t0, storage.MaxLease, 2); err != nil {
				t.Fatal(err)
			}
			for _, tc := range []struct {
				holder      string
				at          time.Time
				wantSources []string
				wantOutbox  int
			}{
				{"a", t0, []string{"s0", "s1", "s2"}, 2},
				{"b", t0, []string{"s3"}, 0},
				{"c", t0, nil, 0},
				{"", t0, nil, 0},
				{"a", t0.Add(storage.MaxLease + time.Second), nil, 0},
			} {
				ids, n, err := s.HeldLeases(ctx, tc.holder, tc.at)
				if err != nil || !slices.Equal(ids, tc.wantSources) || n != tc.wantOutbox {
					t.Errorf("HeldLeases(%q, %v) = %v, %d, %v; want %v, %d", tc.holder, tc.at, ids, n, err, tc.wantSources, tc.wantOutbox)
				}
			}
		})
	}
}
