package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// fanoutCursor names the position of the fan-out in the corrections stream.
const fanoutCursor = "fanout"

// Fanout turns the corrections stream into alerts: every figure approved
// (automatically or by a moderator), corrected or retracted becomes one
// alert per subscribed channel; a correction or retraction also edits the
// alerts that showed the old figure and replies to them; and every change
// of a metric's flags (GAP, STALE, DROP, CONFLICT), including flags already
// up on the very first run, is announced. Each batch is committed with the
// cursor in one transaction, and every item has an idempotency key, so a
// crash repeats nothing and loses nothing. Make one with NewFanout; it
// holds a mutex, so share it by pointer.
type Fanout struct {
	Store         FanoutStore
	Renderer      Renderer
	Now           func() time.Time
	Logger        *slog.Logger
	NoticeChannel string // moderators' channel for STALE notices; "" for none
	BatchSize     int    // corrections per batch, at least 1

	mu sync.Mutex // one fan-out at a time
}

// NewFanout returns a Fanout of the corrections in store, rendered with
// renderer, with the defaults: the system clock, the default logger,
// batches of 200 corrections and no moderators' channel.
func NewFanout(store FanoutStore, renderer Renderer) *Fanout {
	return &Fanout{
		Store:     store,
		Renderer:  renderer,
		Now:       time.Now,
		Logger:    slog.Default(),
		BatchSize: 200,
	}
}

// Run fans out every correction not yet fanned out, then the flag changes.
// It returns the number of outbox items written.
func (f *Fanout) Run(ctx context.Context) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	total := 0
	for {
		n, more, err := f.batch(ctx)
		total += n
		if err != nil || !more {
			return total, err
		}
	}
}

func (f *Fanout) batch(ctx context.Context) (int, bool, error) {
	size := max(f.BatchSize, 1)
	cursor, err := f.Store.Cursor(ctx, fanoutCursor)
	if err != nil {
		return 0, false, err
	}
	corrections, err := f.Store.CorrectionsAfter(ctx, cursor, size)
	if err != nil {
		return 0, false, err
	}
	now := f.Now()
	standings, err := f.Store.Standings(ctx, now)
	if err != nil {
		return 0, false, err
	}
	byMetric := map[string]tracker.Standing{}
	for _, st := range standings {
		byMetric[st.Metric.ID] = st
	}
	batch := tracker.FanoutBatch{Cursor: fanoutCursor, Position: cursor}
	channels := map[string][]string{}
	for _, c := range corrections {
		items, err := f.itemsFor(ctx, c, byMetric, channels, now)
		if err != nil {
			return 0, false, fmt.Errorf("ingest: fan out correction %d: %w", c.ID, err)
		}
		batch.Items = append(batch.Items, items...)
		batch.Position = c.ID
	}
	more := len(corrections) == size
	if !more {
		// Flags are compared once the stream is drained, on the current standings.
		states, items, err := f.flagChanges(ctx, standings, channels, now)
		if err != nil {
			return 0, false, err
		}
		batch.FlagStates, batch.Items = states, append(batch.Items, items...)
	}
	if len(batch.Items) == 0 && len(batch.FlagStates) == 0 && batch.Position == cursor {
		return 0, more, nil
	}
	if err := f.Store.CommitFanout(ctx, batch); err != nil {
		return 0, false, err
	}
	return len(batch.Items), more, nil
}

// alertChannels returns (and caches for the batch) the channels that take
// alerts about a metric.
func (f *Fanout) alertChannels(ctx context.Context, metricID string, cache map[string][]string) ([]string, error) {
	if ch, ok := cache[metricID]; ok {
		return ch, nil
	}
	ch, err := f.Store.AlertChannels(ctx, metricID)
	if err != nil {
		return nil, err
	}
	cache[metricID] = ch
	return ch, nil
}

