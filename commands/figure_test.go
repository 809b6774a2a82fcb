package commands_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

type optList = []*discordgo.ApplicationCommandInteractionDataOption

func addOpts(extra ...*discordgo.ApplicationCommandInteractionDataOption) optList {
	return append(optList{opt("metric", metricID), opt("value", 72.0), opt("stance", "confirmed"), opt("actor", "Foro Penal")}, extra...)
}

func TestFigureAdd(t *testing.T) {
	tests := []struct {
		name     string
		guild    string
		member   *discordgo.Member
		opts     optList
		wantText string // in the reply
		wantErr  bool   // ephemeral refusal, nothing written
		wantBy   string
	}{
		{"moderator by role", modGuild, moderator(), addOpts(opt("url", "https://foropenal.example/72"), opt("quote", "72 excarcelados"), opt("as_of", "2026-01-10")),
			"72 people", false, "discord:ana#1001"},
		{"server manager without the role", modGuild, serverManager(), addOpts(), "72 people", false, "discord:boss#1002"},
		{"alias for the actor", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 450.0), opt("stance", "claimed"), opt("actor", "gobierno")},
			"Government of Venezuela", false, "discord:ana#1001"},
		{"range", modGuild, moderator(), addOpts(opt("qualifier", "range"), opt("value_high", 80.0)), "72–80", false, "discord:ana#1001"},
		{"plain member", modGuild, plainMember(), addOpts(), "you need the moderator role or the Manage Server permission: the role <@&" + modRole + ">, or Manage Server", true, ""},
		{"moderator of a guild not in the list", otherGuild, serverManager(), addOpts(), "only allowed in the moderators' server", true, ""},
		{"direct message", "", nil, addOpts(), "only allowed in the moderators' server", true, ""},
		{"missing stance", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 72.0), opt("actor", "Foro Penal")}, "option stance is required", true, ""},
		{"missing value", modGuild, moderator(), optList{opt("metric", metricID), opt("stance", "confirmed"), opt("actor", "Foro Penal")}, "option value is required", true, ""},
		{"negative value", modGuild, moderator(), optList{opt("metric", metricID), opt("value", -3.0), opt("stance", "confirmed"), opt("actor", "Foro Penal")}, "must not be negative", true, ""},
		{"fractional value", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 7.5), opt("stance", "confirmed"), opt("actor", "Foro Penal")}, "option value must be a whole number", true, ""},
		{"bad url", modGuild, moderator(), addOpts(opt("url", "javascript:alert(1)")), "not an absolute http or https URL", true, ""},
		{"bad date", modGuild, moderator(), addOpts(opt("as_of", "10/01/2026")), "YYYY-MM-DD", true, ""},
		{"unknown actor", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 1.0), opt("stance", "claimed"), opt("actor", "Nobody")}, `unknown actor "Nobody"`, true, ""},
		{"unknown metric", modGuild, moderator(), optList{opt("metric", "nope"), opt("value", 1.0), opt("stance", "claimed"), opt("actor", "gobierno")}, `unknown metric "nope"`, true, ""},
		{"range without high end", modGuild, moderator(), addOpts(opt("qualifier", "range")), "needs the value_high option", true, ""},
		{"high end without range", modGuild, moderator(), addOpts(opt("value_high", 90.0)), "only for qualifier range", true, ""},
		{"date in the future", modGuild, moderator(), addOpts(opt("as_of", "2026-02-10")), "is in the future", true, ""},
		{"confirmer's figure as claimed", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 72.0), opt("stance", "claimed"), opt("actor", "Foro Penal")},
			"Foro Penal is a confirmer", true, ""},
		{"claimant's figure as confirmed", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 72.0), opt("stance", "confirmed"), opt("actor", "gobierno")},
			"force:true", true, ""},
		{"claimant's figure as confirmed, forced", modGuild, moderator(), optList{opt("metric", metricID), opt("value", 72.0), opt("stance", "confirmed"), opt("actor", "gobierno"), opt("force", true)},
			"72 people", false, "discord:ana#1001"},
		{"bad force", modGuild, moderator(), addOpts(opt("force", 3.0)), "option force must be true or false", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			i := command(tt.guild, tt.member, "figure", sub("add", tt.opts...))
			if tt.member == nil {
				i.User = &discordgo.User{ID: "1009", Username: "dm"}
			}
			r := f.run(t, i)
			resp := r.only(t)
			if got := text(resp); !strings.Contains(got, tt.wantText) {
				t.Errorf("reply lacks %q:\n%s", tt.wantText, got)
			}
			if ephemeral(resp) != tt.wantErr {
				t.Errorf("ephemeral = %v, want %v", ephemeral(resp), tt.wantErr)
			}
			figs, err := f.store.Figures(context.Background(), tracker.FigureFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantErr {
				if len(figs) != 2 {
					t.Errorf("%d figures stored, want the 2 of the fixture", len(figs))
				}
				if f.changed != 0 {
					t.Errorf("Changed called %d times after a refusal", f.changed)
				}
				return
			}
			if len(figs) != 3 {
				t.Fatalf("%d figures stored, want 3", len(figs))
			}
			var added tracker.Figure
			for _, fig := range figs {
				if fig.ID > f.claimed.ID {
					added = fig
				}
			}
			if added.Status != tracker.Approved || added.CreatedBy != tt.wantBy {
				t.Errorf("added figure status %s by %q, want approved by %q", added.Status, added.CreatedBy, tt.wantBy)
			}
			audit, err := f.store.Audit(context.Background(), added.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(audit.Corrections) != 1 || audit.Corrections[0].Action != tracker.ActionAdd || audit.Corrections[0].By != tt.wantBy {
				t.Errorf("audit = %+v, want one add by %s", audit.Corrections, tt.wantBy)
			}
			if f.changed != 1 {
				t.Errorf("Changed called %d times, want 1", f.changed)
			}
		})
	}
}

