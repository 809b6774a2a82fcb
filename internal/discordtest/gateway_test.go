package discordtest_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

func TestReadyGuildCreateAndHeartbeats(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) { o.HeartbeatInterval = 200 * time.Millisecond })
	guilds := make(chan *discordgo.GuildCreate, 1)
	dg := openSession(t, srv, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) { guilds <- g })
	})
	g := recv(t, guilds, 5*time.Second, "GUILD_CREATE")

	if got, want := dg.State.User.ID, "555"; got != want {
		t.Errorf("ready user id = %q, want %q", got, want)
	}
	if got, want := dg.State.Application.ID, "555"; got != want {
		t.Errorf("ready application id = %q, want %q", got, want)
	}
	if got, want := g.OwnerID, ownerID; got != want {
		t.Errorf("owner = %q, want %q", got, want)
	}
	if got, want := len(g.Channels), 3; got != want {
		t.Errorf("channels = %d, want %d", got, want)
	}
	// @everyone added, the bot added as a member.
	if got, want := len(g.Roles), 3; got != want {
		t.Errorf("roles = %d, want %d", got, want)
	}
	if got, want := len(g.Members), 5; got != want {
		t.Errorf("members = %d, want %d", got, want)
	}
	for _, r := range g.Roles {
		if r.ID == adminRole && r.Permissions != discordtest.PermissionAdministrator {
			t.Errorf("admin role permissions = %d", r.Permissions)
		}
	}
	// The state is usable: members are indexed by user id.
	deadline := time.Now().Add(2 * time.Second)
	for {
		if m, err := dg.State.Member(guildID, aliceID); err == nil {
			if got, want := m.Roles, []string{modRole}; len(got) != 1 || got[0] != want[0] {
				t.Errorf("alice roles = %v, want %v", got, want)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("alice never reached the state")
		}
		time.Sleep(10 * time.Millisecond)
	}

	ids := srv.Identifies()
	if got, want := len(ids), 1; got != want {
		t.Fatalf("identifies = %d, want %d", got, want)
	}
	if got, want := ids[0].Intents, int(discordgo.IntentsGuilds); got != want {
		t.Errorf("intents = %d, want %d (guilds only)", got, want)
	}
	if !ids[0].TokenOK {
		t.Error("identify token not accepted")
	}

	// discordgo reconnects when no ACK came for 5 intervals (1 s here):
	// after 8 heartbeats (1.4 s) on one connection, ACKs are flowing.
	ctx := testCtx(t, 5*time.Second)
	if err := srv.WaitStats(ctx, func(s discordtest.Stats) bool { return s.Heartbeats >= 8 }); err != nil {
		t.Fatalf("heartbeats: %v (stats %+v)", err, srv.Stats())
	}
	if got, want := srv.Stats().Connections, 1; got != want {
		t.Errorf("connections = %d, want %d (client reconnected: ACKs missing?)", got, want)
	}
	hb := srv.Heartbeats()
	if last := hb[len(hb)-1]; last.Seq == nil || *last.Seq < 2 {
		t.Errorf("last heartbeat seq = %v, want >= 2 (READY + GUILD_CREATE)", last.Seq)
	}
}

func TestGatewayBadToken(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, "wrong-token")
	dg.ShouldReconnectOnError = false
	err := dg.Open()
	if err == nil {
		dg.Close()
		t.Fatal("Open with a bad token succeeded")
	}
	if !strings.Contains(err.Error(), "4004") {
		t.Errorf("Open error = %v, want close 4004", err)
	}
	ids := srv.Identifies()
	if len(ids) != 1 || ids[0].TokenOK {
		t.Errorf("identifies = %+v, want one refused", ids)
	}
}

func TestGatewayPrivilegedIntentRefused(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, srv.Options().Token)
	dg.ShouldReconnectOnError = false
	dg.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentMessageContent
	err := dg.Open()
	if err == nil {
		dg.Close()
		t.Fatal("Open with MESSAGE_CONTENT not allowed succeeded")
	}
	if !strings.Contains(err.Error(), "4014") {
		t.Errorf("Open error = %v, want close 4014", err)
	}
}

// TestResumeAfterDrop drops the TCP connection, dispatches while the client
// is away, and checks the client resumes and gets the missed dispatch.
func TestResumeAfterDrop(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	resumed := make(chan struct{}, 1)
	created := make(chan *discordgo.MessageCreate, 1)
	openSession(t, srv, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { resumed <- struct{}{} })
		dg.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { created <- m })
	})
	if err := srv.DropGateway(); err != nil {
		t.Fatalf("DropGateway: %v", err)
	}
	ctx := testCtx(t, 10*time.Second)
	missed := map[string]any{
		"id": "777", "channel_id": general, "guild_id": guildID, "content": "while you were away",
		"timestamp": time.Now().UTC().Format(time.RFC3339),
		"author":    map[string]any{"id": carolID, "username": "carol"},
	}
	if _, err := srv.Dispatch(ctx, "MESSAGE_CREATE", missed); err != nil {
		t.Fatalf("Dispatch: %v", err)
	}
	m := recv(t, created, 10*time.Second, "replayed MESSAGE_CREATE")
	if got, want := m.Content, "while you were away"; got != want {
		t.Errorf("replayed content = %q, want %q", got, want)
	}
	recv(t, resumed, 5*time.Second, "RESUMED")
	// the double counts the resume after it has sent RESUMED: the client
	// may see RESUMED first
	if err := srv.WaitStats(ctx, func(s discordtest.Stats) bool { return s.Resumes >= 1 }); err != nil {
		t.Fatalf("wait for the resume to be counted: %v (stats %+v)", err, srv.Stats())
	}
	st := srv.Stats()
	if got, want := st.Resumes, 1; got != want {
		t.Errorf("resumes = %d, want %d", got, want)
	}
	if got, want := st.Identifies, 1; got != want {
		t.Errorf("identifies = %d, want %d", got, want)
	}
}

