package tracker_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

var day = func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }

func fig(id int64, stance tracker.Stance, actor string, value int64, date int, opts ...func(*tracker.Figure)) tracker.Figure {
	f := tracker.Figure{
		ID: id, MetricID: "released", Value: value, Qualifier: tracker.Exact, Stance: stance, Actor: actor,
		AsOf: day(date), SeenAt: day(date).Add(time.Hour), Status: tracker.Approved,
		Evidence: tracker.Evidence{URL: "https://example.org/" + actor},
	}
	for _, o := range opts {
		o(&f)
	}
	return f
}

func withStatus(s tracker.Status) func(*tracker.Figure) {
	return func(f *tracker.Figure) { f.Status = s }
}
func withSeen(t time.Time) func(*tracker.Figure) { return func(f *tracker.Figure) { f.SeenAt = t } }
func noURL(f *tracker.Figure)                    { f.Evidence.URL = "" }

func TestComputeStanding(t *testing.T) {
	metric := tracker.Metric{ID: "released", Name: "Released", Cumulative: true,
		Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 1.5}, StaleAfter: 72 * time.Hour}
	now := day(10)
	i64 := func(n int64) *int64 { return &n }
	f64 := func(x float64) *float64 { return &x }
	tests := []struct {
		name          string
		metric        tracker.Metric
		figs          []tracker.Figure
		wantConfirmed int64 // figure id, 0 for none
		wantClaimed   int64
		wantGap       *int64
		wantRatio     *float64
		wantFlags     []tracker.Flag
	}{
		{name: "empty", metric: metric},
		{
			name:   "foro penal 56 vs government 400",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9),
				fig(2, tracker.Claimed, "Government", 400, 9),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(344), wantRatio: f64(400.0 / 56), wantFlags: []tracker.Flag{tracker.FlagGap},
		},
		{
			name:   "only approved figures count",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9),
				fig(2, tracker.Confirmed, "Foro Penal", 70, 9, withStatus(tracker.Pending)),
				fig(3, tracker.Claimed, "Government", 400, 9, withStatus(tracker.Rejected)),
				fig(4, tracker.Claimed, "Government", 90, 8),
				fig(5, tracker.Claimed, "Government", 500, 9, withStatus(tracker.Superseded)),
				fig(6, tracker.Claimed, "Government", 600, 9, withStatus(tracker.Retracted)),
			},
			wantConfirmed: 1, wantClaimed: 4, wantGap: i64(34), wantRatio: f64(90.0 / 56),
			wantFlags: []tracker.Flag{tracker.FlagGap}, // ratio 1.6 ≥ 1.5
		},
		{
			name:   "below both thresholds",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 100, 9),
				fig(2, tracker.Claimed, "Government", 140, 9),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(40), wantRatio: f64(1.4),
		},
		{
			name:   "gap exactly at min_abs flags",
			metric: tracker.Metric{ID: "released", Gap: tracker.GapThreshold{MinAbs: 50}},
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 1000, 9),
				fig(2, tracker.Claimed, "Government", 1050, 9),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(50), wantRatio: f64(1.05), wantFlags: []tracker.Flag{tracker.FlagGap},
		},
		{
			name:   "confirmed zero has no ratio but still a gap",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 0, 9),
				fig(2, tracker.Claimed, "Government", 400, 9),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(400), wantFlags: []tracker.Flag{tracker.FlagGap},
		},
		{
			name:   "negative gap is flagged by default (direction both)",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 400, 9),
				fig(2, tracker.Claimed, "Government", 56, 9),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(-344), wantRatio: f64(56.0 / 400), wantFlags: []tracker.Flag{tracker.FlagGap},
		},
		{
			name: "negative gap is not flagged with direction over",
			metric: func() tracker.Metric {
				m := metric
				m.Gap.Direction = tracker.GapOver
				return m
			}(),
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 400, 9),
				fig(2, tracker.Claimed, "Government", 56, 9),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(-344), wantRatio: f64(56.0 / 400),
		},
		{
			name:   "latest by date then by seen time",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9, withSeen(day(9).Add(5*time.Hour))),
				fig(2, tracker.Confirmed, "Foro Penal", 60, 9, withSeen(day(9).Add(6*time.Hour))),
				fig(3, tracker.Confirmed, "Foro Penal", 50, 8, withSeen(day(9).Add(9*time.Hour))), // seen later, refers to an earlier day
			},
			wantConfirmed: 2,
			wantFlags:     nil, // 50 → 56 → 60 by date: no drop
		},
		{
			name:          "stale confirmed figure",
			metric:        metric,
			figs:          []tracker.Figure{fig(1, tracker.Confirmed, "Foro Penal", 56, 6)},
			wantConfirmed: 1, wantFlags: []tracker.Flag{tracker.FlagStale},
		},
		{
			name:          "exactly stale_after old is not stale",
			metric:        metric,
			figs:          []tracker.Figure{fig(1, tracker.Confirmed, "Foro Penal", 56, 7)},
			wantConfirmed: 1,
		},
		{
			name:   "drop in a cumulative count",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 60, 8),
				fig(2, tracker.Confirmed, "Foro Penal", 56, 9),
			},
			wantConfirmed: 2, wantFlags: []tracker.Flag{tracker.FlagDrop},
		},
		{
			name:   "no drop for a non-cumulative metric",
			metric: tracker.Metric{ID: "released"},
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 60, 8),
				fig(2, tracker.Confirmed, "Foro Penal", 56, 9),
			},
			wantConfirmed: 2,
		},
		{
			name:   "a lower figure from another actor is not a drop",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Claimed, "Government", 400, 8),
				fig(2, tracker.Claimed, "Minister", 300, 9),
			},
			wantClaimed: 2,
		},
		{
			name:   "confirmers disagree",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9),
				fig(2, tracker.Confirmed, "Justicia, Encuentro y Perdón", 61, 8),
			},
			wantConfirmed: 1, wantFlags: []tracker.Flag{tracker.FlagConflict},
		},
		{
			name:   "confirmers agree",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9),
				fig(2, tracker.Confirmed, "Justicia, Encuentro y Perdón", 56, 8),
			},
			wantConfirmed: 1,
		},
		{
			name:   "unsourced claim",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9),
				fig(2, tracker.Claimed, "Government", 60, 9, noURL),
			},
			wantConfirmed: 1, wantClaimed: 2, wantGap: i64(4), wantRatio: f64(60.0 / 56), wantFlags: []tracker.Flag{tracker.FlagUnsourced},
		},
		{
			name:   "all flags in order",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 60, 2),
				fig(2, tracker.Confirmed, "Foro Penal", 56, 3, noURL),
				fig(3, tracker.Confirmed, "Other NGO", 58, 1),
				fig(4, tracker.Claimed, "Government", 400, 9),
			},
			wantConfirmed: 2, wantClaimed: 4, wantGap: i64(344), wantRatio: f64(400.0 / 56),
			wantFlags: []tracker.Flag{tracker.FlagGap, tracker.FlagStale, tracker.FlagDrop, tracker.FlagConflict, tracker.FlagUnsourced},
		},
		{
			name:   "other metrics are ignored",
			metric: metric,
			figs: []tracker.Figure{
				fig(1, tracker.Confirmed, "Foro Penal", 56, 9),
				func() tracker.Figure {
					f := fig(2, tracker.Claimed, "Government", 400, 9)
					f.MetricID = "other"
					return f
				}(),
			},
			wantConfirmed: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := tracker.ComputeStanding(tt.metric, tt.figs, now)
			if got := figID(st.Confirmed); got != tt.wantConfirmed {
				t.Errorf("confirmed = figure %d, want %d", got, tt.wantConfirmed)
			}
			if got := figID(st.Claimed); got != tt.wantClaimed {
				t.Errorf("claimed = figure %d, want %d", got, tt.wantClaimed)
			}
			if !reflect.DeepEqual(st.Gap, tt.wantGap) {
				t.Errorf("gap = %v, want %v", deref(st.Gap), deref(tt.wantGap))
			}
			if (st.Ratio == nil) != (tt.wantRatio == nil) || (st.Ratio != nil && abs(*st.Ratio-*tt.wantRatio) > 1e-9) {
				t.Errorf("ratio = %v, want %v", deref(st.Ratio), deref(tt.wantRatio))
			}
			if !reflect.DeepEqual(st.Flags, tt.wantFlags) {
				t.Errorf("flags = %v, want %v", st.Flags, tt.wantFlags)
			}
		})
	}
}

