package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/tracker"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultGlobalRate   = 48.5 // REST requests per second; Discord allows 50
	DefaultReadyTimeout = 30 * time.Second
	DefaultHTTPTimeout  = 30 * time.Second
	// maxReconnectWait caps the wait between two reconnection attempts.
	maxReconnectWait = 2 * time.Minute
	// handlerTimeout bounds the work on one interaction (Discord's
	// interaction tokens last 15 minutes).
	handlerTimeout = 14 * time.Minute
	// drainHandlers is how long Close waits for interactions in progress.
	drainHandlers = 5 * time.Second
)

// Options configure a Bot.
type Options struct {
	// Token is the bare bot token (DISCORD_TOKEN); the bot adds "Bot " (a
	// "Bot " given by mistake is removed first). It is never logged and
	// never put in an error.
	Token string
	// APIURL is the origin every REST call goes to (DISCORD_API_URL):
	// https://discord.com by default, or a REST proxy or test double. Paths
	// stay /api/v9/...; the gateway is whatever GET {APIURL}/api/v9/gateway
	// answers.
	APIURL string
	// DevGuild, when set (GAPWATCH_DEV_GUILD), is the only guild the
	// commands are registered in (changes show there at once) instead of
	// globally.
	DevGuild string
	// Router answers the slash commands, buttons and forms. Required.
	Router *commands.Router
	// Chart draws a metric's chart (PNG) for messages with a ChartMetric;
	// nil sends them without a chart.
	Chart func(ctx context.Context, metricID string) ([]byte, error)
	// Logger receives the bot's logs; nil means slog.Default().
	Logger *slog.Logger
	// GlobalRate is the bot's own limit of REST requests per second across
	// all routes (interaction answers excepted, as on Discord); default
	// 48.5 with a burst of 1: at most 49 in any second, under Discord's
	// global 50, so no 429 is earned.
	GlobalRate float64
	// ReadyTimeout bounds each gateway connection attempt (dial, HELLO,
	// IDENTIFY or RESUME, READY); default 30 s.
	ReadyTimeout time.Duration
	// HTTPTimeout bounds each REST call; default 30 s.
	HTTPTimeout time.Duration
	// MaxInvalidRequests is how many refused requests (401, 403, 429) the
	// bot makes in InvalidRequestWindow before it stops sending until the
	// window has room; default DefaultMaxInvalidRequests, a tenth of
	// Discord's limit.
	MaxInvalidRequests int
	// Paused starts the bot with its global budget closed: no REST request
	// (Open's command registration included) leaves until SetGlobalRate
	// gives a rate. Instances sharing the token's budget start so (see
	// ShareBudget).
	Paused bool
	// ShardID and ShardCount select the gateway shard this bot's session
	// opens (discordgo's Session.ShardID/ShardCount); ShardCount 0 or 1
	// is one unsharded connection.
	ShardID, ShardCount int
	// SkipCommands leaves the application's commands alone at Open: with
	// several shards or instances one bot registers them (the one with
	// shard 0).
	SkipCommands bool
	// PaceWith makes this bot share another's global REST budget (the
	// bots of one process, one per shard, draw on one budget).
	PaceWith *Bot
	// Identify paces this bot's IDENTIFYs with those of the bot token's
	// other shards (Discord's max_concurrency rule); give every bot of a
	// process the same gate. Nil: no pacing (one unsharded bot).
	Identify *IdentifyGate
}

// Bot is the Discord side of gapwatch: one discordgo session on the
// gateway (guilds intent only), the command list, the interaction router
// and the outbox Sender.
type Bot struct {
	opts    Options
	log     *slog.Logger
	token   string // "Bot …", only ever handed to discordgo
	client  *http.Client
	conns   *connTracker
	pace    *pace
	sender  *Sender
	breaker *breaker

	sessMu  sync.RWMutex
	session *discordgo.Session // replaced when a session cannot be resumed

	root       context.Context // ends at Close; parent of handler contexts
	cancelRoot context.CancelFunc
	handlers   sync.WaitGroup // interactions in progress

	opened atomic.Bool
	// identify is set while the session will IDENTIFY (not RESUME) at its
	// next connection: a new session, until it reached READY once.
	identify atomic.Bool
	closing  atomic.Bool
	mu       sync.Mutex    // guards looping against Close
	looping  bool          // the reconnect loop was started
	done     chan struct{} // closed by Close: stops the reconnect loop
	loop     chan struct{} // closed when the reconnect loop has ended
	wake     chan struct{} // a disconnect happened: reconnect
	fatal    chan error
	fatalMu  sync.Once

	closeOnce sync.Once
	closeErr  error
	appID     string
}

