package discordtest_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"runtime"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

type frame struct {
	Op int             `json:"op"`
	S  *int64          `json:"s"`
	T  string          `json:"t"`
	D  json.RawMessage `json:"d"`
}

// rawGateway dials the double's gateway with a plain websocket client.
func rawGateway(t *testing.T, srv *discordtest.Server) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { ws.Close() })
	if f := readFrame(t, ws); f.Op != 10 {
		t.Fatalf("first frame op %d, want HELLO", f.Op)
	}
	return ws
}

func readFrame(t *testing.T, ws *websocket.Conn) frame {
	t.Helper()
	_ = ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var f frame
	if err := ws.ReadJSON(&f); err != nil {
		t.Fatalf("read: %v", err)
	}
	return f
}

func send(t *testing.T, ws *websocket.Conn, op int, d any) {
	t.Helper()
	if err := ws.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		t.Fatalf("write: %v", err)
	}
}

func TestRawGatewayProtocol(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	ws := rawGateway(t, srv)
	send(t, ws, 1, nil)
	if f := readFrame(t, ws); f.Op != 11 {
		t.Fatalf("heartbeat answer op %d, want 11", f.Op)
	}
	send(t, ws, 2, map[string]any{"token": "secret-token", "intents": 1, "properties": map[string]string{"os": "linux"}})
	ready := readFrame(t, ws)
	var rd struct {
		SessionID string `json:"session_id"`
		ResumeURL string `json:"resume_gateway_url"`
		Guilds    []struct {
			ID          string `json:"id"`
			Unavailable bool   `json:"unavailable"`
		} `json:"guilds"`
	}
	if err := json.Unmarshal(ready.D, &rd); err != nil {
		t.Fatal(err)
	}
	if ready.T != "READY" || *ready.S != 1 || rd.SessionID == "" || rd.ResumeURL != srv.GatewayURL() ||
		len(rd.Guilds) != 1 || !rd.Guilds[0].Unavailable {
		t.Fatalf("READY = %s %v %s", ready.T, ready.S, ready.D)
	}
	if f := readFrame(t, ws); f.T != "GUILD_CREATE" || *f.S != 2 {
		t.Fatalf("second dispatch = %s s=%v", f.T, f.S)
	}
	ctx := testCtx(t, 5*time.Second)
	if seq, err := srv.Dispatch(ctx, "TYPING_START", map[string]any{"channel_id": general}); err != nil || seq != 3 {
		t.Fatalf("Dispatch = %d, %v; want seq 3", seq, err)
	}
	readFrame(t, ws)

	// Resume on a new connection from seq 1: 2 and 3 are replayed, then RESUMED.
	ws2 := rawGateway(t, srv)
	send(t, ws2, 6, map[string]any{"token": "Bot secret-token", "session_id": rd.SessionID, "seq": 1})
	var got []string
	for i := 0; i < 3; i++ {
		f := readFrame(t, ws2)
		got = append(got, f.T)
		if want := int64(i + 2); f.S == nil || *f.S != want {
			t.Errorf("frame %d seq %v, want %d", i, f.S, want)
		}
	}
	if want := []string{"GUILD_CREATE", "TYPING_START", "RESUMED"}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("resume frames = %v, want %v", got, want)
	}

	// An unknown session gets op 9 false, and may identify on that socket.
	ws3 := rawGateway(t, srv)
	send(t, ws3, 6, map[string]any{"token": "secret-token", "session_id": "nope", "seq": 1})
	if f := readFrame(t, ws3); f.Op != 9 || string(f.D) != "false" {
		t.Errorf("bad resume answer = op %d d %s, want op 9 false", f.Op, f.D)
	}
	send(t, ws3, 2, map[string]any{"token": "secret-token", "intents": 0})
	if f := readFrame(t, ws3); f.T != "READY" {
		t.Errorf("identify after op 9 = %s", f.T)
	}

	tests := []struct {
		name     string
		op       int
		d        any
		wantCode int
	}{
		{"unknown opcode", 42, nil, 4001},
		{"presence before identify", 3, map[string]any{}, 4003},
		{"bad token", 2, map[string]any{"token": "nope", "intents": 1}, 4004},
		{"no intents", 2, map[string]any{"token": "secret-token"}, 4013},
	}
	for _, tc := range tests {
		ws := rawGateway(t, srv)
		send(t, ws, tc.op, tc.d)
		_ = ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, _, err := ws.ReadMessage()
		var ce *websocket.CloseError
		if !errors.As(err, &ce) || ce.Code != tc.wantCode {
			t.Errorf("%s: got %v, want close %d", tc.name, err, tc.wantCode)
		}
	}
}

// TestCloseEndsEverything checks Close wakes waiters, cuts a slow request
// short, ends gateway connections, and leaves no goroutine behind.
func TestCloseEndsEverything(t *testing.T) {
	before := runtime.NumGoroutine()
	srv, err := discordtest.New(discordtest.Options{Token: "secret-token", Guilds: []discordtest.Guild{fixtureGuild()}})
	if err != nil {
		t.Fatal(err)
	}
	ws := rawGateway(t, srv)
	send(t, ws, 2, map[string]any{"token": "secret-token", "intents": 1})
	readFrame(t, ws)

	waitErr := make(chan error, 1)
	go func() {
		waitErr <- srv.WaitStats(context.Background(), func(discordtest.Stats) bool { return false })
	}()
	srv.SetLatency(time.Hour)
	reqDone := make(chan struct{})
	go func() {
		defer close(reqDone)
		req, _ := http.NewRequest("GET", "https://discord.com/api/v9/gateway", nil)
		if resp, err := srv.HTTPClient().Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	time.Sleep(100 * time.Millisecond)

	closed := make(chan struct{})
	go func() { srv.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("Close blocked")
	}
	if err := <-waitErr; !errors.Is(err, discordtest.ErrClosed) {
		t.Errorf("pending wait = %v, want ErrClosed", err)
	}
	<-reqDone
	_ = ws.SetReadDeadline(time.Now().Add(2 * time.Second))
	for {
		if _, _, err := ws.ReadMessage(); err != nil {
			break
		}
	}
	ws.Close()
	if _, err := srv.Dispatch(context.Background(), "X", nil); !errors.Is(err, discordtest.ErrClosed) {
		t.Errorf("Dispatch after Close = %v, want ErrClosed", err)
	}

	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			n := runtime.Stack(buf, true)
			t.Fatalf("goroutines: %d before, %d after Close\n%s", before, runtime.NumGoroutine(), buf[:n])
		}
		time.Sleep(20 * time.Millisecond)
	}
}
