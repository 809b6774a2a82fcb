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
)

// TestTurnsAreSpacedAcrossStores: turns at one key taken at once through
// three stores on one PostgreSQL database (one store on SQLite) are handed out gap apart (the times they
// start, answered-at plus wait, are at least gap apart); another key
// is free at once; a cooled-down key gives no turn and says how long it
// still cools.
func TestTurnsAreSpacedAcrossStores(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			dsn := d.DSN(t)
			// SQLite serves one instance (the others wait for its file
			// lock, so the time a turn was asked is not the time the
			// database saw it): one store there, three on PostgreSQL.
			nStores := 3
			if d.Name == string(storage.SQLite) {
				nStores = 1
			}
			var stores []*storage.Store
			for range nStores {
				s, err := storage.Open(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				stores = append(stores, s)
			}
			const gap, perStore = 300 * time.Millisecond, 4
			var mu sync.Mutex
			var starts []time.Time
			var wg sync.WaitGroup
			for _, s := range stores {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for range perStore {
						w, cool, err := s.Turn(ctx, "host:example.org", gap)
						answered := time.Now()
						if err != nil || cool != 0 {
							t.Errorf("Turn = %v, cooling %v, %v; want a turn", w, cool, err)
							return
						}
						mu.Lock()
						starts = append(starts, answered.Add(w))
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
			if got, want := len(starts), nStores*perStore; got != want {
				t.Fatalf("%d turns, want %d", got, want)
			}
			// The answer reaches us a little after the database computed
			// the wait: a few milliseconds, more on a busy machine.
			const slack = 80 * time.Millisecond
			for i := 1; i < len(starts); i++ {
				if diff := starts[i].Sub(starts[i-1]); diff < gap-slack {
					t.Errorf("turns %d and %d start only %v apart, want at least %v", i-1, i, diff, gap)
				}
			}
			if all, most := starts[len(starts)-1].Sub(starts[0]), time.Duration(len(starts))*gap+time.Second; all > most {
				t.Errorf("the %d turns span %v, want at most %v: turns were lost", len(starts), all, most)
			}

			if w, cool, err := stores[0].Turn(ctx, "host:other.example", gap); err != nil || w != 0 || cool != 0 {
				t.Errorf("a fresh key: Turn = %v, %v, %v; want 0, 0, nil", w, cool, err)
			}
			last := stores[len(stores)-1]
			if err := last.CoolDown(ctx, "host:slow.example", time.Minute); err != nil {
				t.Fatal(err)
			}
			if err := last.CoolDown(ctx, "host:slow.example", time.Second); err != nil { // a shorter one keeps the longer
				t.Fatal(err)
			}
			w, cool, err := stores[0].Turn(ctx, "host:slow.example", gap)
			if err != nil || w != 0 || cool < 50*time.Second || cool > time.Minute {
				t.Errorf("a cooled key: Turn = %v, cooling %v, %v; want 0, about a minute, nil", w, cool, err)
			}
		})
	}
}

// TestTurnKeysAreData: keys with quotes and odd characters are values,
// never SQL.
func TestTurnKeysAreData(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			s := d.Open(t)
			for i, key := range []string{"host:o'brien.example", `host:"x"; DROP TABLE turns; --`, "host:", "discord-identify:0"} {
				if _, _, err := s.Turn(context.Background(), key, time.Second); err != nil {
					t.Errorf("key %d %q: %v", i, key, err)
				}
			}
			if _, _, err := s.Turn(context.Background(), "after", time.Second); err != nil {
				t.Errorf("the table is gone: %v", fmt.Sprint(err))
			}
		})
	}
}

// BenchmarkTurn measures the cost a fetch pays for a host's turn: one
// upsert (PostgreSQL: one round trip), many hosts so no turn waits.
func BenchmarkTurn(b *testing.B) {
	for _, d := range storagetest.Dialects() {
		b.Run(d.Name, func(b *testing.B) {
			if d.Name == string(storage.Postgres) {
				storagetest.RequirePostgres(b)
			}
			s := d.Open(b)
			ctx := context.Background()
			b.ResetTimer()
			for i := range b.N {
				if _, _, err := s.Turn(ctx, fmt.Sprintf("host:h%d.example", i%1000), time.Millisecond); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
