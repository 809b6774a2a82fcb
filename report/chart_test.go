package report

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

var chartDir = flag.String("chart-dir", "", "also write the test charts to this directory, to look at them")

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// releasesFixture is a contested count over two weeks: a confirmer's
// rising tally, a claimant's much larger claim, one corrected figure, one
// retracted claim and one pending figure that must not show.
func releasesFixture() (tracker.Metric, []tracker.Figure, []tracker.Correction) {
	m := tracker.Metric{ID: "releases", Name: "Political prisoners released", Unit: "people", Cumulative: true,
		Gap: tracker.GapThreshold{MinAbs: 50}}
	seen := day("2026-01-20")
	fig := func(id int64, date string, v int64, st tracker.Stance, actor string, status tracker.Status) tracker.Figure {
		return tracker.Figure{ID: id, MetricID: m.ID, Value: v, Qualifier: tracker.Exact, Stance: st, Actor: actor,
			AsOf: day(date), SeenAt: day(date).Add(12 * time.Hour), Status: status,
			Evidence: tracker.Evidence{URL: "https://example.org/" + date}}
	}
	const fp, gov, ngo = "Foro Penal", "Government of Venezuela", "Justicia y Proceso"
	figs := []tracker.Figure{
		fig(1, "2026-01-08", 9, tracker.Confirmed, fp, tracker.Approved),
		fig(2, "2026-01-09", 116, tracker.Claimed, gov, tracker.Approved),
		fig(3, "2026-01-10", 30, tracker.Confirmed, fp, tracker.Superseded),
		fig(4, "2026-01-10", 21, tracker.Confirmed, fp, tracker.Approved), // replaces 3
		fig(5, "2026-01-12", 41, tracker.Confirmed, ngo, tracker.Approved),
		fig(6, "2026-01-12", 250, tracker.Claimed, gov, tracker.Retracted),
		fig(7, "2026-01-13", 400, tracker.Claimed, gov, tracker.Approved),
		fig(8, "2026-01-15", 56, tracker.Confirmed, fp, tracker.Approved),
		fig(9, "2026-01-16", 900, tracker.Claimed, gov, tracker.Pending),
		fig(10, "2026-01-16", 77, tracker.Confirmed, fp, tracker.Rejected),
	}
	figs[2].SupersededBy = 4
	figs[3].Supersedes = 3
	figs[3].SeenAt = seen
	corrections := []tracker.Correction{
		{ID: 1, FigureID: 3, Action: tracker.ActionCorrect, OldValue: 30, NewValue: 21, NewFigureID: 4,
			OldStatus: tracker.Approved, NewStatus: tracker.Superseded, Reason: "typo in the tally", By: "mod", At: seen},
		{ID: 2, FigureID: 6, Action: tracker.ActionRetract, OldValue: 250, NewValue: 250,
			OldStatus: tracker.Approved, NewStatus: tracker.Retracted, Reason: "misattributed", By: "mod", At: seen},
	}
	return m, figs, corrections
}

// renderChart draws a chart, decodes it and, with -chart-dir, keeps a copy.
func renderChart(t *testing.T, name string, m tracker.Metric, figs []tracker.Figure, cs []tracker.Correction, opts ChartOptions) image.Image {
	t.Helper()
	b, err := Chart(m, figs, cs, opts)
	if err != nil {
		t.Fatalf("Chart: %v", err)
	}
	if *chartDir != "" {
		if err := os.WriteFile(filepath.Join(*chartDir, name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode the chart: %v", err)
	}
	return img
}

// near reports whether two colours differ by at most tol in every channel.
func near(a, b color.Color, tol int) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) bool {
		diff := int(x>>8) - int(y>>8)
		return diff <= tol && diff >= -tol
	}
	return d(ar, br) && d(ag, bg) && d(ab, bb)
}

// countColor counts the pixels of img within tol of c.
func countColor(img image.Image, c color.Color, tol int) int {
	rgba := toNRGBA(img)
	want := color.NRGBAModel.Convert(c).(color.NRGBA)
	within := func(a, b uint8) bool { d := int(a) - int(b); return d <= tol && d >= -tol }
	n := 0
	for i := 0; i+3 < len(rgba.Pix); i += 4 {
		if within(rgba.Pix[i], want.R) && within(rgba.Pix[i+1], want.G) && within(rgba.Pix[i+2], want.B) {
			n++
		}
	}
	return n
}

