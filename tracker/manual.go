package tracker

import (
	"errors"
	"fmt"
	"time"
)

// ErrStanceContradictsRole is the cause of the Invalid error returned when a
// figure's stance contradicts its actor's role and the caller did not force
// it. Callers test for it with errors.Is to say how to override.
var ErrStanceContradictsRole = errors.New("stance contradicts the actor's role")

// StanceConflict returns nil when stance s fits actor a's role, and
// otherwise an Invalid error (wrapping ErrStanceContradictsRole) that names
// the role: a confirmer's figures are confirmed, a claimant's claimed, and a
// reporter relays others' figures, so it never confirms.
func StanceConflict(a Actor, s Stance) error {
	switch {
	case a.Role == Confirmer && s == Claimed:
		return &Error{Code: Invalid, Err: ErrStanceContradictsRole,
			Message: fmt.Sprintf("%s is a confirmer (an independent verifier): its figures are confirmed, not claimed", a.Name)}
	case a.Role == Claimant && s == Confirmed:
		return &Error{Code: Invalid, Err: ErrStanceContradictsRole,
			Message: fmt.Sprintf("%s is a claimant (an interested party): its figures are claimed, not confirmed", a.Name)}
	case a.Role == Reporter && s == Confirmed:
		return &Error{Code: Invalid, Err: ErrStanceContradictsRole,
			Message: fmt.Sprintf("%s is a reporter (it relays others' figures): its figures are never confirmations; attribute the figure to whoever stated it", a.Name)}
	}
	return nil
}

// ForcedStanceReason is what the audit log records when a figure was added
// with a stance that contradicts its actor's role.
func ForcedStanceReason(a Actor, s Stance) string {
	return fmt.Sprintf("stance %s forced against %s's role (%s)", s, a.Name, a.Role)
}

// FutureDateLimit is how far past today a figure's date may lie: one day,
// so that a figure dated "today" somewhere east of UTC is accepted.
const FutureDateLimit = 24 * time.Hour

// CheckDate returns an Invalid error when day (a figure's as-of date, at
// midnight UTC) lies more than FutureDateLimit after today (UTC) at now.
func CheckDate(day, now time.Time) error {
	today := now.UTC().Truncate(24 * time.Hour)
	if day.After(today.Add(FutureDateLimit)) {
		return Errorf(Invalid, "date %s is in the future (today is %s): give the day the figure refers to",
			day.UTC().Format(time.DateOnly), today.Format(time.DateOnly))
	}
	return nil
}

// SameStatement reports whether f and g record the same manual statement:
// the same metric, actor, stance, value, high end, qualifier, date and
// evidence URL. Adding such a figure twice records it once.
func (f Figure) SameStatement(g Figure) bool {
	return f.DedupKey() == g.DedupKey() && f.Evidence.URL == g.Evidence.URL
}

// AddRequest is a figure a person asks to add.
type AddRequest struct {
	Figure Figure
	// Force records the figure even when its stance contradicts its
	// actor's role; the audit log's "add" entry says so.
	Force bool
}

// AddResult is what adding a figure did.
type AddResult struct {
	Figure Figure
	// Existing is true when the same statement was already recorded: no
	// new figure was written and Figure is the one already stored.
	Existing bool
}
