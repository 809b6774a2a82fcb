package bot_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestBurstOf500AlertsUnderRateLimits posts 500 alerts to 500 channels
// through the outbox: the double (50 requests per second, 5 per channel
// per 5 s) answers at most a handful of 429s, and every alert is posted
// exactly once with the message id kept.
func TestBurstOf500AlertsUnderRateLimits(t *testing.T) {
	t.Parallel()
	channels := channelIDs(10000, 500)
	e := newEnv(t, channels, nil)
	b := e.startBot(nil)
	items := make([]tracker.OutboxItem, len(channels))
	for i, ch := range channels {
		items[i] = alertItem("burst:"+ch, ch, "Burst alert "+ch)
	}
	if _, err := e.store.Enqueue(e.ctx, items...); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	e.deliverAll(e.deliverer(b), 60*time.Second)
	took := time.Since(start)

	st := e.srv.Stats()
	if got := st.RateLimitedGlobal + st.RateLimitedRoute; got > 3 {
		t.Errorf("429s = %d global + %d route; want at most a handful", st.RateLimitedGlobal, st.RateLimitedRoute)
	}
	if v := e.srv.Violations(); len(v) > 0 {
		t.Errorf("violations: %+v", v[0])
	}
	byNonce := messagesByNonce(e.srv, channels)
	if got, want := len(byNonce), len(channels); got != want {
		t.Errorf("distinct nonces posted = %d, want %d", got, want)
	}
	for _, it := range e.outbox() {
		msgs := byNonce[bot.Nonce(it.Key)]
		if len(msgs) != 1 {
			t.Errorf("item %s posted %d times", it.Key, len(msgs))
			continue
		}
		if it.DeliveredAt.IsZero() || it.MessageID != msgs[0].ID || msgs[0].ChannelID != it.ChannelID {
			t.Errorf("item %s: delivered %v as %q; the double has %s in %s", it.Key, it.DeliveredAt, it.MessageID, msgs[0].ID, msgs[0].ChannelID)
		}
	}
	t.Logf("500 alerts in %s (%.1f/s); 429s: %d", took.Round(time.Millisecond), 500/took.Seconds(), st.RateLimitedGlobal+st.RateLimitedRoute)
}

// TestStopDuringDeliveryRestartsWithoutLossOrRepeat stops the process
// (cancels delivery, closes the bot and the store) while the double is
// slow, then starts a new bot and deliverer on the same database: every
// item ends up posted exactly once — the request cut short is repeated
// with the same nonce, and enforce_nonce returns the message it made.
func TestStopDuringDeliveryRestartsWithoutLossOrRepeat(t *testing.T) {
	t.Parallel()
	channels := channelIDs(20000, 20)
	e := newEnv(t, channels, nil)
	var items []tracker.OutboxItem
	for _, ch := range channels {
		items = append(items, alertItem("restart:"+ch, ch, "Restart alert "+ch))
	}
	if _, err := e.store.Enqueue(e.ctx, items...); err != nil {
		t.Fatal(err)
	}

	// First run: slow answers; stop once a few items are through and the
	// next request is in flight.
	first := e.startBot(nil)
	e.srv.SetLatency(150 * time.Millisecond)
	ctx, cancel := context.WithCancel(e.ctx)
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		e.deliverer(first).Drain(ctx)
	}()
	waitFor(t, 10*time.Second, "5 deliveries", func() bool {
		st, err := e.store.OutboxStats(e.ctx)
		return err == nil && st.Delivered >= 5
	})
	time.Sleep(60 * time.Millisecond) // the next POST is at the double, sleeping
	cancel()
	<-drained
	if err := first.Close(); err != nil {
		t.Logf("close: %v", err)
	}
	stats, _ := e.store.OutboxStats(e.ctx)
	if stats.Pending == 0 {
		t.Fatal("everything was delivered before the stop; the test proves nothing")
	}
	e.store.Close()
	time.Sleep(200 * time.Millisecond) // let the interrupted request finish at the double
	e.srv.SetLatency(0)

	// Restart: a new store handle, a new bot, a new deliverer.
	e.openStore()
	second := e.startBot(nil)
	e.deliverAll(e.deliverer(second), 30*time.Second)

	byNonce := messagesByNonce(e.srv, channels)
	for _, it := range e.outbox() {
		msgs := byNonce[bot.Nonce(it.Key)]
		if len(msgs) != 1 {
			t.Errorf("item %s: %d messages in the double, want 1", it.Key, len(msgs))
			continue
		}
		if it.MessageID != msgs[0].ID {
			t.Errorf("item %s kept message id %q, the double has %q", it.Key, it.MessageID, msgs[0].ID)
		}
	}
	if got, want := len(byNonce), len(channels); got != want {
		t.Errorf("nonces posted = %d, want %d", got, want)
	}
	reposted := 0
	seen := map[string]int{}
	for _, r := range e.srv.Requests() {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/messages") {
			seen[r.Path]++
		}
	}
	for _, n := range seen {
		if n > 1 {
			reposted++
		}
	}
	t.Logf("pending at the stop: %d of %d; items posted again after the restart: %d", stats.Pending, len(channels), reposted)
}

