package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

const figuresShown = 15

// statusChoices are the figure statuses, for the status option.
func statusChoices() []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, s := range []tracker.Status{tracker.Pending, tracker.Approved, tracker.Rejected, tracker.Retracted, tracker.Superseded} {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: string(s), Value: string(s)})
	}
	return out
}

func figuresCommand() Command {
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "figures",
			Description: "A metric's newest figures with ids, status, stance, actor, value and evidence",
			Options: []*discordgo.ApplicationCommandOption{
				metricOption(true, "The metric"),
				{Type: discordgo.ApplicationCommandOptionString, Name: "status", Description: "Only figures with this status",
					Choices: statusChoices()},
			},
		},
		Handle:       handleFigures,
		Autocomplete: autocomplete(false),
	}
}

// handleFigures lists the newest 15 figures of a metric.
func handleFigures(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	o, err := commandOptions(i)
	if err != nil {
		return err
	}
	filter := tracker.FigureFilter{Limit: figuresShown}
	if s, ok, err := o.str("status"); err != nil {
		return err
	} else if ok {
		if filter.Status, err = tracker.ParseStatus(s); err != nil {
			return err
		}
	}
	id, name, err := metricArg(ctx, d.Store, o, true, false)
	if err != nil {
		return err
	}
	filter.MetricID = id
	m, err := d.Store.Metric(ctx, id)
	if err != nil {
		return err
	}
	figs, err := d.Store.Figures(ctx, filter)
	if err != nil {
		return err
	}
	msg := tracker.Message{Title: "Newest figures — " + name, Color: report.ColorDigest}
	if filter.Status != "" {
		msg.Title = fmt.Sprintf("Newest %s figures — %s", filter.Status, name)
	}
	if len(figs) == 0 {
		msg.Description = "No figures."
	}
	for _, f := range figs {
		msg.Fields = append(msg.Fields, tracker.Field{
			Name:  fmt.Sprintf("#%d · %s · %s", f.ID, f.Status, f.Stance),
			Value: d.figureLines(f, m.WithDefaults().Unit, 160),
		})
	}
	if len(figs) == figuresShown {
		msg.Footer = fmt.Sprintf("the newest %d; /history shows a period, /audit a figure's trail", figuresShown)
	}
	return sendPages(ctx, r, layout(msg, 3), reply{})
}

// figureLines describes a figure in a few markdown lines: actor, value and
// date; evidence link and permalink; the quote, cut to quoteLen.
func (d *Router) figureLines(f tracker.Figure, unit string, quoteLen int) string {
	lines := []string{fmt.Sprintf("%s — %s (%s)", report.Escape(f.Actor),
		report.Bold(report.Escape(report.ValueWithUnit(f, unit))), report.DateText(f.Date()))}
	var links []string
	if u := tracker.ShownLink(f.Evidence.URL); u != "" {
		links = append(links, u)
	}
	if p := (report.Messages{PublicURL: d.PublicURL}).Permalink(f.ID); p != "" {
		links = append(links, p)
	}
	if len(links) > 0 {
		lines = append(lines, strings.Join(links, " · "))
	} else {
		lines = append(lines, "no evidence link")
	}
	if q := strings.TrimSpace(f.Evidence.Quote); q != "" {
		lines = append(lines, "> "+report.Escape(clip(oneLine(q), quoteLen)))
	}
	return strings.Join(lines, "\n")
}
