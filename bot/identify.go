package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// IdentifyInterval is Discord's identify window: each identify bucket (a
// shard's id modulo the bot's max_concurrency, from GET /gateway/bot) may
// send one IDENTIFY per 5 seconds, for the bot token as a whole. Shards of
// different buckets may identify together; a bot whose max_concurrency is
// 1 identifies its shards 5 seconds apart.
const IdentifyInterval = 5 * time.Second

// IdentifyBucket returns the identify bucket (rate-limit key) of shard:
// shard mod maxConcurrency (maxConcurrency < 1 counts as 1).
func IdentifyBucket(shard, maxConcurrency int) int {
	return shard % max(maxConcurrency, 1)
}

// TurnTaker hands out turns at a key to every process sharing it (the
// instances of one PostgreSQL database: storage.Store implements it).
type TurnTaker interface {
	// Turn reserves the next turn at key, gap after the one before, and
	// returns how long to wait for it.
	Turn(ctx context.Context, key string, gap time.Duration) (wait, cooling time.Duration, err error)
}

// IdentifyGate is the one place that keeps the gateway's identify rule:
// every session waits for its bucket's turn before it identifies (Open,
// and reconnects that start a new session). Several instances of one bot
// share it through Shared; without it (one instance) the turns are kept
// in memory. It is safe for concurrent use.
type IdentifyGate struct {
	// MaxConcurrency is the bot's session_start_limit.max_concurrency
	// (at least 1).
	MaxConcurrency int
	// Interval is the time between two identifies of one bucket
	// (default IdentifyInterval; tests shorten it).
	Interval time.Duration
	// Shared, when set, hands out the turns across instances; when it
	// fails the gate falls back to its own memory and logs it.
	Shared TurnTaker
	// Logger receives that fallback; default slog.Default().
	Logger *slog.Logger

	mu   sync.Mutex
	next map[int]time.Time // the earliest next identify of a bucket, in this process
}

// identifyKey is the TurnTaker key of a bucket.
func identifyKey(bucket int) string { return "discord-identify:" + strconv.Itoa(bucket) }

// Wait blocks until shard may identify. It returns the context's error if
// the context ends first.
func (g *IdentifyGate) Wait(ctx context.Context, shard int) error {
	if g == nil {
		return nil
	}
	interval := g.Interval
	if interval <= 0 {
		interval = IdentifyInterval
	}
	bucket := IdentifyBucket(shard, g.MaxConcurrency)
	if g.Shared != nil {
		wait, _, err := g.Shared.Turn(ctx, identifyKey(bucket), interval)
		if err == nil {
			return sleepCtx(ctx, wait)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		log := g.Logger
		if log == nil {
			log = slog.Default()
		}
		log.Warn("discord: shared identify turns unavailable; pacing this instance's shards only", "shard", shard, "error", err)
	}
	g.mu.Lock()
	if g.next == nil {
		g.next = map[int]time.Time{}
	}
	now := time.Now()
	slot := g.next[bucket]
	if slot.Before(now) {
		slot = now
	}
	g.next[bucket] = slot.Add(interval)
	g.mu.Unlock()
	return sleepCtx(ctx, slot.Sub(now))
}

// GatewayLimits is what GET /gateway/bot says about a bot's sharding.
type GatewayLimits struct {
	Shards         int // the recommended number of shards
	MaxConcurrency int // identify buckets per 5 seconds (at least 1)
}

// ReadGatewayLimits asks Discord (apiURL, e.g. https://discord.com) for the
// bot's recommended shard count and max_concurrency with one GET
// /gateway/bot, through a client of its own (one request at start, beside
// the shared budget). It returns an error wrapping ErrTokenRefused when
// the token is refused, and an error saying what was wrong when Discord
// does not answer or answers a shard count below 1; the token never
// appears in it.
func ReadGatewayLimits(ctx context.Context, token, apiURL string) (GatewayLimits, error) {
	token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(token), "Bot "))
	if token == "" {
		return GatewayLimits{}, errors.New("bot: the bot token (DISCORD_TOKEN) is empty")
	}
	origin, err := parseAPIURL(apiURL)
	if err != nil {
		return GatewayLimits{}, err
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return GatewayLimits{}, fmt.Errorf("bot: read the gateway limits: %w", err)
	}
	s.Client = newHTTPClient(origin, DefaultHTTPTimeout, newBreaker(DefaultMaxInvalidRequests, InvalidRequestWindow))
	var gb *discordgo.GatewayBotResponse
	for attempt := 1; ; attempt++ {
		gb, err = s.GatewayBot(discordgo.WithContext(ctx))
		err = classify(ctx, err)
		var re *RetryableError
		if err == nil || !errors.As(err, &re) || attempt == 3 {
			break
		}
		if err := sleepCtx(ctx, max(re.After, time.Duration(attempt)*time.Second)); err != nil {
			return GatewayLimits{}, fmt.Errorf("bot: GET /gateway/bot: %w", err)
		}
	}
	if err != nil {
		return GatewayLimits{}, fmt.Errorf("bot: GET /gateway/bot: %w", err)
	}
	if gb == nil || gb.Shards < 1 {
		return GatewayLimits{}, errors.New("bot: GET /gateway/bot answered no shard count (want at least 1)")
	}
	return GatewayLimits{Shards: gb.Shards, MaxConcurrency: max(gb.SessionStartLimit.MaxConcurrency, 1)}, nil
}
