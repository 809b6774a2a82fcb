package sources

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// The defaults of FetchOptions.
const (
	DefaultTimeout      = 15 * time.Second
	DefaultMaxBody      = 10 << 20 // 10 MiB
	DefaultMaxRedirects = 5
	DefaultHostSpacing  = 250 * time.Millisecond
	// NoHostSpacing, as FetchOptions.HostSpacing, turns host spacing off
	// (benchmarks, tests): a zero HostSpacing means the default.
	NoHostSpacing time.Duration = -1
)

// UserAgent is the User-Agent of gapwatch at version: "gapwatch/VERSION
// (+https://github.com/gapwatch/gapwatch)".
func UserAgent(version string) string {
	return "gapwatch/" + version + " (+https://github.com/gapwatch/gapwatch)"
}

// FetchOptions configures a Fetcher. Zero fields take the defaults.
type FetchOptions struct {
	// Timeout bounds one fetch from the first byte sent to the last byte of
	// the body read, redirects included (default 15 s). The wait for a
	// host's turn (HostSpacing) is not counted.
	Timeout time.Duration
	// MaxBody is the largest body accepted, after gzip (default 10 MiB).
	MaxBody int64
	// MaxRedirects is how many redirects are followed (default 5; negative:
	// none).
	MaxRedirects int
	// UserAgent names the client in every request (default UserAgent("dev")).
	UserAgent string
	// HostSpacing is the least time between the starts of two fetches to
	// one host name (default 250 ms; NoHostSpacing or any negative value: no
	// spacing, for benchmarks and tests). Fetches to one host queue up in
	// the order they asked; a redirect hop inside a fetch does not wait but
	// counts as a request to its host.
	HostSpacing time.Duration
	// Turns, when set, spaces hosts and keeps their Retry-After across
	// every fetcher sharing it (the instances of one PostgreSQL database):
	// a fetch takes the host's turn there, one round trip, instead of in
	// this process. When Turns fails, the fetcher logs it and falls back to
	// its own spacing for that fetch. Nil: spacing within this process.
	Turns SharedTurns
	// Logger receives one debug record per fetch and an info record when a
	// host asks to wait; default slog.Default().
	Logger *slog.Logger

	// Resolver looks up host names (default net.DefaultResolver). Tests set
	// it to make up public-looking names.
	Resolver Resolver
	// Dial connects to an address the guard accepted (default a
	// net.Dialer with a 10 s connect timeout and keep-alive). Tests set it
	// to reach loopback servers through made-up public addresses.
	Dial DialFunc
}

// Fetcher fetches sources politely over one shared keep-alive client (two,
// in fact: one whose dialer enforces the address guard and one for sources
// with allow_private). It is safe for concurrent use; create one with
// NewFetcher and share it.
type Fetcher struct {
	opts    FetchOptions
	guarded *http.Client
	open    *http.Client // for sources with AllowPrivate
	spacer  *hostSpacer
	shared  SharedTurns // nil: spacing in this process only
	log     *slog.Logger
	now     func() time.Time
	accept  string
}

// Request is one fetch: the source, its URL and the validators kept from
// its last successful fetch.
type Request struct {
	SourceID     string
	URL          string
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
	AllowPrivate bool   // lift the address guard (loopback, private, link-local, metadata…) for this source
}

// Response is a fetched page, or the news that it did not change.
type Response struct {
	NotModified  bool // the server answered 304: Body is empty, the validators are those to keep
	StatusCode   int
	Body         []byte // decoded to UTF-8
	ContentType  string
	ETag         string
	LastModified string
	FinalURL     string // after redirects
	ContentHash  string // sha256 hex of Body; empty when NotModified
	Charset      string // the character set Body was decoded from ("utf-8", "windows-1252", …)
	Fetched      time.Time
}

var (
	errTooManyRedirects = errors.New("too many redirects")
	errBadScheme        = errors.New("scheme is not http or https")
)

// NewFetcher returns a Fetcher with o's settings (defaults for zero
// fields).
func NewFetcher(o FetchOptions) *Fetcher {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent("dev")
	}
	if o.HostSpacing == 0 {
		o.HostSpacing = DefaultHostSpacing
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Resolver == nil {
		o.Resolver = net.DefaultResolver
	}
	if o.Dial == nil {
		d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
		o.Dial = d.DialContext
	}
	f := &Fetcher{
		opts:   o,
		spacer: newHostSpacer(o.HostSpacing, time.Now),
		shared: o.Turns,
		log:    o.Logger,
		now:    time.Now,
		accept: "application/rss+xml, application/atom+xml, application/feed+json, application/json, " +
			"text/csv, text/html;q=0.9, application/xhtml+xml;q=0.9, application/xml;q=0.8, text/plain;q=0.8, */*;q=0.5",
	}
	f.guarded = f.newClient(&guardedDialer{resolver: o.Resolver, dial: o.Dial})
	f.open = f.newClient(&guardedDialer{resolver: o.Resolver, dial: o.Dial, allowPrivate: true})
	return f
}