// TestRepostAfterTimeoutReturnsTheSameMessage delivers one item twice, as
// the outbox does when an answer was lost: the second post carries the
// same nonce, and Discord (enforce_nonce) answers with the first message.
func TestRepostAfterTimeoutReturnsTheSameMessage(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	b := e.startBot(nil)
	it := alertItem("once", general, "Once")
	first, err := b.Sender().Deliver(e.ctx, it, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := b.Sender().Deliver(e.ctx, it, nil)
	if err != nil {
		t.Fatal(err)
	}
	if first != again {
		t.Errorf("message ids %s then %s, want the same", first, again)
	}
	if msgs := e.srv.Messages(general); len(msgs) != 1 || msgs[0].Nonce != bot.Nonce("once") {
		t.Errorf("messages = %+v, want one with nonce %s", msgs, bot.Nonce("once"))
	}
}

// TestQuoteWithEveryoneDoesNotPing delivers an alert whose source quote
// holds @everyone and a role mention: the message carries
// allowed_mentions {"parse":[]}, the quote is escaped, and the double
// records no ping.
func TestQuoteWithEveryoneDoesNotPing(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	if err := e.store.SetAlerts(e.ctx, guildID, alertsCh, metricID, true, "test"); err != nil {
		t.Fatal(err)
	}
	e.add(tracker.Confirmed, "Foro Penal", 56, "@everyone <@&123> Foro Penal confirmed that 56 were released")
	b := e.startBot(nil)
	if _, err := e.fanout().Run(e.ctx); err != nil {
		t.Fatal(err)
	}
	// One raw mention in a title, as a bug upstream might leave it.
	if _, err := e.store.Enqueue(e.ctx, alertItem("raw-mention", alertsCh, "@everyone <@&123> @here")); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(e.deliverer(b), 20*time.Second)

	msgs := e.srv.Messages(alertsCh)
	if len(msgs) < 2 {
		t.Fatalf("messages in #alerts = %d, want the alert and the raw one", len(msgs))
	}
	sawQuote := false
	for _, m := range msgs {
		if got := compactJSON(t, m.AllowedMentions); got != noMentionsJSON || !m.MentionsSuppressed {
			t.Errorf("message %s allowed_mentions = %s, want %s", m.ID, got, noMentionsJSON)
		}
		text := embedText(t, m.Embeds)
		if strings.Contains(text, "released") && strings.Contains(text, "everyone") {
			sawQuote = true
			if strings.Contains(text, "@everyone") || strings.Contains(text, "<@&123>") {
				t.Errorf("the quote reached Discord unescaped: %q", text)
			}
		}
	}
	if !sawQuote {
		t.Error("no delivered alert shows the quote")
	}
	if p := e.srv.Pings(); len(p) != 0 {
		t.Errorf("pings = %+v, want none", p)
	}
	for _, r := range e.srv.Requests() {
		if (r.Method == "POST" || r.Method == "PATCH") && strings.Contains(r.Path, "/channels/") &&
			!strings.Contains(string(r.Body), `"allowed_mentions":{"parse":[]}`) {
			t.Errorf("%s %s sent without empty allowed_mentions: %s", r.Method, r.Path, r.Body)
		}
	}
}

// TestOversizeMessageIsFittedAndAccepted delivers a message far over every
// embed limit: it is split or cut with "…" and the double accepts it.
func TestOversizeMessageIsFittedAndAccepted(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	b := e.startBot(nil)
	msg := tracker.Message{Kind: tracker.KindDigest, Title: strings.Repeat("T", 400),
		Description: strings.Repeat("Long description with words. ", 600), Footer: strings.Repeat("f", 3000)}
	for i := 0; i < 40; i++ {
		msg.Fields = append(msg.Fields, tracker.Field{Name: strings.Repeat("n", 300), Value: strings.Repeat("v ", 1500)})
	}
	if _, err := e.store.Enqueue(e.ctx, tracker.OutboxItem{Key: "huge", ChannelID: general, Kind: tracker.KindDigest, Message: msg}); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(e.deliverer(b), 10*time.Second)
	if v := e.srv.Violations(); len(v) > 0 {
		t.Fatalf("the double refused the message: %+v", v)
	}
	msgs := e.srv.Messages(general)
	if len(msgs) != 1 {
		t.Fatalf("messages = %d, want 1", len(msgs))
	}
	text := embedText(t, msgs[0].Embeds)
	if !strings.Contains(text, "…") {
		t.Error("a cut message does not say so with …")
	}
	if total := len([]rune(text)); total > 6000+60 { // + the newlines embedText adds
		t.Errorf("embed text = %d characters", total)
	}
}

// TestDeliveryRetriesAfter429And500 makes the double answer 429 and then
// 500 to a post: the 429 is waited out inline, the 500 goes back to the
// outbox as retryable, and the alert is posted once in the end.
func TestDeliveryRetriesAfter429And500(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	b := e.startBot(nil)
	ids, err := e.store.Enqueue(e.ctx, alertItem("flaky", general, "Flaky"))
	if err != nil {
		t.Fatal(err)
	}
	it, _ := e.store.OutboxItem(e.ctx, ids[0])

	e.srv.FailNext("POST", "/channels/"+general+"/messages", 429, 1)
	e.srv.FailNext("POST", "/channels/"+general+"/messages", 500, 1)
	_, err = b.Sender().Deliver(e.ctx, it, nil)
	var re *bot.RetryableError
	if !errors.As(err, &re) {
		t.Fatalf("after 429 then 500: err = %v, want a *bot.RetryableError", err)
	}
	var ra interface{ RetryAfter() time.Duration }
	if !errors.As(err, &ra) {
		t.Error("the error has no RetryAfter method")
	}
	e.deliverAll(e.deliverer(b), 10*time.Second)
	if got := len(e.srv.Messages(general)); got != 1 {
		t.Errorf("messages = %d, want 1", got)
	}
	var posts int
	for _, r := range e.srv.Requests() {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/channels/"+general+"/messages") {
			posts++
		}
	}
	if posts != 3 {
		t.Errorf("POSTs = %d, want 3 (429, 500, 200)", posts)
	}
}

