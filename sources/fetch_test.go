package sources

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// fixtureServer serves the testdata pages with the content types a real
// site would send; /gz/ serves them gzip-encoded.
func fixtureServer(t *testing.T) *recorder {
	types := map[string]string{
		"article_en.html":     "text/html; charset=utf-8",
		"balance_es.html":     "text/html",
		"balance_latin1.html": "text/html", // the charset is only in the <meta>
		"feed_en.rss":         "application/rss+xml",
		"feed_es.atom":        "application/atom+xml; charset=utf-8",
		"feed.json":           "application/feed+json",
		"feed_latin1.rss":     "text/xml", // the charset is only in the XML declaration
		"figures.json":        "application/json",
		"figures.csv":         "text/csv",
		"cifras_es.csv":       "text/csv; charset=utf-8",
		"notes.txt":           "text/plain; charset=utf-8",
	}
	return newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, gz := strings.TrimPrefix(r.URL.Path, "/"), false
		if rest, ok := strings.CutPrefix(name, "gz/"); ok {
			name, gz = rest, true
		}
		ct, ok := types[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		body := fixture(t, name)
		w.Header().Set("Content-Type", ct)
		if gz {
			w.Header().Set("Content-Encoding", "gzip")
			body = gzipped(t, body)
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	}))
}

func TestFetchFixtures(t *testing.T) {
	srv := fixtureServer(t)
	f := newTestFetcher(t, nil, FetchOptions{})
	tests := []struct {
		path        string
		wantCharset string
		wantFormat  tracker.Format
		wantItems   int
		wantText    string // in the first item's text
	}{
		{"/article_en.html", "utf-8", tracker.FormatHTML, 1, "Foro Penal said on Friday that it had verified 56 releases"},
		{"/gz/article_en.html", "utf-8", tracker.FormatHTML, 1, "Foro Penal said on Friday that it had verified 56 releases"},
		{"/balance_es.html", "utf-8", tracker.FormatHTML, 1, "Presos políticos"},
		{"/balance_latin1.html", "windows-1252", tracker.FormatHTML, 1, "Excarcelaciones verificadas: 56"},
		{"/gz/balance_latin1.html", "windows-1252", tracker.FormatHTML, 1, "Informe sobre presos políticos"},
		{"/feed_en.rss", "utf-8", tracker.FormatRSS, 3, "verified 56 releases"},
		{"/feed_es.atom", "utf-8", tracker.FormatAtom, 2, "El Foro Penal verificó 56 excarcelaciones."},
		{"/feed.json", "utf-8", tracker.FormatRSS, 2, "Se confirmaron 56 excarcelaciones."},
		{"/feed_latin1.rss", "windows-1252", tracker.FormatRSS, 1, "Excarcelación de presos políticos"},
		{"/figures.json", "utf-8", tracker.FormatJSON, 1, `"released": 56`},
		{"/figures.csv", "utf-8", tracker.FormatCSV, 1, "2025-01-10,56,400"},
		{"/cifras_es.csv", "utf-8", tracker.FormatCSV, 1, "presos políticos"},
		{"/notes.txt", "utf-8", tracker.FormatText, 1, "Verified releases this week: 56"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp := mustFetch(t, f, Request{SourceID: "s", URL: urlOf(srv, tt.path), AllowPrivate: true})
			if got, want := resp.Charset, tt.wantCharset; got != want {
				t.Errorf("charset = %q, want %q", got, want)
			}
			sum := sha256.Sum256(resp.Body)
			if got, want := resp.ContentHash, hex.EncodeToString(sum[:]); got != want {
				t.Errorf("content hash = %s, want %s", got, want)
			}
			if got, want := resp.StatusCode, 200; got != want {
				t.Errorf("status = %d, want %d", got, want)
			}
			if got, want := resp.FinalURL, urlOf(srv, tt.path); got != want {
				t.Errorf("final URL = %q, want %q", got, want)
			}
			doc, err := Parse(tracker.FormatAuto, resp)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got, want := doc.Format, tt.wantFormat; got != want {
				t.Errorf("format = %q, want %q", got, want)
			}
			if got, want := len(doc.Items), tt.wantItems; got != want {
				t.Fatalf("items = %d, want %d", got, want)
			}
			if got := doc.Items[0].Text; !strings.Contains(got, tt.wantText) {
				t.Errorf("text %q does not contain %q", got, tt.wantText)
			}
		})
	}
	for _, h := range srv.seen() {
		ua := h.Header.Get("User-Agent")
		if want := "gapwatch/dev (+https://github.com/gapwatch/gapwatch)"; ua != want {
			t.Errorf("%s: User-Agent = %q, want %q", h.Path, ua, want)
		}
		if got := h.Header.Get("Accept-Encoding"); got != "gzip" {
			t.Errorf("%s: Accept-Encoding = %q, want gzip", h.Path, got)
		}
	}
}

