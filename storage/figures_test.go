package storage_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// seedFigures stores four figures over three days: a confirmed and a
// claimed one on day 0 (the claim by source news, pending), a confirmed
// one on day 1 and a claimed one on day 2. It returns them in that order.
func seedFigures(t *testing.T, s *storage.Store) []tracker.Figure {
	t.Helper()
	ctx := context.Background()
	day := t0.Truncate(24 * time.Hour)
	var out []tracker.Figure
	for i, f := range []tracker.Figure{
		{Value: 56, Stance: tracker.Confirmed, Actor: "Foro Penal", AsOf: day},
		{Value: 400, Stance: tracker.Claimed, Actor: "Government of Venezuela", AsOf: day, SourceID: "news", Status: tracker.Pending, Origin: tracker.OriginProse},
		{Value: 60, Stance: tracker.Confirmed, Actor: "Foro Penal", AsOf: day.AddDate(0, 0, 1)},
		{Value: 450, Stance: tracker.Claimed, Actor: "Government of Venezuela", AsOf: day.AddDate(0, 0, 2)},
	} {
		f.MetricID, f.CreatedBy, f.Qualifier, f.SeenAt = "ve-prisoners-released", "tester", tracker.Exact, t0
		if f.Origin == "" {
			f.Origin = tracker.OriginManual
		}
		if f.Status == "" {
			f.Status = tracker.Approved
		}
		f.Evidence = tracker.Evidence{URL: "https://example.org/" + string(rune('a'+i)), Quote: "quoted"}
		stored, _, err := s.RecordFigure(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, stored)
	}
	return out
}

func TestFiguresFilter(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			s, _ := openStore(t)
			figs := seedFigures(t, s)
			day := t0.Truncate(24 * time.Hour)
			ids := func(is ...int) []int64 {
				var out []int64
				for _, i := range is {
					out = append(out, figs[i].ID)
				}
				return out
			}
			tests := []struct {
				name   string
				filter tracker.FigureFilter
				want   []int64
			}{
				{"all, newest first", tracker.FigureFilter{}, ids(3, 2, 1, 0)},
				{"oldest first", tracker.FigureFilter{Oldest: true}, ids(0, 1, 2, 3)},
				{"by metric", tracker.FigureFilter{MetricID: "ve-prisoners-released"}, ids(3, 2, 1, 0)},
				{"unknown metric", tracker.FigureFilter{MetricID: "nope"}, nil},
				{"by status", tracker.FigureFilter{Status: tracker.Pending}, ids(1)},
				{"by stance", tracker.FigureFilter{Stance: tracker.Confirmed}, ids(2, 0)},
				{"by actor", tracker.FigureFilter{Actor: "Government of Venezuela"}, ids(3, 1)},
				{"by source", tracker.FigureFilter{SourceID: "news"}, ids(1)},
				{"since a day", tracker.FigureFilter{Since: day.AddDate(0, 0, 1)}, ids(3, 2)},
				{"before a day", tracker.FigureFilter{Before: day.AddDate(0, 0, 1)}, ids(1, 0)},
				{"a day's window", tracker.FigureFilter{Since: day.AddDate(0, 0, 1), Before: day.AddDate(0, 0, 2)}, ids(2)},
				{"limit", tracker.FigureFilter{Limit: 2}, ids(3, 2)},
				{"limit and offset", tracker.FigureFilter{Limit: 2, Offset: 1}, ids(2, 1)},
				{"offset past the end", tracker.FigureFilter{Limit: 2, Offset: 4}, nil},
				{"several conditions", tracker.FigureFilter{Stance: tracker.Claimed, Status: tracker.Approved, Oldest: true}, ids(3)},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					got, err := s.Figures(context.Background(), tt.filter)
					if err != nil {
						t.Fatal(err)
					}
					var gotIDs []int64
					for _, f := range got {
						gotIDs = append(gotIDs, f.ID)
					}
					if !reflect.DeepEqual(gotIDs, tt.want) {
						t.Errorf("figures = %v, want %v", gotIDs, tt.want)
					}
				})
			}
		})
	}
}

