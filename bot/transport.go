package bot

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// DefaultAPIURL is the origin of Discord's REST API.
const DefaultAPIURL = "https://discord.com"

// discordHost is the host discordgo builds every REST URL with.
const discordHost = "discord.com"

// parseAPIURL checks an API origin ("https://discord.com", a REST proxy or a
// test double such as "http://127.0.0.1:8080"). It returns an error naming
// the value when it is not an absolute http(s) URL without query.
func parseAPIURL(raw string) (*url.URL, error) {
	if strings.TrimSpace(raw) == "" {
		raw = DefaultAPIURL
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("bot: API URL %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("bot: API URL %q: want an origin such as %s", raw, DefaultAPIURL)
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// originTransport sends every request discordgo makes to discord.com to
// another origin instead, keeping the path (/api/v9/...), query, method,
// headers and body. Requests to other hosts pass through unchanged.
type originTransport struct {
	origin *url.URL
	base   http.RoundTripper
}

// RoundTrip rewrites the request's scheme and host (and prefixes the
// origin's path, if any) and sends it with the base transport.
func (t *originTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !strings.EqualFold(req.URL.Hostname(), discordHost) {
		return t.base.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	r.URL.Scheme = t.origin.Scheme
	r.URL.Host = t.origin.Host
	r.Host = t.origin.Host
	if t.origin.Path != "" {
		r.URL.Path = t.origin.Path + r.URL.Path
		r.URL.RawPath = ""
	}
	return t.base.RoundTrip(r)
}

// newHTTPClient returns the client the session uses for REST: requests go
// to origin through the breaker, and none takes longer than timeout.
func newHTTPClient(origin *url.URL, timeout time.Duration, b *breaker) *http.Client {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = 16
	return &http.Client{Transport: &breakerTransport{b: b, base: &originTransport{origin: origin, base: base}}, Timeout: timeout}
}

// connTracker dials the gateway's TCP connections and remembers the latest,
// so that an Open stuck waiting for HELLO or READY can be cut short: abort
// closes the connection (which fails the pending read) and refuses new
// dials until reset.
type connTracker struct {
	dialer net.Dialer

	mu      sync.Mutex
	conn    net.Conn
	aborted bool
}

var errDialAborted = errors.New("bot: gateway connection attempt aborted")

// DialContext is the websocket dialer's NetDialContext.
func (t *connTracker) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	t.mu.Lock()
	aborted := t.aborted
	t.mu.Unlock()
	if aborted {
		return nil, errDialAborted
	}
	c, err := t.dialer.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.aborted {
		c.Close()
		return nil, errDialAborted
	}
	t.conn = c
	return c, nil
}

// abort closes the latest connection and refuses dials until reset.
func (t *connTracker) abort() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.aborted = true
	if t.conn != nil {
		t.conn.Close()
		t.conn = nil
	}
}

// reset allows dials again.
func (t *connTracker) reset() {
	t.mu.Lock()
	t.aborted = false
	t.mu.Unlock()
}