func TestFetchLatin1IsUTF8(t *testing.T) {
	srv := fixtureServer(t)
	f := newTestFetcher(t, nil, FetchOptions{})
	resp := mustFetch(t, f, Request{URL: urlOf(srv, "/balance_latin1.html"), AllowPrivate: true})
	for _, want := range []string{"presos políticos", "Excarcelaciones verificadas: 56", "Página principal", "Según el gobierno"} {
		if !strings.Contains(string(resp.Body), want) {
			t.Errorf("decoded body does not contain %q", want)
		}
	}
}

func TestFetchConditional(t *testing.T) {
	const etag = `"rev-7"`
	const lastMod = "Fri, 10 Jan 2025 14:30:00 GMT"
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == etag {
				w.Header().Set("ETag", etag)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
		case "/lastmod":
			if r.Header.Get("If-Modified-Since") == lastMod {
				w.WriteHeader(http.StatusNotModified) // no validators repeated
				return
			}
			w.Header().Set("Last-Modified", lastMod)
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Verified releases: 56")
	}))
	f := newTestFetcher(t, nil, FetchOptions{})

	tests := []struct {
		path             string
		wantETag, wantLM string
		header, sent     string
	}{
		{"/etag", etag, "", "If-None-Match", etag},
		{"/lastmod", "", lastMod, "If-Modified-Since", lastMod},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			first := mustFetch(t, f, Request{URL: urlOf(srv, tt.path), AllowPrivate: true})
			if first.NotModified || first.ETag != tt.wantETag || first.LastModified != tt.wantLM {
				t.Fatalf("first fetch: not modified %v, etag %q, last-modified %q; want false, %q, %q",
					first.NotModified, first.ETag, first.LastModified, tt.wantETag, tt.wantLM)
			}
			second := mustFetch(t, f, Request{URL: urlOf(srv, tt.path), ETag: first.ETag, LastModified: first.LastModified, AllowPrivate: true})
			if !second.NotModified || second.StatusCode != 304 {
				t.Errorf("second fetch: not modified %v, status %d; want true, 304", second.NotModified, second.StatusCode)
			}
			if len(second.Body) != 0 || second.ContentHash != "" {
				t.Errorf("second fetch: body %q, hash %q; want none", second.Body, second.ContentHash)
			}
			if second.ETag != tt.wantETag || second.LastModified != tt.wantLM {
				t.Errorf("second fetch validators = %q, %q; want %q, %q", second.ETag, second.LastModified, tt.wantETag, tt.wantLM)
			}
			if !Unchanged(second, tracker.SourceState{}) {
				t.Error("Unchanged(304) = false, want true")
			}
			hits := srv.seen()
			if got := hits[len(hits)-1].Header.Get(tt.header); got != tt.sent {
				t.Errorf("%s sent = %q, want %q", tt.header, got, tt.sent)
			}
		})
	}
}