func (f *Fetcher) newClient(d *guardedDialer) *http.Client {
	t := &http.Transport{
		Proxy:                 nil, // the guard must judge the real destination
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: f.opts.Timeout,
		DisableCompression:    true, // gzip is asked for and decoded in Fetch, under the body limit
	}
	return &http.Client{
		Transport: t,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.opts.MaxRedirects {
				return fmt.Errorf("%w: stopped after %d", errTooManyRedirects, max(f.opts.MaxRedirects, 0))
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %q URL: %w", req.URL.Scheme, errBadScheme)
			}
			f.touch(req.Context(), hostKey(req.URL))
			return nil
		},
	}
}

// CloseIdleConnections closes the kept-alive connections that are idle.
func (f *Fetcher) CloseIdleConnections() {
	f.guarded.CloseIdleConnections()
	f.open.CloseIdleConnections()
}

// Fetch gets r.URL with a conditional GET, following redirects, and returns
// the body decoded to UTF-8. A 304 answer is a success with NotModified
// set. Every failure is a *FetchError saying its kind; when the server
// answered, the Response still carries StatusCode, ContentType and
// FinalURL. Fetch waits for the host's turn (HostSpacing) first and does not
// send anything to a host that asked to wait (Retry-After) until that wait
// is over.
func (f *Fetcher) Fetch(ctx context.Context, r Request) (Response, error) {
	start := f.now()
	resp, err := f.fetch(ctx, r)
	if !f.log.Enabled(ctx, slog.LevelDebug) {
		return resp, err
	}
	attrs := []slog.Attr{slog.String("source_id", r.SourceID), slog.String("url", redactURL(r.URL)),
		slog.Int("status", resp.StatusCode), slog.Duration("elapsed", f.now().Sub(start))}
	if err != nil {
		var fe *FetchError
		if errors.As(err, &fe) {
			attrs = append(attrs, slog.String("kind", fe.Kind))
		}
		f.log.LogAttrs(ctx, slog.LevelDebug, "fetch failed", append(attrs, slog.String("error", err.Error()))...)
		return resp, err
	}
	f.log.LogAttrs(ctx, slog.LevelDebug, "fetched", append(attrs,
		slog.Bool("not_modified", resp.NotModified), slog.Int("bytes", len(resp.Body)))...)
	return resp, nil
}

func (f *Fetcher) fetch(ctx context.Context, r Request) (Response, error) {
	fail := func(kind string, err error) *FetchError {
		return &FetchError{SourceID: r.SourceID, URL: redactURL(r.URL), Kind: kind, Err: err}
	}
	u, err := url.Parse(r.URL)
	if err != nil {
		return Response{}, fail(KindBadURL, errors.New("the URL does not parse"))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return Response{}, fail(KindBadURL, fmt.Errorf("%q: %w", u.Scheme, errBadScheme))
	}
	if u.Host == "" {
		return Response{}, fail(KindBadURL, errors.New("the URL has no host"))
	}
	host := hostKey(u)
	if wait, err := f.waitTurn(ctx, host); wait > 0 {
		fe := fail(KindRateLimited, fmt.Errorf("%s asked to wait", host))
		fe.RetryAfter = wait
		return Response{}, fe
	} else if err != nil {
		return Response{}, fail(KindCanceled, err)
	}

	tctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(tctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Response{}, fail(KindBadURL, errors.New("the URL makes no request"))
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", f.accept)
	req.Header.Set("Accept-Encoding", "gzip")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	client := f.guarded
	if r.AllowPrivate {
		client = f.open
	}
	hr, err := client.Do(req)
	if err != nil {
		return Response{}, f.classify(ctx, tctx, fail, err)
	}
	defer hr.Body.Close()

	out := Response{
		StatusCode:   hr.StatusCode,
		ContentType:  hr.Header.Get("Content-Type"),
		ETag:         hr.Header.Get("ETag"),
		LastModified: hr.Header.Get("Last-Modified"),
		FinalURL:     hr.Request.URL.String(),
	}
	switch {
	case hr.StatusCode == http.StatusNotModified:
		drain(hr.Body)
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = r.ETag
		}
		if out.LastModified == "" {
			out.LastModified = r.LastModified
		}
		out.Fetched = f.now()
		return out, nil
	case hr.StatusCode < 200 || hr.StatusCode > 299:
		drain(hr.Body)
		out.Fetched = f.now()
		fe := fail(KindStatus, fmt.Errorf("HTTP %s", statusText(hr)))
		fe.StatusCode = hr.StatusCode
		fe.RetryAfter = parseRetryAfter(hr.Header, out.Fetched)
		if fe.RetryAfter > 0 && (hr.StatusCode == http.StatusTooManyRequests || hr.StatusCode == http.StatusServiceUnavailable) {
			f.coolDown(ctx, hostKey(hr.Request.URL), fe.RetryAfter)
			f.log.LogAttrs(ctx, slog.LevelInfo, "host asked to wait",
				slog.String("source_id", r.SourceID), slog.String("host", hostKey(hr.Request.URL)),
				slog.Int("status", hr.StatusCode), slog.Duration("retry_after", fe.RetryAfter))
		}
		return out, fe
	}

	if hr.ContentLength > f.opts.MaxBody {
		return out, fail(KindTooLarge, fmt.Errorf("Content-Length %d is over the limit of %d bytes", hr.ContentLength, f.opts.MaxBody))
	}
	raw, kind, err := f.readBody(hr)
	if err != nil {
		if kind == KindNetwork {
			return out, f.classify(ctx, tctx, fail, err)
		}
		return out, fail(kind, err)
	}
	body, cs, err := decodeToUTF8Limited(raw, out.ContentType, f.opts.MaxBody)
	if errors.Is(err, errDecodedTooLarge) {
		return out, fail(KindTooLarge, err)
	}
	if err != nil {
		return out, fail(KindDecode, err)
	}
	sum := sha256.Sum256(body)
	out.Body = body
	out.Charset = cs
	out.ContentHash = hex.EncodeToString(sum[:])
	out.Fetched = f.now()
	return out, nil
}

