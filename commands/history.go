package commands

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

const (
	defaultHistoryDays = 30
	maxHistoryDays     = 3650
	maxHistoryRows     = 50
)

func historyCommand() Command {
	minDays := 1.0
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "history",
			Description: "A metric's timeline: the figures of the last days, with a chart",
			Options: []*discordgo.ApplicationCommandOption{
				metricOption(true, "The metric"),
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "days", Description: "How many days back (default 30)",
					MinValue: &minDays, MaxValue: maxHistoryDays},
			},
		},
		Handle:       handleHistory,
		Autocomplete: autocomplete(false),
	}
}

// handleHistory shows a metric's figures of the last days, oldest first,
// as a table, with the chart attached when one can be drawn. It defers
// first when there is a chart to draw.
func handleHistory(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	o, err := commandOptions(i)
	if err != nil {
		return err
	}
	days, ok, err := o.integer("days")
	if err != nil {
		return err
	}
	if !ok {
		days = defaultHistoryDays
	}
	if days < 1 || days > maxHistoryDays {
		return tracker.Errorf(tracker.Invalid, "option days must be between 1 and %d, not %d", maxHistoryDays, days)
	}
	id, _, err := metricArg(ctx, d.Store, o, true, false)
	if err != nil {
		return err
	}
	m, err := d.Store.Metric(ctx, id)
	if err != nil {
		return err
	}
	m = m.WithDefaults()
	now := d.now()
	since := now.UTC().Truncate(24*time.Hour).AddDate(0, 0, -int(days)+1)
	if d.Chart != nil {
		if err := deferReply(ctx, r, false); err != nil {
			return err
		}
	}
	figs, err := d.Store.Figures(ctx, tracker.FigureFilter{MetricID: m.ID, Since: since, Limit: maxHistoryRows + 1})
	if err != nil {
		return err
	}
	more := len(figs) > maxHistoryRows
	if more {
		figs = figs[:maxHistoryRows]
	}
	slices.Reverse(figs) // oldest first

	msg := tracker.Message{
		Title:  fmt.Sprintf("%s — last %d days", m.Name, days),
		Color:  report.ColorDigest,
		Footer: "oldest first · use /audit with a figure id for its history",
	}
	switch {
	case len(figs) == 0:
		msg.Description = fmt.Sprintf("No figures since %s.", report.DateText(since))
	case more:
		msg.Description = fmt.Sprintf("The latest %d figures since %s:\n", maxHistoryRows, report.DateText(since)) + historyTable(figs)
	default:
		msg.Description = historyTable(figs)
	}
	out := reply{}
	if d.Chart != nil {
		png, err := d.Chart(ctx, m.ID, since)
		if err != nil {
			d.logger().Warn("commands: history chart failed", "guild_id", i.GuildID, "user_id", callerID(i),
				"command", "history", "metric_id", m.ID, "error", err)
		} else if len(png) > 0 {
			name := "gapwatch-" + m.ID + ".png"
			out.Files = []*discordgo.File{{Name: name, ContentType: "image/png", Reader: bytes.NewReader(png)}}
			embeds := Embeds(msg)
			embeds[0].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + name}
			out.Embeds = embeds
			return respond(ctx, r, out)
		}
	}
	out.Embeds = Embeds(msg)
	return respond(ctx, r, out)
}

// historyTable renders figures as an aligned table in a code block: date,
// value, stance, actor, status, id.
func historyTable(figs []tracker.Figure) string {
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tVALUE\tSTANCE\tACTOR\tSTATUS\tID")
	for _, f := range figs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t#%d\n", report.DateText(f.Date()), f.ValueText(), f.Stance,
			codeSafe(clip(oneLine(f.Actor), 24)), f.Status, f.ID)
	}
	tw.Flush()
	return "```\n" + strings.TrimRight(b.String(), "\n") + "\n```"
}

// codeSafe keeps text from closing a code block: backticks become a
// look-alike.
func codeSafe(s string) string {
	return strings.ReplaceAll(clean(s), "`", "\u02cb")
}
