package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// understatedTracker declares a death toll the claimant understates: a UN
// office confirms more deaths than the government admits.
const understatedTracker = `metrics:
  - id: deaths
    name: Deaths in the floods
    unit: deaths
    keywords: [deaths, muertos]
    gap: {min_abs: 500, min_ratio: 1.5, direction: DIRECTION}
actors:
  - name: UN office
    role: confirmer
  - name: Government
    role: claimant
sources:
  - id: news
    url: https://example.org/feed.xml
    format: rss
    claims: [deaths]
`

func TestStatusUnderstatedClaim(t *testing.T) {
	tests := []struct {
		direction     string
		wantFlags     string
		wantDirection any // "under" or nil
	}{
		{"under", "GAP", "under"},
		{"both", "GAP", "under"},
		{"over", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.direction, func(t *testing.T) {
			c := newCLI(t)
			path := filepath.Join(c.dir, "deaths.yaml")
			os.WriteFile(path, []byte(strings.Replace(understatedTracker, "DIRECTION", tt.direction, 1)), 0o644)
			c.env["GAPWATCH_CONFIG"] = path
			c.ok("figure", "add", "--metric", "deaths", "--value", "2750", "--stance", "confirmed", "--actor", "UN office",
				"--url", "https://example.org/un", "--as-of", "2026-01-12")
			c.ok("figure", "add", "--metric", "deaths", "--value", "1020", "--stance", "claimed", "--actor", "Government",
				"--url", "https://example.org/gov", "--as-of", "2026-01-12")
			var doc struct {
				Metrics []map[string]any `json:"metrics"`
			}
			if err := json.Unmarshal([]byte(c.ok("status", "--json")), &doc); err != nil {
				t.Fatal(err)
			}
			m := doc.Metrics[0]
			if got, want := m["gap"], any(float64(-1730)); got != want {
				t.Errorf("gap = %v, want %v", got, want)
			}
			dir, present := m["gap_direction"]
			if !present || dir != tt.wantDirection {
				t.Errorf("gap_direction = %v (present %v), want %v", dir, present, tt.wantDirection)
			}
			var flags []string
			for _, f := range m["flags"].([]any) {
				flags = append(flags, f.(string))
			}
			if got := strings.Join(flags, ","); got != tt.wantFlags {
				t.Errorf("flags = %q, want %q", got, tt.wantFlags)
			}
			text := c.ok("status")
			if !strings.Contains(text, "claimed is 1,730 below confirmed (the claim is 0.37× the confirmed figure)") {
				t.Errorf("status text does not say which side is higher:\n%s", text)
			}
		})
	}
}
