package report

import (
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// FigureJSON is the short form of a figure in standings, as `status --json`,
// `check --json` and /api/standings.json print it.
type FigureJSON struct {
	FigureID  int64   `json:"figure_id"`
	Value     int64   `json:"value"`
	ValueHigh *int64  `json:"value_high,omitempty"`
	Qualifier string  `json:"qualifier"`
	Stance    string  `json:"stance"`
	Actor     string  `json:"actor"`
	AsOf      *string `json:"as_of"` // YYYY-MM-DD, or null when unknown
	URL       string  `json:"url"`
	// EvidenceCount and SourceCount are the distinct evidence URLs and
	// sites behind the figure (tracker.Support); set in standings only.
	EvidenceCount *int `json:"evidence_count,omitempty"`
	SourceCount   *int `json:"source_count,omitempty"`
}

// StandingJSON is one metric of `status --json`.
type StandingJSON struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Unit      string         `json:"unit"`
	Confirmed *FigureJSON    `json:"confirmed"`
	Claimed   *FigureJSON    `json:"claimed"`
	Gap       *int64         `json:"gap"` // claimed − confirmed: negative when the claim is lower
	Ratio     *float64       `json:"ratio"`
	Flags     []tracker.Flag `json:"flags"`
	// GapDirection is the side that raised GAP: "over" (the claim is
	// higher) or "under" (the claim is lower); null without GAP.
	GapDirection *string `json:"gap_direction"`
}

// StandingsJSON is the document `status --json` prints.
type StandingsJSON struct {
	Metrics []StandingJSON `json:"metrics"`
}

// NewFigureJSON returns the short JSON form of f.
func NewFigureJSON(f tracker.Figure) FigureJSON {
	out := FigureJSON{
		FigureID: f.ID, Value: f.Value, Qualifier: string(f.Qualifier), Stance: string(f.Stance),
		Actor: f.Actor, URL: f.Evidence.URL,
	}
	if f.Qualifier == tracker.Range {
		hi := f.ValueHigh
		out.ValueHigh = &hi
	}
	if d := f.Date(); !d.IsZero() {
		s := d.UTC().Format(time.DateOnly)
		out.AsOf = &s
	}
	return out
}

// NewStandingJSON returns the JSON form of a standing; flags is never null.
func NewStandingJSON(s tracker.Standing) StandingJSON {
	out := StandingJSON{
		ID: s.Metric.ID, Name: s.Metric.Name, Unit: s.Metric.Unit,
		Gap: s.Gap, Ratio: s.Ratio, Flags: append([]tracker.Flag{}, s.Flags...),
	}
	if s.GapSide != "" && s.Has(tracker.FlagGap) {
		d := string(s.GapSide)
		out.GapDirection = &d
	}
	if s.Confirmed != nil {
		f := NewFigureJSON(*s.Confirmed).withSupport(s.ConfirmedSupport)
		out.Confirmed = &f
	}
	if s.Claimed != nil {
		f := NewFigureJSON(*s.Claimed).withSupport(s.ClaimedSupport)
		out.Claimed = &f
	}
	return out
}

// withSupport returns f with its evidence and source counts set.
func (f FigureJSON) withSupport(s tracker.Support) FigureJSON {
	e, src := s.Evidence, s.Sources
	f.EvidenceCount, f.SourceCount = &e, &src
	return f
}

// NewStandingsJSON returns the `status --json` document for standings.
func NewStandingsJSON(standings []tracker.Standing) StandingsJSON {
	out := StandingsJSON{Metrics: make([]StandingJSON, 0, len(standings))}
	for _, s := range standings {
		out.Metrics = append(out.Metrics, NewStandingJSON(s))
	}
	return out
}
