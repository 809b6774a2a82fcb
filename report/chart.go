package report

import (
	"bytes"
	"context"
	"fmt"
	"image/color"
	"math"
	"sort"
	"strings"
	"time"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
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

// chartTheme holds the colours and text styles of a chart, scaled to its
// size.
type chartTheme struct {
	scale                            float64
	margin                           vg.Length
	background, grid, axis           color.Color
	text, muted                      color.Color
	confirmed, claimed, gapFill      color.Color
	connector, flag                  color.Color
	title, subtitle, tick, label, lg text.Style
}

func newChartTheme(w, h int) chartTheme {
	s := math.Min(float64(w)/DefaultChartWidth, float64(h)/DefaultChartHeight)
	s = math.Max(0.45, math.Min(s, 3))
	sans := font.Font{Typeface: "Liberation", Variant: "Sans"}
	bold := sans
	bold.Weight = xfont.WeightBold
	style := func(f font.Font, size float64, c color.Color) text.Style {
		return text.Style{
			Color: c, Font: font.From(f, vg.Length(size*s)),
			XAlign: draw.XLeft, YAlign: draw.YBottom, Handler: plot.DefaultTextHandler,
		}
	}
	th := chartTheme{
		scale:      s,
		margin:     vg.Length(28 * s),
		background: rgb(0x313338),
		grid:       rgb(0x43454B),
		axis:       rgb(0x6D6F78),
		text:       rgb(0xF2F3F5),
		muted:      rgb(0xB5BAC1),
		confirmed:  rgb(0x4FC3F7),
		claimed:    rgb(0xFFA64D),
		gapFill:    color.NRGBA{R: 0xFF, G: 0xA6, B: 0x4D, A: 0x30},
		connector:  rgb(0xDBDEE1),
		flag:       rgb(0xF0B232),
	}
	th.title = style(bold, 34, th.text)
	th.subtitle = style(sans, 22, th.muted)
	th.tick = style(sans, 20, th.muted)
	th.label = style(sans, 20, th.muted)
	th.lg = style(sans, 20, th.text)
	return th
}

func rgb(v uint32) color.Color {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}
}

func (th chartTheme) px(n float64) vg.Length { return vg.Length(n * th.scale) }

func (th chartTheme) stanceColor(s tracker.Stance) color.Color {
	if s == tracker.Confirmed {
		return th.confirmed
	}
	return th.claimed
}

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

// stepVertices returns the corners of the step line between from and to.
func stepVertices(pts []stepPoint, from, to time.Time) []plotter.XY {
	v := valueAt(pts, from)
	out := []plotter.XY{{X: unix(from), Y: float64(v)}}
	for _, p := range pts {
		if !p.at.After(from) || p.at.After(to) {
			continue
		}
		out = append(out, plotter.XY{X: unix(p.at), Y: float64(v)})
		v = p.value
		out = append(out, plotter.XY{X: unix(p.at), Y: float64(v)})
	}
	if last := out[len(out)-1]; last.X < unix(to) {
		out = append(out, plotter.XY{X: unix(to), Y: float64(v)})
	}
	return out
}

func unix(t time.Time) float64 { return float64(t.Unix()) }

// plotterFunc adapts a drawing function to plot.Plotter.
type plotterFunc func(draw.Canvas, *plot.Plot)

func (f plotterFunc) Plot(c draw.Canvas, p *plot.Plot) { f(c, p) }

