package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/tracker"
)

// panickyObserver panics when a command is done: a panic that escapes the
// commands router, for the bot's own recovery to catch.
type panickyObserver struct{ tracker.NopObserver }

func (panickyObserver) CommandDone(string, time.Duration, bool) { panic("observer exploded") }

// TestRouterSurvivesPanicsAndUndecodableInteractions sends an
// INTERACTION_CREATE whose data cannot be decoded and then a command whose
// handling panics: the bot answers "internal error" ephemerally, logs the
// panic with its stack, and keeps answering.
func TestRouterSurvivesPanicsAndUndecodableInteractions(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	e.add(tracker.Confirmed, "Foro Penal", 56, "")
	e.deps.Observer = panickyObserver{}
	e.startBot(nil)

	// Undecodable: type 2 with a string as data. The double does not know
	// the interaction, so it refuses the callback; what matters is what
	// the bot tried to send.
	bad := map[string]any{"id": "777000", "application_id": "555", "type": 2, "token": "tok-bad", "version": 1,
		"guild_id": guildID, "channel_id": general, "data": "not an object"}
	if _, err := e.srv.Dispatch(e.ctx, "INTERACTION_CREATE", bad); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "the answer to the undecodable interaction", func() bool {
		for _, r := range e.srv.Requests() {
			if strings.HasSuffix(r.Path, "/interactions/777000/tok-bad/callback") {
				return strings.Contains(string(r.Body), "internal error") && strings.Contains(string(r.Body), `"flags":64`)
			}
		}
		return false
	})

	in, err := e.srv.SlashCommand(e.ctx, guildID, general, carolID, "status")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := in.WaitResponse(e.ctx)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	if !strings.Contains(embedText(t, resp.Embeds), "56") {
		t.Errorf("answer = %q", embedText(t, resp.Embeds))
	}
	// The panic came after the answer: an ephemeral follow-up says so.
	fups, err := in.WaitFollowups(e.ctx, 1)
	if err != nil {
		t.Fatalf("no follow-up after the panic: %v", err)
	}
	if fups[0].Content != "internal error" || fups[0].Flags&discordtest.FlagEphemeral == 0 {
		t.Errorf("follow-up = %q flags %d", fups[0].Content, fups[0].Flags)
	}
	logs := e.logs.String()
	if !strings.Contains(logs, "interaction handler panicked") || !strings.Contains(logs, "observer exploded") || !strings.Contains(logs, "goroutine") {
		t.Errorf("the panic is not logged with its stack:\n%s", logs)
	}

	// Still alive.
	in2, err := e.srv.SlashCommand(e.ctx, guildID, general, carolID, "status")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in2.WaitResponse(e.ctx); err != nil {
		t.Fatalf("no answer after the panic: %v", err)
	}
}
