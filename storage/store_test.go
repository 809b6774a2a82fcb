package storage_test

import (
	"context"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

var t0 = time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)

func catalog() tracker.Catalog {
	return tracker.Catalog{
		Metrics: []tracker.Metric{{
			ID: "ve-prisoners-released", Name: "Political prisoners released", Cumulative: true,
			Keywords: []string{"released", "excarcelaciones"}, Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 1.5},
		}},
		Actors: []tracker.Actor{
			{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Penal Forum"}},
			{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"gobierno"}},
		},
		Sources: []tracker.Source{{ID: "news", URL: "https://example.org/feed.xml", Format: tracker.FormatRSS, Review: tracker.ReviewRequired,
			Claims: []string{"ve-prisoners-released"}}},
	}
}

// openStore opens a store (in a temp dir for SQLite, in a schema of its
// own for PostgreSQL) with a clock tests can move.
func openStore(t *testing.T) (*storage.Store, *time.Time) {
	t.Helper()
	now := t0
	dsn := filepath.Join(t.TempDir(), "sub", "g.db")
	if d := storagetest.Of(t); d.Name != string(storage.SQLite) {
		dsn = d.DSN(t)
	}
	s, err := storage.Open(context.Background(), dsn, storage.WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.SyncCatalog(context.Background(), catalog()); err != nil {
		t.Fatal(err)
	}
	return s, &now
}

func addFigure(t *testing.T, s *storage.Store, stance tracker.Stance, actor string, value int64) tracker.Figure {
	t.Helper()
	f, err := s.AddFigure(context.Background(), tracker.Figure{
		MetricID: "ve-prisoners-released", Value: value, Stance: stance, Actor: actor, AsOf: t0.Truncate(24 * time.Hour),
		Evidence: tracker.Evidence{URL: "https://example.org/" + actor, Quote: "quoted"}, CreatedBy: "tester",
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestOpenIsIdempotentAndSetsPragmas(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	for i := 0; i < 2; i++ {
		s, err := storage.Open(ctx, path)
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		var fk int
		var mode string
		if err := s.DB().QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v", fk, err)
		}
		if err := s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v", mode, err)
		}
		s.Close()
	}
}

func TestSyncCatalogDisablesNeverDeletes(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			f := addFigure(t, s, tracker.Confirmed, "Penal Forum", 56)
			if f.Actor != "Foro Penal" {
				t.Errorf("actor alias not resolved: %q", f.Actor)
			}

			c := catalog()
			c.Sources = append(c.Sources, tracker.Source{ID: "balance", URL: "https://example.org/b", Review: tracker.ReviewAuto})
			rep, err := s.SyncCatalog(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rep.Added, []string{"source balance"}; !reflect.DeepEqual(got, want) {
				t.Errorf("added = %v, want %v", got, want)
			}
			if rep.Updated != nil || rep.Disabled != nil {
				t.Errorf("unexpected changes: %+v", rep)
			}

			c.Sources = c.Sources[1:]
			c.Metrics[0].Name = "Renamed"
			rep, err = s.SyncCatalog(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rep.Disabled, []string{"source news"}; !reflect.DeepEqual(got, want) {
				t.Errorf("disabled = %v, want %v", got, want)
			}
			if got, want := rep.Updated, []string{"metric ve-prisoners-released"}; !reflect.DeepEqual(got, want) {
				t.Errorf("updated = %v, want %v", got, want)
			}
			srcs, err := s.Sources(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(srcs) != 2 || srcs[0].ID != "balance" || !srcs[0].Enabled || srcs[1].ID != "news" || srcs[1].Enabled {
				t.Errorf("sources = %+v", srcs)
			}
			if _, err := s.Figure(ctx, f.ID); err != nil {
				t.Errorf("figure lost after sync: %v", err)
			}
			// Removing the metric disables it; its figure stays.
			c.Metrics = nil
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Metric(ctx, "ve-prisoners-released"); tracker.ErrorCode(err) != tracker.NotFound {
				t.Errorf("disabled metric still found: %v", err)
			}
			if _, err := s.Figure(ctx, f.ID); err != nil {
				t.Errorf("figure lost after metric removal: %v", err)
			}
		})
	}
}

func TestAddFigureRejectsBadInputAndWritesNothing(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			tests := []struct {
				name string
				f    tracker.Figure
				code tracker.Code
			}{
				{"unknown metric", tracker.Figure{MetricID: "nope", Value: 1, Stance: tracker.Claimed, Actor: "gobierno", CreatedBy: "x"}, tracker.NotFound},
				{"unknown actor", tracker.Figure{MetricID: "ve-prisoners-released", Value: 1, Stance: tracker.Claimed, Actor: "Nobody", CreatedBy: "x"}, tracker.NotFound},
				{"negative", tracker.Figure{MetricID: "ve-prisoners-released", Value: -3, Stance: tracker.Claimed, Actor: "gobierno", CreatedBy: "x"}, tracker.Invalid},
				{"bad stance", tracker.Figure{MetricID: "ve-prisoners-released", Value: 3, Stance: "rumoured", Actor: "gobierno", CreatedBy: "x"}, tracker.Invalid},
				{"nobody", tracker.Figure{MetricID: "ve-prisoners-released", Value: 3, Stance: tracker.Claimed, Actor: "gobierno"}, tracker.Invalid},
			}
			for _, tt := range tests {
				if _, err := s.AddFigure(ctx, tt.f); tracker.ErrorCode(err) != tt.code {
					t.Errorf("%s: error %v, want code %s", tt.name, err, tt.code)
				}
			}
			figs, err := s.Figures(ctx, tracker.FigureFilter{})
			if err != nil || len(figs) != 0 {
				t.Errorf("figures after bad input = %d, %v", len(figs), err)
			}
		})
	}
}

