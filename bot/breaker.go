package bot

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Discord bans, for about an hour, an address that makes 10,000 invalid
// requests (answered 401, 403 or 429, except 429s of a shared rate limit)
// in 10 minutes, for every bot on it. The breaker keeps the bot far below.
const (
	// DefaultMaxInvalidRequests is the breaker's default limit per
	// InvalidRequestWindow: a tenth of Discord's.
	DefaultMaxInvalidRequests = 1000
	// InvalidRequestWindow is the window Discord counts invalid requests in.
	InvalidRequestWindow = 10 * time.Minute
)

// CircuitOpenError is returned, without any request sent, while the bot
// has had too many invalid requests in the last window. Wait is how long
// until the oldest of them leaves the window.
type CircuitOpenError struct {
	Wait time.Duration
}

// Error says why nothing was sent.
func (e *CircuitOpenError) Error() string {
	return fmt.Sprintf("bot: too many refused requests to Discord in the last %s; not sending for %s", InvalidRequestWindow, e.Wait.Round(time.Second))
}

// breaker counts invalid requests over a sliding window and opens (refuses
// to send) once limit of them are in it.
type breaker struct {
	limit  int
	window time.Duration
	now    func() time.Time

	mu   sync.Mutex
	hits []time.Time // times of the invalid answers in the window, oldest first
}

func newBreaker(limit int, window time.Duration) *breaker {
	return &breaker{limit: limit, window: window, now: time.Now}
}

// trimLocked drops the hits that left the window.
func (b *breaker) trimLocked(now time.Time) {
	i := 0
	for i < len(b.hits) && now.Sub(b.hits[i]) >= b.window {
		i++
	}
	if i > 0 {
		b.hits = append(b.hits[:0], b.hits[i:]...)
	}
}

// wait returns 0 when a request may go, else how long the breaker stays
// open.
func (b *breaker) wait() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	b.trimLocked(now)
	if len(b.hits) < b.limit {
		return 0
	}
	return max(b.hits[0].Add(b.window).Sub(now), time.Millisecond)
}

// record counts resp when Discord counts it as invalid.
func (b *breaker) record(resp *http.Response) {
	if !invalidRequest(resp) {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	b.trimLocked(now)
	b.hits = append(b.hits, now)
}

// count returns the invalid requests in the window.
func (b *breaker) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.trimLocked(b.now())
	return len(b.hits)
}

// invalidRequest reports whether Discord counts resp towards its
// invalid-request limit: 401, 403, and 429 unless the limit was shared.
func invalidRequest(resp *http.Response) bool {
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		return true
	case http.StatusTooManyRequests:
		return resp.Header.Get("X-RateLimit-Scope") != "shared"
	}
	return false
}

// breakerTransport refuses requests while the breaker is open and counts
// the invalid answers of the others.
type breakerTransport struct {
	b    *breaker
	base http.RoundTripper
}

// RoundTrip sends req unless the breaker is open.
func (t *breakerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if w := t.b.wait(); w > 0 {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, &CircuitOpenError{Wait: w}
	}
	resp, err := t.base.RoundTrip(req)
	if err == nil {
		t.b.record(resp)
	}
	return resp, err
}