func drawTimeline(dc draw.Canvas, th chartTheme, m tracker.Metric, tl timeline) {
	header := drawHeader(dc, th, m, tl.standing)
	entries := legendEntries(th, tl)
	legendH := layoutLegend(th, entries, dc.Max.X-dc.Min.X-2*th.margin, false, dc)
	endLabels := endValueLabels(th, tl)
	var labelW vg.Length
	for _, l := range endLabels {
		labelW = max(labelW, l.style.Width(l.text))
	}

	p := plot.New()
	p.BackgroundColor = nil
	styleAxes(p, th, m)
	p.X.Tick.Marker = dateTicker{maxTicks: int(math.Max(3, float64(dc.Max.X-dc.Min.X)/float64(th.px(150))))}
	span := tl.end.Sub(tl.start)
	if span < 48*time.Hour {
		span = 48 * time.Hour
	}
	pad := span / 30
	p.X.Min = unix(tl.start.Add(-pad))
	p.X.Max = unix(tl.end.Add(pad / 2))
	yt := valueTicker{}
	p.Y.Min = 0
	p.Y.Max = yt.top(float64(tl.maxValue) * 1.08)
	p.Y.Tick.Marker = yt

	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal = draw.LineStyle{Color: th.grid, Width: th.px(1)}
	p.Add(grid)
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { drawGap(c, p, th, tl) }))
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { drawConnectors(c, p, th, tl) }))
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { drawStepLines(c, p, th, tl) }))
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { drawMarks(c, p, th, tl) }))

	area := draw.Crop(dc, th.margin*0.6, -(th.margin + labelW + th.px(10)), legendH+th.margin, -header)
	p.Draw(area)

	data := p.DataCanvas(area)
	_, trY := p.Transforms(&data)
	placeEndLabels(endLabels, trY, data)
	for _, l := range endLabels {
		data.FillText(l.style, vg.Point{X: data.Max.X + th.px(10), Y: l.y}, l.text)
	}
	layoutLegend(th, entries, dc.Max.X-dc.Min.X-2*th.margin, true, dc)
}

// drawHeader writes the title with the flags as badges on its right, and
// the standing line under it; it returns the height it took.
func drawHeader(dc draw.Canvas, th chartTheme, m tracker.Metric, st tracker.Standing) vg.Length {
	x := dc.Min.X + th.margin
	right := dc.Max.X - th.margin
	y := dc.Max.Y - th.margin*0.8
	title := th.title
	title.YAlign = draw.YTop
	titleH := title.Height("Ag")

	badge := th.tick
	badge.Font.Weight = xfont.WeightBold
	badge.Font.Size = th.px(17)
	badge.XAlign, badge.YAlign = draw.XCenter, draw.YCenter
	padX, badgeH := th.px(10), th.px(28)
	for i := len(st.Flags) - 1; i >= 0; i-- {
		fl := string(st.Flags[i])
		w := badge.Width(fl) + 2*padX
		if right-w < x+th.px(200) {
			break
		}
		col := th.flag
		if st.Flags[i] == tracker.FlagUnsourced {
			col = th.muted
		}
		cy := y - titleH/2
		fillRoundedRect(&dc, colorWithAlpha(col, 0x33), right-w, cy-badgeH/2, w, badgeH, badgeH/2)
		badge.Color = col
		dc.FillText(badge, vg.Point{X: right - w/2, Y: cy}, fl)
		right -= w + th.px(8)
	}

	name := m.Name
	if strings.TrimSpace(name) == "" {
		name = m.ID
	}
	dc.FillText(title, vg.Point{X: x, Y: y}, fitText(title, name, right-x-th.px(8)))
	y -= titleH + th.px(8)

	type part struct {
		text string
		c    color.Color
	}
	var parts []part
	add := func(s string, c color.Color) { parts = append(parts, part{s, c}) }
	if st.Confirmed != nil {
		add("Confirmed "+st.Confirmed.ValueText(), th.confirmed)
	}
	if st.Claimed != nil {
		if len(parts) > 0 {
			add("  ·  ", th.muted)
		}
		add("Claimed "+st.Claimed.ValueText(), th.claimed)
	}
	if st.Gap != nil {
		add("  ·  "+chartGapText(st), th.text)
	}
	if len(parts) > 0 {
		add("  "+m.Unit, th.muted)
	}
	sub := th.subtitle
	sub.YAlign = draw.YTop
	for _, pt := range parts {
		sub.Color = pt.c
		if x+sub.Width(pt.text) > dc.Max.X-th.margin {
			break
		}
		dc.FillText(sub, vg.Point{X: x, Y: y}, pt.text)
		x += sub.Width(pt.text)
	}
	y -= sub.Height("Ag") + th.px(14)
	return dc.Max.Y - y
}

