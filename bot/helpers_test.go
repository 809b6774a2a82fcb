package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

var _ ingest.Sender = (*bot.Sender)(nil)

// Fixture ids: one guild with a moderator (alice, mod role) and a plain
// member (carol).
const (
	guildID  = "100"
	ownerID  = "900"
	aliceID  = "901"
	carolID  = "903"
	modRole  = "200"
	general  = "300"
	alertsCh = "301"
	// testToken is distinctive so a leak into logs or errors is easy to find.
	testToken = "tok-5f1e9c-secret-do-not-log"
	metricID  = "ve-prisoners-released"
)

func testCatalog() tracker.Catalog {
	return tracker.Catalog{
		Metrics: []tracker.Metric{{ID: metricID, Name: "Political prisoners released", Cumulative: true,
			Keywords: []string{"released"}, Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 1.5}, StaleAfter: 72 * time.Hour}},
		Actors: []tracker.Actor{
			{Name: "Foro Penal", Role: tracker.Confirmer},
			{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"gobierno"}},
		},
		Sources: []tracker.Source{
			{ID: "news", URL: "https://example.org/feed.xml", Format: tracker.FormatRSS, Schedule: "@every 30m", Review: tracker.ReviewRequired,
				Claims: []string{metricID}},
		},
	}
}

// channelIDs returns n channel ids starting at first.
func channelIDs(first, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strconv.Itoa(first + i)
	}
	return out
}

// fixtureGuild is the test guild; extra adds text channels with these ids.
func fixtureGuild(extra []string) discordtest.Guild {
	g := discordtest.Guild{
		ID: guildID, Name: "gapwatch-test", OwnerID: ownerID,
		Roles: []discordtest.Role{{ID: modRole, Name: "moderators"}},
		Members: []discordtest.Member{
			{UserID: ownerID, Username: "owner"},
			{UserID: aliceID, Username: "alice", Roles: []string{modRole}},
			{UserID: carolID, Username: "carol"},
		},
		Channels: []discordtest.Channel{{ID: general, Name: "general"}, {ID: alertsCh, Name: "alerts"}},
	}
	for _, id := range extra {
		g.Channels = append(g.Channels, discordtest.Channel{ID: id, Name: "c" + id})
	}
	return g
}

// newDouble starts a Discord double with the fixture guild.
func newDouble(tb testing.TB, extraChannels []string, mod func(*discordtest.Options)) *discordtest.Server {
	tb.Helper()
	opts := discordtest.Options{Token: testToken, ApplicationID: "555", Guilds: []discordtest.Guild{fixtureGuild(extraChannels)}}
	if mod != nil {
		mod(&opts)
	}
	srv, err := discordtest.New(opts)
	if err != nil {
		tb.Fatalf("discordtest.New: %v", err)
	}
	tb.Cleanup(srv.Close)
	return srv
}

// syncBuffer is a log destination safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// env is one test's world: a double, a real SQLite store, the commands'
// dependencies and the logs (printed when the test fails).
type env struct {
	tb     testing.TB
	ctx    context.Context
	srv    *discordtest.Server
	dbPath string
	store  *storage.Store
	deps   *commands.Router
	logs   *syncBuffer
	log    *slog.Logger
}

