package report

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// update rewrites testdata/*.golden from the messages as they are now:
//
//	go test ./report -run TestMessagesGolden -update
//
// then review the wording in the diff.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenForms renders a message in both forms people read: the Discord
// form (the message as the bot turns it into an embed, Discord markup
// kept) and the console form (report.MessageText).
func goldenForms(m tracker.Message) string {
	var b strings.Builder
	b.WriteString("== discord\n")
	fmt.Fprintf(&b, "kind: %s\ncolor: %#06x\ntitle: %s\n", m.Kind, m.Color, m.Title)
	if m.URL != "" {
		fmt.Fprintf(&b, "url: %s\n", m.URL)
	}
	if m.Description != "" {
		fmt.Fprintf(&b, "description:\n%s\n", indent(m.Description))
	}
	for _, f := range m.Fields {
		inline := ""
		if f.Inline {
			inline = " (inline)"
		}
		fmt.Fprintf(&b, "field %q%s:\n%s\n", f.Name, inline, indent(f.Value))
	}
	for _, l := range m.Links {
		fmt.Fprintf(&b, "link: %s\n", l)
	}
	if m.Footer != "" {
		fmt.Fprintf(&b, "footer: %s\n", m.Footer)
	}
	if !m.Timestamp.IsZero() {
		fmt.Fprintf(&b, "timestamp: %s\n", m.Timestamp.UTC().Format(time.RFC3339))
	}
	if m.ChartMetric != "" {
		fmt.Fprintf(&b, "chart: %s\n", m.ChartMetric)
	}
	b.WriteString("== console\n")
	b.WriteString(MessageText(m))
	return b.String()
}

func indent(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run TestMessagesGolden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the message as rendered now (review, then rerun with -update):\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

// goldenWorld is one metric with a confirmed and a claimed figure far
// apart, as the alerts and digests see it.
type goldenWorld struct {
	day               time.Time
	metric            tracker.Metric
	confirmed, claimd tracker.Figure
}

func newGoldenWorld() goldenWorld {
	d := time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)
	m := tracker.Metric{ID: "ve-prisoners-released", Name: "Political prisoners released", Unit: "people", Cumulative: true,
		Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 1.5, Direction: tracker.GapOver}, StaleAfter: 72 * time.Hour}
	conf := tracker.Figure{ID: 1, MetricID: m.ID, Value: 56, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: "Foro Penal",
		AsOf: d, SeenAt: d.Add(9 * time.Hour), Status: tracker.Approved,
		Evidence: tracker.Evidence{URL: "https://foropenal.example/balance", Quote: "Foro Penal verified 56 releases *so far*."}}
	claim := tracker.Figure{ID: 2, MetricID: m.ID, Value: 400, Qualifier: tracker.AtLeast, Stance: tracker.Claimed, Actor: "Government of Venezuela",
		AsOf: d, SeenAt: d.Add(10 * time.Hour), Status: tracker.Approved,
		Evidence: tracker.Evidence{URL: "https://gov.example/statement", Quote: "More than 400 people were freed."}}
	return goldenWorld{day: d, metric: m, confirmed: conf, claimd: claim}
}

func (w goldenWorld) standing(figs ...tracker.Figure) tracker.Standing {
	return tracker.ComputeStanding(w.metric, figs, w.day.Add(24*time.Hour))
}

func (w goldenWorld) event(action tracker.Action, f tracker.Figure, repl *tracker.Figure, reason string) tracker.FigureEvent {
	c := tracker.Correction{ID: 10, FigureID: f.ID, Action: action, OldValue: f.Value, NewValue: f.Value, Reason: reason, By: "discord:ana#1", At: w.day.Add(11 * time.Hour)}
	shown := f
	if repl != nil {
		c.NewValue, c.NewFigureID = repl.Value, repl.ID
		shown = *repl
	}
	return tracker.FigureEvent{Correction: c, Figure: f, Replacement: repl, Metric: w.metric, Standing: w.standing(shown, w.claimd)}
}