// chartGapText is the gap in a chart's header, saying which side is higher:
// "Claimed is 1,730 below confirmed (0.37×)".
func chartGapText(st tracker.Standing) string {
	w := GapWords(st)
	if w == "" {
		return ""
	}
	g := strings.ToUpper(w[:1]) + w[1:]
	if st.Ratio != nil && *st.Gap != 0 {
		g += " (" + RatioText(*st.Ratio) + "×)"
	}
	return g
}

func colorWithAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// fillRoundedRect fills the rectangle at (x, y) (its lower left corner)
// with corners of radius r.
func fillRoundedRect(c *draw.Canvas, col color.Color, x, y, w, h, r vg.Length) {
	r = min(r, w/2, h/2)
	var p vg.Path
	p.Move(vg.Point{X: x + r, Y: y})
	p.Line(vg.Point{X: x + w - r, Y: y})
	p.Arc(vg.Point{X: x + w - r, Y: y + r}, r, -math.Pi/2, math.Pi/2)
	p.Line(vg.Point{X: x + w, Y: y + h - r})
	p.Arc(vg.Point{X: x + w - r, Y: y + h - r}, r, 0, math.Pi/2)
	p.Line(vg.Point{X: x + r, Y: y + h})
	p.Arc(vg.Point{X: x + r, Y: y + h - r}, r, math.Pi/2, math.Pi/2)
	p.Line(vg.Point{X: x, Y: y + r})
	p.Arc(vg.Point{X: x + r, Y: y + r}, r, math.Pi, math.Pi/2)
	p.Close()
	c.SetColor(col)
	c.Fill(p)
}

// fitText shortens s with an ellipsis until it fits in width.
func fitText(sty text.Style, s string, width vg.Length) string {
	if sty.Width(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := strings.TrimSpace(string(r)) + "…"; sty.Width(t) <= width {
			return t
		}
	}
	return "…"
}

func styleAxes(p *plot.Plot, th chartTheme, m tracker.Metric) {
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Padding = 0
		ax.LineStyle = draw.LineStyle{Color: th.axis, Width: th.px(1.5)}
		ax.Tick.LineStyle = draw.LineStyle{Color: th.axis, Width: th.px(1.5)}
		ax.Tick.Length = th.px(6)
		lbl := th.tick
		ax.Tick.Label.Color = lbl.Color
		ax.Tick.Label.Font = lbl.Font
		ax.Label.TextStyle.Color = th.muted
		ax.Label.TextStyle.Font = th.label.Font
	}
	p.Y.LineStyle.Color = color.Transparent
	p.Y.Tick.Length = 0
	p.Y.Label.Text = m.Unit
	p.Y.Label.Padding = th.px(8)
	p.X.Tick.Label.YAlign = draw.YTop
}

// drawGap shades the area between the claimed and confirmed lines where
// both exist.
func drawGap(c draw.Canvas, p *plot.Plot, th chartTheme, tl timeline) {
	conf, claim := tl.steps[tracker.Confirmed], tl.steps[tracker.Claimed]
	if len(conf) == 0 || len(claim) == 0 {
		return
	}
	from := conf[0].at
	if claim[0].at.After(from) {
		from = claim[0].at
	}
	if !tl.end.After(from) {
		return
	}
	top := stepVertices(claim, from, tl.end)
	bottom := stepVertices(conf, from, tl.end)
	trX, trY := p.Transforms(&c)
	var poly []vg.Point
	for _, v := range top {
		poly = append(poly, vg.Point{X: trX(v.X), Y: trY(v.Y)})
	}
	for i := len(bottom) - 1; i >= 0; i-- {
		poly = append(poly, vg.Point{X: trX(bottom[i].X), Y: trY(bottom[i].Y)})
	}
	c.FillPolygon(th.gapFill, poly)
}