// New prepares a Bot; nothing connects until Open. It returns an error when
// the token is empty, Router is missing or APIURL is not an http(s) origin.
func New(o Options) (*Bot, error) {
	token := strings.TrimSpace(o.Token)
	token = strings.TrimSpace(strings.TrimPrefix(token, "Bot "))
	if token == "" {
		return nil, errors.New("bot: the bot token (DISCORD_TOKEN) is empty")
	}
	if o.Router == nil {
		return nil, errors.New("bot: Options.Router is required")
	}
	origin, err := parseAPIURL(o.APIURL)
	if err != nil {
		return nil, err
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.GlobalRate <= 0 {
		o.GlobalRate = DefaultGlobalRate
	}
	if o.ReadyTimeout <= 0 {
		o.ReadyTimeout = DefaultReadyTimeout
	}
	if o.HTTPTimeout <= 0 {
		o.HTTPTimeout = DefaultHTTPTimeout
	}
	if o.MaxInvalidRequests <= 0 {
		o.MaxInvalidRequests = DefaultMaxInvalidRequests
	}
	o.Token = "" // the bot keeps it in one place, for discordgo
	brk := newBreaker(o.MaxInvalidRequests, InvalidRequestWindow)
	b := &Bot{
		breaker: brk,
		opts:    o,
		log:     o.Logger.With("component", "discord"),
		token:   "Bot " + token,
		client:  newHTTPClient(origin, o.HTTPTimeout, brk),
		conns:   &connTracker{},
		pace:    newPace(o.GlobalRate, burstFor(o.GlobalRate), o.Paused),
		done:    make(chan struct{}),
		loop:    make(chan struct{}),
		wake:    make(chan struct{}, 1),
		fatal:   make(chan error, 1),
	}
	if o.PaceWith != nil {
		b.pace = o.PaceWith.pace
	}
	if o.ShardCount > 1 && (o.ShardID < 0 || o.ShardID >= o.ShardCount) {
		return nil, fmt.Errorf("bot: shard %d is not within 0..%d", o.ShardID, o.ShardCount-1)
	}
	b.root, b.cancelRoot = context.WithCancel(context.Background())
	b.sender = &Sender{bot: b}
	s, err := b.newSession(nil)
	if err != nil {
		return nil, err
	}
	b.session = s
	b.identify.Store(true)
	return b, nil
}

// newSession builds a discordgo session for the bot: REST through the
// bot's client (to APIURL), the gateway dialled through the connection
// tracker, the guilds intent only, no reconnection by discordgo itself, and
// the bot's handlers. A replacement session keeps the old one's rate-limit
// buckets.
func (b *Bot) newSession(old *discordgo.Session) (*discordgo.Session, error) {
	s, err := discordgo.New(b.token)
	if err != nil {
		return nil, fmt.Errorf("bot: create session: %w", err)
	}
	s.Client = b.client
	s.Dialer = &websocket.Dialer{
		NetDialContext:   b.conns.DialContext,
		HandshakeTimeout: 15 * time.Second,
	}
	s.Identify.Intents = discordgo.IntentsGuilds
	if b.opts.ShardCount > 1 {
		s.ShardID, s.ShardCount = b.opts.ShardID, b.opts.ShardCount
	}
	s.ShouldReconnectOnError = false // the bot reconnects itself, watching close codes
	s.ShouldReconnectVoiceOnSessionError = false
	s.LogLevel = discordgo.LogError
	s.StateEnabled = true
	if old != nil {
		s.Ratelimiter = old.Ratelimiter
	}
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onDisconnect)
	s.AddHandler(b.onResumed)
	return s, nil
}

