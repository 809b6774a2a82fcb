package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/fsnotify/fsnotify"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/internal/console"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/trackerfile"
	"github.com/gapwatch/gapwatch/web"
)

// The service's periodic jobs. Sources carry their own schedules in the
// store (next check, backoff); the poll job only looks for due ones.
const (
	pollTick     = "@every 1s"
	fanoutTick   = "@every 5s"
	digestTick   = "@every 10s"
	pruneTick    = "@every 1h"
	deliverEvery = time.Second
	stopDeadline = 10 * time.Second
)

// service is `gapwatch run`: the store, the tracker file, the scheduler,
// polling, fan-out, digests and delivery, plus Discord and the web page
// when configured.
type service struct {
	// instance names this process among the instances sharing one
	// PostgreSQL database (empty on SQLite: one instance, no leases).
	instance    string
	cfg         serviceConfig
	catalogPath string
	store       *storage.Store
	log         *slog.Logger
	now         func() time.Time
	observer    tracker.Observer

	bot  *bot.Bot   // the first shard's: posts the outbox
	bots []*bot.Bot // one per shard this instance runs

	// The shared Discord budget (PostgreSQL): the rate this instance may
	// use (float64 bits), the bot it applies to and the live instances.
	budgetRate atomic.Uint64
	budgetBot  atomic.Pointer[bot.Bot]
	live       atomic.Int64

	sched    *scheduler.Scheduler
	poller   *ingest.Poller
	fanout   *ingest.Fanout
	digester *ingest.Digester
	senders  []*ingest.Deliverer
	pokes    []chan struct{} // one per sender: wake delivery now

	reloadMu sync.Mutex
}

// wake asks every delivery loop to drain now.
func (s *service) wake() {
	for _, p := range s.pokes {
		select {
		case p <- struct{}{}:
		default:
		}
	}
}

// changed runs the fan-out after a change (a poll with new figures, a
// moderator's action) and wakes delivery.
func (s *service) changed(ctx context.Context) {
	// One fan-out at a time in the cluster: another instance running it
	// covers this change too (the outbox keys keep any overlap single).
	if _, err := s.store.TryJob(ctx, "fanout", func(ctx context.Context) error {
		_, err := s.fanout.Run(ctx)
		return err
	}); err != nil && ctx.Err() == nil {
		s.log.Error("fan-out failed", "error", err)
	}
	s.wake()
}

// pollDue is the poll job.
func (s *service) pollDue(ctx context.Context) {
	results, err := s.poller.PollDue(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("poll failed", "error", err)
		}
		return
	}
	created := 0
	for _, r := range results {
		created += len(r.Figures)
		if len(r.Figures) > 0 {
			s.log.Info("new figures", "source_id", r.SourceID, "count", len(r.Figures))
		}
	}
	if len(results) > 0 {
		// Sources that failed can raise notices; new figures raise alerts.
		if created > 0 {
			s.changed(ctx)
		} else {
			s.wake()
		}
	}
}

// runDigests sends the digests that are due, one instance at a time in
// the cluster (each digest's due time is then taken once).
func (s *service) runDigests(ctx context.Context) (n int, err error) {
	_, err = s.store.TryJob(ctx, "digests", func(ctx context.Context) (err error) {
		n, err = s.digester.RunDue(ctx)
		return err
	})
	return n, err
}

// prune deletes delivered and failed outbox rows and seen feed items older
// than the retention window (GAPWATCH_RETENTION), then old unreferenced
// snapshots (GAPWATCH_SNAPSHOT_DAYS); figures, evidence and corrections
// are never pruned.
func (s *service) prune(ctx context.Context) {
	defer s.pruneSnapshots(ctx) // whether or not the bookkeeping could be pruned
	var rep storage.PruneReport
	_, err := s.store.TryJob(ctx, "prune", func(ctx context.Context) (err error) {
		rep, err = s.store.Prune(ctx, s.now().Add(-s.cfg.Retention))
		return err
	})
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("pruning failed", "error", err)
		}
		return
	}
	if rep.Outbox > 0 || rep.SeenItems > 0 {
		s.log.Info("pruned old bookkeeping", "outbox_rows", rep.Outbox, "seen_items", rep.SeenItems, "retention", s.cfg.Retention.String())
	}
}

