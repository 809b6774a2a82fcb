package report

import (
	"math"
	"time"

	"gonum.org/v1/plot"

	"github.com/gapwatch/gapwatch/tracker"
)

// separators.
type valueTicker struct{}

// step returns a round step that splits [0, top] into about five parts.
func (valueTicker) step(top float64) float64 {
	if top <= 5 {
		return 1
	}
	raw := top / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, f := range []float64{1, 2, 2.5, 5, 10} {
		if s := f * mag; s >= raw {
			return math.Max(1, s)
		}
	}
	return 10 * mag
}

// top returns the first tick at or above v.
func (t valueTicker) top(v float64) float64 {
	if v <= 0 {
		v = 1
	}
	s := t.step(v)
	return math.Ceil(v/s) * s
}

// Ticks implements plot.Ticker.
func (t valueTicker) Ticks(lo, hi float64) []plot.Tick {
	s := t.step(hi)
	var out []plot.Tick
	for v := math.Ceil(lo/s) * s; v <= hi+s/1e6; v += s {
		out = append(out, plot.Tick{Value: v, Label: tracker.FormatInt(int64(math.Round(v)))})
	}
	return out
}

// dateTicker marks the time axis at whole days, weeks, months or years,
// labelled "Jan 8"; the year is added where it changes when the axis spans
// more than one year.
type dateTicker struct{ maxTicks int }

type dateStep struct {
	days, months, years int
}

var dateSteps = []dateStep{
	{days: 1}, {days: 2}, {days: 7}, {days: 14},
	{months: 1}, {months: 2}, {months: 3}, {months: 6},
	{years: 1}, {years: 2}, {years: 5}, {years: 10}, {years: 25}, {years: 50}, {years: 100},
}

func (s dateStep) approx() time.Duration {
	return time.Duration(s.days)*24*time.Hour + time.Duration(s.months)*30*24*time.Hour + time.Duration(s.years)*365*24*time.Hour
}

// Ticks implements plot.Ticker.
func (t dateTicker) Ticks(lo, hi float64) []plot.Tick {
	from, to := time.Unix(int64(math.Ceil(lo)), 0).UTC(), time.Unix(int64(math.Floor(hi)), 0).UTC()
	if !to.After(from) {
		return nil
	}
	limit := max(t.maxTicks, 2)
	step := dateSteps[len(dateSteps)-1]
	for _, s := range dateSteps {
		if int(to.Sub(from)/s.approx()) < limit {
			step = s
			break
		}
	}
	var times []time.Time
	switch {
	case step.days > 0:
		d := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		if d.Before(from) {
			d = d.AddDate(0, 0, 1)
		}
		for step.days == 7 && d.Weekday() != time.Monday {
			d = d.AddDate(0, 0, 1)
		}
		for step.days != 7 && step.days > 1 && (d.Unix()/86400)%int64(step.days) != 0 {
			d = d.AddDate(0, 0, 1)
		}
		for ; !d.After(to); d = d.AddDate(0, 0, step.days) {
			times = append(times, d)
		}
	case step.months > 0:
		d := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
		if d.Before(from) {
			d = d.AddDate(0, 1, 0)
		}
		for (int(d.Month())-1)%step.months != 0 {
			d = d.AddDate(0, 1, 0)
		}
		for ; !d.After(to); d = d.AddDate(0, step.months, 0) {
			times = append(times, d)
		}
	default:
		y := from.Year()
		if time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Before(from) {
			y++
		}
		for y%step.years != 0 {
			y++
		}
		for ; !time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).After(to); y += step.years {
			times = append(times, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		}
	}
	crossesYears := from.Year() != to.Year()
	out := make([]plot.Tick, 0, len(times))
	for i, d := range times {
		out = append(out, plot.Tick{Value: unix(d), Label: dateLabel(d, step, crossesYears && (i == 0 || d.Year() != times[i-1].Year()))})
	}
	return out
}

func dateLabel(d time.Time, step dateStep, withYear bool) string {
	switch {
	case step.years > 0:
		return d.Format("2006")
	case step.months > 0 && withYear:
		return d.Format("Jan 2006")
	case step.months > 0:
		return d.Format("Jan")
	case withYear:
		return d.Format("Jan 2, 2006")
	}
	return d.Format("Jan 2")
}
