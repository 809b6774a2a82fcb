package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// Poll statuses, as `gapwatch check` prints them.
const (
	StatusOK          = "ok"
	StatusNotModified = "not_modified"
	StatusError       = "error"
)

// DefaultMaxBackoff caps the wait before retrying a failing source.
const DefaultMaxBackoff = 6 * time.Hour

// Poller polls sources and turns what they say into figures. Make one
// with NewPoller; it holds a mutex, so share it by pointer.
type Poller struct {
	Store    PollStore
	Reader   tracker.SourceReader
	Renderer Renderer // renders moderators' notices; nil logs them only
	Next     NextFunc // when a source's schedule fires next; nil: every 15 minutes
	Now      func() time.Time
	Rand     func() float64 // in [0,1), for backoff jitter (0.5: none)
	Observer tracker.Observer
	Logger   *slog.Logger

	Workers       int           // sources polled at once, at least 1
	NoticeAfter   int           // failures in a row before a notice
	MaxBackoff    time.Duration // the longest wait before retrying a failing source
	NoticeChannel string        // where moderators' notices go; "" logs them only

	// Instance names this process among several sharing one database.
	// When it is set and the store is a LeaseStore, PollDue takes each due
	// source with a lease (Lease, at most 10 s, renewed while it polls),
	// so that every due source is polled by one instance only.
	Instance string
	Lease    time.Duration // default 10 s

	holdMu sync.Mutex
	held   map[string]time.Time // sources held off after a failure that could not be saved
}

// NewPoller returns a Poller that reads sources through reader and keeps
// what they say in store, with the defaults: the system clock, random
// jitter, the default logger, no observer, 8 workers, a notice after 5
// failures in a row and backoff capped at DefaultMaxBackoff. Set the other
// fields (Renderer, Next, NoticeChannel) before the first poll.
func NewPoller(store PollStore, reader tracker.SourceReader) *Poller {
	return &Poller{
		Store:       store,
		Reader:      reader,
		Now:         time.Now,
		Rand:        rand.Float64,
		Observer:    tracker.NopObserver{},
		Logger:      slog.Default(),
		Workers:     8,
		NoticeAfter: 5,
		MaxBackoff:  DefaultMaxBackoff,
		held:        map[string]time.Time{},
	}
}

// PollResult is the outcome of polling one source.
type PollResult struct {
	SourceID string
	Status   string // StatusOK, StatusNotModified or StatusError
	Err      error
	Figures  []tracker.Figure // figures created by this poll (repeats are not listed)
}

// PollDue polls the enabled sources whose next check has come, at most
// Workers at a time, and returns their results in tracker-file order.
func (p *Poller) PollDue(ctx context.Context) ([]PollResult, error) {
	now := p.Now()
	if ls, ok := p.Store.(LeaseStore); ok && p.Instance != "" {
		return p.pollLeased(ctx, ls, now)
	}
	due, err := p.Store.DueSources(ctx, now)
	if err != nil {
		return nil, fmt.Errorf("ingest: due sources: %w", err)
	}
	kept := due[:0]
	for _, src := range due {
		if !p.heldOff(src.ID, now) {
			kept = append(kept, src)
		}
	}
	return p.PollMany(ctx, kept)
}

// pollLeased polls the due sources this instance could lease, batch after
// batch, renewing its leases while it polls and releasing them after.
func (p *Poller) pollLeased(ctx context.Context, ls LeaseStore, now time.Time) ([]PollResult, error) {
	lease := p.Lease
	if lease <= 0 || lease > MaxLease {
		lease = MaxLease
	}
	stop := renewLeases(ctx, ls, p.Instance, p.Now, lease, p.Logger)
	defer stop()
	workers := max(p.Workers, 8)
	var all []PollResult
	for ctx.Err() == nil {
		due, err := ls.ClaimDueSources(ctx, p.Instance, now, lease, 4*workers)
		if err != nil {
			return all, fmt.Errorf("ingest: claim due sources: %w", err)
		}
		if len(due) == 0 {
			break
		}
		kept := due[:0]
		var ids []string
		for _, src := range due {
			ids = append(ids, src.ID)
			if !p.heldOff(src.ID, now) {
				kept = append(kept, src)
			}
		}
		res, err := p.PollMany(ctx, kept)
		all = append(all, res...)
		if rerr := ls.ReleaseSources(context.WithoutCancel(ctx), p.Instance, ids); rerr != nil && err == nil {
			err = rerr
		}
		if err != nil {
			return all, err
		}
		if len(kept) == 0 {
			break // only held-off sources are due: try again next cycle
		}
	}
	return all, nil
}

