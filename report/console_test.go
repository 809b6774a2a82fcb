package report

import (
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// markup lists what must never reach the console.
var markup = []string{"~~", "**", "<t:", "<#", "<@", `\(`, `\-`, "\u200b"}

func correctionEvent() tracker.FigureEvent {
	d := time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)
	old := tracker.Figure{ID: 1, MetricID: "m", Value: 56, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: "Foro Penal",
		AsOf: d, Status: tracker.Superseded, SupersededBy: 3, Evidence: tracker.Evidence{URL: "https://foropenal.com/"}}
	repl := old
	repl.ID, repl.Value, repl.Status, repl.Supersedes, repl.SupersededBy = 3, 72, tracker.Approved, 1, 0
	m := tracker.Metric{ID: "m", Name: "Political prisoners released", Unit: "people"}
	return tracker.FigureEvent{
		Correction:  tracker.Correction{ID: 4, FigureID: 1, Action: tracker.ActionCorrect, OldValue: 56, NewValue: 72, NewFigureID: 3, Reason: "recount (2nd list)", By: "ana", At: d},
		Figure:      old,
		Replacement: &repl,
		Metric:      m,
		Standing:    tracker.ComputeStanding(m, []tracker.Figure{repl}, d),
	}
}

func TestConsoleBlocksArePlainText(t *testing.T) {
	r := Messages{}
	e := correctionEvent()
	add := e
	add.Correction = tracker.Correction{ID: 1, FigureID: 1, Action: tracker.ActionAdd, NewValue: 56, By: "ana", At: e.Correction.At}
	add.Replacement = nil
	tests := []struct {
		name string
		msg  tracker.Message
		want []string
	}{
		{"correction alert", r.FigureAlert(e), []string{"Foro Penal's confirmed figure: 56 people → 72 people (corrected).", "Reason: recount (2nd list)"}},
		{"edited alert", r.EditedAlert(r.FigureAlert(add), e), []string{"Corrected: 56 people → 72 people (corrected) — recount (2nd list)"}},
		{"correction reply", r.CorrectionReply(e), []string{"Correction: 56 → 72"}},
		{"digest", r.Digest(tracker.DigestInput{Now: e.Correction.At, Pending: -1, Metrics: []tracker.DigestMetric{{Standing: e.Standing, Changes: []tracker.FigureEvent{e}}}}),
			[]string{"Foro Penal's figure: 56 → 72 people (corrected)"}},
		{"late alert of a corrected figure", r.FigureAlert(add), []string{"Confirmed: 56 — Political prisoners released", "Foro Penal confirmed 56 people (2026-01-12).",
			"Since then this figure was corrected (figure #3 replaces it); the standing below is current."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			block := ConsoleBlock(tracker.OutboxItem{Key: "k", ChannelID: tracker.ConsoleChannel, Message: tt.msg})
			for _, bad := range markup {
				if strings.Contains(block, bad) {
					t.Errorf("console block contains %q:\n%s", bad, block)
				}
			}
			for _, want := range tt.want {
				if !strings.Contains(block, want) {
					t.Errorf("console block lacks %q:\n%s", want, block)
				}
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"~~56~~ → **72** (corrected)", "56 → 72 (corrected)"},
		{Escape("a ~~b~~ *c* <@123>"), "a ~~b~~ *c* <@123>"}, // text from sources keeps its characters
		{"due <t:1768212000:f>", "due 2026-01-12 10:00 UTC"},
		{"in <#111> for <@&222> by <@333> and <@!444>", "in #channel 111 for @role 222 by @user 333 and @user 444"},
	}
	for _, tt := range tests {
		if got := PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestConsoleBlockStripsControlCharacters(t *testing.T) {
	it := tracker.OutboxItem{Key: "k", ChannelID: "console", Kind: tracker.KindAlert, Message: tracker.Message{
		Kind: tracker.KindAlert, Title: "Title\x1b[2J", Description: "quote \x07bell \u009b31m",
		Fields: []tracker.Field{{Name: "Actor\x1b]0;x\x07", Value: "v\x00"}}}}
	got := ConsoleBlock(it)
	if strings.ContainsAny(got, "\x1b\x07\x00\u009b") {
		t.Errorf("ConsoleBlock = %q; want no control characters", got)
	}
	if !strings.Contains(got, "Title[2J") || !strings.Contains(got, "quote bell 31m") {
		t.Errorf("ConsoleBlock = %q; want the text kept", got)
	}
}
