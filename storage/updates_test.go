package storage_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// Updates lists, newest first, the figure events the bot announces and
// the flag changes recorded with CommitFanout, and nothing else.
func TestUpdates(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			step := func() { *now = now.Add(time.Minute) }
			confirmed := addFigure(t, s, tracker.Confirmed, "Foro Penal", 56) // approved on arrival
			step()
			claim := addFigure(t, s, tracker.Claimed, "Government of Venezuela", 400)
			step()
			pending, err := s.AddFigure(ctx, tracker.Figure{MetricID: "ve-prisoners-released", Value: 900, Stance: tracker.Claimed,
				Actor: "Government of Venezuela", AsOf: t0, Status: tracker.Pending, CreatedBy: "tester"})
			if err != nil {
				t.Fatal(err)
			}
			step()
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: pending.ID, Action: tracker.ActionReject, Reason: "misread", By: "mod"}); err != nil {
				t.Fatal(err)
			}
			step()
			out, err := s.ApplyChange(ctx, tracker.Change{FigureID: confirmed.ID, Action: tracker.ActionCorrect, Value: 60, Reason: "recount", By: "mod"})
			if err != nil {
				t.Fatal(err)
			}
			step()
			batch := tracker.FanoutBatch{FlagStates: []tracker.FlagState{{MetricID: "ve-prisoners-released", Version: 1,
				Flags: []tracker.Flag{tracker.FlagGap}, Raised: []tracker.Flag{tracker.FlagGap}, ConfirmedID: out.Replacement.ID, ClaimedID: claim.ID}}}
			for i := 0; i < 2; i++ { // a repeated batch records the change once
				if err := s.CommitFanout(ctx, batch); err != nil {
					t.Fatal(err)
				}
			}
			step()
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: claim.ID, Action: tracker.ActionRetract, Reason: "wrong decree", By: "mod"}); err != nil {
				t.Fatal(err)
			}

			got, err := s.Updates(ctx, "", 100)
			if err != nil {
				t.Fatal(err)
			}
			describe := func(u tracker.Update) string {
				if u.Flags != nil {
					return fmt.Sprintf("flags v%d raised %v confirmed %d claimed %d", u.Flags.Version, u.Flags.Raised, u.Flags.Confirmed.Value, u.Flags.Claimed.Value)
				}
				s := fmt.Sprintf("%s #%d (%d)", u.Correction.Action, u.Figure.ID, u.Figure.Value)
				if u.Replacement != nil {
					s += fmt.Sprintf(" → #%d (%d)", u.Replacement.ID, u.Replacement.Value)
				}
				return s
			}
			want := []string{
				fmt.Sprintf("retract #%d (400)", claim.ID),
				"flags v1 raised [GAP] confirmed 60 claimed 400",
				fmt.Sprintf("correct #%d (56) → #%d (60)", confirmed.ID, out.Replacement.ID),
				fmt.Sprintf("add #%d (400)", claim.ID),
				fmt.Sprintf("add #%d (56)", confirmed.ID),
			}
			if len(got) != len(want) {
				var list []string
				for _, u := range got {
					list = append(list, describe(u))
				}
				t.Fatalf("updates = %q, want %q", list, want)
			}
			for i, u := range got {
				if g := describe(u); g != want[i] {
					t.Errorf("update %d = %q, want %q", i, g, want[i])
				}
				if i > 0 && u.At.After(got[i-1].At) {
					t.Errorf("update %d (%s) is newer than the one before it", i, u.At)
				}
				if u.MetricID != "ve-prisoners-released" {
					t.Errorf("update %d metric = %q", i, u.MetricID)
				}
			}
			if got, err := s.Updates(ctx, "", 2); err != nil || len(got) != 2 {
				t.Errorf("Updates with limit 2 = %d updates, %v", len(got), err)
			}
			// Both ways of finding a metric's corrections: from its figures
			// (few) and from the log (many).
			for _, sparse := range []int{1000, 0} {
				restore := storage.SetSparseMetric(sparse)
				got, err := s.Updates(ctx, "ve-prisoners-released", 100)
				restore()
				if err != nil || len(got) != len(want) {
					t.Fatalf("Updates of the metric (sparse up to %d) = %d updates, %v; want %d", sparse, len(got), err, len(want))
				}
				for i, u := range got {
					if g := describe(u); g != want[i] {
						t.Errorf("sparse up to %d: update %d = %q, want %q", sparse, i, g, want[i])
					}
				}
			}
			if _, err := s.Updates(ctx, "nope", 100); tracker.ErrorCode(err) != tracker.NotFound {
				t.Errorf("Updates of an unknown metric: %v, want NotFound", err)
			}
		})
	}
}
