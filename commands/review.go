package commands

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// reviewPrefix starts the custom ids of the review buttons and forms.
const reviewPrefix = "review"

// Custom ids of the text inputs of the review forms.
const (
	inputReason = "reason"
	inputValue  = "value"
)

// pendingWindow bounds how many pending figures are read to find the one
// after another.
const pendingWindow = 500

func reviewCommand() Command {
	return Command{
		Definition: &discordgo.ApplicationCommand{
			Name:        "review",
			Description: "Moderators: review pending figures one by one",
			Contexts:    &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
			Options:     []*discordgo.ApplicationCommandOption{},
		},
		Handle:    handleReview,
		Ephemeral: true,
	}
}

// handleReview shows the oldest pending figure to a moderator, privately,
// with Approve, Reject, Correct and Skip buttons.
func handleReview(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
	if err := d.requireModerator(i); err != nil {
		return err
	}
	f, found, err := nextPending(ctx, d.Store, nil)
	if err != nil {
		return err
	}
	view, err := d.reviewView(ctx, f, found, "")
	if err != nil {
		return err
	}
	view.Ephemeral = true
	return respond(ctx, r, view)
}

// reviewAction returns the handler of a review button or form; ok is
// false for an unknown action or a figure id that is not a positive number.
func reviewAction(action, arg string, fields map[string]string, modal bool) (handlerFunc, bool) {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return nil, false
	}
	var run handlerFunc
	switch {
	case !modal && action == "approve":
		run = func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
			return d.reviewChange(ctx, i, r, tracker.Change{FigureID: id, Action: tracker.ActionApprove})
		}
	case !modal && action == "reject":
		run = func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
			return d.openRejectForm(ctx, i, r, id)
		}
	case !modal && action == "correct":
		run = func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
			return d.openCorrectForm(ctx, i, r, id)
		}
	case !modal && action == "next":
		run = func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
			return d.reviewSkip(ctx, i, r, id)
		}
	case modal && action == "reject-modal":
		run = func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
			if err := d.requireModerator(i); err != nil {
				return err
			}
			reason := strings.TrimSpace(fields[inputReason])
			if reason == "" {
				return tracker.Errorf(tracker.Invalid, "a reason is required to reject figure %d", id)
			}
			return d.reviewChange(ctx, i, r, tracker.Change{FigureID: id, Action: tracker.ActionReject, Reason: reason})
		}
	case modal && action == "correct-modal":
		run = func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error {
			if err := d.requireModerator(i); err != nil {
				return err
			}
			v, err := parseFormValue(fields[inputValue])
			if err != nil {
				return err
			}
			reason := strings.TrimSpace(fields[inputReason])
			if reason == "" {
				return tracker.Errorf(tracker.Invalid, "a reason is required to correct figure %d", id)
			}
			return d.reviewChange(ctx, i, r, tracker.Change{FigureID: id, Action: tracker.ActionCorrect, Value: v, Reason: reason})
		}
	default:
		return nil, false
	}
	return run, true
}

// parseFormValue reads the value typed in the correction form: a whole,
// non-negative number; commas and spaces between digit groups are allowed.
func parseFormValue(s string) (int64, error) {
	digits := strings.NewReplacer(",", "", " ", "", "\u00a0", "").Replace(strings.TrimSpace(s))
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || v < 0 || strings.HasPrefix(digits, "+") || strings.HasPrefix(digits, "-") {
		return 0, tracker.Errorf(tracker.Invalid, "value %q is not a whole non-negative number: type digits only, e.g. 56", clip(s, 40))
	}
	return v, nil
}

// reviewChange re-checks the moderator, applies the change and shows the
// next pending figure in place of the reviewed one.
func (d *Router) reviewChange(ctx context.Context, i *discordgo.Interaction, r Responder, c tracker.Change) error {
	if err := d.requireModerator(i); err != nil {
		return err
	}
	by, err := By(i)
	if err != nil {
		return err
	}
	c.By = by
	out, err := d.Store.ApplyChange(ctx, c)
	if err != nil {
		return err
	}
	d.changed()
	note := fmt.Sprintf("Figure #%d %s.", c.FigureID, out.Figure.Status)
	if out.Replacement != nil {
		note = fmt.Sprintf("Figure #%d corrected: %s → %s (new figure #%d, approved).", c.FigureID,
			out.Figure.ValueText(), out.Replacement.ValueText(), out.Replacement.ID)
	}
	next, found, err := nextPending(ctx, d.Store, &out.Figure)
	if err != nil {
		return err
	}
	view, err := d.reviewView(ctx, next, found, note)
	if err != nil {
		return err
	}
	return update(ctx, r, view)
}

// reviewSkip shows the pending figure after figure id.
func (d *Router) reviewSkip(ctx context.Context, i *discordgo.Interaction, r Responder, id int64) error {
	if err := d.requireModerator(i); err != nil {
		return err
	}
	cur, err := d.Store.Figure(ctx, id)
	if err != nil {
		return err
	}
	next, found, err := nextPending(ctx, d.Store, &cur)
	if err != nil {
		return err
	}
	note := ""
	if found && next.ID == cur.ID {
		note = "This is the only figure waiting for review."
	}
	view, err := d.reviewView(ctx, next, found, note)
	if err != nil {
		return err
	}
	return update(ctx, r, view)
}

// openRejectForm asks for the reason of a rejection.
func (d *Router) openRejectForm(ctx context.Context, i *discordgo.Interaction, r Responder, id int64) error {
	if err := d.requireModerator(i); err != nil {
		return err
	}
	return openForm(ctx, r, fmt.Sprintf("%s:reject-modal:%d", reviewPrefix, id), fmt.Sprintf("Reject figure #%d", id),
		discordgo.TextInput{CustomID: inputReason, Label: "Reason", Style: discordgo.TextInputShort, Required: true,
			MaxLength: maxReason, Placeholder: "e.g. misread: the article counts arrests"})
}

