package ingest

import (
	"context"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// PollStore is what polling needs from the store.
type PollStore interface {
	Metrics(ctx context.Context) ([]tracker.Metric, error)
	Actors(ctx context.Context) ([]tracker.Actor, error)
	EnabledSources(ctx context.Context) ([]tracker.Source, error)
	DueSources(ctx context.Context, now time.Time) ([]tracker.Source, error)
	SourceState(ctx context.Context, sourceID string) (tracker.SourceState, error)
	SaveSourceState(ctx context.Context, st tracker.SourceState, notices ...tracker.OutboxItem) error
	UnseenItems(ctx context.Context, sourceID string, keys []string) ([]string, error)
	MarkItemsSeen(ctx context.Context, sourceID string, keys []string) error
	RecordFigure(ctx context.Context, f tracker.Figure) (tracker.Figure, bool, error)
	Figures(ctx context.Context, filter tracker.FigureFilter) ([]tracker.Figure, error)
}

// MaxLease is the longest a lease on shared work lasts.
const MaxLease = 10 * time.Second

// LeaseStore is a store shared by several instances: due sources and
// outbox items are taken with leases that run out when their holder dies.
type LeaseStore interface {
	ClaimDueSources(ctx context.Context, holder string, now time.Time, lease time.Duration, limit int) ([]tracker.Source, error)
	ReleaseSources(ctx context.Context, holder string, ids []string) error
	ClaimOutbox(ctx context.Context, holder string, scope tracker.OutboxScope, now time.Time, lease time.Duration, limit int) ([]tracker.OutboxItem, error)
	RenewLeases(ctx context.Context, holder string, now time.Time, lease time.Duration) (int, error)
}

// FanoutStore is what the alert fan-out needs from the store.
type FanoutStore interface {
	Metrics(ctx context.Context) ([]tracker.Metric, error)
	Figure(ctx context.Context, id int64) (tracker.Figure, error)
	Cursor(ctx context.Context, name string) (int64, error)
	CorrectionsAfter(ctx context.Context, afterID int64, limit int) ([]tracker.Correction, error)
	AlertChannels(ctx context.Context, metricID string) ([]string, error)
	AlertsShowing(ctx context.Context, figureID int64) ([]tracker.OutboxItem, error)
	FlagStates(ctx context.Context) (map[string]tracker.FlagState, error)
	Standings(ctx context.Context, now time.Time) ([]tracker.Standing, error)
	CommitFanout(ctx context.Context, batch tracker.FanoutBatch) error
}

// DigestStore is what digests need from the store.
type DigestStore interface {
	Metrics(ctx context.Context) ([]tracker.Metric, error)
	Figure(ctx context.Context, id int64) (tracker.Figure, error)
	Standings(ctx context.Context, now time.Time) ([]tracker.Standing, error)
	Digests(ctx context.Context) ([]tracker.DigestConfig, error)
	DigestState(ctx context.Context, channelID string) (tracker.DigestState, error)
	Subscriptions(ctx context.Context, channelID string) ([]tracker.Subscription, error)
	SaveDigestState(ctx context.Context, st tracker.DigestState, items ...tracker.OutboxItem) error
	SetDigestDue(ctx context.Context, channelID string, next time.Time) error
	CorrectionsAfter(ctx context.Context, afterID int64, limit int) ([]tracker.Correction, error)
	LastCorrectionID(ctx context.Context) (int64, error)
	PendingCount(ctx context.Context) (int, error)
}

// OutboxStore is what delivery needs from the store.
type OutboxStore interface {
	DueOutbox(ctx context.Context, scope tracker.OutboxScope, now time.Time, limit int) ([]tracker.OutboxItem, error)
	OutboxItem(ctx context.Context, id int64) (tracker.OutboxItem, error)
	MarkDelivered(ctx context.Context, id int64, messageID string, at time.Time) error
	MarkFailed(ctx context.Context, id int64, errText string, next time.Time) error
	// MarkDead gives up on an item for good (see tracker.DeadLetter).
	MarkDead(ctx context.Context, d tracker.DeadLetter) error
	// DeliverLocally runs write inside the transaction that marks the item
	// delivered (for local senders such as the console).
	DeliverLocally(ctx context.Context, id int64, at time.Time, write func() error) error
}

// NoticeRenderer renders the deliverer's notices; Renderer includes it.
type NoticeRenderer interface {
	DeadLetterNotice(n tracker.DeadLetterNotice) tracker.Message
}

// NextFunc returns the first time after t that a cron spec fires in the
// zone tz ("" for the spec's own or the default zone), or an error for a
// bad spec. The scheduler package provides it.
type NextFunc func(spec, tz string, t time.Time) (time.Time, error)

// Renderer turns events into messages; package report implements it.
type Renderer interface {
	FigureAlert(e tracker.FigureEvent) tracker.Message
	EditedAlert(original tracker.Message, e tracker.FigureEvent) tracker.Message
	CorrectionReply(e tracker.FigureEvent) tracker.Message
	FlagAlert(st tracker.Standing, raised, cleared []tracker.Flag) tracker.Message
	StaleNotice(st tracker.Standing) tracker.Message
	SourceNotice(n tracker.SourceNotice) tracker.Message
	DeadLetterNotice(n tracker.DeadLetterNotice) tracker.Message
	Digest(d tracker.DigestInput) tracker.Message
}
