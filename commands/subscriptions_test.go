package commands_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// nextTime is a stand-in for scheduler.NextTime: "0 9 * * *" fires at the
// next 09:00 in the zone, "@every 12h" twelve hours on; anything else is a
// bad spec.
func nextTime(spec, tz string, t time.Time) (time.Time, error) {
	loc := time.UTC
	if tz != "" {
		l, err := time.LoadLocation(tz)
		if err != nil {
			return time.Time{}, fmt.Errorf("scheduler: bad spec %q: %w", spec, err)
		}
		loc = l
	}
	switch spec {
	case "0 9 * * *":
		lt := t.In(loc)
		n := time.Date(lt.Year(), lt.Month(), lt.Day(), 9, 0, 0, 0, loc)
		if !n.After(t) {
			n = n.AddDate(0, 0, 1)
		}
		return n, nil
	case "@every 12h":
		return t.Add(12 * time.Hour), nil
	}
	return time.Time{}, fmt.Errorf("scheduler: bad spec %q: %w", spec, errors.New("expected exactly 5 fields"))
}

type fakeDigests struct{ guild, channel string }

func (d *fakeDigests) SendNow(_ context.Context, guildID, channelID string) (string, error) {
	d.guild, d.channel = guildID, channelID
	return "digest:" + channelID + ":now:1", nil
}

func channelOpt(id string) *discordgo.ApplicationCommandInteractionDataOption {
	return opt("channel", id)
}

func TestAlerts(t *testing.T) {
	tests := []struct {
		name      string
		member    *discordgo.Member
		guild     string
		sub       *discordgo.ApplicationCommandInteractionDataOption
		want      string
		wantSub   *tracker.Subscription // the subscription stored, nil for none
		wantWrite bool
	}{
		{"on in this channel", channelManager(), otherGuild, sub("on", opt("metric", metricID)),
			"Alerts about Political prisoners released are now on in <#555>",
			&tracker.Subscription{ChannelID: "555", MetricID: metricID, Alerts: true, GuildID: otherGuild, UpdatedBy: "discord:chan#1004"}, true},
		{"all metrics in another channel", channelManager(), otherGuild, sub("on", opt("metric", "all"), channelOpt("777")),
			"every metric are now on in <#777>",
			&tracker.Subscription{ChannelID: "777", MetricID: tracker.AllMetrics, Alerts: true, GuildID: otherGuild, UpdatedBy: "discord:chan#1004"}, true},
		{"off", channelManager(), otherGuild, sub("off", opt("metric", metricID)), "are now off in <#555>",
			&tracker.Subscription{ChannelID: "555", MetricID: metricID, Alerts: false, GuildID: otherGuild, UpdatedBy: "discord:chan#1004"}, true},
		{"administrator", &discordgo.Member{User: &discordgo.User{ID: "7", Username: "root"}, Permissions: discordgo.PermissionAdministrator},
			otherGuild, sub("on", opt("metric", metricID)), "now on",
			&tracker.Subscription{ChannelID: "555", MetricID: metricID, Alerts: true, GuildID: otherGuild, UpdatedBy: "discord:root#7"}, true},
		{"without Manage Channels", plainMember(), otherGuild, sub("on", opt("metric", metricID)), "you need the Manage Channels permission", nil, false},
		{"moderator role is not enough", moderator(), modGuild, sub("on", opt("metric", metricID)), "you need the Manage Channels permission", nil, false},
		{"unknown metric", channelManager(), otherGuild, sub("on", opt("metric", "nope")), `unknown metric "nope"`, nil, false},
		{"missing metric", channelManager(), otherGuild, sub("on"), "option metric is required", nil, false},
		{"missing subcommand", channelManager(), otherGuild, nil, "missing subcommand", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			var opts []*discordgo.ApplicationCommandInteractionDataOption
			if tt.sub != nil {
				opts = append(opts, tt.sub)
			}
			r := f.run(t, command(tt.guild, tt.member, "alerts", opts...))
			resp := r.only(t)
			if !ephemeral(resp) || !strings.Contains(text(resp), tt.want) {
				t.Errorf("reply (ephemeral %v) = %s, want %q", ephemeral(resp), text(resp), tt.want)
			}
			subs, err := f.store.Subscriptions(context.Background(), "")
			if err != nil {
				t.Fatal(err)
			}
			if !tt.wantWrite {
				if len(subs) != 0 {
					t.Errorf("subscriptions written after a refusal: %+v", subs)
				}
				return
			}
			if len(subs) != 1 {
				t.Fatalf("subscriptions = %+v, want one", subs)
			}
			got := subs[0]
			got.ID, got.UpdatedAt = 0, time.Time{}
			if got != *tt.wantSub {
				t.Errorf("subscription = %+v, want %+v", got, *tt.wantSub)
			}
			if f.changed != 1 {
				t.Errorf("Changed called %d times", f.changed)
			}
		})
	}
}

