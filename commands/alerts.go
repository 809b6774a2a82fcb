package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// manageChannels is the default permission of /alerts and /digest: server
// admins can widen it; the handler checks it again.
var manageChannels int64 = discordgo.PermissionManageChannels

// channelOption is the channel option of /alerts and /digest.
func channelOption() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel",
		Description: "The channel (default: this one)", ChannelTypes: textChannelTypes}
}

func alertsCommand() Command {
	sub := func(name, desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc,
			Options: []*discordgo.ApplicationCommandOption{metricOption(true, `The metric, or "all" for every metric`), channelOption()}}
	}
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:                     "alerts",
			Description:              "Turn alerts about a metric on or off in a channel",
			DefaultMemberPermissions: &manageChannels,
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
			Options: []*discordgo.ApplicationCommandOption{
				sub("on", "Post alerts about a metric in a channel (also resumes a paused channel)"),
				sub("off", "Stop alerts about a metric in a channel"),
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "list", Description: "What a channel receives, and whether it is paused",
					Options: []*discordgo.ApplicationCommandOption{channelOption()}},
			},
		},
		Handle:       handleAlerts,
		Autocomplete: autocomplete(true),
		Ephemeral:    true,
	}
}

// handleAlerts turns a channel's alerts about a metric (or every metric)
// on or off; it needs Manage Channels.
func handleAlerts(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	if err := requireManageChannels(i); err != nil {
		return err
	}
	by, err := By(i)
	if err != nil {
		return err
	}
	name, o, err := subcommand(i, "on", "off", "list")
	if err != nil {
		return err
	}
	channelID, err := o.channel(i)
	if err != nil {
		return err
	}
	if name == "list" {
		summary, err := d.channelSummary(ctx, channelID)
		if err != nil {
			return err
		}
		return respond(ctx, r, reply{Content: fmt.Sprintf("<#%s>: %s", channelID, summary), Ephemeral: true})
	}
	if name == "on" {
		if err := d.requireChannelAccess(ctx, i, o, channelID); err != nil {
			return err
		}
	}
	metricID, metricName, err := metricArg(ctx, d.Store, o, true, true)
	if err != nil {
		return err
	}
	on := name == "on"
	if err := d.Store.SetAlerts(ctx, i.GuildID, channelID, metricID, on, by); err != nil {
		return err
	}
	d.changed()
	msg := fmt.Sprintf("Alerts about %s are now %s in <#%s>.", metricName, name, channelID)
	if summary, err := d.channelSummary(ctx, channelID); err == nil {
		msg += "\n" + summary
	} else {
		d.logger().Warn("commands: reading subscriptions failed", "guild_id", i.GuildID, "channel_id", channelID, "error", err)
	}
	return respond(ctx, r, reply{Content: msg, Ephemeral: true})
}

// channelSummary says what a channel receives now.
func (d *Router) channelSummary(ctx context.Context, channelID string) (string, error) {
	subs, err := d.Store.Subscriptions(ctx, channelID)
	if err != nil {
		return "", err
	}
	var alerts []string
	digest, paused := "", ""
	for _, s := range subs {
		if s.Paused() && paused == "" {
			paused = fmt.Sprintf("\n**Paused** since %s: %s. Run /alerts on here to resume.",
				s.PausedAt.UTC().Format("2006-01-02 15:04 UTC"), codeSafe(clip(s.PausedReason, 300)))
		}
		name := s.MetricID
		if name == tracker.AllMetrics {
			name = "every metric"
		}
		if s.Alerts {
			alerts = append(alerts, name)
		}
		if s.DigestSchedule != "" && digest == "" {
			tz := s.DigestTZ
			if tz == "" {
				tz = "UTC"
			}
			digest = fmt.Sprintf("a digest on `%s` (%s)", codeSafe(s.DigestSchedule), tz)
		}
	}
	var parts []string
	if len(alerts) > 0 {
		parts = append(parts, "alerts about "+strings.Join(alerts, ", "))
	}
	if digest != "" {
		parts = append(parts, digest)
	}
	if len(parts) == 0 {
		return "This channel receives nothing from gapwatch now." + paused, nil
	}
	return "This channel receives " + strings.Join(parts, " and ") + "." + paused, nil
}
