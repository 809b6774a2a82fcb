package tracker

import (
	"context"
	"time"
)

// Reading is what one poll of a source found: its new validators and the
// figures found in the items it had not read before.
type Reading struct {
	NotModified  bool   // 304, or the same content as last time: nothing was extracted
	ETag         string // validators for the next conditional request
	LastModified string
	ContentHash  string
	Items        []ReadItem  // the items read for the first time, in document order
	Misses       []FieldMiss // structured rules that found nothing
}

// ReadItem is one feed entry or page read for the first time.
type ReadItem struct {
	Key       string // GUID, link or content hash: the item is read once
	URL       string
	Published time.Time
	Found     []Found
	// Text is the readable text of the item as it was fetched: what a
	// prose quote was taken from, and for a page read with structured
	// rules the same readable text of the page (see sources.Item.Text).
	// The ingest use case archives it as the evidence's Snapshot.
	Text string
}

// Found is a candidate figure: Value, Qualifier, Stance, Actor, MetricID,
// Origin and Evidence are set; the ingest use case decides its status and
// date.
type Found struct {
	Figure            Figure
	ActorFromFallback bool // the actor was taken from the previous sentence
}

// FieldMiss is a structured rule of a source that matched nothing, or whose
// text held no number.
type FieldMiss struct {
	Rule   int // index in Source.Figures
	Select string
	Reason string
}

// SourceReader fetches a source politely and extracts figures from what is
// new. unseen filters item keys down to those not read before. A failed
// fetch returns an error; when the server asked to wait, the error has a
// RetryAfter() time.Duration method.
type SourceReader interface {
	Read(ctx context.Context, src Source, state SourceState, metrics []Metric, actors []Actor,
		unseen func(keys []string) ([]string, error)) (Reading, error)
}
