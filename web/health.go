package web

import (
	"context"
	"net/http"
	"time"
)

// healthJSON is the /healthz document.
type healthJSON struct {
	Status             string  `json:"status"` // "ok" or "unhealthy"
	Store              string  `json:"store"`  // "ok" or the error
	Mode               string  `json:"mode"`
	DiscordConnected   bool    `json:"discord_connected"`
	LastSuccessfulPoll *string `json:"last_successful_poll"` // RFC 3339, null before the first
	OutboxPending      *int    `json:"outbox_pending"`       // null when the store does not answer
	// Instance is this process: its id, shards and leases (absent when
	// the service does not say).
	Instance *instanceJSON `json:"instance,omitempty"`
}

// healthTimeout bounds the store checks of one /healthz request.
const healthTimeout = 3 * time.Second

// handleHealthz reports whether the service works: 200 when the store
// answers and, in Discord mode, the gateway is connected; 503 otherwise. A
// service that has not polled yet is healthy.
func (s *server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
	defer cancel()
	h := s.health()
	doc := healthJSON{Status: "ok", Store: "ok", Mode: h.Mode, DiscordConnected: h.DiscordConnected}
	if doc.Mode == "" {
		doc.Mode = ModeConsole
	}
	healthy := true
	if err := s.store.Ping(ctx); err != nil {
		healthy = false
		// The store's error may name paths or settings: only the log has it.
		s.log.Warn("web: healthz: the store does not answer", "err", err)
		doc.Store = "unavailable"
	} else {
		if st, err := s.store.OutboxStats(ctx); err == nil {
			doc.OutboxPending = &st.Pending
		} else {
			s.log.Warn("web: healthz outbox stats", "err", err)
		}
		if h.LastPoll.IsZero() {
			h.LastPoll = s.lastSuccessfulPoll(ctx)
		}
	}
	if s.instance != nil {
		in, err := s.instance(ctx)
		if err != nil {
			// Counted as "unknown", never as a failure of the service.
			s.log.Warn("web: healthz instance", "err", err)
		}
		doc.Instance = newInstanceJSON(in)
	}
	if doc.Mode == ModeDiscord && !h.DiscordConnected {
		healthy = false
	}
	if !h.LastPoll.IsZero() {
		t := h.LastPoll.UTC().Format(time.RFC3339)
		doc.LastSuccessfulPoll = &t
	}
	status := http.StatusOK
	if !healthy {
		doc.Status = "unhealthy"
		status = http.StatusServiceUnavailable
	}
	w.Header().Set("Cache-Control", "no-store")
	s.writeJSON(w, r, status, doc)
}

// lastSuccessfulPoll is the newest LastSuccess of any source, read from the
// store when main did not say; zero when unknown.
func (s *server) lastSuccessfulPoll(ctx context.Context) time.Time {
	last, err := s.store.LastSuccess(ctx)
	if err != nil {
		s.log.Warn("web: healthz last successful poll", "err", err)
		return time.Time{}
	}
	return last
}
