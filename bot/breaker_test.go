package bot

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

// TestBreakerStopsRefusedRequests sends 50 requests to a server that
// refuses every one with the given status: with a limit of 10 only 10 reach
// it; the rest fail at once with a CircuitOpenError. Statuses Discord does
// not count (404, shared 429s) never open it.
func TestBreakerStopsRefusedRequests(t *testing.T) {
	tests := []struct {
		name     string
		status   int
		scope    string
		wantSent int32
	}{
		{"401", http.StatusUnauthorized, "", 10},
		{"403", http.StatusForbidden, "", 10},
		{"429", http.StatusTooManyRequests, "user", 10},
		{"shared 429", http.StatusTooManyRequests, "shared", 50},
		{"404", http.StatusNotFound, "", 50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sent atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				sent.Add(1)
				if tc.scope != "" {
					w.Header().Set("X-RateLimit-Scope", tc.scope)
				}
				w.WriteHeader(tc.status)
			}))
			defer srv.Close()
			origin, _ := url.Parse(srv.URL)
			c := newHTTPClient(origin, 5*time.Second, newBreaker(10, time.Minute))
			open := 0
			for range 50 {
				resp, err := c.Get("https://discord.com/api/v9/channels/1/messages")
				var ce *CircuitOpenError
				switch {
				case errors.As(err, &ce):
					open++
					if ce.Wait <= 0 || ce.Wait > time.Minute {
						t.Errorf("wait = %s; want within the window", ce.Wait)
					}
				case err != nil:
					t.Fatal(err)
				default:
					resp.Body.Close()
				}
			}
			if got := sent.Load(); got != tc.wantSent {
				t.Errorf("requests sent = %d, want %d", got, tc.wantSent)
			}
			if got, want := open, 50-int(tc.wantSent); got != want {
				t.Errorf("refused by the breaker = %d, want %d", got, want)
			}
		})
	}
}

// TestBreakerClosesAfterTheWindow lets the window pass on a fake clock.
func TestBreakerClosesAfterTheWindow(t *testing.T) {
	now := time.Unix(1000, 0)
	b := newBreaker(2, time.Minute)
	b.now = func() time.Time { return now }
	refused := &http.Response{StatusCode: http.StatusForbidden, Header: http.Header{}}
	b.record(refused)
	now = now.Add(30 * time.Second)
	b.record(refused)
	if got, want := b.wait(), 30*time.Second; got != want {
		t.Fatalf("wait = %s, want %s", got, want)
	}
	now = now.Add(30 * time.Second)
	if got := b.wait(); got != 0 {
		t.Errorf("wait after the first left the window = %s, want 0", got)
	}
	if got, want := b.count(), 1; got != want {
		t.Errorf("count = %d, want %d", got, want)
	}
}