// openCorrectForm asks for the corrected value and the reason.
func (d *Router) openCorrectForm(ctx context.Context, i *discordgo.Interaction, r Responder, id int64) error {
	if err := d.requireModerator(i); err != nil {
		return err
	}
	f, err := d.Store.Figure(ctx, id)
	if err != nil {
		return err
	}
	return openForm(ctx, r, fmt.Sprintf("%s:correct-modal:%d", reviewPrefix, id), fmt.Sprintf("Correct figure #%d", id),
		discordgo.TextInput{CustomID: inputValue, Label: "Corrected value (whole number)", Style: discordgo.TextInputShort,
			Required: true, MaxLength: 20, Placeholder: "now " + tracker.FormatPlain(f.Value)},
		discordgo.TextInput{CustomID: inputReason, Label: "Reason", Style: discordgo.TextInputShort, Required: true,
			MaxLength: maxReason, Placeholder: "e.g. the source says 65"})
}

func openForm(ctx context.Context, r Responder, customID, title string, inputs ...discordgo.TextInput) error {
	rows := make([]discordgo.MessageComponent, len(inputs))
	for k, in := range inputs {
		rows[k] = discordgo.ActionsRow{Components: []discordgo.MessageComponent{in}}
	}
	return r.Respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{CustomID: customID, Title: clip(title, 45), Components: rows, AllowedMentions: NoMentions()},
	})
}

// nextPending returns the oldest pending figure (by the date it refers to,
// then when it was seen, then id) after figure after, wrapping around to
// the oldest; with after nil, the oldest. found is false when nothing is
// pending.
func nextPending(ctx context.Context, s Store, after *tracker.Figure) (tracker.Figure, bool, error) {
	if after != nil {
		figs, err := s.Figures(ctx, tracker.FigureFilter{Status: tracker.Pending, Since: after.Date(), Oldest: true, Limit: pendingWindow})
		if err != nil {
			return tracker.Figure{}, false, err
		}
		for _, f := range figs {
			if f.ID != after.ID && f.Newer(*after) {
				return f, true, nil
			}
		}
	}
	figs, err := s.Figures(ctx, tracker.FigureFilter{Status: tracker.Pending, Oldest: true, Limit: 1})
	if err != nil || len(figs) == 0 {
		return tracker.Figure{}, false, err
	}
	return figs[0], true, nil
}

// reviewView shows one pending figure with its buttons, or says that
// nothing is waiting; note goes first (what the last action did).
func (d *Router) reviewView(ctx context.Context, f tracker.Figure, found bool, note string) (reply, error) {
	if !found {
		return reply{Content: strings.TrimSpace(note + " No figures are waiting for review.")}, nil
	}
	pending, err := d.Store.PendingCount(ctx)
	if err != nil {
		return reply{}, err
	}
	unit, name := "", f.MetricID
	if m, err := d.Store.Metric(ctx, f.MetricID); err == nil {
		unit, name = m.WithDefaults().Unit, m.Name
	}
	desc := fmt.Sprintf("%s %s %s (%s)", report.Escape(f.Actor), f.Stance,
		report.Bold(report.Escape(report.ValueWithUnit(f, unit))), report.DateText(f.Date()))
	if q := strings.TrimSpace(f.Evidence.Quote); q != "" {
		desc += "\n> " + report.Escape(clip(oneLine(q), 1500))
	}
	msg := tracker.Message{
		Title:       fmt.Sprintf("Pending figure #%d — %s", f.ID, name),
		Description: desc,
		Color:       colorOf(f.Stance),
		Footer:      fmt.Sprintf("%d waiting for review", pending),
	}
	evidence := tracker.ShownLink(f.Evidence.URL)
	if evidence != "" {
		msg.Fields = append(msg.Fields, tracker.Field{Name: "Evidence", Value: evidence})
	} else {
		msg.Fields = append(msg.Fields, tracker.Field{Name: "Evidence", Value: "no link"})
	}
	source := "entered by hand"
	if f.SourceID != "" {
		source = report.Escape(f.SourceID)
	}
	msg.Fields = append(msg.Fields,
		tracker.Field{Name: "Source", Value: source, Inline: true},
		tracker.Field{Name: "Extracted", Value: fmt.Sprintf("%s (%s)", f.SeenAt.UTC().Format("2006-01-02 15:04 UTC"), f.Origin), Inline: true},
	)
	buttons := []discordgo.MessageComponent{
		discordgo.Button{Label: "Approve", Style: discordgo.SuccessButton, CustomID: fmt.Sprintf("%s:approve:%d", reviewPrefix, f.ID)},
		discordgo.Button{Label: "Reject", Style: discordgo.DangerButton, CustomID: fmt.Sprintf("%s:reject:%d", reviewPrefix, f.ID)},
		discordgo.Button{Label: "Correct", Style: discordgo.PrimaryButton, CustomID: fmt.Sprintf("%s:correct:%d", reviewPrefix, f.ID)},
		discordgo.Button{Label: "Skip", Style: discordgo.SecondaryButton, CustomID: fmt.Sprintf("%s:next:%d", reviewPrefix, f.ID)},
	}
	if evidence != "" && len(evidence) <= 512 {
		buttons = append(buttons, discordgo.Button{Label: "Open evidence", Style: discordgo.LinkButton, URL: evidence})
	}
	return reply{
		Content:    note,
		Embeds:     Embeds(msg),
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}},
	}, nil
}
