package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// BenchmarkFeed serves the Atom feeds with a million figures (and their
// corrections) in one metric: the whole site's feed, that metric's, and
// the feed of a metric with two updates among them.
func BenchmarkFeed(b *testing.B) {
	s, took := bigSeed(b)
	b.Logf("seeded %d figures in %s", benchMetricFigures, took.Round(time.Millisecond))
	h := newTestHandler(s, Options{})
	for _, path := range []string{"/feed.xml", "/m/releases/feed.xml", "/m/detentions/feed.xml"} {
		b.Run(strings.ReplaceAll(path, "/", "_"), func(b *testing.B) {
			size := 0
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", path, rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(size), "bytes/feed")
		})
	}
}