func TestUnchangedByHash(t *testing.T) {
	resp := Response{Body: []byte("x"), ContentHash: "abc"}
	tests := []struct {
		last tracker.SourceState
		want bool
	}{
		{tracker.SourceState{ContentHash: "abc"}, true},
		{tracker.SourceState{ContentHash: "def"}, false},
		{tracker.SourceState{}, false},
	}
	for _, tt := range tests {
		if got := Unchanged(resp, tt.last); got != tt.want {
			t.Errorf("Unchanged(hash abc, last %q) = %v, want %v", tt.last.ContentHash, got, tt.want)
		}
	}
}

func TestFetchFaults(t *testing.T) {
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/500":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/503":
			w.Header().Set("Retry-After", "120")
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/big":
			w.Header().Set("Content-Length", "4096")
			_, _ = w.Write(make([]byte, 4096))
		case "/big-chunked":
			for range 8 {
				_, _ = w.Write([]byte(strings.Repeat("a", 512)))
				w.(http.Flusher).Flush()
			}
		case "/big-gzip":
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(gzipped(t, make([]byte, 64<<10)))
		case "/latin1-grows":
			// 1,000 bytes sent, 2,000 in UTF-8: over the 1,024-byte limit
			// once decoded.
			w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
			_, _ = w.Write(bytes.Repeat([]byte{0xE9}, 1000))
		case "/truncated":
			conn, buf, err := w.(http.Hijacker).Hijack()
			if err != nil {
				t.Error(err)
				return
			}
			fmt.Fprint(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nVerified releases: 5")
			_ = buf.Flush()
			_ = conn.Close()
		case "/bad-gzip":
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write([]byte("this is not gzip at all"))
		case "/bad-gzip-tail":
			w.Header().Set("Content-Encoding", "gzip")
			z := gzipped(t, []byte(strings.Repeat("fifty-six ", 100)))
			_, _ = w.Write(z[:len(z)-6]) // checksum cut off
		case "/brotli":
			w.Header().Set("Content-Encoding", "br")
			_, _ = w.Write([]byte("whatever"))
		case "/429-date":
			w.Header().Set("Retry-After", time.Now().Add(90*time.Second).UTC().Format(http.TimeFormat))
			w.WriteHeader(http.StatusTooManyRequests)
		case "/slow-headers":
			<-r.Context().Done()
		case "/slow-body":
			w.Header().Set("Content-Length", "100")
			_, _ = w.Write([]byte("Verified: "))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		default:
			http.NotFound(w, r)
		}
	}))
	opts := FetchOptions{MaxBody: 1024, Timeout: 300 * time.Millisecond}

	tests := []struct {
		path           string
		wantKind       string
		wantStatus     int
		wantRetryAfter time.Duration
	}{
		{"/500", KindStatus, 500, 0},
		{"/503", KindStatus, 503, 120 * time.Second},
		{"/missing", KindStatus, 404, 0},
		{"/loop", KindRedirects, 0, 0},
		{"/to-file", KindBadURL, 0, 0},
		{"/big", KindTooLarge, 200, 0},
		{"/big-chunked", KindTooLarge, 200, 0},
		{"/big-gzip", KindTooLarge, 200, 0},
		{"/latin1-grows", KindTooLarge, 200, 0},
		{"/truncated", KindNetwork, 200, 0},
		{"/bad-gzip", KindDecode, 200, 0},
		{"/bad-gzip-tail", KindDecode, 200, 0},
		{"/brotli", KindDecode, 200, 0},
		{"/slow-headers", KindTimeout, 0, 0},
		{"/slow-body", KindTimeout, 200, 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			// A new Fetcher each time: a 503 with Retry-After holds back
			// the whole host for the Fetcher that saw it.
			f := newTestFetcher(t, nil, opts)
			resp, err := f.Fetch(context.Background(), Request{SourceID: "faulty", URL: urlOf(srv, tt.path), AllowPrivate: true})
			if err == nil {
				t.Fatalf("Fetch succeeded with %d bytes, want a %s error", len(resp.Body), tt.wantKind)
			}
			fe := fetchErr(t, err)
			if fe.Kind != tt.wantKind || fe.StatusCode != statusIfKindStatus(tt.wantKind, tt.wantStatus) || fe.RetryAfter != tt.wantRetryAfter {
				t.Errorf("error kind %q status %d retry %v (%v); want %q %d %v", fe.Kind, fe.StatusCode, fe.RetryAfter, err,
					tt.wantKind, statusIfKindStatus(tt.wantKind, tt.wantStatus), tt.wantRetryAfter)
			}
			if got, want := resp.StatusCode, tt.wantStatus; got != want {
				t.Errorf("response status = %d, want %d", got, want)
			}
			if msg := err.Error(); !strings.Contains(msg, "faulty") || !strings.Contains(msg, tt.path) || !strings.Contains(msg, tt.wantKind) {
				t.Errorf("error %q does not name the source, the path and the kind", msg)
			}
		})
	}
	if got, want := countPath(srv, "/loop"), DefaultMaxRedirects+1; got != want {
		t.Errorf("redirect loop requests = %d, want %d", got, want)
	}

	t.Run("429 with an HTTP date, then the host is left alone", func(t *testing.T) {
		f := newTestFetcher(t, nil, opts)
		_, err := f.Fetch(context.Background(), Request{URL: urlOf(srv, "/429-date"), AllowPrivate: true})
		fe := fetchErr(t, err)
		if fe.Kind != KindStatus || fe.StatusCode != 429 || fe.RetryAfter < 80*time.Second || fe.RetryAfter > 90*time.Second {
			t.Fatalf("error %v: kind %q status %d retry %v; want status 429 retry about 90s", err, fe.Kind, fe.StatusCode, fe.RetryAfter)
		}
		before := len(srv.seen())
		_, err = f.Fetch(context.Background(), Request{URL: urlOf(srv, "/500"), AllowPrivate: true})
		fe = fetchErr(t, err)
		if fe.Kind != KindRateLimited || fe.RetryAfter <= 0 || fe.RetryAfter > 90*time.Second {
			t.Errorf("fetch during Retry-After: kind %q retry %v (%v), want rate_limited with the rest of the wait", fe.Kind, fe.RetryAfter, err)
		}
		if got := len(srv.seen()); got != before {
			t.Errorf("the host got %d requests during its Retry-After, want none", got-before)
		}
	})
}

