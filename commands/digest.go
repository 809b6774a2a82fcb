package commands

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

func digestCommand() Command {
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:                     "digest",
			Description:              "Schedule, stop or send a channel's digest",
			DefaultMemberPermissions: &manageChannels,
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
			Options: []*discordgo.ApplicationCommandOption{
				sub("set", "Post a digest on a schedule",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "schedule",
						Description: `A cron schedule, e.g. "0 9 * * *" (daily at 9) or "@every 12h"`, Required: true, MaxLength: 100},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "timezone",
						Description: `Time zone of the schedule, e.g. "America/Caracas" (default UTC)`, MaxLength: 64},
					metricOption(false, `The metric, or "all" (default: every metric)`),
					channelOption(),
				),
				sub("off", "Stop a channel's digest", channelOption()),
				sub("now", "Send a channel's digest now", channelOption()),
			},
		},
		Handle:       handleDigest,
		Autocomplete: autocomplete(true),
		Ephemeral:    true,
	}
}

// handleDigest sets, stops or sends a channel's digest; it needs Manage
// Channels.
func handleDigest(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	if err := requireManageChannels(i); err != nil {
		return err
	}
	by, err := By(i)
	if err != nil {
		return err
	}
	name, o, err := subcommand(i, "set", "off", "now")
	if err != nil {
		return err
	}
	channelID, err := o.channel(i)
	if err != nil {
		return err
	}
	switch name {
	case "set":
		return d.digestSet(ctx, i, r, o, channelID, by)
	case "off":
		if err := d.Store.ClearDigest(ctx, channelID, by); err != nil {
			return err
		}
		d.changed()
		return respond(ctx, r, reply{Content: fmt.Sprintf("The digest of <#%s> is off.", channelID), Ephemeral: true})
	default: // now
		if d.Digests == nil {
			return errors.New("commands: digest now: no digest sender configured")
		}
		if why, err := d.pausedReason(ctx, channelID); err != nil {
			return err
		} else if why != "" {
			return tracker.Errorf(tracker.Conflict, "<#%s> is paused (%s): run /alerts on there to resume it first", channelID, clip(why, 300))
		}
		if err := deferReply(ctx, r, true); err != nil {
			return err
		}
		if _, err := d.Digests.SendNow(ctx, i.GuildID, channelID); err != nil {
			return err
		}
		d.changed()
		return respond(ctx, r, reply{Content: fmt.Sprintf("Digest queued for <#%s>.", channelID), Ephemeral: true})
	}
}

func (d *Router) digestSet(ctx context.Context, i *discordgo.Interaction, r Responder, o options, channelID, by string) error {
	if d.Next == nil {
		return errors.New("commands: digest set: no schedule parser configured")
	}
	if err := d.requireChannelAccess(ctx, i, o, channelID); err != nil {
		return err
	}
	spec, err := o.requiredStr("schedule")
	if err != nil {
		return err
	}
	tz, _, err := o.str("timezone")
	if err != nil {
		return err
	}
	loc := time.UTC
	if tz != "" {
		if loc, err = time.LoadLocation(tz); err != nil || tz == "Local" {
			return tracker.Errorf(tracker.Invalid, "%q is not a time zone: use an IANA name such as \"America/Caracas\" or \"UTC\"", clip(tz, 64))
		}
	}
	metricID, metricName, err := metricArg(ctx, d.Store, o, false, true)
	if err != nil {
		return err
	}
	now := d.now()
	next, err := d.Next(spec, tz, now)
	if err != nil {
		why := ""
		if inner := errors.Unwrap(err); inner != nil {
			why = " (" + inner.Error() + ")"
		}
		return tracker.Errorf(tracker.Invalid, "%q is not a cron schedule%s: use e.g. \"0 9 * * *\" or \"@every 12h\"", clip(spec, 100), clip(why, 200))
	}
	if next.IsZero() {
		return tracker.Errorf(tracker.Invalid, "%q never fires: use e.g. \"0 9 * * *\" or \"@every 12h\"", clip(spec, 100))
	}
	gap, err := tracker.ScheduleMinGap(func(t time.Time) (time.Time, error) { return d.Next(spec, tz, t) }, now)
	if err != nil {
		return err
	}
	if gap < tracker.MinDigestInterval {
		return tracker.Errorf(tracker.Invalid, "%q fires %s apart: digests need at least %s between them",
			clip(spec, 100), gap, tracker.MinDigestInterval)
	}
	if err := d.Store.SetDigest(ctx, i.GuildID, channelID, metricID, spec, tz, by, next); err != nil {
		return err
	}
	d.changed()
	zone := tz
	if zone == "" {
		zone = "UTC"
	}
	msg := fmt.Sprintf("Digest of %s in <#%s> on `%s` (%s). Next: %s.",
		metricName, channelID, codeSafe(spec), zone, next.In(loc).Format("Mon 2 Jan 2006 15:04 MST"))
	if why, err := d.pausedReason(ctx, channelID); err == nil && why != "" {
		msg += fmt.Sprintf("\n**Paused** (%s): nothing is posted here until /alerts on resumes the channel.", codeSafe(clip(why, 300)))
	}
	return respond(ctx, r, reply{Ephemeral: true, Content: msg})
}

// pausedReason returns why a channel's subscriptions are paused, or "".
func (d *Router) pausedReason(ctx context.Context, channelID string) (string, error) {
	subs, err := d.Store.Subscriptions(ctx, channelID)
	if err != nil {
		return "", err
	}
	for _, s := range subs {
		if s.Paused() {
			return s.PausedReason, nil
		}
	}
	return "", nil
}