// pruneSnapshots removes the archived page texts older than
// GAPWATCH_SNAPSHOT_DAYS that no evidence refers to; unset keeps them all.
func (s *service) pruneSnapshots(ctx context.Context) {
	if s.cfg.SnapshotDays <= 0 {
		return
	}
	var n int64
	_, err := s.store.TryJob(ctx, "prune-snapshots", func(ctx context.Context) (err error) {
		n, err = s.store.PruneSnapshots(ctx, s.now().AddDate(0, 0, -s.cfg.SnapshotDays))
		return err
	})
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("pruning snapshots failed", "error", err)
		}
		return
	}
	if n > 0 {
		s.log.Info("pruned unreferenced snapshots", "snapshots", n, "snapshot_days", s.cfg.SnapshotDays)
	}
}

// reload re-reads the tracker file and brings the store in line; a broken
// file is reported and the previous catalog stays in force.
func (s *service) reload(ctx context.Context, why string) {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	// An unchanged file (same hash as the one in the store) is neither
	// parsed nor synced; a changed one is checked before anything moves.
	tf, err := readTrackerFileAt(s.catalogPath)
	if err != nil {
		s.log.Error("tracker file not reloaded; keeping the previous one", "reason", why, "error", err)
		return
	}
	rep, err := tf.sync(ctx, s.store)
	var bad *trackerfile.Error
	if errors.As(err, &bad) {
		s.log.Error("tracker file not reloaded; keeping the previous one", "reason", why, "error", err)
		return
	}
	if err != nil {
		s.log.Error("tracker file not reloaded", "reason", why, "error", err)
		return
	}
	if rep != nil {
		debug.FreeOSMemory() // the parsed file is garbage now
	}
	if rep == nil || !rep.Changed() {
		s.log.Info("tracker file reloaded: no change", "reason", why)
		return
	}
	s.log.Info("tracker file reloaded", "reason", why, "added", rep.Added, "updated", rep.Updated, "disabled", rep.Disabled)
	go s.pollDue(ctx) // new sources are due at once
	s.changed(ctx)
}

// watchReload reloads on SIGHUP and when the tracker file changes on disk
// (written, replaced or renamed into place), debounced.
func (s *service) watchReload(ctx context.Context) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	var events <-chan fsnotify.Event
	var errs <-chan error
	abs, _ := filepath.Abs(s.catalogPath)
	if w, err := fsnotify.NewWatcher(); err != nil {
		s.log.Warn("cannot watch the tracker file; reload with SIGHUP", "error", err)
	} else {
		defer w.Close()
		if err := w.Add(filepath.Dir(abs)); err != nil {
			s.log.Warn("cannot watch the tracker file; reload with SIGHUP", "error", err)
		} else {
			events, errs = w.Events, w.Errors
		}
	}
	var debounce <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			s.reload(ctx, "SIGHUP")
		case ev := <-events:
			if filepath.Clean(ev.Name) == abs && ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename) != 0 {
				debounce = time.After(300 * time.Millisecond)
			}
		case err := <-errs:
			s.log.Warn("watching the tracker file", "error", err)
		case <-debounce:
			debounce = nil
			s.reload(ctx, "file changed")
		}
	}
}

