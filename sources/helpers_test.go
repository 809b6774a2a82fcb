package sources

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// fakeNet resolves made-up host names to made-up addresses and connects
// those addresses to loopback, so that tests can look like the public
// internet without leaving the machine. Its dialer refuses (and fails the
// test on) any address that is not loopback after remapping.
type fakeNet struct {
	t     *testing.T
	hosts map[string][]netip.Addr // host name → what it "resolves" to
	remap map[netip.Addr]netip.Addr
	mu    sync.Mutex
	dials []string // addresses asked of the dialer, before remapping
}

func newFakeNet(t *testing.T) *fakeNet {
	return &fakeNet{t: t, hosts: map[string][]netip.Addr{
		"localhost": {netip.MustParseAddr("127.0.0.1")},
	}, remap: map[netip.Addr]netip.Addr{}}
}

// public makes name resolve to a public-looking address that in fact
// reaches the loopback server.
func (n *fakeNet) public(name, addr string) {
	a := netip.MustParseAddr(addr)
	n.hosts[name] = append(n.hosts[name], a)
	n.remap[a] = netip.MustParseAddr("127.0.0.1")
}

func (n *fakeNet) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if a, ok := n.hosts[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func (n *fakeNet) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	n.dials = append(n.dials, addr)
	n.mu.Unlock()
	ap, err := netip.ParseAddrPort(addr)
	if err != nil {
		n.t.Errorf("test dialer: bad address %q", addr)
		return nil, err
	}
	if to, ok := n.remap[ap.Addr()]; ok {
		ap = netip.AddrPortFrom(to, ap.Port())
	}
	if !ap.Addr().IsLoopback() {
		n.t.Errorf("test dialer asked to leave loopback: %s", addr)
		return nil, errors.New("test dialer: not a loopback address")
	}
	d := net.Dialer{Timeout: 2 * time.Second}
	return d.DialContext(ctx, network, ap.String())
}

func (n *fakeNet) dialed() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.dials...)
}

// newTestFetcher returns a Fetcher on the fake network, quiet, with no host
// spacing unless o asks for it.
func newTestFetcher(t *testing.T, n *fakeNet, o FetchOptions) *Fetcher {
	t.Helper()
	if n == nil {
		n = newFakeNet(t)
	}
	o.Resolver = n
	o.Dial = n.Dial
	if o.HostSpacing == 0 {
		o.HostSpacing = NoHostSpacing
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	f := NewFetcher(o)
	t.Cleanup(f.CloseIdleConnections)
	return f
}

// hit is one request a test server saw.
type hit struct {
	Path   string
	Header http.Header
	At     time.Time
}

// recorder is a test server that records its requests.
type recorder struct {
	*httptest.Server
	mu   sync.Mutex
	hits []hit
}

func newRecorder(t *testing.T, h http.Handler) *recorder {
	t.Helper()
	r := &recorder{}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		r.hits = append(r.hits, hit{Path: req.URL.Path, Header: req.Header.Clone(), At: time.Now()})
		r.mu.Unlock()
		h.ServeHTTP(w, req)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *recorder) seen() []hit {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]hit(nil), r.hits...)
}

func (r *recorder) paths() []string {
	var out []string
	for _, h := range r.seen() {
		out = append(out, h.Path)
	}
	return out
}

// port returns the server's port.
func (r *recorder) port() uint16 {
	return netip.MustParseAddrPort(r.Listener.Addr().String()).Port()
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func fetchErr(t *testing.T, err error) *FetchError {
	t.Helper()
	var fe *FetchError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) is not a *FetchError", err, err)
	}
	return fe
}

func mustFetch(t *testing.T, f *Fetcher, r Request) Response {
	t.Helper()
	resp, err := f.Fetch(context.Background(), r)
	if err != nil {
		t.Fatalf("Fetch(%s): %v", r.URL, err)
	}
	return resp
}

func urlOf(s *recorder, path string) string { return fmt.Sprintf("%s%s", s.URL, path) }