// renewLeases renews instance's leases every third of lease until the
// returned stop is called.
func renewLeases(ctx context.Context, ls LeaseStore, instance string, now func() time.Time, lease time.Duration, log *slog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(lease / 3)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if _, err := ls.RenewLeases(ctx, instance, now(), lease); err != nil && ctx.Err() == nil {
					log.Warn("renewing leases failed", "instance", instance, "error", err)
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}

// PollAll polls every enabled source now, ignoring schedules.
func (p *Poller) PollAll(ctx context.Context) ([]PollResult, error) {
	srcs, err := p.Store.EnabledSources(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest: sources: %w", err)
	}
	return p.PollMany(ctx, srcs)
}

// PollMany polls the sources with bounded concurrency and returns their
// results in the order given. The catalog is read once for the batch.
func (p *Poller) PollMany(ctx context.Context, srcs []tracker.Source) ([]PollResult, error) {
	if len(srcs) == 0 {
		return nil, nil
	}
	metrics, err := p.Store.Metrics(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest: metrics: %w", err)
	}
	actors, err := p.Store.Actors(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest: actors: %w", err)
	}
	workers := max(p.Workers, 1)
	results := make([]PollResult, len(srcs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(srcs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = p.pollSafely(ctx, srcs[i], metrics, actors)
			}
		}()
	}
	for i := range srcs {
		select {
		case jobs <- i:
		case <-ctx.Done():
			results[i] = PollResult{SourceID: srcs[i].ID, Status: StatusError, Err: ctx.Err()}
		}
	}
	close(jobs)
	wg.Wait()
	return results, nil
}

// Poll polls one source now.
func (p *Poller) Poll(ctx context.Context, src tracker.Source) PollResult {
	metrics, err := p.Store.Metrics(ctx)
	if err != nil {
		return PollResult{SourceID: src.ID, Status: StatusError, Err: err}
	}
	actors, err := p.Store.Actors(ctx)
	if err != nil {
		return PollResult{SourceID: src.ID, Status: StatusError, Err: err}
	}
	return p.pollSafely(ctx, src, metrics, actors)
}

// pollSafely is poll with a last line of defence: a panic anywhere in it
// is that source's failure, not the process's end.
func (p *Poller) pollSafely(ctx context.Context, src tracker.Source, metrics []tracker.Metric, actors []tracker.Actor) (res PollResult) {
	defer func() {
		if r := recover(); r != nil {
			p.Logger.Error("panic while polling a source", "source_id", src.ID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			res = PollResult{SourceID: src.ID, Status: StatusError, Err: fmt.Errorf("ingest: source %s: internal error (panic: %v)", src.ID, r)}
		}
	}()
	return p.poll(ctx, src, metrics, actors)
}

// read runs the reader (fetch, parse, extract) with a panic turned into
// the source's error, logged once with its stack.
func (p *Poller) read(ctx context.Context, src tracker.Source, st tracker.SourceState, metrics []tracker.Metric, actors []tracker.Actor,
	unseen func([]string) ([]string, error), log *slog.Logger) (reading tracker.Reading, err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("panic while reading a source", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("internal error while reading the source (panic: %v)", r)
		}
	}()
	return p.Reader.Read(ctx, src, st, metrics, actors, unseen)
}

// holdOff keeps a source out of PollDue until the given time: the state of
// a failed poll could not be saved (database locked, disk full), so the
// backoff lives in memory until a save succeeds.
func (p *Poller) holdOff(sourceID string, until time.Time) {
	p.holdMu.Lock()
	defer p.holdMu.Unlock()
	p.held[sourceID] = until
}

// heldOff reports whether a source is held off at now.
func (p *Poller) heldOff(sourceID string, now time.Time) bool {
	p.holdMu.Lock()
	defer p.holdMu.Unlock()
	until, ok := p.held[sourceID]
	if ok && !now.Before(until) {
		delete(p.held, sourceID)
		return false
	}
	return ok
}

func (p *Poller) poll(ctx context.Context, src tracker.Source, metrics []tracker.Metric, actors []tracker.Actor) PollResult {
	started := p.Now()
	res := PollResult{SourceID: src.ID}
	log := p.Logger.With("source_id", src.ID)
	st, err := p.Store.SourceState(ctx, src.ID)
	if err != nil {
		res.Status, res.Err = StatusError, err
		return res
	}
	unseen := func(keys []string) ([]string, error) { return p.Store.UnseenItems(ctx, src.ID, keys) }
	reading, readErr := p.read(ctx, src, st, metrics, actors, unseen, log)
	if ctx.Err() != nil && readErr != nil {
		// Shutting down: leave the state as it was, the source stays due.
		res.Status, res.Err = StatusError, readErr
		return res
	}
	now := p.Now()
	st.SourceID = src.ID
	st.LastCheck = now
	st.Polls++
	before := st // what a failure after reading starts from
	if readErr != nil {
		res.Status, res.Err = StatusError, readErr
		p.recordFailure(ctx, src, st, readErr, now, log)
		p.Observer.PollDone(src.ID, res.Status, p.Now().Sub(started))
		return res
	}

	var notices []tracker.OutboxItem
	if st.FailureNotified {
		st.FailureNotified = false
		notices = appendNotice(notices, p.sourceNotice(tracker.NoticeRecovered, src, st, nil, now))
	}
	wasFailing := st.ConsecutiveFailures > 0
	st.ConsecutiveFailures, st.LastError, st.LastSuccess = 0, "", now
	st.NextCheck = p.nextScheduled(src, now)
	if reading.ETag != "" || reading.LastModified != "" || !reading.NotModified {
		st.ETag, st.LastModified = reading.ETag, reading.LastModified
	}
	if reading.ContentHash != "" {
		st.ContentHash = reading.ContentHash
	}
	res.Status = StatusOK
	if reading.NotModified {
		res.Status = StatusNotModified
	} else {
		res.Figures, err = p.record(ctx, src, reading, now)
		if err != nil {
			// The items stay unseen and are read again, after a backoff:
			// a poll whose results cannot be saved is a failure.
			res.Status, res.Err = StatusError, err
			log.Error("recording figures failed", "error", err)
			p.recordFailure(ctx, src, before, fmt.Errorf("results not saved: %w", err), now, log)
			p.Observer.PollDone(src.ID, res.Status, p.Now().Sub(started))
			return res
		}
		switch {
		case len(reading.Misses) > 0 && !st.EmptyNotified:
			st.EmptyNotified = true
			notices = appendNotice(notices, p.sourceNotice(tracker.NoticeEmpty, src, st, reading.Misses, now))
		case len(reading.Misses) == 0 && st.EmptyNotified && len(src.Figures) > 0:
			st.EmptyNotified = false
			notices = appendNotice(notices, p.sourceNotice(tracker.NoticeMatching, src, st, nil, now))
		}
	}
	if err := p.Store.SaveSourceState(ctx, st, notices...); err != nil {
		res.Status, res.Err = StatusError, err
		log.Error("saving source state failed", "error", err)
		p.recordFailure(ctx, src, before, fmt.Errorf("state not saved: %w", err), now, log)
		p.Observer.PollDone(src.ID, res.Status, p.Now().Sub(started))
		return res
	}
	if wasFailing {
		log.Info("source works again")
	}
	log.Debug("polled", "status", res.Status, "new_figures", len(res.Figures))
	p.Observer.PollDone(src.ID, res.Status, p.Now().Sub(started))
	return res
}

// record stores the figures found in the new items, then marks the items
// read. A figure whose statement is already stored only adds evidence.
func (p *Poller) record(ctx context.Context, src tracker.Source, r tracker.Reading, now time.Time) ([]tracker.Figure, error) {
	var created []tracker.Figure
	var keys []string
	for _, item := range r.Items {
		for _, found := range item.Found {
			f, err := p.figureFrom(ctx, src, item, found, now)
			if err != nil {
				return created, err
			}
			if f == nil {
				continue
			}
			stored, isNew, err := p.Store.RecordFigure(ctx, *f)
			if err != nil {
				return created, fmt.Errorf("ingest: source %s: %w", src.ID, err)
			}
			if isNew {
				created = append(created, stored)
			}
		}
		keys = append(keys, item.Key)
	}
	if err := p.Store.MarkItemsSeen(ctx, src.ID, keys); err != nil {
		return created, fmt.Errorf("ingest: source %s: %w", src.ID, err)
	}
	return created, nil
}

// figureFrom turns a candidate into the figure to store: its date, status
// (review routing), author and evidence. For structured sources a value
// equal to the source's latest figure of that metric, actor and stance is a
// repeat, not a new statement: it returns nil then.
func (p *Poller) figureFrom(ctx context.Context, src tracker.Source, item tracker.ReadItem, found tracker.Found, now time.Time) (*tracker.Figure, error) {
	f := found.Figure
	f.ID = 0
	f.SourceID = src.ID
	f.SeenAt = now
	f.CreatedBy = "source:" + src.ID
	if f.Qualifier == "" {
		f.Qualifier = tracker.Exact
	}
	if f.AsOf.IsZero() {
		day := item.Published
		if day.IsZero() {
			day = now
		}
		f.AsOf = day.UTC().Truncate(24 * time.Hour)
	}
	f.Status = tracker.Pending
	if src.Review == tracker.ReviewAuto && !(f.Origin == tracker.OriginProse && found.ActorFromFallback) {
		f.Status = tracker.Approved
	}
	f.Evidence.SourceID = src.ID
	f.Evidence.SeenAt = now
	if tracker.WebLink(f.Evidence.URL) == "" {
		f.Evidence.URL = item.URL
	}
	if tracker.WebLink(f.Evidence.URL) == "" {
		f.Evidence.URL = src.URL
	}
	// Evidence is shown to everyone: never a source's credentials or keys.
	f.Evidence.URL = tracker.RedactURL(f.Evidence.URL)
	// The text the quote was read from is archived with the evidence, so
	// that it can be checked after the page changes or disappears.
	f.Evidence.Snapshot = tracker.NewSnapshot(tracker.RedactURL(firstURL(item.URL, f.Evidence.URL)), item.Text, now)
	if f.Origin == tracker.OriginStructured {
		prev, err := p.Store.Figures(ctx, tracker.FigureFilter{MetricID: f.MetricID, SourceID: src.ID, Actor: f.Actor, Stance: f.Stance, Limit: 1})
		if err != nil {
			return nil, fmt.Errorf("ingest: source %s: %w", src.ID, err)
		}
		if len(prev) == 1 && prev[0].Value == f.Value && prev[0].ValueHigh == f.ValueHigh && prev[0].Qualifier == f.Qualifier {
			return nil, nil
		}
	}
	return &f, nil
}

// recordFailure counts a failed poll, schedules the next try with backoff
// and, once the source has failed NoticeAfter times in a row, tells the
// moderators (once per episode).
func (p *Poller) recordFailure(ctx context.Context, src tracker.Source, st tracker.SourceState, readErr error, now time.Time, log *slog.Logger) {
	st.ConsecutiveFailures++
	st.Errors++
	st.LastError = oneLine(tracker.RedactText(readErr.Error()))
	interval := p.interval(src, now)
	wait := Backoff(interval, st.ConsecutiveFailures, p.MaxBackoff, p.Rand())
	var ra interface{ RetryAfter() time.Duration }
	if errors.As(readErr, &ra) && ra.RetryAfter() > wait {
		wait = ra.RetryAfter()
	}
	st.NextCheck = now.Add(wait)
	var notices []tracker.OutboxItem
	if st.ConsecutiveFailures >= p.NoticeAfter && !st.FailureNotified {
		st.FailureNotified = true
		notices = appendNotice(notices, p.sourceNotice(tracker.NoticeFailing, src, st, nil, now))
	}
	log.Warn("poll failed", "error", st.LastError, "consecutive_failures", st.ConsecutiveFailures, "next_check", st.NextCheck)
	if err := p.Store.SaveSourceState(ctx, st, notices...); err != nil {
		// Nothing can be recorded now (database locked, disk full): keep
		// the backoff in memory so the source is not fetched every second.
		log.Error("saving source state failed; holding the source off", "error", err, "until", st.NextCheck)
		p.holdOff(src.ID, st.NextCheck)
	}
}

// appendNotice adds n unless it is empty (no moderators' channel).
func appendNotice(items []tracker.OutboxItem, n tracker.OutboxItem) []tracker.OutboxItem {
	if n.Key == "" {
		return items
	}
	return append(items, n)
}

// sourceNotice renders a notice about a source for the moderators' channel;
// it returns an empty item when there is no such channel.
func (p *Poller) sourceNotice(kind tracker.NoticeKind, src tracker.Source, st tracker.SourceState, misses []tracker.FieldMiss, now time.Time) tracker.OutboxItem {
	if p.NoticeChannel == "" || p.Renderer == nil {
		p.Logger.Warn("moderators' notice not sent: no moderators' channel", "source_id", src.ID, "notice", string(kind))
		return tracker.OutboxItem{}
	}
	return tracker.OutboxItem{
		Key:       fmt.Sprintf("notice:source:%s:%s:%d", src.ID, kind, st.Polls),
		Kind:      tracker.KindNotice,
		ChannelID: p.NoticeChannel,
		Message:   p.Renderer.SourceNotice(tracker.SourceNotice{Kind: kind, Source: src, State: st, Misses: misses}),
		CreatedAt: now,
	}
}

// nextScheduled is when the source's schedule fires after now; a source
// whose schedule cannot be read falls back to the default interval.
func (p *Poller) nextScheduled(src tracker.Source, now time.Time) time.Time {
	spec := src.Schedule
	if spec == "" {
		spec = tracker.DefaultSchedule
	}
	if p.Next != nil {
		if t, err := p.Next(spec, "", now); err == nil && !t.IsZero() {
			return t
		}
	}
	return now.Add(15 * time.Minute)
}

// interval is the time between two runs of the source's schedule.
func (p *Poller) interval(src tracker.Source, now time.Time) time.Duration {
	first := p.nextScheduled(src, now)
	second := p.nextScheduled(src, first)
	if d := second.Sub(first); d > 0 {
		return d
	}
	return 15 * time.Minute
}

// Backoff is the wait before the next try of a source that failed failures
// times in a row: its interval doubled per failure, within ±10% jitter
// (jitter in [0,1), 0.5 meaning none), capped at max and never shorter than
// the interval itself.
func Backoff(interval time.Duration, failures int, max time.Duration, jitter float64) time.Duration {
	if failures < 1 {
		return interval
	}
	d := float64(interval) * math.Pow(2, float64(min(failures, 40)))
	d *= 1 + (jitter-0.5)*0.2
	if d > float64(max) {
		d = float64(max)
	}
	if d < float64(interval) {
		d = float64(interval)
	}
	return time.Duration(d)
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 500 {
		s = s[:500] + "…"
	}
	return s
}

// firstURL returns the first of urls that is a web link, or "".
func firstURL(urls ...string) string {
	for _, u := range urls {
		if tracker.WebLink(u) != "" {
			return u
		}
	}
	return ""
}