func TestRecordFigureDedupAddsEvidence(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			base := tracker.Figure{MetricID: "ve-prisoners-released", Value: 56, Qualifier: tracker.Exact, Stance: tracker.Confirmed,
				Actor: "Foro Penal", SourceID: "news", Origin: tracker.OriginProse, AsOf: t0.Truncate(24 * time.Hour),
				Status: tracker.Pending, CreatedBy: "source:news"}
			first := base
			first.Evidence = tracker.Evidence{URL: "https://example.org/a", Quote: "Foro Penal confirmed 56."}
			f1, created, err := s.RecordFigure(ctx, first)
			if err != nil || !created {
				t.Fatalf("first record: created=%v err=%v", created, err)
			}
			repeat := base
			repeat.Evidence = tracker.Evidence{URL: "https://example.org/b", Quote: "Foro Penal: 56 released."}
			f2, created, err := s.RecordFigure(ctx, repeat)
			if err != nil || created || f2.ID != f1.ID {
				t.Fatalf("repeat: id=%d created=%v err=%v, want id %d not created", f2.ID, created, err, f1.ID)
			}
			if _, created, _ := s.RecordFigure(ctx, repeat); created {
				t.Error("same evidence twice created a figure")
			}
			ev, err := s.Evidence(ctx, f1.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(ev); got != 2 {
				t.Errorf("evidence rows = %d, want 2", got)
			}
			other := base
			other.Value = 57
			if _, created, _ := s.RecordFigure(ctx, other); !created {
				t.Error("a different value was merged")
			}
			audit, err := s.Audit(ctx, f1.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(audit.Corrections) != 1 || audit.Corrections[0].Action != tracker.ActionAdd || audit.Corrections[0].By != "source:news" {
				t.Errorf("corrections = %+v", audit.Corrections)
			}
		})
	}
}

