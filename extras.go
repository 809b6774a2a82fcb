package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/web"
)

// newSourceReader returns the reader every poll goes through: one polite
// fetcher shared by all sources.
func newSourceReader(log *slog.Logger, hostSpacing, timeout time.Duration) tracker.SourceReader {
	sources.Version = version()
	return sources.NewReader(sources.NewFetcher(sources.FetchOptions{Logger: log, HostSpacing: hostSpacing, Timeout: timeout}))
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
	h := web.New(web.Options{Store: s.store, PublicURL: s.cfg.PublicURL, Health: health, Now: s.now, Logger: s.log, Metrics: metrics})
	srv := web.NewServer(s.cfg.HTTPAddr, h)
	ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		return nil, usagef("GAPWATCH_HTTP_ADDR=%q: cannot listen: %v", s.cfg.HTTPAddr, err)
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
	deps := &commands.Deps{
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
	b, err := bot.New(bot.Options{
		Token: s.cfg.Token, APIURL: s.cfg.DiscordAPI, DevGuild: s.cfg.DevGuild, Deps: deps, Logger: s.log,
		Chart: func(ctx context.Context, metricID string) ([]byte, error) {
			return chartPNG(ctx, s.store, metricID, time.Time{}, s.now())
		},
	})
	if err != nil {
		return nil, err
	}
	if err := b.Open(ctx); err != nil {
		return nil, err
	}
	s.bot = b
	deps.ChannelPermissions = b.ChannelPermissions
	s.senders = append(s.senders, &ingest.Deliverer{Store: s.store, Sender: b.Sender(), Scope: tracker.DiscordOnly,
		Now: s.now, Logger: s.log.With("sender", "discord"), Observer: s.observer,
		Notices: report.Messages{PublicURL: s.cfg.PublicURL}, NoticeChannel: s.cfg.ModChannel})
	s.log.Info("connected to Discord", "api", s.cfg.DiscordAPI)
	return func() {
		if err := b.Close(); err != nil {
			s.log.Warn("closing the Discord session", "error", err)
		}
	}, nil
}

// health is what /healthz reports about the service's own side.
func (s *service) health() web.Health {
	h := web.Health{Mode: web.ModeConsole}
	if s.bot != nil {
		h.Mode, h.DiscordConnected = web.ModeDiscord, s.bot.Connected()
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

// fatal receives when the Discord session cannot go on (the token was
// refused after a reconnect); nil without Discord.
func (s *service) fatal() <-chan error {
	if s.bot == nil {
		return nil
	}
	return s.bot.Fatal()
}