// itemsFor returns the outbox items a correction causes.
func (f *Fanout) itemsFor(ctx context.Context, c tracker.Correction, standings map[string]tracker.Standing, cache map[string][]string, now time.Time) ([]tracker.OutboxItem, error) {
	if !announced(c) {
		return nil, nil
	}
	fig, err := f.Store.Figure(ctx, c.FigureID)
	if err != nil {
		return nil, err
	}
	st, ok := standings[fig.MetricID]
	if !ok {
		return nil, nil // the metric was removed from the tracker file
	}
	ev := tracker.FigureEvent{Correction: c, Figure: fig, Metric: st.Metric, Standing: st}
	if c.NewFigureID != 0 {
		repl, err := f.Store.Figure(ctx, c.NewFigureID)
		if err != nil {
			return nil, err
		}
		ev.Replacement = &repl
	}
	channels, err := f.alertChannels(ctx, fig.MetricID, cache)
	if err != nil {
		return nil, err
	}
	var items []tracker.OutboxItem
	msg := f.Renderer.FigureAlert(ev)
	shown := ev.Shown()
	for _, ch := range channels {
		items = append(items, tracker.OutboxItem{
			Key:  fmt.Sprintf("alert:fig%d:c%d:%s", fig.ID, c.ID, ch),
			Kind: tracker.KindAlert, ChannelID: ch, Op: tracker.OpPost,
			FigureID: shown.ID, MetricID: fig.MetricID, Message: msg, CreatedAt: now,
		})
	}
	if c.Action == tracker.ActionCorrect || c.Action == tracker.ActionRetract {
		earlier, err := f.Store.AlertsShowing(ctx, fig.ID)
		if err != nil {
			return nil, err
		}
		reply := f.Renderer.CorrectionReply(ev)
		for _, a := range earlier {
			items = append(items,
				tracker.OutboxItem{
					Key:  fmt.Sprintf("edit:%d:c%d", a.ID, c.ID),
					Kind: tracker.KindAlert, ChannelID: a.ChannelID, Op: tracker.OpEdit, EditOf: a.ID,
					FigureID: fig.ID, MetricID: fig.MetricID, Message: f.Renderer.EditedAlert(a.Message, ev), CreatedAt: now,
				},
				tracker.OutboxItem{
					Key:  fmt.Sprintf("correction:%d:c%d", a.ID, c.ID),
					Kind: tracker.KindCorrection, ChannelID: a.ChannelID, Op: tracker.OpPost, ReplyTo: a.ID,
					MetricID: fig.MetricID, Message: reply, CreatedAt: now,
				})
		}
	}
	return items, nil
}

// flagChanges compares each metric's alert flags with those last announced
// and returns the new flag states and the alerts (and STALE notices) that
// announce the difference. A metric never announced before starts from no
// flags, so flags already up on the first run are announced too.
func (f *Fanout) flagChanges(ctx context.Context, standings []tracker.Standing, cache map[string][]string, now time.Time) ([]tracker.FlagState, []tracker.OutboxItem, error) {
	known, err := f.Store.FlagStates(ctx)
	if err != nil {
		return nil, nil, err
	}
	var states []tracker.FlagState
	var items []tracker.OutboxItem
	for _, st := range standings {
		prev := known[st.Metric.ID]
		flags := tracker.OnlyAlertFlags(st.Flags)
		raised, cleared := tracker.FlagChanges(prev.Flags, flags)
		if len(raised) == 0 && len(cleared) == 0 {
			continue
		}
		next := tracker.FlagState{MetricID: st.Metric.ID, Flags: flags, Version: prev.Version + 1, Raised: raised, Cleared: cleared}
		if st.Confirmed != nil {
			next.ConfirmedID = st.Confirmed.ID
		}
		if st.Claimed != nil {
			next.ClaimedID = st.Claimed.ID
		}
		states = append(states, next)
		channels, err := f.alertChannels(ctx, st.Metric.ID, cache)
		if err != nil {
			return nil, nil, err
		}
		msg := f.Renderer.FlagAlert(st, raised, cleared)
		for _, ch := range channels {
			items = append(items, tracker.OutboxItem{
				Key:  fmt.Sprintf("flags:%s:v%d:%s", st.Metric.ID, next.Version, ch),
				Kind: tracker.KindAlert, ChannelID: ch, Op: tracker.OpPost, MetricID: st.Metric.ID, Message: msg, CreatedAt: now,
			})
		}
		if f.NoticeChannel != "" && tracker.HasFlag(raised, tracker.FlagStale) {
			items = append(items, tracker.OutboxItem{
				Key:  fmt.Sprintf("notice:stale:%s:v%d", st.Metric.ID, next.Version),
				Kind: tracker.KindNotice, ChannelID: f.NoticeChannel, Op: tracker.OpPost, MetricID: st.Metric.ID,
				Message: f.Renderer.StaleNotice(st), CreatedAt: now,
			})
		}
	}
	return states, items, nil
}
