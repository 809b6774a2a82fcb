package discordtest_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

// interactions opens a session whose INTERACTION_CREATE events are delivered
// on the returned channel.
func interactions(t *testing.T, srv *discordtest.Server) (*discordgo.Session, <-chan *discordgo.InteractionCreate) {
	t.Helper()
	ch := make(chan *discordgo.InteractionCreate, 8)
	dg := openSession(t, srv, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { ch <- i })
	})
	return dg, ch
}

func TestCommandsBulkOverwrite(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, srv.Options().Token)
	cmds := []*discordgo.ApplicationCommand{
		{Name: "watch", Description: "Watch a feed", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "Feed URL", Required: true},
		}},
		{Name: "status", Description: "Show status"},
	}
	tests := []struct {
		name    string
		guildID string
	}{
		{"global", ""},
		{"guild", guildID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first, err := dg.ApplicationCommandBulkOverwrite("555", tc.guildID, cmds)
			if err != nil {
				t.Fatalf("bulk overwrite: %v", err)
			}
			if got, want := len(first), 2; got != want {
				t.Fatalf("answered %d commands, want %d", got, want)
			}
			for _, c := range first {
				if c.ID == "" || c.Version == "" || c.ApplicationID != "555" || c.GuildID != tc.guildID {
					t.Errorf("command %+v: want id, version, application_id 555, guild_id %q", c, tc.guildID)
				}
			}
			again, err := dg.ApplicationCommandBulkOverwrite("555", tc.guildID, cmds[:1])
			if err != nil {
				t.Fatalf("second overwrite: %v", err)
			}
			if got, want := again[0].ID, first[0].ID; got != want {
				t.Errorf("id after overwrite = %s, want kept %s", got, want)
			}
			if again[0].Version == first[0].Version {
				t.Errorf("version not renewed: %s", again[0].Version)
			}
			listed, err := dg.ApplicationCommands("555", tc.guildID)
			if err != nil {
				t.Fatalf("list: %v", err)
			}
			if got, want := len(listed), 1; got != want {
				t.Errorf("listed %d, want %d", got, want)
			}
			if got, want := len(srv.Commands(tc.guildID)), 1; got != want {
				t.Errorf("stored %d, want %d", got, want)
			}
		})
	}

	bad := []struct {
		name string
		cmd  *discordgo.ApplicationCommand
	}{
		{"uppercase name", &discordgo.ApplicationCommand{Name: "Watch", Description: "x"}},
		{"no description", &discordgo.ApplicationCommand{Name: "watch"}},
		{"long description", &discordgo.ApplicationCommand{Name: "watch", Description: strings.Repeat("d", 101)}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dg.ApplicationCommandBulkOverwrite("555", "", []*discordgo.ApplicationCommand{tc.cmd})
			if status, code := restCode(err); status != 400 || code != 50035 {
				t.Errorf("got %d/%d (%v), want 400/50035", status, code, err)
			}
		})
	}
	_, err := dg.ApplicationCommandBulkOverwrite("666", "", cmds)
	if status, code := restCode(err); status != 403 || code != 50001 {
		t.Errorf("other app: got %d/%d, want 403/50001", status, code)
	}
}

