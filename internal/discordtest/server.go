// Package discordtest is a Discord double on loopback that the real discordgo
// client talks to: a REST API under /api/v9 and a websocket gateway, with
// Discord's answers, limits, rate-limit headers and error codes, plus helpers
// to inject interactions, inject faults and inspect what the client sent.
//
// A test points discordgo at it by replacing session.Client with
// Server.HTTPClient() (which rewrites https://discord.com to the double) and
// giving the session its own &websocket.Dialer{}; GET /api/v9/gateway answers
// with the double's loopback websocket address.
//
// Everything is safe for concurrent use. Every wait takes a context, and
// Close ends every goroutine the double started.
//
// Differences from Discord worth knowing: every REST route except GET
// /gateway requires "Authorization: Bot <token>", interaction callbacks and
// webhooks included (discordgo always sends it); injected interactions and
// Dispatch go to the most recent READY session; GUILD_CREATE is sent only
// with the GUILDS intent; channel permission overwrites are not modelled;
// unknown routes answer 404 {"message":"404: Not Found","code":0}.
package discordtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Permission bits used by the double when it computes member permissions.
const (
	// PermissionAdministrator is Discord's ADMINISTRATOR bit: a member with it
	// has AllPermissions.
	PermissionAdministrator int64 = 1 << 3
	// AllPermissions is the value given to guild owners and administrators
	// (every bit Discord defines up to USE_EXTERNAL_APPS, 1<<50).
	AllPermissions int64 = 1<<51 - 1
	// DefaultEveryonePermissions is given to the @everyone role when a Guild
	// declares none: view channels, send messages, embed links, attach
	// files, read history, add reactions, external emojis, use commands.
	DefaultEveryonePermissions int64 = 1<<10 | 1<<11 | 1<<14 | 1<<15 | 1<<16 | 1<<6 | 1<<18 | 1<<31
)

// Defaults applied by New to zero Options fields.
const (
	DefaultToken             = "discordtest-token"
	DefaultBotUsername       = "discordtest-bot"
	DefaultHeartbeatInterval = 41250 * time.Millisecond
	DefaultGlobalPerSecond   = 50
	DefaultRouteLimit        = 5
	DefaultRouteWindow       = 5 * time.Second
	DefaultAckDeadline       = 3 * time.Second
	DefaultTokenLifetime     = 15 * time.Minute
	DefaultFaultRetryAfter   = 100 * time.Millisecond
)

// ErrClosed is returned by waits and injections once the server is closed.
var ErrClosed = errors.New("discordtest: server closed")

// ErrNoConnection is returned by gateway fault helpers (DropGateway,
// SendReconnect, SendInvalidSession) when no client is connected.
var ErrNoConnection = errors.New("discordtest: no gateway connection")

// Options configure a Server. Zero fields take the Default* values.
type Options struct {
	// Token is the bot token without the "Bot " prefix. REST calls must carry
	// "Authorization: Bot <Token>"; IDENTIFY and RESUME accept the token with
	// or without the prefix.
	Token string
	// ApplicationID is the application (and interaction webhook) id. Default:
	// a fresh snowflake.
	ApplicationID string
	// BotUserID is the bot user's id. Default: ApplicationID.
	BotUserID   string
	BotUsername string
	// Guilds the bot is in. Each gets an @everyone role (id = guild id) and a
	// member for the bot user if it does not declare them.
	Guilds []Guild
	// HeartbeatInterval is sent in HELLO (whole milliseconds).
	HeartbeatInterval time.Duration
	// GlobalPerSecond is the global REST limit per second (interaction
	// endpoints excluded).
	GlobalPerSecond int
	// RouteLimit requests per RouteWindow are allowed in each per-route
	// bucket (route template + major parameter, e.g. channel id).
	RouteLimit  int
	RouteWindow time.Duration
	// AckDeadline is how long after injection an interaction may be
	// acknowledged.
	AckDeadline time.Duration
	// TokenLifetime is how long an interaction token works for follow-ups
	// and edits.
	TokenLifetime time.Duration
	// FaultRetryAfter is the retry_after of 429 answers injected by FailNext.
	FaultRetryAfter time.Duration
	// NonceWindow is how long enforce_nonce returns the message a nonce
	// already made (Discord: a few minutes); default NonceWindow.
	NonceWindow time.Duration
	// PrivilegedIntents lists the privileged intents (GUILD_MEMBERS 1<<1,
	// GUILD_PRESENCES 1<<8, MESSAGE_CONTENT 1<<15) the application may ask
	// for; an IDENTIFY asking for others is closed with 4014.
	PrivilegedIntents int
	// GatewayShards is the recommended shard count GET /gateway/bot
	// answers (default 1) and MaxConcurrency its
	// session_start_limit.max_concurrency: how many identify buckets
	// (shard_id % max_concurrency) may each identify once per 5 seconds
	// (default 1).
	GatewayShards, MaxConcurrency int
}

// Guild is a guild the bot is in, sent in GUILD_CREATE.
type Guild struct {
	ID, Name, OwnerID string
	Roles             []Role
	Members           []Member
	Channels          []Channel
}

