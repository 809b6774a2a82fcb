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
	srv := unchangedFeeds(`<item><guid>1</guid><title>Foro Penal confirmed 56 political prisoners released.</title></item>`)
	defer srv.Close()

	ctx := context.Background()
	store, err := storage.Open(ctx, filepath.Join(b.TempDir(), "g.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	if _, err := store.SyncCatalog(ctx, feedsCatalog(srv.URL, n)); err != nil {
		b.Fatal(err)
	}
	p := benchPoller(store)
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

// unchangedFeeds serves an RSS feed at every path, holding items, that
// answers 304 Not Modified to a request carrying its ETag.
func unchangedFeeds(items string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`+items+`</channel></rss>`)
	}))
}

// feedsCatalog is the test catalog with n feed sources at base.
func feedsCatalog(base string, n int) tracker.Catalog {
	c := testCatalog()
	c.Sources = nil
	for i := range n {
		c.Sources = append(c.Sources, tracker.Source{ID: fmt.Sprintf("s%04d", i), URL: fmt.Sprintf("%s/feed/%d.xml", base, i),
			Format: tracker.FormatRSS, Schedule: "@every 15m", Review: tracker.ReviewRequired, AllowPrivate: true, Claims: []string{metricID}})
	}
	return c
}

// benchPoller polls store's sources with no spacing between requests to
// the loopback host.
func benchPoller(store ingest.PollStore) *ingest.Poller {
	fetcher := sources.NewFetcher(sources.FetchOptions{HostSpacing: sources.NoHostSpacing})
	p := ingest.NewPoller(store, sources.NewReader(fetcher))
	p.Renderer, p.Next = report.Messages{}, scheduler.NextTime
	return p
}
