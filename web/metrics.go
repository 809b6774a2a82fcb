package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gapwatch/gapwatch/tracker"
)

// Metrics is the service's Prometheus instrumentation. It is a
// tracker.Observer (polls, deliveries, commands are counted as they
// happen), reads the store at scrape time (figures by status, the outbox,
// per-source health and totals) and counts the dashboard's own requests.
// It has its own registry, with the Go and process collectors. A nil
// *Metrics ignores every measurement.
type Metrics struct {
	registry *prometheus.Registry
	log      *slog.Logger

	polls            *prometheus.CounterVec
	pollDuration     *prometheus.HistogramVec
	deliveries       *prometheus.CounterVec
	deliveryFailures *prometheus.CounterVec
	deliveryLatency  *prometheus.HistogramVec
	commands         *prometheus.CounterVec
	commandDuration  *prometheus.HistogramVec
	httpRequests     *prometheus.CounterVec
	httpDuration     *prometheus.HistogramVec
}

var _ tracker.Observer = (*Metrics)(nil)

// NewMetrics returns the instrumentation of a service whose state is in
// store (nil: only the counters fed through the Observer methods).
func NewMetrics(store Store) *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		log:      slog.Default(),
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gapwatch_polls_total", Help: "Polls of a source since start, by outcome (ok, not_modified, error).",
		}, []string{"source", "status"}),
		pollDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "gapwatch_poll_duration_seconds", Help: "How long a poll of a source took.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"source"}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gapwatch_deliveries_total", Help: "Outbox items delivered since start, by kind.",
		}, []string{"kind"}),
		deliveryFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gapwatch_delivery_failures_total", Help: "Failed delivery attempts since start, by kind.",
		}, []string{"kind"}),
		deliveryLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "gapwatch_delivery_latency_seconds", Help: "Time from enqueueing an outbox item to its delivery.",
			Buckets: []float64{0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600},
		}, []string{"kind"}),
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gapwatch_commands_total", Help: "Slash commands handled since start, by command and result (ok, error).",
		}, []string{"command", "result"}),
		commandDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "gapwatch_command_duration_seconds", Help: "How long a slash command took to handle.",
			Buckets: []float64{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10},
		}, []string{"command"}),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gapwatch_http_requests_total", Help: "Dashboard requests, by route and status code.",
		}, []string{"route", "code"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "gapwatch_http_request_duration_seconds", Help: "How long the dashboard took to answer, by route.",
			Buckets: []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5},
		}, []string{"route"}),
	}
	m.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.polls, m.pollDuration, m.deliveries, m.deliveryFailures, m.deliveryLatency,
		m.commands, m.commandDuration, m.httpRequests, m.httpDuration,
	)
	if store != nil {
		m.registry.MustRegister(newStoreCollector(store, m))
	}
	return m
}

// WithLogger makes m log scrape problems to l instead of slog.Default(),
// and returns m.
func (m *Metrics) WithLogger(l *slog.Logger) *Metrics {
	if m != nil && l != nil {
		m.log = l
	}
	return m
}

// Handler serves the metrics in the Prometheus text format. A store that
// fails at scrape time shows as gapwatch_store_up 0, not as a failed
// scrape.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{
		ErrorHandling:     promhttp.ContinueOnError,
		ErrorLog:          promLogger{m},
		Registry:          m.registry,
		Timeout:           10 * time.Second,
		EnableOpenMetrics: false,
	})
}

// Registry returns the registry, for tests and for adding collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// PollDone counts a poll of a source and its duration.
func (m *Metrics) PollDone(sourceID, status string, took time.Duration) {
	if m == nil {
		return
	}
	m.polls.WithLabelValues(sourceID, status).Inc()
	m.pollDuration.WithLabelValues(sourceID).Observe(took.Seconds())
}

// Delivered counts a delivered outbox item and the time it waited.
func (m *Metrics) Delivered(kind tracker.Kind, latency time.Duration) {
	if m == nil {
		return
	}
	m.deliveries.WithLabelValues(string(kind)).Inc()
	m.deliveryLatency.WithLabelValues(string(kind)).Observe(max(0, latency.Seconds()))
}