func TestFigureAddForcedStanceIsInTheAuditLog(t *testing.T) {
	f := newFixture(t)
	f.run(t, command(modGuild, moderator(), "figure", sub("add", opt("metric", metricID), opt("value", 72.0), opt("stance", "confirmed"),
		opt("actor", "gobierno"), opt("force", true))))
	audit, err := f.store.Audit(context.Background(), f.claimed.ID+1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := audit.Corrections[0].Reason, "stance confirmed forced against Government of Venezuela's role (claimant)"; got != want {
		t.Errorf("audit reason = %q, want %q", got, want)
	}
}

func TestFigureAddTwiceRecordsOnce(t *testing.T) {
	f := newFixture(t)
	opts := addOpts(opt("url", "https://foropenal.example/72"), opt("as_of", "2026-01-10"))
	f.run(t, command(modGuild, moderator(), "figure", sub("add", opts...)))
	f.changed = 0
	resp := f.run(t, command(modGuild, moderator(), "figure", sub("add", opts...))).only(t)
	if got, want := text(resp), "already recorded as figure 3"; !strings.Contains(got, want) {
		t.Errorf("second add replied %q, want it to contain %q", got, want)
	}
	figs, _ := f.store.Figures(context.Background(), tracker.FigureFilter{})
	if len(figs) != 3 || f.changed != 0 {
		t.Errorf("%d figures, %d change notifications after a repeated add; want 3 and 0", len(figs), f.changed)
	}
}

func TestFigureAddDefaultsToTodayUTC(t *testing.T) {
	f := newFixture(t)
	f.run(t, command(modGuild, moderator(), "figure", sub("add", addOpts()...)))
	figs, _ := f.store.Figures(context.Background(), tracker.FigureFilter{Limit: 1})
	if got, want := figs[0].AsOf, day(10); !got.Equal(want) {
		t.Errorf("as_of = %v, want %v", got, want)
	}
}

func TestFigureChanges(t *testing.T) {
	type step struct {
		action   string
		opts     func(f *fixture) optList
		wantText string
		wantErr  bool
	}
	id := func(n int64) *discordgo.ApplicationCommandInteractionDataOption { return opt("figure", float64(n)) }
	tests := []struct {
		name       string
		steps      []step
		wantStatus func(f *fixture) map[int64]tracker.Status
	}{
		{
			name: "approve a pending figure",
			steps: []step{{"approve", func(f *fixture) optList {
				return optList{id(addPending(t, f.store, 500, day(10), "q").ID)}
			}, "approved", false}},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return map[int64]tracker.Status{3: tracker.Approved} },
		},
		{
			name: "reject needs a reason",
			steps: []step{{"reject", func(f *fixture) optList {
				return optList{id(addPending(t, f.store, 500, day(10), "q").ID)}
			}, "option reason is required to reject a figure", true}},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return map[int64]tracker.Status{3: tracker.Pending} },
		},
		{
			name: "reject with a reason",
			steps: []step{{"reject", func(f *fixture) optList {
				return optList{id(addPending(t, f.store, 500, day(10), "q").ID), opt("reason", "counts arrests, not releases")}
			}, "rejected", false}},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return map[int64]tracker.Status{3: tracker.Rejected} },
		},
		{
			name: "correct, then correcting the superseded figure is a conflict",
			steps: []step{
				{"correct", func(*fixture) optList { return optList{id(1), opt("value", 65.0), opt("reason", "recount")} }, "new figure is #3", false},
				{"correct", func(*fixture) optList { return optList{id(1), opt("value", 70.0), opt("reason", "again")} }, "superseded by figure 3; act on that one", true},
				{"retract", func(*fixture) optList { return optList{id(1), opt("reason", "x")} }, "superseded by figure 3", true},
			},
			wantStatus: func(f *fixture) map[int64]tracker.Status {
				return map[int64]tracker.Status{1: tracker.Superseded, 3: tracker.Approved}
			},
		},
		{
			name: "correct needs a value and a reason",
			steps: []step{
				{"correct", func(*fixture) optList { return optList{id(1), opt("reason", "recount")} }, "option value is required", true},
				{"correct", func(*fixture) optList { return optList{id(1), opt("value", 65.0)} }, "option reason is required to correct", true},
			},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return map[int64]tracker.Status{1: tracker.Approved} },
		},
		{
			name: "retract",
			steps: []step{
				{"retract", func(*fixture) optList { return optList{id(2), opt("reason", "withdrawn by the ministry")} }, "retracted", false},
				{"retract", func(*fixture) optList { return optList{id(2), opt("reason", "again")} }, "cannot retract figure 2: it is retracted", true},
			},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return map[int64]tracker.Status{2: tracker.Retracted} },
		},
		{
			name: "unknown figure",
			steps: []step{
				{"approve", func(*fixture) optList { return optList{id(99)} }, "figure 99 does not exist", true},
			},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return nil },
		},
		{
			name: "figure id must be positive",
			steps: []step{
				{"approve", func(*fixture) optList { return optList{id(0)} }, "positive whole number", true},
			},
			wantStatus: func(f *fixture) map[int64]tracker.Status { return nil },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			for _, s := range tt.steps {
				r := f.run(t, command(modGuild, moderator(), "figure", sub(s.action, s.opts(f)...)))
				resp := r.only(t)
				if got := text(resp); !strings.Contains(got, s.wantText) {
					t.Errorf("%s: reply lacks %q:\n%s", s.action, s.wantText, got)
				}
				if ephemeral(resp) != s.wantErr {
					t.Errorf("%s: ephemeral = %v, want %v", s.action, ephemeral(resp), s.wantErr)
				}
			}
			for fid, want := range tt.wantStatus(f) {
				fig, err := f.store.Figure(context.Background(), fid)
				if err != nil {
					t.Fatal(err)
				}
				if fig.Status != want {
					t.Errorf("figure %d is %s, want %s", fid, fig.Status, want)
				}
			}
		})
	}
}

func TestFigureChangeAuditRecordsTheDiscordUser(t *testing.T) {
	f := newFixture(t)
	f.run(t, command(modGuild, moderator(), "figure", sub("retract", opt("figure", 2.0), opt("reason", "withdrawn"))))
	a, err := f.store.Audit(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	last := a.Corrections[len(a.Corrections)-1]
	if last.Action != tracker.ActionRetract || last.By != "discord:ana#1001" || last.Reason != "withdrawn" {
		t.Errorf("last correction = %+v", last)
	}
}

func TestFigureRefusedForPlainMemberWritesNothing(t *testing.T) {
	f := newFixture(t)
	r := f.run(t, command(modGuild, plainMember(), "figure", sub("retract", opt("figure", 2.0), opt("reason", "x"))))
	if got := text(r.only(t)); !strings.Contains(got, "moderator role") {
		t.Errorf("reply = %s", got)
	}
	fig, _ := f.store.Figure(context.Background(), 2)
	if fig.Status != tracker.Approved {
		t.Errorf("figure 2 is %s after a refused retraction", fig.Status)
	}
}
