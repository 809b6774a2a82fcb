package sources

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// maxRetryAfter caps how long a server's Retry-After can hold back a host.
const maxRetryAfter = 24 * time.Hour

// pruneAt is the number of remembered hosts above which stale entries are
// dropped.
const pruneAt = 1024

// hostSpacer hands out request slots so that two requests to one host are
// at least gap apart, and remembers hosts that asked to be left alone
// (Retry-After) until when. It is safe for concurrent use.
type hostSpacer struct {
	gap  time.Duration
	now  func() time.Time
	mu   sync.Mutex
	next map[string]time.Time // the earliest time of the next request to a host
	cool map[string]time.Time // a host's Retry-After ends at this time
}

func newHostSpacer(gap time.Duration, now func() time.Time) *hostSpacer {
	return &hostSpacer{gap: gap, now: now, next: map[string]time.Time{}, cool: map[string]time.Time{}}
}

// wait reserves the next free slot for host and sleeps until it comes. It
// returns the context's error if the context ends first (the slot is then
// lost, which only makes the next request wait a little longer).
func (s *hostSpacer) wait(ctx context.Context, host string) error {
	if s.gap <= 0 {
		return nil
	}
	s.mu.Lock()
	now := s.now()
	slot := s.next[host]
	if slot.Before(now) {
		slot = now
	}
	s.next[host] = slot.Add(s.gap)
	s.pruneLocked(now)
	s.mu.Unlock()
	return sleepCtx(ctx, slot.Sub(now))
}

// touch records a request to host that did not wait for its slot (a
// redirect hop inside a fetch), so the next request to that host waits.
func (s *hostSpacer) touch(host string) {
	if s.gap <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := s.now().Add(s.gap); s.next[host].Before(n) {
		s.next[host] = n
	}
}

// coolDown holds back every request to host for d (capped at
// maxRetryAfter).
func (s *hostSpacer) coolDown(host string, d time.Duration) {
	if d <= 0 {
		return
	}
	d = min(d, maxRetryAfter)
	s.mu.Lock()
	defer s.mu.Unlock()
	if until := s.now().Add(d); s.cool[host].Before(until) {
		s.cool[host] = until
	}
}

// coolingFor returns how long host still asked to be left alone, or 0.
func (s *hostSpacer) coolingFor(host string) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	until, ok := s.cool[host]
	if !ok {
		return 0
	}
	d := until.Sub(s.now())
	if d <= 0 {
		delete(s.cool, host)
		return 0
	}
	return d
}

func (s *hostSpacer) pruneLocked(now time.Time) {
	if len(s.next) <= pruneAt {
		return
	}
	for h, t := range s.next {
		if t.Before(now) {
			delete(s.next, h)
		}
	}
}

// parseRetryAfter reads a Retry-After header: a number of seconds or an
// HTTP date. It returns 0 for an absent, malformed or past value, and at
// most maxRetryAfter.
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), maxRetryAfter)
}