// TestMessagesGolden checks the wording of every message kind people read,
// in its Discord and console forms, against testdata/*.golden.
func TestMessagesGolden(t *testing.T) {
	w := newGoldenWorld()
	r := Messages{PublicURL: "https://gapwatch.example/"}

	corrected := w.confirmed
	corrected.Status, corrected.SupersededBy = tracker.Superseded, 3
	repl := w.confirmed
	repl.ID, repl.Value, repl.Supersedes = 3, 72, 1
	correction := w.event(tracker.ActionCorrect, corrected, &repl, "recount: the second list")
	retracted := w.claimd
	retracted.Status = tracker.Retracted
	retraction := w.event(tracker.ActionRetract, retracted, nil, "the quote was about another decree")
	approval := w.event(tracker.ActionApprove, w.confirmed, nil, "")

	both := w.standing(w.confirmed, w.claimd)
	stale := tracker.ComputeStanding(w.metric, []tracker.Figure{w.confirmed, w.claimd}, w.day.Add(10*24*time.Hour))
	src := tracker.Source{ID: "foro-penal-balance", URL: "https://foropenal.example/balance"}
	state := tracker.SourceState{SourceID: src.ID, ConsecutiveFailures: 5, LastError: "fetch: 503 Service Unavailable",
		LastSuccess: w.day.Add(-2 * time.Hour), NextCheck: w.day.Add(time.Hour)}
	prevConf, prevClaim, prevGap := int64(40), int64(300), int64(260)

	tests := []struct {
		name string
		msg  tracker.Message
	}{
		{"alert_approved", r.FigureAlert(approval)},
		{"alert_corrected", r.FigureAlert(correction)},
		{"alert_retracted", r.FigureAlert(retraction)},
		{"alert_edited", r.EditedAlert(r.FigureAlert(approval), correction)},
		{"correction_reply", r.CorrectionReply(correction)},
		{"flag_raised", r.FlagAlert(both, []tracker.Flag{tracker.FlagGap}, nil)},
		{"flag_cleared", r.FlagAlert(w.standing(w.confirmed), nil, []tracker.Flag{tracker.FlagGap})},
		{"notice_stale", r.StaleNotice(stale)},
		{"notice_failing", r.SourceNotice(tracker.SourceNotice{Kind: tracker.NoticeFailing, Source: src, State: state})},
		{"notice_recovered", r.SourceNotice(tracker.SourceNotice{Kind: tracker.NoticeRecovered, Source: src, State: tracker.SourceState{LastSuccess: w.day}})},
		{"notice_empty", r.SourceNotice(tracker.SourceNotice{Kind: tracker.NoticeEmpty, Source: src,
			Misses: []tracker.FieldMiss{{Rule: 0, Select: "#released .count", Reason: "matched nothing"}}})},
		{"notice_matching", r.SourceNotice(tracker.SourceNotice{Kind: tracker.NoticeMatching, Source: src})},
		{"digest_scheduled", r.Digest(tracker.DigestInput{ChannelID: "123", Now: w.day.Add(33 * time.Hour), Scheduled: true, Pending: 2,
			Metrics: []tracker.DigestMetric{{Standing: both,
				Previous: &tracker.DigestSnapshot{Confirmed: &prevConf, Claimed: &prevClaim, Gap: &prevGap},
				Changes:  []tracker.FigureEvent{approval, correction, retraction}}}})},
		{"digest_first", r.Digest(tracker.DigestInput{ChannelID: "console", Now: w.day.Add(33 * time.Hour), Scheduled: true, Pending: -1,
			Metrics: []tracker.DigestMetric{{Standing: both}}})},
		{"digest_on_demand_empty", r.Digest(tracker.DigestInput{ChannelID: "console", Now: w.day.Add(33 * time.Hour), Pending: -1})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkGolden(t, tt.name, goldenForms(tt.msg))
		})
	}
}