// Role is a guild role; Permissions is a bit set (sent as a string).
type Role struct {
	ID, Name    string
	Permissions int64
}

// Member is a guild member: a user and the ids of its roles (@everyone is
// implied).
type Member struct {
	UserID, Username string
	Roles            []string
}

// Channel is a guild channel; Type follows Discord (0 text, 2 voice, 4
// category, 5 announcement, 15 forum).
type Channel struct {
	ID, Name string
	Type     int
}

// Stats counts what the double has seen since New.
type Stats struct {
	Requests          int // REST requests answered
	RateLimitedGlobal int // 429s served for the global limit
	RateLimitedRoute  int // 429s served for per-route buckets
	InjectedFailures  int // answers made by FailNext
	Unauthorized      int // 401s for a missing or wrong Authorization
	Violations        int // validation failures (see Violations)
	Connections       int // websocket connections accepted
	Identifies        int // IDENTIFY payloads received (valid or not)
	Ready             int // READY dispatches sent
	Resumes           int // successful RESUMEs (RESUMED sent)
	FailedResumes     int // RESUMEs answered with INVALID_SESSION
	Heartbeats        int // op 1 received
	Dispatches        int // op 0 dispatches sent (replays excluded)
}

// Server is the Discord double. Create it with New and Close it when done.
type Server struct {
	opts    Options
	srv     *httptest.Server
	host    string // 127.0.0.1:PORT
	done    chan struct{}
	once    sync.Once
	wsWG    sync.WaitGroup
	latency atomic.Int64
	limiter *limiter
	lastID  atomic.Uint64

	mu      sync.Mutex
	closed  bool
	changed chan struct{} // closed and replaced on every state change

	guilds    []*guildState
	guildByID map[string]*guildState
	channels  map[string]*channelState
	messages  map[string]*Message
	nonces    map[string]nonceEntry
	commands  map[string][]*Command // key: guild id, "" for global

	interactions map[string]*interactionState // by id
	byToken      map[string]*interactionState

	sessions map[string]*gwSession
	current  *gwSession
	conns    map[*gwConn]struct{}

	faults     []*fault
	requests   []Request
	violations []Violation
	identifies []Identify
	heartbeats []Heartbeat
	pings      []Ping
	stats      Stats
}

type guildState struct {
	Guild
	roles   map[string]Role
	members map[string]Member
}

type channelState struct {
	Channel
	guildID  string
	messages []*Message
}

