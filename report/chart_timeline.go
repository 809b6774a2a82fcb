package report

import (
	"sort"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// The pure model of a chart: what it shows, in data coordinates, with no
// drawing. Drawing is in chart_draw.go, the axes' ticks in chart_ticks.go.

// stepPoint is where a standing value starts to hold.
type stepPoint struct {
	at    time.Time
	value int64
}

// chartMark is one figure drawn as a marker.
type chartMark struct {
	fig         tracker.Figure
	replacement *tracker.Figure // for a superseded figure, what replaced it
}

// timeline is everything a chart shows, in data coordinates.
type timeline struct {
	start, end time.Time
	steps      map[tracker.Stance][]stepPoint // each ends with a point at end
	actors     map[tracker.Stance][]string
	approved   []chartMark
	corrected  []chartMark // superseded figures
	retracted  []chartMark
	standing   tracker.Standing
	maxValue   int64
}

func (t timeline) empty() bool {
	return len(t.steps[tracker.Confirmed])+len(t.steps[tracker.Claimed]) == 0
}

func buildTimeline(m tracker.Metric, figs []tracker.Figure, corrections []tracker.Correction, opts ChartOptions) timeline {
	tl := timeline{steps: map[tracker.Stance][]stepPoint{}, actors: map[tracker.Stance][]string{}}
	now := opts.Now
	if now.IsZero() {
		for _, f := range figs {
			if f.Date().After(now) {
				now = f.Date()
			}
		}
	}
	byID := map[int64]tracker.Figure{}
	for _, f := range figs {
		byID[f.ID] = f
		if f.Status == tracker.Approved && f.Date().After(now) {
			now = f.Date() // a figure dated ahead of the clock still shows
		}
	}
	tl.end = now
	tl.standing = tracker.ComputeStanding(m, figs, now)

	replacedBy := map[int64]int64{}
	for _, c := range corrections {
		if c.Action == tracker.ActionCorrect && c.NewFigureID != 0 {
			replacedBy[c.FigureID] = c.NewFigureID
		}
	}
	visible := func(f tracker.Figure) bool { return opts.Since.IsZero() || !f.Date().Before(opts.Since) }

	for _, stance := range []tracker.Stance{tracker.Confirmed, tracker.Claimed} {
		var approved []tracker.Figure
		for _, f := range figs {
			if f.Stance == stance && f.Status == tracker.Approved {
				approved = append(approved, f)
			}
		}
		sort.Slice(approved, func(i, j int) bool { return approved[j].Newer(approved[i]) })
		tl.steps[stance] = standingSteps(approved, opts.Since, now)
		// The legend names the actors whose figures the line shows: those
		// in view, newest first, and the one whose value is carried in.
		seen := map[string]bool{}
		carried := false
		for i := len(approved) - 1; i >= 0; i-- {
			f := approved[i]
			if !visible(f) {
				if carried {
					continue
				}
				carried = true
			}
			if k := tracker.FoldName(f.Actor); !seen[k] {
				seen[k] = true
				tl.actors[stance] = append(tl.actors[stance], f.Actor)
			}
		}
	}

	for _, f := range figs {
		if !visible(f) || f.Date().After(now) {
			continue
		}
		switch f.Status {
		case tracker.Approved:
			tl.approved = append(tl.approved, chartMark{fig: f})
		case tracker.Superseded:
			mk := chartMark{fig: f}
			id := f.SupersededBy
			if id == 0 {
				id = replacedBy[f.ID]
			}
			if r, ok := byID[id]; ok && id != 0 {
				mk.replacement = &r
			}
			tl.corrected = append(tl.corrected, mk)
		case tracker.Retracted:
			tl.retracted = append(tl.retracted, chartMark{fig: f})
		}
	}

	tl.start = now
	for _, pts := range tl.steps {
		if len(pts) > 0 && pts[0].at.Before(tl.start) {
			tl.start = pts[0].at
		}
	}
	for _, group := range [][]chartMark{tl.approved, tl.corrected, tl.retracted} {
		for _, mk := range group {
			if mk.fig.Date().Before(tl.start) {
				tl.start = mk.fig.Date()
			}
			tl.maxValue = max(tl.maxValue, mk.fig.Value, mk.fig.ValueHigh)
		}
	}
	for _, pts := range tl.steps {
		for _, p := range pts {
			tl.maxValue = max(tl.maxValue, p.value)
		}
	}
	return tl
}

// standingSteps returns the standing value of one stance over time from
// its approved figures sorted oldest first: at each figure's date the value
// of the newest figure dated on or before it. Figures before since only set
// the value carried in at since. The last point repeats the final value at
// now so the line reaches the present.
func standingSteps(oldestFirst []tracker.Figure, since, now time.Time) []stepPoint {
	var pts []stepPoint
	var carried *tracker.Figure
	for i := 0; i < len(oldestFirst); i++ {
		f := oldestFirst[i]
		// The newest figure of a date is the last of its run.
		if i+1 < len(oldestFirst) && oldestFirst[i+1].Date().Equal(f.Date()) {
			continue
		}
		if !since.IsZero() && f.Date().Before(since) {
			carried = &oldestFirst[i]
			continue
		}
		if carried != nil && len(pts) == 0 {
			pts = append(pts, stepPoint{at: since, value: carried.Value})
		}
		if n := len(pts); n > 0 && pts[n-1].value == f.Value {
			continue // no change: the line goes on
		}
		pts = append(pts, stepPoint{at: f.Date(), value: f.Value})
	}
	if len(pts) == 0 && carried != nil {
		pts = append(pts, stepPoint{at: since, value: carried.Value})
	}
	if n := len(pts); n > 0 && now.After(pts[n-1].at) {
		pts = append(pts, stepPoint{at: now, value: pts[n-1].value})
	}
	return pts
}

// valueAt returns the step function's value at t (t within its span).
func valueAt(pts []stepPoint, t time.Time) int64 {
	v := pts[0].value
	for _, p := range pts {
		if p.at.After(t) {
			break
		}
		v = p.value
	}
	return v
}