// DeliveryFailed counts a failed delivery attempt.
func (m *Metrics) DeliveryFailed(kind tracker.Kind) {
	if m == nil {
		return
	}
	m.deliveryFailures.WithLabelValues(string(kind)).Inc()
}

// CommandDone counts a handled slash command and its duration.
func (m *Metrics) CommandDone(name string, took time.Duration, failed bool) {
	if m == nil {
		return
	}
	result := "ok"
	if failed {
		result = "error"
	}
	m.commands.WithLabelValues(name, result).Inc()
	m.commandDuration.WithLabelValues(name).Observe(took.Seconds())
}

// instrument counts the dashboard's requests by route pattern (never by
// raw path, so that ids do not explode the label set).
func (m *Metrics) instrument(next http.Handler) http.Handler {
	if m == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		route := r.Pattern
		if route == "" || route == "/" {
			route = "other"
		}
		m.httpRequests.WithLabelValues(route, strconv.Itoa(rec.status)).Inc()
		m.httpDuration.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// promLogger sends promhttp's errors to the metrics' logger.
type promLogger struct{ m *Metrics }

func (l promLogger) Println(v ...any) {
	l.m.log.Warn("web: metrics scrape", "err", strings.TrimSpace(fmt.Sprintln(v...)))
}

// storeCollector reads the store at scrape time.
type storeCollector struct {
	store   Store
	metrics *Metrics // for its logger

	up, figures, outboxPending, outboxDepth, outboxOldestAge, outboxFailing, outboxDelivered, outboxFailed, channelPaused *prometheus.Desc
	sourceFailures, sourcePolls, sourceErrors, sourceLastSuccess, sourceHealthy                                           *prometheus.Desc
}

// scrapeTimeout bounds the store reads of one scrape.
const scrapeTimeout = 5 * time.Second

func newStoreCollector(store Store, m *Metrics) *storeCollector {
	return &storeCollector{
		store:           store,
		metrics:         m,
		up:              prometheus.NewDesc("gapwatch_store_up", "Whether the store answered this scrape (1) or not (0).", nil, nil),
		figures:         prometheus.NewDesc("gapwatch_figures", "Figures in the store, by status.", []string{"status"}, nil),
		outboxPending:   prometheus.NewDesc("gapwatch_outbox_pending", "Outbox items not delivered yet.", nil, nil),
		outboxDepth:     prometheus.NewDesc("gapwatch_outbox_depth", "Pending outbox rows: the queue every instance of the database draws on (same as gapwatch_outbox_pending).", nil, nil),
		outboxOldestAge: prometheus.NewDesc("gapwatch_outbox_oldest_pending_age_seconds", "Age of the oldest undelivered outbox item; 0 when none.", nil, nil),
		outboxFailing:   prometheus.NewDesc("gapwatch_outbox_failing", "Undelivered outbox items with at least one failed attempt.", nil, nil),
		outboxDelivered: prometheus.NewDesc("gapwatch_outbox_delivered", "Outbox items delivered, in all.", nil, nil),
		outboxFailed:    prometheus.NewDesc("gapwatch_outbox_failed", "Dead letters: outbox items marked failed (refused for good or failing for too long), never retried.", nil, nil),
		channelPaused: prometheus.NewDesc("gapwatch_channel_paused", "1 for each channel whose subscriptions are paused because Discord refused it for good.",
			[]string{"channel"}, nil),
		sourceFailures: prometheus.NewDesc("gapwatch_source_consecutive_failures", "Failed polls of a source in a row.", []string{"source"}, nil),
		sourcePolls:    prometheus.NewDesc("gapwatch_source_polls_total", "Polls of a source, in all (kept across restarts).", []string{"source"}, nil),
		sourceErrors:   prometheus.NewDesc("gapwatch_source_errors_total", "Failed polls of a source, in all (kept across restarts).", []string{"source"}, nil),
		sourceLastSuccess: prometheus.NewDesc("gapwatch_source_last_success_timestamp_seconds",
			"When a source was last polled successfully (Unix time); absent before the first.", []string{"source"}, nil),
		sourceHealthy: prometheus.NewDesc("gapwatch_source_healthy", "Whether a source's last poll succeeded (or it was never polled).", []string{"source"}, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.up, c.figures, c.outboxPending, c.outboxDepth, c.outboxOldestAge, c.outboxFailing, c.outboxDelivered, c.outboxFailed, c.channelPaused,
		c.sourceFailures, c.sourcePolls, c.sourceErrors, c.sourceLastSuccess, c.sourceHealthy} {
		ch <- d
	}
}

// Collect implements prometheus.Collector; a store error is logged and
// reported as gapwatch_store_up 0.
func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	up := 1.0
	fail := func(what string, err error) {
		up = 0
		c.metrics.log.Warn("web: metrics scrape: "+what, "err", err)
	}

	if counts, err := c.store.CountFigures(ctx); err != nil {
		fail("count figures", err)
	} else {
		for _, st := range []tracker.Status{tracker.Pending, tracker.Approved, tracker.Rejected, tracker.Retracted, tracker.Superseded} {
			ch <- prometheus.MustNewConstMetric(c.figures, prometheus.GaugeValue, float64(counts[st]), string(st))
		}
	}

	if st, err := c.store.OutboxStats(ctx); err != nil {
		fail("outbox stats", err)
	} else {
		age := 0.0
		if !st.OldestPending.IsZero() {
			age = max(0, time.Since(st.OldestPending).Seconds())
		}
		ch <- prometheus.MustNewConstMetric(c.outboxPending, prometheus.GaugeValue, float64(st.Pending))
		ch <- prometheus.MustNewConstMetric(c.outboxDepth, prometheus.GaugeValue, float64(st.Pending))
		ch <- prometheus.MustNewConstMetric(c.outboxOldestAge, prometheus.GaugeValue, age)
		ch <- prometheus.MustNewConstMetric(c.outboxFailing, prometheus.GaugeValue, float64(st.Failing))
		ch <- prometheus.MustNewConstMetric(c.outboxDelivered, prometheus.GaugeValue, float64(st.Delivered))
		ch <- prometheus.MustNewConstMetric(c.outboxFailed, prometheus.GaugeValue, float64(st.Failed))
	}
	if paused, err := c.store.PausedChannels(ctx); err != nil {
		fail("paused channels", err)
	} else {
		for _, p := range paused {
			ch <- prometheus.MustNewConstMetric(c.channelPaused, prometheus.GaugeValue, 1, p.ChannelID)
		}
	}

	sources, err := c.store.Sources(ctx)
	if err != nil {
		fail("sources", err)
	}
	states, err := c.store.SourceStates(ctx)
	if err != nil {
		fail("source states", err)
	}
	for _, src := range sources {
		if !src.Enabled {
			continue
		}
		st := states[src.ID]
		healthy := 0.0
		if st.Healthy() {
			healthy = 1
		}
		ch <- prometheus.MustNewConstMetric(c.sourceFailures, prometheus.GaugeValue, float64(st.ConsecutiveFailures), src.ID)
		ch <- prometheus.MustNewConstMetric(c.sourcePolls, prometheus.CounterValue, float64(st.Polls), src.ID)
		ch <- prometheus.MustNewConstMetric(c.sourceErrors, prometheus.CounterValue, float64(st.Errors), src.ID)
		ch <- prometheus.MustNewConstMetric(c.sourceHealthy, prometheus.GaugeValue, healthy, src.ID)
		if !st.LastSuccess.IsZero() {
			ch <- prometheus.MustNewConstMetric(c.sourceLastSuccess, prometheus.GaugeValue, float64(st.LastSuccess.UnixNano())/1e9, src.ID)
		}
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, up)
}
