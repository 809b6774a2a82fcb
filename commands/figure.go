package commands

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// Text option lengths, enforced by Discord and again here for payloads
// that do not come from the Discord client.
const (
	maxReason = 500
	maxQuote  = 1000
	maxURLArg = 1000
	maxActor  = 100
)

func stanceChoices() []*discordgo.ApplicationCommandOptionChoice {
	return []*discordgo.ApplicationCommandOptionChoice{
		{Name: "confirmed (an independent verifier documented it)", Value: string(tracker.Confirmed)},
		{Name: "claimed (an interested party stated it)", Value: string(tracker.Claimed)},
	}
}

func qualifierChoices() []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, q := range []tracker.Qualifier{tracker.Exact, tracker.AtLeast, tracker.AtMost, tracker.About, tracker.Range} {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: string(q), Value: string(q)})
	}
	return out
}

func reasonOption(required bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "reason",
		Description: "Why (kept in the audit log)", Required: required, MaxLength: maxReason}
}

func valueOption(name, desc string, required bool) *discordgo.ApplicationCommandOption {
	zero := 0.0
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: name,
		Description: desc, Required: required, MinValue: &zero}
}

func figureCommand() Command {
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "figure",
			Description: "Moderators: add, approve, reject, correct or retract a figure",
			Contexts:    guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				sub("add", "Add a figure (approved at once)",
					metricOption(true, "The metric"),
					valueOption("value", "The number", true),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "stance",
						Description: "Confirmed or claimed", Required: true, Choices: stanceChoices()},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "actor",
						Description: "Who stated it, by name or alias", Required: true, Autocomplete: true, MaxLength: maxActor},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "url",
						Description: "Evidence: an http(s) link", MaxLength: maxURLArg},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "quote",
						Description: "Evidence: the quoted sentence", MaxLength: maxQuote},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "as_of",
						Description: "The day it refers to, YYYY-MM-DD (default today, UTC)", MinLength: intPtr(10), MaxLength: 10},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "qualifier",
						Description: "How exact it is (default exact)", Choices: qualifierChoices()},
					valueOption("value_high", "The high end, for qualifier range", false),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: "force",
						Description: "Record a stance that contradicts the actor's role (the audit log notes it)"},
				),
				sub("approve", "Approve a pending or rejected figure", figureOption("The figure id"), reasonOption(false)),
				sub("reject", "Reject a pending figure", figureOption("The figure id"), reasonOption(true)),
				sub("correct", "Correct a figure's value (a new figure supersedes it)",
					figureOption("The figure id"),
					valueOption("value", "The corrected number", true),
					reasonOption(true),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "qualifier",
						Description: "The corrected qualifier (default unchanged)", Choices: qualifierChoices()},
					valueOption("value_high", "The corrected high end, for qualifier range", false),
				),
				sub("retract", "Retract a pending or approved figure", figureOption("The figure id"), reasonOption(true)),
			},
		},
		Handle:       handleFigure,
		Autocomplete: autocomplete(false),
	}
}

func intPtr(n int) *int { return &n }

// handleFigure checks that the caller is a moderator, then adds or changes
// a figure with the command line's semantics, by the Discord user.
func handleFigure(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	if err := d.requireModerator(i); err != nil {
		return err
	}
	by, err := By(i)
	if err != nil {
		return err
	}
	name, o, err := subcommand(i, "add", "approve", "reject", "correct", "retract")
	if err != nil {
		return err
	}
	if name == "add" {
		return d.figureAdd(ctx, o, by, r)
	}
	c, err := changeFromOptions(tracker.Action(name), o, by)
	if err != nil {
		return err
	}
	out, err := d.Store.ApplyChange(ctx, c)
	if err != nil {
		return err
	}
	d.changed()
	return respond(ctx, r, reply{Embeds: Embeds(d.outcomeMessage(ctx, out))})
}

// nonNegative reads an optional whole, non-negative number option.
func nonNegative(o options, name string) (int64, bool, error) {
	v, ok, err := o.integer(name)
	if err != nil || !ok {
		return 0, ok, err
	}
	if v < 0 {
		return 0, false, tracker.Errorf(tracker.Invalid, "option %s must not be negative (got %d)", name, v)
	}
	return v, true, nil
}