func (s *service) run(ctx context.Context, a *app) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cfg := s.cfg
	metrics := web.NewMetrics(s.store).WithLogger(s.log).ReportInstance(s.instanceState)
	s.observer = metrics
	msgs := report.Messages{PublicURL: cfg.PublicURL}
	noticeChannel := tracker.ConsoleChannel
	discord := cfg.Token != ""
	if discord {
		noticeChannel = cfg.ModChannel
		if noticeChannel == "" {
			s.log.Warn("GAPWATCH_MOD_CHANNEL is not set: moderators' notices are only logged")
		}
	} else {
		s.log.Info("no DISCORD_TOKEN: console mode — alerts, digests and notices are printed on standard output")
	}

	// Several instances (PostgreSQL) space each host together through the
	// turns table; one instance (SQLite) spaces hosts in memory.
	var turns sources.SharedTurns
	if s.instance != "" {
		turns = s.store
	}
	s.poller = ingest.NewPoller(s.store, newSourceReader(s.log, cfg.HostSpacing, cfg.FetchTimeout, turns))
	s.poller.Renderer, s.poller.Next, s.poller.NoticeChannel = msgs, scheduler.NextTime, noticeChannel
	s.poller.Now, s.poller.Logger, s.poller.Observer = s.now, s.log, s.observer
	s.poller.Workers, s.poller.NoticeAfter, s.poller.MaxBackoff = cfg.FetchWorkers, cfg.NoticeAfter, cfg.MaxBackoff
	s.poller.Instance = s.instance

	s.fanout = ingest.NewFanout(s.store, msgs)
	s.fanout.Now, s.fanout.Logger, s.fanout.NoticeChannel = s.now, s.log, noticeChannel

	s.digester = ingest.NewDigester(s.store, msgs, scheduler.NextTime)
	s.digester.Now, s.digester.Logger, s.digester.Grace = s.now, s.log, cfg.DigestGrace
	s.digester.ModChannel, s.digester.NowCooldown = cfg.ModChannel, ingest.DefaultNowCooldown
	if !discord {
		s.digester.ModChannel = tracker.ConsoleChannel
	}

	if err := console.Reconcile(ctx, s.store, s.now(), s.log); err != nil {
		return err
	}
	s.senders = append(s.senders, s.deliverer(console.NewSender(a.stdout, s.store), tracker.ConsoleOnly, "console"))

	if s.instance != "" {
		// Several instances: the bot token's global rate limit is shared
		// among the live ones (instances table); see bot.ShareBudget.
		bctx, bcancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			bot.ShareBudget(bctx, s.store, s.instance, bot.DefaultGlobalRate, s.setBudget, func(n int) { s.live.Store(int64(n)) })
		}()
		defer func() { bcancel(); <-done }()
	}
	stopBot, err := s.startBot(ctx)
	if err != nil {
		return err
	}
	defer stopBot()
	stopWeb, err := s.startWeb(metrics, s.health)
	if err != nil {
		return err
	}
	defer stopWeb()

	s.sched = scheduler.New(scheduler.WithLogger(s.log), scheduler.WithLocation(time.UTC))
	for _, j := range []struct {
		name, spec string
		fn         func(context.Context)
	}{
		{"poll", pollTick, s.pollDue},
		{"fanout", fanoutTick, func(ctx context.Context) { s.changed(ctx) }},
		{"prune", pruneTick, s.prune},
		{"digests", digestTick, func(ctx context.Context) {
			if n, err := s.runDigests(ctx); err != nil {
				s.log.Error("digests failed", "error", err)
			} else if n > 0 {
				s.wake()
			}
		}},
	} {
		if _, err := s.sched.Add(j.name, j.spec, j.fn); err != nil {
			return err
		}
	}

	var wg sync.WaitGroup
	for i, d := range s.senders {
		wg.Add(1)
		go func(d *ingest.Deliverer, poke <-chan struct{}) {
			defer wg.Done()
			d.Loop(ctx, deliverEvery, poke)
		}(d, s.pokes[i])
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.watchReload(ctx)
	}()

	// First run: announce what already stands (flags up from the start),
	// send digests that fell due while the service was down, poll what is due.
	s.changed(ctx)
	s.prune(ctx)
	if _, err := s.runDigests(ctx); err != nil {
		s.log.Error("digests failed", "error", err)
	}
	s.sched.Start()
	s.log.Info("gapwatch running; stop with Ctrl-C")

	var fatal error
	select {
	case <-ctx.Done():
	case fatal = <-s.fatal():
	}
	s.log.Info("stopping")
	stopCtx, stopCancel := context.WithTimeout(context.WithoutCancel(ctx), stopDeadline)
	defer stopCancel()
	if err := s.sched.Stop(stopCtx); err != nil {
		s.log.Warn("jobs still running at the deadline", "error", err)
	}
	cancel()
	wg.Wait()
	s.log.Info("stopped")
	return fatal
}

// newSourceReader returns the reader every poll goes through: one polite
// fetcher shared by all sources, whose host spacing is shared with the
// other instances through turns (nil: within this process).
func newSourceReader(log *slog.Logger, hostSpacing, timeout time.Duration, turns sources.SharedTurns) tracker.SourceReader {
	return sources.NewReader(sources.NewFetcher(sources.FetchOptions{Logger: log, HostSpacing: hostSpacing, Timeout: timeout,
		UserAgent: sources.UserAgent(version()), Turns: turns}))
}

// chartPNG draws a metric's timeline from the store.
func chartPNG(ctx context.Context, s *storage.Store, metricID string, since, now time.Time) ([]byte, error) {
	return report.MetricChart(ctx, s, metricID, report.ChartOptions{Since: since, Now: now})
}