func TestSlashCommandAnsweredOnce(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg, events := interactions(t, srv)
	ctx := testCtx(t, 10*time.Second)

	in, err := srv.SlashCommand(ctx, guildID, general, aliceID, "feed",
		discordtest.OptGroup("admin",
			discordtest.OptSubcommand("add",
				discordtest.OptString("url", "https://example.org/rss"),
				discordtest.OptInteger("every", 15),
				discordtest.OptBoolean("quiet", true),
				discordtest.OptNumber("weight", 1.5),
				discordtest.OptUser("owner", carolID),
				discordtest.OptChannel("target", alerts),
				discordtest.OptRole("ping", modRole),
			)))
	if err != nil {
		t.Fatalf("SlashCommand: %v", err)
	}
	ev := recv(t, events, 5*time.Second, "INTERACTION_CREATE")
	if got, want := ev.Type, discordgo.InteractionApplicationCommand; got != want {
		t.Fatalf("type = %v, want %v", got, want)
	}
	data := ev.ApplicationCommandData()
	if got, want := data.Name, "feed"; got != want {
		t.Errorf("name = %q, want %q", got, want)
	}
	add := data.Options[0].Options[0]
	if got, want := add.Name, "add"; got != want {
		t.Fatalf("subcommand = %q, want %q", got, want)
	}
	opt := map[string]*discordgo.ApplicationCommandInteractionDataOption{}
	for _, o := range add.Options {
		opt[o.Name] = o
	}
	if got, want := opt["url"].StringValue(), "https://example.org/rss"; got != want {
		t.Errorf("url = %q, want %q", got, want)
	}
	if got, want := opt["every"].IntValue(), int64(15); got != want {
		t.Errorf("every = %d, want %d", got, want)
	}
	if got, want := opt["quiet"].BoolValue(), true; got != want {
		t.Errorf("quiet = %v, want %v", got, want)
	}
	if got, want := opt["weight"].FloatValue(), 1.5; got != want {
		t.Errorf("weight = %v, want %v", got, want)
	}
	if got, want := opt["owner"].UserValue(nil).ID, carolID; got != want {
		t.Errorf("owner = %q, want %q", got, want)
	}
	if got, want := opt["ping"].RoleValue(nil, "").ID, modRole; got != want {
		t.Errorf("role = %q, want %q", got, want)
	}
	if c := data.Resolved.Channels[alerts]; c == nil || c.Name != "alerts" {
		t.Errorf("resolved channel = %+v, want alerts", c)
	}
	if got, want := ev.Member.User.ID, aliceID; got != want {
		t.Errorf("member = %q, want %q", got, want)
	}
	if got, want := ev.Member.Permissions, discordtest.DefaultEveryonePermissions|manageMessages; got != want {
		t.Errorf("member permissions = %d, want %d", got, want)
	}
	if ev.AppPermissions == 0 || ev.GuildID != guildID || ev.ChannelID != general || ev.Token != in.Token || ev.ID != in.ID {
		t.Errorf("interaction fields: %+v", ev.Interaction)
	}

	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "added <@" + carolID + ">", AllowedMentions: noMentions()},
	}
	if err := dg.InteractionRespond(ev.Interaction, resp); err != nil {
		t.Fatalf("respond: %v", err)
	}
	got, err := in.WaitResponse(ctx)
	if err != nil {
		t.Fatalf("WaitResponse: %v", err)
	}
	if got.Type != 4 || got.Content != "added <@903>" || !got.MentionsSuppressed {
		t.Errorf("response = %+v", got)
	}
	orig, ok := in.Original()
	if !ok || orig.Content != "added <@903>" || orig.ChannelID != general {
		t.Errorf("original = %+v, %v", orig, ok)
	}

	err = dg.InteractionRespond(ev.Interaction, resp)
	if status, code := restCode(err); status != 400 || code != 40060 {
		t.Errorf("second answer: got %d/%d (%v), want 400/40060", status, code, err)
	}
	if got, want := len(in.Attempts()), 2; got != want {
		t.Errorf("attempts = %d, want %d", got, want)
	}
	if p := srv.Pings(); len(p) != 0 {
		t.Errorf("pings = %+v, want none", p)
	}
}

func TestLateAnswerRefused(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) { o.AckDeadline = 100 * time.Millisecond })
	dg, events := interactions(t, srv)
	ctx := testCtx(t, 10*time.Second)
	in, err := srv.SlashCommand(ctx, guildID, general, carolID, "status")
	if err != nil {
		t.Fatal(err)
	}
	ev := recv(t, events, 5*time.Second, "INTERACTION_CREATE")
	time.Sleep(150 * time.Millisecond)
	err = dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
	})
	if status, code := restCode(err); status != 404 || code != 10062 {
		t.Errorf("late answer: got %d/%d (%v), want 404/10062", status, code, err)
	}
	if _, ok := in.Response(); ok {
		t.Error("late answer was accepted")
	}
	// Nothing was acknowledged, so follow-ups fail like Discord's.
	_, err = dg.FollowupMessageCreate(ev.Interaction, true, &discordgo.WebhookParams{Content: "x"})
	if status, code := restCode(err); status != 404 || code != 10015 {
		t.Errorf("follow-up without ack: got %d/%d, want 404/10015", status, code)
	}
}

