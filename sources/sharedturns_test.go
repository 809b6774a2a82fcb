package sources

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
)

// TestSharedHostSpacing: two fetchers, each with its own store on one
// database (two instances), fetching one host at once keep HostSpacing
// between all their requests together, as the server saw them. On
// PostgreSQL (GAPWATCH_TEST_POSTGRES): SQLite serves one instance, whose
// fetcher spaces hosts in memory (TestHostSpacing).
func TestSharedHostSpacing(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		if d.Name != string(storage.Postgres) {
			continue
		}
		d.Run(t, func(t *testing.T) {
			const gap, perFetcher = 400 * time.Millisecond, 5
			dsn := d.DSN(t)
			srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
			var fetchers []*Fetcher
			var mu sync.Mutex
			var starts []time.Time
			for range 2 {
				s, err := storage.Open(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				fetchers = append(fetchers, newTestFetcher(t, nil, FetchOptions{HostSpacing: gap, Turns: &turnLog{SharedTurns: s, starts: &starts, mu: &mu}}))
			}
			var wg sync.WaitGroup
			for i, f := range fetchers {
				for j := range perFetcher {
					wg.Add(1)
					go func() {
						defer wg.Done()
						if _, err := f.Fetch(context.Background(), Request{URL: urlOf(srv, fmt.Sprintf("/%d/%d", i, j)), AllowPrivate: true}); err != nil {
							t.Error(err)
						}
					}()
				}
			}
			wg.Wait()
			hits := srv.seen()
			if got, want := len(hits), 2*perFetcher; got != want {
				t.Fatalf("server saw %d requests, want %d", got, want)
			}
			sort.Slice(hits, func(i, j int) bool { return hits[i].At.Before(hits[j].At) })
			// The turns start gap apart, within the return trip of the
			// database's answer (a scheduling delay under -race).
			sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
			for i := 1; i < len(starts); i++ {
				if d := starts[i].Sub(starts[i-1]); d < gap-100*time.Millisecond {
					t.Errorf("turns %d and %d start %v apart, want at least %v", i-1, i, d, gap)
				}
			}
			// A request leaves a little after its turn starts (a new
			// connection; a machine busy with the whole suite under -race:
			// up to 80 ms seen), which shortens the gap before the next one.
			const slack = 100 * time.Millisecond
			least := time.Hour
			for i := 1; i < len(hits); i++ {
				d := hits[i].At.Sub(hits[i-1].At)
				least = min(least, d)
				if d < gap-slack {
					t.Errorf("requests %d and %d reached the server %v apart, want at least %v", i-1, i, d, gap-slack)
				}
			}
			t.Logf("%d requests from two instances, spacing %v: the closest two reached the server %v apart", len(hits), gap, least)
		})
	}
}

// TestSharedRetryAfter: a host's Retry-After seen by one fetcher holds
// the other back too (it does not send, and says how long to wait).
func TestSharedRetryAfter(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			dsn := d.DSN(t)
			srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "120")
				w.WriteHeader(http.StatusTooManyRequests)
			}))
			var fetchers []*Fetcher
			for range 2 {
				s, err := storage.Open(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				fetchers = append(fetchers, newTestFetcher(t, nil, FetchOptions{HostSpacing: 10 * time.Millisecond, Turns: s}))
			}
			if _, err := fetchers[0].Fetch(context.Background(), Request{URL: srv.URL, AllowPrivate: true}); err == nil {
				t.Fatal("a 429 is not an error")
			}
			_, err := fetchers[1].Fetch(context.Background(), Request{URL: srv.URL + "/other", AllowPrivate: true})
			var fe *FetchError
			if !errors.As(err, &fe) || fe.Kind != KindRateLimited || fe.RetryAfter < 100*time.Second {
				t.Fatalf("second instance: %v; want %s with about 120 s to wait", err, KindRateLimited)
			}
			if got := len(srv.seen()); got != 1 {
				t.Errorf("server saw %d requests, want 1", got)
			}
		})
	}
}

// failingTurns is shared turns whose database is down.
type failingTurns struct{}

func (failingTurns) Turn(context.Context, string, time.Duration) (time.Duration, time.Duration, error) {
	return 0, 0, errors.New("connection refused")
}
func (failingTurns) CoolDown(context.Context, string, time.Duration) error {
	return errors.New("connection refused")
}

// TestSharedTurnsDownFallsBack: when the shared turns fail, fetches still
// go, spaced within the process.
func TestSharedTurnsDownFallsBack(t *testing.T) {
	const gap = 100 * time.Millisecond
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	f := newTestFetcher(t, nil, FetchOptions{HostSpacing: gap, Turns: failingTurns{}})
	for i := range 3 {
		if _, err := f.Fetch(context.Background(), Request{URL: urlOf(srv, fmt.Sprintf("/%d", i)), AllowPrivate: true}); err != nil {
			t.Fatal(err)
		}
	}
	hits := srv.seen()
	for i := 1; i < len(hits); i++ {
		if d := hits[i].At.Sub(hits[i-1].At); d < gap-100*time.Millisecond {
			t.Errorf("requests %d and %d %v apart, want at least %v", i-1, i, d, gap)
		}
	}
}

// turnLog records when each turn taken through it starts.
type turnLog struct {
	SharedTurns
	mu     *sync.Mutex
	starts *[]time.Time
}

func (l *turnLog) Turn(ctx context.Context, key string, gap time.Duration) (time.Duration, time.Duration, error) {
	w, c, err := l.SharedTurns.Turn(ctx, key, gap)
	if err == nil && c == 0 {
		l.mu.Lock()
		*l.starts = append(*l.starts, time.Now().Add(w))
		l.mu.Unlock()
	}
	return w, c, err
}
