package bot_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestBadTokenIsRefusedQuickly opens a bot with a token the double does not
// know: Open fails at once (no retry loop) with ErrTokenRefused, and
// neither the error nor the logs show the token.
func TestBadTokenIsRefusedQuickly(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	const wrong = "wrong-token-7d3a-do-not-log"
	b, err := bot.New(bot.Options{Token: wrong, APIURL: e.srv.URL(), Router: e.deps, Logger: e.log})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	start := time.Now()
	err = b.Open(e.ctx)
	took := time.Since(start)
	if !errors.Is(err, bot.ErrTokenRefused) {
		t.Fatalf("Open = %v, want ErrTokenRefused", err)
	}
	if !strings.Contains(err.Error(), "Discord refused the bot token (DISCORD_TOKEN)") {
		t.Errorf("error text = %q", err)
	}
	if strings.Contains(err.Error(), wrong) || strings.Contains(e.logs.String(), wrong) {
		t.Error("the token leaked into the error or the logs")
	}
	if took > 5*time.Second {
		t.Errorf("Open took %s to give up", took)
	}
	time.Sleep(300 * time.Millisecond) // a retry loop would identify again by now
	if ids := e.srv.Identifies(); len(ids) != 1 || ids[0].TokenOK {
		t.Errorf("identifies = %+v, want exactly one, refused", ids)
	}
	if b.Connected() {
		t.Error("Connected after a refused token")
	}
}

// TestOpenIdentifiesWithGuildsIntentAndSyncsCommands checks what Open does:
// one IDENTIFY with the guilds intent only, READY, and one bulk overwrite
// of the commands (in the dev guild when set).
func TestOpenIdentifiesWithGuildsIntentAndSyncsCommands(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, devGuild string
	}{{"global", ""}, {"dev guild", guildID}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, nil, nil)
			b := e.startBot(func(o *bot.Options) { o.DevGuild = tc.devGuild })
			if !b.Connected() {
				waitFor(t, 5*time.Second, "Connected", b.Connected)
			}
			ids := e.srv.Identifies()
			if len(ids) != 1 || ids[0].Intents != discordtest.IntentGuilds || !ids[0].TokenOK {
				t.Errorf("identifies = %+v, want one with intents %d", ids, discordtest.IntentGuilds)
			}
			var puts []string
			for _, r := range e.srv.Requests() {
				if r.Method == "PUT" {
					puts = append(puts, r.Path)
				}
			}
			want := "/api/v9/applications/555/commands"
			if tc.devGuild != "" {
				want = "/api/v9/applications/555/guilds/" + tc.devGuild + "/commands"
			}
			if len(puts) != 1 || puts[0] != want {
				t.Errorf("bulk overwrites = %v, want one PUT %s", puts, want)
			}
			if got := len(e.srv.Commands(tc.devGuild)); got == 0 {
				t.Error("no command registered")
			}
		})
	}
}

// TestGatewayDropResumesMidRun cuts the gateway's TCP connection while the
// outbox is being delivered: the session resumes (RESUME, not a new
// IDENTIFY), delivery finishes without duplicates, and a slash command
// injected afterwards is answered.
func TestGatewayDropResumesMidRun(t *testing.T) {
	t.Parallel()
	channels := channelIDs(30000, 60)
	e := newEnv(t, channels, nil)
	e.add(tracker.Confirmed, "Foro Penal", 56, "")
	b := e.startBot(nil)
	var items []tracker.OutboxItem
	for _, ch := range channels {
		items = append(items, alertItem("drop:"+ch, ch, "Alert "+ch))
	}
	if _, err := e.store.Enqueue(e.ctx, items...); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.deliverAll(e.deliverer(b), 30*time.Second)
	}()
	waitFor(t, 10*time.Second, "some deliveries", func() bool {
		st, err := e.store.OutboxStats(e.ctx)
		return err == nil && st.Delivered >= 10
	})
	if err := e.srv.DropGateway(); err != nil {
		t.Fatalf("DropGateway: %v", err)
	}
	if err := e.srv.WaitStats(e.ctx, func(s discordtest.Stats) bool { return s.Resumes >= 1 }); err != nil {
		t.Fatalf("no RESUME: %v (stats %+v)", err, e.srv.Stats())
	}
	waitFor(t, 5*time.Second, "Connected after the resume", b.Connected)

	in, err := e.srv.SlashCommand(e.ctx, guildID, general, carolID, "status")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := in.WaitResponse(e.ctx)
	if err != nil {
		t.Fatalf("no answer after the resume: %v", err)
	}
	if !strings.Contains(embedText(t, resp.Embeds)+resp.Content, "56") {
		t.Errorf("status after resume = %q %q", resp.Content, embedText(t, resp.Embeds))
	}
	<-done
	st := e.srv.Stats()
	if st.Identifies != 1 || st.Resumes != 1 {
		t.Errorf("identifies = %d, resumes = %d; want 1 and 1", st.Identifies, st.Resumes)
	}
	for nonce, msgs := range messagesByNonce(e.srv, channels) {
		if len(msgs) != 1 {
			t.Errorf("nonce %s posted %d times", nonce, len(msgs))
		}
	}
}

