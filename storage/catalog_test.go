package storage_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

func TestFileSubscriptionsFollowTheFile(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			// A subscription made on Discord is not the file's to remove.
			if err := s.SetAlerts(ctx, "g1", "111111", "ve-prisoners-released", true, "ana"); err != nil {
				t.Fatal(err)
			}
			c := catalog()
			c.Subscriptions = []tracker.Subscription{
				{ChannelID: tracker.ConsoleChannel, MetricID: tracker.AllMetrics, Alerts: true, DigestSchedule: "0 9 * * *", DigestTZ: "America/Caracas"},
				{ChannelID: "222222", MetricID: "ve-prisoners-released", Alerts: true},
			}
			rep, err := s.SyncCatalog(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rep.Added, []string{"subscription console *", "subscription 222222 ve-prisoners-released"}; !reflect.DeepEqual(got, want) {
				t.Errorf("added = %v, want %v", got, want)
			}
			c.Subscriptions = c.Subscriptions[:1]
			if rep, err = s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			if got, want := rep.Disabled, []string{"subscription 222222 ve-prisoners-released"}; !reflect.DeepEqual(got, want) || len(rep.Added) != 0 {
				t.Errorf("second sync: added %v, disabled %v; want nothing added, %v removed", rep.Added, got, want)
			}
			subs, err := s.Subscriptions(ctx, "")
			if err != nil {
				t.Fatal(err)
			}
			type row struct {
				channel, metric, tz, by string
				fromFile                bool
			}
			var got []row
			for _, sub := range subs {
				got = append(got, row{sub.ChannelID, sub.MetricID, sub.DigestTZ, sub.UpdatedBy, sub.FromFile})
			}
			want := []row{
				{"111111", "ve-prisoners-released", "", "ana", false},
				{tracker.ConsoleChannel, tracker.AllMetrics, "America/Caracas", "tracker file", true},
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("subscriptions =\n%+v\nwant\n%+v", got, want)
			}
			one, err := s.Subscriptions(ctx, tracker.ConsoleChannel)
			if err != nil || len(one) != 1 || one[0].DigestSchedule != "0 9 * * *" {
				t.Errorf("console's subscriptions = %+v, %v", one, err)
			}
			if none, err := s.Subscriptions(ctx, "222222"); err != nil || len(none) != 0 {
				t.Errorf("removed channel's subscriptions = %+v, %v; want none", none, err)
			}
		})
	}
}

func TestSourcesAndTheirStates(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			c := catalog()
			c.Sources = append(c.Sources, tracker.Source{ID: "balance", URL: "https://example.org/balance", Format: tracker.FormatHTML,
				Review: tracker.ReviewAuto, Schedule: "@every 30m", Figures: []tracker.FieldRule{{Metric: "ve-prisoners-released", Actor: "Foro Penal",
					Stance: tracker.Confirmed, Select: "#released", Pattern: `(?P<value>\d+)`}}})
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			src, err := s.Source(ctx, "balance")
			if err != nil {
				t.Fatal(err)
			}
			if got, want := src.Figures, c.Sources[1].Figures; !reflect.DeepEqual(got, want) || src.Schedule != "@every 30m" || src.Review != tracker.ReviewAuto {
				t.Errorf("source = %+v, want its rules %+v kept", src, want)
			}
			if _, err := s.Source(ctx, "nope"); tracker.ErrorCode(err) != tracker.NotFound {
				t.Errorf("unknown source: %v, want not found", err)
			}

			c.Sources = c.Sources[1:] // news leaves the file
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				name string
				get  func() ([]tracker.Source, error)
				want []string
			}{
				{"enabled", func() ([]tracker.Source, error) { return s.EnabledSources(ctx) }, []string{"balance"}},
				{"all, enabled first", func() ([]tracker.Source, error) { return s.Sources(ctx) }, []string{"balance", "news"}},
			}
			for _, tt := range tests {
				srcs, err := tt.get()
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, src := range srcs {
					got = append(got, src.ID)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("%s sources = %v, want %v", tt.name, got, tt.want)
				}
			}
			if gone, err := s.Source(ctx, "news"); err != nil || gone.Enabled {
				t.Errorf("a source no longer in the file = %+v, %v; want it kept, disabled", gone, err)
			}

			before, err := s.SourceStates(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"balance", "news"} {
				if st, ok := before[id]; !ok || st.Polls != 0 || !st.NextCheck.IsZero() {
					t.Errorf("state of %s before any poll = %+v, %v; want an empty state, due now", id, st, ok)
				}
			}
			st := tracker.SourceState{SourceID: "balance", ETag: `"v2"`, LastCheck: *now, NextCheck: now.Add(30 * time.Minute),
				Polls: 3, Errors: 1, ConsecutiveFailures: 1, LastError: "timeout", FailureNotified: true}
			if err := s.SaveSourceState(ctx, st); err != nil {
				t.Fatal(err)
			}
			states, err := s.SourceStates(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got := states["balance"]
			if len(states) != 2 || got.ETag != st.ETag || !got.NextCheck.Equal(st.NextCheck) || got.Polls != 3 || got.Errors != 1 ||
				got.ConsecutiveFailures != 1 || got.LastError != "timeout" || !got.FailureNotified {
				t.Errorf("states = %+v, want balance's %+v", states, st)
			}
		})
	}
}