// TestDeliveryRefusesConsoleAndReportsRefusedToken checks the defensive
// refusals: a console item never reaches Discord, a 404 is a plain error,
// and a 401 is ErrTokenRefused, also sent on Fatal.
func TestDeliveryRefusesConsoleAndReportsRefusedToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	b := e.startBot(nil)
	before := e.srv.Stats().Requests
	if _, err := b.Sender().Deliver(e.ctx, alertItem("c", tracker.ConsoleChannel, "x"), nil); err == nil {
		t.Error("a console item was accepted")
	}
	if got := e.srv.Stats().Requests; got != before {
		t.Errorf("a console item made %d requests", got-before)
	}

	_, err := b.Sender().Deliver(e.ctx, alertItem("unknown", "999999", "x"), nil)
	var api *bot.APIError
	if !errors.As(err, &api) || api.Status != 404 || api.Code != 10003 {
		t.Errorf("unknown channel: err = %v, want APIError 404 10003", err)
	}
	var re *bot.RetryableError
	if errors.As(err, &re) {
		t.Errorf("unknown channel reported as retryable: %v", err)
	}

	e.srv.FailNext("POST", "/channels/", 401, 1)
	_, err = b.Sender().Deliver(e.ctx, alertItem("refused", general, "x"), nil)
	if !errors.Is(err, bot.ErrTokenRefused) {
		t.Errorf("401: err = %v, want ErrTokenRefused", err)
	}
	select {
	case ferr := <-b.Fatal():
		if !errors.Is(ferr, bot.ErrTokenRefused) || strings.Contains(ferr.Error(), testToken) {
			t.Errorf("Fatal = %v", ferr)
		}
	case <-time.After(2 * time.Second):
		t.Error("a 401 was not reported on Fatal")
	}
	if strings.Contains(e.logs.String(), testToken) {
		t.Error("the token appears in the logs")
	}
}

