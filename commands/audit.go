package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// figureOption is the figure option: a figure id.
func figureOption(desc string) *discordgo.ApplicationCommandOption {
	minID := 1.0
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "figure",
		Description: desc, Required: true, MinValue: &minID}
}

func auditCommand() Command {
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "audit",
			Description: "The correction trail of one figure",
			Options:     []*discordgo.ApplicationCommandOption{figureOption("The figure id (see /figures)")},
		},
		Handle: handleAudit,
	}
}

// handleAudit shows a figure's correction chain and every correction of it.
func handleAudit(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	o, err := commandOptions(i)
	if err != nil {
		return err
	}
	id, err := o.figureID()
	if err != nil {
		return err
	}
	a, err := d.Store.Audit(ctx, id)
	if err != nil {
		return err
	}
	unit := ""
	if len(a.Figures) > 0 {
		if m, err := d.Store.Metric(ctx, a.Figures[0].MetricID); err == nil {
			unit = m.WithDefaults().Unit
		}
	}
	msg := tracker.Message{Title: fmt.Sprintf("Figure #%d — audit trail", id), Color: report.ColorCorrection}
	var lines []string
	for _, f := range a.Figures {
		head := fmt.Sprintf("#%d · %s · %s", f.ID, f.Status, f.Stance)
		if f.ID == id {
			head = report.Bold(head) + " ←"
		}
		lines = append(lines, head, d.figureLines(f, unit, 300), "")
	}
	trail := make([]string, len(a.Corrections))
	for k, c := range a.Corrections {
		trail[k] = codeSafe(report.CorrectionText(c))
	}
	if len(trail) > 0 {
		lines = append(lines, report.Bold("Corrections"), "```\n"+strings.Join(trail, "\n")+"\n```")
	}
	msg.Description = strings.Join(lines, "\n")
	if len(a.Figures) > 0 {
		msg.Footer = "metric " + a.Figures[0].MetricID
	}
	return sendPages(ctx, r, layout(msg, 3), reply{})
}