func TestDigestDueAndStandings(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			due := now.Add(6 * time.Hour)
			if err := s.SetDigestDue(ctx, "c1", due); err != nil {
				t.Fatal(err)
			}
			if err := s.SetDigestDue(ctx, "c1", due.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			st, err := s.DigestState(ctx, "c1")
			if err != nil || !st.NextDue.Equal(due.Add(time.Hour)) || !st.LastSent.IsZero() || len(st.Previous) != 0 {
				t.Errorf("digest state = %+v, %v; want only the later due time", st, err)
			}
			empty, err := s.DigestState(ctx, "c2")
			if err != nil || empty.ChannelID != "c2" || !empty.NextDue.IsZero() || empty.Previous == nil {
				t.Errorf("a channel without a digest: %+v, %v; want an empty state", empty, err)
			}

			c := catalog()
			c.Metrics = append(c.Metrics, tracker.Metric{ID: "ve-detained", Name: "Detained", Keywords: []string{"detained"}})
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			addFigure(t, s, tracker.Confirmed, "Foro Penal", 56)
			standings, err := s.Standings(ctx, *now)
			if err != nil {
				t.Fatal(err)
			}
			if len(standings) != 2 || standings[0].Metric.ID != "ve-prisoners-released" || standings[1].Metric.ID != "ve-detained" {
				t.Fatalf("standings = %+v, want both metrics in file order", standings)
			}
			if standings[0].Confirmed == nil || standings[0].Confirmed.Value != 56 || standings[1].Confirmed != nil {
				t.Errorf("confirmed = %v and %v, want 56 and none", standings[0].Confirmed, standings[1].Confirmed)
			}
		})
	}
}

func TestLookupsAndAClosedStore(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			if err := s.Ping(ctx); err != nil {
				t.Errorf("Ping = %v, want nil", err)
			}
			notFound := []struct {
				name string
				err  func() error
			}{
				{"figure", func() error { _, err := s.Figure(ctx, 42); return err }},
				{"outbox item", func() error { _, err := s.OutboxItem(ctx, 42); return err }},
				{"source", func() error { _, err := s.Source(ctx, "nope"); return err }},
				{"metric", func() error { _, err := s.Metric(ctx, "nope"); return err }},
			}
			for _, tt := range notFound {
				if got := tracker.ErrorCode(tt.err()); got != tracker.NotFound {
					t.Errorf("unknown %s: code %q, want %q", tt.name, got, tracker.NotFound)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if err := s.Ping(ctx); err == nil || !strings.HasPrefix(err.Error(), "storage: ping: ") {
				t.Errorf("Ping after Close = %v, want a storage: ping: error", err)
			}
			if _, err := s.CountFigures(ctx); err == nil || !strings.HasPrefix(err.Error(), "storage: count figures: ") {
				t.Errorf("CountFigures after Close = %v, want a storage: count figures: error", err)
			}
		})
	}
}
