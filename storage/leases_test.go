package storage_test

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestClaimsGoToOneHolder: due sources and outbox items claimed at once by
// three holders (three stores on one database) each go to exactly one;
// a claimed item is not claimed again while its lease lives, is taken
// over when it ran out, and a renewed lease keeps it.
func TestClaimsGoToOneHolder(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			dsn := d.DSN(t)
			c := catalog()
			c.Sources = nil
			const nSources, nItems = 60, 90
			for i := range nSources {
				c.Sources = append(c.Sources, tracker.Source{ID: fmt.Sprintf("s%02d", i), URL: "https://example.org/", Format: tracker.FormatRSS,
					Review: tracker.ReviewRequired, Claims: []string{"ve-prisoners-released"}})
			}
			var stores []*storage.Store
			for i := range 3 {
				s, err := storage.Open(ctx, dsn, storage.WithClock(func() time.Time { return t0 }))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				if i == 0 {
					if _, err := s.SyncCatalog(ctx, c); err != nil {
						t.Fatal(err)
					}
				}
				stores = append(stores, s)
			}
			var items []tracker.OutboxItem
			for i := range nItems {
				items = append(items, tracker.OutboxItem{Key: fmt.Sprintf("k%d", i), Kind: tracker.KindAlert, ChannelID: "c1", Op: tracker.OpPost,
					Message: tracker.Message{Title: "x"}, CreatedAt: t0, NextAttemptAt: t0})
			}
			if _, err := stores[0].Enqueue(ctx, items...); err != nil {
				t.Fatal(err)
			}

			var mu sync.Mutex
			gotSources, gotItems := map[string][]string{}, map[int64][]string{}
			var wg sync.WaitGroup
			for i, s := range stores {
				holder := fmt.Sprintf("h%d", i)
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						srcs, err := s.ClaimDueSources(ctx, holder, t0, 5*time.Second, 7)
						if err != nil {
							t.Error(err)
							return
						}
						its, err := s.ClaimOutbox(ctx, holder, tracker.AnyChannel, t0, 5*time.Second, 7)
						if err != nil {
							t.Error(err)
							return
						}
						if len(srcs) == 0 && len(its) == 0 {
							return
						}
						mu.Lock()
						for _, src := range srcs {
							gotSources[src.ID] = append(gotSources[src.ID], holder)
						}
						for _, it := range its {
							gotItems[it.ID] = append(gotItems[it.ID], holder)
						}
						mu.Unlock()
						// A holder claims again only what it holds already; to
						// end the loop it must see nothing new: drop its own.
						for _, src := range srcs {
							s.SaveSourceState(ctx, tracker.SourceState{SourceID: src.ID, NextCheck: t0.Add(time.Hour)})
						}
						for _, it := range its {
							s.MarkDelivered(ctx, it.ID, "m", t0)
						}
					}
				}()
			}
			wg.Wait()
			if got, want := len(gotSources), nSources; got != want {
				t.Errorf("sources claimed = %d, want %d", got, want)
			}
			if got, want := len(gotItems), nItems; got != want {
				t.Errorf("items claimed = %d, want %d", got, want)
			}
			for id, hs := range gotSources {
				if len(hs) != 1 {
					t.Errorf("source %s claimed by %v, want one holder", id, hs)
				}
			}
			for id, hs := range gotItems {
				if len(hs) != 1 {
					t.Errorf("item %d claimed by %v, want one holder", id, hs)
				}
			}
		})
	}
}

// TestLeaseExpiryAndRenewal: a lease blocks other holders until it runs
// out; a renewed lease keeps blocking; after expiry another holder takes
// the work over.
func TestLeaseExpiryAndRenewal(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			if _, err := s.Enqueue(ctx, tracker.OutboxItem{Key: "k", Kind: tracker.KindAlert, ChannelID: "c1", Op: tracker.OpPost,
				Message: tracker.Message{Title: "x"}, CreatedAt: t0, NextAttemptAt: t0}); err != nil {
				t.Fatal(err)
			}
			ids := func(srcs []tracker.Source, its []tracker.OutboxItem) []string {
				var out []string
				for _, x := range srcs {
					out = append(out, x.ID)
				}
				for _, x := range its {
					out = append(out, fmt.Sprint(x.ID))
				}
				sort.Strings(out)
				return out
			}
			claim := func(holder string, at time.Time) []string {
				t.Helper()
				srcs, err := s.ClaimDueSources(ctx, holder, at, 10*time.Second, 10)
				if err != nil {
					t.Fatal(err)
				}
				its, err := s.ClaimOutbox(ctx, holder, tracker.AnyChannel, at, 10*time.Second, 10)
				if err != nil {
					t.Fatal(err)
				}
				return ids(srcs, its)
			}
			steps := []struct {
				name   string
				holder string
				at     time.Duration
				renew  bool
				want   int
			}{
				{"a takes both", "a", 0, false, 2},
				{"b finds them leased", "b", 5 * time.Second, false, 0},
				{"a renews at 8s", "a", 8 * time.Second, true, -1},
				{"b still blocked at 15s", "b", 15 * time.Second, false, 0},
				{"b takes over after expiry at 19s", "b", 19 * time.Second, false, 2},
				{"a finds them gone", "a", 20 * time.Second, false, 0},
			}
			for _, st := range steps {
				if st.renew {
					n, err := s.RenewLeases(ctx, st.holder, t0.Add(st.at), 10*time.Second)
					if err != nil || n != 2 {
						t.Fatalf("%s: renewed %d, %v; want 2", st.name, n, err)
					}
					continue
				}
				if got := claim(st.holder, t0.Add(st.at)); len(got) != st.want {
					t.Errorf("%s: claimed %v, want %d items", st.name, got, st.want)
				}
			}
		})
	}
}