// toNRGBA returns img as an *image.NRGBA, converting it when needed.
func toNRGBA(img image.Image) *image.NRGBA {
	if n, ok := img.(*image.NRGBA); ok {
		return n
	}
	b := img.Bounds()
	out := image.NewNRGBA(b)
	draw.Draw(out, b, img, b.Min, draw.Src)
	return out
}

func luma(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r>>8) + 0.7152*float64(g>>8) + 0.0722*float64(b>>8))
}

func TestChartDrawsBothLinesOnDarkBackground(t *testing.T) {
	m, figs, cs := releasesFixture()
	th := newChartTheme(DefaultChartWidth, DefaultChartHeight)
	tests := []struct {
		name          string
		opts          ChartOptions
		wantW, wantH  int
		minLinePixels int
	}{
		{"default-size", ChartOptions{Now: day("2026-01-20")}, 1200, 600, 1500},
		{"small", ChartOptions{Width: 640, Height: 320, Now: day("2026-01-20")}, 640, 320, 300},
		{"since", ChartOptions{Since: day("2026-01-11"), Now: day("2026-01-20")}, 1200, 600, 1500},
		{"zero-now", ChartOptions{}, 1200, 600, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := renderChart(t, "releases-"+tt.name, m, figs, cs, tt.opts)
			if got := img.Bounds().Size(); got != (image.Point{tt.wantW, tt.wantH}) {
				t.Fatalf("size = %v, want %dx%d", got, tt.wantW, tt.wantH)
			}
			for _, pt := range []image.Point{{2, 2}, {tt.wantW - 3, 2}, {2, tt.wantH - 3}, {tt.wantW - 3, tt.wantH - 3}} {
				if c := img.At(pt.X, pt.Y); !near(c, th.background, 2) || luma(c) > 80 {
					t.Errorf("pixel %v = %v, want the dark background %v", pt, c, th.background)
				}
			}
			if got := countColor(img, th.confirmed, 12); got < tt.minLinePixels {
				t.Errorf("confirmed colour pixels = %d, want at least %d", got, tt.minLinePixels)
			}
			if got := countColor(img, th.claimed, 12); got < tt.minLinePixels {
				t.Errorf("claimed colour pixels = %d, want at least %d", got, tt.minLinePixels)
			}
		})
	}
}

func TestChartWithoutApprovedFiguresSaysSo(t *testing.T) {
	m, figs, _ := releasesFixture()
	var pendingOnly []tracker.Figure
	for _, f := range figs {
		if f.Status == tracker.Pending {
			pendingOnly = append(pendingOnly, f)
		}
	}
	th := newChartTheme(DefaultChartWidth, DefaultChartHeight)
	for name, fs := range map[string][]tracker.Figure{"none": nil, "pending-only": pendingOnly} {
		t.Run(name, func(t *testing.T) {
			img := renderChart(t, "empty-"+name, m, fs, nil, ChartOptions{Now: day("2026-01-20")})
			if got := img.Bounds().Size(); got != (image.Point{1200, 600}) {
				t.Fatalf("size = %v, want 1200x600", got)
			}
			if got := countColor(img, th.claimed, 12) + countColor(img, th.confirmed, 12); got != 0 {
				t.Errorf("line colour pixels = %d, want none", got)
			}
			// The message is light text across the middle of the picture.
			light := 0
			px := toNRGBA(img)
			for y := 260; y < 330; y++ {
				for x := 300; x < 900; x++ {
					if luma(px.NRGBAAt(x, y)) > 120 {
						light++
					}
				}
			}
			if light < 500 {
				t.Errorf("light pixels in the middle = %d, want the \"No approved figures yet\" message", light)
			}
		})
	}
}

func TestChartRejectsBadSizes(t *testing.T) {
	m, figs, cs := releasesFixture()
	tests := []struct{ w, h int }{{-1, 600}, {1200, 0}, {50, 50}, {5000, 600}, {1200, 100000}}
	for _, tt := range tests {
		_, err := Chart(m, figs, cs, ChartOptions{Width: tt.w, Height: tt.h})
		if err == nil || !strings.Contains(err.Error(), "out of range") {
			t.Errorf("Chart(%dx%d) error = %v, want an out-of-range error", tt.w, tt.h, err)
		}
	}
}

