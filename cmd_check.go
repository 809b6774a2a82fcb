package main

import (
	"context"
	"fmt"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

// checkFigureJSON is a figure found by `check`: the standings' short form
// plus what says where it goes.
type checkFigureJSON struct {
	report.FigureJSON
	Metric string `json:"metric"`
	Status string `json:"status"`
	Quote  string `json:"quote"`
}

type checkSourceJSON struct {
	ID      string            `json:"id"`
	Status  string            `json:"status"`
	Error   *string           `json:"error"`
	Figures []checkFigureJSON `json:"figures"`
}

type checkJSON struct {
	Sources []checkSourceJSON     `json:"sources"`
	Metrics []report.StandingJSON `json:"metrics"`
}

// cmdCheck polls every enabled source once, ignoring schedules, and prints
// what each found, then the standings. Sources that fail are reported; the
// command itself fails only when it cannot run.
func (a *app) cmdCheck(ctx context.Context, args []string) error {
	fs := a.newFlags("check")
	asJSON := fs.Bool("json", false, "print one JSON document instead of text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("check", pos, 0, 0); err != nil {
		return err
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	spacing, err := envDuration(a.getenv, envHostSpacing, sources.DefaultHostSpacing)
	if err != nil {
		return err
	}
	log := newLogger(a.stderr, "text", "warn")
	timeout, err := envDuration(a.getenv, envFetchTimeout, sources.DefaultTimeout)
	if err != nil {
		return err
	}
	var turns sources.SharedTurns
	if s.Dialect() == storage.Postgres { // beside running instances: take the hosts' turns with them
		turns = s
	}
	p := ingest.NewPoller(s, newSourceReader(log, spacing, timeout, turns))
	p.Renderer, p.Next, p.Now, p.Logger = report.Messages{}, scheduler.NextTime, a.now, log
	results, err := p.PollAll(ctx)
	if err != nil {
		return err
	}
	standings, err := s.Standings(ctx, a.now())
	if err != nil {
		return err
	}
	doc := checkJSON{Sources: []checkSourceJSON{}, Metrics: report.NewStandingsJSON(standings).Metrics}
	failed := 0
	for _, r := range results {
		src := checkSourceJSON{ID: r.SourceID, Status: r.Status, Figures: []checkFigureJSON{}}
		if r.Err != nil {
			msg := tracker.RedactText(r.Err.Error())
			src.Error = &msg
			failed++
		}
		for _, f := range r.Figures {
			src.Figures = append(src.Figures, checkFigureJSON{FigureJSON: report.NewFigureJSON(f), Metric: f.MetricID, Status: string(f.Status), Quote: f.Evidence.Quote})
		}
		doc.Sources = append(doc.Sources, src)
	}
	if failed > 0 {
		fmt.Fprintf(a.stderr, "gapwatch check: %d of %d sources failed\n", failed, len(results))
	}
	if *asJSON {
		return writeJSON(a.stdout, doc)
	}
	for i, src := range doc.Sources {
		fmt.Fprintf(a.stdout, "%s: %s", src.ID, src.Status)
		if src.Error != nil {
			fmt.Fprintf(a.stdout, " — %s", *src.Error)
		}
		fmt.Fprintln(a.stdout)
		for _, f := range results[i].Figures { // doc.Sources is in the order of results
			fmt.Fprintf(a.stdout, "  new figure #%d (%s): %s", f.ID, f.Status, report.FigureSummary(f, ""))
			if f.Evidence.URL != "" {
				fmt.Fprintf(a.stdout, " %s", tracker.RedactURL(f.Evidence.URL))
			}
			fmt.Fprintln(a.stdout)
		}
	}
	fmt.Fprintln(a.stdout)
	for i, st := range standings {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		fmt.Fprint(a.stdout, report.StandingText(st))
	}
	return nil
}
