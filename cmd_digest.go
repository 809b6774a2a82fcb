package main

import (
	"context"
	"fmt"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/tracker"
)

// cmdDigest composes a channel's digest now and puts it in the outbox;
// the running service delivers it (on the console, or to Discord).
func (a *app) cmdDigest(ctx context.Context, args []string) error {
	fs := a.newFlags("digest")
	channel := fs.String("channel", tracker.ConsoleChannel, `the channel: "console" or a Discord channel id`)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("digest", pos, 0, 0); err != nil {
		return err
	}
	if *channel == "" {
		return usagef("digest: --channel must not be empty")
	}
	s, _, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	d := &ingest.Digester{Store: s, Renderer: report.Messages{PublicURL: a.getenv(envPublicURL)}, Next: scheduler.NextTime, Now: a.now,
		ModChannel: a.getenv(envModChannel)}
	key, err := d.SendNow(ctx, "", *channel)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]string{"key": key, "channel": *channel})
	}
	fmt.Fprintf(a.stdout, "digest queued for %s (%s); the running service delivers it\n", *channel, key)
	return nil
}