// readBody reads the body, un-gzipping it if needed, up to MaxBody. On
// failure it says which kind of failure it was: network for the connection
// (including a body shorter than its Content-Length), decode for gzip,
// too_large for the limit.
func (f *Fetcher) readBody(hr *http.Response) ([]byte, string, error) {
	rec := &readErrRecorder{r: hr.Body}
	var rd io.Reader = rec
	switch enc := strings.ToLower(strings.TrimSpace(hr.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(rec)
		if err != nil {
			if rec.err != nil {
				return nil, KindNetwork, rec.err
			}
			return nil, KindDecode, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		rd = zr
	default:
		return nil, KindDecode, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	data, err := io.ReadAll(io.LimitReader(rd, f.opts.MaxBody+1))
	switch {
	case err != nil && rec.err != nil:
		return nil, KindNetwork, rec.err
	case err != nil:
		return nil, KindDecode, fmt.Errorf("gzip: %w", err)
	case int64(len(data)) > f.opts.MaxBody:
		return nil, KindTooLarge, fmt.Errorf("body is over the limit of %d bytes", f.opts.MaxBody)
	}
	return data, "", nil
}

// classify turns a transport error into a FetchError of the right kind.
func (f *Fetcher) classify(parent, tctx context.Context, fail func(string, error) *FetchError, err error) *FetchError {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its message repeats the full URL, which may hold secrets
	}
	var ae *AddressError
	var ne net.Error
	switch {
	case errors.As(err, &ae):
		return fail(KindBlockedAddress, ae)
	case errors.Is(err, errTooManyRedirects):
		return fail(KindRedirects, err)
	case errors.Is(err, errBadScheme):
		return fail(KindBadURL, err)
	case parent.Err() != nil && !errors.Is(parent.Err(), context.DeadlineExceeded):
		return fail(KindCanceled, parent.Err())
	case errors.Is(tctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return fail(KindTimeout, fmt.Errorf("no complete answer within %s: %w", f.opts.Timeout, err))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fail(KindNetwork, fmt.Errorf("the body ended before its announced length: %w", err))
	}
	return fail(KindNetwork, err)
}

// readErrRecorder remembers the first error other than io.EOF of the
// reader it wraps, to tell a broken connection from a broken gzip stream.
type readErrRecorder struct {
	r   io.Reader
	err error
}

func (e *readErrRecorder) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

// drain reads a little of an unwanted body so its connection can be
// reused.
func drain(r io.Reader) {
	_, _ = io.CopyN(io.Discard, r, 64<<10)
}

func statusText(hr *http.Response) string {
	if t := http.StatusText(hr.StatusCode); t != "" {
		return fmt.Sprintf("%d %s", hr.StatusCode, t)
	}
	return fmt.Sprint(hr.StatusCode)
}

// hostKey is the name under which a host is spaced and cooled down: the
// lower-cased host name without port.
func hostKey(u *url.URL) string {
	return strings.ToLower(u.Hostname())
}