// startWeb serves the dashboard, /healthz and /metrics when an address is
// configured. It returns a function that shuts the server down.
func (s *service) startWeb(metrics *web.Metrics, health func() web.Health) (func(), error) {
	if s.cfg.HTTPAddr == "" {
		s.log.Info("web page disabled (GAPWATCH_HTTP_ADDR is empty)")
		return func() {}, nil
	}
	h := web.New(web.Options{Store: s.store, PublicURL: s.cfg.PublicURL, PublicName: s.cfg.PublicName, Health: health, Now: s.now, Logger: s.log, Metrics: metrics,
		Instance: s.instanceState})
	srv := web.NewServer(s.cfg.HTTPAddr, h)
	ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("GAPWATCH_HTTP_ADDR=%q: cannot listen: %w", s.cfg.HTTPAddr, err)
	}
	s.log.Info("web page listening", "address", "http://"+ln.Addr().String())
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("web server stopped", "error", err)
		}
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

// startBot connects to Discord when a token is set and adds its sender to
// the delivery loops. It returns a function that disconnects.
func (s *service) startBot(ctx context.Context) (func(), error) {
	if s.cfg.Token == "" {
		return func() {}, nil
	}
	router := &commands.Router{
		Store:   s.store,
		Digests: s.digester,
		Next:    scheduler.NextTime,
		Changed: func() { go s.changed(ctx) },
		Chart: func(ctx context.Context, metricID string, since time.Time) ([]byte, error) {
			return chartPNG(ctx, s.store, metricID, since, s.now())
		},
		Mods:      commands.Moderators{Guilds: s.cfg.ModGuilds, RoleID: s.cfg.ModRole},
		Now:       s.now,
		PublicURL: s.cfg.PublicURL,
		Logger:    s.log,
		Observer:  s.observer,
	}
	bot.SetLibraryLogger(s.log)
	// One session per gateway shard this instance runs; the first bot
	// posts the outbox, every bot answers the interactions of its shard,
	// and the bot of shard 0 (on one instance only) registers the commands.
	var bots []*bot.Bot
	closeAll := func() {
		for _, b := range bots {
			if err := b.Close(); err != nil {
				s.log.Warn("closing the Discord session", "error", err)
			}
		}
	}
	gate, err := s.prepareShards(ctx)
	if err != nil {
		return nil, err
	}
	for _, shard := range s.cfg.ShardIDs {
		o := bot.Options{
			Token: s.cfg.Token, APIURL: s.cfg.DiscordAPI, DevGuild: s.cfg.DevGuild, Router: router, Logger: s.log.With("shard", shard),
			Paused: s.instance != "", // until the shared budget gives this instance its part
			Chart: func(ctx context.Context, metricID string) ([]byte, error) {
				return chartPNG(ctx, s.store, metricID, time.Time{}, s.now())
			},
			ShardID: shard, ShardCount: s.cfg.ShardCount, SkipCommands: shard != 0, Identify: gate,
		}
		if len(bots) > 0 {
			o.PaceWith = bots[0]
		}
		b, err := bot.New(o)
		if err != nil {
			closeAll()
			return nil, err
		}
		if len(bots) == 0 && s.instance != "" {
			s.budgetBot.Store(b)
			if r := math.Float64frombits(s.budgetRate.Load()); r > 0 {
				b.SetGlobalRate(r)
			}
		}
		bots = append(bots, b)
	}
	// The shards open together; the gate lets each identify in its
	// bucket's turn (max_concurrency at a time, 5 s apart).
	errs := make([]error, len(bots))
	var wg sync.WaitGroup
	for i, b := range bots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = b.Open(ctx)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			closeAll()
			return nil, err
		}
	}
	b := bots[0]
	s.bot, s.bots = b, bots
	router.ChannelPermissions = func(ctx context.Context, guildID, channelID string, member *discordgo.Member) (int64, int64, error) {
		for _, sb := range bots {
			if sb.HasChannel(channelID) {
				return sb.ChannelPermissions(ctx, guildID, channelID, member)
			}
		}
		return b.ChannelPermissions(ctx, guildID, channelID, member)
	}
	d := s.deliverer(b.Sender(), tracker.DiscordOnly, "discord")
	d.Notices, d.NoticeChannel = report.Messages{PublicURL: s.cfg.PublicURL}, s.cfg.ModChannel
	s.senders = append(s.senders, d)
	s.log.Info("connected to Discord", "api", s.cfg.DiscordAPI, "shards", s.cfg.ShardIDs, "shard_count", s.cfg.ShardCount)
	return closeAll, nil
}