func TestDeferredFollowupAndEdit(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg, events := interactions(t, srv)
	ctx := testCtx(t, 10*time.Second)
	in, err := srv.SlashCommand(ctx, guildID, general, bobID, "report")
	if err != nil {
		t.Fatal(err)
	}
	ev := recv(t, events, 5*time.Second, "INTERACTION_CREATE")
	if got, want := ev.Member.Permissions, discordtest.AllPermissions; got != want {
		t.Errorf("admin permissions = %d, want %d", got, want)
	}
	if err := dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	}); err != nil {
		t.Fatalf("defer: %v", err)
	}
	orig, ok := in.Original()
	if !ok || orig.Flags&discordtest.FlagLoading == 0 || orig.Flags&discordtest.FlagEphemeral == 0 {
		t.Errorf("placeholder = %+v, want loading+ephemeral", orig)
	}
	fu, err := dg.FollowupMessageCreate(ev.Interaction, true, &discordgo.WebhookParams{
		Content: "part 2", AllowedMentions: noMentions(),
		Files: []*discordgo.File{{Name: "report.csv", ContentType: "text/csv", Reader: strings.NewReader("a,b\n1,2\n")}},
	})
	if err != nil {
		t.Fatalf("follow-up: %v", err)
	}
	if fu.ID == "" || fu.Content != "part 2" || len(fu.Attachments) != 1 {
		t.Errorf("follow-up answer = %+v", fu)
	}
	content := "done"
	edited, err := dg.InteractionResponseEdit(ev.Interaction, &discordgo.WebhookEdit{Content: &content, AllowedMentions: noMentions()})
	if err != nil {
		t.Fatalf("edit @original: %v", err)
	}
	if edited.Content != "done" {
		t.Errorf("edited = %q", edited.Content)
	}
	fetched, err := dg.InteractionResponse(ev.Interaction)
	if err != nil || fetched.Content != "done" {
		t.Errorf("GET @original = %+v, %v", fetched, err)
	}
	o, err := in.WaitOriginal(ctx, func(m discordtest.Message) bool { return m.Content == "done" })
	if err != nil {
		t.Fatalf("WaitOriginal: %v", err)
	}
	if o.Flags&discordtest.FlagLoading != 0 || len(o.Edits) != 1 || !o.Edits[0].MentionsSuppressed {
		t.Errorf("original after edit = %+v", o)
	}
	fus, err := in.WaitFollowups(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fus[0].Attachments, []discordtest.Attachment{{ID: fus[0].Attachments[0].ID, Filename: "report.csv", ContentType: "text/csv", Size: 8}}; got[0] != want[0] {
		t.Errorf("attachment = %+v, want %+v", got[0], want[0])
	}
	if err := dg.FollowupMessageDelete(ev.Interaction, fu.ID); err != nil {
		t.Errorf("delete follow-up: %v", err)
	}
	_, err = dg.FollowupMessageEdit(ev.Interaction, fu.ID, &discordgo.WebhookEdit{Content: &content})
	if status, code := restCode(err); status != 404 || code != 10008 {
		t.Errorf("edit deleted follow-up: got %d/%d, want 404/10008", status, code)
	}
}

func TestInteractionTokenExpires(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) { o.TokenLifetime = 300 * time.Millisecond })
	dg, events := interactions(t, srv)
	ctx := testCtx(t, 10*time.Second)
	if _, err := srv.SlashCommand(ctx, guildID, general, carolID, "status"); err != nil {
		t.Fatal(err)
	}
	ev := recv(t, events, 5*time.Second, "INTERACTION_CREATE")
	if err := dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(350 * time.Millisecond)
	_, err := dg.FollowupMessageCreate(ev.Interaction, true, &discordgo.WebhookParams{Content: "late", AllowedMentions: noMentions()})
	if status, code := restCode(err); status != 401 || code != 50027 {
		t.Errorf("expired token: got %d/%d, want 401/50027", status, code)
	}
}