func drawStepLines(c draw.Canvas, p *plot.Plot, th chartTheme, tl timeline) {
	trX, trY := p.Transforms(&c)
	for _, stance := range []tracker.Stance{tracker.Confirmed, tracker.Claimed} {
		pts := tl.steps[stance]
		if len(pts) == 0 {
			continue
		}
		var line []vg.Point
		for _, v := range stepVertices(pts, pts[0].at, pts[len(pts)-1].at) {
			line = append(line, vg.Point{X: trX(v.X), Y: trY(v.Y)})
		}
		c.StrokeLines(draw.LineStyle{Color: th.stanceColor(stance), Width: th.px(3.5)}, line)
	}
}

func drawConnectors(c draw.Canvas, p *plot.Plot, th chartTheme, tl timeline) {
	trX, trY := p.Transforms(&c)
	sty := draw.LineStyle{Color: th.connector, Width: th.px(1.5), Dashes: []vg.Length{th.px(6), th.px(4)}}
	for _, mk := range tl.corrected {
		r := mk.replacement
		if r == nil {
			continue
		}
		from := vg.Point{X: trX(unix(mk.fig.Date())), Y: trY(float64(mk.fig.Value))}
		to := vg.Point{X: trX(unix(r.Date())), Y: trY(float64(r.Value))}
		c.StrokeLines(sty, []vg.Point{from, to})
	}
}

func drawMarks(c draw.Canvas, p *plot.Plot, th chartTheme, tl timeline) {
	trX, trY := p.Transforms(&c)
	at := func(f tracker.Figure, v int64) vg.Point {
		return vg.Point{X: trX(unix(f.Date())), Y: trY(float64(v))}
	}
	r := th.px(6.5)
	for _, mk := range tl.retracted {
		drawRetractedGlyph(&c, th, at(mk.fig, mk.fig.Value), th.stanceColor(mk.fig.Stance), r)
	}
	for _, mk := range tl.approved {
		col := th.stanceColor(mk.fig.Stance)
		if mk.fig.Qualifier == tracker.Range && mk.fig.ValueHigh > mk.fig.Value {
			lo, hi := at(mk.fig, mk.fig.Value), at(mk.fig, mk.fig.ValueHigh)
			sty := draw.LineStyle{Color: col, Width: th.px(2)}
			c.StrokeLines(sty, []vg.Point{lo, hi})
			c.StrokeLines(sty, []vg.Point{{X: hi.X - r, Y: hi.Y}, {X: hi.X + r, Y: hi.Y}})
		}
		drawApprovedGlyph(&c, th, at(mk.fig, mk.fig.Value), col, r)
	}
	// Old values go on top: a correction is often close to the value it
	// replaced, and the ring must stay visible around the new dot.
	for _, mk := range tl.corrected {
		drawCorrectedGlyph(&c, th, at(mk.fig, mk.fig.Value), th.stanceColor(mk.fig.Stance), r+th.px(2))
	}
}

func drawApprovedGlyph(c *draw.Canvas, th chartTheme, pt vg.Point, col color.Color, r vg.Length) {
	c.DrawGlyphNoClip(draw.GlyphStyle{Color: th.background, Radius: r + th.px(2.5), Shape: draw.CircleGlyph{}}, pt)
	c.DrawGlyphNoClip(draw.GlyphStyle{Color: col, Radius: r, Shape: draw.CircleGlyph{}}, pt)
}

func drawCorrectedGlyph(c *draw.Canvas, th chartTheme, pt vg.Point, col color.Color, r vg.Length) {
	c.SetLineStyle(draw.LineStyle{Color: col, Width: th.px(2.5)})
	var ring vg.Path
	ring.Move(vg.Point{X: pt.X + r, Y: pt.Y})
	ring.Arc(pt, r, 0, 2*math.Pi)
	ring.Close()
	c.Stroke(ring)
}

