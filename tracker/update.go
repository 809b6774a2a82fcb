package tracker

import "time"

// FlagEvent is one announced change of a metric's alert flags, kept as
// history by the store in the transaction that announces it.
type FlagEvent struct {
	ID       int64
	MetricID string
	Version  int    // the FlagState version it produced
	Raised   []Flag // flags that appeared
	Cleared  []Flag // flags that cleared
	Flags    []Flag // the alert flags up after the change
	// Confirmed and Claimed are the standing's figures at the change; nil
	// when there was none (or it was not recorded).
	Confirmed, Claimed *Figure
	At                 time.Time
}

// Update is one verified update the bot posts, as feeds list it: either a
// figure event (Correction set: an approval, a correction or a
// retraction) or a flag change (Flags set).
type Update struct {
	At          time.Time
	MetricID    string
	Correction  *Correction
	Figure      *Figure // the figure the correction acted on, as it is now
	Replacement *Figure // the figure that corrects it, for ActionCorrect
	Flags       *FlagEvent
}

// Announced reports whether a correction is announced to subscribed
// channels: a figure approved (on arrival or by a moderator), corrected,
// or retracted after it counted. Rejections and additions that wait for
// review are not.
func (c Correction) Announced() bool {
	switch c.Action {
	case ActionAdd, ActionApprove:
		return c.NewStatus == Approved
	case ActionCorrect:
		return true
	case ActionRetract:
		return c.OldStatus == Approved
	}
	return false
}
