package report

import (
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// EvidenceJSON is one place a figure was seen.
type EvidenceJSON struct {
	URL      string `json:"url"`
	Quote    string `json:"quote"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	SourceID string `json:"source,omitempty"`
	SeenAt   string `json:"seen_at,omitempty"`
	// SnapshotHash names the archived text of the page (/s/HASH).
	SnapshotHash string `json:"snapshot_hash,omitempty"`
}

// FigureDetailJSON is the full form of a figure, as `figures --json` and
// `figure log --json` print it.
type FigureDetailJSON struct {
	ID           int64          `json:"id"`
	Metric       string         `json:"metric"`
	Value        int64          `json:"value"`
	ValueHigh    *int64         `json:"value_high,omitempty"`
	Qualifier    string         `json:"qualifier"`
	Stance       string         `json:"stance"`
	Actor        string         `json:"actor"`
	Status       string         `json:"status"`
	AsOf         *string        `json:"as_of"`
	SeenAt       string         `json:"seen_at"`
	Source       string         `json:"source,omitempty"`
	Origin       string         `json:"origin"`
	CreatedBy    string         `json:"created_by"`
	Supersedes   *int64         `json:"supersedes,omitempty"`
	SupersededBy *int64         `json:"superseded_by,omitempty"`
	Revision     int            `json:"revision"`
	URL          string         `json:"url"`
	Quote        string         `json:"quote"`
	SnapshotHash string         `json:"snapshot_hash,omitempty"` // of the first evidence
	Evidence     []EvidenceJSON `json:"evidence,omitempty"`
}

// CorrectionJSON is one audit entry.
type CorrectionJSON struct {
	ID          int64  `json:"id"`
	FigureID    int64  `json:"figure_id"`
	Action      string `json:"action"`
	OldValue    int64  `json:"old_value"`
	NewValue    int64  `json:"new_value"`
	OldStatus   string `json:"old_status,omitempty"`
	NewStatus   string `json:"new_status"`
	NewFigureID *int64 `json:"new_figure_id,omitempty"`
	Reason      string `json:"reason"`
	By          string `json:"by"`
	At          string `json:"at"`
}

func optID(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

// NewFigureDetailJSON returns the full JSON form of f; evidence may be nil.
func NewFigureDetailJSON(f tracker.Figure, evidence []tracker.Evidence) FigureDetailJSON {
	short := NewFigureJSON(f)
	out := FigureDetailJSON{
		ID: f.ID, Metric: f.MetricID, Value: f.Value, ValueHigh: short.ValueHigh, Qualifier: string(f.Qualifier),
		Stance: string(f.Stance), Actor: f.Actor, Status: string(f.Status), AsOf: short.AsOf,
		SeenAt: f.SeenAt.UTC().Format(time.RFC3339), Source: f.SourceID, Origin: string(f.Origin), CreatedBy: f.CreatedBy,
		Supersedes: optID(f.Supersedes), SupersededBy: optID(f.SupersededBy), Revision: f.Revision,
		URL: f.Evidence.URL, Quote: f.Evidence.Quote, SnapshotHash: f.Evidence.SnapshotHash,
	}
	for _, e := range evidence {
		ej := EvidenceJSON{URL: e.URL, Quote: e.Quote, Start: e.Start, End: e.End, SourceID: e.SourceID, SnapshotHash: e.SnapshotHash}
		if !e.SeenAt.IsZero() {
			ej.SeenAt = e.SeenAt.UTC().Format(time.RFC3339)
		}
		out.Evidence = append(out.Evidence, ej)
	}
	return out
}

// NewCorrectionJSON returns the JSON form of an audit entry.
func NewCorrectionJSON(c tracker.Correction) CorrectionJSON {
	return CorrectionJSON{
		ID: c.ID, FigureID: c.FigureID, Action: string(c.Action), OldValue: c.OldValue, NewValue: c.NewValue,
		OldStatus: string(c.OldStatus), NewStatus: string(c.NewStatus), NewFigureID: optID(c.NewFigureID),
		Reason: c.Reason, By: c.By, At: c.At.UTC().Format(time.RFC3339),
	}
}
