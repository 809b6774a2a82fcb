package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const extractTrackerFile = `metrics:
  - id: deaths
    name: Deaths
    keywords: [deaths, killed]
actors:
  - name: UN
    role: confirmer
    aliases: [United Nations, UN]
  - name: Government
    role: claimant
    aliases: [government]
`

// TestExtractExplain runs `extract --explain` as a moderator would on a
// passage with dates, money and a denial: every number not taken comes
// with its reason, and the figure taken says why.
func TestExtractExplain(t *testing.T) {
	c := newCLI(t)
	cfg := filepath.Join(c.dir, "deaths.yaml")
	text := filepath.Join(c.dir, "passage.txt")
	if err := os.WriteFile(cfg, []byte(extractTrackerFile), 0o644); err != nil {
		t.Fatal(err)
	}
	passage := "On 3 March 2024 the government denied reports that 5,000 people had died. " +
		"The UN said 1,020 people had been killed and $4 million was spent."
	if err := os.WriteFile(text, []byte(passage), 0o644); err != nil {
		t.Fatal(err)
	}
	out := c.ok("--config", cfg, "extract", "--explain", text)
	var reasons []string
	var figures []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		if v["dropped"] == true {
			reasons = append(reasons, v["reason"].(string))
			continue
		}
		figures = append(figures, v)
	}
	if got, want := strings.Join(reasons, ","), "date,date,denied,money"; got != want {
		t.Errorf("dropped reasons = %s, want %s\n%s", got, want, out)
	}
	if len(figures) != 1 || figures[0]["value"] != 1020.0 || figures[0]["why"] == nil {
		t.Fatalf("figures = %v, want the UN's 1,020 with a why", figures)
	}
	why := figures[0]["why"].(map[string]any)
	if why["metric_cue"] != "killed" || why["actor_cue"] != "UN" {
		t.Errorf("why = %v, want the metric cue \"killed\" and the actor cue \"UN\"", why)
	}

	// Without --explain nothing but figures; with nothing found, a hint.
	if out := c.ok("--config", cfg, "extract", text); strings.Contains(out, "dropped") || strings.Contains(out, "why") {
		t.Errorf("extract without --explain explains: %s", out)
	}
	empty := filepath.Join(c.dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("Nothing to count here, 2024."), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := c.run("--config", cfg, "extract", empty)
	if code != 0 || out != "" || !strings.Contains(errOut, "no figures found") || !strings.Contains(errOut, "--explain") {
		t.Errorf("extract on a text without figures: exit %d, stdout %q, stderr %q; want 0, nothing, a hint to use --explain", code, out, errOut)
	}
}
