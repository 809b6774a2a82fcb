package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// Sender delivers outbox items to one medium (the console, Discord). ref is
// the already delivered item that item edits or replies to, or nil. It
// returns the id of the posted message ("" when the medium has none). An
// error may carry a RetryAfter() time.Duration method when the medium asked
// to wait.
type Sender interface {
	Deliver(ctx context.Context, item tracker.OutboxItem, ref *tracker.OutboxItem) (messageID string, err error)
}

// LocalSender is a Sender whose delivery is local and quick (the console):
// the deliverer runs it inside the transaction that marks the item
// delivered, so a crash can hardly repeat or lose a message.
type LocalSender interface {
	Sender
	Local() bool
}

// Deliverer drains the outbox through a Sender: every item is delivered at
// least once, retried with backoff after failures, and marked delivered
// with the posted message id; the Sender's idempotency (the Discord nonce)
// keeps a retry from posting twice. An item the medium refuses for good (an
// error with a Permanent() bool method saying true) is tried once and
// marked failed; one that keeps failing is marked failed after MaxAge. When
// the error also says ChannelGone() the channel's subscriptions are paused.
// Moderators get one notice per channel and failure episode. Make one with
// NewDeliverer; it holds a mutex, so share it by pointer.
type Deliverer struct {
	Store    OutboxStore
	Sender   Sender
	Scope    tracker.OutboxScope
	Now      func() time.Time
	Logger   *slog.Logger
	Observer tracker.Observer

	BatchSize    int           // items read at a time, at least 1
	MaxRetryWait time.Duration // longest wait between two attempts
	// MaxAge is how long after it was enqueued an item that keeps failing
	// is retried before it is marked failed.
	MaxAge time.Duration
	// Notices renders the moderators' notice about a channel whose
	// messages are refused; with NoticeChannel empty (or nil Notices) the
	// refusal is only logged.
	Notices       NoticeRenderer
	NoticeChannel string

	// Instance names this process among several sharing one database:
	// with it set and a LeaseStore, each due item is taken with a lease
	// (Lease, at most 10 s, renewed while delivering), so exactly one
	// instance posts it; a dead instance's items are taken over after
	// their lease.
	Instance string
	Lease    time.Duration // default 10 s

	mu     sync.Mutex      // one drain at a time
	paused map[string]bool // channels paused during this drain (guarded by mu)
}

// NewDeliverer returns a Deliverer of the outbox items in scope from store
// through sender, with the defaults: the system clock, the default logger,
// no observer, batches of 100, retries at most 10 minutes apart for 24
// hours, and refusals only logged (set Notices and NoticeChannel to tell
// the moderators).
func NewDeliverer(store OutboxStore, sender Sender, scope tracker.OutboxScope) *Deliverer {
	return &Deliverer{
		Store:        store,
		Sender:       sender,
		Scope:        scope,
		Now:          time.Now,
		Logger:       slog.Default(),
		Observer:     tracker.NopObserver{},
		BatchSize:    100,
		MaxRetryWait: 10 * time.Minute,
		MaxAge:       24 * time.Hour,
	}
}

// Drain delivers every item that is due, batch after batch, and returns how
// many were delivered. It stops early, leaving items for later, when ctx is
// done.
func (d *Deliverer) Drain(ctx context.Context) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	size := max(d.BatchSize, 1)
	delivered := 0
	d.paused = map[string]bool{}
	ls, leased := d.Store.(LeaseStore)
	leased = leased && d.Instance != ""
	lease := d.Lease
	if lease <= 0 || lease > MaxLease {
		lease = MaxLease
	}
	if leased {
		stop := renewLeases(ctx, ls, d.Instance, d.Now, lease, d.Logger)
		defer stop()
	}
	for ctx.Err() == nil {
		var items []tracker.OutboxItem
		var err error
		if leased {
			items, err = ls.ClaimOutbox(ctx, d.Instance, d.Scope, d.Now(), lease, size)
		} else {
			items, err = d.Store.DueOutbox(ctx, d.Scope, d.Now(), size)
		}
		if err != nil {
			return delivered, fmt.Errorf("ingest: read outbox: %w", err)
		}
		if len(items) == 0 {
			return delivered, nil
		}
		progress := false
		for _, it := range items {
			if ctx.Err() != nil {
				break
			}
			if d.paused[it.ChannelID] {
				progress = true // marked failed with its channel
				continue
			}
			ok, err := d.deliver(ctx, it)
			if err != nil {
				return delivered, err
			}
			if ok {
				delivered++
			}
			progress = true
		}
		if !progress {
			break
		}
	}
	return delivered, nil
}

// Loop drains the outbox every interval and whenever poke receives, until
// ctx is done.
func (d *Deliverer) Loop(ctx context.Context, interval time.Duration, poke <-chan struct{}) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := d.Drain(ctx); err != nil && ctx.Err() == nil {
			d.Logger.Error("delivery failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-poke:
		}
	}
}

