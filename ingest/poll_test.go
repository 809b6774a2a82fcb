package ingest_test

import (
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/tracker"
)

func TestPollRoutesAndDedups(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			day := time.Date(2026, 1, 11, 18, 0, 0, 0, time.UTC)
			r := &fakeReader{readings: map[string][]reading{
				"balance": {{r: tracker.Reading{ContentHash: "h1", Items: []tracker.ReadItem{{Key: "sha256:h1", URL: "https://example.org/balance",
					Found: []tracker.Found{found("Foro Penal", tracker.Confirmed, 56, tracker.OriginStructured, false)}}}}}},
				"news": {{r: tracker.Reading{ETag: `"e1"`, Items: []tracker.ReadItem{
					{Key: "a1", URL: "https://example.org/a1", Published: day, Found: []tracker.Found{
						found("Government of Venezuela", tracker.Claimed, 400, tracker.OriginProse, false),
						found("Foro Penal", tracker.Confirmed, 56, tracker.OriginProse, true),
					}},
					{Key: "a2", URL: "https://example.org/a2", Published: day, Found: []tracker.Found{
						found("Government of Venezuela", tracker.Claimed, 400, tracker.OriginProse, false), // the same statement again
					}},
				}}}},
			}}
			p := e.poller(r)
			results, err := p.PollAll(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(results) != 2 || results[0].Status != ingest.StatusOK || results[1].Status != ingest.StatusOK {
				t.Fatalf("results = %+v", results)
			}
			if got := len(results[0].Figures); got != 1 {
				t.Errorf("balance created %d figures, want 1", got)
			}
			if got := len(results[1].Figures); got != 2 {
				t.Errorf("news created %d figures, want 2 (a repeat adds evidence only)", got)
			}
			tests := []struct {
				source, actor string
				want          tracker.Status
			}{
				{"balance", "Foro Penal", tracker.Approved},          // review: auto
				{"news", "Government of Venezuela", tracker.Pending}, // review: required
				{"news", "Foro Penal", tracker.Pending},              // fallback actor: always pending
			}
			for _, tt := range tests {
				figs, err := e.store.Figures(e.ctx, tracker.FigureFilter{SourceID: tt.source, Actor: tt.actor})
				if err != nil || len(figs) != 1 {
					t.Fatalf("%s/%s: %d figures, %v", tt.source, tt.actor, len(figs), err)
				}
				if figs[0].Status != tt.want {
					t.Errorf("%s/%s status = %s, want %s", tt.source, tt.actor, figs[0].Status, tt.want)
				}
				if figs[0].CreatedBy != "source:"+tt.source {
					t.Errorf("created by %q", figs[0].CreatedBy)
				}
			}
			gov, _ := e.store.Figures(e.ctx, tracker.FigureFilter{SourceID: "news", Actor: "Government of Venezuela"})
			if got := gov[0].AsOf.Format(time.DateOnly); got != "2026-01-11" {
				t.Errorf("as_of = %s, want the item's publication day", got)
			}
			if ev, _ := e.store.Evidence(e.ctx, gov[0].ID); len(ev) != 2 || ev[0].URL != "https://example.org/a1" || ev[1].URL != "https://example.org/a2" {
				t.Errorf("evidence = %+v, want both articles", ev)
			}
			st, _ := e.store.SourceState(e.ctx, "news")
			if st.ETag != `"e1"` || st.Polls != 1 || !st.NextCheck.Equal(start.Add(30*time.Minute)) {
				t.Errorf("state = %+v", st)
			}

			// A second poll sees the same items: nothing new.
			e.clock.Add(30 * time.Minute)
			results, _ = p.PollAll(e.ctx)
			for _, res := range results {
				if len(res.Figures) != 0 {
					t.Errorf("%s: second poll created %d figures", res.SourceID, len(res.Figures))
				}
			}
		})
	}
}

