package web

import (
	"context"
	"net/http"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// TestPausedChannelShownOnPageAndMetrics pauses a channel as a dead letter
// does: the index lists it with the reason, /metrics counts the dead
// letter and marks the channel.
func TestPausedChannelShownOnPageAndMetrics(t *testing.T) {
	s := seedStore(t, false)
	ctx := context.Background()
	if err := s.store.SetAlerts(ctx, "g", "4242", tracker.AllMetrics, true, "t"); err != nil {
		t.Fatal(err)
	}
	ids, err := s.store.Enqueue(ctx, tracker.OutboxItem{Key: "dead", ChannelID: "4242", Message: tracker.Message{Kind: tracker.KindAlert, Title: "t"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.store.MarkDead(ctx, tracker.DeadLetter{ID: ids[0], ChannelID: "4242", At: testNow,
		Reason: "Discord answered HTTP 403 code 50001: Missing Access", PauseChannel: true}); err != nil {
		t.Fatal(err)
	}
	m := NewMetrics(s.store).WithLogger(quietLogger())
	h := newTestHandler(s, Options{Metrics: m})
	_, page := get(t, h, http.MethodGet, "/")
	mustContain(t, "GET /", page, `<h2>Paused channels`, `<td class="src-id">4242</td>`, "Missing Access")
	res, body := get(t, h, http.MethodGet, "/metrics")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics = %d", res.StatusCode)
	}
	mustContain(t, "/metrics", body, `gapwatch_outbox_failed 1`, `gapwatch_channel_paused{channel="4242"} 1`)
}