func TestComponentsModalAutocompleteDM(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg, events := interactions(t, srv)
	ctx := testCtx(t, 10*time.Second)

	msg, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{
		Content:         "pick",
		AllowedMentions: noMentions(),
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Ack", Style: discordgo.PrimaryButton, CustomID: "ack:1"},
		}}},
	})
	if err != nil {
		t.Fatalf("send: %v", err)
	}

	t.Run("button update", func(t *testing.T) {
		in, err := srv.Button(ctx, guildID, general, carolID, "ack:1", msg.ID)
		if err != nil {
			t.Fatal(err)
		}
		ev := recv(t, events, 5*time.Second, "button")
		if got, want := ev.MessageComponentData().CustomID, "ack:1"; got != want {
			t.Errorf("custom_id = %q, want %q", got, want)
		}
		if ev.Message == nil || ev.Message.ID != msg.ID || len(ev.Message.Components) != 1 {
			t.Errorf("message = %+v, want %s with its row", ev.Message, msg.ID)
		}
		if err := dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "acked", Components: []discordgo.MessageComponent{}, AllowedMentions: noMentions()},
		}); err != nil {
			t.Fatalf("update: %v", err)
		}
		if _, err := in.WaitResponse(ctx); err != nil {
			t.Fatal(err)
		}
		m, _ := srv.Message(msg.ID)
		if m.Content != "acked" || len(m.Edits) != 1 {
			t.Errorf("message after update = %+v", m)
		}
	})

	t.Run("modal submit", func(t *testing.T) {
		in, err := srv.ModalSubmit(ctx, guildID, general, aliceID, "feedback", map[string]string{"why": "because", "how": "so"})
		if err != nil {
			t.Fatal(err)
		}
		ev := recv(t, events, 5*time.Second, "modal")
		d := ev.ModalSubmitData()
		values := map[string]string{}
		for _, row := range d.Components {
			for _, c := range row.(*discordgo.ActionsRow).Components {
				ti := c.(*discordgo.TextInput)
				values[ti.CustomID] = ti.Value
			}
		}
		if d.CustomID != "feedback" || values["why"] != "because" || values["how"] != "so" {
			t.Errorf("modal data = %q %v", d.CustomID, values)
		}
		// No message is attached, so a deferred update is refused.
		err = dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
		if status, code := restCode(err); status != 400 || code != 50035 {
			t.Errorf("type 6 on modal: got %d/%d, want 400/50035", status, code)
		}
		if err := dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "thanks", AllowedMentions: noMentions()},
		}); err != nil {
			t.Fatalf("respond: %v", err)
		}
		if r, err := in.WaitResponse(ctx); err != nil || r.Content != "thanks" {
			t.Errorf("response = %+v, %v", r, err)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		in, err := srv.Autocomplete(ctx, guildID, general, carolID, "watch",
			discordtest.OptFocused(discordtest.OptString("url", "exa")))
		if err != nil {
			t.Fatal(err)
		}
		ev := recv(t, events, 5*time.Second, "autocomplete")
		if ev.Type != discordgo.InteractionApplicationCommandAutocomplete || !ev.ApplicationCommandData().Options[0].Focused {
			t.Errorf("autocomplete event = %+v", ev.Interaction)
		}
		if err := dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "example.org", Value: "https://example.org"}}},
		}); err != nil {
			t.Fatalf("respond: %v", err)
		}
		r, err := in.WaitResponse(ctx)
		if err != nil || len(r.Choices) != 1 || r.Choices[0].Value != "https://example.org" {
			t.Errorf("choices = %+v, %v", r.Choices, err)
		}
	})

	t.Run("dm has user, no member", func(t *testing.T) {
		in, err := srv.SlashCommand(ctx, "", "4000", carolID, "status")
		if err != nil {
			t.Fatal(err)
		}
		ev := recv(t, events, 5*time.Second, "dm command")
		if ev.Member != nil || ev.User == nil || ev.User.ID != carolID || ev.GuildID != "" {
			t.Errorf("dm interaction member=%v user=%v guild=%q", ev.Member, ev.User, ev.GuildID)
		}
		if err := dg.InteractionRespond(ev.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Content: "ok", AllowedMentions: noMentions(),
				Files: []*discordgo.File{{Name: "log.txt", ContentType: "text/plain", Reader: strings.NewReader("hello")}},
			},
		}); err != nil {
			t.Fatal(err)
		}
		r, err := in.WaitResponse(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if r.Content != "ok" || len(r.Files) != 1 || r.Files[0].Filename != "log.txt" || r.Files[0].Size != 5 {
			t.Errorf("multipart response = %+v", r)
		}
		if got, want := len(srv.Messages("4000")), 1; got != want {
			t.Errorf("dm messages = %d, want %d", got, want)
		}
	})
}

func TestInjectRefusesUnknownPlaces(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	openSession(t, srv, nil)
	ctx := testCtx(t, 5*time.Second)
	tests := []struct {
		name                 string
		guild, channel, user string
	}{
		{"unknown guild", "999", general, carolID},
		{"channel of no guild", guildID, "999", carolID},
		{"not a member", guildID, general, "12345"},
	}
	for _, tc := range tests {
		if _, err := srv.SlashCommand(ctx, tc.guild, tc.channel, tc.user, "status"); err == nil {
			t.Errorf("%s: injection accepted", tc.name)
		}
	}
	if _, err := srv.Button(ctx, guildID, general, carolID, "x", "424242"); err == nil {
		t.Error("button on an unknown message accepted")
	}
}

func TestInteractionPayloadShape(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	raw := make(chan json.RawMessage, 1)
	openSession(t, srv, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, e *discordgo.Event) {
			if e.Type == "INTERACTION_CREATE" {
				raw <- e.RawData
			}
		})
	})
	ctx := testCtx(t, 5*time.Second)
	if _, err := srv.SlashCommand(ctx, guildID, general, ownerID, "status"); err != nil {
		t.Fatal(err)
	}
	var p struct {
		AppPermissions string `json:"app_permissions"`
		Member         struct {
			Permissions string `json:"permissions"`
			User        struct {
				ID string `json:"id"`
			} `json:"user"`
		} `json:"member"`
		Version int `json:"version"`
	}
	if err := json.Unmarshal(recv(t, raw, 5*time.Second, "raw event"), &p); err != nil {
		t.Fatal(err)
	}
	if got, want := p.Member.Permissions, "2251799813685247"; got != want {
		t.Errorf("owner permissions = %q, want %q (all, as a string)", got, want)
	}
	if p.AppPermissions == "" || p.Member.User.ID != ownerID || p.Version != 1 {
		t.Errorf("payload = %+v", p)
	}
}