// limitedStr reads an optional text option of at most n characters.
func limitedStr(o options, name string, n int) (string, error) {
	s, _, err := o.str(name)
	if err != nil {
		return "", err
	}
	if units(s) > n {
		return "", tracker.Errorf(tracker.Invalid, "option %s is too long: at most %d characters", name, n)
	}
	return s, nil
}

func (d *Router) figureAdd(ctx context.Context, o options, by string, r Responder) error {
	f := tracker.Figure{CreatedBy: by, Status: tracker.Approved, Origin: tracker.OriginManual}
	var err error
	if f.MetricID, err = o.requiredStr("metric"); err != nil {
		return err
	}
	value, ok, err := nonNegative(o, "value")
	if err != nil {
		return err
	}
	if !ok {
		return tracker.Errorf(tracker.Invalid, "option value is required")
	}
	f.Value = value
	stance, err := o.requiredStr("stance")
	if err != nil {
		return err
	}
	if f.Stance, err = tracker.ParseStance(stance); err != nil {
		return err
	}
	if f.Actor, err = o.requiredStr("actor"); err != nil {
		return err
	}
	if units(f.Actor) > maxActor {
		return tracker.Errorf(tracker.Invalid, "option actor is too long: at most %d characters", maxActor)
	}
	q, _, err := o.str("qualifier")
	if err != nil {
		return err
	}
	if f.Qualifier, err = tracker.ParseQualifier(q); err != nil {
		return err
	}
	high, hasHigh, err := nonNegative(o, "value_high")
	if err != nil {
		return err
	}
	if err := highEndOption(f.Qualifier, hasHigh); err != nil {
		return err
	}
	f.ValueHigh = high
	if f.Evidence.URL, err = limitedStr(o, "url", maxURLArg); err != nil {
		return err
	}
	if f.Evidence.URL != "" && tracker.WebLink(f.Evidence.URL) == "" {
		return tracker.Errorf(tracker.Invalid, "option url %q is not an absolute http or https URL", clip(f.Evidence.URL, 200))
	}
	if f.Evidence.Quote, err = limitedStr(o, "quote", maxQuote); err != nil {
		return err
	}
	if asOf, ok, err := o.str("as_of"); err != nil {
		return err
	} else if ok {
		if f.AsOf, err = tracker.ParseDate(asOf); err != nil {
			return tracker.Errorf(tracker.Invalid, "option as_of %q is not a date in the form YYYY-MM-DD", clip(asOf, 40))
		}
	} else {
		f.AsOf = d.now().UTC().Truncate(24 * time.Hour)
	}
	force, err := o.boolean("force")
	if err != nil {
		return err
	}
	res, err := d.Store.Add(ctx, tracker.AddRequest{Figure: f, Force: force})
	if errors.Is(err, tracker.ErrStanceContradictsRole) {
		return tracker.Errorf(tracker.Invalid, "%s. To record it anyway, run the command again with force:true; the audit log notes the override.", tracker.ErrorMessage(err))
	}
	if err != nil {
		return err
	}
	stored := res.Figure
	if res.Existing {
		return respond(ctx, r, reply{Content: fmt.Sprintf("Nothing added: already recorded as figure %d (%s).", stored.ID, stored.Status), Ephemeral: true})
	}
	d.changed()
	unit, name := "", stored.MetricID
	if m, err := d.Store.Metric(ctx, stored.MetricID); err == nil {
		unit, name = m.WithDefaults().Unit, m.Name
	}
	msg := tracker.Message{
		Title: fmt.Sprintf("Figure #%d added — %s", stored.ID, name),
		Description: fmt.Sprintf("%s %s %s (%s), approved at once.", report.Escape(stored.Actor), stored.Stance,
			report.Bold(report.Escape(report.ValueWithUnit(stored, unit))), report.DateText(stored.Date())),
		Color:  colorOf(stored.Stance),
		Footer: "added by " + by,
	}
	if u := tracker.ShownLink(stored.Evidence.URL); u != "" {
		msg.Fields = append(msg.Fields, tracker.Field{Name: "Evidence", Value: u})
	}
	if qt := strings.TrimSpace(stored.Evidence.Quote); qt != "" {
		msg.Fields = append(msg.Fields, tracker.Field{Name: "Quote", Value: "> " + report.Escape(oneLine(qt))})
	}
	return respond(ctx, r, reply{Embeds: Embeds(msg)})
}