func TestServerReconnectAndInvalidSession(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name           string
		act            func(*discordtest.Server) error
		wantIdentifies int
		wantResumes    int
	}{
		{"reconnect op 7 resumes", (*discordtest.Server).SendReconnect, 1, 1},
		{"invalid session not resumable re-identifies", func(s *discordtest.Server) error { return s.SendInvalidSession(false) }, 2, 0},
		{"invalid session resumable re-identifies (discordgo never resumes on op 9)", func(s *discordtest.Server) error { return s.SendInvalidSession(true) }, 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := newDouble(t, nil)
			openSession(t, srv, nil)
			if err := tc.act(srv); err != nil {
				t.Fatalf("act: %v", err)
			}
			ctx := testCtx(t, 10*time.Second)
			err := srv.WaitStats(ctx, func(s discordtest.Stats) bool {
				return s.Identifies >= tc.wantIdentifies && s.Resumes >= tc.wantResumes && s.Ready >= tc.wantIdentifies
			})
			if err != nil {
				t.Fatalf("wait: %v (stats %+v)", err, srv.Stats())
			}
			// The session works afterwards: a dispatch arrives.
			if _, err := srv.Dispatch(ctx, "TYPING_START", map[string]any{"channel_id": general, "user_id": carolID, "timestamp": 1}); err != nil {
				t.Fatalf("Dispatch: %v", err)
			}
			st := srv.Stats()
			if got, want := st.Identifies, tc.wantIdentifies; got != want {
				t.Errorf("identifies = %d, want %d", got, want)
			}
			if got, want := st.Resumes, tc.wantResumes; got != want {
				t.Errorf("resumes = %d, want %d", got, want)
			}
		})
	}
}

// TestCloseThenOpenReidentifies: discordgo's Close sends 1000, which ends the
// session as on Discord; the next Open tries RESUME, gets op 9, identifies.
func TestCloseThenOpenReidentifies(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := openSession(t, srv, nil)
	dg.Lock()
	dg.ShouldReconnectOnError = false
	dg.Unlock()
	if err := dg.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := dg.Open(); err != nil {
		t.Fatalf("reopen: %v", err)
	}
	ctx := testCtx(t, 5*time.Second)
	if err := srv.WaitStats(ctx, func(s discordtest.Stats) bool { return s.Ready >= 2 }); err != nil {
		t.Fatalf("wait: %v (stats %+v)", err, srv.Stats())
	}
	if got, want := srv.Stats().FailedResumes, 1; got != want {
		t.Errorf("failed resumes = %d, want %d", got, want)
	}
}

func TestGatewayEndpoint(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	resp, err := srv.HTTPClient().Get("https://discord.com/api/v9/gateway")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct{ URL string }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if got, want := body.URL, "ws://"+strings.TrimPrefix(srv.URL(), "http://")+"/gateway"; got != want {
		t.Errorf("gateway url = %q, want %q", got, want)
	}
	if resp.Header.Get("X-RateLimit-Bucket") == "" {
		t.Error("no X-RateLimit-Bucket header")
	}
}

// TestGatewayBotEndpoint: GET /gateway/bot needs the token and answers the
// configured shard count and max_concurrency (1 and 1 by default).
func TestGatewayBotEndpoint(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name                 string
		shards, concurrency  int
		wantShards, wantConc int
	}{
		{"defaults", 0, 0, 1, 1},
		{"large bot", 24, 16, 24, 16},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newDouble(t, func(o *discordtest.Options) { o.GatewayShards, o.MaxConcurrency = tc.shards, tc.concurrency })
			get := func(auth string) *http.Response {
				req, _ := http.NewRequest("GET", "https://discord.com/api/v9/gateway/bot", nil)
				if auth != "" {
					req.Header.Set("Authorization", auth)
				}
				resp, err := srv.HTTPClient().Do(req)
				if err != nil {
					t.Fatal(err)
				}
				return resp
			}
			if resp := get(""); resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("without a token: status %d, want 401", resp.StatusCode)
			}
			resp := get("Bot secret-token")
			defer resp.Body.Close()
			var body struct {
				URL               string
				Shards            int
				SessionStartLimit struct {
					MaxConcurrency int `json:"max_concurrency"`
				} `json:"session_start_limit"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
				t.Fatal(err)
			}
			if body.Shards != tc.wantShards || body.SessionStartLimit.MaxConcurrency != tc.wantConc || body.URL != srv.GatewayURL() {
				t.Errorf("got shards %d, max_concurrency %d, url %q; want %d, %d, %q", body.Shards, body.SessionStartLimit.MaxConcurrency, body.URL,
					tc.wantShards, tc.wantConc, srv.GatewayURL())
			}
		})
	}
}
