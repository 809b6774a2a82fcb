package commands_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestHistoryTable(t *testing.T) {
	f := newFixture(t)
	old := addFigure(t, f.store, tracker.Figure{MetricID: metricID, Value: 20, Stance: tracker.Confirmed, Actor: "Foro Penal", AsOf: day(1).AddDate(0, -2, 0)})
	addPending(t, f.store, 450, day(10), "q")
	r := f.run(t, command(otherGuild, plainMember(), "history", opt("metric", metricID), opt("days", 7.0)))
	resp := r.only(t)
	got := text(resp)
	if ephemeral(resp) {
		t.Error("history is ephemeral")
	}
	for _, w := range []string{"last 7 days", "DATE", "2026-01-09  56", "400", "Government of Venezuela", "pending", "#4"} {
		if !strings.Contains(got, w) {
			t.Errorf("history lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "#"+itoa(old.ID)+"\n") || strings.Contains(got, "  20  ") {
		t.Errorf("history shows a figure older than 7 days:\n%s", got)
	}
	// oldest first
	if strings.Index(got, "  56 ") > strings.Index(got, "  450 ") {
		t.Errorf("history is not oldest first:\n%s", got)
	}
}

func itoa(n int64) string { return tracker.FormatPlain(n) }

func TestHistoryAttachesTheChartAfterDeferring(t *testing.T) {
	f := newFixture(t)
	var since time.Time
	f.deps.Chart = func(_ context.Context, id string, s time.Time) ([]byte, error) {
		since = s
		return []byte("\x89PNG fake"), nil
	}
	r := f.run(t, command(otherGuild, plainMember(), "history", opt("metric", metricID)))
	if len(r.responses) != 1 || r.responses[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || ephemeral(r.responses[0]) {
		t.Fatalf("want a public deferral first: %s", r.dump())
	}
	if len(r.edits) != 1 {
		t.Fatalf("want the reply as one edit: %s", r.dump())
	}
	e := r.edits[0]
	if len(e.Files) != 1 || e.Files[0].Name != "gapwatch-"+metricID+".png" {
		t.Fatalf("files = %+v", e.Files)
	}
	png, _ := io.ReadAll(e.Files[0].Reader)
	if string(png) != "\x89PNG fake" {
		t.Errorf("attached %q", png)
	}
	if img := (*e.Embeds)[0].Image; img == nil || img.URL != "attachment://gapwatch-"+metricID+".png" {
		t.Errorf("embed image = %+v", img)
	}
	if want := time.Date(2025, 12, 12, 0, 0, 0, 0, time.UTC); !since.Equal(want) {
		t.Errorf("chart since %v, want %v (30 days including today)", since, want)
	}
}

func TestHistoryWithoutChartWhenDrawingFails(t *testing.T) {
	f := newFixture(t)
	f.deps.Chart = func(context.Context, string, time.Time) ([]byte, error) { return nil, errors.New("no fonts") }
	r := f.run(t, command(otherGuild, plainMember(), "history", opt("metric", metricID)))
	if len(r.edits) != 1 || len(r.edits[0].Files) != 0 || !strings.Contains(embedsText(*r.edits[0].Embeds), "400") {
		t.Errorf("want the table without a chart: %s", r.dump())
	}
	if !strings.Contains(f.logText(), "no fonts") {
		t.Errorf("chart failure not logged: %s", f.logText())
	}
}

func TestHistoryUnknownMetricIsNotDeferred(t *testing.T) {
	f := newFixture(t)
	f.deps.Chart = func(context.Context, string, time.Time) ([]byte, error) { return nil, nil }
	r := f.run(t, command(otherGuild, plainMember(), "history", opt("metric", "nope")))
	if resp := r.only(t); !ephemeral(resp) || !strings.Contains(resp.Data.Content, `unknown metric "nope"`) {
		t.Errorf("reply = %s", r.dump())
	}
}

func TestFigures(t *testing.T) {
	f := newFixture(t)
	addPending(t, f.store, 450, day(10), "el gobierno anunció 450 @here")
	tests := []struct {
		name    string
		opts    optList
		want    []string
		notWant []string
	}{
		{"all statuses", optList{opt("metric", metricID)}, []string{"#3 · pending · claimed", "#2 · approved · claimed", "#1 · approved · confirmed",
			"**450 people**", "https://news.example/a", "@\u200bhere"}, nil},
		{"only pending", optList{opt("metric", metricID), opt("status", "pending")}, []string{"Newest pending figures", "#3"}, []string{"#1 ·"}},
		{"nothing", optList{opt("metric", "ve-prisoners-held")}, []string{"No figures."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.run(t, command(otherGuild, plainMember(), "figures", tt.opts...))
			got := text(r.only(t))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("has %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestFiguresShowsTheNewest15(t *testing.T) {
	f := newFixture(t)
	for k := range 20 {
		addFigure(t, f.store, tracker.Figure{MetricID: metricID, Value: int64(100 + k), Stance: tracker.Claimed, Actor: "gobierno",
			AsOf: day(10), Evidence: tracker.Evidence{URL: "https://gov.example/" + strings.Repeat("long/", 30), Quote: strings.Repeat("palabra ", 60)}})
	}
	r := f.run(t, command(otherGuild, plainMember(), "figures", opt("metric", metricID)))
	var all []*discordgo.MessageEmbed
	for _, resp := range r.responses {
		all = append(all, resp.Data.Embeds...)
		checkLimits(t, resp.Data.Embeds)
	}
	for _, p := range r.followups {
		all = append(all, p.Embeds...)
		checkLimits(t, p.Embeds)
	}
	got := embedsText(all)
	if n := strings.Count(got, " · claimed") + strings.Count(got, " · confirmed"); n != 15 {
		t.Errorf("%d figures shown, want 15:\n%s", n, got)
	}
	if !strings.Contains(got, "#22 ·") || strings.Contains(got, "#7 ·") {
		t.Errorf("not the newest 15:\n%s", got)
	}
}

func TestSources(t *testing.T) {
	f := newFixture(t)
	err := f.store.SaveSourceState(context.Background(), tracker.SourceState{SourceID: "news", LastCheck: t0,
		LastSuccess: t0.Add(-48 * time.Hour), NextCheck: t0.Add(time.Hour), ConsecutiveFailures: 3,
		LastError: "GET https://example.org/feed.xml: 503 <@everyone> *down*"})
	if err != nil {
		t.Fatal(err)
	}
	r := f.run(t, command(otherGuild, plainMember(), "sources"))
	got := text(r.only(t))
	for _, w := range []string{"🔴 news", "https://example.org/feed.xml", "Last success: 2026-01-08 12:00 UTC", "Failures in a row: 3",
		"<\u200b", `\*down\*`, "Next check: 2026-01-10 13:00 UTC", "0 of 1 sources healthy"} {
		if !strings.Contains(got, w) {
			t.Errorf("sources lack %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "@everyone") {
		t.Errorf("a mention survived:\n%s", got)
	}
}

func TestAuditShowsTheCorrectionTrail(t *testing.T) {
	f := newFixture(t)
	f.run(t, command(modGuild, moderator(), "figure", sub("correct", opt("figure", 1.0), opt("value", 65.0), opt("reason", "recount ``` @everyone"))))
	r := f.run(t, command(otherGuild, plainMember(), "audit", opt("figure", 1.0)))
	resp := r.only(t)
	got := text(resp)
	for _, w := range []string{"Figure #1 — audit trail", "**#1 · superseded · confirmed** ←", "#3 · approved · confirmed",
		"add      #1 56 (approved) by tester", "correct  #1 56 → 65 (approved → superseded, new figure #3) by discord:ana#1001: recount"} {
		if !strings.Contains(got, w) {
			t.Errorf("audit lacks %q:\n%s", w, got)
		}
	}
	if d := resp.Data.Embeds[0].Description; strings.Count(d, "```")%2 != 0 {
		t.Errorf("the reason broke the code block:\n%s", d)
	}
}

func TestResponderFailureIsLogged(t *testing.T) {
	f := newFixture(t)
	r := &fakeResponder{failWith: errors.New("10062 unknown interaction")}
	f.deps.Handle(context.Background(), command(otherGuild, plainMember(), "status"), r)
	if logs := f.logText(); !strings.Contains(logs, "10062") {
		t.Errorf("log = %s", logs)
	}
}
