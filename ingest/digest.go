package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// DefaultDigestGrace is how late a digest may be and still be sent.
const DefaultDigestGrace = time.Hour

// maxChangesPerMetric bounds the "new and corrected figures" of a digest.
const maxChangesPerMetric = 10

// DefaultNowCooldown is the running service's least time between two
// digests on demand (/digest now) to one channel.
const DefaultNowCooldown = 10 * time.Minute

// Digester sends scheduled and on-demand digests. A digest and the state it
// leaves (what it showed, when the next is due) are stored in one
// transaction with a key naming the scheduled time, so a digest is never
// sent twice; one that fell due while the service was down is sent once on
// start if it is at most Grace late, and skipped otherwise. Make one with
// NewDigester; it holds a mutex, so share it by pointer.
type Digester struct {
	Store      DigestStore
	Renderer   Renderer
	Next       NextFunc
	Now        func() time.Time
	Logger     *slog.Logger
	Grace      time.Duration // how late a digest may be and still be sent
	ModChannel string        // a moderators' channel hears of the review queue
	// NowCooldown is the least time between two digests on demand
	// (SendNow) to one channel; 0: none (the command line).
	NowCooldown time.Duration

	mu sync.Mutex
}

// NewDigester returns a Digester that composes digests from store with
// renderer on the schedules next reads, with the defaults: the system
// clock, the default logger, DefaultDigestGrace, no moderators' channel and
// no cooldown.
func NewDigester(store DigestStore, renderer Renderer, next NextFunc) *Digester {
	return &Digester{
		Store:    store,
		Renderer: renderer,
		Next:     next,
		Now:      time.Now,
		Logger:   slog.Default(),
		Grace:    DefaultDigestGrace,
	}
}

// RunDue sends the digests that have fallen due and schedules the next
// ones. It returns how many digests it enqueued.
func (d *Digester) RunDue(ctx context.Context) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	configs, err := d.Store.Digests(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	now := d.Now()
	for _, cfg := range configs {
		ok, err := d.runOne(ctx, cfg, now)
		if err != nil {
			d.Logger.Error("digest failed", "channel_id", cfg.ChannelID, "error", err)
			continue
		}
		if ok {
			sent++
		}
	}
	return sent, nil
}

func (d *Digester) runOne(ctx context.Context, cfg tracker.DigestConfig, now time.Time) (bool, error) {
	next := func(t time.Time) (time.Time, error) { return d.Next(cfg.Schedule, cfg.TZ, t) }
	due := cfg.State.NextDue
	if due.IsZero() {
		first, err := next(now)
		if err != nil {
			return false, err
		}
		return false, d.Store.SetDigestDue(ctx, cfg.ChannelID, first)
	}
	if now.Before(due) {
		return false, nil
	}
	// The latest scheduled time at or before now: only it may still be sent.
	for i := 0; i < 100000; i++ {
		n, err := next(due)
		if err != nil {
			return false, err
		}
		if n.IsZero() || n.After(now) {
			break
		}
		due = n
	}
	following, err := next(now)
	if err != nil {
		return false, err
	}
	// However the schedule was stored, digests keep their floor.
	if !following.IsZero() && following.Sub(now) < tracker.MinDigestInterval {
		if following, err = next(now.Add(tracker.MinDigestInterval - time.Nanosecond)); err != nil {
			return false, err
		}
	}
	if late := now.Sub(due); late > d.Grace {
		d.Logger.Warn("digest skipped: it fell due while the service was down", "channel_id", cfg.ChannelID,
			"due", due, "late", late.Round(time.Second).String())
		return false, d.Store.SetDigestDue(ctx, cfg.ChannelID, following)
	}
	key := fmt.Sprintf("digest:%s:%d", cfg.ChannelID, due.Unix())
	return true, d.send(ctx, cfg, now, true, key, following)
}

// SendNow composes a digest for a channel at once, outside its schedule,
// covering the channel's subscriptions (every metric when it has none). It
// returns the outbox key of the digest.
func (d *Digester) SendNow(ctx context.Context, guildID, channelID string) (string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	cfg, err := d.onDemand(ctx, guildID, channelID)
	if err != nil {
		return "", err
	}
	now := d.Now()
	if last := cfg.State.LastNow; d.NowCooldown > 0 && !last.IsZero() && now.Sub(last) < d.NowCooldown {
		return "", tracker.Errorf(tracker.Conflict, "a digest was sent here on demand %s ago; the next one can be asked for in %s",
			now.Sub(last).Round(time.Second), (d.NowCooldown - now.Sub(last)).Round(time.Second))
	}
	key := fmt.Sprintf("digest:%s:now:%d", channelID, now.UnixNano())
	return key, d.send(ctx, cfg, now, false, key, cfg.State.NextDue)
}

// Preview returns the digest SendNow would send to a channel now, without
// storing or queueing anything.
func (d *Digester) Preview(ctx context.Context, guildID, channelID string) (tracker.Message, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	cfg, err := d.onDemand(ctx, guildID, channelID)
	if err != nil {
		return tracker.Message{}, err
	}
	in, _, err := d.compose(ctx, cfg, d.Now())
	if err != nil {
		return tracker.Message{}, err
	}
	return d.Renderer.Digest(in), nil
}

