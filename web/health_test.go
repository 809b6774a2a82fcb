package web

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

func TestHealthz(t *testing.T) {
	lastPoll := time.Date(2026, 1, 20, 11, 55, 0, 0, time.UTC)
	tests := []struct {
		name        string
		health      func() Health
		closeStore  bool
		neverPolled bool
		wantCode    int
		wantStatus  string
		wantPoll    string // "" for null
		wantStore   string // prefix
	}{
		{"console mode", nil, false, false, http.StatusOK, "ok", "2026-01-20T11:40:00Z", "ok"},
		{"discord connected", func() Health { return Health{Mode: ModeDiscord, DiscordConnected: true, LastPoll: lastPoll} },
			false, false, http.StatusOK, "ok", "2026-01-20T11:55:00Z", "ok"},
		{"discord disconnected", func() Health { return Health{Mode: ModeDiscord, LastPoll: lastPoll} },
			false, false, http.StatusServiceUnavailable, "unhealthy", "2026-01-20T11:55:00Z", "ok"},
		{"store down", nil, true, false, http.StatusServiceUnavailable, "unhealthy", "", "unavailable"},
		{"never polled", func() Health { return Health{Mode: ModeConsole} }, false, true, http.StatusOK, "ok", "", "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := seedStore(t, false)
			if tt.neverPolled {
				if _, err := s.store.DB().Exec("UPDATE source_state SET last_success = NULL"); err != nil {
					t.Fatal(err)
				}
			}
			h := newTestHandler(s, Options{Health: tt.health})
			if tt.closeStore {
				s.store.Close()
			}
			res, body := get(t, h, http.MethodGet, "/healthz")
			if res.StatusCode != tt.wantCode {
				t.Errorf("status code = %d, want %d", res.StatusCode, tt.wantCode)
			}
			if got := res.Header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", got)
			}
			var doc struct {
				Status             string  `json:"status"`
				Store              string  `json:"store"`
				Mode               string  `json:"mode"`
				DiscordConnected   *bool   `json:"discord_connected"`
				LastSuccessfulPoll *string `json:"last_successful_poll"`
				OutboxPending      *int    `json:"outbox_pending"`
			}
			if err := json.Unmarshal([]byte(body), &doc); err != nil {
				t.Fatalf("decode %s: %v", body, err)
			}
			if doc.Status != tt.wantStatus {
				t.Errorf("status = %q, want %q", doc.Status, tt.wantStatus)
			}
			if doc.Store != tt.wantStore {
				t.Errorf("store = %q, want %q (never the store's own error)", doc.Store, tt.wantStore)
			}
			if doc.Mode == "" || doc.DiscordConnected == nil {
				t.Errorf("mode and discord_connected must always be present: %s", body)
			}
			gotPoll := ""
			if doc.LastSuccessfulPoll != nil {
				gotPoll = *doc.LastSuccessfulPoll
			}
			if gotPoll != tt.wantPoll {
				t.Errorf("last_successful_poll = %q, want %q", gotPoll, tt.wantPoll)
			}
			if !tt.closeStore && (doc.OutboxPending == nil || *doc.OutboxPending != 0) {
				t.Errorf("outbox_pending = %v, want 0", doc.OutboxPending)
			}
		})
	}
}

func TestStandingsJSONIsTheStatusDocument(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	res, body := get(t, h, http.MethodGet, "/api/standings.json")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status = %d: %s", res.StatusCode, body)
	}
	if got := res.Header.Get("Content-Type"); got != "application/json; charset=utf-8" {
		t.Errorf("Content-Type = %q", got)
	}
	var got report.StandingsJSON
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatalf("decode: %v", err)
	}
	standings, err := s.store.Standings(context.Background(), testNow)
	if err != nil {
		t.Fatal(err)
	}
	want := report.NewStandingsJSON(standings)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("GET /api/standings.json = %+v, want %+v", got, want)
	}
	r := got.Metrics[0]
	if r.ID != "releases" || r.Confirmed.Value != 56 || r.Claimed.Value != 400 || *r.Gap != 344 ||
		!reflect.DeepEqual(r.Flags, []tracker.Flag{tracker.FlagGap}) {
		t.Errorf("releases = %+v, want 56 confirmed, 400 claimed, gap 344, flag GAP", r)
	}
}
