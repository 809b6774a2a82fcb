package web

import (
	"context"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// Store is what the web server reads. *storage.Store satisfies it.
type Store interface {
	tracker.Reader
	// OutboxStats returns the size and age of the outbox.
	OutboxStats(ctx context.Context) (tracker.OutboxStats, error)
	// Ping returns an error when the store does not answer.
	Ping(ctx context.Context) error
	// LastSuccess returns the latest successful poll of any source, or
	// the zero time when none has succeeded.
	LastSuccess(ctx context.Context) (time.Time, error)
	// CountFigures returns the number of figures per status.
	CountFigures(ctx context.Context) (map[tracker.Status]int, error)
	// CountMetricFigures returns the number of a metric's figures per
	// status, or nil when it has more than upTo.
	CountMetricFigures(ctx context.Context, metricID string, upTo int) (map[tracker.Status]int, error)
	// MetricCorrectionsPage returns limit corrections of a metric, newest
	// first, after skipping offset.
	MetricCorrectionsPage(ctx context.Context, metricID string, limit, offset int) ([]tracker.Correction, error)
	// PausedChannels returns one subscription per paused channel.
	PausedChannels(ctx context.Context) ([]tracker.Subscription, error)
	// Updates returns the newest verified updates (figure events and
	// flag changes) of a metric, or of all when metricID is "", newest
	// first, at most limit; NotFound for an unknown metric.
	Updates(ctx context.Context, metricID string, limit int) ([]tracker.Update, error)
	// ArchiveStore serves snapshots and exports.
	ArchiveStore
}

// ArchiveStore is what /s/{hash} and the exports read.
type ArchiveStore interface {
	// Snapshot returns the archived text under hash: Invalid for a
	// malformed hash, NotFound for an unknown one.
	Snapshot(ctx context.Context, hash string) (tracker.Snapshot, error)
	// SnapshotQuotes returns the figures whose evidence points to hash,
	// with their quotes.
	SnapshotQuotes(ctx context.Context, hash string) ([]tracker.SnapshotQuote, error)
	// EachFigure calls fn for each selected figure, row by row.
	EachFigure(ctx context.Context, filter tracker.FigureFilter, fn func(tracker.Figure) error) error
}