// sess returns the current session.
func (b *Bot) sess() *discordgo.Session {
	b.sessMu.RLock()
	defer b.sessMu.RUnlock()
	return b.session
}

// freshSession replaces the (closed) session with a new one that
// identifies instead of resuming; it returns false when that failed.
func (b *Bot) freshSession() bool {
	old := b.sess()
	s, err := b.newSession(old)
	if err != nil {
		b.log.Error("discord: cannot start a new gateway session", "error", err)
		return false
	}
	b.sessMu.Lock()
	b.session = s
	b.sessMu.Unlock()
	b.identify.Store(true)
	return true
}

// burstFor is the global limiter's burst: small enough that a burst plus a
// second's worth of requests stays under Discord's 50 per second window
// (48.5 a second and a burst of 1: at most 49 in any window).
func burstFor(perSecond float64) int {
	return max(1, min(int(perSecond/10), int(discordGlobalLimit-1-perSecond)))
}

// discordGlobalLimit is Discord's global limit of REST requests per second.
const discordGlobalLimit = 50

// Sender returns the outbox sender that posts and edits messages through
// this bot's session.
func (b *Bot) Sender() *Sender { return b.sender }

// Fatal receives one error when the bot cannot go on: the token was
// refused after the start (gateway close 4004 on a reconnect, HTTP 401 on
// a call: errors.Is(err, ErrTokenRefused)) or the gateway refused the
// connection for good (a close code such as 4014 disallowed intents). The
// process should log it and exit non-zero.
func (b *Bot) Fatal() <-chan error { return b.fatal }

// fail reports a fatal error once.
func (b *Bot) fail(err error) {
	b.fatalMu.Do(func() {
		b.log.Error("discord: giving up", "error", err)
		b.fatal <- err
	})
}

// Connected reports whether the gateway connection is up and heartbeating,
// for health checks.
func (b *Bot) Connected() bool {
	if !b.opened.Load() || b.closing.Load() {
		return false
	}
	s := b.sess()
	s.RLock()
	defer s.RUnlock()
	return s.DataReady
}

