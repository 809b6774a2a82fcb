package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// BenchmarkPollLeased measures a poll cycle of 1,000 due sources on
// loopback (answering 304) taken with leases by 1 and by 3 pollers, each
// with its own connection pool, on one PostgreSQL database; it fails if a
// source is polled by more than one of them or not at all.
//
//	GAPWATCH_TEST_POSTGRES=postgres://… go test -run '^$' -bench PollLeased -benchtime 5x ./ingest/
func BenchmarkPollLeased(b *testing.B) {
	const n = 1000
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>`)
	}))
	defer srv.Close()
	for _, instances := range []int{1, 3} {
		b.Run(fmt.Sprintf("instances=%d", instances), func(b *testing.B) {
			dsn := storagetest.PostgresSchema(b)
			ctx := context.Background()
			var pollers []*ingest.Poller
			var first *storage.Store
			for i := range instances {
				store, err := storage.Open(ctx, dsn)
				if err != nil {
					b.Fatal(err)
				}
				defer store.Close()
				if i == 0 {
					first = store
					c := testCatalog()
					c.Sources = nil
					for k := range n {
						c.Sources = append(c.Sources, tracker.Source{ID: fmt.Sprintf("s%04d", k), URL: fmt.Sprintf("%s/feed/%d.xml", srv.URL, k),
							Format: tracker.FormatRSS, Schedule: "@every 15m", Review: tracker.ReviewRequired, AllowPrivate: true, Claims: []string{metricID}})
					}
					if _, err := store.SyncCatalog(ctx, c); err != nil {
						b.Fatal(err)
					}
				}
				fetcher := sources.NewFetcher(sources.FetchOptions{HostSpacing: sources.NoHostSpacing})
				p := ingest.NewPoller(store, sources.NewReader(fetcher))
				p.Renderer, p.Next, p.Instance = report.Messages{}, scheduler.NextTime, fmt.Sprintf("bench-%d", i)
				pollers = append(pollers, p)
			}
			if _, err := pollers[0].PollAll(ctx); err != nil { // validators stored
				b.Fatal(err)
			}
			b.ResetTimer()
			var busy time.Duration
			for range b.N {
				b.StopTimer()
				if _, err := first.DB().ExecContext(ctx, "UPDATE source_state SET next_check = NULL"); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				counts := make([]int, instances)
				var wg sync.WaitGroup
				for i, p := range pollers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						res, err := p.PollDue(ctx)
						if err != nil {
							b.Error(err)
						}
						counts[i] = len(res)
					}()
				}
				wg.Wait()
				busy += time.Since(start)
				total := 0
				for _, k := range counts {
					total += k
				}
				if total != n {
					b.Fatalf("polled %d sources in one cycle (per poller %v), want %d: each once", total, counts, n)
				}
			}
			b.ReportMetric(float64(n*b.N)/busy.Seconds(), "sources/s")
		})
	}
}
