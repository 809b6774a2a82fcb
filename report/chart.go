package report

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"time"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/gapwatch/gapwatch/tracker"
)

// The default size of a chart: a Discord embed image shows 2:1 pictures
// without cropping.
const (
	DefaultChartWidth  = 1200
	DefaultChartHeight = 600
	// MaxChartSide bounds either side of a chart so that a bad request
	// cannot allocate an enormous image.
	MaxChartSide = 4096
	minChartSide = 200
)

// ChartOptions tunes Chart.
type ChartOptions struct {
	// Width and Height are the size of the PNG in pixels; zero means
	// DefaultChartWidth × DefaultChartHeight.
	Width, Height int
	// Since starts the timeline at this date; the standing values in force
	// then are carried in from earlier figures. Zero shows everything.
	Since time.Time
	// Now is where the step lines end. Zero means the date of the newest
	// figure.
	Now time.Time
}

// Chart draws the timeline of metric m as a PNG: the confirmed and claimed
// standing values as two step lines extended to opts.Now (the value of the
// latest approved figure of each stance at each date, by the same rule as
// tracker.ComputeStanding), the gap between them shaded, a marker for every
// approved figure, hollow markers for superseded figures and crosses for
// retracted ones with a dashed connector from a corrected value to its
// replacement, date ticks, a y axis labelled with the unit and a legend
// naming the actors of each stance. The picture uses Discord's dark theme.
//
// figures are the metric's figures of any status (figures of other metrics
// are ignored); corrections may be nil and only help to find replacements.
// Without approved figures the PNG says so. It returns an error when the
// size is out of range or the image cannot be encoded.
func Chart(m tracker.Metric, figures []tracker.Figure, corrections []tracker.Correction, opts ChartOptions) ([]byte, error) {
	w, h := opts.Width, opts.Height
	if w == 0 && h == 0 {
		w, h = DefaultChartWidth, DefaultChartHeight
	}
	if w < minChartSide || h < minChartSide || w > MaxChartSide || h > MaxChartSide {
		return nil, fmt.Errorf("report: chart %s: size %d×%d is out of range (each side %d to %d pixels)",
			m.ID, w, h, minChartSide, MaxChartSide)
	}
	m = m.WithDefaults()
	var own []tracker.Figure
	for _, f := range figures {
		if f.MetricID == m.ID {
			own = append(own, f)
		}
	}
	th := newChartTheme(w, h)
	img := vgimg.NewWith(vgimg.UseWH(vg.Length(w), vg.Length(h)), vgimg.UseDPI(72), vgimg.UseBackgroundColor(th.background))
	dc := draw.New(img)

	tl := buildTimeline(m, own, corrections, opts)
	if tl.empty() {
		drawEmptyChart(dc, th, m)
	} else {
		drawTimeline(dc, th, m, tl)
	}

	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("report: chart %s: encode png: %w", m.ID, err)
	}
	return buf.Bytes(), nil
}

// ChartReader is what MetricChart reads; tracker.Reader (and so the
// store) satisfies it.
type ChartReader interface {
	Metric(ctx context.Context, id string) (tracker.Metric, error)
	Figures(ctx context.Context, filter tracker.FigureFilter) ([]tracker.Figure, error)
	MetricCorrections(ctx context.Context, metricID string, limit int) ([]tracker.Correction, error)
}

// ChartMaxFigures bounds what MetricChart reads: the newest this many
// figures of the metric, plus the approved figures in force before them.
// A chart is 1,200 pixels wide; a metric with a million figures must not
// read a million rows to draw it.
const ChartMaxFigures = 2000

// MetricChart reads metric id, its newest figures (any status, at most
// ChartMaxFigures) and their corrections from r and draws its chart with
// Chart: what the chart command, /history and the web page share. When
// the metric has more figures, the timeline starts at the oldest figure
// read, with the standing in force then carried in from the newest
// approved figures of each stance before it. Set opts.Now to the present
// so the lines reach it. It returns the reader's error, wrapped (a domain
// NotFound error for an unknown metric keeps its code), or Chart's.
func MetricChart(ctx context.Context, r ChartReader, id string, opts ChartOptions) ([]byte, error) {
	m, err := r.Metric(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("report: chart %s: %w", id, err)
	}
	newest, err := r.Figures(ctx, tracker.FigureFilter{MetricID: id, Since: opts.Since, Limit: ChartMaxFigures})
	if err != nil {
		return nil, fmt.Errorf("report: chart %s: %w", id, err)
	}
	var figs []tracker.Figure
	if len(newest) == ChartMaxFigures {
		cut := newest[len(newest)-1].Date()
		// Drop the figures of the cut's date (others of that date may be
		// missing) and carry the standing in from the newest approved
		// figures up to it.
		for len(newest) > 0 && !newest[len(newest)-1].Date().After(cut) {
			newest = newest[:len(newest)-1]
		}
		for _, stance := range []tracker.Stance{tracker.Confirmed, tracker.Claimed} {
			before, err := r.Figures(ctx, tracker.FigureFilter{MetricID: id, Status: tracker.Approved, Stance: stance, Before: cut.Add(time.Nanosecond), Limit: 8})
			if err != nil {
				return nil, fmt.Errorf("report: chart %s: %w", id, err)
			}
			figs = append(figs, before...)
		}
		if opts.Since.IsZero() || opts.Since.Before(cut) {
			opts.Since = cut
		}
	}
	figs = append(figs, newest...)
	sort.SliceStable(figs, func(i, j int) bool { return figs[j].Newer(figs[i]) })
	corrections, err := r.MetricCorrections(ctx, id, ChartMaxFigures)
	if err != nil {
		return nil, fmt.Errorf("report: chart %s: %w", id, err)
	}
	return Chart(m, figs, corrections, opts)
}
