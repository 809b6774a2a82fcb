package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const testTrackerFile = `metrics:
  - id: ve-prisoners-released
    name: Political prisoners released in Venezuela
    cumulative: true
    keywords: [political prisoners, released, excarcelaciones]
    gap: {min_abs: 50, min_ratio: 1.5}
    stale_after: 72h
actors:
  - name: Foro Penal
    role: confirmer
    aliases: [Penal Forum]
  - name: Government of Venezuela
    role: claimant
    aliases: [gobierno, Jorge Rodríguez]
sources:
  - id: news
    url: https://example.org/feed.xml
    format: rss
    claims: [ve-prisoners-released]
`

// cli runs gapwatch commands in a temporary directory.
type cli struct {
	t   *testing.T
	dir string
	env map[string]string
	now time.Time
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "gapwatch.yaml"), []byte(testTrackerFile), 0o644); err != nil {
		t.Fatal(err)
	}
	return &cli{t: t, dir: dir, now: time.Date(2026, 1, 12, 15, 0, 0, 0, time.UTC), env: map[string]string{
		"GAPWATCH_CONFIG": filepath.Join(dir, "gapwatch.yaml"),
		"GAPWATCH_DB":     filepath.Join(dir, "gapwatch.db"),
		"USER":            "tester",
	}}
}

func (c *cli) run(args ...string) (stdout, stderr string, code int) {
	c.t.Helper()
	var out, errOut bytes.Buffer
	a := &app{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
		lookupEnv: func(k string) (string, bool) { v, ok := c.env[k]; return v, ok },
		now:       func() time.Time { return c.now },
	}
	code = a.main(context.Background(), args)
	return out.String(), errOut.String(), code
}

