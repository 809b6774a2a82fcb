package ingest_test

import (
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

func (e *env) add(stance tracker.Stance, actor string, value int64) tracker.Figure {
	e.t.Helper()
	f, err := e.store.AddFigure(e.ctx, tracker.Figure{MetricID: metricID, Value: value, Stance: stance, Actor: actor,
		AsOf: e.clock.Now().Truncate(24 * time.Hour), CreatedBy: "mod", Evidence: tracker.Evidence{URL: "https://example.org/" + strings.ReplaceAll(actor, " ", "-")}})
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func keysOf(items []tracker.OutboxItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Key)
	}
	return out
}

func TestFanoutAlertsOncePerChannel(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			if err := e.store.SetAlerts(e.ctx, "g1", "111", metricID, true, "ana"); err != nil {
				t.Fatal(err)
			}
			conf := e.add(tracker.Confirmed, "Foro Penal", 56)
			e.add(tracker.Claimed, "gobierno", 400)
			f := e.fanout()
			n, err := f.Run(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			items := e.pending()
			// 2 figures × 2 channels, plus the GAP flag (already up on the first run) × 2 channels.
			if n != 6 || len(items) != 6 {
				t.Fatalf("fanout wrote %d items: %v", n, keysOf(items))
			}
			var flagAlerts int
			for _, it := range items {
				if strings.HasPrefix(it.Key, "flags:") {
					flagAlerts++
					if !strings.Contains(it.Message.Title, "GAP raised") {
						t.Errorf("flag alert title = %q", it.Message.Title)
					}
				}
			}
			if flagAlerts != 2 {
				t.Errorf("flag alerts = %d, want 2", flagAlerts)
			}
			// Running again, with nothing new, writes nothing.
			if n, _ := f.Run(e.ctx); n != 0 {
				t.Errorf("second run wrote %d items", n)
			}

			// A correction: one alert per channel, and each earlier alert of the
			// figure is edited and replied to.
			e.deliverAll()
			e.clock.Add(time.Hour)
			if _, err := e.store.ApplyChange(e.ctx, tracker.Change{FigureID: conf.ID, Action: tracker.ActionCorrect, Value: 72, Reason: "recount", By: "ana"}); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Run(e.ctx); err != nil {
				t.Fatal(err)
			}
			items = e.pending()
			var alerts, edits, replies int
			for _, it := range items {
				switch {
				case it.Op == tracker.OpEdit:
					edits++
					if !strings.Contains(it.Message.Description, "~~56 people~~") || !strings.Contains(it.Message.Description, "**72 people**") {
						t.Errorf("edited alert = %q", it.Message.Description)
					}
					ref, _ := e.store.OutboxItem(e.ctx, it.EditOf)
					if ref.FigureID != conf.ID || ref.ChannelID != it.ChannelID {
						t.Errorf("edit targets %+v", ref)
					}
				case it.Kind == tracker.KindCorrection:
					replies++
					if it.ReplyTo == 0 || !strings.Contains(it.Message.Title, "56 → 72") {
						t.Errorf("reply = %+v", it)
					}
				case it.Kind == tracker.KindAlert:
					alerts++
				}
			}
			if alerts != 2 || edits != 2 || replies != 2 {
				t.Errorf("after correction: %d alerts, %d edits, %d replies; want 2 each (%v)", alerts, edits, replies, keysOf(items))
			}
		})
	}
}

func TestFanoutSkipsPendingAndRejected(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			f, _, err := e.store.RecordFigure(e.ctx, tracker.Figure{MetricID: metricID, Value: 10, Qualifier: tracker.Exact, Stance: tracker.Confirmed,
				Actor: "Foro Penal", SourceID: "news", Origin: tracker.OriginProse, Status: tracker.Pending, CreatedBy: "source:news", AsOf: start})
			if err != nil {
				t.Fatal(err)
			}
			fo := e.fanout()
			fo.Run(e.ctx)
			if items := e.pending(); len(items) != 0 {
				t.Fatalf("a pending figure was announced: %v", keysOf(items))
			}
			if _, err := e.store.ApplyChange(e.ctx, tracker.Change{FigureID: f.ID, Action: tracker.ActionReject, Reason: "misread", By: "ana"}); err != nil {
				t.Fatal(err)
			}
			fo.Run(e.ctx)
			if items := e.pending(); len(items) != 0 {
				t.Fatalf("a rejected figure was announced: %v", keysOf(items))
			}
			if _, err := e.store.ApplyChange(e.ctx, tracker.Change{FigureID: f.ID, Action: tracker.ActionApprove, By: "ana"}); err != nil {
				t.Fatal(err)
			}
			fo.Run(e.ctx)
			if items := e.pending(); len(items) != 1 || !strings.HasPrefix(items[0].Message.Title, "Confirmed: 10") {
				t.Fatalf("approval: %v", keysOf(items))
			}
		})
	}
}

func TestFanoutStaleFlagWithTime(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			e.add(tracker.Confirmed, "Foro Penal", 56)
			f := e.fanout()
			f.Run(e.ctx)
			e.deliverAll()
			e.clock.Add(73 * time.Hour)
			if _, err := f.Run(e.ctx); err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, it := range e.pending() {
				titles = append(titles, string(it.Kind)+": "+it.Message.Title)
			}
			want := "alert: STALE raised — Political prisoners released | notice: Confirmed figure is stale — Political prisoners released"
			if got := strings.Join(titles, " | "); got != want {
				t.Errorf("after 73h: %q\nwant %q", got, want)
			}
			e.deliverAll()
			if n, _ := f.Run(e.ctx); n != 0 {
				t.Errorf("stale announced twice (%d items)", n)
			}
		})
	}
}
