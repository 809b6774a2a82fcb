package commands_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// TestChannelAccessOnAlertsAndDigest checks /alerts on and /digest set
// against the member's and the bot's permissions in the target channel.
func TestChannelAccessOnAlertsAndDigest(t *testing.T) {
	const canPost = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks
	perms := func(member, bot int64) func(context.Context, string, string, *discordgo.Member) (int64, int64, error) {
		return func(_ context.Context, guildID, channelID string, _ *discordgo.Member) (int64, int64, error) {
			if channelID == "888" {
				return 0, 0, tracker.Errorf(tracker.Invalid, "<#888> is not a channel of this server that gapwatch can see")
			}
			return member, bot, nil
		}
	}
	tests := []struct {
		name      string
		app       int64 // app_permissions in the current channel
		perms     func(context.Context, string, string, *discordgo.Member) (int64, int64, error)
		sub       *discordgo.ApplicationCommandInteractionDataOption
		want      string
		wantWrite bool
	}{
		{"here, bot can post", canPost, nil, sub("on", opt("metric", metricID)), "now on", true},
		{"here, bot cannot post", discordgo.PermissionViewChannel, nil, sub("on", opt("metric", metricID)), "gapwatch cannot post in <#555>", false},
		{"there, allowed", canPost, perms(discordgo.PermissionManageChannels, canPost), sub("on", opt("metric", metricID), channelOpt("777")), "now on in <#777>", true},
		{"there, member lacks Manage Channels", canPost, perms(0, canPost), sub("on", opt("metric", metricID), channelOpt("777")),
			"you need the Manage Channels permission in <#777>", false},
		{"there, bot cannot post", canPost, perms(discordgo.PermissionManageChannels, discordgo.PermissionViewChannel),
			sub("on", opt("metric", metricID), channelOpt("777")), "gapwatch cannot post in <#777>", false},
		{"there, another guild's channel", canPost, perms(discordgo.PermissionManageChannels, canPost),
			sub("on", opt("metric", metricID), channelOpt("888")), "not a channel of this server", false},
		{"digest there, bot cannot post", canPost, perms(discordgo.PermissionManageChannels, 0),
			sub("set", opt("schedule", "0 9 * * *"), channelOpt("777")), "gapwatch cannot post in <#777>", false},
		{"off needs no access check", 0, perms(0, 0), sub("off", opt("metric", metricID), channelOpt("777")), "now off", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			f.deps.Next = nextTime
			f.deps.ChannelPermissions = tt.perms
			name := "alerts"
			if tt.sub.Name == "set" {
				name = "digest"
			}
			i := command(otherGuild, channelManager(), name, tt.sub)
			i.AppPermissions = tt.app
			resp := f.run(t, i).only(t)
			if got := text(resp); !strings.Contains(got, tt.want) {
				t.Errorf("reply = %q, want %q", got, tt.want)
			}
			subs, err := f.store.Subscriptions(context.Background(), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := len(subs) > 0; got != tt.wantWrite {
				t.Errorf("written = %v, want %v (%+v)", got, tt.wantWrite, subs)
			}
		})
	}
}

// TestAlertsListShowsPause pauses a channel the way a dead letter does
// and reads it back with /alerts list; /digest now is refused there until
// /alerts on resumes it.
func TestAlertsListShowsPause(t *testing.T) {
	f := newFixture(t)
	f.deps.Digests = &fakeDigests{}
	ctx := context.Background()
	if err := f.store.SetAlerts(ctx, otherGuild, "555", metricID, true, "t"); err != nil {
		t.Fatal(err)
	}
	ids, err := f.store.Enqueue(ctx, tracker.OutboxItem{Key: "k", ChannelID: "555", Message: tracker.Message{Kind: tracker.KindAlert}})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.store.MarkDead(ctx, tracker.DeadLetter{ID: ids[0], ChannelID: "555", Reason: "Discord answered HTTP 403 code 50001: Missing Access", PauseChannel: true}); err != nil {
		t.Fatal(err)
	}
	got := text(f.run(t, command(otherGuild, channelManager(), "alerts", sub("list"))).only(t))
	for _, want := range []string{"Paused", "Missing Access", "/alerts on"} {
		if !strings.Contains(got, want) {
			t.Errorf("/alerts list = %q; want %q in it", got, want)
		}
	}
	if got := text(f.run(t, command(otherGuild, channelManager(), "digest", sub("now"))).only(t)); !strings.Contains(got, "is paused") {
		t.Errorf("/digest now in a paused channel = %q; want a refusal", got)
	}
	f.run(t, command(otherGuild, channelManager(), "alerts", sub("on", opt("metric", metricID))))
	if got := text(f.run(t, command(otherGuild, channelManager(), "alerts", sub("list"))).only(t)); strings.Contains(got, "Paused") {
		t.Errorf("/alerts list after /alerts on = %q; want no pause", got)
	}
}
