package main

import (
	"context"
	"fmt"
)

// cmdRun is the long-running service.
func (a *app) cmdRun(ctx context.Context, args []string) error {
	fs := a.newFlags("run")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("run", pos, 0, 0); err != nil {
		return err
	}
	s, c, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(a.stderr, "gapwatch: tracking %d metrics from %d sources; stop with Ctrl-C\n", len(c.Metrics), len(c.Sources))
	<-ctx.Done()
	return nil
}
