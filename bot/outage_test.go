package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestRetryAfterTheNonceWindowFindsThePost: the first attempt times out
// at the client while the double posts the message; the retry comes after
// Discord has forgotten the nonce (a 100 ms window here), so enforce_nonce
// cannot help. The sender finds the post among the channel's messages by
// the reference in its footer and posts nothing.
func TestRetryAfterTheNonceWindowFindsThePost(t *testing.T) {
	t.Parallel()
	ch := channelIDs(40000, 1)[0]
	e := newEnv(t, []string{ch}, func(o *discordtest.Options) { o.NonceWindow = 100 * time.Millisecond })
	b := e.startBot(func(o *bot.Options) { o.HTTPTimeout = 150 * time.Millisecond })
	if _, err := e.store.Enqueue(e.ctx, alertItem("outage:1", ch, "Alert across an outage")); err != nil {
		t.Fatal(err)
	}
	// Nothing else in the channel would hide it: a few other messages.
	for i := range 3 {
		if _, err := e.store.Enqueue(e.ctx, alertItem("outage:other:"+string(rune('a'+i)), ch, "Other")); err != nil {
			t.Fatal(err)
		}
	}
	e.srv.SetLatency(400 * time.Millisecond)
	skew := time.Duration(0)
	d := e.deliverer(b)
	d.Now = func() time.Time { return time.Now().Add(skew) }
	d.BatchSize = 1
	if _, err := d.Drain(context.WithoutCancel(e.ctx)); err != nil {
		t.Fatal(err)
	}
	it := e.outbox()[0]
	if it.Attempts != 1 || !it.DeliveredAt.IsZero() {
		t.Fatalf("after the timed-out attempt: %+v; want one failed attempt", it)
	}
	time.Sleep(600 * time.Millisecond) // the double finishes the post; the nonce expires
	e.srv.SetLatency(0)
	skew = time.Hour // the retry is long after
	e.deliverAll(d, 20*time.Second)

	posts := 0
	for _, r := range e.srv.Requests() {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/channels/"+ch+"/messages") && strings.Contains(string(r.Body), bot.Nonce("outage:1")) {
			posts++
		}
	}
	var mine []discordtest.Message
	for _, m := range e.srv.Messages(ch) {
		if m.Nonce == bot.Nonce("outage:1") {
			mine = append(mine, m)
		}
	}
	if len(mine) != 1 {
		t.Fatalf("messages of the item in the channel = %d, want 1 (POSTs: %d)", len(mine), posts)
	}
	if posts != 1 {
		t.Errorf("POSTs of the item = %d, want 1: the retry must find the post instead of posting", posts)
	}
	it = e.outbox()[0]
	if it.Status != tracker.OutboxDelivered || it.MessageID != mine[0].ID {
		t.Errorf("item = status %s, message %q; want delivered as %s", it.Status, it.MessageID, mine[0].ID)
	}
}