// New starts a double on 127.0.0.1 with a random port. It fails only if a
// Guild is malformed (missing ids, duplicate channel ids).
func New(opts Options) (*Server, error) {
	s := &Server{
		done:         make(chan struct{}),
		changed:      make(chan struct{}),
		guildByID:    map[string]*guildState{},
		channels:     map[string]*channelState{},
		messages:     map[string]*Message{},
		nonces:       map[string]nonceEntry{},
		commands:     map[string][]*Command{},
		interactions: map[string]*interactionState{},
		byToken:      map[string]*interactionState{},
		sessions:     map[string]*gwSession{},
		conns:        map[*gwConn]struct{}{},
	}
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.ApplicationID == "" {
		opts.ApplicationID = s.nextID()
	}
	if opts.BotUserID == "" {
		opts.BotUserID = opts.ApplicationID
	}
	if opts.BotUsername == "" {
		opts.BotUsername = DefaultBotUsername
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if opts.GlobalPerSecond <= 0 {
		opts.GlobalPerSecond = DefaultGlobalPerSecond
	}
	opts.GatewayShards, opts.MaxConcurrency = max(opts.GatewayShards, 1), max(opts.MaxConcurrency, 1)
	if opts.RouteLimit <= 0 {
		opts.RouteLimit = DefaultRouteLimit
	}
	if opts.RouteWindow <= 0 {
		opts.RouteWindow = DefaultRouteWindow
	}
	if opts.AckDeadline <= 0 {
		opts.AckDeadline = DefaultAckDeadline
	}
	if opts.TokenLifetime <= 0 {
		opts.TokenLifetime = DefaultTokenLifetime
	}
	if opts.NonceWindow <= 0 {
		opts.NonceWindow = NonceWindow
	}
	if opts.FaultRetryAfter <= 0 {
		opts.FaultRetryAfter = DefaultFaultRetryAfter
	}
	s.opts = opts
	if err := s.loadGuilds(opts.Guilds); err != nil {
		return nil, err
	}
	s.limiter = newLimiter(opts.GlobalPerSecond, time.Second, opts.RouteLimit, opts.RouteWindow)
	s.srv = httptest.NewServer(s.routes())
	u, err := url.Parse(s.srv.URL)
	if err != nil {
		s.srv.Close()
		return nil, err
	}
	s.host = u.Host
	return s, nil
}

func (s *Server) loadGuilds(gs []Guild) error {
	for _, g := range gs {
		if g.ID == "" {
			return errors.New("discordtest: guild without ID")
		}
		if _, dup := s.guildByID[g.ID]; dup {
			return errors.New("discordtest: duplicate guild " + g.ID)
		}
		st := &guildState{Guild: g, roles: map[string]Role{}, members: map[string]Member{}}
		st.Roles = append([]Role(nil), g.Roles...)
		st.Members = append([]Member(nil), g.Members...)
		st.Channels = append([]Channel(nil), g.Channels...)
		hasEveryone := false
		for _, r := range st.Roles {
			if r.ID == g.ID {
				hasEveryone = true
			}
		}
		if !hasEveryone {
			st.Roles = append([]Role{{ID: g.ID, Name: "@everyone", Permissions: DefaultEveryonePermissions}}, st.Roles...)
		}
		for _, r := range st.Roles {
			st.roles[r.ID] = r
		}
		if _, ok := memberIndex(st.Members, s.opts.BotUserID); !ok {
			st.Members = append(st.Members, Member{UserID: s.opts.BotUserID, Username: s.opts.BotUsername})
		}
		for _, m := range st.Members {
			if m.UserID == "" {
				return errors.New("discordtest: member without UserID in guild " + g.ID)
			}
			st.members[m.UserID] = m
		}
		for _, c := range st.Channels {
			if c.ID == "" {
				return errors.New("discordtest: channel without ID in guild " + g.ID)
			}
			if _, dup := s.channels[c.ID]; dup {
				return errors.New("discordtest: duplicate channel " + c.ID)
			}
			s.channels[c.ID] = &channelState{Channel: c, guildID: g.ID}
		}
		s.guilds = append(s.guilds, st)
		s.guildByID[g.ID] = st
	}
	return nil
}

func memberIndex(ms []Member, userID string) (int, bool) {
	for i, m := range ms {
		if m.UserID == userID {
			return i, true
		}
	}
	return -1, false
}

// URL returns the double's origin, like http://127.0.0.1:PORT.
func (s *Server) URL() string { return s.srv.URL }

// GatewayURL returns the websocket address GET /api/v9/gateway answers.
func (s *Server) GatewayURL() string { return "ws://" + s.host + "/gateway" }

// Options returns the options in force, defaults filled in.
func (s *Server) Options() Options { return s.opts }

// HTTPClient returns a client whose transport sends every request to the
// double, keeping the path: https://discord.com/api/v9/x becomes
// http://127.0.0.1:PORT/api/v9/x. Its idle connections close with the server.
func (s *Server) HTTPClient() *http.Client {
	return &http.Client{
		Transport: &redirectTransport{host: s.host, base: s.srv.Client().Transport},
		Timeout:   30 * time.Second,
	}
}

type redirectTransport struct {
	host string
	base http.RoundTripper
}

func (t *redirectTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.URL.Scheme = "http"
	r.URL.Host = t.host
	r.Host = t.host
	return t.base.RoundTrip(r)
}

// Close ends every gateway connection abruptly, stops the HTTP server and
// waits for all of the double's goroutines. Pending waits return ErrClosed.
// Close the discordgo sessions first, or they will try to reconnect.
func (s *Server) Close() {
	s.once.Do(func() {
		s.mu.Lock()
		s.closed = true
		close(s.done)
		conns := make([]*gwConn, 0, len(s.conns))
		for c := range s.conns {
			conns = append(conns, c)
		}
		s.notifyLocked()
		s.mu.Unlock()
		for _, c := range conns {
			c.drop()
		}
		s.srv.CloseClientConnections()
		s.srv.Close()
		s.wsWG.Wait()
	})
}

// Stats returns the counters so far.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stats
	st.Violations = len(s.violations)
	return st
}

// WaitStats blocks until cond holds for the current Stats. It returns
// ctx.Err() when the context ends first and ErrClosed when the server closes.
func (s *Server) WaitStats(ctx context.Context, cond func(Stats) bool) error {
	return s.waitFor(ctx, func() bool {
		st := s.stats
		st.Violations = len(s.violations)
		return cond(st)
	})
}

// notifyLocked wakes every waiter; s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor re-evaluates cond (called with s.mu held) on every state change
// until it is true, the context ends (ctx.Err()) or the server closes
// (ErrClosed).
func (s *Server) waitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		closed := s.closed
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		if closed {
			return ErrClosed
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-s.done:
			return ErrClosed
		}
	}
}

// discordEpoch is 2015-01-01T00:00:00Z in milliseconds.
const discordEpoch = 1420070400000

// nextID returns a new snowflake: milliseconds since the Discord epoch in the
// high bits, strictly increasing across calls.
func (s *Server) nextID() string {
	for {
		last := s.lastID.Load()
		id := uint64(time.Now().UnixMilli()-discordEpoch) << 22
		if id <= last {
			id = last + 1
		}
		if s.lastID.CompareAndSwap(last, id) {
			return strconv.FormatUint(id, 10)
		}
	}
}

// randomHex returns n random bytes as hex.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// sleep waits d or until the server closes.
func (s *Server) sleep(d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.done:
	}
}

func cloneSlice[T any](in []T) []T {
	if in == nil {
		return nil
	}
	return append([]T(nil), in...)
}
