package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestStatusCommandAnswersWithNumbers seeds 56 confirmed and 400 claimed
// releases and injects /status over the gateway: the answer shows both
// numbers and the gap, and pings nobody.
func TestStatusCommandAnswersWithNumbers(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	e.add(tracker.Confirmed, "Foro Penal", 56, "")
	e.add(tracker.Claimed, "Government of Venezuela", 400, "")
	e.startBot(nil)

	in, err := e.srv.SlashCommand(e.ctx, guildID, general, carolID, "status", discordtest.OptString("metric", metricID))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := in.WaitResponse(e.ctx)
	if err != nil {
		t.Fatalf("no answer: %v (attempts %+v)", err, in.Attempts())
	}
	if resp.Type != discordtest.ResponseChannelMessage {
		t.Errorf("response type = %d, want %d", resp.Type, discordtest.ResponseChannelMessage)
	}
	text := embedText(t, resp.Embeds)
	for _, want := range []string{"56", "400", "344", "Foro Penal", "Government of Venezuela", "GAP"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	if !resp.MentionsSuppressed {
		t.Errorf("allowed_mentions = %s, want %s", resp.AllowedMentions, noMentionsJSON)
	}
	if took := resp.At.Sub(in.InjectedAt); took > 3*time.Second {
		t.Errorf("answered after %s, past Discord's 3 s", took)
	}
}

// correctCommand is /figure correct figure:<id> value:<v> reason:<why>.
func correctCommand(figureID, value int64, reason string) discordtest.CommandOption {
	return discordtest.OptSubcommand("correct",
		discordtest.OptInteger("figure", figureID),
		discordtest.OptInteger("value", value),
		discordtest.OptString("reason", reason))
}

// TestPlainMemberCorrectionIsRefused has a member without the moderator
// role run /figure correct: the answer is an ephemeral refusal, and the
// store is unchanged (same figure, value and status, no new correction).
func TestPlainMemberCorrectionIsRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	conf := e.add(tracker.Confirmed, "Foro Penal", 56, "")
	lastBefore, err := e.store.LastCorrectionID(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.startBot(nil)

	in, err := e.srv.SlashCommand(e.ctx, guildID, general, carolID, "figure", correctCommand(conf.ID, 72, "I think so"))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := in.WaitResponse(e.ctx)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	if resp.Flags&discordtest.FlagEphemeral == 0 {
		t.Errorf("refusal is not ephemeral (flags %d)", resp.Flags)
	}
	text := strings.ToLower(resp.Content + embedText(t, resp.Embeds))
	if !strings.Contains(text, "moderator") {
		t.Errorf("refusal = %q, want it to mention the moderator role", text)
	}
	after, err := e.store.Figure(e.ctx, conf.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.Value != 56 || after.Status != tracker.Approved || after.SupersededBy != 0 {
		t.Errorf("figure after the refusal = value %d status %s superseded by %d", after.Value, after.Status, after.SupersededBy)
	}
	if lastAfter, _ := e.store.LastCorrectionID(e.ctx); lastAfter != lastBefore {
		t.Errorf("corrections went from %d to %d", lastBefore, lastAfter)
	}
}

// TestModeratorCorrectionEditsAlertAndPostsNotice delivers the alerts of
// 56 confirmed and 400 claimed, has the moderator correct 56 to 72 over
// the gateway, and runs the fan-out and the outbox: the original alert is
// edited (old value struck, new one beside it) and a correction notice is
// posted in reply to it, all without pings.
func TestModeratorCorrectionEditsAlertAndPostsNotice(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	if err := e.store.SetAlerts(e.ctx, guildID, alertsCh, metricID, true, "test"); err != nil {
		t.Fatal(err)
	}
	conf := e.add(tracker.Confirmed, "Foro Penal", 56, "Foro Penal confirmed 56 releases.")
	e.add(tracker.Claimed, "Government of Venezuela", 400, "")
	changed := make(chan struct{}, 1)
	e.deps.Changed = func() {
		select {
		case changed <- struct{}{}:
		default:
		}
	}
	b := e.startBot(nil)
	fo, d := e.fanout(), e.deliverer(b)
	if _, err := fo.Run(e.ctx); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(d, 20*time.Second)

	// The alert that showed 56.
	var original tracker.OutboxItem
	for _, it := range e.outbox() {
		if it.FigureID == conf.ID && it.Op == tracker.OpPost && it.Kind == tracker.KindAlert {
			original = it
		}
	}
	if original.MessageID == "" {
		t.Fatalf("no delivered alert for figure %d: %+v", conf.ID, e.outbox())
	}

	in, err := e.srv.SlashCommand(e.ctx, guildID, general, aliceID, "figure", correctCommand(conf.ID, 72, "recount by Foro Penal"))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := in.WaitResponse(e.ctx)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	if resp.Flags&discordtest.FlagEphemeral != 0 && strings.Contains(strings.ToLower(resp.Content), "moderator") {
		t.Fatalf("the moderator was refused: %q", resp.Content)
	}
	select {
	case <-changed:
	case <-time.After(5 * time.Second):
		t.Fatal("the command did not report a change")
	}
	if _, err := fo.Run(e.ctx); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(d, 20*time.Second)

	msg, ok := e.srv.Message(original.MessageID)
	if !ok || len(msg.Edits) != 1 {
		t.Fatalf("original alert %s: found %v, edits %d; want 1 edit", original.MessageID, ok, len(msg.Edits))
	}
	edited := embedText(t, msg.Embeds)
	for _, want := range []string{"~~56 people~~", "**72 people**", "recount by Foro Penal"} {
		if !strings.Contains(edited, want) {
			t.Errorf("edited alert lacks %q:\n%s", want, edited)
		}
	}
	if !msg.Edits[0].MentionsSuppressed {
		t.Errorf("edit allowed_mentions = %s", msg.Edits[0].AllowedMentions)
	}
	var replies []string
	for _, m := range e.srv.Messages(alertsCh) {
		if m.Reference != nil && m.Reference.MessageID == original.MessageID {
			replies = append(replies, embedText(t, m.Embeds))
			if !m.MentionsSuppressed {
				t.Errorf("reply allowed_mentions = %s", m.AllowedMentions)
			}
		}
	}
	if len(replies) != 1 || !strings.Contains(replies[0], "56 → 72") {
		t.Errorf("correction replies = %q, want one with \"56 → 72\"", replies)
	}
	if p := e.srv.Pings(); len(p) != 0 {
		t.Errorf("pings = %+v", p)
	}
	fig, _ := e.store.Figure(e.ctx, conf.ID)
	if fig.Status != tracker.Superseded || fig.SupersededBy == 0 {
		t.Errorf("corrected figure = %+v", fig)
	}
}
