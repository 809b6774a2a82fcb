package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestMetricsExposition(t *testing.T) {
	s := seedStore(t, false)
	if _, err := s.store.Enqueue(context.Background(), tracker.OutboxItem{
		Key: "alert-1", ChannelID: "console", Message: tracker.Message{Kind: tracker.KindAlert, Title: "t"},
		CreatedAt: testNow.Add(-90 * time.Second),
	}); err != nil {
		t.Fatal(err)
	}
	m := NewMetrics(s.store).WithLogger(quietLogger())
	var obs tracker.Observer = m
	obs.PollDone("foro-penal-reports", "ok", 300*time.Millisecond)
	obs.PollDone("government-press", "error", 2*time.Second)
	obs.Delivered(tracker.KindAlert, 1500*time.Millisecond)
	obs.DeliveryFailed(tracker.KindDigest)
	obs.CommandDone("status", 40*time.Millisecond, false)
	obs.CommandDone("history", 900*time.Millisecond, true)

	h := newTestHandler(s, Options{Metrics: m})
	get(t, h, http.MethodGet, "/")       // counted by route
	get(t, h, http.MethodGet, "/f/9999") // a 404, counted under its pattern
	res, body := get(t, h, http.MethodGet, "/metrics")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics = %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type = %q, want the Prometheus text format", ct)
	}
	mustContain(t, "/metrics", body,
		// measurements reported through tracker.Observer
		`gapwatch_polls_total{source="foro-penal-reports",status="ok"} 1`,
		`gapwatch_polls_total{source="government-press",status="error"} 1`,
		`gapwatch_poll_duration_seconds_count{source="government-press"} 1`,
		`gapwatch_deliveries_total{kind="alert"} 1`,
		`gapwatch_delivery_latency_seconds_sum{kind="alert"} 1.5`,
		`gapwatch_delivery_failures_total{kind="digest"} 1`,
		`gapwatch_commands_total{command="history",result="error"} 1`,
		`gapwatch_commands_total{command="status",result="ok"} 1`,
		`gapwatch_command_duration_seconds_bucket{command="status",le="0.05"} 1`,
		// read from the store at scrape time
		`gapwatch_store_up 1`,
		`gapwatch_figures{status="approved"} 8`,
		`gapwatch_figures{status="pending"} 1`,
		`gapwatch_figures{status="superseded"} 1`,
		`gapwatch_figures{status="retracted"} 1`,
		`gapwatch_figures{status="rejected"} 0`,
		`gapwatch_outbox_pending 1`,
		`gapwatch_outbox_oldest_pending_age_seconds`,
		`gapwatch_source_consecutive_failures{source="government-press"} 3`,
		`gapwatch_source_polls_total{source="foro-penal-reports"} 120`,
		`gapwatch_source_errors_total{source="government-press"} 11`,
		`gapwatch_source_healthy{source="government-press"} 0`,
		`gapwatch_source_healthy{source="wire-feed"} 1`,
		// the dashboard's own requests, by route pattern
		`gapwatch_http_requests_total{code="200",route="GET /{$}"} 1`,
		`gapwatch_http_requests_total{code="404",route="GET /f/{id}"} 1`,
		// the runtime
		"go_goroutines", "process_resident_memory_bytes",
	)
}

func TestMetricsScrapeSurvivesAStoreFailure(t *testing.T) {
	s := seedStore(t, false)
	m := NewMetrics(s.store).WithLogger(quietLogger())
	h := newTestHandler(s, Options{Metrics: m})
	s.store.Close()
	res, body := get(t, h, http.MethodGet, "/metrics")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics with the store down = %d, want 200", res.StatusCode)
	}
	mustContain(t, "/metrics", body, "gapwatch_store_up 0", "go_goroutines")
}

func TestNilMetricsIgnoresMeasurements(t *testing.T) {
	var m *Metrics
	m.PollDone("x", "ok", time.Second)
	m.Delivered(tracker.KindAlert, time.Second)
	m.DeliveryFailed(tracker.KindAlert)
	m.CommandDone("status", time.Second, false)
}
