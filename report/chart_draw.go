package report

import (
	"image/color"
	"math"
	"strings"
	"time"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gapwatch/gapwatch/tracker"
)

// Drawing a chart's timeline with gonum/plot.

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
