package discordtest_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

// rawPost posts a message with a plain HTTP client (no client-side limiter).
func rawPost(t *testing.T, srv *discordtest.Server, path string) *http.Response {
	t.Helper()
	req, err := http.NewRequest("POST", "https://discord.com/api/v9"+path,
		strings.NewReader(`{"content":"x","allowed_mentions":{"parse":[]}}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bot secret-token")
	req.Header.Set("Content-Type", "application/json")
	resp, err := srv.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

type tooMany struct {
	Message    string  `json:"message"`
	RetryAfter float64 `json:"retry_after"`
	Global     bool    `json:"global"`
}

func decode429(t *testing.T, resp *http.Response) tooMany {
	t.Helper()
	var body tooMany
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("429 body: %v", err)
	}
	return body
}

func TestRouteBucketHeaders(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) {
		o.RouteLimit = 3
		o.RouteWindow = 2 * time.Second
	})
	path := "/channels/" + general + "/messages"
	var bucket string
	for i, wantRemaining := range []string{"2", "1", "0"} {
		resp := rawPost(t, srv, path)
		if resp.StatusCode != 200 {
			t.Fatalf("post %d: status %d", i, resp.StatusCode)
		}
		h := resp.Header
		if got := h.Get("X-RateLimit-Remaining"); got != wantRemaining {
			t.Errorf("post %d: remaining = %s, want %s", i, got, wantRemaining)
		}
		if got, want := h.Get("X-RateLimit-Limit"), "3"; got != want {
			t.Errorf("limit = %s, want %s", got, want)
		}
		after, err := strconv.ParseFloat(h.Get("X-RateLimit-Reset-After"), 64)
		if err != nil || after <= 0 || after > 2.1 {
			t.Errorf("reset-after = %q", h.Get("X-RateLimit-Reset-After"))
		}
		reset, err := strconv.ParseFloat(h.Get("X-RateLimit-Reset"), 64)
		if now := float64(time.Now().UnixMilli()) / 1000; err != nil || reset < now-2 || reset > now+2.1 {
			t.Errorf("reset = %q (now %.3f)", h.Get("X-RateLimit-Reset"), now)
		}
		if bucket == "" {
			bucket = h.Get("X-RateLimit-Bucket")
		} else if got := h.Get("X-RateLimit-Bucket"); got != bucket {
			t.Errorf("bucket changed: %s then %s", bucket, got)
		}
	}
	resp := rawPost(t, srv, path)
	if got, want := resp.StatusCode, 429; got != want {
		t.Fatalf("4th post: status %d, want %d", got, want)
	}
	body := decode429(t, resp)
	if body.Global || body.RetryAfter <= 0 || body.RetryAfter > 2.1 || body.Message != "You are being rate limited." {
		t.Errorf("429 body = %+v", body)
	}
	h := resp.Header
	if h.Get("X-RateLimit-Scope") != "user" || h.Get("X-RateLimit-Global") != "" || h.Get("Retry-After") == "" {
		t.Errorf("429 headers = %v", h)
	}
	// Another channel is another bucket.
	if got, want := rawPost(t, srv, "/channels/"+alerts+"/messages").StatusCode, 200; got != want {
		t.Errorf("other channel: %d, want %d", got, want)
	}
	time.Sleep(time.Duration(body.RetryAfter*1000)*time.Millisecond + 10*time.Millisecond)
	if got, want := rawPost(t, srv, path).StatusCode, 200; got != want {
		t.Errorf("after reset: %d, want %d", got, want)
	}
	if got, want := srv.Stats().RateLimitedRoute, 1; got != want {
		t.Errorf("route 429s = %d, want %d", got, want)
	}
}

func TestGlobalLimit(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) {
		o.GlobalPerSecond = 3
		o.RouteLimit = 100
	})
	for _, ch := range []string{general, alerts, general} {
		if got := rawPost(t, srv, "/channels/"+ch+"/messages").StatusCode; got != 200 {
			t.Fatalf("status %d within the global limit", got)
		}
	}
	resp := rawPost(t, srv, "/channels/"+alerts+"/messages")
	if got, want := resp.StatusCode, 429; got != want {
		t.Fatalf("status %d, want %d", got, want)
	}
	body := decode429(t, resp)
	if !body.Global || body.RetryAfter <= 0 || body.RetryAfter > 1.01 {
		t.Errorf("429 body = %+v", body)
	}
	if resp.Header.Get("X-RateLimit-Global") != "true" || resp.Header.Get("X-RateLimit-Scope") != "global" {
		t.Errorf("429 headers = %v", resp.Header)
	}
	// Interaction endpoints are not bound by the global limit: these reach
	// their handlers (and fail there) instead of getting a 429.
	for path, want := range map[string]int{
		"/interactions/1/tok/callback": 404,
		"/webhooks/555/tok":            404,
	} {
		if got := rawPost(t, srv, path).StatusCode; got != want {
			t.Errorf("%s: status %d, want %d", path, got, want)
		}
	}
	if got, want := srv.Stats().RateLimitedGlobal, 1; got != want {
		t.Errorf("global 429s = %d, want %d", got, want)
	}
}

// TestDiscordgoHonoursRouteBuckets: concurrent sends to one channel are
// serialised and paced by discordgo from the headers, so no 429 is served.
func TestDiscordgoHonoursRouteBuckets(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) {
		o.RouteLimit = 5
		o.RouteWindow = 400 * time.Millisecond
	})
	dg := newSession(t, srv, srv.Options().Token)
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				_, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{Content: "x", AllowedMentions: noMentions()})
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("send: %v", err)
	}
	st := srv.Stats()
	if got, want := st.RateLimitedRoute, 0; got != want {
		t.Errorf("route 429s = %d, want %d", got, want)
	}
	if got, want := len(srv.Messages(general)), 12; got != want {
		t.Errorf("messages = %d, want %d", got, want)
	}
	// 12 messages at 5 per 400 ms need at least two resets.
	if d := time.Since(start); d < 800*time.Millisecond {
		t.Errorf("12 sends took %v, want >= 800ms (limit not enforced?)", d)
	}
}

// TestBurstUnderGlobalLimit posts 200 messages spread over 40 channels (5
// each, the per-channel limit) with the default global limit of 50/s.
// discordgo learns the global limit only from a global 429, after which it
// pauses every bucket until the reset: each concurrent sender can meet at
// most one global 429 per one-second window.
func TestBurstUnderGlobalLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("takes about 4 s")
	}
	g := fixtureGuild()
	g.Channels = nil
	for i := 0; i < 40; i++ {
		g.Channels = append(g.Channels, discordtest.Channel{ID: strconv.Itoa(5000 + i), Name: fmt.Sprintf("c%d", i)})
	}
	tests := []struct {
		name    string
		workers int
	}{
		{"one sender", 1},
		{"four senders", 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newDouble(t, func(o *discordtest.Options) { o.Guilds = []discordtest.Guild{g} })
			dg := newSession(t, srv, srv.Options().Token)
			jobs := make(chan string)
			errs := make(chan error, 200)
			var wg sync.WaitGroup
			start := time.Now()
			for w := 0; w < tc.workers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for ch := range jobs {
						if _, err := dg.ChannelMessageSendComplex(ch, &discordgo.MessageSend{Content: "item", AllowedMentions: noMentions()}); err != nil {
							errs <- err
						}
					}
				}()
			}
			for i := 0; i < 200; i++ {
				jobs <- g.Channels[i%40].ID
			}
			close(jobs)
			wg.Wait()
			close(errs)
			elapsed := time.Since(start)
			for err := range errs {
				t.Errorf("send: %v", err)
			}
			st := srv.Stats()
			created := 0
			for _, c := range g.Channels {
				created += len(srv.Messages(c.ID))
			}
			t.Logf("%d senders: %d messages in %v, global 429s %d, route 429s %d, requests %d",
				tc.workers, created, elapsed.Round(time.Millisecond), st.RateLimitedGlobal, st.RateLimitedRoute, st.Requests)
			if got, want := created, 200; got != want {
				t.Errorf("created %d, want %d", got, want)
			}
			if got, want := st.RateLimitedRoute, 0; got != want {
				t.Errorf("route 429s = %d, want %d", got, want)
			}
			windows := int(elapsed/time.Second) + 1
			if max := tc.workers * windows; st.RateLimitedGlobal > max {
				t.Errorf("global 429s = %d, want <= %d (one per sender per window)", st.RateLimitedGlobal, max)
			}
			if elapsed < 3*time.Second {
				t.Errorf("200 posts took %v, want >= 3s at 50/s", elapsed)
			}
		})
	}
}
