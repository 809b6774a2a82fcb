package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// figureShowJSON is `figure show --json`: one figure with all its evidence
// and the correction history of its chain. Field names are stable.
type figureShowJSON struct {
	ID           int64                   `json:"id"`
	Metric       string                  `json:"metric"`
	Value        int64                   `json:"value"`
	ValueHigh    *int64                  `json:"value_high"`
	Qualifier    string                  `json:"qualifier"`
	Stance       string                  `json:"stance"`
	Actor        string                  `json:"actor"`
	Status       string                  `json:"status"`
	AsOf         *string                 `json:"as_of"`
	SeenAt       string                  `json:"seen_at"`
	Source       string                  `json:"source"`
	Origin       string                  `json:"origin"`
	CreatedBy    string                  `json:"created_by"`
	Revision     int                     `json:"revision"`
	Supersedes   *int64                  `json:"supersedes"`
	SupersededBy *int64                  `json:"superseded_by"`
	Evidence     []figureShowEvidence    `json:"evidence"`
	Corrections  []report.CorrectionJSON `json:"corrections"`
}

// figureShowEvidence is one place the figure was seen. fetched_at is when
// the page or feed item holding the quote was fetched; snapshot_hash names
// its archived text (empty for manual evidence and older rows).
type figureShowEvidence struct {
	URL          string `json:"url"`
	Quote        string `json:"quote"`
	SnapshotHash string `json:"snapshot_hash"`
	FetchedAt    string `json:"fetched_at"`
	Source       string `json:"source"`
}

func newFigureShowJSON(f tracker.Figure, evidence []tracker.Evidence, corrections []tracker.Correction) figureShowJSON {
	short := report.NewExportRow(f, "")
	out := figureShowJSON{
		ID: f.ID, Metric: f.MetricID, Value: f.Value, ValueHigh: short.ValueHigh, Qualifier: string(f.Qualifier),
		Stance: string(f.Stance), Actor: f.Actor, Status: string(f.Status), AsOf: short.AsOf,
		SeenAt: f.SeenAt.UTC().Format(time.RFC3339), Source: f.SourceID, Origin: string(f.Origin), CreatedBy: f.CreatedBy,
		Revision: f.Revision, Supersedes: short.Supersedes, SupersededBy: short.SupersededBy,
		Evidence: []figureShowEvidence{}, Corrections: []report.CorrectionJSON{},
	}
	for _, e := range evidence {
		ej := figureShowEvidence{URL: e.URL, Quote: e.Quote, SnapshotHash: e.SnapshotHash, Source: e.SourceID}
		if !e.SeenAt.IsZero() {
			ej.FetchedAt = e.SeenAt.UTC().Format(time.RFC3339)
		}
		out.Evidence = append(out.Evidence, ej)
	}
	for _, c := range corrections {
		out.Corrections = append(out.Corrections, report.NewCorrectionJSON(c))
	}
	return out
}

// figureShow prints one figure: its fields, every piece of evidence with
// its snapshot, and the correction history of its chain. An unknown id is
// a failure (exit 1), a malformed one a usage error (exit 2).
func (a *app) figureShow(ctx context.Context, args []string) error {
	id, audit, asJSON, err := a.figureAudit(ctx, "figure show", args)
	if tracker.ErrorCode(err) == tracker.NotFound {
		return fmt.Errorf("figure %d does not exist ('gapwatch figures' lists them)", id)
	}
	if err != nil {
		return err
	}
	var f tracker.Figure
	for _, g := range audit.Figures {
		if g.ID == id {
			f = g
		}
	}
	evidence := audit.Evidence[id]
	if len(evidence) == 0 && (f.Evidence.URL != "" || f.Evidence.Quote != "") {
		evidence = []tracker.Evidence{f.Evidence}
	}
	doc := newFigureShowJSON(f, evidence, audit.Corrections)
	if asJSON {
		return writeJSON(a.stdout, doc)
	}
	w := a.stdout
	fmt.Fprintf(w, "Figure #%d: %s (%s, %s)\n", f.ID, f.ValueText(), f.Stance, f.Status)
	row := func(k, v string) { fmt.Fprintf(w, "  %-14s %s\n", k, v) }
	row("metric", f.MetricID)
	if doc.ValueHigh != nil {
		row("value", fmt.Sprintf("%d to %d (%s)", f.Value, f.ValueHigh, f.Qualifier))
	} else {
		row("value", fmt.Sprintf("%d (%s)", f.Value, f.Qualifier))
	}
	row("stance", string(f.Stance))
	row("actor", f.Actor)
	row("status", string(f.Status))
	row("as of", report.DateText(f.Date()))
	row("seen", f.SeenAt.UTC().Format("2006-01-02 15:04 UTC"))
	found := string(f.Origin)
	if f.SourceID != "" {
		found += ", source " + f.SourceID
	}
	row("found by", found)
	row("added by", f.CreatedBy)
	if f.Supersedes != 0 {
		row("supersedes", fmt.Sprintf("#%d", f.Supersedes))
	}
	if f.SupersededBy != 0 {
		row("superseded by", fmt.Sprintf("#%d", f.SupersededBy))
	}
	fmt.Fprintf(w, "\nEvidence (%d):\n", len(doc.Evidence))
	if len(doc.Evidence) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for i, e := range doc.Evidence {
		fmt.Fprintf(w, "  %d. %s\n", i+1, orDash(e.URL))
		if e.Quote != "" {
			fmt.Fprintf(w, "     “%s”\n", strings.Join(strings.Fields(e.Quote), " "))
		}
		var meta []string
		if e.SnapshotHash != "" {
			meta = append(meta, "snapshot "+e.SnapshotHash)
		} else {
			meta = append(meta, "no snapshot")
		}
		if e.FetchedAt != "" {
			meta = append(meta, "fetched "+e.FetchedAt)
		}
		if e.Source != "" {
			meta = append(meta, "source "+e.Source)
		}
		fmt.Fprintf(w, "     %s\n", strings.Join(meta, " · "))
	}
	fmt.Fprintln(w, "\nCorrection history:")
	if len(audit.Corrections) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, c := range audit.Corrections {
		fmt.Fprintln(w, "  "+report.CorrectionText(c))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
