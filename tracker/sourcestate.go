package tracker

import "time"

// SourceState is what gapwatch remembers about fetching one source: the
// validators for conditional requests, its health and when to look next.
type SourceState struct {
	SourceID            string
	ETag                string
	LastModified        string
	ContentHash         string
	LastCheck           time.Time
	LastSuccess         time.Time
	NextCheck           time.Time // zero: due now
	ConsecutiveFailures int
	LastError           string
	FailureNotified     bool // a failure notice went out and no recovery since
	EmptyNotified       bool // a "selector matched nothing" notice went out
	Polls               int  // polls in all
	Errors              int  // failed polls in all
}

// Healthy reports whether the source's last poll succeeded (or it was never
// polled).
func (s SourceState) Healthy() bool { return s.ConsecutiveFailures == 0 }

// FlagState is the set of flags last announced for a metric; Version grows
// with every announced change and keys the alerts about it.
type FlagState struct {
	MetricID string
	Flags    []Flag
	Version  int
	// Raised and Cleared are what changed from the previous version, and
	// ConfirmedID and ClaimedID the standing's figures then (0: none); the
	// store keeps them as the flag change's history (FlagEvent).
	Raised, Cleared        []Flag
	ConfirmedID, ClaimedID int64
}