func TestStructuredRepeatIsNotANewFigure(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			page := func(hash string, v int64) reading {
				return reading{r: tracker.Reading{ContentHash: hash, Items: []tracker.ReadItem{{Key: "sha256:" + hash,
					Found: []tracker.Found{found("Foro Penal", tracker.Confirmed, v, tracker.OriginStructured, false)}}}}}
			}
			r := &fakeReader{readings: map[string][]reading{"balance": {page("h1", 56), page("h2", 56), page("h3", 72)}}}
			p := e.poller(r)
			src, _ := e.store.Source(e.ctx, "balance")
			var created []int
			for i := 0; i < 3; i++ {
				res := p.Poll(e.ctx, src)
				created = append(created, len(res.Figures))
				e.clock.Add(25 * time.Hour)
			}
			if got, want := created, []int{1, 0, 1}; got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
				t.Errorf("figures created per poll = %v, want %v (an unchanged value the next day is not new)", got, want)
			}
		})
	}
}

func TestFailingSourceNoticesOnceAndBacksOff(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			ok := reading{r: tracker.Reading{ContentHash: "h"}}
			r := &fakeReader{readings: map[string][]reading{"news": {
				{err: errDown}, {err: errDown}, {err: errDown}, {err: errDown}, {err: retryAfterErr{5 * time.Hour}}, ok,
			}}}
			p := e.poller(r)
			src, _ := e.store.Source(e.ctx, "news")
			var waits []time.Duration
			for i := 0; i < 6; i++ {
				now := e.clock.Now()
				res := p.Poll(e.ctx, src)
				st, _ := e.store.SourceState(e.ctx, "news")
				waits = append(waits, st.NextCheck.Sub(now))
				if i < 5 && (res.Status != ingest.StatusError || st.ConsecutiveFailures != i+1 || st.LastError == "") {
					t.Fatalf("poll %d: %+v state %+v", i, res, st)
				}
				e.clock.Add(st.NextCheck.Sub(now))
			}
			want := []time.Duration{time.Hour, 2 * time.Hour, 4 * time.Hour, 6 * time.Hour, 6 * time.Hour, 30 * time.Minute}
			for i := range want {
				if waits[i] != want[i] {
					t.Errorf("wait after poll %d = %v, want %v", i+1, waits[i], want[i])
				}
			}
			st, _ := e.store.SourceState(e.ctx, "news")
			if st.ConsecutiveFailures != 0 || st.Errors != 5 || st.Polls != 6 || st.FailureNotified {
				t.Errorf("after recovery: %+v", st)
			}
			var notices []string
			for _, it := range e.pending() {
				if it.Kind == tracker.KindNotice {
					notices = append(notices, it.Message.Title)
				}
			}
			if got, want := strings.Join(notices, " | "), "Source news is failing | Source news works again"; got != want {
				t.Errorf("notices = %q, want %q", got, want)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			tests := []struct {
				interval time.Duration
				failures int
				jitter   float64
				want     time.Duration
			}{
				{30 * time.Minute, 0, 0.5, 30 * time.Minute},
				{30 * time.Minute, 1, 0.5, time.Hour},
				{30 * time.Minute, 2, 0.5, 2 * time.Hour},
				{30 * time.Minute, 1, 0, 54 * time.Minute}, // −10%
				{30 * time.Minute, 1, 1, 66 * time.Minute}, // +10%
				{30 * time.Minute, 50, 0.5, 6 * time.Hour}, // capped
				{24 * time.Hour, 3, 0.5, 24 * time.Hour},   // never below the interval
			}
			for _, tt := range tests {
				if got := ingest.Backoff(tt.interval, tt.failures, 6*time.Hour, tt.jitter); got != tt.want {
					t.Errorf("Backoff(%v, %d, jitter %v) = %v, want %v", tt.interval, tt.failures, tt.jitter, got, tt.want)
				}
			}
		})
	}
}
