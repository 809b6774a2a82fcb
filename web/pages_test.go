package web

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

var _ Store = (*storage.Store)(nil)

func TestIndexShowsEveryStandingAndSource(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	res, body := get(t, h, http.MethodGet, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d, want 200\n%s", res.StatusCode, body)
	}
	if got, want := res.Header.Get("Content-Type"), "text/html; charset=utf-8"; got != want {
		t.Errorf("Content-Type = %q, want %q", got, want)
	}
	mustContain(t, "GET /", body,
		// releases: confirmed vs claimed, gap and ratio, flags, last update
		`<a href="/m/releases">Political prisoners released</a>`,
		fmt.Sprintf(`<a href="/f/%d" class="confirmed-value">56</a>`, s.ids["fp-56"]),
		fmt.Sprintf(`<a href="/f/%d" class="claimed-value">400</a>`, s.ids["gov-400"]),
		`<dd class="gap-value">&#43;344 <span class="gap-words">(claimed is 344 above confirmed)</span></dd>`, "7.14×", `>GAP</span>`,
		`<time datetime="2026-01-15" title="5 days ago">Jan 15, 2026</time>`,
		`<a class="ext" href="https://example.org/foro-penal/2026-01-15" rel="nofollow noopener noreferrer"`,
		// detentions: the claim is below the confirmation (GAP under, the
		// default direction is both); stale; unsourced claim
		`<dd class="gap-value">-940 <span class="gap-words">(claimed is 940 below confirmed)</span></dd>`,
		`title="The claim is below what is confirmed by 100 or more.">GAP</span>`,
		`>STALE</span>`, `>UNSOURCED</span>`,
		// sources and their health
		"foro-penal-reports", `<span class="health health-good">ok</span>`,
		"government-press", `<span class="health health-bad">failing</span>`, "fetch: 503 Service Unavailable",
		`<td class="num">3</td>`, `<span class="health health-muted">never polled</span>`, "1 failing",
	)
	if strings.Contains(body, "900") {
		t.Error("GET / shows the pending claim of 900; only approved figures count")
	}
}

func TestMetricPageShowsChartFiguresAndCorrections(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{PublicURL: "https://gapwatch.example.org/"})
	res, body := get(t, h, http.MethodGet, "/m/releases")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /m/releases = %d, want 200\n%s", res.StatusCode, body)
	}
	repl := s.ids["fp-30-replacement"]
	mustContain(t, "GET /m/releases", body,
		`<img src="/m/releases/chart.png" alt="Timeline of Political prisoners released: confirmed 56 people (Foro Penal) against claimed 400 (Government of Venezuela); claimed is 344 above confirmed."`,
		`<div class="who gap-words">claimed is 344 above confirmed; the claim is 7.14× the confirmed figure</div>`,
		`<meta property="og:image" content="https://gapwatch.example.org/m/releases/chart.png">`,
		`<link rel="canonical" href="https://gapwatch.example.org/m/releases">`,
		// every status is in the table; replaced figures are struck through and link to their replacement
		`<span class="status status-approved">approved</span>`, `<span class="status status-pending">pending</span>`,
		`<span class="status status-retracted">retracted</span>`, `<span class="status status-superseded">superseded</span>`,
		`<td class="num value"><s>30</s></td>`, fmt.Sprintf(`replaced by <a href="/f/%d">#%d</a>`, repl, repl),
		`<td class="num value"><s>250</s></td>`, `<td class="num value">900</td>`,
		"<blockquote>The government claimed that 400 political prisoners had been released.</blockquote>",
		// the corrections log: who, action, old → new, reason
		"mod-ana", `<span class="action action-correct">correct</span>`, `<span class="old">30</span> → <span class="new">21</span>`,
		"Nine transfers between prisons were counted as releases.",
		"mod-luis", `<span class="action action-retract">retract</span>`, "The quote was about a different decree.",
	)
}