// TestChartIsAttached delivers a flag alert with a chart: multipart with
// payload_json and files[0] chart.png, the embed image pointing at it.
func TestChartIsAttached(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	png := []byte("\x89PNG\r\n\x1a\nnot really a chart")
	var asked string
	b := e.startBot(func(o *bot.Options) {
		o.Chart = func(_ context.Context, id string) ([]byte, error) { asked = id; return png, nil }
	})
	it := alertItem("chart", general, "GAP raised")
	it.Message.ChartMetric = metricID
	if _, err := e.store.Enqueue(e.ctx, it); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(e.deliverer(b), 10*time.Second)
	if asked != metricID {
		t.Errorf("chart asked for %q", asked)
	}
	msgs := e.srv.Messages(general)
	if len(msgs) != 1 || len(msgs[0].Attachments) != 1 {
		t.Fatalf("messages = %+v", msgs)
	}
	if a := msgs[0].Attachments[0]; a.Filename != "chart.png" || a.Size != len(png) {
		t.Errorf("attachment = %+v", a)
	}
	if !strings.Contains(string(msgs[0].Embeds[0]), `"url":"attachment://chart.png"`) {
		t.Errorf("embed does not show the chart: %s", msgs[0].Embeds[0])
	}
	if got := compactJSON(t, msgs[0].AllowedMentions); got != noMentionsJSON {
		t.Errorf("allowed_mentions = %s", got)
	}
}

// TestEditOfDeletedAlertIsDone edits an alert someone deleted: Discord
// answers Unknown Message, and the edit counts as done instead of being
// retried forever.
func TestEditOfDeletedAlertIsDone(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	b := e.startBot(nil)
	ids, err := e.store.Enqueue(e.ctx, alertItem("post", general, "Confirmed: 56"))
	if err != nil {
		t.Fatal(err)
	}
	e.deliverAll(e.deliverer(b), 10*time.Second)
	posted, _ := e.store.OutboxItem(e.ctx, ids[0])

	req, _ := http.NewRequestWithContext(e.ctx, "DELETE", "https://discord.com/api/v9/channels/"+general+"/messages/"+posted.MessageID, nil)
	req.Header.Set("Authorization", "Bot "+testToken)
	resp, err := e.srv.HTTPClient().Do(req)
	if err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("delete: %v %v", resp, err)
	}
	resp.Body.Close()

	edit := alertItem("edit", general, "[corrected] Confirmed: 56")
	edit.Op, edit.EditOf = tracker.OpEdit, ids[0]
	if _, err := e.store.Enqueue(e.ctx, edit); err != nil {
		t.Fatal(err)
	}
	e.deliverAll(e.deliverer(b), 10*time.Second)
	for _, it := range e.outbox() {
		if it.Key == "edit" && (it.DeliveredAt.IsZero() || it.Attempts != 1) {
			t.Errorf("edit item = %+v, want delivered on the first attempt", it)
		}
	}
}