// highEndOption applies tracker.CheckHighEnd in the words of the options.
func highEndOption(q tracker.Qualifier, hasHigh bool) error {
	switch err := tracker.CheckHighEnd(q, hasHigh); {
	case errors.Is(err, tracker.ErrRangeNeedsHighEnd):
		return tracker.Errorf(tracker.Invalid, "qualifier range needs the value_high option")
	case errors.Is(err, tracker.ErrHighEndNeedsRange):
		return tracker.Errorf(tracker.Invalid, "option value_high is only for qualifier range")
	}
	return nil
}

func colorOf(s tracker.Stance) int {
	if s == tracker.Confirmed {
		return report.ColorConfirmed
	}
	return report.ColorClaimed
}

// changeFromOptions reads approve, reject, correct or retract.
func changeFromOptions(action tracker.Action, o options, by string) (tracker.Change, error) {
	id, err := o.figureID()
	if err != nil {
		return tracker.Change{}, err
	}
	reason, err := limitedStr(o, "reason", maxReason)
	if err != nil {
		return tracker.Change{}, err
	}
	c := tracker.Change{FigureID: id, Action: action, Reason: reason, By: by}
	if action == tracker.ActionCorrect {
		v, ok, err := nonNegative(o, "value")
		if err != nil {
			return c, err
		}
		if !ok {
			return c, tracker.Errorf(tracker.Invalid, "option value is required to correct a figure")
		}
		c.Value = v
		if q, ok, err := o.str("qualifier"); err != nil {
			return c, err
		} else if ok {
			if c.Qualifier, err = tracker.ParseQualifier(q); err != nil {
				return c, err
			}
		}
		high, hasHigh, err := nonNegative(o, "value_high")
		if err != nil {
			return c, err
		}
		if err := highEndOption(c.Qualifier, hasHigh); err != nil {
			return c, err
		}
		c.ValueHigh = high
	}
	if c.Reason == "" && action != tracker.ActionApprove {
		return c, tracker.Errorf(tracker.Invalid, "option reason is required to %s a figure", action)
	}
	return c, nil
}

// outcomeMessage confirms a moderator's change.
func (d *Router) outcomeMessage(ctx context.Context, out tracker.Outcome) tracker.Message {
	f, c := out.Figure, out.Correction
	msg := tracker.Message{Color: report.ColorCorrection, Footer: fmt.Sprintf("%s by %s", c.Action, c.By), Timestamp: c.At}
	name := f.MetricID
	if m, err := d.Store.Metric(ctx, f.MetricID); err == nil {
		name = m.Name
	}
	switch {
	case out.Replacement != nil:
		msg.Title = fmt.Sprintf("Figure #%d corrected — %s", f.ID, name)
		msg.Description = fmt.Sprintf("%s's %s figure: %s → %s; the new figure is #%d.", report.Escape(f.Actor), f.Stance,
			report.Strike(report.Escape(f.ValueText())), report.Bold(report.Escape(out.Replacement.ValueText())), out.Replacement.ID)
	default:
		msg.Title = fmt.Sprintf("Figure #%d %s — %s", f.ID, f.Status, name)
		msg.Description = fmt.Sprintf("%s's %s figure of %s is now %s.", report.Escape(f.Actor), f.Stance,
			report.Bold(report.Escape(f.ValueText())), f.Status)
		if f.Status == tracker.Retracted || f.Status == tracker.Rejected {
			msg.Color = report.ColorRetraction
		}
	}
	if c.Reason != "" {
		msg.Fields = append(msg.Fields, tracker.Field{Name: "Reason", Value: report.Escape(c.Reason)})
	}
	return msg
}
