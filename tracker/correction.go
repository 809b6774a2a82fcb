package tracker

import (
	"strings"
	"time"
)

// Action is what a correction did to a figure.
type Action string

// The actions. Every action on a figure is recorded as one Correction.
const (
	ActionAdd     Action = "add"     // the figure was created
	ActionApprove Action = "approve" // pending or rejected → approved
	ActionReject  Action = "reject"  // pending → rejected
	ActionCorrect Action = "correct" // replaced by a new figure with another value
	ActionRetract Action = "retract" // pending or approved → retracted
)

// Correction is one append-only entry of the audit log.
type Correction struct {
	ID          int64
	FigureID    int64
	Action      Action
	OldValue    int64
	NewValue    int64
	OldStatus   Status // empty for ActionAdd
	NewStatus   Status
	NewFigureID int64 // for ActionCorrect: the figure that supersedes FigureID
	Reason      string
	By          string
	At          time.Time
}

// Change is a moderator's request to act on a figure.
type Change struct {
	FigureID  int64
	Action    Action // approve, reject, correct or retract
	Value     int64  // for correct
	ValueHigh int64  // for correct to a range
	Qualifier Qualifier
	Reason    string
	By        string
}

// ParseAction returns the action named s, or an Invalid error.
func ParseAction(s string) (Action, error) {
	switch a := Action(strings.ToLower(strings.TrimSpace(s))); a {
	case ActionApprove, ActionReject, ActionCorrect, ActionRetract:
		return a, nil
	}
	return "", Errorf(Invalid, "action %q is not one of approve, reject, correct, retract", s)
}

// Outcome is the result of applying a Change: the figure as it is now, the
// replacement figure for a correction (ID 0 until stored), and the
// correction entry to append.
type Outcome struct {
	Figure      Figure
	Replacement *Figure
	Correction  Correction
}

// Apply checks a Change against the figure's current state and returns what
// must be stored, or an Invalid error (missing reason or author, bad value)
// or a Conflict error (the figure's status does not allow the action, e.g. a
// superseded figure cannot be corrected again: its successor can).
func Apply(f Figure, c Change, now time.Time) (Outcome, error) {
	if strings.TrimSpace(c.By) == "" {
		return Outcome{}, Errorf(Invalid, "who made the change is missing (--by)")
	}
	reason := strings.TrimSpace(c.Reason)
	if reason == "" && c.Action != ActionApprove {
		return Outcome{}, Errorf(Invalid, "%s figure %d: a reason is required", c.Action, f.ID)
	}
	var to Status
	switch c.Action {
	case ActionApprove:
		if err := requireStatus(f, c.Action, Pending, Rejected); err != nil {
			return Outcome{}, err
		}
		to = Approved
	case ActionReject:
		if err := requireStatus(f, c.Action, Pending); err != nil {
			return Outcome{}, err
		}
		to = Rejected
	case ActionRetract:
		if err := requireStatus(f, c.Action, Pending, Approved); err != nil {
			return Outcome{}, err
		}
		to = Retracted
	case ActionCorrect:
		return applyCorrect(f, c, reason, now)
	default:
		return Outcome{}, Errorf(Invalid, "action %q is not one of approve, reject, correct, retract", c.Action)
	}
	out := Outcome{Figure: f}
	out.Figure.Status = to
	out.Figure.Revision++
	out.Correction = Correction{
		FigureID: f.ID, Action: c.Action,
		OldValue: f.Value, NewValue: f.Value,
		OldStatus: f.Status, NewStatus: to,
		Reason: reason, By: c.By, At: now,
	}
	return out, nil
}

func applyCorrect(f Figure, c Change, reason string, now time.Time) (Outcome, error) {
	if err := requireStatus(f, ActionCorrect, Pending, Approved); err != nil {
		return Outcome{}, err
	}
	q := c.Qualifier
	if q == "" {
		q = f.Qualifier
		if q == Range && c.ValueHigh == 0 {
			q = Exact
		}
	}
	repl := f
	repl.ID = 0
	repl.Value, repl.ValueHigh, repl.Qualifier = c.Value, c.ValueHigh, q
	if q != Range {
		repl.ValueHigh = 0
	}
	repl.Status = Approved
	repl.CreatedBy = c.By
	repl.SeenAt = now
	repl.Supersedes = f.ID
	repl.SupersededBy = 0
	repl.Origin = OriginManual
	repl.Revision = 0
	if err := repl.validateFields(); err != nil {
		return Outcome{}, err
	}
	if repl.Value == f.Value && repl.ValueHigh == f.ValueHigh && repl.Qualifier == f.Qualifier {
		return Outcome{}, Errorf(Invalid, "correct figure %d: the value is already %s", f.ID, f.ValueText())
	}
	old := f
	old.Status = Superseded
	old.Revision++
	return Outcome{
		Figure:      old,
		Replacement: &repl,
		Correction: Correction{
			FigureID: f.ID, Action: ActionCorrect,
			OldValue: f.Value, NewValue: repl.Value,
			OldStatus: f.Status, NewStatus: Superseded,
			Reason: reason, By: c.By, At: now,
		},
	}, nil
}

func requireStatus(f Figure, a Action, allowed ...Status) error {
	for _, s := range allowed {
		if f.Status == s {
			return nil
		}
	}
	if f.Status == Superseded && f.SupersededBy != 0 {
		return Errorf(Conflict, "cannot %s figure %d: it was superseded by figure %d; act on that one", a, f.ID, f.SupersededBy)
	}
	names := make([]string, len(allowed))
	for i, s := range allowed {
		names[i] = string(s)
	}
	return Errorf(Conflict, "cannot %s figure %d: it is %s (only %s figures can be %s)",
		a, f.ID, f.Status, strings.Join(names, " or "), pastTense(a))
}

func pastTense(a Action) string {
	switch a {
	case ActionApprove:
		return "approved"
	case ActionReject:
		return "rejected"
	case ActionCorrect:
		return "corrected"
	case ActionRetract:
		return "retracted"
	}
	return string(a) + "ed"
}
