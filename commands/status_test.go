package commands_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/tracker"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		name      string
		opts      []*discordgo.ApplicationCommandInteractionDataOption
		want      []string
		ephemeral bool
	}{
		{"one metric", []*discordgo.ApplicationCommandInteractionDataOption{opt("metric", metricID)},
			[]string{"Political prisoners released", "**56 people**", "Foro Penal", "**400 people**", "Government of Venezuela",
				"claimed is 344 above confirmed", "the claim is 7.14× the confirmed figure", "the claim exceeds what is confirmed", "GAP", "https://foropenal.example/report", "https://gov.example/statement", "2026-01-09"}, false},
		{"every metric", nil, []string{"56", "400", "344", "GAP", "Political prisoners held", "none approved yet"}, false},
		{"unknown metric", []*discordgo.ApplicationCommandInteractionDataOption{opt("metric", "nope")},
			[]string{`unknown metric "nope"`, metricID}, true},
		{"metric of the wrong type", []*discordgo.ApplicationCommandInteractionDataOption{opt("metric", 5.0)},
			[]string{"option metric must be text"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			r := f.run(t, command(otherGuild, plainMember(), "status", tt.opts...))
			resp := r.only(t)
			got := text(resp)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply lacks %q:\n%s", w, got)
				}
			}
			if ephemeral(resp) != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", ephemeral(resp), tt.ephemeral)
			}
		})
	}
}

func TestStatusInternalErrorIsHidden(t *testing.T) {
	f := newFixture(t)
	f.deps.Store = brokenStore{f.store}
	r := f.run(t, command(otherGuild, plainMember(), "status"))
	resp := r.only(t)
	if got, want := resp.Data.Content, "internal error"; got != want {
		t.Errorf("content = %q, want %q", got, want)
	}
	if !ephemeral(resp) {
		t.Error("internal error reply is not ephemeral")
	}
	if strings.Contains(text(resp), "disk on fire") {
		t.Error("the detail leaked to the user")
	}
	logs := f.logText()
	for _, w := range []string{`"guild_id":"222"`, `"user_id":"1003"`, `"command":"status"`, "disk on fire"} {
		if !strings.Contains(logs, w) {
			t.Errorf("log lacks %s:\n%s", w, logs)
		}
	}
	if len(f.observed) != 1 || f.observed[0] != (observed{"status", true}) {
		t.Errorf("observed = %+v, want one failed status", f.observed)
	}
}

func TestStatusWithPublicURLLinksFigures(t *testing.T) {
	f := newFixture(t)
	f.deps.PublicURL = "https://gapwatch.example/"
	r := f.run(t, command(otherGuild, plainMember(), "status", opt("metric", metricID)))
	if got, want := text(r.only(t)), "https://gapwatch.example/f/1"; !strings.Contains(got, want) {
		t.Errorf("reply lacks permalink %s:\n%s", want, got)
	}
}

var _ = commands.NoMentions

// /status says briefly how many links and sites back a figure seen at
// more than one place.
func TestStatusShowsCorroboration(t *testing.T) {
	f := newFixture(t)
	for _, u := range []string{"https://news.example.net/a", "https://foropenal.example/other"} {
		if _, _, err := f.store.RecordFigure(context.Background(), tracker.Figure{
			MetricID: metricID, Value: 56, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: "Foro Penal",
			Origin: tracker.OriginProse, AsOf: day(9), SeenAt: t0, Status: tracker.Approved, CreatedBy: "source",
			Evidence: tracker.Evidence{URL: u, Quote: "Foro Penal: 56"},
		}); err != nil {
			t.Fatal(err)
		}
	}
	got := text(f.run(t, command(otherGuild, plainMember(), "status", opt("metric", metricID))).only(t))
	if !strings.Contains(got, "· 3 links from 2 sites") {
		t.Errorf("/status does not show the corroboration:\n%s", got)
	}
}
