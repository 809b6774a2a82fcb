package ingest_test

import (
	"context"
	"errors"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

const metricID = "ve-prisoners-released"

var start = time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC)

// clock is a fake clock tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func testCatalog() tracker.Catalog {
	return tracker.Catalog{
		Metrics: []tracker.Metric{{ID: metricID, Name: "Political prisoners released", Cumulative: true,
			Keywords: []string{"released"}, Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 1.5}, StaleAfter: 72 * time.Hour}},
		Actors: []tracker.Actor{
			{Name: "Foro Penal", Role: tracker.Confirmer},
			{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"gobierno"}},
		},
		Sources: []tracker.Source{
			{ID: "balance", URL: "https://example.org/balance", Format: tracker.FormatHTML, Schedule: "@every 30m", Review: tracker.ReviewAuto,
				Figures: []tracker.FieldRule{{Metric: metricID, Actor: "Foro Penal", Stance: tracker.Confirmed, Select: "#n"}}},
			{ID: "news", URL: "https://example.org/feed.xml", Format: tracker.FormatRSS, Schedule: "@every 30m", Review: tracker.ReviewRequired,
				Claims: []string{metricID}},
		},
		Subscriptions: []tracker.Subscription{{ChannelID: tracker.ConsoleChannel, MetricID: tracker.AllMetrics, Alerts: true}},
	}
}

// env is a real store with a fake clock and the real renderer.
type env struct {
	t     *testing.T
	ctx   context.Context
	clock *clock
	store *storage.Store
	msgs  report.Messages
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c := &clock{t: start}
	s, err := storage.Open(context.Background(), storagetest.Of(t).DSN(t), storage.WithClock(c.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.SyncCatalog(context.Background(), testCatalog()); err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: context.Background(), clock: c, store: s, msgs: report.Messages{PublicURL: "https://gapwatch.example"}}
}

func (e *env) poller(r tracker.SourceReader) *ingest.Poller {
	p := ingest.NewPoller(e.store, r)
	p.Renderer, p.Next, p.Now, p.Rand = e.msgs, scheduler.NextTime, e.clock.Now, func() float64 { return 0.5 }
	p.NoticeAfter, p.NoticeChannel = 3, tracker.ConsoleChannel
	return p
}

// deliverer returns a Deliverer of the items in scope through s, on the
// test clock.
func (e *env) deliverer(s ingest.Sender, scope tracker.OutboxScope) *ingest.Deliverer {
	d := ingest.NewDeliverer(e.store, s, scope)
	d.Now = e.clock.Now
	return d
}

func (e *env) fanout() *ingest.Fanout {
	f := ingest.NewFanout(e.store, e.msgs)
	f.Now, f.NoticeChannel = e.clock.Now, tracker.ConsoleChannel
	return f
}

// pending returns the undelivered outbox items, oldest first.
func (e *env) pending() []tracker.OutboxItem {
	e.t.Helper()
	items, err := e.store.DueOutbox(e.ctx, tracker.AnyChannel, e.clock.Now().Add(24*365*time.Hour), 10000)
	if err != nil {
		e.t.Fatal(err)
	}
	return items
}

// deliverAll marks every pending item delivered as message "m<id>" and
// returns them.
func (e *env) deliverAll() []tracker.OutboxItem {
	e.t.Helper()
	items := e.pending()
	for _, it := range items {
		if err := e.store.MarkDelivered(e.ctx, it.ID, "m"+tracker.FormatPlain(it.ID), e.clock.Now()); err != nil {
			e.t.Fatal(err)
		}
	}
	return items
}

// fakeReader returns scripted readings per source.
type fakeReader struct {
	mu       sync.Mutex
	readings map[string][]reading // consumed in order; the last one repeats
	calls    map[string]int
}

type reading struct {
	r   tracker.Reading
	err error
}

func (f *fakeReader) Read(ctx context.Context, src tracker.Source, st tracker.SourceState, _ []tracker.Metric, _ []tracker.Actor,
	unseen func([]string) ([]string, error)) (tracker.Reading, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.calls == nil {
		f.calls = map[string]int{}
	}
	list := f.readings[src.ID]
	if len(list) == 0 {
		return tracker.Reading{NotModified: true}, nil
	}
	i := min(f.calls[src.ID], len(list)-1)
	f.calls[src.ID]++
	r := list[i]
	if r.err != nil {
		return tracker.Reading{}, r.err
	}
	keys := make([]string, len(r.r.Items))
	for j, it := range r.r.Items {
		keys[j] = it.Key
	}
	fresh, err := unseen(keys)
	if err != nil {
		return tracker.Reading{}, err
	}
	keep := map[string]bool{}
	for _, k := range fresh {
		keep[k] = true
	}
	out := r.r
	out.Items = nil
	for _, it := range r.r.Items {
		if keep[it.Key] {
			out.Items = append(out.Items, it)
		}
	}
	return out, nil
}

func found(actor string, stance tracker.Stance, value int64, origin tracker.Origin, fallback bool) tracker.Found {
	return tracker.Found{Figure: tracker.Figure{MetricID: metricID, Value: value, Qualifier: tracker.Exact, Stance: stance, Actor: actor,
		Origin: origin, Evidence: tracker.Evidence{Quote: actor + " said " + tracker.FormatPlain(value) + " were released."}}, ActorFromFallback: fallback}
}

// retryAfterErr is a fetch error that asks to wait.
type retryAfterErr struct{ d time.Duration }

func (e retryAfterErr) Error() string             { return "429 Too Many Requests" }
func (e retryAfterErr) RetryAfter() time.Duration { return e.d }

var errDown = errors.New("dial tcp: connection refused")
