package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

// status --json counts the distinct evidence URLs and sites behind the
// confirmed and the claimed figure; the text standing says it briefly.
func TestStatusCountsCorroboration(t *testing.T) {
	c := newCLI(t)
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "400", "--stance", "claimed",
		"--actor", "Government of Venezuela", "--url", "https://gov.example/a", "--quote", "400 freed", "--as-of", "2026-01-11")

	ctx := context.Background()
	st, err := storage.Open(ctx, c.env["GAPWATCH_DB"])
	if err != nil {
		t.Fatal(err)
	}
	// One statement seen at three pages of two sites (one page twice).
	for _, u := range []string{"https://example.org/feed/1", "https://www.example.org/story", "https://news.example.net/x", "https://example.org/feed/1"} {
		_, _, err := st.RecordFigure(ctx, tracker.Figure{
			MetricID: "ve-prisoners-released", Value: 56, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: "Foro Penal",
			SourceID: "news", Origin: tracker.OriginStructured, AsOf: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC),
			SeenAt: c.now, Status: tracker.Approved, CreatedBy: "source:news",
			Evidence: tracker.Evidence{URL: u, Quote: "Foro Penal confirmed 56 releases (" + u + ")", SourceID: "news"},
		})
		if err != nil {
			t.Fatalf("record %s: %v", u, err)
		}
	}
	st.Close()

	var doc struct {
		Metrics []struct {
			Confirmed map[string]any `json:"confirmed"`
			Claimed   map[string]any `json:"claimed"`
		} `json:"metrics"`
	}
	if err := json.Unmarshal([]byte(c.ok("status", "--json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Metrics) != 1 || doc.Metrics[0].Confirmed == nil || doc.Metrics[0].Claimed == nil {
		t.Fatalf("status --json = %+v, want one metric with both sides", doc)
	}
	tests := []struct {
		side   string
		fields map[string]any
		want   map[string]float64
	}{
		{"confirmed", doc.Metrics[0].Confirmed, map[string]float64{"evidence_count": 3, "source_count": 2, "value": 56}},
		{"claimed", doc.Metrics[0].Claimed, map[string]float64{"evidence_count": 1, "source_count": 1, "value": 400}},
	}
	for _, tt := range tests {
		for k, want := range tt.want {
			if got, ok := tt.fields[k].(float64); !ok || got != want {
				t.Errorf("%s.%s = %v, want %v", tt.side, k, tt.fields[k], want)
			}
		}
		for _, k := range []string{"figure_id", "qualifier", "stance", "actor", "as_of", "url"} {
			if _, ok := tt.fields[k]; !ok {
				t.Errorf("%s lost its field %q", tt.side, k)
			}
		}
	}
	if text := c.ok("status"); !strings.Contains(text, "(3 links from 2 sites)") {
		t.Errorf("status does not show the corroboration:\n%s", text)
	}
}
