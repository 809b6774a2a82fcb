package report

import (
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// The timeline is the chart's pure model: these tests draw nothing.

func TestStandingSteps(t *testing.T) {
	f := func(id int64, date string, v int64, seenHour int) tracker.Figure {
		return tracker.Figure{ID: id, Value: v, AsOf: day(date), SeenAt: day(date).Add(time.Duration(seenHour) * time.Hour)}
	}
	now := day("2026-02-01")
	tests := []struct {
		name  string
		figs  []tracker.Figure // oldest first
		since time.Time
		want  []stepPoint
	}{
		{"none", nil, time.Time{}, nil},
		{"one extended to now", []tracker.Figure{f(1, "2026-01-10", 5, 1)},
			time.Time{}, []stepPoint{{day("2026-01-10"), 5}, {now, 5}}},
		{"same date: the one seen last wins", []tracker.Figure{f(1, "2026-01-10", 5, 1), f(2, "2026-01-10", 7, 2)},
			time.Time{}, []stepPoint{{day("2026-01-10"), 7}, {now, 7}}},
		{"unchanged value adds no step", []tracker.Figure{f(1, "2026-01-10", 5, 1), f(2, "2026-01-12", 5, 1), f(3, "2026-01-14", 9, 1)},
			time.Time{}, []stepPoint{{day("2026-01-10"), 5}, {day("2026-01-14"), 9}, {now, 9}}},
		{"a fall is kept", []tracker.Figure{f(1, "2026-01-10", 50, 1), f(2, "2026-01-12", 40, 1)},
			time.Time{}, []stepPoint{{day("2026-01-10"), 50}, {day("2026-01-12"), 40}, {now, 40}}},
		{"since carries the value in", []tracker.Figure{f(1, "2026-01-05", 3, 1), f(2, "2026-01-08", 4, 1), f(3, "2026-01-15", 9, 1)},
			day("2026-01-10"), []stepPoint{{day("2026-01-10"), 4}, {day("2026-01-15"), 9}, {now, 9}}},
		{"only older than since", []tracker.Figure{f(1, "2026-01-05", 3, 1)},
			day("2026-01-10"), []stepPoint{{day("2026-01-10"), 3}, {now, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := standingSteps(tt.figs, tt.since, now)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if !got[i].at.Equal(tt.want[i].at) || got[i].value != tt.want[i].value {
					t.Errorf("point %d = %v %d, want %v %d", i, got[i].at, got[i].value, tt.want[i].at, tt.want[i].value)
				}
			}
		})
	}
}

// The chart's lines end where the standing is: the last step of each
// stance is the value tracker.ComputeStanding picks.
func TestChartStepsAgreeWithStanding(t *testing.T) {
	m, figs, cs := releasesFixture()
	now := day("2026-01-20")
	tl := buildTimeline(m, figs, cs, ChartOptions{Now: now})
	st := tracker.ComputeStanding(m, figs, now)
	for stance, want := range map[tracker.Stance]*tracker.Figure{tracker.Confirmed: st.Confirmed, tracker.Claimed: st.Claimed} {
		pts := tl.steps[stance]
		if got := pts[len(pts)-1]; got.value != want.Value || !got.at.Equal(now) {
			t.Errorf("%s line ends at %v %d, want %v %d", stance, got.at, got.value, now, want.Value)
		}
	}
	if got, want := strings.Join(tl.actors[tracker.Confirmed], ", "), "Foro Penal, Justicia y Proceso"; got != want {
		t.Errorf("confirmed actors = %q, want %q", got, want)
	}
	if got, want := len(tl.corrected), 1; got != want {
		t.Fatalf("corrected marks = %d, want %d", got, want)
	}
	if r := tl.corrected[0].replacement; r == nil || r.ID != 4 {
		t.Errorf("replacement of figure 3 = %v, want figure 4", r)
	}
	if got, want := len(tl.retracted), 1; got != want {
		t.Errorf("retracted marks = %d, want %d", got, want)
	}
	if got, want := len(tl.approved), 6; got != want {
		t.Errorf("approved marks = %d, want %d (pending and rejected figures are not drawn)", got, want)
	}
}

func TestTimelineSinceAndEmpty(t *testing.T) {
	m, figs, cs := releasesFixture()
	now := day("2026-01-20")
	all := buildTimeline(m, figs, cs, ChartOptions{Now: now})
	recent := buildTimeline(m, figs, cs, ChartOptions{Now: now, Since: day("2026-01-15")})
	if !all.end.Equal(now) || !recent.end.Equal(now) {
		t.Errorf("ends = %v, %v; want %v", all.end, recent.end, now)
	}
	if len(recent.approved) >= len(all.approved) {
		t.Errorf("approved marks since 2026-01-15 = %d, all = %d; want fewer in the shorter view", len(recent.approved), len(all.approved))
	}
	for _, mk := range recent.approved {
		if mk.fig.Date().Before(day("2026-01-15")) {
			t.Errorf("figure %d of %v shown before since", mk.fig.ID, mk.fig.Date())
		}
	}
	if all.maxValue <= 0 || all.empty() {
		t.Errorf("maxValue = %d, empty = %v; want a positive maximum and a timeline", all.maxValue, all.empty())
	}
	if none := buildTimeline(m, nil, nil, ChartOptions{Now: now}); !none.empty() {
		t.Error("a timeline without figures is not empty")
	}
}
