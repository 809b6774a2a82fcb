package storage_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestDueOutboxSharesAmongGuilds: a guild with a backlog of 50 alerts does
// not make a later guild's 3 alerts wait behind it; alone, a guild gets
// every slot. Leased claims follow the same order.
func TestDueOutboxSharesAmongGuilds(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			s, now := openStore(t)
			ctx := context.Background()
			for g, ch := range map[string]string{"guild-a": "1001", "guild-b": "2002"} {
				if err := s.SetAlerts(ctx, g, ch, tracker.AllMetrics, true, "t"); err != nil {
					t.Fatal(err)
				}
			}
			var items []tracker.OutboxItem
			for i := range 50 {
				items = append(items, tracker.OutboxItem{Key: fmt.Sprint("a", i), ChannelID: "1001", Message: tracker.Message{Kind: tracker.KindAlert}})
			}
			if _, err := s.Enqueue(ctx, items...); err != nil {
				t.Fatal(err)
			}
			alone, err := s.DueOutbox(ctx, tracker.DiscordOnly, *now, 10)
			if err != nil {
				t.Fatal(err)
			}
			for i, it := range alone {
				if want := fmt.Sprint("a", i); it.Key != want {
					t.Errorf("alone: slot %d = %s, want %s (oldest first)", i, it.Key, want)
				}
			}
			for i := range 3 {
				if _, err := s.Enqueue(ctx, tracker.OutboxItem{Key: fmt.Sprint("b", i), ChannelID: "2002", Message: tracker.Message{Kind: tracker.KindAlert}}); err != nil {
					t.Fatal(err)
				}
			}
			shared, err := s.DueOutbox(ctx, tracker.DiscordOnly, *now, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range shared {
				got = append(got, it.Key)
			}
			want := []string{"a0", "b0", "a1", "b1", "a2", "b2", "a3", "a4", "a5", "a6"}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("shared: %v, want %v", got, want)
			}

			// Leased claims (several instances) take the items in the same
			// order, and a second holder gets the next turns.
			keys := func(its []tracker.OutboxItem) string {
				var k []string
				for _, it := range its {
					k = append(k, it.Key)
				}
				return fmt.Sprint(k)
			}
			first, err := s.ClaimOutbox(ctx, "i1", tracker.DiscordOnly, *now, storage.MaxLease, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := keys(first); got != fmt.Sprint(want) {
				t.Errorf("claimed by i1: %v, want %v", got, want)
			}
			if _, err := s.Enqueue(ctx, tracker.OutboxItem{Key: "b3", ChannelID: "2002", Message: tracker.Message{Kind: tracker.KindAlert}}); err != nil {
				t.Fatal(err)
			}
			second, err := s.ClaimOutbox(ctx, "i2", tracker.DiscordOnly, *now, storage.MaxLease, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := keys(second), "[a7 b3 a8]"; got != want {
				t.Errorf("claimed by i2: %v, want %v", got, want)
			}
		})
	}
}