func statusIfKindStatus(kind string, status int) int {
	if kind == KindStatus {
		return status
	}
	return 0
}

func countPath(r *recorder, path string) int {
	n := 0
	for _, p := range r.paths() {
		if p == path {
			n++
		}
	}
	return n
}

func TestFetchRedirectChain(t *testing.T) {
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, "arrived")
	}))
	f := newTestFetcher(t, nil, FetchOptions{})
	tests := []struct {
		hops     int
		wantKind string
	}{
		{0, ""},
		{DefaultMaxRedirects, ""},
		{DefaultMaxRedirects + 1, KindRedirects},
	}
	for _, tt := range tests {
		resp, err := f.Fetch(context.Background(), Request{URL: urlOf(srv, fmt.Sprintf("/hop/%d", tt.hops)), AllowPrivate: true})
		switch {
		case tt.wantKind == "" && err != nil:
			t.Errorf("%d hops: %v", tt.hops, err)
		case tt.wantKind == "" && resp.FinalURL != urlOf(srv, "/hop/0"):
			t.Errorf("%d hops: final URL %q, want %q", tt.hops, resp.FinalURL, urlOf(srv, "/hop/0"))
		case tt.wantKind != "" && (err == nil || fetchErr(t, err).Kind != tt.wantKind):
			t.Errorf("%d hops: error %v, want kind %s", tt.hops, err, tt.wantKind)
		}
	}
}

