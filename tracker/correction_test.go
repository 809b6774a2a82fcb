package tracker_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestApply(t *testing.T) {
	now := day(10)
	base := func(s tracker.Status) tracker.Figure {
		f := fig(7, tracker.Confirmed, "Foro Penal", 56, 9, withStatus(s))
		f.Revision = 2
		return f
	}
	superseded := base(tracker.Superseded)
	superseded.SupersededBy = 9
	tests := []struct {
		name       string
		fig        tracker.Figure
		change     tracker.Change
		wantCode   tracker.Code
		wantStatus tracker.Status
		wantRepl   int64 // replacement value, -1 for none
	}{
		{"approve pending", base(tracker.Pending), tracker.Change{Action: tracker.ActionApprove, By: "ana"}, "", tracker.Approved, -1},
		{"approve a rejected figure", base(tracker.Rejected), tracker.Change{Action: tracker.ActionApprove, By: "ana"}, "", tracker.Approved, -1},
		{"approve twice", base(tracker.Approved), tracker.Change{Action: tracker.ActionApprove, By: "ana"}, tracker.Conflict, "", -1},
		{"reject pending", base(tracker.Pending), tracker.Change{Action: tracker.ActionReject, By: "ana", Reason: "misread"}, "", tracker.Rejected, -1},
		{"reject needs a reason", base(tracker.Pending), tracker.Change{Action: tracker.ActionReject, By: "ana", Reason: "  "}, tracker.Invalid, "", -1},
		{"reject approved is a conflict", base(tracker.Approved), tracker.Change{Action: tracker.ActionReject, By: "ana", Reason: "x"}, tracker.Conflict, "", -1},
		{"retract approved", base(tracker.Approved), tracker.Change{Action: tracker.ActionRetract, By: "ana", Reason: "withdrawn"}, "", tracker.Retracted, -1},
		{"retract retracted", base(tracker.Retracted), tracker.Change{Action: tracker.ActionRetract, By: "ana", Reason: "x"}, tracker.Conflict, "", -1},
		{"correct approved", base(tracker.Approved), tracker.Change{Action: tracker.ActionCorrect, By: "ana", Reason: "typo", Value: 65}, "", tracker.Superseded, 65},
		{"correct pending", base(tracker.Pending), tracker.Change{Action: tracker.ActionCorrect, By: "ana", Reason: "typo", Value: 65}, "", tracker.Superseded, 65},
		{"correct to the same value", base(tracker.Approved), tracker.Change{Action: tracker.ActionCorrect, By: "ana", Reason: "x", Value: 56}, tracker.Invalid, "", -1},
		{"correct to a negative value", base(tracker.Approved), tracker.Change{Action: tracker.ActionCorrect, By: "ana", Reason: "x", Value: -1}, tracker.Invalid, "", -1},
		{"correct needs a reason", base(tracker.Approved), tracker.Change{Action: tracker.ActionCorrect, By: "ana", Value: 65}, tracker.Invalid, "", -1},
		{"correct a superseded figure", superseded, tracker.Change{Action: tracker.ActionCorrect, By: "ana", Reason: "x", Value: 70}, tracker.Conflict, "", -1},
		{"nobody", base(tracker.Pending), tracker.Change{Action: tracker.ActionApprove}, tracker.Invalid, "", -1},
		{"unknown action", base(tracker.Pending), tracker.Change{Action: "delete", By: "ana", Reason: "x"}, tracker.Invalid, "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.change.FigureID = tt.fig.ID
			out, err := tracker.Apply(tt.fig, tt.change, now)
			if got := tracker.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("error code = %q (%v), want %q", got, err, tt.wantCode)
			}
			if err != nil {
				return
			}
			if got := out.Figure.Status; got != tt.wantStatus {
				t.Errorf("status = %s, want %s", got, tt.wantStatus)
			}
			if got, want := out.Figure.Value, tt.fig.Value; got != want {
				t.Errorf("old figure value = %d, want %d (never rewritten)", got, want)
			}
			if got, want := out.Figure.Revision, tt.fig.Revision+1; got != want {
				t.Errorf("revision = %d, want %d", got, want)
			}
			c := out.Correction
			if c.FigureID != tt.fig.ID || c.Action != tt.change.Action || c.By != tt.change.By || !c.At.Equal(now) ||
				c.OldStatus != tt.fig.Status || c.NewStatus != tt.wantStatus || c.OldValue != tt.fig.Value {
				t.Errorf("correction = %+v", c)
			}
			switch {
			case tt.wantRepl < 0 && out.Replacement != nil:
				t.Errorf("unexpected replacement %+v", out.Replacement)
			case tt.wantRepl >= 0:
				r := out.Replacement
				if r == nil {
					t.Fatal("no replacement")
				}
				if r.Value != tt.wantRepl || r.Status != tracker.Approved || r.Supersedes != tt.fig.ID || r.CreatedBy != "ana" ||
					r.Actor != tt.fig.Actor || r.Stance != tt.fig.Stance || !r.AsOf.Equal(tt.fig.AsOf) {
					t.Errorf("replacement = %+v", r)
				}
				if c.NewValue != tt.wantRepl {
					t.Errorf("correction new value = %d, want %d", c.NewValue, tt.wantRepl)
				}
			}
		})
	}
}