func TestChartIgnoresOtherMetrics(t *testing.T) {
	m, figs, _ := releasesFixture()
	for i := range figs {
		figs[i].MetricID = "another"
	}
	th := newChartTheme(DefaultChartWidth, DefaultChartHeight)
	img := renderChart(t, "other-metric", m, figs, nil, ChartOptions{})
	if got := countColor(img, th.claimed, 12); got != 0 {
		t.Errorf("claimed colour pixels = %d, want none for figures of another metric", got)
	}
}

func TestDateTickerLabels(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		max      int
		want     []string
	}{
		{"days", "2026-01-07", "2026-01-11", 8, []string{"Jan 7", "Jan 8", "Jan 9", "Jan 10", "Jan 11"}},
		{"weeks on Mondays", "2026-01-01", "2026-02-01", 8, []string{"Jan 5", "Jan 12", "Jan 19", "Jan 26"}},
		{"across years", "2025-12-20", "2026-01-10", 4, []string{"Dec 22, 2025", "Dec 29", "Jan 5, 2026"}},
		{"months", "2025-02-10", "2025-09-01", 8, []string{"Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"}},
		{"months across years", "2025-10-10", "2026-03-01", 8, []string{"Nov 2025", "Dec", "Jan 2026", "Feb", "Mar"}},
		{"years", "2015-06-01", "2026-01-01", 8, []string{"2016", "2018", "2020", "2022", "2024", "2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticks := dateTicker{maxTicks: tt.max}.Ticks(unix(day(tt.from)), unix(day(tt.to)))
			var got []string
			for _, tk := range ticks {
				got = append(got, tk.Label)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("labels = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValueTicker(t *testing.T) {
	tests := []struct {
		top  float64
		want string
	}{
		{3, "0|1|2|3"},
		{432, "0|100|200|300|400|500"},
		{12500, "0|2,500|5,000|7,500|10,000|12,500"},
	}
	for _, tt := range tests {
		vt := valueTicker{}
		var got []string
		for _, tk := range vt.Ticks(0, vt.top(tt.top)) {
			got = append(got, tk.Label)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("ticks up to %v = %q, want %q", tt.top, g, tt.want)
		}
	}
}

// A long, large count that crosses a year, with a range claim: the date
// ticks carry the year and the value ticks thousands separators.
func TestChartLongSpanWithRange(t *testing.T) {
	m := tracker.Metric{ID: "detained", Name: "People detained after the election", Unit: "detainees"}
	fig := func(id int64, date string, v, hi int64, st tracker.Stance, actor string) tracker.Figure {
		q := tracker.Exact
		if hi > 0 {
			q = tracker.Range
		}
		return tracker.Figure{ID: id, MetricID: m.ID, Value: v, ValueHigh: hi, Qualifier: q, Stance: st, Actor: actor,
			AsOf: day(date), SeenAt: day(date), Status: tracker.Approved}
	}
	figs := []tracker.Figure{
		fig(1, "2025-08-01", 1200, 0, tracker.Confirmed, "Monitor A"),
		fig(2, "2025-08-03", 2000, 0, tracker.Claimed, "Ministry"),
		fig(3, "2025-10-15", 1650, 0, tracker.Confirmed, "Monitor A"),
		fig(4, "2025-11-20", 2200, 2600, tracker.Claimed, "Ministry"),
		fig(5, "2026-01-05", 1900, 0, tracker.Confirmed, "Monitor A"),
	}
	th := newChartTheme(DefaultChartWidth, DefaultChartHeight)
	img := renderChart(t, "long-span", m, figs, nil, ChartOptions{Now: day("2026-02-10")})
	if got := countColor(img, th.confirmed, 12); got < 1500 {
		t.Errorf("confirmed colour pixels = %d, want at least 1500", got)
	}
	if got := countColor(img, th.claimed, 12); got < 1500 {
		t.Errorf("claimed colour pixels = %d, want at least 1500", got)
	}
}

// chartReader is an in-memory ChartReader.
type chartReader struct {
	m           tracker.Metric
	figs        []tracker.Figure
	corrections []tracker.Correction
	filter      tracker.FigureFilter
}

func (r *chartReader) Metric(_ context.Context, id string) (tracker.Metric, error) {
	if id != r.m.ID {
		return tracker.Metric{}, tracker.Errorf(tracker.NotFound, "unknown metric %q", id)
	}
	return r.m, nil
}

func (r *chartReader) Figures(_ context.Context, f tracker.FigureFilter) ([]tracker.Figure, error) {
	r.filter = f
	return r.figs, nil
}

func (r *chartReader) MetricCorrections(context.Context, string, int) ([]tracker.Correction, error) {
	return r.corrections, nil
}

func TestMetricChartReadsABoundedPageOfTheMetric(t *testing.T) {
	m, figs, cs := releasesFixture()
	r := &chartReader{m: m, figs: figs, corrections: cs}
	b, err := MetricChart(context.Background(), r, "releases", ChartOptions{Now: day("2026-01-20")})
	if err != nil {
		t.Fatalf("MetricChart: %v", err)
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		t.Errorf("MetricChart did not return a PNG: %v", err)
	}
	if r.filter.MetricID != "releases" || r.filter.Status != "" || r.filter.Limit != ChartMaxFigures {
		t.Errorf("figures read with %+v, want the newest %d figures of the metric, any status", r.filter, ChartMaxFigures)
	}
	_, err = MetricChart(context.Background(), r, "nope", ChartOptions{})
	if got := tracker.ErrorCode(err); got != tracker.NotFound {
		t.Errorf("MetricChart(unknown) error code = %q (%v), want not_found", got, err)
	}
}

func BenchmarkChart(b *testing.B) {
	m, figs, cs := releasesFixture()
	opts := ChartOptions{Now: day("2026-01-20")}
	for b.Loop() {
		if _, err := Chart(m, figs, cs, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// Unusual inputs still give a valid picture of the requested size.
func TestChartEdgeCases(t *testing.T) {
	m, figs, _ := releasesFixture()
	one := func(v int64, date string, st tracker.Stance) tracker.Figure {
		return tracker.Figure{ID: v + 1, MetricID: m.ID, Value: v, Qualifier: tracker.Exact, Stance: st, Actor: "Someone",
			AsOf: day(date), SeenAt: day(date), Status: tracker.Approved}
	}
	var confirmedOnly []tracker.Figure
	for _, f := range figs {
		if f.Stance == tracker.Confirmed {
			confirmedOnly = append(confirmedOnly, f)
		}
	}
	tests := []struct {
		name string
		figs []tracker.Figure
		opts ChartOptions
	}{
		{"confirmed-only", confirmedOnly, ChartOptions{Now: day("2026-01-20")}},
		{"all-zero", []tracker.Figure{one(0, "2026-01-10", tracker.Confirmed), one(0, "2026-01-11", tracker.Claimed)}, ChartOptions{}},
		{"single-figure-now", []tracker.Figure{one(12, "2026-01-10", tracker.Claimed)}, ChartOptions{Now: day("2026-01-10")}},
		{"dated-after-now", []tracker.Figure{one(12, "2026-03-10", tracker.Claimed)}, ChartOptions{Now: day("2026-01-10")}},
		{"huge-values", []tracker.Figure{one(1_500_000_000_000, "2026-01-10", tracker.Claimed), one(3, "2026-01-11", tracker.Confirmed)}, ChartOptions{}},
		{"since-after-everything", figs, ChartOptions{Since: day("2026-01-19"), Now: day("2026-01-20")}},
		{"smallest", figs, ChartOptions{Width: 200, Height: 200, Now: day("2026-01-20")}},
		{"tall", figs, ChartOptions{Width: 600, Height: 1200, Now: day("2026-01-20")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := renderChart(t, "edge-"+tt.name, m, tt.figs, nil, tt.opts)
			w, h := tt.opts.Width, tt.opts.Height
			if w == 0 {
				w, h = DefaultChartWidth, DefaultChartHeight
			}
			if got := img.Bounds().Size(); got != (image.Point{w, h}) {
				t.Errorf("size = %v, want %dx%d", got, w, h)
			}
		})
	}
}