func newEnv(tb testing.TB, extraChannels []string, mod func(*discordtest.Options)) *env {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	tb.Cleanup(cancel)
	logs := &syncBuffer{}
	e := &env{
		tb: tb, ctx: ctx, srv: newDouble(tb, extraChannels, mod), dbPath: filepath.Join(tb.TempDir(), "g.db"),
		logs: logs, log: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	e.openStore()
	tb.Cleanup(func() {
		if tb.Failed() {
			tb.Logf("logs:\n%s", logs.String())
		}
	})
	return e
}

// openStore opens (again, after a simulated restart) the store on the same
// database file.
func (e *env) openStore() {
	e.tb.Helper()
	s, err := storage.Open(e.ctx, e.dbPath)
	if err != nil {
		e.tb.Fatal(err)
	}
	e.tb.Cleanup(func() { s.Close() })
	if _, err := s.SyncCatalog(e.ctx, testCatalog()); err != nil {
		e.tb.Fatal(err)
	}
	e.store = s
	e.deps = &commands.Router{
		Store: s, Logger: e.log, Mods: commands.Moderators{Guilds: []string{guildID}, RoleID: modRole},
		PublicURL: "https://gapwatch.example",
	}
}

// startBot opens a bot on the double; it is closed at cleanup.
func (e *env) startBot(mod func(*bot.Options)) *bot.Bot {
	e.tb.Helper()
	o := bot.Options{Token: testToken, APIURL: e.srv.URL(), Router: e.deps, Logger: e.log}
	if mod != nil {
		mod(&o)
	}
	b, err := bot.New(o)
	if err != nil {
		e.tb.Fatalf("bot.New: %v", err)
	}
	e.tb.Cleanup(func() { b.Close() })
	if err := b.Open(e.ctx); err != nil {
		e.tb.Fatalf("Open: %v", err)
	}
	return b
}

// add stores an approved figure entered by a moderator.
func (e *env) add(stance tracker.Stance, actor string, value int64, quote string) tracker.Figure {
	e.tb.Helper()
	f, err := e.store.AddFigure(e.ctx, tracker.Figure{MetricID: metricID, Value: value, Stance: stance, Actor: actor,
		AsOf: time.Now().UTC().Truncate(24 * time.Hour), CreatedBy: "mod",
		Evidence: tracker.Evidence{URL: "https://example.org/" + strings.ReplaceAll(actor, " ", "-"), Quote: quote}})
	if err != nil {
		e.tb.Fatal(err)
	}
	return f
}

func (e *env) fanout() *ingest.Fanout {
	f := ingest.NewFanout(e.store, report.Messages{PublicURL: "https://gapwatch.example"})
	f.Logger = e.log
	return f
}

func (e *env) deliverer(b *bot.Bot) *ingest.Deliverer {
	d := ingest.NewDeliverer(e.store, b.Sender(), tracker.DiscordOnly)
	d.Logger, d.MaxRetryWait = e.log, 2*time.Second
	return d
}

// deliverAll drains the outbox until nothing for Discord is left, waiting
// out retries; it fails the test after timeout.
func (e *env) deliverAll(d *ingest.Deliverer, timeout time.Duration) {
	e.tb.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if _, err := d.Drain(e.ctx); err != nil {
			e.tb.Fatalf("Drain: %v", err)
		}
		_, waiting, err := e.store.NextOutboxAttempt(e.ctx, tracker.DiscordOnly)
		if err != nil {
			e.tb.Fatal(err)
		}
		if !waiting {
			return
		}
		if time.Now().After(deadline) {
			items, _ := e.store.DueOutbox(e.ctx, tracker.DiscordOnly, time.Now().Add(time.Hour), 5)
			e.tb.Fatalf("outbox not drained after %s; e.g. %+v", timeout, items)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// outbox returns every Discord outbox item, delivered or not, by id.
func (e *env) outbox() []tracker.OutboxItem {
	e.tb.Helper()
	rows, err := e.store.DB().QueryContext(e.ctx, "SELECT id FROM outbox WHERE channel_id <> ? ORDER BY id", tracker.ConsoleChannel)
	if err != nil {
		e.tb.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			e.tb.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	out := make([]tracker.OutboxItem, 0, len(ids))
	for _, id := range ids {
		it, err := e.store.OutboxItem(e.ctx, id)
		if err != nil {
			e.tb.Fatal(err)
		}
		out = append(out, it)
	}
	return out
}

// embedView is the readable part of an embed as sent.
type embedView struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
	Image *struct {
		URL string `json:"url"`
	} `json:"image"`
}

// embedText joins every text of raw embeds, one per line.
func embedText(tb testing.TB, raws []json.RawMessage) string {
	tb.Helper()
	var b strings.Builder
	for _, raw := range raws {
		var e embedView
		if err := json.Unmarshal(raw, &e); err != nil {
			tb.Fatalf("embed %s: %v", raw, err)
		}
		fmt.Fprintln(&b, e.Title)
		fmt.Fprintln(&b, e.Description)
		for _, f := range e.Fields {
			fmt.Fprintln(&b, f.Name)
			fmt.Fprintln(&b, f.Value)
		}
		if e.Footer != nil {
			fmt.Fprintln(&b, e.Footer.Text)
		}
	}
	return b.String()
}

// noMentionsJSON is the allowed_mentions every message must carry.
const noMentionsJSON = `{"parse":[]}`

// compactJSON returns raw without insignificant spaces.
func compactJSON(tb testing.TB, raw json.RawMessage) string {
	tb.Helper()
	if raw == nil {
		return "<absent>"
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		tb.Fatalf("compact %s: %v", raw, err)
	}
	return b.String()
}

// messagesByNonce counts the double's messages per nonce over channels.
func messagesByNonce(srv *discordtest.Server, channels []string) map[string][]discordtest.Message {
	out := map[string][]discordtest.Message{}
	for _, ch := range channels {
		for _, m := range srv.Messages(ch) {
			if m.Nonce != "" {
				out[m.Nonce] = append(out[m.Nonce], m)
			}
		}
	}
	return out
}

// waitFor polls cond every 20 ms until it holds or timeout passes.
func waitFor(tb testing.TB, timeout time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// alertItem is a plain alert for channel ch.
func alertItem(key, ch, title string) tracker.OutboxItem {
	return tracker.OutboxItem{Key: key, ChannelID: ch, Kind: tracker.KindAlert, Op: tracker.OpPost,
		Message: tracker.Message{Kind: tracker.KindAlert, Title: title, Description: "A test alert.", Color: report.ColorFlag}}
}
