package web

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/report"
)

// chartCache keeps the last PNG drawn for each metric. Every change to a
// figure appends a correction, so the metric's definition, its newest
// correction and the hour identify what the chart shows; drawing takes tens
// of milliseconds, which a burst of requests should not repeat. It holds at
// most one entry per metric the tracker file declares.
type chartCache struct {
	mu      sync.Mutex
	entries map[string]cachedChart
}

type cachedChart struct {
	etag string
	png  []byte
}

func (c *chartCache) get(metric, etag string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[metric]
	if !ok || e.etag != etag {
		return nil, false
	}
	return e.png, true
}

func (c *chartCache) put(metric, etag string, png []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]cachedChart{}
	}
	c.entries[metric] = cachedChart{etag: etag, png: png}
}

// handleChart draws a metric's timeline as a PNG (report.MetricChart, at
// its default size, up to now), served from the cache while nothing
// changed, with an ETag so clients can revalidate cheaply.
func (s *server) handleChart(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("metric")
	now := s.now()
	m, err := s.store.Metric(ctx, id)
	if err != nil {
		s.fail(w, r, "read metric", err)
		return
	}
	newest, err := s.store.MetricCorrections(ctx, id, 1)
	if err != nil {
		s.fail(w, r, "read corrections", err)
		return
	}
	var lastCorrection int64
	if len(newest) > 0 {
		lastCorrection = newest[0].ID
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%#v|%d|%d", m, lastCorrection, now.Truncate(time.Hour).Unix())))
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`

	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Header().Set("ETag", etag)
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	png, ok := s.charts.get(id, etag)
	if !ok {
		png, err = report.MetricChart(ctx, s.store, id, report.ChartOptions{Now: now})
		if err != nil {
			w.Header().Del("ETag")
			w.Header().Del("Cache-Control")
			s.fail(w, r, "draw chart", err)
			return
		}
		s.charts.put(id, etag, png)
	}
	writeBody(w, http.StatusOK, "image/png", png)
}