func TestCountFigures(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			figs := seedFigures(t, s)
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: figs[0].ID, Action: tracker.ActionCorrect, Value: 57, Reason: "typo", By: "ana"}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: figs[3].ID, Action: tracker.ActionRetract, Reason: "withdrawn", By: "ana"}); err != nil {
				t.Fatal(err)
			}
			want := map[tracker.Status]int{tracker.Pending: 1, tracker.Approved: 2, tracker.Superseded: 1, tracker.Retracted: 1}
			got, err := s.CountFigures(ctx)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("CountFigures = %v, %v; want %v", got, err, want)
			}
			if n, err := s.PendingCount(ctx); err != nil || n != 1 {
				t.Errorf("PendingCount = %d, %v; want 1", n, err)
			}
			tests := []struct {
				name   string
				metric string
				upTo   int
				want   map[tracker.Status]int
			}{
				{"no bound", "ve-prisoners-released", 0, want},
				{"within the bound", "ve-prisoners-released", 5, want},
				{"over the bound", "ve-prisoners-released", 4, nil},
				{"a metric without figures", "nope", 10, map[tracker.Status]int{}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					got, err := s.CountMetricFigures(ctx, tt.metric, tt.upTo)
					if err != nil || !reflect.DeepEqual(got, tt.want) {
						t.Errorf("CountMetricFigures(%q, %d) = %v, %v; want %v", tt.metric, tt.upTo, got, err, tt.want)
					}
				})
			}
		})
	}
}

func TestCorrectionsStream(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			if id, err := s.LastCorrectionID(ctx); err != nil || id != 0 {
				t.Errorf("LastCorrectionID of an empty store = %d, %v; want 0", id, err)
			}
			figs := seedFigures(t, s) // four adds
			if _, err := s.ApplyChange(ctx, tracker.Change{FigureID: figs[1].ID, Action: tracker.ActionApprove, By: "ana"}); err != nil {
				t.Fatal(err)
			}
			last, err := s.LastCorrectionID(ctx)
			if err != nil {
				t.Fatal(err)
			}
			all, err := s.CorrectionsAfter(ctx, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != 5 || all[4].ID != last || all[4].Action != tracker.ActionApprove || all[4].FigureID != figs[1].ID ||
				all[4].OldStatus != tracker.Pending || all[4].NewStatus != tracker.Approved || all[4].By != "ana" || !all[4].At.Equal(t0) {
				t.Fatalf("corrections = %+v, want 4 adds then ana's approval of figure %d", all, figs[1].ID)
			}
			corrIDs := func(cs []tracker.Correction) []int64 {
				var out []int64
				for _, c := range cs {
					out = append(out, c.ID)
				}
				return out
			}
			tests := []struct {
				name string
				get  func() ([]tracker.Correction, error)
				want []int64
			}{
				{"after the second, two", func() ([]tracker.Correction, error) { return s.CorrectionsAfter(ctx, all[1].ID, 2) }, corrIDs(all[2:4])},
				{"after the last", func() ([]tracker.Correction, error) { return s.CorrectionsAfter(ctx, last, 10) }, nil},
				{"the metric's, newest first", func() ([]tracker.Correction, error) { return s.MetricCorrections(ctx, "ve-prisoners-released", 0) },
					corrIDs([]tracker.Correction{all[4], all[3], all[2], all[1], all[0]})},
				{"the metric's newest two", func() ([]tracker.Correction, error) { return s.MetricCorrections(ctx, "ve-prisoners-released", 2) },
					corrIDs([]tracker.Correction{all[4], all[3]})},
				{"another metric's", func() ([]tracker.Correction, error) { return s.MetricCorrections(ctx, "nope", 0) }, nil},
				{"a page", func() ([]tracker.Correction, error) {
					return s.MetricCorrectionsPage(ctx, "ve-prisoners-released", 2, 2)
				},
					corrIDs([]tracker.Correction{all[2], all[1]})},
				{"a page with a bad limit and offset", func() ([]tracker.Correction, error) {
					return s.MetricCorrectionsPage(ctx, "ve-prisoners-released", 0, -3)
				}, corrIDs(all[4:5])},
			}
			// a small metric's corrections are found from its figures, a
			// big one's by reading the log backwards: the same answers
			for _, sparse := range []int{20_000, 0} {
				restore := storage.SetSparseMetric(sparse)
				for _, tt := range tests {
					t.Run(fmt.Sprintf("%s (sparse up to %d)", tt.name, sparse), func(t *testing.T) {
						got, err := tt.get()
						if err != nil {
							t.Fatal(err)
						}
						if gotIDs := corrIDs(got); !reflect.DeepEqual(gotIDs, tt.want) {
							t.Errorf("corrections = %v, want %v", gotIDs, tt.want)
						}
					})
				}
				restore()
			}
		})
	}
}
