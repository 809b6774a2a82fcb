package ingest_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// Every flag change the fan-out announces is kept as history for the
// feeds, with the standing's figures at the time; a run that announces
// nothing records nothing.
func TestFanoutRecordsFlagEvents(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			conf := e.add(tracker.Confirmed, "Foro Penal", 56)
			claim := e.add(tracker.Claimed, "gobierno", 400)
			f := e.fanout()
			if _, err := f.Run(e.ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Run(e.ctx); err != nil {
				t.Fatal(err)
			}
			e.clock.Add(73 * time.Hour) // STALE
			if _, err := f.Run(e.ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := e.store.ApplyChange(e.ctx, tracker.Change{FigureID: claim.ID, Action: tracker.ActionRetract, Reason: "misquoted", By: "ana"}); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Run(e.ctx); err != nil { // GAP clears
				t.Fatal(err)
			}
			updates, err := e.store.Updates(e.ctx, "", 100)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, u := range updates {
				if fe := u.Flags; fe != nil {
					s := fmt.Sprintf("v%d +%v -%v now %v", fe.Version, fe.Raised, fe.Cleared, fe.Flags)
					if fe.Confirmed != nil {
						s += fmt.Sprintf(" confirmed #%d", fe.Confirmed.ID)
					}
					if fe.Claimed != nil {
						s += fmt.Sprintf(" claimed #%d", fe.Claimed.ID)
					}
					got = append(got, s)
				}
			}
			want := []string{
				fmt.Sprintf("v3 +[] -[GAP] now [STALE] confirmed #%d", conf.ID),
				fmt.Sprintf("v2 +[STALE] -[] now [GAP STALE] confirmed #%d claimed #%d", conf.ID, claim.ID),
				fmt.Sprintf("v1 +[GAP] -[] now [GAP] confirmed #%d claimed #%d", conf.ID, claim.ID),
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("flag events =\n%q\nwant\n%q", got, want)
			}
		})
	}
}