func TestAlertsInDMIsRefused(t *testing.T) {
	f := newFixture(t)
	i := command("", nil, "alerts", sub("on", opt("metric", metricID)))
	i.User = &discordgo.User{ID: "5", Username: "dm"}
	r := f.run(t, i)
	if got := text(r.only(t)); !strings.Contains(got, "only works in a server channel") {
		t.Errorf("reply = %s", got)
	}
}

func TestDigest(t *testing.T) {
	f := newFixture(t)
	digests := &fakeDigests{}
	f.deps.Next = nextTime
	f.deps.Digests = digests
	run := func(m *discordgo.Member, s *discordgo.ApplicationCommandInteractionDataOption) *fakeResponder {
		return f.run(t, command(otherGuild, m, "digest", s))
	}

	r := run(plainMember(), sub("set", opt("schedule", "0 9 * * *")))
	if got := text(r.only(t)); !strings.Contains(got, "Manage Channels") {
		t.Errorf("plain member: %s", got)
	}

	r = run(channelManager(), sub("set", opt("schedule", "every day")))
	want := `"every day" is not a cron schedule (expected exactly 5 fields): use e.g. "0 9 * * *" or "@every 12h"`
	if got := r.only(t).Data.Content; got != want {
		t.Errorf("bad spec: %q, want %q", got, want)
	}
	r = run(channelManager(), sub("set", opt("schedule", "0 9 * * *"), opt("timezone", "Mars/Olympus")))
	if got := r.only(t).Data.Content; !strings.Contains(got, `"Mars/Olympus" is not a time zone`) {
		t.Errorf("bad zone: %q", got)
	}
	if subs, _ := f.store.Subscriptions(context.Background(), ""); len(subs) != 0 {
		t.Fatalf("bad input wrote %+v", subs)
	}

	r = run(channelManager(), sub("set", opt("schedule", "0 9 * * *"), opt("timezone", "America/Caracas"), channelOpt("777")))
	resp := r.only(t)
	if got := resp.Data.Content; !ephemeral(resp) || !strings.Contains(got, "Digest of every metric in <#777> on `0 9 * * *` (America/Caracas)") ||
		!strings.Contains(got, "Next: Sat 10 Jan 2026 09:00 -04") {
		t.Errorf("set: %q", got)
	}
	st, err := f.store.DigestState(context.Background(), "777")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 1, 10, 13, 0, 0, 0, time.UTC); !st.NextDue.Equal(want) {
		t.Errorf("next due = %v, want %v", st.NextDue, want)
	}
	subs, _ := f.store.Subscriptions(context.Background(), "777")
	if len(subs) != 1 || subs[0].MetricID != tracker.AllMetrics || subs[0].DigestSchedule != "0 9 * * *" || subs[0].DigestTZ != "America/Caracas" || subs[0].Alerts {
		t.Errorf("subscriptions = %+v", subs)
	}

	r = run(channelManager(), sub("now", channelOpt("777")))
	if len(r.responses) != 1 || r.responses[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !ephemeral(r.responses[0]) {
		t.Fatalf("now: want an ephemeral deferral first: %s", r.dump())
	}
	if len(r.edits) != 1 || !strings.Contains(*r.edits[0].Content, "Digest queued for <#777>") {
		t.Errorf("now: %s", r.dump())
	}
	if digests.guild != otherGuild || digests.channel != "777" {
		t.Errorf("SendNow(%q, %q)", digests.guild, digests.channel)
	}

	r = run(channelManager(), sub("off", channelOpt("777")))
	if got := r.only(t).Data.Content; !strings.Contains(got, "The digest of <#777> is off") {
		t.Errorf("off: %q", got)
	}
	r = run(channelManager(), sub("off", channelOpt("777")))
	if got := r.only(t).Data.Content; got != "this channel has no digest" {
		t.Errorf("off twice: %q", got)
	}
}

func TestDigestWithoutSchedulerIsInternal(t *testing.T) {
	f := newFixture(t)
	r := f.run(t, command(otherGuild, channelManager(), "digest", sub("set", opt("schedule", "0 9 * * *"))))
	if got := r.only(t).Data.Content; got != "internal error" {
		t.Errorf("reply = %q", got)
	}
}

func TestChannelOptionMustBeText(t *testing.T) {
	f := newFixture(t)
	i := command(otherGuild, channelManager(), "alerts", sub("on", opt("metric", metricID), channelOpt("888")))
	d := i.Data.(discordgo.ApplicationCommandInteractionData)
	d.Resolved = &discordgo.ApplicationCommandInteractionDataResolved{Channels: map[string]*discordgo.Channel{
		"888": {ID: "888", Type: discordgo.ChannelTypeGuildVoice},
	}}
	i.Data = d
	r := f.run(t, i)
	if got := r.only(t).Data.Content; !strings.Contains(got, "not a text or announcement channel") {
		t.Errorf("reply = %q", got)
	}
}
