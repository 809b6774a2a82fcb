package tracker

import (
	"context"
	"time"
)

// The interfaces below are implemented by package storage and consumed by
// the command line, the Discord commands and the web page, so that those
// can be tested with any implementation. Every method returns a domain
// *Error (NotFound, Invalid, Conflict) for problems the caller can fix, and
// a wrapped error for anything else.

// CatalogReader reads what the tracker file declared.
type CatalogReader interface {
	Metrics(ctx context.Context) ([]Metric, error)         // enabled metrics, tracker-file order
	Metric(ctx context.Context, id string) (Metric, error) // NotFound for unknown or removed ids
	Actors(ctx context.Context) ([]Actor, error)           // enabled actors
	Actor(ctx context.Context, name string) (Actor, error) // by name or alias; NotFound otherwise
	Sources(ctx context.Context) ([]Source, error)         // all sources, enabled first
	SourceStates(ctx context.Context) (map[string]SourceState, error)
}

// FigureReader reads figures, their evidence and their history.
type FigureReader interface {
	Figure(ctx context.Context, id int64) (Figure, error)
	Figures(ctx context.Context, filter FigureFilter) ([]Figure, error)
	Evidence(ctx context.Context, figureID int64) ([]Evidence, error)
	Audit(ctx context.Context, id int64) (Audit, error)
	// MetricCorrections returns the newest corrections of a metric's
	// figures, newest first; limit 0 means all.
	MetricCorrections(ctx context.Context, metricID string, limit int) ([]Correction, error)
	Standing(ctx context.Context, metricID string, now time.Time) (Standing, error)
	Standings(ctx context.Context, now time.Time) ([]Standing, error)
}

// FigureWriter changes figures; every change appends a Correction in the
// same transaction.
type FigureWriter interface {
	// Add stores a figure entered by a person, approved unless its Status
	// says otherwise. It refuses a date more than a day ahead and a stance
	// that contradicts the actor's role (unless forced, which the audit log
	// records); the same statement added twice is stored once (Existing).
	Add(ctx context.Context, req AddRequest) (AddResult, error)
	// ApplyChange approves, rejects, corrects or retracts a figure.
	ApplyChange(ctx context.Context, c Change) (Outcome, error)
}

// Reader is everything read-only that presentation layers use.
type Reader interface {
	CatalogReader
	FigureReader
}

// FigureStore reads and changes figures.
type FigureStore interface {
	Reader
	FigureWriter
}