func TestConflictMessageNamesSuccessor(t *testing.T) {
	f := fig(3, tracker.Confirmed, "Foro Penal", 56, 9, withStatus(tracker.Superseded))
	f.SupersededBy = 8
	_, err := tracker.Apply(f, tracker.Change{FigureID: 3, Action: tracker.ActionRetract, By: "ana", Reason: "x"}, time.Now())
	if got, want := tracker.ErrorMessage(err), "cannot retract figure 3: it was superseded by figure 8; act on that one"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}

func TestParsers(t *testing.T) {
	if q, err := tracker.ParseQualifier("at-least"); err != nil || q != tracker.AtLeast {
		t.Errorf("ParseQualifier(at-least) = %q, %v", q, err)
	}
	if _, err := tracker.ParseQualifier("roughly"); tracker.ErrorCode(err) != tracker.Invalid {
		t.Errorf("ParseQualifier(roughly) error = %v, want invalid", err)
	}
	if _, err := tracker.ParseStance("Confirmed "); err != nil {
		t.Errorf("ParseStance: %v", err)
	}
	if _, err := tracker.ParseDate("2026-13-01"); tracker.ErrorCode(err) != tracker.Invalid {
		t.Errorf("ParseDate accepted month 13")
	}
	for in, want := range map[int64]string{0: "0", 56: "56", 1234: "1,234", 1234567: "1,234,567", -4000: "-4,000"} {
		if got := tracker.FormatInt(in); got != want {
			t.Errorf("FormatInt(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestActorMatches(t *testing.T) {
	a := tracker.Actor{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"gobierno", "Jorge Rodríguez"}}
	for name, want := range map[string]bool{"Gobierno": true, "jorge rodriguez": true, " Government  of Venezuela ": true, "Foro Penal": false, "": false} {
		if got := a.Matches(name); got != want {
			t.Errorf("Matches(%q) = %v, want %v", name, got, want)
		}
	}
	if got := a.DefaultStance(); got != tracker.Claimed {
		t.Errorf("DefaultStance = %s", got)
	}
}

func TestStanceConflict(t *testing.T) {
	fp := tracker.Actor{Name: "Foro Penal", Role: tracker.Confirmer}
	gov := tracker.Actor{Name: "Government", Role: tracker.Claimant}
	wire := tracker.Actor{Name: "Reuters", Role: tracker.Reporter}
	tests := []struct {
		actor    tracker.Actor
		stance   tracker.Stance
		wantRole string // "" when the stance fits
	}{
		{fp, tracker.Confirmed, ""},
		{fp, tracker.Claimed, "confirmer"},
		{gov, tracker.Claimed, ""},
		{gov, tracker.Confirmed, "claimant"},
		{wire, tracker.Claimed, ""},
		{wire, tracker.Confirmed, "reporter"},
	}
	for _, tt := range tests {
		err := tracker.StanceConflict(tt.actor, tt.stance)
		switch {
		case tt.wantRole == "" && err != nil:
			t.Errorf("StanceConflict(%s, %s) = %v, want nil", tt.actor.Name, tt.stance, err)
		case tt.wantRole != "" && (err == nil || !errors.Is(err, tracker.ErrStanceContradictsRole) ||
			tracker.ErrorCode(err) != tracker.Invalid || !strings.Contains(tracker.ErrorMessage(err), "is a "+tt.wantRole)):
			t.Errorf("StanceConflict(%s, %s) = %v, want an invalid error naming the role %s", tt.actor.Name, tt.stance, err, tt.wantRole)
		}
	}
}

func TestCheckDate(t *testing.T) {
	now := time.Date(2026, 1, 12, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		day     string
		wantErr bool
	}{
		{"2026-01-01", false}, {"2026-01-12", false}, {"2026-01-13", false}, {"2026-01-14", true}, {"2027-01-12", true},
	}
	for _, tt := range tests {
		d, _ := tracker.ParseDate(tt.day)
		if err := tracker.CheckDate(d, now); (err != nil) != tt.wantErr {
			t.Errorf("CheckDate(%s) = %v, want error %v", tt.day, err, tt.wantErr)
		}
	}
}

func TestSameStatement(t *testing.T) {
	base := tracker.Figure{MetricID: "m", Actor: "Foro Penal", Stance: tracker.Confirmed, Value: 56, Qualifier: tracker.Exact,
		AsOf: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), Evidence: tracker.Evidence{URL: "https://example.org/a", Quote: "one"}}
	tests := []struct {
		name   string
		change func(*tracker.Figure)
		want   bool
	}{
		{"identical", func(*tracker.Figure) {}, true},
		{"another quote only", func(f *tracker.Figure) { f.Evidence.Quote = "two" }, true},
		{"actor spelled differently", func(f *tracker.Figure) { f.Actor = "foro  penal" }, true},
		{"another value", func(f *tracker.Figure) { f.Value = 57 }, false},
		{"another stance", func(f *tracker.Figure) { f.Stance = tracker.Claimed }, false},
		{"another qualifier", func(f *tracker.Figure) { f.Qualifier = tracker.AtLeast }, false},
		{"another date", func(f *tracker.Figure) { f.AsOf = f.AsOf.AddDate(0, 0, 1) }, false},
		{"another URL", func(f *tracker.Figure) { f.Evidence.URL = "https://example.org/b" }, false},
		{"another metric", func(f *tracker.Figure) { f.MetricID = "n" }, false},
	}
	for _, tt := range tests {
		g := base
		tt.change(&g)
		if got := base.SameStatement(g); got != tt.want {
			t.Errorf("%s: SameStatement = %v, want %v", tt.name, got, tt.want)
		}
	}
}
