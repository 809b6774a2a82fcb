package main

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
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
	cfg         serviceConfig
	catalogPath string
	store       *storage.Store
	log         *slog.Logger
	now         func() time.Time
	observer    tracker.Observer

	bot *bot.Bot

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
	if _, err := s.fanout.Run(ctx); err != nil && ctx.Err() == nil {
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

// prune deletes delivered and failed outbox rows and seen feed items older
// than the retention window (GAPWATCH_RETENTION); figures, evidence and
// corrections are never pruned.
func (s *service) prune(ctx context.Context) {
	rep, err := s.store.Prune(ctx, s.now().Add(-s.cfg.Retention))
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

// reload re-reads the tracker file and brings the store in line; a broken
// file is reported and the previous catalog stays in force.
func (s *service) reload(ctx context.Context, why string) {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	c, err := trackerfile.Load(s.catalogPath)
	if err != nil {
		s.log.Error("tracker file not reloaded; keeping the previous one", "reason", why, "error", err)
		return
	}
	rep, err := s.store.SyncCatalog(ctx, c)
	if err != nil {
		s.log.Error("tracker file not reloaded", "reason", why, "error", err)
		return
	}
	if !rep.Changed() {
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

// cmdRun is the long-running service.
func (a *app) cmdRun(ctx context.Context, args []string) error {
	fs := a.newFlags("run")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("run", pos, 0, 0); err != nil {
		return err
	}
	cfg, err := a.serviceEnv()
	if err != nil {
		return err
	}
	log := newLogger(a.stderr, cfg.LogFormat, cfg.LogLevel)
	catalog, path, err := a.loadCatalog()
	if err != nil {
		return err
	}
	store, created, err := a.openDB(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if created {
		log.Info("created a new, empty database", "database", a.dbPath())
	}
	rep, err := store.SyncCatalog(ctx, catalog)
	if err != nil {
		return err
	}
	log.Info("gapwatch starting", "version", version(), "tracker_file", path, "database", a.dbPath(),
		"metrics", len(catalog.Metrics), "sources", len(catalog.Sources), "catalog_changes", len(rep.Added)+len(rep.Updated)+len(rep.Disabled))

	// One wake-up channel per sender (console, Discord), made before anything can call wake.
	s := &service{cfg: cfg, catalogPath: path, store: store, log: log, now: a.now,
		pokes: []chan struct{}{make(chan struct{}, 1), make(chan struct{}, 1)}}
	return s.run(ctx, a)
}

func (s *service) run(ctx context.Context, a *app) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cfg := s.cfg
	metrics := web.NewMetrics(s.store)
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

	s.poller = &ingest.Poller{
		Store: s.store, Reader: newSourceReader(s.log, cfg.HostSpacing, cfg.FetchTimeout), Renderer: msgs, Next: scheduler.NextTime, Now: s.now,
		Rand: rand.Float64, Observer: s.observer, Logger: s.log,
		Workers: cfg.FetchWorkers, NoticeAfter: cfg.NoticeAfter, MaxBackoff: cfg.MaxBackoff, NoticeChannel: noticeChannel,
	}
	s.fanout = &ingest.Fanout{Store: s.store, Renderer: msgs, Now: s.now, Logger: s.log, NoticeChannel: noticeChannel}
	modChannel := cfg.ModChannel
	if !discord {
		modChannel = tracker.ConsoleChannel
	}
	s.digester = &ingest.Digester{Store: s.store, Renderer: msgs, Next: scheduler.NextTime, Now: s.now, Logger: s.log,
		Grace: cfg.DigestGrace, ModChannel: modChannel, NowCooldown: ingest.DefaultNowCooldown}
	if err := reconcileConsole(ctx, s.store, s.now(), s.log); err != nil {
		return err
	}
	s.senders = append(s.senders, &ingest.Deliverer{Store: s.store, Sender: newConsoleSender(a.stdout, s.store), Scope: tracker.ConsoleOnly,
		Now: s.now, Logger: s.log.With("sender", "console"), Observer: s.observer})

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
			if n, err := s.digester.RunDue(ctx); err != nil {
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
	if _, err := s.digester.RunDue(ctx); err != nil {
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

// version is the module version from the build information.
func version() string {
	if v := buildVersion(); v != "" {
		return v
	}
	return "dev"
}
