package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

func statusCommand() Command {
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "status",
			Description: "Where a metric stands: confirmed vs claimed, the gap, flags and evidence",
			Options: []*discordgo.ApplicationCommandOption{
				metricOption(false, "The metric (default: every metric)"),
			},
		},
		Handle:       handleStatus,
		Autocomplete: autocomplete(false),
	}
}

// handleStatus shows the standing of one metric, or of every metric.
func handleStatus(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	o, err := commandOptions(i)
	if err != nil {
		return err
	}
	id, _, err := metricArg(ctx, d.Store, o, false, false)
	if err != nil {
		return err
	}
	now := d.now()
	var standings []tracker.Standing
	if id != "" {
		st, err := d.Store.Standing(ctx, id, now)
		if err != nil {
			return err
		}
		standings = []tracker.Standing{st}
	} else if standings, err = d.Store.Standings(ctx, now); err != nil {
		return err
	}
	if len(standings) == 0 {
		return respond(ctx, r, reply{Content: "No metrics are tracked yet: declare some in the tracker file."})
	}
	groups := make([][]*discordgo.MessageEmbed, len(standings))
	for k, st := range standings {
		groups[k] = Embeds(d.standingMessage(st))
	}
	return sendPages(ctx, r, packPages(groups), reply{})
}

// standingMessage renders one standing: both sides with actors and dates,
// the gap and ratio, the flags with their meaning, and the evidence.
func (d *Router) standingMessage(st tracker.Standing) tracker.Message {
	unit := st.Metric.Unit
	msgs := report.Messages{PublicURL: d.PublicURL}
	m := tracker.Message{
		Kind:  tracker.KindAlert,
		Title: st.Metric.Name + " (" + st.Metric.ID + ")",
		Color: report.ColorConfirmed,
	}
	if len(tracker.OnlyAlertFlags(st.Flags)) > 0 {
		m.Color = report.ColorFlag
	}
	side := func(f *tracker.Figure, sup tracker.Support) string {
		if f == nil {
			return "none approved yet"
		}
		out := fmt.Sprintf("%s — %s, %s · #%d", report.Bold(report.Escape(report.ValueWithUnit(*f, unit))),
			report.Escape(f.Actor), report.DateText(f.Date()), f.ID)
		if c := report.SupportText(sup); c != "" {
			out += " · " + c
		}
		return out
	}
	m.Fields = []tracker.Field{
		{Name: "Confirmed", Value: side(st.Confirmed, st.ConfirmedSupport), Inline: true},
		{Name: "Claimed", Value: side(st.Claimed, st.ClaimedSupport), Inline: true},
		{Name: "Gap", Value: report.Escape(report.GapText(st))},
	}
	flags := report.FlagsText(st.Flags)
	if len(st.Flags) > 0 {
		var lines []string
		for _, f := range st.Flags {
			lines = append(lines, report.Bold(string(f))+": "+report.Escape(report.FlagMeaning(f, st)))
		}
		flags = strings.Join(lines, "\n")
	}
	m.Fields = append(m.Fields, tracker.Field{Name: "Flags", Value: flags})
	if st.Has(tracker.FlagConflict) && len(st.Confirmers) > 1 {
		var lines []string
		for _, c := range st.Confirmers {
			lines = append(lines, report.Escape(report.FigureSummary(c, unit)))
		}
		m.Fields = append(m.Fields, tracker.Field{Name: "Confirmers disagree", Value: strings.Join(lines, "\n")})
	}
	var evidence []string
	for _, side := range []struct {
		label string
		f     *tracker.Figure
	}{{"confirmed", st.Confirmed}, {"claimed", st.Claimed}} {
		if side.f == nil {
			continue
		}
		line := side.label + ": "
		if u := tracker.ShownLink(side.f.Evidence.URL); u != "" {
			line += u
		} else {
			line += "no evidence link"
		}
		if p := msgs.Permalink(side.f.ID); p != "" {
			line += " · " + p
		}
		evidence = append(evidence, line)
	}
	if len(evidence) > 0 {
		m.Fields = append(m.Fields, tracker.Field{Name: "Evidence", Value: strings.Join(evidence, "\n")})
	}
	if t := st.LastUpdate(); !t.IsZero() {
		m.Footer = "latest figure " + report.DateText(t)
	}
	return m
}
