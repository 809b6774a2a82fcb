package web

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// Options configures the web handler.
type Options struct {
	// Store is read for every page; required.
	Store Store
	// PublicURL is where the dashboard is reachable from outside (e.g.
	// https://gapwatch.example.org); pages use it for canonical and
	// preview links. Empty: links stay relative.
	PublicURL string
	// PublicName is the publisher that ClaimReview markup names as its
	// author (GAPWATCH_PUBLIC_NAME); empty means DefaultPublicName.
	PublicName string
	// Health reports the Discord side of the service for /healthz. Nil
	// means console mode.
	Health func() Health
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger receives request errors; nil means slog.Default().
	Logger *slog.Logger
	// Instance says, for /healthz, which instance this is, the shards it
	// runs and the leases it holds; nil leaves "instance" out. (Give the
	// same function to Metrics.ReportInstance for /metrics.)
	Instance func(ctx context.Context) (Instance, error)
	// Metrics is served on /metrics and counts requests; nil means a new
	// one reading Store (whose poll, delivery and command measurements
	// then stay empty: pass the one given to the rest of the service).
	Metrics *Metrics
}

// Health is the state of the service that only main knows.
type Health struct {
	Mode             string // "discord" or "console"
	DiscordConnected bool
	LastPoll         time.Time // the last successful poll of any source; zero: none yet
}

// The health modes.
const (
	ModeDiscord = "discord"
	ModeConsole = "console"
)

// server holds what the handlers share.
type server struct {
	store      Store
	publicURL  string
	publicName string
	health     func() Health
	instance   func(ctx context.Context) (Instance, error)
	now        func() time.Time
	log        *slog.Logger
	metrics    *Metrics
	charts     chartCache
}

// New returns the dashboard's handler: the pages (/, /m/{metric},
// /f/{id}, /s/{hash}), the exports (/export/figures.csv and .jsonl), the
// chart (/m/{metric}/chart.png), the Atom feeds (/feed.xml,
// /m/{metric}/feed.xml), /api/standings.json, /healthz, /metrics and the
// stylesheet, behind security headers and a GET/HEAD-only method check.
// Without a store every request gets a 500
// page and the problem is logged.
func New(o Options) http.Handler {
	s := &server{
		store:      o.Store,
		publicURL:  strings.TrimRight(strings.TrimSpace(o.PublicURL), "/"),
		publicName: strings.TrimSpace(o.PublicName),
		health:     o.Health,
		instance:   o.Instance,
		now:        o.Now,
		log:        o.Logger,
		metrics:    o.Metrics,
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.publicName == "" {
		s.publicName = DefaultPublicName
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.health == nil {
		s.health = func() Health { return Health{Mode: ModeConsole} }
	}
	if s.store == nil {
		s.log.Error("web: no store configured; every request fails")
		return securityHeaders(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.renderError(w, r, http.StatusInternalServerError, "The dashboard has no data store configured.")
		}))
	}
	if s.metrics == nil {
		s.metrics = NewMetrics(s.store).WithLogger(s.log)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleIndex)
	mux.HandleFunc("GET /m/{metric}", s.handleMetric)
	mux.HandleFunc("GET /m/{metric}/chart.png", s.handleChart)
	mux.HandleFunc("GET /m/{metric}/feed.xml", s.handleMetricFeed)
	mux.HandleFunc("GET /feed.xml", s.handleFeed)
	mux.HandleFunc("GET /f/{id}", s.handleFigure)
	mux.HandleFunc("GET /s/{hash}", s.handleSnapshot)
	mux.HandleFunc("GET /export/figures.csv", s.handleExport(report.ExportCSV))
	mux.HandleFunc("GET /export/figures.jsonl", s.handleExport(report.ExportJSONL))
	mux.HandleFunc("GET /api/standings.json", s.handleStandingsJSON)
	mux.HandleFunc("GET /healthz", s.handleHealthz)
	mux.Handle("GET /metrics", s.metrics.Handler())
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	return securityHeaders(s.recoverPanics(onlyGetAndHead(s.metrics.instrument(mux))))
}

// NewServer returns an HTTP server for h on addr with timeouts that suit a
// read-only dashboard: slow or idle clients are cut off instead of holding
// connections.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second, // a chart can take a moment on a busy machine
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
}

// contentSecurityPolicy allows only this site's stylesheet and images; the
// pages have no scripts.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}

// onlyGetAndHead answers 405 to every other method: the dashboard changes
// nothing.
func onlyGetAndHead(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed: this site is read-only (GET and HEAD)", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into a logged 500 page instead
// of a dropped connection.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("web: panic while serving", "path", r.URL.Path, "panic", fmt.Sprint(v))
				s.renderError(w, r, http.StatusInternalServerError, "Something went wrong on our side.")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// fail answers a store error: 404 for NotFound, 400 for Invalid, and a 500
// that hides the detail (logged) for anything else.
func (s *server) fail(w http.ResponseWriter, r *http.Request, what string, err error) {
	switch tracker.ErrorCode(err) {
	case tracker.NotFound:
		s.renderError(w, r, http.StatusNotFound, tracker.ErrorMessage(err))
	case tracker.Invalid:
		s.renderError(w, r, http.StatusBadRequest, tracker.ErrorMessage(err))
	default:
		if r.Context().Err() != nil {
			s.log.Info("web: request ended early", "path", r.URL.Path, "what", what, "err", err)
		} else {
			s.log.Error("web: "+what, "path", r.URL.Path, "err", err)
		}
		s.renderError(w, r, http.StatusInternalServerError, "Something went wrong on our side; it has been logged.")
	}
}

// writeBody writes a fully rendered body with its type and status.
func writeBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// renderPage executes a page template into a buffer first, so a template
// error never sends half a page.
func (s *server) renderPage(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := pages[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("web: render page", "page", name, "path", r.URL.Path, "err", err)
		writeBody(w, http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error\n"))
		return
	}
	if status == http.StatusOK {
		w.Header().Set("Cache-Control", "no-cache")
	}
	writeBody(w, status, "text/html; charset=utf-8", buf.Bytes())
}

func (s *server) renderError(w http.ResponseWriter, r *http.Request, status int, message string) {
	s.renderPage(w, r, status, "error", page{
		Title:   http.StatusText(status),
		Content: errorView{Status: status, StatusText: http.StatusText(status), Message: message},
	})
}

// absolute returns path prefixed with the public URL, or "" when none is
// set.
func (s *server) absolute(path string) string {
	if s.publicURL == "" {
		return ""
	}
	return s.publicURL + path
}