func (c *cli) ok(args ...string) string {
	c.t.Helper()
	out, errOut, code := c.run(args...)
	if code != 0 {
		c.t.Fatalf("gapwatch %s: exit %d\nstderr: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

type standingsDoc struct {
	Metrics []struct {
		ID        string `json:"id"`
		Confirmed *struct {
			FigureID int64   `json:"figure_id"`
			Value    int64   `json:"value"`
			Actor    string  `json:"actor"`
			AsOf     *string `json:"as_of"`
			URL      string  `json:"url"`
		} `json:"confirmed"`
		Claimed *struct {
			FigureID int64  `json:"figure_id"`
			Value    int64  `json:"value"`
			Actor    string `json:"actor"`
		} `json:"claimed"`
		Gap   *int64   `json:"gap"`
		Ratio *float64 `json:"ratio"`
		Flags []string `json:"flags"`
	} `json:"metrics"`
}

func (c *cli) status() standingsDoc {
	c.t.Helper()
	var doc standingsDoc
	if err := json.Unmarshal([]byte(c.ok("status", "--json")), &doc); err != nil {
		c.t.Fatal(err)
	}
	return doc
}

func TestValidate(t *testing.T) {
	c := newCLI(t)
	if got, want := c.ok("validate"), "ok: 1 metrics, 2 actors, 1 sources\n"; got != want {
		t.Errorf("validate = %q, want %q", got, want)
	}
	broken := strings.Replace(testTrackerFile, "claims: [ve-prisoners-released]", "claims: [nope]", 1)
	path := filepath.Join(c.dir, "broken.yaml")
	os.WriteFile(path, []byte(broken), 0o644)
	_, errOut, code := c.run("--config", path, "validate")
	if code != 2 || !strings.Contains(errOut, "broken.yaml:19: sources[0].claims[0]: unknown metric \"nope\"") {
		t.Errorf("broken file: exit %d, stderr %q", code, errOut)
	}
	_, errOut, code = c.run("validate", "--config", filepath.Join(c.dir, "missing.yaml"))
	if code != 2 || !strings.Contains(errOut, "missing.yaml does not exist") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
}

// The checks that belong to the scheduler and to sources reach the tracker
// file through package main's wiring.
func TestValidateChecksSchedulesAndSelectors(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"bad cron", "    format: rss\n", "    format: rss\n    schedule: \"every 30 minutes\"\n",
			`bad.yaml:19: sources[0].schedule: "every 30 minutes" is not a valid cron spec`},
		{"bad css", "    format: rss\n    claims: [ve-prisoners-released]\n",
			"    format: html\n    figures:\n      - {metric: ve-prisoners-released, actor: Foro Penal, select: \"p >> [\"}\n",
			`bad.yaml:20: sources[0].figures[0].select: CSS selector "p >> ["`},
		{"digest too often", "    claims: [ve-prisoners-released]\n", "    claims: [ve-prisoners-released]\nsubscriptions:\n  - {channel: console, digest: \"*/5 * * * *\"}\n",
			`bad.yaml:21: subscriptions[0].digest: "*/5 * * * *" fires 5m0s apart`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			if !strings.Contains(testTrackerFile, tt.old) {
				t.Fatalf("fixture does not contain %q", tt.old)
			}
			path := filepath.Join(c.dir, "bad.yaml")
			if err := os.WriteFile(path, []byte(strings.Replace(testTrackerFile, tt.old, tt.new, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			_, errOut, code := c.run("--config", path, "validate")
			if code != 2 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errOut, tt.want)
			}
		})
	}
}

func TestFigureLifecycle(t *testing.T) {
	c := newCLI(t)
	conf := strings.TrimSpace(c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "56", "--stance", "confirmed",
		"--actor", "Foro Penal", "--url", "https://foropenal.com/", "--quote", "Foro Penal confirmed 56 releases.", "--as-of", "2026-01-12"))
	var claim struct{ ID int64 }
	if err := json.Unmarshal([]byte(c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "400", "--stance", "claimed",
		"--actor", "gobierno", "--url", "https://example.org/gov", "--as-of", "2026-01-12", "--json")), &claim); err != nil {
		t.Fatal(err)
	}
	if conf != "1" || claim.ID != 2 {
		t.Fatalf("ids = %s, %d; want 1, 2", conf, claim.ID)
	}

	doc := c.status()
	m := doc.Metrics[0]
	if m.Confirmed == nil || m.Confirmed.Value != 56 || m.Confirmed.Actor != "Foro Penal" || *m.Confirmed.AsOf != "2026-01-12" ||
		m.Claimed == nil || m.Claimed.Value != 400 || m.Claimed.Actor != "Government of Venezuela" {
		t.Fatalf("standing = %+v", m)
	}
	if m.Gap == nil || *m.Gap != 344 || strings.Join(m.Flags, ",") != "GAP" {
		t.Errorf("gap = %v flags = %v, want 344 [GAP]", m.Gap, m.Flags)
	}

	if got, want := c.ok("figure", "correct", "1", "--value", "72", "--reason", "recount", "--by", "ana"), "figure 1 corrected: 56 → 72; the new figure is 3\n"; got != want {
		t.Errorf("correct = %q, want %q", got, want)
	}
	if m := c.status().Metrics[0]; m.Confirmed.FigureID != 3 || *m.Gap != 328 {
		t.Errorf("after correction: confirmed #%d gap %v, want #3 328", m.Confirmed.FigureID, *m.Gap)
	}
	c.ok("figure", "retract", "2", "--reason", "withdrawn by the ministry")
	if m := c.status().Metrics[0]; m.Claimed != nil || m.Gap != nil || len(m.Flags) != 0 {
		t.Errorf("after retraction: %+v", m)
	}

	var log struct {
		Figures []struct {
			ID     int64  `json:"id"`
			Value  int64  `json:"value"`
			Status string `json:"status"`
		} `json:"figures"`
		Corrections []struct {
			Action   string `json:"action"`
			OldValue int64  `json:"old_value"`
			NewValue int64  `json:"new_value"`
			By       string `json:"by"`
			Reason   string `json:"reason"`
		} `json:"corrections"`
	}
	if err := json.Unmarshal([]byte(c.ok("figure", "log", "3", "--json")), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Figures) != 2 || log.Figures[0].Value != 56 || log.Figures[0].Status != "superseded" || log.Figures[1].Value != 72 {
		t.Errorf("log figures = %+v", log.Figures)
	}
	if len(log.Corrections) != 2 || log.Corrections[0].Action != "add" || log.Corrections[0].By != "tester" ||
		log.Corrections[1].Action != "correct" || log.Corrections[1].OldValue != 56 || log.Corrections[1].NewValue != 72 ||
		log.Corrections[1].By != "ana" || log.Corrections[1].Reason != "recount" {
		t.Errorf("log corrections = %+v", log.Corrections)
	}
	text := c.ok("figure", "log", "1")
	if !strings.Contains(text, "correct  #1 56 → 72 (approved → superseded, new figure #3) by ana: recount") {
		t.Errorf("log text:\n%s", text)
	}
}