// Open connects to the gateway (guilds intent only), waits for READY
// (bounded by ReadyTimeout and ctx), then replaces the application's
// commands with commands.Definitions() in one bulk overwrite, globally or
// in DevGuild. When Discord refuses the token (HTTP 401, gateway close
// 4004) it fails at once with an error wrapping ErrTokenRefused; other
// failures are wrapped with what was being done. After Open the bot
// reconnects by itself; see Fatal.
func (b *Bot) Open(ctx context.Context) error {
	if b.closing.Load() {
		return errors.New("bot: open: the bot is closed")
	}
	if !b.opened.CompareAndSwap(false, true) {
		return errors.New("bot: open: already open")
	}
	if err := b.openGateway(ctx); err != nil {
		b.opened.Store(false)
		if tokenRefused(err) {
			return fmt.Errorf("bot: %w", ErrTokenRefused)
		}
		if why, ok := fatalCloseCodes[gatewayCloseCode(err)]; ok {
			return fmt.Errorf("bot: the Discord gateway refused the connection (close %d: %s): %w", gatewayCloseCode(err), why, err)
		}
		return fmt.Errorf("bot: connect to the Discord gateway: %w", err)
	}
	b.appID = b.applicationID()
	b.log.Info("discord: connected", "application_id", b.appID, "guilds", b.guildCount(), "shard", b.opts.ShardID, "shard_count", max(b.opts.ShardCount, 1))
	if b.opts.SkipCommands {
		b.log.Info("discord: commands left to the bot of shard 0")
	} else if err := b.syncCommands(ctx); err != nil {
		b.closeSession()
		b.opened.Store(false)
		if errors.Is(err, ErrTokenRefused) {
			return fmt.Errorf("bot: %w", ErrTokenRefused)
		}
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing.Load() {
		b.closeSession()
		return errors.New("bot: open: closed while opening")
	}
	b.looping = true
	go b.reconnectLoop()
	return nil
}

// openGateway runs session.Open bounded by ReadyTimeout and ctx: when time
// runs out, the connection is closed so the pending read fails, and Open's
// own cleanup runs.
func (b *Bot) openGateway(ctx context.Context) error {
	if b.identify.Load() {
		// The identify bucket's turn first, outside ReadyTimeout.
		if err := b.opts.Identify.Wait(ctx, b.opts.ShardID); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, b.opts.ReadyTimeout)
	defer cancel()
	b.conns.reset()
	result := make(chan error, 1)
	s := b.sess()
	go func() { result <- s.Open() }()
	select {
	case err := <-result:
		if err == nil {
			b.identify.Store(false) // READY: later connections resume
		}
		return err
	case <-ctx.Done():
	case <-b.done:
	}
	b.conns.abort()
	err := <-result
	b.conns.reset()
	if err == nil {
		// Connected just as time ran out, on the connection abort closed.
		b.closeSession()
	}
	if errors.Is(err, discordgo.ErrWSAlreadyOpen) {
		return err
	}
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("no READY within %s: %w", b.opts.ReadyTimeout, ctx.Err())
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return errors.New("closed while connecting")
}

// applicationID returns the application id READY announced (the bot user's
// id when READY had none).
func (b *Bot) applicationID() string {
	st := b.sess().State
	st.RLock()
	defer st.RUnlock()
	if st.Application != nil && st.Application.ID != "" {
		return st.Application.ID
	}
	if st.User != nil {
		return st.User.ID
	}
	return ""
}

func (b *Bot) guildCount() int {
	st := b.sess().State
	st.RLock()
	defer st.RUnlock()
	return len(st.Guilds)
}

// syncCommands replaces the application's commands with the definitions in
// one bulk overwrite, retrying a few times after 429 and 5xx.
func (b *Bot) syncCommands(ctx context.Context) error {
	if b.appID == "" {
		return errors.New("bot: sync commands: READY carried no application id")
	}
	defs := commands.Definitions()
	scope := "global"
	if b.opts.DevGuild != "" {
		scope = "guild " + b.opts.DevGuild
	}
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		if err = b.pace.wait(ctx); err != nil {
			return fmt.Errorf("bot: sync commands: %w", err)
		}
		_, err = b.sess().ApplicationCommandBulkOverwrite(b.appID, b.opts.DevGuild, defs, discordgo.WithContext(ctx))
		err = classify(ctx, err)
		if err == nil {
			b.log.Info("discord: commands synced", "scope", scope, "commands", len(defs))
			return nil
		}
		var re *RetryableError
		if !errors.As(err, &re) {
			break
		}
		wait := max(re.After, time.Duration(attempt)*time.Second)
		b.log.Warn("discord: command sync failed; retrying", "error", err, "attempt", attempt, "retry_in", wait.String())
		if err := sleepCtx(ctx, wait); err != nil {
			return fmt.Errorf("bot: sync commands: %w", err)
		}
	}
	if errors.Is(err, ErrTokenRefused) {
		return err
	}
	return fmt.Errorf("bot: sync commands (%s): %w", scope, err)
}

// onDisconnect wakes the reconnect loop (discordgo emits Disconnect after
// every closed connection, including its own after read or heartbeat
// failures and op 7 RECONNECT).
func (b *Bot) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	if b.closing.Load() {
		return
	}
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

func (b *Bot) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	b.log.Info("discord: gateway session resumed")
}