func TestFlagChanges(t *testing.T) {
	tests := []struct {
		before, after         []tracker.Flag
		wantRaised, wantClear []tracker.Flag
	}{
		{nil, nil, nil, nil},
		{nil, []tracker.Flag{tracker.FlagGap}, []tracker.Flag{tracker.FlagGap}, nil},
		{[]tracker.Flag{tracker.FlagGap, tracker.FlagStale}, []tracker.Flag{tracker.FlagStale, tracker.FlagDrop},
			[]tracker.Flag{tracker.FlagDrop}, []tracker.Flag{tracker.FlagGap}},
	}
	for _, tt := range tests {
		raised, cleared := tracker.FlagChanges(tt.before, tt.after)
		if !reflect.DeepEqual(raised, tt.wantRaised) || !reflect.DeepEqual(cleared, tt.wantClear) {
			t.Errorf("FlagChanges(%v, %v) = %v, %v; want %v, %v", tt.before, tt.after, raised, cleared, tt.wantRaised, tt.wantClear)
		}
	}
}

func figID(f *tracker.Figure) int64 {
	if f == nil {
		return 0
	}
	return f.ID
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestGapDirection(t *testing.T) {
	th := func(dir tracker.GapDirection) tracker.GapThreshold {
		return tracker.GapThreshold{MinAbs: 500, MinRatio: 1.5, Direction: dir}
	}
	tests := []struct {
		name               string
		gap                tracker.GapThreshold
		confirmed, claimed int64
		want               tracker.GapDirection
	}{
		{"under, claim far lower", th(tracker.GapUnder), 2750, 1020, tracker.GapUnder},
		{"both, claim far lower", th(tracker.GapBoth), 2750, 1020, tracker.GapUnder},
		{"unset direction is both", th(""), 2750, 1020, tracker.GapUnder},
		{"over ignores a lower claim", th(tracker.GapOver), 2750, 1020, ""},
		{"over, claim far higher", th(tracker.GapOver), 56, 400, tracker.GapOver},
		{"under ignores a higher claim", th(tracker.GapUnder), 56, 400, ""},
		{"both, claim far higher", th(tracker.GapBoth), 56, 400, tracker.GapOver},
		{"equal figures", th(tracker.GapBoth), 100, 100, ""},
		{"under by ratio only", tracker.GapThreshold{MinRatio: 2, Direction: tracker.GapUnder}, 300, 150, tracker.GapUnder},
		{"under just below ratio", tracker.GapThreshold{MinRatio: 2, Direction: tracker.GapUnder}, 300, 151, ""},
		{"under by min_abs only", tracker.GapThreshold{MinAbs: 10, Direction: tracker.GapUnder}, 110, 100, tracker.GapUnder},
		{"under just below min_abs", tracker.GapThreshold{MinAbs: 10, Direction: tracker.GapUnder}, 109, 100, ""},
		{"claim of zero against a confirmed count", tracker.GapThreshold{MinRatio: 3}, 12, 0, tracker.GapUnder},
		{"no thresholds never flag", tracker.GapThreshold{}, 12, 4000, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tracker.GapSideOf(tt.gap, tt.confirmed, tt.claimed); got != tt.want {
				t.Errorf("GapSideOf(%+v, %d, %d) = %q, want %q", tt.gap, tt.confirmed, tt.claimed, got, tt.want)
			}
		})
	}
}