func TestBadInputWritesNothing(t *testing.T) {
	c := newCLI(t)
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "56", "--stance", "confirmed", "--actor", "Foro Penal")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "abc", "--stance", "claimed", "--actor", "gobierno"}, `invalid value "abc" for --value: want a whole number`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "-5", "--stance", "claimed", "--actor", "gobierno"}, "must not be negative"},
		{[]string{"figure", "add", "--metric", "nope", "--value", "5", "--stance", "claimed", "--actor", "gobierno"}, `unknown metric "nope" (known: ve-prisoners-released)`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "5", "--stance", "claimed", "--actor", "Nobody"}, `unknown actor "Nobody"`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "5", "--stance", "rumoured", "--actor", "gobierno"}, `stance "rumoured" is not one of confirmed, claimed`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "5", "--stance", "claimed", "--actor", "gobierno", "--as-of", "12/01/2026"}, `date "12/01/2026" is not in the form YYYY-MM-DD`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "5", "--stance", "claimed", "--actor", "gobierno", "--url", "javascript:alert(1)"}, "is not an absolute http or https URL"},
		{[]string{"figure", "add", "--value", "5", "--stance", "claimed", "--actor", "gobierno"}, "--metric is required"},
		{[]string{"figure", "correct", "1", "--value", "60"}, "--reason is required"},
		{[]string{"figure", "reject", "1", "--reason", "x"}, "cannot reject figure 1: it is approved"},
		{[]string{"figure", "approve", "42"}, "figure 42 does not exist"},
		{[]string{"figure", "approve", "abc"}, `figure id "abc" is not a positive whole number`},
		{[]string{"figure", "explode", "1"}, `unknown subcommand "explode"`},
		{[]string{"status", "nope"}, `unknown metric "nope"`},
		{[]string{"figures", "--status", "lost"}, `status "lost" is not one of`},
		{[]string{"status", "--colour"}, "gapwatch status: unknown flag --colour (run 'gapwatch help status')"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		_, errOut, code := c.run(tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("gapwatch %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(tt.args, " "), code, errOut, tt.want)
		}
	}
	var figs struct{ Figures []any }
	if err := json.Unmarshal([]byte(c.ok("figures", "--json")), &figs); err != nil {
		t.Fatal(err)
	}
	if len(figs.Figures) != 1 {
		t.Errorf("figures after bad input = %d, want 1", len(figs.Figures))
	}
	if out := c.ok("figure", "log", "1"); strings.Count(out, " by ") != 1 {
		t.Errorf("bad input added corrections:\n%s", out)
	}
}

func TestDigestQueuesForTheConsole(t *testing.T) {
	c := newCLI(t)
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "56", "--stance", "confirmed", "--actor", "Foro Penal")
	var got struct{ Key, Channel string }
	if err := json.Unmarshal([]byte(c.ok("digest", "--send", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if got.Channel != "console" || !strings.HasPrefix(got.Key, "digest:console:now:") {
		t.Errorf("digest = %+v", got)
	}
	if _, errOut, code := c.run("digest", "--channel", ""); code != 2 || !strings.Contains(errOut, "--channel must not be empty") {
		t.Errorf("empty channel: exit %d, %q", code, errOut)
	}
}