// prepareShards settles the gateway shards and returns the gate that paces
// their identifies. With GAPWATCH_SHARD_COUNT=auto or several shards it
// reads GET /gateway/bot once: auto takes the recommended count (and
// checks GAPWATCH_SHARD_IDS against it: a usage error, exit 2, when an id
// is out of range), and max_concurrency sets the identify buckets. When
// that read fails, auto is an error; an explicit count goes on with
// max_concurrency 1 (always allowed, only slower). Several instances
// (PostgreSQL) take the buckets' turns in the database, so that together
// they keep Discord's rule.
func (s *service) prepareShards(ctx context.Context) (*bot.IdentifyGate, error) {
	cfg := &s.cfg
	conc := 1
	if cfg.ShardAuto || cfg.ShardCount > 1 {
		lim, err := bot.ReadGatewayLimits(ctx, cfg.Token, cfg.DiscordAPI)
		switch {
		case err != nil && cfg.ShardAuto:
			return nil, fmt.Errorf("%s=auto: cannot read Discord's recommended shard count: %w", envShardCount, err)
		case err != nil:
			s.log.Warn("cannot read max_concurrency from GET /gateway/bot; the shards identify one at a time, 5 s apart", "error", err)
		default:
			conc = lim.MaxConcurrency
			if cfg.ShardAuto {
				if cfg.ShardCount, cfg.ShardIDs, err = resolveShards(lim.Shards, cfg.ShardIDsSpec); err != nil {
					return nil, err
				}
			} else if lim.Shards > cfg.ShardCount {
				s.log.Warn("Discord recommends more shards than configured", "shard_count", cfg.ShardCount, "recommended", lim.Shards)
			}
			s.log.Info("gateway shards", "shard_count", cfg.ShardCount, "auto", cfg.ShardAuto, "max_concurrency", conc, "shards", cfg.ShardIDs)
		}
	}
	gate := &bot.IdentifyGate{MaxConcurrency: conc, Logger: s.log}
	if s.instance != "" {
		gate.Shared = s.store
	}
	return gate, nil
}

// setBudget applies this instance's part of the shared Discord budget.
func (s *service) setBudget(perSecond float64) {
	s.budgetRate.Store(math.Float64bits(perSecond))
	if b := s.budgetBot.Load(); b != nil {
		b.SetGlobalRate(perSecond)
	}
}

// deliverer returns a Deliverer of the outbox items in scope through sender,
// on the service's clock, logger and observer.
func (s *service) deliverer(sender ingest.Sender, scope tracker.OutboxScope, name string) *ingest.Deliverer {
	d := ingest.NewDeliverer(s.store, sender, scope)
	d.Now, d.Logger, d.Observer = s.now, s.log.With("sender", name), s.observer
	d.Instance = s.instance
	return d
}

// health is what /healthz reports about the service's own side.
func (s *service) health() web.Health {
	h := web.Health{Mode: web.ModeConsole}
	if s.bot != nil {
		h.Mode, h.DiscordConnected = web.ModeDiscord, true
		for _, b := range s.bots {
			h.DiscordConnected = h.DiscordConnected && b.Connected()
		}
	}
	if states, err := s.store.SourceStates(context.Background()); err == nil {
		for _, st := range states {
			if st.LastSuccess.After(h.LastPoll) {
				h.LastPoll = st.LastSuccess
			}
		}
	}
	return h
}

// instanceState is what /healthz and /metrics say about this instance:
// its id (the lease holder; host and process id on SQLite), the shards it
// runs and the leases it holds. On failure to read the leases it returns
// the rest with the error.
func (s *service) instanceState(ctx context.Context) (web.Instance, error) {
	in := web.Instance{ID: s.instance, Dialect: string(s.store.Dialect()), ShardCount: max(s.cfg.ShardCount, 1)}
	if in.ID == "" {
		host, _ := os.Hostname()
		in.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	for _, b := range s.bots {
		id, _ := b.Shard()
		in.Shards = append(in.Shards, web.Shard{ID: id, Connected: b.Connected()})
	}
	var err error
	in.LeasedSources, in.LeasedOutbox, err = s.store.HeldLeases(ctx, s.instance, s.now())
	return in, err
}

// fatal receives when the Discord session cannot go on (the token was
// refused after a reconnect); nil without Discord.
func (s *service) fatal() <-chan error {
	if len(s.bots) <= 1 {
		if s.bot == nil {
			return nil
		}
		return s.bot.Fatal()
	}
	out := make(chan error, len(s.bots))
	for _, b := range s.bots {
		go func() { out <- <-b.Fatal() }()
	}
	return out
}