// onDemand is the configuration of a digest on demand for a channel: its
// subscriptions' metrics (every metric when it has none) and its state.
func (d *Digester) onDemand(ctx context.Context, guildID, channelID string) (tracker.DigestConfig, error) {
	subs, err := d.Store.Subscriptions(ctx, channelID)
	if err != nil {
		return tracker.DigestConfig{}, err
	}
	st, err := d.Store.DigestState(ctx, channelID)
	if err != nil {
		return tracker.DigestConfig{}, err
	}
	cfg := tracker.DigestConfig{GuildID: guildID, ChannelID: channelID, State: st}
	for _, s := range subs {
		cfg.Metrics = append(cfg.Metrics, s.MetricID)
		cfg.Moderators = cfg.Moderators || s.Moderators
	}
	if len(cfg.Metrics) == 0 {
		cfg.Metrics = []string{tracker.AllMetrics}
	}
	return cfg, nil
}

func (d *Digester) send(ctx context.Context, cfg tracker.DigestConfig, now time.Time, scheduled bool, key string, nextDue time.Time) error {
	in, state, err := d.compose(ctx, cfg, now)
	if err != nil {
		return err
	}
	in.Scheduled = scheduled
	state.NextDue = nextDue
	state.LastNow = cfg.State.LastNow
	if !scheduled {
		state.LastNow = now
	}
	item := tracker.OutboxItem{
		Key: key, Kind: tracker.KindDigest, ChannelID: cfg.ChannelID, Op: tracker.OpPost,
		Message: d.Renderer.Digest(in), CreatedAt: now,
	}
	return d.Store.SaveDigestState(ctx, state, item)
}

// compose gathers what a digest says and the state it leaves behind.
func (d *Digester) compose(ctx context.Context, cfg tracker.DigestConfig, now time.Time) (tracker.DigestInput, tracker.DigestState, error) {
	in := tracker.DigestInput{ChannelID: cfg.ChannelID, Now: now, Pending: -1}
	state := tracker.DigestState{ChannelID: cfg.ChannelID, LastSent: now, Previous: map[string]tracker.DigestSnapshot{}}
	standings, err := d.Store.Standings(ctx, now)
	if err != nil {
		return in, state, err
	}
	wanted := map[string]bool{}
	for _, m := range cfg.Metrics {
		wanted[m] = true
	}
	last, err := d.Store.LastCorrectionID(ctx)
	if err != nil {
		return in, state, err
	}
	state.LastCorrectionID = last
	since := cfg.State.LastCorrectionID
	var sinceTime time.Time
	if cfg.State.LastSent.IsZero() {
		sinceTime = now.Add(-24 * time.Hour) // a first digest recalls the last day
	}
	changes, err := d.changes(ctx, since, last, sinceTime, standings)
	if err != nil {
		return in, state, err
	}
	for _, st := range standings {
		if !wanted[tracker.AllMetrics] && !wanted[st.Metric.ID] {
			continue
		}
		dm := tracker.DigestMetric{Standing: st, Changes: changes[st.Metric.ID]}
		if prev, ok := cfg.State.Previous[st.Metric.ID]; ok {
			p := prev
			dm.Previous = &p
		}
		in.Metrics = append(in.Metrics, dm)
		state.Previous[st.Metric.ID] = st.Snapshot()
	}
	if cfg.Moderators || (d.ModChannel != "" && cfg.ChannelID == d.ModChannel) {
		if in.Pending, err = d.Store.PendingCount(ctx); err != nil {
			return in, state, err
		}
	}
	return in, state, nil
}

// changes returns, per metric, the announced figure events with a
// correction id in (after, upTo] (and at or after since, when set), the
// newest last, at most maxChangesPerMetric each.
func (d *Digester) changes(ctx context.Context, after, upTo int64, since time.Time, standings []tracker.Standing) (map[string][]tracker.FigureEvent, error) {
	byMetric := map[string]tracker.Standing{}
	for _, st := range standings {
		byMetric[st.Metric.ID] = st
	}
	out := map[string][]tracker.FigureEvent{}
	for after < upTo {
		page, err := d.Store.CorrectionsAfter(ctx, after, 1000)
		if err != nil {
			return nil, err
		}
		if len(page) == 0 {
			break
		}
		for _, c := range page {
			after = c.ID
			if c.ID > upTo || (!since.IsZero() && c.At.Before(since)) || !announced(c) {
				continue
			}
			fig, err := d.Store.Figure(ctx, c.FigureID)
			if err != nil {
				return nil, err
			}
			st, ok := byMetric[fig.MetricID]
			if !ok {
				continue
			}
			ev := tracker.FigureEvent{Correction: c, Figure: fig, Metric: st.Metric, Standing: st}
			if c.NewFigureID != 0 {
				repl, err := d.Store.Figure(ctx, c.NewFigureID)
				if err != nil {
					return nil, err
				}
				ev.Replacement = &repl
			}
			list := append(out[fig.MetricID], ev)
			if len(list) > maxChangesPerMetric {
				list = list[len(list)-maxChangesPerMetric:]
			}
			out[fig.MetricID] = list
		}
	}
	return out, nil
}

// announced reports whether a correction is one people hear about: a
// figure approved, corrected, or retracted after approval.
func announced(c tracker.Correction) bool { return c.Announced() }