func TestFetchBadRequests(t *testing.T) {
	srv := newRecorder(t, http.NotFoundHandler())
	closed := newRecorder(t, http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	f := newTestFetcher(t, nil, FetchOptions{})
	canceled, cancel := context.WithCancel(context.Background())
	cancel()

	tests := []struct {
		name     string
		ctx      context.Context
		url      string
		wantKind string
	}{
		{"ftp scheme", context.Background(), "ftp://example.org/file", KindBadURL},
		{"file scheme", context.Background(), "file:///etc/passwd", KindBadURL},
		{"no host", context.Background(), "http:///path", KindBadURL},
		{"unparsable", context.Background(), "http://exa mple.org/%zz", KindBadURL},
		{"unknown host", context.Background(), "http://no-such-host.invalid/", KindNetwork},
		{"connection refused", context.Background(), closedURL + "/", KindNetwork},
		{"canceled", canceled, srv.URL + "/", KindCanceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.Fetch(tt.ctx, Request{URL: tt.url, AllowPrivate: true})
			if err == nil {
				t.Fatal("Fetch succeeded")
			}
			if got := fetchErr(t, err).Kind; got != tt.wantKind {
				t.Errorf("kind = %q (%v), want %q", got, err, tt.wantKind)
			}
		})
	}
}

func TestFetchErrorRedactsSecrets(t *testing.T) {
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no", http.StatusForbidden)
	}))
	f := newTestFetcher(t, nil, FetchOptions{})
	u := strings.Replace(srv.URL, "http://", "http://user:hunter2@", 1) + "/data?token=s3cret"
	_, err := f.Fetch(context.Background(), Request{URL: u, AllowPrivate: true})
	if err == nil {
		t.Fatal("Fetch succeeded")
	}
	for _, secret := range []string{"hunter2", "s3cret", "user:"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error %q shows %q", err, secret)
		}
	}
	if !strings.Contains(err.Error(), "/data?…") {
		t.Errorf("error %q does not say where", err)
	}
}

// TestHostSpacing checks, with the times the server saw the requests, that
// requests to one host are at least HostSpacing apart even when asked for
// at once.
func TestHostSpacing(t *testing.T) {
	const gap = 150 * time.Millisecond
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	f := newTestFetcher(t, nil, FetchOptions{HostSpacing: gap})
	errs := make(chan error, 3)
	for i := range 3 {
		go func() {
			_, err := f.Fetch(context.Background(), Request{URL: urlOf(srv, fmt.Sprintf("/%d", i)), AllowPrivate: true})
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	hits := srv.seen()
	if len(hits) != 3 {
		t.Fatalf("server saw %d requests, want 3", len(hits))
	}
	// The slot is taken before the request is sent, so the gaps the server
	// sees can only shrink by the difference in delivery time of two
	// requests on loopback; allow a little for that.
	const slack = 20 * time.Millisecond
	for i := 1; i < len(hits); i++ {
		if d := hits[i].At.Sub(hits[i-1].At); d < gap-slack {
			t.Errorf("requests %d and %d reached the server %v apart, want at least %v", i-1, i, d, gap)
		}
	}
}

func TestFetchGzipDecoded(t *testing.T) {
	srv := newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Error("gzip not asked for")
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		_, _ = w.Write(gzipped(t, []byte("presos pol\xedticos: 56")))
	}))
	f := newTestFetcher(t, nil, FetchOptions{})
	resp := mustFetch(t, f, Request{URL: srv.URL, AllowPrivate: true})
	if got, want := string(resp.Body), "presos políticos: 56"; got != want {
		t.Errorf("body = %q, want %q", got, want)
	}
}

func TestFetchKeepsConnectionsAlive(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotModified)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	f := newTestFetcher(t, nil, FetchOptions{})
	for range 5 {
		if r := mustFetch(t, f, Request{URL: srv.URL, ETag: `"x"`, AllowPrivate: true}); !r.NotModified {
			t.Fatal("not a 304")
		}
	}
	if got := conns.Load(); got != 1 {
		t.Errorf("5 sequential fetches opened %d connections, want 1", got)
	}
}
