package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestRefusedChannelIsTriedOnceAndPaused subscribes a channel the double
// does not know (Discord answers 404 Unknown Channel) next to healthy
// ones: its alert is tried once and marked failed, a second alert there is
// dropped without a request, its subscription is paused with the reason,
// the moderators get one notice, the healthy channels get their alerts, and
// /alerts on resumes the channel.
func TestRefusedChannelIsTriedOnceAndPaused(t *testing.T) {
	t.Parallel()
	healthy := channelIDs(30000, 3)
	modCh := channelIDs(31000, 1)[0]
	gone := "39999"
	e := newEnv(t, append(healthy, modCh), nil)
	b := e.startBot(nil)
	for _, ch := range append([]string{gone}, healthy...) {
		if err := e.store.SetAlerts(e.ctx, guildID, ch, tracker.AllMetrics, true, "test"); err != nil {
			t.Fatal(err)
		}
	}
	var items []tracker.OutboxItem
	for _, ch := range append([]string{gone, gone}, healthy...) {
		items = append(items, alertItem("dead:"+ch+":"+time.Now().Format(time.RFC3339Nano), ch, "Alert for "+ch))
	}
	items[1].Key += ":2"
	if _, err := e.store.Enqueue(e.ctx, items...); err != nil {
		t.Fatal(err)
	}
	d := e.deliverer(b)
	d.Notices, d.NoticeChannel = report.Messages{}, modCh
	e.deliverAll(d, 30*time.Second)

	tries := 0
	for _, r := range e.srv.Requests() {
		if strings.Contains(r.Path, "/channels/"+gone+"/") {
			tries++
		}
	}
	if got, want := tries, 1; got != want {
		t.Errorf("requests to the refused channel = %d, want %d", got, want)
	}
	for _, it := range e.outbox() {
		switch it.ChannelID {
		case gone:
			if it.Status != tracker.OutboxFailed || it.LastError == "" {
				t.Errorf("item %s: status %q, error %q; want failed with a reason", it.Key, it.Status, it.LastError)
			}
		case modCh:
		default:
			if it.Status != tracker.OutboxDelivered {
				t.Errorf("item %s: status %q, want delivered", it.Key, it.Status)
			}
		}
	}
	notices := e.srv.Messages(modCh)
	if got, want := len(notices), 1; got != want {
		t.Fatalf("notices in the moderators' channel = %d, want %d", got, want)
	}
	if text := embedText(t, notices[0].Embeds); !strings.Contains(text, gone) || !strings.Contains(text, "Unknown Channel") {
		t.Errorf("notice = %q; want the channel and Discord's reason", text)
	}
	subs, err := e.store.Subscriptions(e.ctx, gone)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || !subs[0].Paused() || !strings.Contains(subs[0].PausedReason, "Unknown Channel") {
		t.Fatalf("subscriptions of the refused channel = %+v; want one, paused with the reason", subs)
	}
	chans, err := e.store.AlertChannels(e.ctx, metricID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.Join(chans, ","), gone) {
		t.Errorf("alert channels %v include the paused channel", chans)
	}

	// A later failure in the same episode brings no second notice.
	if _, err := e.store.Enqueue(e.ctx, alertItem("dead:again", gone, "Again")); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(d, 10*time.Second)
	if got := len(e.srv.Messages(modCh)); got != 1 {
		t.Errorf("notices after a second refusal = %d, want 1", got)
	}

	if err := e.store.SetAlerts(e.ctx, guildID, gone, tracker.AllMetrics, true, "test"); err != nil {
		t.Fatal(err)
	}
	subs, _ = e.store.Subscriptions(e.ctx, gone)
	if len(subs) != 1 || subs[0].Paused() {
		t.Errorf("after /alerts on: %+v; want resumed", subs)
	}
}
