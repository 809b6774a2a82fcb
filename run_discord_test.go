package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

const (
	dGuild   = "100"
	dModRole = "200"
	dChannel = "300"
	dModCh   = "301"
	dMod     = "901"
	dMember  = "903"
	dToken   = "tok-77c1-run-secret"
)

func newRunDouble(t *testing.T, mods ...func(*discordtest.Options)) *discordtest.Server {
	t.Helper()
	o := discordtest.Options{Token: dToken, ApplicationID: "555", HeartbeatInterval: 2 * time.Second,
		Guilds: []discordtest.Guild{{
			ID: dGuild, Name: "newsroom", OwnerID: "900",
			Roles: []discordtest.Role{{ID: dModRole, Name: "moderators", Permissions: 1 << 4 /* Manage Channels */}},
			Members: []discordtest.Member{
				{UserID: "900", Username: "owner"},
				{UserID: dMod, Username: "ana", Roles: []string{dModRole}},
				{UserID: dMember, Username: "carl"},
			},
			Channels: []discordtest.Channel{{ID: dChannel, Name: "alerts"}, {ID: dModCh, Name: "mods"}},
		}}}
	for _, mod := range mods {
		mod(&o)
	}
	srv, err := discordtest.New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return srv
}

// TestRunWithDiscord drives `gapwatch run` against the Discord double:
// commands synced, /alerts and /figure by a moderator, the alert posted
// without mentions, a plain member refused, and the token never printed.
func TestRunWithDiscord(t *testing.T) {
	srv := newRunDouble(t)
	c := newCLI(t)
	c.env["DISCORD_TOKEN"] = dToken
	c.env["DISCORD_API_URL"] = srv.URL()
	c.env["GAPWATCH_MOD_GUILDS"] = dGuild
	c.env["GAPWATCH_MOD_ROLE"] = dModRole
	c.env["GAPWATCH_MOD_CHANNEL"] = dModCh
	c.env["GAPWATCH_HTTP_ADDR"] = ""
	r := startRun(t, c)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatalf("bot never became ready: %v\n%s", err, r.errOut.String())
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(srv.Commands("")) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := len(srv.Commands("")); got < 9 {
		t.Fatalf("commands synced = %d, want the 9 slash commands", got)
	}
	if ids := srv.Identifies(); len(ids) == 0 || ids[0].Intents != 1 {
		t.Errorf("identify = %+v, want the guilds intent (1) only", ids)
	}

	answer := func(userID, name string, opts ...discordtest.CommandOption) discordtest.Response {
		t.Helper()
		in, err := srv.SlashCommand(ctx, dGuild, dChannel, userID, name, opts...)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := in.WaitResponse(ctx)
		if err != nil {
			t.Fatalf("/%s not answered: %v", name, err)
		}
		if resp.Type == 5 { // deferred: the answer is the edited original
			msg, err := in.WaitOriginal(ctx, func(m discordtest.Message) bool { return len(m.Embeds) > 0 || m.Content != "" })
			if err != nil {
				t.Fatal(err)
			}
			resp.Content, resp.Embeds = msg.Content, msg.Embeds
		}
		return resp
	}
	text := func(resp discordtest.Response) string {
		var b strings.Builder
		b.WriteString(resp.Content)
		for _, e := range resp.Embeds {
			b.Write(e)
		}
		return b.String()
	}

	answer(dMod, "alerts", discordtest.OptSubcommand("on", discordtest.OptString("metric", "ve-prisoners-released")))
	resp := answer(dMod, "figure", discordtest.OptSubcommand("add",
		discordtest.OptString("metric", "ve-prisoners-released"), discordtest.OptInteger("value", 56),
		discordtest.OptString("stance", "confirmed"), discordtest.OptString("actor", "Foro Penal"),
		discordtest.OptString("url", "https://foropenal.com/"), discordtest.OptString("quote", "Foro Penal verified 56 releases @everyone")))
	if !strings.Contains(text(resp), "56") {
		t.Fatalf("/figure add answer: %s", text(resp))
	}
	// The alert reaches the subscribed channel, without pinging anyone.
	deadline = time.Now().Add(15 * time.Second)
	var posted []discordtest.Message
	for time.Now().Before(deadline) {
		posted = nil
		for _, m := range srv.Messages(dChannel) {
			if m.InteractionID == "" { // not an answer to a command
				posted = append(posted, m)
			}
		}
		if len(posted) > 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(posted) == 0 {
		t.Fatalf("no alert posted\nstderr:\n%s", r.errOut.String())
	}
	if !posted[0].MentionsSuppressed || posted[0].Nonce == "" || len(posted[0].Nonce) > 25 {
		t.Errorf("alert: mentions suppressed %v, nonce %q", posted[0].MentionsSuppressed, posted[0].Nonce)
	}
	if pings := srv.Pings(); len(pings) != 0 {
		t.Errorf("pings: %+v", pings)
	}

	if got := text(answer(dMember, "status", discordtest.OptString("metric", "ve-prisoners-released"))); !strings.Contains(got, "56") {
		t.Errorf("/status: %s", got)
	}
	refused := answer(dMember, "figure", discordtest.OptSubcommand("retract", discordtest.OptInteger("figure", 1), discordtest.OptString("reason", "spam")))
	if refused.Flags&64 == 0 || !strings.Contains(strings.ToLower(text(refused)), "moderator") {
		t.Errorf("plain member's retract: flags %d, %s", refused.Flags, text(refused))
	}
	if out := c.ok("figures", "--status", "approved"); !strings.Contains(out, "56") {
		t.Errorf("the figure changed after a refused retract:\n%s", out)
	}

	if code := r.stop(t); code != 0 {
		t.Errorf("exit %d\n%s", code, r.errOut.String())
	}
	if strings.Contains(r.errOut.String(), dToken) || strings.Contains(r.out.String(), dToken) {
		t.Error("the token was printed")
	}
}

func TestRunRefusedTokenExitsNonZero(t *testing.T) {
	srv := newRunDouble(t)
	c := newCLI(t)
	c.env["DISCORD_TOKEN"] = "not-the-" + dToken
	c.env["DISCORD_API_URL"] = srv.URL()
	c.env["GAPWATCH_HTTP_ADDR"] = ""
	r := startRun(t, c)
	select {
	case code := <-r.done:
		r.done <- code
		if code == 0 {
			t.Errorf("exit 0 with a refused token")
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("still running with a refused token\n%s", r.errOut.String())
	}
	errOut := r.errOut.String()
	if !strings.Contains(errOut, "Discord refused the bot token") {
		t.Errorf("stderr does not say the token was refused:\n%s", errOut)
	}
	if strings.Contains(errOut, dToken) {
		t.Error("the token was printed")
	}
}