func TestFigurePageShowsEvidenceAndHistory(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	old, repl := s.ids["fp-30"], s.ids["fp-30-replacement"]

	_, body := get(t, h, http.MethodGet, fmt.Sprintf("/f/%d", old))
	mustContain(t, "the corrected figure's page", body,
		fmt.Sprintf(`the value that replaced it is <a href="/f/%d">figure #%d</a>`, repl, repl),
		"<blockquote>Foro Penal verified 30 releases.</blockquote>",
		`<a href="/m/releases">Political prisoners released</a>`,
		`<li class="current">`, fmt.Sprintf(`<a href="/f/%d">#%d</a>`, repl, repl),
		"Nine transfers between prisons were counted as releases.", "mod-ana",
	)

	res, body := get(t, h, http.MethodGet, fmt.Sprintf("/f/%d", repl))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET replacement = %d", res.StatusCode)
	}
	mustContain(t, "the replacement's page", body,
		`<span class="big figure-value">21</span>`, fmt.Sprintf(`<a href="/f/%d">#%d</a>`, old, old),
		"<blockquote>Foro Penal verified 30 releases.</blockquote>", // the evidence carried over
	)

	_, body = get(t, h, http.MethodGet, fmt.Sprintf("/f/%d", s.ids["gov-250"]))
	mustContain(t, "the retracted figure's page", body, "This figure was retracted", "The quote was about a different decree.")

	_, body = get(t, h, http.MethodGet, fmt.Sprintf("/f/%d", s.ids["gov-300"]))
	mustContain(t, "an unsourced figure's page", body, "No evidence recorded")
}

func TestUnknownPagesAre404(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	tests := []struct {
		path, want string
	}{
		{"/m/nope", `unknown metric &#34;nope&#34; (known: releases, detentions)`},
		{"/m/nope/chart.png", "unknown metric"},
		{"/f/999999", "figure 999999 does not exist"},
		{"/f/abc", "figure ids are positive numbers"},
		{"/f/-3", "figure ids are positive numbers"},
		{"/nothing/here", "There is no page at this address."},
		{"/static/", "404"},
		{"/static/missing.css", "404"},
	}
	for _, tt := range tests {
		res, body := get(t, h, http.MethodGet, tt.path)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", tt.path, res.StatusCode)
		}
		if !strings.Contains(body, tt.want) {
			t.Errorf("GET %s body does not contain %q:\n%s", tt.path, tt.want, body)
		}
	}
}

func TestOnlyGetAndHead(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
		res, _ := get(t, h, m, "/m/releases")
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s /m/releases = %d, want 405", m, res.StatusCode)
		}
		if got, want := res.Header.Get("Allow"), "GET, HEAD"; got != want {
			t.Errorf("%s Allow = %q, want %q", m, got, want)
		}
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := srv.Client().Head(srv.URL + "/m/releases")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("HEAD /m/releases = %d %q, want 200 and the page's type", res.StatusCode, res.Header.Get("Content-Type"))
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	want := map[string]string{
		"Content-Security-Policy": contentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
		"Referrer-Policy":         "no-referrer",
	}
	for _, path := range []string{"/", "/m/releases", "/m/releases/chart.png", "/f/1", "/api/standings.json", "/healthz", "/metrics", "/static/style.css", "/nope"} {
		res, _ := get(t, h, http.MethodGet, path)
		for k, v := range want {
			if got := res.Header.Get(k); got != v {
				t.Errorf("GET %s: %s = %q, want %q", path, k, got, v)
			}
		}
	}
	if !strings.Contains(contentSecurityPolicy, "default-src 'self'") || !strings.Contains(contentSecurityPolicy, "script-src 'none'") {
		t.Errorf("the policy %q must default to self and forbid scripts", contentSecurityPolicy)
	}
}

