package trackerfile_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/trackerfile"
)

// checks are the checks package main gives a tracker file: the
// scheduler's for cron specs and the sources' for figures: selectors.
var checks = trackerfile.Checks{Next: scheduler.NextTime, FieldRule: sources.ValidateFieldRule}

const valid = `metrics:
  - id: ve-prisoners-released
    name: Political prisoners released
    cumulative: true
    keywords: [released, excarcelaciones]
    gap: {min_abs: 50, min_ratio: 1.5}
    stale_after: 72h
actors:
  - name: Foro Penal
    role: confirmer
    aliases: [Penal Forum]
  - name: Government of Venezuela
    role: claimant
    aliases: [gobierno]
sources:
  - id: balance
    url: https://example.org/balance
    format: html
    schedule: "@every 30m"
    review: auto
    figures:
      - metric: ve-prisoners-released
        actor: Penal Forum
        select: "#released .count"
        pattern: '(?P<value>[\d.,]+)'
  - id: news
    url: https://example.org/feed.xml
    format: rss
    claims: [ve-prisoners-released]
subscriptions:
  - channel: console
    digest: "0 9 * * *"
    tz: America/Caracas
`

func TestParseValid(t *testing.T) {
	c, err := checks.Parse("g.yaml", []byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(c.Metrics), 1; got != want {
		t.Fatalf("metrics = %d, want %d", got, want)
	}
	m := c.Metrics[0]
	if m.Unit != "people" || !m.Cumulative || m.Gap.MinAbs != 50 || m.Gap.MinRatio != 1.5 || m.StaleAfter != 72*time.Hour {
		t.Errorf("metric = %+v", m)
	}
	bal := c.Sources[0]
	if bal.Review != tracker.ReviewAuto || bal.Format != tracker.FormatHTML || !bal.Enabled || len(bal.Figures) != 1 {
		t.Fatalf("source = %+v", bal)
	}
	if r := bal.Figures[0]; r.Actor != "Foro Penal" || r.Stance != tracker.Confirmed {
		t.Errorf("rule = %+v, want canonical actor and stance from role", r)
	}
	news := c.Sources[1]
	if news.Review != tracker.ReviewRequired || news.Schedule != tracker.DefaultSchedule {
		t.Errorf("defaults not applied: %+v", news)
	}
	if len(c.Subscriptions) != 1 || c.Subscriptions[0].MetricID != tracker.AllMetrics || !c.Subscriptions[0].Alerts {
		t.Errorf("subscriptions = %+v", c.Subscriptions)
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		old  string // replaced in the valid file
		new  string
		want string // substring of the error, with file and line
	}{
		{"unknown field", "    cumulative: true\n", "    cumulative: true\n    colour: red\n", `g.yaml:5: metrics[0].colour: unknown field "colour"`},
		{"unknown top-level field", "actors:\n", "actorz: []\nactors:\n", `g.yaml:8: actorz: unknown field "actorz"`},
		{"duplicate source id", "  - id: news\n", "  - id: balance\n", `g.yaml:26: sources[1].id: duplicate source id "balance" (first declared on line 16)`},
		{"bad metric id", "id: ve-prisoners-released\n    name", "id: VE_Released\n    name", `g.yaml:2: metrics[0].id: "VE_Released" must be lower-case`},
		{"unknown metric in claims", "claims: [ve-prisoners-released]", "claims: [ve-prisoners-freed]", `g.yaml:29: sources[1].claims[0]: unknown metric "ve-prisoners-freed"`},
		{"unknown actor in figures", "actor: Penal Forum", "actor: Amnesty", `g.yaml:23: sources[0].figures[0].actor: unknown actor "Amnesty"`},
		{"unknown metric in figures", "      - metric: ve-prisoners-released", "      - metric: nope", `g.yaml:22: sources[0].figures[0].metric: unknown metric "nope"`},
		{"bad cron", `schedule: "@every 30m"`, `schedule: "every 30 minutes"`, `g.yaml:19: sources[0].schedule: "every 30 minutes" is not a valid cron spec`},
		{"bad regexp", `pattern: '(?P<value>[\d.,]+)'`, `pattern: '(?P<value>[\d.,+'`, `g.yaml:25: sources[0].figures[0].pattern: not a valid regular expression`},
		{"pattern without value group", `pattern: '(?P<value>[\d.,]+)'`, `pattern: '([\d.,]+)'`, `g.yaml:25: sources[0].figures[0].pattern: must have a named group (?P<value>…)`},
		{"bad css", `select: "#released .count"`, `select: "#released >> .count["`, `g.yaml:24: sources[0].figures[0].select: CSS selector "#released >> .count[": expected identifier`},
		{"bad url", "url: https://example.org/feed.xml", "url: ftp://example.org/feed.xml", `g.yaml:27: sources[1].url: "ftp://example.org/feed.xml" is not an absolute http or https URL`},
		{"relative url", "url: https://example.org/feed.xml", "url: /feed.xml", `g.yaml:27: sources[1].url: "/feed.xml" is not an absolute http or https URL`},
		{"bad role", "role: claimant", "role: liar", `g.yaml:13: actors[1].role: role "liar" is not one of confirmer, claimant, reporter`},
		{"bad duration", "stale_after: 72h", "stale_after: 3 days", `g.yaml:7: metrics[0].stale_after: "3 days" is not a duration`},
		{"bad ratio", "min_ratio: 1.5", "min_ratio: lots", `g.yaml:6: metrics[0].gap.min_ratio: "lots" is not a number`},
		{"bad gap direction", "min_ratio: 1.5}", "min_ratio: 1.5, direction: down}", `g.yaml:6: metrics[0].gap.direction: "down" is not a gap direction: use over`},
		{"unknown gap field", "min_ratio: 1.5}", "min_ratio: 1.5, side: under}", `g.yaml:6: metrics[0].gap.side: unknown field "side" (known fields: min_abs, min_ratio, direction)`},
		{"bad zone", "tz: America/Caracas", "tz: Mars/Olympus", `g.yaml:33: subscriptions[0].tz: "Mars/Olympus" is not an IANA time zone`},
		{"alias of two actors", "aliases: [gobierno]", "aliases: [Penal Forum]", `g.yaml:14: actors[1].aliases: "Penal Forum" also names actor "Foro Penal"`},
		{"missing name", "    name: Political prisoners released\n", "", `g.yaml:2: metrics[0].name: is required`},
		{"bad review", "review: auto", "review: sometimes", `g.yaml:20: sources[0].review: review "sometimes" is not one of auto, required`},
		{"bad format", "format: rss", "format: podcast", `g.yaml:28: sources[1].format: format "podcast" is not one of`},
		{"not yaml", "keywords: [released, excarcelaciones]", "keywords: [released, excarcelaciones", `g.yaml:`},
		{"digest too often", `digest: "0 9 * * *"`, `digest: "*/5 * * * *"`, `subscriptions[0].digest: "*/5 * * * *" fires 5m0s apart: digests need at least 15m0s between them`},
		{"source reads nothing", "    format: rss\n    claims: [ve-prisoners-released]\n", "    format: rss\n", `sources[1]: source "news" reads nothing`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(valid, tt.old) {
				t.Fatalf("fixture does not contain %q", tt.old)
			}
			_, err := checks.Parse("g.yaml", []byte(strings.Replace(valid, tt.old, tt.new, 1)))
			var te *trackerfile.Error
			if !errors.As(err, &te) {
				t.Fatalf("error = %v, want a *trackerfile.Error", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error =\n%v\nwant it to contain\n%s", err, tt.want)
			}
		})
	}
}

func TestYAMLErrorsPointAtTheWrongLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"key indented too far", "metrics:\n  - id: m\n    name: M\n     keywords: [x]\n", "g.yaml:4: not valid YAML: mapping values are not allowed"},
		{"key indented too little", "metrics:\n  - id: m\n    name: M\n    keywords: [x]\n  gap: {min_abs: 5}\n", "g.yaml:5: not valid YAML: did not find expected '-' indicator (check the indentation"},
		{"tab", "metrics:\n  - id: m\n    name: M\n\tkeywords: [x]\n", "g.yaml:4: not valid YAML: found a tab character"},
		{"multi-line list before the mistake", "metrics:\n  - id: m\n    keywords: [a,\n      b]\n    name: M\n     unit: x\n", "g.yaml:6: not valid YAML: mapping values are not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := checks.Parse("g.yaml", []byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestParseGapDirection(t *testing.T) {
	tests := []struct {
		gap  string
		want tracker.GapDirection
	}{
		{"{min_abs: 50, min_ratio: 1.5}", tracker.GapBoth},
		{"{min_abs: 50, direction: over}", tracker.GapOver},
		{"{min_abs: 50, direction: under}", tracker.GapUnder},
		{"{min_abs: 50, direction: both}", tracker.GapBoth},
		{"{min_abs: 50, direction: UNDER}", tracker.GapUnder},
	}
	for _, tt := range tests {
		t.Run(tt.gap, func(t *testing.T) {
			c, err := checks.Parse("g.yaml", []byte(strings.Replace(valid, "{min_abs: 50, min_ratio: 1.5}", tt.gap, 1)))
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Metrics[0].Gap.Direction; got != tt.want {
				t.Errorf("direction = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "metrics: []\n", "{}\n"} {
		if _, err := checks.Parse("g.yaml", []byte(in)); err == nil {
			t.Errorf("Parse(%q) accepted a file without metrics", in)
		}
	}
}

func TestLoadExample(t *testing.T) {
	c, err := checks.Load("../examples/venezuela.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Metrics) == 0 || len(c.Actors) == 0 || len(c.Sources) == 0 {
		t.Errorf("example: %d metrics, %d actors, %d sources", len(c.Metrics), len(c.Actors), len(c.Sources))
	}
}

func TestChecksAreGivenByTheCaller(t *testing.T) {
	type call struct {
		format tracker.Format
		sel    string
	}
	var specs []string
	var rules []call
	fake := trackerfile.Checks{
		Next: func(spec, tz string, after time.Time) (time.Time, error) {
			specs = append(specs, spec+"|"+tz)
			if spec == "@every 30m" {
				return time.Time{}, errors.New(`cron spec "@every 30m": too slow for this test`)
			}
			return after.Add(time.Hour), nil
		},
		FieldRule: func(format tracker.Format, rule tracker.FieldRule) error {
			rules = append(rules, call{format, rule.Select})
			return errors.New("sources: figures: no such selector")
		},
	}
	_, err := fake.Parse("g.yaml", []byte(valid))
	want := `g.yaml:19: sources[0].schedule: "@every 30m" is not a valid cron spec: too slow for this test
g.yaml:24: sources[0].figures[0].select: no such selector`
	if got := fmt.Sprint(err); got != want {
		t.Errorf("error =\n%s\nwant\n%s", got, want)
	}
	wantSpecs := []string{"@every 30m|", tracker.DefaultSchedule + "|", "CRON_TZ=America/Caracas 0 9 * * *|"}
	if len(specs) < len(wantSpecs) {
		t.Fatalf("Next called with %q, want at least %q", specs, wantSpecs)
	}
	for i, w := range wantSpecs {
		if specs[i] != w {
			t.Errorf("Next call %d: spec|tz = %q, want %q", i, specs[i], w)
		}
	}
	if got, want := rules, []call{{tracker.FormatHTML, "#released .count"}}; !slices.Equal(got, want) {
		t.Errorf("FieldRule calls = %v, want %v", got, want)
	}
}

func TestWithoutChecksOnlyTheFileItselfIsChecked(t *testing.T) {
	in := strings.NewReplacer(`"@every 30m"`, `"every 30 minutes"`, `"#released .count"`, `"#released >> .count["`).Replace(valid)
	if _, err := trackerfile.Parse("g.yaml", []byte(in)); err != nil {
		t.Errorf("Parse without checks: %v, want the cron spec and selector left to the caller's checks", err)
	}
	in = strings.Replace(in, "role: claimant", "role: liar", 1)
	_, err := trackerfile.Parse("g.yaml", []byte(in))
	if want := `g.yaml:13: actors[1].role: role "liar" is not one of`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want it to contain %q", err, want)
	}
}
