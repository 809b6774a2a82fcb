package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestPrune keeps figures, evidence, corrections, pending messages, recent
// rows and messages that a kept edit refers to; it removes old delivered
// and failed messages and old seen items.
func TestPrune(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			s, now := openStore(t)
			ctx := context.Background()
			old := *now
			f := addFigure(t, s, tracker.Confirmed, "Foro Penal", 56)
			ids, err := s.Enqueue(ctx,
				tracker.OutboxItem{Key: "old-delivered", ChannelID: "1", Message: tracker.Message{Kind: tracker.KindAlert}},
				tracker.OutboxItem{Key: "old-failed", ChannelID: "2", Message: tracker.Message{Kind: tracker.KindAlert}},
				tracker.OutboxItem{Key: "old-pending", ChannelID: "3", Message: tracker.Message{Kind: tracker.KindAlert}},
				tracker.OutboxItem{Key: "old-parent", ChannelID: "4", Message: tracker.Message{Kind: tracker.KindAlert}},
				tracker.OutboxItem{Key: "old-parent-of-old", ChannelID: "5", Message: tracker.Message{Kind: tracker.KindAlert}})
			if err != nil {
				t.Fatal(err)
			}
			child, err := s.Enqueue(ctx,
				tracker.OutboxItem{Key: "new-edit", ChannelID: "4", Op: tracker.OpEdit, EditOf: ids[3], Message: tracker.Message{Kind: tracker.KindAlert}},
				tracker.OutboxItem{Key: "old-edit", ChannelID: "5", Op: tracker.OpEdit, EditOf: ids[4], Message: tracker.Message{Kind: tracker.KindAlert}})
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range []int64{ids[0], ids[3], ids[4], child[1]} {
				if err := s.MarkDelivered(ctx, id, "m", old); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.MarkDead(ctx, tracker.DeadLetter{ID: ids[1], ChannelID: "2", Reason: "refused", At: old}); err != nil {
				t.Fatal(err)
			}
			if err := s.MarkItemsSeen(ctx, "news", []string{"old-item"}); err != nil {
				t.Fatal(err)
			}
			*now = old.Add(100 * 24 * time.Hour)
			if err := s.MarkItemsSeen(ctx, "news", []string{"new-item"}); err != nil {
				t.Fatal(err)
			}
			if err := s.MarkDelivered(ctx, child[0], "m2", *now); err != nil {
				t.Fatal(err)
			}
			rep, err := s.Prune(ctx, now.Add(-90*24*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rep, (struct{ Outbox, SeenItems int64 }{4, 1}); rep.Outbox != want.Outbox || rep.SeenItems != want.SeenItems {
				t.Errorf("pruned %+v, want %+v", got, want)
			}
			var left []string
			rows, _ := s.DB().QueryContext(ctx, "SELECT key FROM outbox ORDER BY id")
			for rows.Next() {
				var k string
				rows.Scan(&k)
				left = append(left, k)
			}
			rows.Close()
			want := []string{"old-pending", "old-parent", "new-edit"}
			if len(left) != len(want) {
				t.Fatalf("outbox left %v, want %v", left, want)
			}
			for i := range want {
				if left[i] != want[i] {
					t.Errorf("outbox left %v, want %v", left, want)
					break
				}
			}
			unseen, _ := s.UnseenItems(ctx, "news", []string{"old-item", "new-item"})
			if len(unseen) != 1 || unseen[0] != "old-item" {
				t.Errorf("unseen after pruning = %v, want the old item only", unseen)
			}
			if _, err := s.Figure(ctx, f.ID); err != nil {
				t.Errorf("figure pruned: %v", err)
			}
			if a, err := s.Audit(ctx, f.ID); err != nil || len(a.Corrections) == 0 {
				t.Errorf("corrections pruned: %+v, %v", a, err)
			}
		})
	}
}
