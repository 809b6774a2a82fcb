package report

import (
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gapwatch/gapwatch/tracker"
)

// The words on a chart: the values at the ends of its lines and the legend.

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
