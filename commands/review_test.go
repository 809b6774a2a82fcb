package commands_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// buttonsOf returns the custom ids (or URLs) of a response's buttons.
func buttonsOf(resp *discordgo.InteractionResponse) []string {
	var out []string
	for _, c := range resp.Data.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, b := range row.Components {
			if btn, ok := b.(discordgo.Button); ok {
				if btn.URL != "" {
					out = append(out, btn.URL)
				} else {
					out = append(out, btn.CustomID)
				}
			}
		}
	}
	return out
}

func statusOf(t *testing.T, f *fixture, id int64) tracker.Status {
	t.Helper()
	fig, err := f.store.Figure(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return fig.Status
}

func TestReviewFlow(t *testing.T) {
	f := newFixture(t)
	p1 := addPending(t, f.store, 500, day(8), "el gobierno liberó a 500 @everyone")
	p2 := addPending(t, f.store, 510, day(9), "510 liberados")
	p3 := addPending(t, f.store, 520, day(10), "520 liberados")

	// /review shows the oldest pending figure, privately, with its buttons.
	r := f.run(t, command(modGuild, moderator(), "review"))
	resp := r.only(t)
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || !ephemeral(resp) {
		t.Fatalf("review reply type %d ephemeral %v, want an ephemeral message", resp.Type, ephemeral(resp))
	}
	got := text(resp)
	for _, w := range []string{fmt.Sprintf("Pending figure #%d", p1.ID), "**500 people**", "@\u200beveryone", "3 waiting for review", "https://news.example/a", "news"} {
		if !strings.Contains(got, w) {
			t.Errorf("review lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "@everyone") {
		t.Errorf("the quote can still mention everyone:\n%s", got)
	}
	wantButtons := []string{
		fmt.Sprintf("review:approve:%d", p1.ID), fmt.Sprintf("review:reject:%d", p1.ID),
		fmt.Sprintf("review:correct:%d", p1.ID), fmt.Sprintf("review:next:%d", p1.ID), "https://news.example/a",
	}
	if got := buttonsOf(resp); strings.Join(got, " ") != strings.Join(wantButtons, " ") {
		t.Errorf("buttons = %v, want %v", got, wantButtons)
	}

	// A plain member pressing Approve is refused and the figure stays pending.
	r = f.run(t, button(modGuild, plainMember(), fmt.Sprintf("review:approve:%d", p1.ID)))
	resp = r.only(t)
	if !ephemeral(resp) || !strings.Contains(text(resp), "moderator role") {
		t.Errorf("non-moderator approve: %s", text(resp))
	}
	if s := statusOf(t, f, p1.ID); s != tracker.Pending {
		t.Errorf("figure %d is %s after a refused approval", p1.ID, s)
	}
	// So is a moderator of another guild.
	r = f.run(t, button(otherGuild, serverManager(), fmt.Sprintf("review:approve:%d", p1.ID)))
	if got := text(r.only(t)); !strings.Contains(got, "moderators' server") {
		t.Errorf("other-guild approve: %s", got)
	}

	// Approve acts and updates the message to the next pending figure.
	r = f.run(t, button(modGuild, moderator(), fmt.Sprintf("review:approve:%d", p1.ID)))
	resp = r.only(t)
	if resp.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("approve answered with type %d, want an update (7)", resp.Type)
	}
	if s := statusOf(t, f, p1.ID); s != tracker.Approved {
		t.Errorf("figure %d is %s after approval", p1.ID, s)
	}
	if got := text(resp); !strings.Contains(got, fmt.Sprintf("Figure #%d approved.", p1.ID)) ||
		!strings.Contains(got, fmt.Sprintf("Pending figure #%d", p2.ID)) {
		t.Errorf("after approve: %s", got)
	}

	// Skip goes to the next one; skipping the last wraps around.
	r = f.run(t, button(modGuild, moderator(), fmt.Sprintf("review:next:%d", p2.ID)))
	if got := text(r.only(t)); !strings.Contains(got, fmt.Sprintf("Pending figure #%d", p3.ID)) {
		t.Errorf("skip: %s", got)
	}
	r = f.run(t, button(modGuild, moderator(), fmt.Sprintf("review:next:%d", p3.ID)))
	if got := text(r.only(t)); !strings.Contains(got, fmt.Sprintf("Pending figure #%d", p2.ID)) {
		t.Errorf("skip wrap: %s", got)
	}

	// Reject opens a form for the reason; submitting it rejects.
	r = f.run(t, button(modGuild, moderator(), fmt.Sprintf("review:reject:%d", p2.ID)))
	resp = r.only(t)
	if resp.Type != discordgo.InteractionResponseModal || resp.Data.CustomID != fmt.Sprintf("review:reject-modal:%d", p2.ID) {
		t.Fatalf("reject opened type %d %q, want the reject form", resp.Type, resp.Data.CustomID)
	}
	r = f.run(t, modal(modGuild, moderator(), fmt.Sprintf("review:reject-modal:%d", p2.ID), map[string]string{"reason": " "}))
	if got := text(r.only(t)); !strings.Contains(got, "a reason is required") || !ephemeral(r.only(t)) {
		t.Errorf("blank reason: %s", got)
	}
	r = f.run(t, modal(modGuild, moderator(), fmt.Sprintf("review:reject-modal:%d", p2.ID), map[string]string{"reason": "counts arrests"}))
	if resp := r.only(t); resp.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(text(resp), fmt.Sprintf("Pending figure #%d", p3.ID)) {
		t.Errorf("reject submit: type %d %s", resp.Type, text(resp))
	}
	if s := statusOf(t, f, p2.ID); s != tracker.Rejected {
		t.Errorf("figure %d is %s after rejection", p2.ID, s)
	}

	// Correct opens a form for the value and the reason.
	r = f.run(t, button(modGuild, moderator(), fmt.Sprintf("review:correct:%d", p3.ID)))
	resp = r.only(t)
	if resp.Type != discordgo.InteractionResponseModal || resp.Data.CustomID != fmt.Sprintf("review:correct-modal:%d", p3.ID) ||
		len(resp.Data.Components) != 2 {
		t.Fatalf("correct opened type %d %q with %d inputs", resp.Type, resp.Data.CustomID, len(resp.Data.Components))
	}
	for _, bad := range []string{"abc", "-5", "5.5", ""} {
		r = f.run(t, modal(modGuild, moderator(), fmt.Sprintf("review:correct-modal:%d", p3.ID), map[string]string{"value": bad, "reason": "typo"}))
		if resp := r.only(t); !ephemeral(resp) || !strings.Contains(text(resp), "is not a whole non-negative number") {
			t.Errorf("value %q: %s", bad, text(resp))
		}
	}
	// A non-moderator submitting the form is refused.
	r = f.run(t, modal(modGuild, plainMember(), fmt.Sprintf("review:correct-modal:%d", p3.ID), map[string]string{"value": "52", "reason": "typo"}))
	if got := text(r.only(t)); !strings.Contains(got, "moderator role") {
		t.Errorf("non-moderator correct: %s", got)
	}
	if s := statusOf(t, f, p3.ID); s != tracker.Pending {
		t.Errorf("figure %d is %s after refused correction", p3.ID, s)
	}
	r = f.run(t, modal(modGuild, moderator(), fmt.Sprintf("review:correct-modal:%d", p3.ID), map[string]string{"value": "1,520", "reason": "thousands"}))
	resp = r.only(t)
	if resp.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("correct submit answered type %d: %s", resp.Type, text(resp))
	}
	if got := text(resp); !strings.Contains(got, "corrected: 520 → 1,520") || !strings.Contains(got, "No figures are waiting for review") {
		t.Errorf("correct submit: %s", got)
	}
	if len(resp.Data.Components) != 0 || resp.Data.Components == nil {
		t.Errorf("the buttons stay after the last figure: %v", resp.Data.Components)
	}
	if s := statusOf(t, f, p3.ID); s != tracker.Superseded {
		t.Errorf("figure %d is %s after correction", p3.ID, s)
	}
	a, _ := f.store.Audit(context.Background(), p3.ID)
	last := a.Corrections[len(a.Corrections)-1]
	if last.By != "discord:ana#1001" || last.Reason != "thousands" || last.NewValue != 1520 {
		t.Errorf("correction = %+v", last)
	}
	if f.changed != 3 {
		t.Errorf("Changed called %d times, want 3 (approve, reject, correct)", f.changed)
	}
}

func TestReviewRefusals(t *testing.T) {
	f := newFixture(t)
	p := addPending(t, f.store, 500, day(8), "q")
	tests := []struct {
		name string
		i    *discordgo.Interaction
		want string
	}{
		{"review by a plain member", command(modGuild, plainMember(), "review"), "moderator role"},
		{"review elsewhere", command(otherGuild, serverManager(), "review"), "moderators' server"},
		{"reject form by a plain member", button(modGuild, plainMember(), fmt.Sprintf("review:reject:%d", p.ID)), "moderator role"},
		{"correct form by a plain member", button(modGuild, plainMember(), fmt.Sprintf("review:correct:%d", p.ID)), "moderator role"},
		{"reject submit by a plain member", modal(modGuild, plainMember(), fmt.Sprintf("review:reject-modal:%d", p.ID), map[string]string{"reason": "x"}), "moderator role"},
		{"skip by a plain member", button(modGuild, plainMember(), fmt.Sprintf("review:next:%d", p.ID)), "moderator role"},
		{"approve twice", button(modGuild, moderator(), "review:approve:1"), "cannot approve figure 1: it is approved"},
		{"correct form for an unknown figure", button(modGuild, moderator(), "review:correct:77"), "figure 77 does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.run(t, tt.i)
			resp := r.only(t)
			if !ephemeral(resp) || !strings.Contains(text(resp), tt.want) {
				t.Errorf("reply (ephemeral %v) = %s, want %q", ephemeral(resp), text(resp), tt.want)
			}
		})
	}
	if s := statusOf(t, f, p.ID); s != tracker.Pending {
		t.Errorf("figure is %s after refusals", s)
	}
}

func TestReviewWithNothingPending(t *testing.T) {
	f := newFixture(t)
	r := f.run(t, command(modGuild, moderator(), "review"))
	resp := r.only(t)
	if !ephemeral(resp) || !strings.Contains(resp.Data.Content, "No figures are waiting for review") {
		t.Errorf("reply = %s", text(resp))
	}
}