func drawRetractedGlyph(c *draw.Canvas, th chartTheme, pt vg.Point, col color.Color, r vg.Length) {
	sty := draw.LineStyle{Color: col, Width: th.px(3)}
	d := r * 0.85
	c.StrokeLines(sty, []vg.Point{{X: pt.X - d, Y: pt.Y - d}, {X: pt.X + d, Y: pt.Y + d}})
	c.StrokeLines(sty, []vg.Point{{X: pt.X - d, Y: pt.Y + d}, {X: pt.X + d, Y: pt.Y - d}})
}

// endLabel is a value written at the right end of a line.
type endLabel struct {
	text  string
	style text.Style
	value float64
	y     vg.Length
}

func endValueLabels(th chartTheme, tl timeline) []endLabel {
	var out []endLabel
	for _, stance := range []tracker.Stance{tracker.Claimed, tracker.Confirmed} {
		pts := tl.steps[stance]
		if len(pts) == 0 {
			continue
		}
		sty := th.lg
		sty.Font.Weight = xfont.WeightBold
		sty.Font.Size = th.px(20)
		sty.Color = th.stanceColor(stance)
		sty.YAlign = draw.YCenter
		v := pts[len(pts)-1].value
		out = append(out, endLabel{text: tracker.FormatInt(v), style: sty, value: float64(v)})
	}
	if len(out) == 2 && out[0].value != out[1].value {
		sty := th.tick
		sty.YAlign = draw.YCenter
		gap := int64(out[0].value - out[1].value)
		label := "gap " + tracker.FormatInt(gap)
		if gap > 0 {
			label = "gap +" + tracker.FormatInt(gap)
		}
		out = append(out, endLabel{text: label, style: sty, value: (out[0].value + out[1].value) / 2})
	}
	return out
}

// placeEndLabels puts each label at its value and pushes overlapping ones
// apart; the gap label is dropped when the lines are too close for it.
func placeEndLabels(labels []endLabel, trY func(float64) vg.Length, c draw.Canvas) {
	for i := range labels {
		labels[i].y = max(trY(labels[i].value), c.Min.Y+labels[i].style.Height("0")/2)
	}
	if len(labels) < 2 {
		return
	}
	hi, lo := &labels[0], &labels[1] // claimed, confirmed
	if hi.value < lo.value {
		hi, lo = lo, hi
	}
	minGap := hi.style.Height("0") * 1.15
	if d := hi.y - lo.y; d < minGap {
		mid := (hi.y + lo.y) / 2
		hi.y, lo.y = mid+minGap/2, mid-minGap/2
	}
	// Keep the lower label above the axis, clear of the date labels.
	if floor := c.Min.Y + lo.style.Height("0")/2; lo.y < floor {
		hi.y += floor - lo.y
		lo.y = floor
	}
	if len(labels) == 3 {
		need := hi.style.Height("0") + labels[2].style.Height("0")
		if hi.y-lo.y < need {
			labels[2].text = ""
		}
	}
}

// legendEntry is one item of the legend row.
type legendEntry struct {
	label string
	icon  func(c *draw.Canvas, x, y vg.Length) // draws the swatch centred at y from x
}

