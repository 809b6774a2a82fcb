package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// cmdFigures lists figures, newest first, with their evidence.
func (a *app) cmdFigures(ctx context.Context, args []string) error {
	fs := a.newFlags("figures")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	status := fs.String("status", "", "only figures with this `STATUS`: pending, approved, rejected, retracted or superseded (default: any)")
	limit := fs.Int("limit", 0, "print at most `N` figures (0: all)")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("figures", pos, 0, 1); err != nil {
		return err
	}
	if *limit < 0 {
		return usagef("--limit must not be negative")
	}
	filter := tracker.FigureFilter{Limit: *limit}
	if *status != "" {
		if filter.Status, err = tracker.ParseStatus(*status); err != nil {
			return err
		}
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if len(pos) == 1 {
		if _, err := s.Metric(ctx, pos[0]); err != nil {
			return err
		}
		filter.MetricID = pos[0]
	}
	figs, err := s.Figures(ctx, filter)
	if err != nil {
		return err
	}
	if *asJSON {
		out := struct {
			Figures []report.FigureDetailJSON `json:"figures"`
		}{Figures: []report.FigureDetailJSON{}}
		for _, f := range figs {
			out.Figures = append(out.Figures, report.NewFigureDetailJSON(f, nil))
		}
		return writeJSON(a.stdout, out)
	}
	if len(figs) == 0 {
		fmt.Fprintln(a.stdout, "no figures")
		return nil
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tMETRIC\tSTATUS\tSTANCE\tACTOR\tVALUE\tDATE\tEVIDENCE")
	for _, f := range figs {
		evidence := f.Evidence.URL
		if f.Evidence.Quote != "" {
			evidence += " “" + report.Truncate(f.Evidence.Quote, 80) + "”"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.ID, f.MetricID, f.Status, f.Stance, f.Actor, f.ValueText(), report.DateText(f.Date()), evidence)
	}
	return tw.Flush()
}