func TestChartIsAPNG(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	res, body := get(t, h, http.MethodGet, "/m/releases/chart.png")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET chart = %d: %s", res.StatusCode, body)
	}
	if got := res.Header.Get("Content-Type"); got != "image/png" {
		t.Errorf("Content-Type = %q, want image/png", got)
	}
	img, err := png.Decode(bytes.NewReader([]byte(body)))
	if err != nil {
		t.Fatalf("decode chart: %v", err)
	}
	if got := img.Bounds().Size(); got.X != 1200 || got.Y != 600 {
		t.Errorf("chart size = %v, want 1200x600", got)
	}

	// Asked again, the same picture comes from the cache, and a client that
	// has it gets a 304.
	etag := res.Header.Get("ETag")
	if etag == "" {
		t.Fatal("the chart has no ETag")
	}
	res2, body2 := get(t, h, http.MethodGet, "/m/releases/chart.png")
	if res2.Header.Get("ETag") != etag || body2 != body {
		t.Error("a second request for an unchanged chart returned another picture")
	}
	req := httptest.NewRequest(http.MethodGet, "/m/releases/chart.png", nil)
	req.Header.Set("If-None-Match", etag)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("revalidation = %d with %d bytes, want 304 and no body", rec.Code, rec.Body.Len())
	}

	// A correction changes the picture.
	if _, err := s.store.ApplyChange(context.Background(), tracker.Change{
		FigureID: s.ids["fp-56"], Action: tracker.ActionCorrect, Value: 61, Reason: "late count", By: "mod-ana"}); err != nil {
		t.Fatal(err)
	}
	res3, body3 := get(t, h, http.MethodGet, "/m/releases/chart.png")
	if res3.Header.Get("ETag") == etag || body3 == body {
		t.Error("the chart did not change after a correction")
	}
}

func TestStylesheetIsServed(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	res, body := get(t, h, http.MethodGet, "/static/style.css")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") {
		t.Fatalf("GET /static/style.css = %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(body, "--confirmed") {
		t.Error("the stylesheet is not ours")
	}
}

func TestWithoutStoreEveryRequestFails(t *testing.T) {
	h := New(Options{Logger: quietLogger()})
	res, body := get(t, h, http.MethodGet, "/")
	if res.StatusCode != http.StatusInternalServerError || !strings.Contains(body, "no data store") {
		t.Errorf("GET / without a store = %d %q, want 500 saying so", res.StatusCode, body)
	}
}

func TestNewServerSetsTimeouts(t *testing.T) {
	srv := NewServer("127.0.0.1:0", http.NotFoundHandler())
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 || d > 5*time.Minute {
			t.Errorf("%s = %v, want a positive timeout of at most 5 minutes", name, d)
		}
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes = %d, want a small positive limit", srv.MaxHeaderBytes)
	}
}

// TestIndexCapsTheSourceList: with more sources than the index lists, the
// failing ones come first and a line counts the rest.
func TestIndexCapsTheSourceList(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "g.db"), storage.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cat := tracker.Catalog{Metrics: []tracker.Metric{{ID: "releases", Name: "Releases", Unit: "people"}}}
	n := maxIndexSources + 5
	for i := range n {
		cat.Sources = append(cat.Sources, tracker.Source{ID: fmt.Sprintf("src-%03d", i), URL: fmt.Sprintf("https://example.org/%d", i),
			Format: tracker.FormatHTML, Enabled: true})
	}
	if _, err := st.SyncCatalog(ctx, cat); err != nil {
		t.Fatal(err)
	}
	last := fmt.Sprintf("src-%03d", n-1)
	if err := st.SaveSourceState(ctx, tracker.SourceState{SourceID: last, LastCheck: testNow, ConsecutiveFailures: 4,
		LastError: "fetch: 503 Service Unavailable", Polls: 9, Errors: 4}); err != nil {
		t.Fatal(err)
	}
	res, body := get(t, newTestHandler(seeded{store: st}, Options{}), http.MethodGet, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	if got := strings.Count(body, `<div class="src-id">`); got != maxIndexSources {
		t.Errorf("%d sources listed, want %d", got, maxIndexSources)
	}
	mustContain(t, "GET /", body, last, "fetch: 503 Service Unavailable", "1 failing", "and 5 more sources")
	if strings.Index(body, last) > strings.Index(body, "src-000") {
		t.Errorf("the failing source is not listed first")
	}
}