func TestCorrectionChainAndStanding(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			conf := addFigure(t, s, tracker.Confirmed, "Foro Penal", 56)
			claim := addFigure(t, s, tracker.Claimed, "gobierno", 400)

			st, err := s.Standing(ctx, "ve-prisoners-released", *now)
			if err != nil {
				t.Fatal(err)
			}
			if st.Gap == nil || *st.Gap != 344 || !st.Has(tracker.FlagGap) {
				t.Fatalf("standing gap = %v flags %v, want 344 GAP", st.Gap, st.Flags)
			}

			*now = now.Add(time.Hour)
			out, err := s.ApplyChange(ctx, tracker.Change{FigureID: conf.ID, Action: tracker.ActionCorrect, Value: 65, Reason: "recount", By: "mod"})
			if err != nil {
				t.Fatal(err)
			}
			if out.Replacement == nil || out.Replacement.Value != 65 || out.Figure.Status != tracker.Superseded || out.Figure.SupersededBy != out.Replacement.ID {
				t.Fatalf("outcome = %+v", out)
			}
			if out.Replacement.Evidence.URL != conf.Evidence.URL {
				t.Errorf("replacement lost the evidence: %+v", out.Replacement.Evidence)
			}
			old, err := s.Figure(ctx, conf.ID)
			if err != nil || old.Value != 56 || old.Status != tracker.Superseded {
				t.Errorf("old figure = %+v, %v (value must stay 56)", old, err)
			}
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: conf.ID, Action: tracker.ActionCorrect, Value: 70, Reason: "again", By: "mod"}); tracker.ErrorCode(err) != tracker.Conflict {
				t.Errorf("correcting a superseded figure: %v, want conflict", err)
			}
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: claim.ID, Action: tracker.ActionRetract, Reason: "withdrawn", By: "mod"}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: 999, Action: tracker.ActionApprove, By: "mod"}); tracker.ErrorCode(err) != tracker.NotFound {
				t.Errorf("unknown figure: %v, want not found", err)
			}

			st, err = s.Standing(ctx, "ve-prisoners-released", *now)
			if err != nil {
				t.Fatal(err)
			}
			if st.Confirmed == nil || st.Confirmed.Value != 65 || st.Claimed != nil || st.Gap != nil {
				t.Errorf("standing after corrections = %+v", st)
			}

			for _, id := range []int64{conf.ID, out.Replacement.ID} {
				audit, err := s.Audit(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				var ids []int64
				for _, f := range audit.Figures {
					ids = append(ids, f.ID)
				}
				if want := []int64{conf.ID, out.Replacement.ID}; !reflect.DeepEqual(ids, want) {
					t.Errorf("audit(%d) chain = %v, want %v", id, ids, want)
				}
				var actions []tracker.Action
				for _, c := range audit.Corrections {
					actions = append(actions, c.Action)
				}
				if want := []tracker.Action{tracker.ActionAdd, tracker.ActionCorrect}; !reflect.DeepEqual(actions, want) {
					t.Errorf("audit(%d) actions = %v, want %v", id, actions, want)
				}
				c := audit.Corrections[1]
				if c.OldValue != 56 || c.NewValue != 65 || c.Reason != "recount" || c.By != "mod" || c.NewFigureID != out.Replacement.ID {
					t.Errorf("correct row = %+v", c)
				}
			}
			var n int
			if err := s.DB().QueryRow("SELECT COUNT(*) FROM corrections").Scan(&n); err != nil || n != 4 {
				t.Errorf("corrections rows = %d, %v; want 4 (2 adds, correct, retract)", n, err)
			}
		})
	}
}

func TestOutboxIdempotentAndRetries(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			item := tracker.OutboxItem{Key: "alert:1:r0:c1", ChannelID: "c1", Message: tracker.Message{Kind: tracker.KindAlert, Title: "hello"}}
			ids, err := s.Enqueue(ctx, item, item)
			if err != nil {
				t.Fatal(err)
			}
			if ids[0] != ids[1] {
				t.Errorf("same key enqueued twice: %v", ids)
			}
			due, err := s.DueOutbox(ctx, tracker.DiscordOnly, *now, 10)
			if err != nil || len(due) != 1 || due[0].Message.Title != "hello" || due[0].Kind != tracker.KindAlert || due[0].Op != tracker.OpPost {
				t.Fatalf("due = %+v, %v", due, err)
			}
			if due, _ := s.DueOutbox(ctx, tracker.ConsoleOnly, *now, 10); len(due) != 0 {
				t.Errorf("console sender sees a Discord item")
			}
			if err := s.MarkFailed(ctx, ids[0], "503", now.Add(time.Minute)); err != nil {
				t.Fatal(err)
			}
			if due, _ := s.DueOutbox(ctx, tracker.AnyChannel, *now, 10); len(due) != 0 {
				t.Errorf("item due before its retry time")
			}
			if due, _ := s.DueOutbox(ctx, tracker.AnyChannel, now.Add(time.Minute), 10); len(due) != 1 || due[0].Attempts != 1 || due[0].LastError != "503" {
				t.Errorf("retry = %+v", due)
			}
			if err := s.MarkDelivered(ctx, ids[0], "m1", *now); err != nil {
				t.Fatal(err)
			}
			if due, _ := s.DueOutbox(ctx, tracker.AnyChannel, now.Add(time.Hour), 10); len(due) != 0 {
				t.Errorf("delivered item still due")
			}
			if _, err := s.Enqueue(ctx, item); err != nil {
				t.Fatal(err)
			}
			got, err := s.OutboxItem(ctx, ids[0])
			if err != nil || got.MessageID != "m1" || got.DeliveredAt.IsZero() {
				t.Errorf("re-enqueue touched a delivered item: %+v %v", got, err)
			}
			stats, err := s.OutboxStats(ctx)
			if err != nil || stats.Pending != 0 || stats.Delivered != 1 {
				t.Errorf("stats = %+v, %v", stats, err)
			}
		})
	}
}

