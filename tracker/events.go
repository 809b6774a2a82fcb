package tracker

import "time"

// FigureEvent is one change of a figure that people should hear about.
type FigureEvent struct {
	Correction  Correction
	Figure      Figure  // the figure acted on, as it is now
	Replacement *Figure // the figure that corrects it, for ActionCorrect
	Metric      Metric
	Standing    Standing // the metric's standing after the change
}

// Shown is the figure an alert about the event shows: the replacement of a
// correction, otherwise the figure acted on.
func (e FigureEvent) Shown() Figure {
	if e.Replacement != nil {
		return *e.Replacement
	}
	return e.Figure
}

// NoticeKind is what a moderators' notice is about.
type NoticeKind string

// The notice kinds.
const (
	NoticeFailing   NoticeKind = "failing"   // a source failed N times in a row
	NoticeRecovered NoticeKind = "recovered" // it works again
	NoticeEmpty     NoticeKind = "empty"     // a structured selector matched nothing
	NoticeMatching  NoticeKind = "matching"  // it matches again
)

// SourceNotice is the content of a notice about a source.
type SourceNotice struct {
	Kind   NoticeKind
	Source Source
	State  SourceState
	Misses []FieldMiss
}

// DigestMetric is one metric's part of a digest.
type DigestMetric struct {
	Standing Standing
	Previous *DigestSnapshot // what the previous digest showed; nil for the first one
	Changes  []FigureEvent   // figures added, approved, corrected or retracted since
}

// DigestInput is everything a digest says.
type DigestInput struct {
	ChannelID string
	Now       time.Time
	Scheduled bool // false for a digest sent on demand
	Metrics   []DigestMetric
	Pending   int // figures waiting for review; -1 when the channel is not a moderators' one
}
