package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

// BenchmarkPollUnchanged measures one poll cycle over 1,000 sources on
// loopback that all answer 304 Not Modified: the cost of polling politely
// when nothing changed (conditional GET, no parsing, state saved).
//
//	go test -run '^$' -bench PollUnchanged -benchtime 5x ./ingest/
func BenchmarkPollUnchanged(b *testing.B) {
	const n = 1000
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
			<item><guid>1</guid><title>Foro Penal confirmed 56 political prisoners released.</title></item></channel></rss>`)
	}))
	defer srv.Close()

	ctx := context.Background()
	store, err := storage.Open(ctx, filepath.Join(b.TempDir(), "g.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	c := testCatalog()
	c.Sources = nil
	for i := 0; i < n; i++ {
		c.Sources = append(c.Sources, tracker.Source{ID: fmt.Sprintf("s%04d", i), URL: fmt.Sprintf("%s/feed/%d.xml", srv.URL, i),
			Format: tracker.FormatRSS, Schedule: "@every 15m", Review: tracker.ReviewRequired, AllowPrivate: true, Claims: []string{metricID}})
	}
	if _, err := store.SyncCatalog(ctx, c); err != nil {
		b.Fatal(err)
	}
	fetcher := sources.NewFetcher(sources.FetchOptions{HostSpacing: sources.NoHostSpacing})
	p := ingest.NewPoller(store, sources.NewReader(fetcher))
	p.Renderer, p.Next = report.Messages{}, scheduler.NextTime
	if _, err := p.PollAll(ctx); err != nil { // first poll: 200, validators stored
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		results, err := p.PollAll(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range results {
			if r.Status != ingest.StatusNotModified {
				b.Fatalf("%s: %s %v", r.SourceID, r.Status, r.Err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "sources/s")
}