func TestSubscriptionsAndDigests(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			if err := s.SetAlerts(ctx, "g1", "c1", "ve-prisoners-released", true, "ana"); err != nil {
				t.Fatal(err)
			}
			if err := s.SetAlerts(ctx, "g1", "c1", tracker.AllMetrics, true, "ana"); err != nil {
				t.Fatal(err)
			}
			if err := s.SetAlerts(ctx, "g1", "c2", "ve-prisoners-released", false, "ana"); err != nil {
				t.Fatal(err)
			}
			chans, err := s.AlertChannels(ctx, "ve-prisoners-released")
			if err != nil || !reflect.DeepEqual(chans, []string{"c1"}) {
				t.Errorf("alert channels = %v, %v; want [c1] once", chans, err)
			}
			next := now.Add(24 * time.Hour)
			if err := s.SetDigest(ctx, "g1", "c2", "ve-prisoners-released", "0 9 * * *", "America/Caracas", "ana", next); err != nil {
				t.Fatal(err)
			}
			ds, err := s.Digests(ctx)
			if err != nil || len(ds) != 1 || ds[0].ChannelID != "c2" || ds[0].TZ != "America/Caracas" || !ds[0].State.NextDue.Equal(next) {
				t.Fatalf("digests = %+v, %v", ds, err)
			}
			st := ds[0].State
			st.LastSent, st.NextDue = *now, next.Add(24*time.Hour)
			v := int64(56)
			st.Previous["ve-prisoners-released"] = tracker.DigestSnapshot{Confirmed: &v}
			digest := tracker.OutboxItem{Key: "digest:c2:1", ChannelID: "c2", Message: tracker.Message{Kind: tracker.KindDigest, Title: "Digest"}}
			if err := s.SaveDigestState(ctx, st, digest); err != nil {
				t.Fatal(err)
			}
			got, err := s.DigestState(ctx, "c2")
			if err != nil || *got.Previous["ve-prisoners-released"].Confirmed != 56 || !got.LastSent.Equal(*now) {
				t.Errorf("digest state = %+v, %v", got, err)
			}
			if err := s.ClearDigest(ctx, "c2", "ana"); err != nil {
				t.Fatal(err)
			}
			if err := s.ClearDigest(ctx, "c2", "ana"); tracker.ErrorCode(err) != tracker.NotFound {
				t.Errorf("second clear: %v, want not found", err)
			}
			if ds, _ := s.Digests(ctx); len(ds) != 0 {
				t.Errorf("digests after clear = %+v", ds)
			}
		})
	}
}