// TestTokenRefusedOnReconnectIsFatal runs the bot against a minimal
// gateway that accepts the first IDENTIFY, drops the connection, and
// closes every later attempt with 4004: Fatal receives ErrTokenRefused
// instead of the bot retrying forever.
func TestTokenRefusedOnReconnectIsFatal(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	gw := newRevokingGateway(t)
	b, err := bot.New(bot.Options{Token: testToken, APIURL: gw.URL, Router: e.deps, Logger: e.log})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Open(e.ctx); err != nil {
		t.Fatalf("Open: %v", err)
	}
	select {
	case err := <-b.Fatal():
		if !errors.Is(err, bot.ErrTokenRefused) {
			t.Errorf("Fatal = %v, want ErrTokenRefused", err)
		}
		if strings.Contains(err.Error(), testToken) {
			t.Error("the token is in the error")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no fatal error after the token was refused on reconnect")
	}
	if attempts := gw.count(); attempts != 2 {
		t.Errorf("gateway connections = %d, want 2 (no retry after 4004)", attempts)
	}
}

// fakeGateway is a minimal Discord: GET /api/v9/gateway, the command
// overwrite, and a websocket that sends HELLO, reads IDENTIFY or RESUME,
// then lets session(n, conn) play connection n (1, 2, …).
type fakeGateway struct {
	*httptest.Server
	mu          sync.Mutex
	connections int
	firstOps    []int // per connection: 2 IDENTIFY, 6 RESUME
}

func newFakeGateway(t *testing.T, session func(n int, c *websocket.Conn)) *fakeGateway {
	g := &fakeGateway{}
	up := websocket.Upgrader{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]string{"url": "ws://" + r.Host + "/ws"})
	})
	mux.HandleFunc("PUT /api/v9/applications/{app}/commands", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte("[]"))
	})
	mux.HandleFunc("/ws/", func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		g.mu.Lock()
		g.connections++
		n := g.connections
		g.mu.Unlock()
		c.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
		var first struct {
			Op int `json:"op"`
		}
		if err := c.ReadJSON(&first); err != nil {
			return
		}
		g.mu.Lock()
		g.firstOps = append(g.firstOps, first.Op)
		g.mu.Unlock()
		session(n, c)
	})
	g.Server = httptest.NewServer(mux)
	t.Cleanup(g.Server.Close)
	return g
}

func (g *fakeGateway) count() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.connections
}

func (g *fakeGateway) ops() []int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]int(nil), g.firstOps...)
}

// sendReady sends a minimal READY.
func sendReady(c *websocket.Conn) {
	c.WriteJSON(map[string]any{"op": 0, "s": 1, "t": "READY", "d": map[string]any{
		"v": 9, "session_id": "s1", "user": map[string]any{"id": "555", "username": "bot", "bot": true},
		"application": map[string]any{"id": "555", "flags": 0}, "guilds": []any{},
	}})
}

// newRevokingGateway accepts the first session, drops it after 300 ms, and
// closes every later connection with 4004.
func newRevokingGateway(t *testing.T) *fakeGateway {
	return newFakeGateway(t, func(n int, c *websocket.Conn) {
		if n > 1 {
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
			return
		}
		sendReady(c)
		time.Sleep(300 * time.Millisecond)
		// Return: the connection drops without a close frame, the client
		// reconnects.
	})
}

// TestUnresumableSessionIsReplaced drops the first session and refuses its
// RESUME with close 4009 (session timed out): the bot starts a new session
// that identifies, instead of resuming the dead one forever.
func TestUnresumableSessionIsReplaced(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	gw := newFakeGateway(t, func(n int, c *websocket.Conn) {
		switch n {
		case 1:
			sendReady(c)
			time.Sleep(300 * time.Millisecond)
		case 2:
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4009, "Session timed out."), time.Now().Add(time.Second))
		default:
			sendReady(c)
			for {
				if _, _, err := c.ReadMessage(); err != nil {
					return
				}
			}
		}
	})
	b, err := bot.New(bot.Options{Token: testToken, APIURL: gw.URL, Router: e.deps, Logger: e.log})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Open(e.ctx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "a third connection", func() bool { return gw.count() >= 3 })
	waitFor(t, 5*time.Second, "Connected", b.Connected)
	if got, want := gw.ops(), []int{2, 6, 2}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("first ops per connection = %v, want %v (identify, resume, identify)", got, want)
	}
	select {
	case err := <-b.Fatal():
		t.Errorf("Fatal = %v", err)
	default:
	}
}

// TestOpenTimesOutWithoutReady runs Open against a gateway that never
// sends READY: Open gives up after ReadyTimeout instead of hanging.
func TestOpenTimesOutWithoutReady(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil, nil)
	gw := newFakeGateway(t, func(_ int, c *websocket.Conn) {
		for {
			if _, _, err := c.ReadMessage(); err != nil {
				return // the client gave up and closed the connection
			}
		}
	})
	b, err := bot.New(bot.Options{Token: testToken, APIURL: gw.URL, Router: e.deps, Logger: e.log, ReadyTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	start := time.Now()
	err = b.Open(e.ctx)
	if err == nil || !strings.Contains(err.Error(), "no READY") {
		t.Errorf("Open = %v, want a READY timeout", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("Open took %s", took)
	}
}

// TestCloseEndsGoroutines opens and closes a bot (not in parallel with the
// other tests): afterwards no goroutine of the bot or of its session is
// left.
func TestCloseEndsGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	e := newEnv(t, nil, nil)
	b, err := bot.New(bot.Options{Token: testToken, APIURL: e.srv.URL(), Router: e.deps, Logger: e.log})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Open(e.ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.srv.WaitStats(e.ctx, func(s discordtest.Stats) bool { return s.Heartbeats >= 1 }); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if b.Connected() {
		t.Error("Connected after Close")
	}
	e.store.Close()
	e.srv.Close()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			n := runtime.Stack(buf, true)
			t.Fatalf("goroutines: %d before, %d after Close\n%s", before, runtime.NumGoroutine(), buf[:n])
		}
		time.Sleep(20 * time.Millisecond)
	}
}
