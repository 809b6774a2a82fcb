package discordtest

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// limiter implements Discord's REST limits with fixed windows: one global
// window of globalLimit requests per globalWindow, and one window per bucket
// key (route template + major parameter) of routeLimit per routeWindow. A
// window starts with the first request after the previous one ended.
type limiter struct {
	mu           sync.Mutex
	globalLimit  int
	globalWindow time.Duration
	global       window
	routeLimit   int
	routeWindow  time.Duration
	buckets      map[string]*window
}

type window struct {
	start time.Time
	count int
}

// rlState describes a bucket after a decision, for the X-RateLimit-* headers.
type rlState struct {
	limit      int
	remaining  int
	resetAt    time.Time
	bucket     string // X-RateLimit-Bucket
	limited    bool   // the request was refused
	global     bool   // refused by the global limit
	retryAfter time.Duration
}

func newLimiter(globalLimit int, globalWindow time.Duration, routeLimit int, routeWindow time.Duration) *limiter {
	return &limiter{
		globalLimit:  globalLimit,
		globalWindow: globalWindow,
		routeLimit:   routeLimit,
		routeWindow:  routeWindow,
		buckets:      map[string]*window{},
	}
}

// roll starts a new window when the old one is over.
func (w *window) roll(now time.Time, length time.Duration) {
	if w.start.IsZero() || !now.Before(w.start.Add(length)) {
		w.start = now
		w.count = 0
	}
}

// take counts one request against the global window (unless exempt) and the
// route bucket key. A refused request consumes nothing in the window that
// refused it; a request refused by its route still counts globally.
func (l *limiter) take(key, bucket string, globalExempt bool, now time.Time) rlState {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.bucketLocked(key, now)
	st := rlState{limit: l.routeLimit, bucket: bucket}
	if !globalExempt {
		l.global.roll(now, l.globalWindow)
		if l.global.count >= l.globalLimit {
			reset := l.global.start.Add(l.globalWindow)
			st.limited, st.global = true, true
			st.retryAfter = reset.Sub(now)
			st.remaining = max(l.routeLimit-b.count, 0)
			st.resetAt = reset
			return st
		}
		l.global.count++
	}
	reset := b.start.Add(l.routeWindow)
	st.resetAt = reset
	if b.count >= l.routeLimit {
		st.limited = true
		st.retryAfter = reset.Sub(now)
		return st
	}
	b.count++
	st.remaining = l.routeLimit - b.count
	return st
}

// peek describes a bucket without counting a request.
func (l *limiter) peek(key, bucket string, now time.Time) rlState {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.bucketLocked(key, now)
	return rlState{
		limit:     l.routeLimit,
		remaining: max(l.routeLimit-b.count, 0),
		resetAt:   b.start.Add(l.routeWindow),
		bucket:    bucket,
	}
}

func (l *limiter) bucketLocked(key string, now time.Time) *window {
	b := l.buckets[key]
	if b == nil {
		b = &window{}
		l.buckets[key] = b
	}
	b.roll(now, l.routeWindow)
	return b
}

// bucketHash is the opaque X-RateLimit-Bucket value of a route template.
func bucketHash(route string) string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(route))
	return fmt.Sprintf("%016x", h.Sum64())
}

// ceilSeconds renders d in seconds, rounded up to the millisecond plus one
// millisecond: discordgo truncates the fraction to whole milliseconds (and
// float error can cost one more), so an exact value would make it come back
// a hair early and earn a 429 it did nothing to deserve.
func ceilSeconds(d time.Duration) float64 {
	if d < 0 {
		d = 0
	}
	ms := math.Ceil(float64(d)/float64(time.Millisecond)) + 1
	return ms / 1000
}

// writeRateHeaders sets the X-RateLimit-* headers for st.
func writeRateHeaders(h http.Header, st rlState, now time.Time) {
	after := ceilSeconds(st.resetAt.Sub(now))
	if st.limited && st.global {
		after = ceilSeconds(st.retryAfter)
	}
	resetAt := float64(now.UnixMilli())/1000 + after
	h.Set("X-RateLimit-Limit", strconv.Itoa(st.limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(st.remaining))
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(resetAt, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(after, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", st.bucket)
}

// writeTooMany answers 429 for a refused request: headers (with
// X-RateLimit-Global and Scope), Retry-After in whole seconds, and the JSON
// body discordgo parses ({"message","retry_after","global"}).
func writeTooMany(w http.ResponseWriter, st rlState, scope string, now time.Time) {
	h := w.Header()
	writeRateHeaders(h, st, now)
	if st.global {
		h.Set("X-RateLimit-Global", "true")
	}
	h.Set("X-RateLimit-Scope", scope)
	retry := ceilSeconds(st.retryAfter)
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(retry))))
	h.Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusTooManyRequests)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"message":     "You are being rate limited.",
		"retry_after": retry,
		"global":      st.global,
	})
}