// reconnectLoop reopens the gateway after each disconnect, with backoff
// (1 s doubling to 2 min), resuming the session when Discord allows it. A
// refused token or a fatal close code ends it and is reported on Fatal.
func (b *Bot) reconnectLoop() {
	defer close(b.loop)
	for {
		select {
		case <-b.done:
			return
		case <-b.wake:
		}
		wait := time.Second
		for attempt := 1; ; attempt++ {
			if b.closing.Load() {
				return
			}
			err := b.openGateway(b.root)
			if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
				if attempt > 1 || err == nil {
					b.log.Info("discord: gateway reconnected", "attempts", attempt)
				}
				break
			}
			if b.closing.Load() {
				return
			}
			if tokenRefused(err) {
				b.fail(fmt.Errorf("bot: reconnect: %w", ErrTokenRefused))
				return
			}
			code := gatewayCloseCode(err)
			if fatalCloseCodes[code] != "" {
				b.fail(fmt.Errorf("bot: the Discord gateway refused the connection (close %d: %s)", code, fatalCloseCodes[code]))
				return
			}
			if freshSessionCloseCodes[code] && b.freshSession() {
				// discordgo would resume this dead session forever: start
				// a new one, which identifies.
				b.log.Warn("discord: the gateway session cannot be resumed; starting a new one", "close_code", code)
			}
			b.log.Warn("discord: reconnect failed", "error", err, "attempt", attempt, "retry_in", wait.String())
			t := time.NewTimer(wait)
			select {
			case <-b.done:
				t.Stop()
				return
			case <-t.C:
			}
			wait = min(wait*2, maxReconnectWait)
		}
	}
}

// Close stops reconnecting, lets interactions in progress finish (up to 5
// s), closes the gateway connection and ends the bot's goroutines. It is
// safe to call more than once and returns the session's close error.
func (b *Bot) Close() error {
	b.closeOnce.Do(func() {
		b.mu.Lock()
		b.closing.Store(true)
		looping := b.looping
		b.mu.Unlock()
		close(b.done)
		if looping {
			<-b.loop
		}
		b.closeErr = b.closeSession()
		b.client.CloseIdleConnections()
		waited := make(chan struct{})
		go func() { b.handlers.Wait(); close(waited) }()
		select {
		case <-waited:
		case <-time.After(drainHandlers):
			b.log.Warn("discord: interactions still in progress at shutdown")
		}
		b.cancelRoot()
	})
	return b.closeErr
}

// closeSession closes the gateway connection. discordgo does not reconnect
// by itself afterwards: ShouldReconnectOnError was set to false in New and
// is never written again (discordgo reads it without its lock).
func (b *Bot) closeSession() error {
	return b.sess().Close()
}

// sleepCtx waits d or until ctx ends (returning ctx.Err()).
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// HasChannel reports whether this bot's session knows the channel (its
// guild is on this bot's shard).
func (b *Bot) HasChannel(channelID string) bool {
	_, err := b.sess().State.Channel(channelID)
	return err == nil
}

// Shard returns the bot's shard id and count (0, 1 when unsharded).
func (b *Bot) Shard() (id, count int) { return b.opts.ShardID, max(b.opts.ShardCount, 1) }

// ChannelPermissions returns, from the gateway state, the permissions of
// member and of the bot in a channel of guild guildID; commands.Router uses
// it to check /alerts on and /digest set. A channel the bot does not see,
// or of another guild, is an Invalid error.
func (b *Bot) ChannelPermissions(_ context.Context, guildID, channelID string, member *discordgo.Member) (int64, int64, error) {
	st := b.sess().State
	ch, err := st.Channel(channelID)
	if err != nil || ch.GuildID != guildID {
		return 0, 0, tracker.Errorf(tracker.Invalid, "<#%s> is not a channel of this server that gapwatch can see", channelID)
	}
	if member == nil || member.User == nil {
		return 0, 0, tracker.Errorf(tracker.Invalid, "cannot tell who you are: the interaction carries no member")
	}
	mine, err := st.MessagePermissions(&discordgo.Message{ChannelID: channelID, Author: member.User, Member: member})
	if err != nil {
		return 0, 0, fmt.Errorf("bot: permissions of %s in channel %s: %w", member.User.ID, channelID, err)
	}
	if st.User == nil {
		return mine, 0, nil
	}
	botPerms, err := st.UserChannelPermissions(st.User.ID, channelID)
	if err != nil {
		return mine, 0, tracker.Errorf(tracker.Invalid, "cannot tell whether gapwatch may post in <#%s>", channelID)
	}
	return mine, botPerms, nil
}
