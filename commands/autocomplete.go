package commands

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// maxChoices is how many autocomplete choices Discord shows.
const maxChoices = 25

// allMetricsValue is what /alerts and /digest take for "every metric".
const allMetricsValue = "all"

// metricOption is the metric option of a command, autocompleted.
func metricOption(required bool, desc string) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionString, Name: "metric", Description: desc,
		Required: required, Autocomplete: true, MaxLength: 64,
	}
}

// autocomplete answers the focused metric or actor option of any command
// with up to 25 matching choices; withAll offers "all" for the metric too.
func autocomplete(withAll bool) func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	return func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
		o, err := commandOptions(i)
		if err != nil {
			return err
		}
		var choices []*discordgo.ApplicationCommandOptionChoice
		if f := o.focused(); f != nil {
			typed, _ := f.Value.(string)
			switch f.Name {
			case "metric":
				if choices, err = metricChoices(ctx, d.Store, typed, withAll); err != nil {
					return err
				}
			case "actor":
				if choices, err = actorChoices(ctx, d.Store, typed); err != nil {
					return err
				}
			}
		}
		if choices == nil {
			choices = []*discordgo.ApplicationCommandOptionChoice{}
		}
		return r.Respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices, AllowedMentions: NoMentions()},
		})
	}
}

// choiceName is a choice's label: "Name (id)", at most 100 characters.
func choiceName(name, id string) string {
	suffix := " (" + id + ")"
	if name == "" || name == id {
		return clip(oneLine(clean(id)), 100)
	}
	return clip(oneLine(clean(name)), max(1, 100-units(suffix))) + suffix
}

// matches ranks how well typed matches a candidate: 2 for a prefix of the
// id or name, 1 for a substring, 0 for none. Empty typed matches all.
func matches(typed string, keys ...string) int {
	t := tracker.FoldName(typed)
	if t == "" {
		return 2
	}
	best := 0
	for _, k := range keys {
		k = tracker.FoldName(k)
		switch {
		case strings.HasPrefix(k, t):
			return 2
		case strings.Contains(k, t):
			best = 1
		}
	}
	return best
}

// metricChoices lists the metrics whose id or name starts with or contains
// typed, prefix matches first, at most 25.
func metricChoices(ctx context.Context, s Store, typed string, withAll bool) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	ms, err := s.Metrics(ctx)
	if err != nil {
		return nil, err
	}
	var prefix, contains []*discordgo.ApplicationCommandOptionChoice
	if withAll && matches(typed, allMetricsValue, "every metric") > 0 {
		prefix = append(prefix, &discordgo.ApplicationCommandOptionChoice{Name: "All metrics (all)", Value: allMetricsValue})
	}
	for _, m := range ms {
		c := &discordgo.ApplicationCommandOptionChoice{Name: choiceName(m.Name, m.ID), Value: m.ID}
		switch matches(typed, m.ID, m.Name) {
		case 2:
			prefix = append(prefix, c)
		case 1:
			contains = append(contains, c)
		}
	}
	return firstChoices(prefix, contains), nil
}

// firstChoices puts the prefix matches before the other matches and keeps
// as many as Discord shows.
func firstChoices(prefix, contains []*discordgo.ApplicationCommandOptionChoice) []*discordgo.ApplicationCommandOptionChoice {
	out := append(prefix, contains...)
	if len(out) > maxChoices {
		out = out[:maxChoices]
	}
	return out
}

// actorChoices lists the actors whose name or an alias matches typed.
func actorChoices(ctx context.Context, s Store, typed string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	as, err := s.Actors(ctx)
	if err != nil {
		return nil, err
	}
	var prefix, contains []*discordgo.ApplicationCommandOptionChoice
	for _, a := range as {
		c := &discordgo.ApplicationCommandOptionChoice{Name: clip(oneLine(clean(a.Name+" — "+string(a.Role))), 100), Value: clip(a.Name, 100)}
		switch matches(typed, a.Names()...) {
		case 2:
			prefix = append(prefix, c)
		case 1:
			contains = append(contains, c)
		}
	}
	return firstChoices(prefix, contains), nil
}

// metricArg reads the metric option: a known metric, or for commands that
// allow it "all" (or "*") for every metric. It returns the metric id (or
// tracker.AllMetrics) and a display name.
func metricArg(ctx context.Context, s Store, o options, required, allowAll bool) (id, name string, err error) {
	v, ok, err := o.str("metric")
	if err != nil {
		return "", "", err
	}
	if !ok {
		if required {
			return "", "", tracker.Errorf(tracker.Invalid, "option metric is required")
		}
		if allowAll {
			return tracker.AllMetrics, "every metric", nil
		}
		return "", "", nil
	}
	if allowAll && (strings.EqualFold(v, allMetricsValue) || v == tracker.AllMetrics) {
		return tracker.AllMetrics, "every metric", nil
	}
	m, err := s.Metric(ctx, v)
	if err != nil {
		return "", "", err
	}
	return m.ID, m.Name, nil
}
