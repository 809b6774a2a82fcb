package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

func sourcesCommand() Command {
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "sources",
			Description: "Each source: its last success, its failures and its next check",
			Options:     []*discordgo.ApplicationCommandOption{},
		},
		Handle: handleSources,
	}
}

// handleSources lists every source with its health.
func handleSources(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	srcs, err := d.Store.Sources(ctx)
	if err != nil {
		return err
	}
	states, err := d.Store.SourceStates(ctx)
	if err != nil {
		return err
	}
	msg := tracker.Message{Title: "Sources", Color: report.ColorNotice}
	if len(srcs) == 0 {
		msg.Description = "No sources: declare some in the tracker file."
	}
	healthy := 0
	for _, s := range srcs {
		st := states[s.ID]
		if s.Enabled && st.Healthy() {
			healthy++
		}
		msg.Fields = append(msg.Fields, tracker.Field{Name: sourceTitle(s, st), Value: sourceLines(s, st)})
	}
	if len(srcs) > 0 {
		msg.Footer = fmt.Sprintf("%d of %d sources healthy", healthy, len(srcs))
	}
	return sendPages(ctx, r, layout(msg, 5), reply{})
}

func sourceTitle(s tracker.Source, st tracker.SourceState) string {
	mark := "🟢"
	switch {
	case !s.Enabled:
		mark = "⚪"
	case st.ConsecutiveFailures > 0:
		mark = "🔴"
	case st.LastCheck.IsZero():
		mark = "🕓"
	}
	name := mark + " " + s.ID
	if !s.Enabled {
		name += " (disabled)"
	}
	return name
}

func sourceLines(s tracker.Source, st tracker.SourceState) string {
	var lines []string
	if u := tracker.ShownLink(s.URL); u != "" {
		lines = append(lines, u)
	}
	when := func(t time.Time, none string) string {
		if t.IsZero() {
			return none
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	}
	lines = append(lines, "Last success: "+when(st.LastSuccess, "never"))
	if st.ConsecutiveFailures > 0 {
		lines = append(lines, fmt.Sprintf("Failures in a row: %d", st.ConsecutiveFailures))
		if st.LastError != "" {
			lines = append(lines, "Last error: "+report.Escape(clip(oneLine(st.LastError), 300)))
		}
	}
	if s.Enabled {
		lines = append(lines, "Next check: "+when(st.NextCheck, "due now"))
	}
	return strings.Join(lines, "\n")
}
