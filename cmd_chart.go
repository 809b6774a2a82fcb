package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

// cmdChart draws a metric's timeline into a PNG file.
func (a *app) cmdChart(ctx context.Context, args []string) error {
	fs := a.newFlags("chart")
	out := fs.String("o", "", "write the chart to this PNG `FILE` (required)")
	days := fs.Int("days", 0, "draw only the last `N` days (0: the whole history)")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("chart", pos, 1, 1); err != nil {
		return err
	}
	if *out == "" {
		return usagef("-o FILE.png is required")
	}
	if *days < 0 {
		return usagef("--days must not be negative")
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	var since time.Time
	if *days > 0 {
		since = a.now().AddDate(0, 0, -*days)
	}
	png, err := chartPNG(ctx, s, pos[0], since, a.now())
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, png, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "wrote %s (%d bytes)\n", *out, len(png))
	return nil
}
