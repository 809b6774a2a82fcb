package main

import (
	"context"
	"fmt"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// cmdStatus prints the standing of one metric or of all of them.
func (a *app) cmdStatus(ctx context.Context, args []string) error {
	fs := a.newFlags("status")
	asJSON := fs.Bool("json", false, "print JSON (the document /api/standings.json serves) instead of text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("status", pos, 0, 1); err != nil {
		return err
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	var standings []tracker.Standing
	if len(pos) == 1 {
		st, err := s.Standing(ctx, pos[0], a.now())
		if err != nil {
			return err
		}
		standings = []tracker.Standing{st}
	} else if standings, err = s.Standings(ctx, a.now()); err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, report.NewStandingsJSON(standings))
	}
	for i, st := range standings {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		fmt.Fprint(a.stdout, report.StandingText(st))
	}
	return nil
}