// deliver delivers one item; it reports whether it was delivered. Only a
// store failure is returned as an error.
func (d *Deliverer) deliver(ctx context.Context, it tracker.OutboxItem) (bool, error) {
	log := d.Logger.With("outbox_id", it.ID, "key", it.Key, "channel_id", it.ChannelID)
	var ref *tracker.OutboxItem
	if refID := max(it.EditOf, it.ReplyTo); refID != 0 {
		r, err := d.Store.OutboxItem(ctx, refID)
		if err != nil {
			return false, fmt.Errorf("ingest: outbox item %d refers to %d: %w", it.ID, refID, err)
		}
		if r.Status == tracker.OutboxFailed {
			// The post it edits or replies to was given up on: so is it.
			return false, d.Store.MarkDead(ctx, tracker.DeadLetter{ID: it.ID, ChannelID: it.ChannelID, At: d.Now(),
				Reason: fmt.Sprintf("dropped: outbox item %d it depends on failed", refID)})
		}
		if r.DeliveredAt.IsZero() {
			// The message to edit or reply to is not posted yet: wait for it.
			return false, d.Store.MarkFailed(ctx, it.ID, fmt.Sprintf("waiting for outbox item %d to be delivered", refID), d.Now().Add(2*time.Second))
		}
		ref = &r
	}
	if ls, ok := d.Sender.(LocalSender); ok && ls.Local() {
		return d.deliverLocally(ctx, it, ref)
	}
	msgID, err := d.Sender.Deliver(ctx, it, ref)
	if err != nil {
		if ctx.Err() != nil {
			return false, nil // shutting down: the item stays due and is retried on start
		}
		if dead, ok := d.deadLetter(it, err); ok {
			log.Warn("delivery given up; not retried", "error", err, "attempt", it.Attempts+1, "paused", dead.PauseChannel)
			if dead.PauseChannel {
				d.paused[it.ChannelID] = true
			}
			d.Observer.DeliveryFailed(it.Kind)
			return false, d.Store.MarkDead(context.WithoutCancel(ctx), dead)
		}
		wait := d.retryWait(it.Attempts + 1)
		var ra interface{ RetryAfter() time.Duration }
		if errors.As(err, &ra) && ra.RetryAfter() > wait {
			wait = ra.RetryAfter()
		}
		log.Warn("delivery failed; will retry", "error", err, "attempt", it.Attempts+1, "retry_in", wait.String())
		d.Observer.DeliveryFailed(it.Kind)
		return false, d.Store.MarkFailed(ctx, it.ID, oneLine(err.Error()), d.Now().Add(wait))
	}
	now := d.Now()
	if err := d.Store.MarkDelivered(context.WithoutCancel(ctx), it.ID, msgID, now); err != nil {
		return false, err
	}
	d.Observer.Delivered(it.Kind, now.Sub(it.CreatedAt))
	return true, nil
}

// deliverLocally delivers through a local sender inside the store's
// transaction.
func (d *Deliverer) deliverLocally(ctx context.Context, it tracker.OutboxItem, ref *tracker.OutboxItem) (bool, error) {
	now := d.Now()
	var sendErr error
	// Not cancellable: once the message is written, the mark must commit.
	err := d.Store.DeliverLocally(context.WithoutCancel(ctx), it.ID, now, func() error {
		_, sendErr = d.Sender.Deliver(ctx, it, ref)
		return sendErr
	})
	if sendErr != nil {
		if dead, ok := d.deadLetter(it, sendErr); ok {
			d.Logger.Warn("delivery failed for good; not retried", "outbox_id", it.ID, "key", it.Key, "error", sendErr)
			d.Observer.DeliveryFailed(it.Kind)
			return false, d.Store.MarkDead(context.WithoutCancel(ctx), dead)
		}
		wait := d.retryWait(it.Attempts + 1)
		d.Logger.Warn("delivery failed; will retry", "outbox_id", it.ID, "key", it.Key, "error", sendErr, "retry_in", wait.String())
		d.Observer.DeliveryFailed(it.Kind)
		return false, d.Store.MarkFailed(ctx, it.ID, oneLine(sendErr.Error()), now.Add(wait))
	}
	if err != nil {
		return false, err
	}
	d.Observer.Delivered(it.Kind, now.Sub(it.CreatedAt))
	return true, nil
}

// Permanent is implemented by delivery errors that retrying cannot fix
// (Discord's 400, 403 and 404 refusals).
type permanent interface{ Permanent() bool }

// channelGone is implemented by delivery errors that say the channel is
// deleted or forbidden to the bot.
type channelGone interface{ ChannelGone() bool }

// deadLetter decides whether the failed attempt err of it is the last:
// a refusal for good, or an item older than MaxAge. It returns the dead
// letter to record.
func (d *Deliverer) deadLetter(it tracker.OutboxItem, err error) (tracker.DeadLetter, bool) {
	now := d.Now()
	dl := tracker.DeadLetter{ID: it.ID, ChannelID: it.ChannelID, At: now, Reason: oneLine(err.Error())}
	var p permanent
	switch {
	case errors.As(err, &p) && p.Permanent():
		var g channelGone
		dl.PauseChannel = errors.As(err, &g) && g.ChannelGone()
	case now.Sub(it.CreatedAt) >= d.MaxAge:
		dl.Reason = fmt.Sprintf("gave up after %d attempts over %s: %s", it.Attempts+1, now.Sub(it.CreatedAt).Round(time.Minute), dl.Reason)
	default:
		return dl, false
	}
	if d.Notices != nil && d.NoticeChannel != "" && d.NoticeChannel != it.ChannelID && it.Kind != tracker.KindNotice {
		dl.Notice = &tracker.OutboxItem{
			Key:       fmt.Sprintf("notice:dead-letter:%s:%d", it.ChannelID, it.ID),
			ChannelID: d.NoticeChannel,
			Message:   d.Notices.DeadLetterNotice(tracker.DeadLetterNotice{ChannelID: it.ChannelID, Kind: it.Kind, Reason: dl.Reason, Paused: dl.PauseChannel}),
		}
	}
	return dl, true
}

// retryWait is 2^attempt seconds, capped at MaxRetryWait.
func (d *Deliverer) retryWait(attempt int) time.Duration {
	w := time.Duration(math.Pow(2, float64(min(attempt, 30)))) * time.Second
	return min(w, d.MaxRetryWait)
}