func legendEntries(th chartTheme, tl timeline) []legendEntry {
	iconW := th.px(30)
	var out []legendEntry
	for _, stance := range []tracker.Stance{tracker.Confirmed, tracker.Claimed} {
		actors := tl.actors[stance]
		if len(tl.steps[stance]) == 0 {
			continue
		}
		name := "Confirmed"
		if stance == tracker.Claimed {
			name = "Claimed"
		}
		label := name
		if len(actors) > 0 {
			label += " — " + strings.Join(actors, ", ")
		}
		col := th.stanceColor(stance)
		out = append(out, legendEntry{label: fitText(th.lg, label, th.px(520)), icon: func(c *draw.Canvas, x, y vg.Length) {
			c.StrokeLines(draw.LineStyle{Color: col, Width: th.px(3.5)}, []vg.Point{{X: x, Y: y}, {X: x + iconW, Y: y}})
			drawApprovedGlyph(c, th, vg.Point{X: x + iconW/2, Y: y}, col, th.px(5.5))
		}})
	}
	if len(tl.steps[tracker.Confirmed]) > 0 && len(tl.steps[tracker.Claimed]) > 0 {
		out = append(out, legendEntry{label: "Gap", icon: func(c *draw.Canvas, x, y vg.Length) {
			h := th.px(9)
			c.FillPolygon(th.gapFill, []vg.Point{{X: x, Y: y - h}, {X: x + iconW, Y: y - h}, {X: x + iconW, Y: y + h}, {X: x, Y: y + h}})
		}})
	}
	if len(tl.corrected) > 0 {
		out = append(out, legendEntry{label: "Corrected", icon: func(c *draw.Canvas, x, y vg.Length) {
			c.StrokeLines(draw.LineStyle{Color: th.connector, Width: th.px(1.5), Dashes: []vg.Length{th.px(5), th.px(3)}},
				[]vg.Point{{X: x + iconW/2, Y: y}, {X: x + iconW, Y: y}})
			drawCorrectedGlyph(c, th, vg.Point{X: x + iconW/3, Y: y}, th.muted, th.px(5.5))
		}})
	}
	if len(tl.retracted) > 0 {
		out = append(out, legendEntry{label: "Retracted", icon: func(c *draw.Canvas, x, y vg.Length) {
			drawRetractedGlyph(c, th, vg.Point{X: x + iconW/2, Y: y}, th.muted, th.px(5.5))
		}})
	}
	return out
}

// layoutLegend flows the legend entries in rows along the bottom of dc and
// returns the height they take; it draws them when draw is set.
func layoutLegend(th chartTheme, entries []legendEntry, width vg.Length, drawIt bool, dc draw.Canvas) vg.Length {
	if len(entries) == 0 {
		return 0
	}
	iconW, gapIcon, gapEntry := th.px(30), th.px(8), th.px(28)
	rowH := th.lg.Height("Ag") + th.px(8)
	type placed struct {
		e   legendEntry
		row int
		x   vg.Length
	}
	var items []placed
	row, x := 0, vg.Length(0)
	for _, e := range entries {
		w := iconW + gapIcon + th.lg.Width(e.label)
		if x > 0 && x+w > width {
			row++
			x = 0
		}
		items = append(items, placed{e, row, x})
		x += w + gapEntry
	}
	height := vg.Length(row+1) * rowH
	if drawIt {
		sty := th.lg
		sty.YAlign = draw.YCenter
		for _, it := range items {
			cy := dc.Min.Y + th.margin*0.7 + height - (vg.Length(it.row)+0.5)*rowH
			x0 := dc.Min.X + th.margin + it.x
			it.e.icon(&dc, x0, cy)
			dc.FillText(sty, vg.Point{X: x0 + iconW + gapIcon, Y: cy}, it.e.label)
		}
	}
	return height
}

func drawEmptyChart(dc draw.Canvas, th chartTheme, m tracker.Metric) {
	drawHeader(dc, th, m, tracker.Standing{})
	c := dc.Center()
	big := th.title
	big.Font.Size = th.px(28)
	big.Color = th.muted
	big.XAlign, big.YAlign = draw.XCenter, draw.YCenter
	dc.FillText(big, vg.Point{X: c.X, Y: c.Y + th.px(10)}, "No approved figures yet")
	small := th.subtitle
	small.XAlign, small.YAlign = draw.XCenter, draw.YTop
	small.Color = th.axis
	dc.FillText(small, vg.Point{X: c.X, Y: c.Y - th.px(16)},
		fitText(small, "The timeline appears once a figure for this metric is approved.", dc.Max.X-dc.Min.X-2*th.margin))
}

// valueTicker marks the value axis at round numbers with thousands
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