func TestSourceStateAndSeenItems(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			due, err := s.DueSources(ctx, *now)
			if err != nil || len(due) != 1 || due[0].ID != "news" {
				t.Fatalf("due = %+v, %v", due, err)
			}
			if last, err := s.LastSuccess(ctx); err != nil || !last.IsZero() {
				t.Errorf("last success before any poll = %v, %v; want the zero time", last, err)
			}
			st := tracker.SourceState{SourceID: "news", ETag: `"v1"`, LastCheck: *now, LastSuccess: now.Add(-time.Second),
				NextCheck: now.Add(15 * time.Minute), Polls: 1}
			notice := tracker.OutboxItem{Key: "notice:news:1", ChannelID: "console", Message: tracker.Message{Kind: tracker.KindNotice, Title: "x"}}
			if err := s.SaveSourceState(ctx, st, notice); err != nil {
				t.Fatal(err)
			}
			if last, err := s.LastSuccess(ctx); err != nil || !last.Equal(now.Add(-time.Second)) {
				t.Errorf("last success = %v, %v; want %v", last, err, now.Add(-time.Second))
			}
			if due, _ := s.DueSources(ctx, *now); len(due) != 0 {
				t.Errorf("source due before its next check")
			}
			if due, _ := s.DueSources(ctx, now.Add(15*time.Minute)); len(due) != 1 {
				t.Errorf("source not due at its next check")
			}
			got, err := s.SourceState(ctx, "news")
			if err != nil || got.ETag != `"v1"` || got.Polls != 1 {
				t.Errorf("state = %+v, %v", got, err)
			}
			if due, _ := s.DueOutbox(ctx, tracker.ConsoleOnly, *now, 10); len(due) != 1 {
				t.Errorf("notice not enqueued with the state")
			}
			unseen, err := s.UnseenItems(ctx, "news", []string{"a", "b"})
			if err != nil || len(unseen) != 2 {
				t.Fatal(unseen, err)
			}
			if err := s.MarkItemsSeen(ctx, "news", []string{"a"}); err != nil {
				t.Fatal(err)
			}
			if unseen, _ := s.UnseenItems(ctx, "news", []string{"a", "b"}); !reflect.DeepEqual(unseen, []string{"b"}) {
				t.Errorf("unseen = %v, want [b]", unseen)
			}
		})
	}
}

func TestGapDirectionIsStoredAndUsed(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			c := catalog()
			c.Metrics[0].Gap = tracker.GapThreshold{MinAbs: 500, MinRatio: 1.5, Direction: tracker.GapUnder}
			rep, err := s.SyncCatalog(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rep.Updated, []string{"metric ve-prisoners-released"}; !reflect.DeepEqual(got, want) {
				t.Errorf("updated = %v, want %v (a new direction is a change)", got, want)
			}
			m, err := s.Metric(ctx, "ve-prisoners-released")
			if err != nil {
				t.Fatal(err)
			}
			if got, want := m.Gap.Direction, tracker.GapUnder; got != want {
				t.Errorf("direction = %q, want %q", got, want)
			}
			addFigure(t, s, tracker.Confirmed, "Foro Penal", 2750)
			addFigure(t, s, tracker.Claimed, "gobierno", 1020)
			st, err := s.Standing(ctx, "ve-prisoners-released", t0)
			if err != nil {
				t.Fatal(err)
			}
			if !st.Has(tracker.FlagGap) || st.GapSide != tracker.GapUnder || st.Gap == nil || *st.Gap != -1730 {
				t.Errorf("standing: flags %v, side %q, gap %v; want GAP under, -1730", st.Flags, st.GapSide, st.Gap)
			}
			c.Metrics[0].Gap.Direction = tracker.GapOver
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			if st, err = s.Standing(ctx, "ve-prisoners-released", t0); err != nil {
				t.Fatal(err)
			}
			if st.Has(tracker.FlagGap) {
				t.Errorf("direction over: flags %v, want no GAP", st.Flags)
			}
		})
	}
}

// TestOpenPostgresIsIdempotentAndHidesPassword: opening twice migrates
// once; three stores opening together on an empty database all succeed;
// a refused connection's error does not show the password.
func TestOpenPostgres(t *testing.T) {
	base := storagetest.RequirePostgres(t)
	dsn := storagetest.PostgresSchema(t)
	ctx := context.Background()
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			s, err := storage.Open(ctx, dsn)
			if err == nil {
				_, err = s.SyncCatalog(ctx, catalog())
				s.Close()
			}
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent open: %v", err)
		}
	}
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, want := s.Dialect(), storage.Postgres; got != want {
		t.Errorf("dialect = %q, want %q", got, want)
	}
	var n int
	if err := s.DB().QueryRow("SELECT COUNT(*) FROM sources").Scan(&n); err != nil || n != 1 {
		t.Errorf("sources = %d, %v; want 1", n, err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword("nobody", "hunter2-secret")
	u.Host = "127.0.0.1:1" // nothing listens there
	_, err = storage.Open(ctx, u.String())
	if err == nil {
		t.Fatal("open on a closed port succeeded")
	}
	if strings.Contains(err.Error(), "hunter2-secret") {
		t.Errorf("error shows the password: %v", err)
	}
}
