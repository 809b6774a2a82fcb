package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// gapStanding computes the standing of a deaths metric from one confirmed
// and one claimed figure.
func gapStanding(dir tracker.GapDirection, confirmed, claimed int64) tracker.Standing {
	m := tracker.Metric{ID: "deaths", Name: "Deaths", Unit: "people", Gap: tracker.GapThreshold{MinAbs: 500, MinRatio: 1.5, Direction: dir}}
	d := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	figs := []tracker.Figure{
		{ID: 1, MetricID: "deaths", Value: confirmed, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: "UN office", AsOf: d, Status: tracker.Approved,
			Evidence: tracker.Evidence{URL: "https://example.org/un"}},
		{ID: 2, MetricID: "deaths", Value: claimed, Qualifier: tracker.Exact, Stance: tracker.Claimed, Actor: "Government", AsOf: d, Status: tracker.Approved,
			Evidence: tracker.Evidence{URL: "https://example.org/gov"}},
	}
	return tracker.ComputeStanding(m, figs, d)
}

func TestGapWording(t *testing.T) {
	tests := []struct {
		name               string
		dir                tracker.GapDirection
		confirmed, claimed int64
		wantGap            string
		wantChart          string
		wantMeaning        string // FlagMeaning of GAP; "" when GAP is not raised
	}{
		{"claim understates", tracker.GapBoth, 2750, 1020,
			"claimed is 1,730 below confirmed (the claim is 0.37× the confirmed figure)",
			"Claimed is 1,730 below confirmed (0.37×)",
			"the claim is below what is confirmed by 500 or more, or confirmed is 1.5× the claim or more"},
		{"claim overstates", tracker.GapOver, 56, 400,
			"claimed is 344 above confirmed (the claim is 7.14× the confirmed figure)",
			"Claimed is 344 above confirmed (7.14×)",
			"the claim exceeds what is confirmed by 500 or more, or 1.5× or more"},
		{"understated claim not flagged with over", tracker.GapOver, 2750, 1020,
			"claimed is 1,730 below confirmed (the claim is 0.37× the confirmed figure)",
			"Claimed is 1,730 below confirmed (0.37×)", ""},
		{"equal", tracker.GapBoth, 100, 100, "claimed equals confirmed", "Claimed equals confirmed", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := gapStanding(tt.dir, tt.confirmed, tt.claimed)
			if got := GapText(st); got != tt.wantGap {
				t.Errorf("GapText = %q, want %q", got, tt.wantGap)
			}
			if got := chartGapText(st); got != tt.wantChart {
				t.Errorf("chart gap = %q, want %q", got, tt.wantChart)
			}
			if st.Has(tracker.FlagGap) != (tt.wantMeaning != "") {
				t.Fatalf("flags = %v, want GAP %v", st.Flags, tt.wantMeaning != "")
			}
			if tt.wantMeaning != "" {
				if got := FlagMeaning(tracker.FlagGap, st); got != tt.wantMeaning {
					t.Errorf("FlagMeaning = %q, want %q", got, tt.wantMeaning)
				}
			}
			text := StandingText(st)
			if !strings.Contains(text, "gap        "+tt.wantGap+"\n") {
				t.Errorf("StandingText does not state the gap in words:\n%s", text)
			}
		})
	}
}

func TestStandingJSONGapDirection(t *testing.T) {
	tests := []struct {
		name               string
		dir                tracker.GapDirection
		confirmed, claimed int64
		want               string // the gap and gap_direction members
	}{
		{"under", tracker.GapBoth, 2750, 1020, `"gap":-1730,"ratio":0.3709090909090909,"flags":["GAP"],"gap_direction":"under"`},
		{"over", tracker.GapBoth, 56, 400, `"gap":344,"ratio":7.142857142857143,"flags":["GAP"],"gap_direction":"over"`},
		{"not flagged", tracker.GapOver, 2750, 1020, `"gap":-1730,"ratio":0.3709090909090909,"flags":[],"gap_direction":null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(NewStandingJSON(gapStanding(tt.dir, tt.confirmed, tt.claimed)))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), tt.want) {
				t.Errorf("JSON =\n%s\nwant it to contain\n%s", b, tt.want)
			}
		})
	}
	b, _ := json.Marshal(NewStandingJSON(tracker.Standing{Metric: tracker.Metric{ID: "empty"}}))
	if !strings.Contains(string(b), `"gap":null,"ratio":null,"flags":[],"gap_direction":null`) {
		t.Errorf("empty standing JSON = %s, want null gap and gap_direction", b)
	}
}

func TestMessagesSayWhichSideIsHigher(t *testing.T) {
	st := gapStanding(tracker.GapUnder, 2750, 1020)
	r := Messages{}
	flag := r.FlagAlert(st, []tracker.Flag{tracker.FlagGap}, nil)
	digest := r.Digest(tracker.DigestInput{Now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Pending: -1,
		Metrics: []tracker.DigestMetric{{Standing: st}}})
	for name, m := range map[string]tracker.Message{"flag alert": flag, "digest": digest} {
		var all strings.Builder
		all.WriteString(m.Title + "\n" + m.Description + "\n")
		for _, f := range m.Fields {
			all.WriteString(f.Name + ": " + f.Value + "\n")
		}
		plain := PlainText(all.String())
		for _, want := range []string{"claimed is 1,730 below confirmed", "the claim is 0.37× the confirmed figure"} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s does not say %q:\n%s", name, want, plain)
			}
		}
	}
	if !strings.Contains(flag.Description, "the claim is below what is confirmed") {
		t.Errorf("flag alert description = %q, want it to say the claim is below", flag.Description)
	}
}
