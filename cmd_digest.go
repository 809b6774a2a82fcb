package main

import (
	"context"
	"fmt"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/tracker"
)

// cmdDigest prints the digest a channel would get now, as plain text; with
// --send it puts it in the outbox instead, for the running service to
// deliver (on the console, or to Discord). A channel other than the console
// must be subscribed.
func (a *app) cmdDigest(ctx context.Context, args []string) error {
	fs := a.newFlags("digest")
	channel := fs.String("channel", tracker.ConsoleChannel, "the `CHANNEL`: console, or a subscribed Discord channel id")
	send := fs.Bool("send", false, "queue the digest for the channel (the running service delivers it) instead of printing it")
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("digest", pos, 0, 0); err != nil {
		return err
	}
	if *channel == "" {
		return usagef("--channel must not be empty")
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if *channel != tracker.ConsoleChannel {
		subs, err := s.Subscriptions(ctx, *channel)
		if err != nil {
			return err
		}
		if len(subs) == 0 {
			return usagef("channel %s has no subscription; subscribe it first: run /alerts on or /digest set in that channel on Discord, or add it under subscriptions: in the tracker file (- channel: \"%s\")", *channel, *channel)
		}
	}
	d := ingest.NewDigester(s, report.Messages{PublicURL: a.getenv(envPublicURL)}, scheduler.NextTime)
	d.Now, d.ModChannel = a.now, a.getenv(envModChannel)
	if !*send {
		msg, err := d.Preview(ctx, "", *channel)
		if err != nil {
			return err
		}
		text := report.MessageText(msg)
		if *asJSON {
			return writeJSON(a.stdout, map[string]any{"channel": *channel, "sent": false, "text": text, "message": msg})
		}
		fmt.Fprint(a.stdout, text)
		return nil
	}
	key, err := d.SendNow(ctx, "", *channel)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]any{"channel": *channel, "sent": true, "key": key})
	}
	fmt.Fprintf(a.stdout, "digest queued for %s (%s); the running service delivers it\n", *channel, key)
	return nil
}
