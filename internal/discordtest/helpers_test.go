package discordtest_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

// Fixture ids.
const (
	guildID   = "100"
	ownerID   = "900"
	aliceID   = "901" // moderator role
	bobID     = "902" // administrator role
	carolID   = "903" // no role
	modRole   = "200"
	adminRole = "201"
	general   = "300"
	alerts    = "301"
	voice     = "302"
)

const manageMessages int64 = 1 << 13

func fixtureGuild() discordtest.Guild {
	return discordtest.Guild{
		ID: guildID, Name: "gapwatch-test", OwnerID: ownerID,
		Roles: []discordtest.Role{
			{ID: modRole, Name: "mod", Permissions: manageMessages},
			{ID: adminRole, Name: "admin", Permissions: discordtest.PermissionAdministrator},
		},
		Members: []discordtest.Member{
			{UserID: ownerID, Username: "owner"},
			{UserID: aliceID, Username: "alice", Roles: []string{modRole}},
			{UserID: bobID, Username: "bob", Roles: []string{adminRole}},
			{UserID: carolID, Username: "carol"},
		},
		Channels: []discordtest.Channel{
			{ID: general, Name: "general"},
			{ID: alerts, Name: "alerts"},
			{ID: voice, Name: "voice", Type: 2},
		},
	}
}

// newDouble starts a double with the fixture guild; mod may change options.
func newDouble(t *testing.T, mod func(*discordtest.Options)) *discordtest.Server {
	t.Helper()
	opts := discordtest.Options{
		Token:         "secret-token",
		ApplicationID: "555",
		Guilds:        []discordtest.Guild{fixtureGuild()},
	}
	if mod != nil {
		mod(&opts)
	}
	srv, err := discordtest.New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(srv.Close)
	return srv
}

// newSession builds a discordgo session pointed at srv (not opened), closed
// at cleanup.
func newSession(t *testing.T, srv *discordtest.Server, token string) *discordgo.Session {
	t.Helper()
	dg, err := discordgo.New("Bot " + token)
	if err != nil {
		t.Fatalf("discordgo.New: %v", err)
	}
	dg.Client = srv.HTTPClient()
	dg.Dialer = &websocket.Dialer{HandshakeTimeout: 5 * time.Second}
	dg.Identify.Intents = discordgo.IntentsGuilds
	return dg
}

// openSession opens a session with the right token after setup (add
// handlers there) and waits until the double has sent READY.
func openSession(t *testing.T, srv *discordtest.Server, setup func(*discordgo.Session)) *discordgo.Session {
	t.Helper()
	dg := newSession(t, srv, srv.Options().Token)
	if setup != nil {
		setup(dg)
	}
	if err := dg.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { closeSession(dg) })
	ctx := testCtx(t, 5*time.Second)
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatalf("WaitReady: %v", err)
	}
	// discordgo's heartbeat goroutine sends its first heartbeat right after
	// Open returns; a Close before that lets it write on the closed socket
	// and then Close whatever connection the session has by then.
	if err := srv.WaitStats(ctx, func(s discordtest.Stats) bool { return s.Heartbeats >= 1 }); err != nil {
		t.Fatalf("first heartbeat: %v", err)
	}
	return dg
}

// closeSession stops reconnects (under the session lock: discordgo reads
// the flag from its own goroutines) and closes the session.
func closeSession(dg *discordgo.Session) {
	dg.Lock()
	dg.ShouldReconnectOnError = false
	dg.Unlock()
	_ = dg.Close()
}

func testCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// restCode returns the HTTP status and Discord code of a discordgo error
// (0, 0 when it is not a *discordgo.RESTError).
func restCode(err error) (status, code int) {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return 0, 0
	}
	status = re.Response.StatusCode
	if re.Message != nil {
		code = re.Message.Code
	}
	return status, code
}

// recv waits for one value on ch.
func recv[T any](t *testing.T, ch <-chan T, d time.Duration, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		t.Fatalf("timed out waiting for %s", what)
	}
	var zero T
	return zero
}

// noMentions is the allowed_mentions every bot message must carry.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