func TestComputeStandingUnderstatedClaim(t *testing.T) {
	m := tracker.Metric{ID: "released", Name: "Deaths", Gap: tracker.GapThreshold{MinAbs: 500, MinRatio: 1.5, Direction: tracker.GapUnder}}
	figs := []tracker.Figure{
		fig(1, tracker.Confirmed, "UN office", 2750, 9),
		fig(2, tracker.Claimed, "Government", 1020, 9),
	}
	st := tracker.ComputeStanding(m, figs, day(10))
	if got, want := deref(st.Gap), any(int64(-1730)); got != want {
		t.Errorf("gap = %v, want %v", got, want)
	}
	if got, want := st.Flags, []tracker.Flag{tracker.FlagGap}; !reflect.DeepEqual(got, want) {
		t.Errorf("flags = %v, want %v", got, want)
	}
	if got, want := st.GapSide, tracker.GapUnder; got != want {
		t.Errorf("gap side = %q, want %q", got, want)
	}
	m.Gap.Direction = tracker.GapOver
	st = tracker.ComputeStanding(m, figs, day(10))
	if st.Has(tracker.FlagGap) || st.GapSide != "" {
		t.Errorf("direction over: flags %v, side %q; want no GAP", st.Flags, st.GapSide)
	}
}

func TestParseGapDirection(t *testing.T) {
	for _, tt := range []struct {
		in      string
		want    tracker.GapDirection
		wantErr bool
	}{
		{"", tracker.GapBoth, false}, {"over", tracker.GapOver, false}, {" Under ", tracker.GapUnder, false},
		{"both", tracker.GapBoth, false}, {"above", "", true},
	} {
		got, err := tracker.ParseGapDirection(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseGapDirection(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	bad := tracker.Metric{ID: "m", Name: "M", Gap: tracker.GapThreshold{Direction: "sideways"}}
	if err := bad.Validate(); tracker.ErrorCode(err) != tracker.Invalid {
		t.Errorf("Validate with direction sideways = %v, want an invalid error", err)
	}
}
