package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// browser is one headless Chromium for a test, with what it reported.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	dialogs  []string // JavaScript dialogs that opened (there must be none)
	problems []string // console errors, exceptions and CSP reports
}

// startBrowser starts headless Chromium with a fresh profile in the test's
// temporary directory. It skips the test only when GAPWATCH_SKIP_BROWSER=1
// and fails it, saying how to install the browser, when it is missing.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	if os.Getenv("GAPWATCH_SKIP_BROWSER") == "1" {
		t.Skip("GAPWATCH_SKIP_BROWSER=1: skipping the headless Chromium test")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("headless Chromium is needed at %s (%v): install it with `apt-get install -y chromium chromium-driver`, "+
			"or set GAPWATCH_SKIP_BROWSER=1 to skip this test", chromiumPath, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "chromium-profile")),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.WindowSize(1280, 900),
	}
	// The whole browser lives at most this long: a hung browser fails the
	// test instead of stalling the run.
	life, cancelLife := context.WithTimeout(context.Background(), 90*time.Second)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(life, opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc(); cancelLife() })

	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start headless Chromium: %v", err)
	}
	dialogs := chromedp.Events(ctx, cdppage.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, fmt.Sprintf("%s: %q", ev.Type, ev.Message))
			b.mu.Unlock()
			_, _ = chromedp.Call(ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || strings.Contains(m.Text, "Content Security Policy") {
				b.mu.Lock()
				b.problems = append(b.problems, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// open loads url at the given viewport width and waits for it.
func (b *browser) open(t *testing.T, url string, width int64) {
	t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(url)); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
}

// eval runs a JavaScript expression through DevTools (not through the page,
// whose policy allows no scripts) and returns its value.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// text returns the trimmed text of the first element matching css.
func (b *browser) text(t *testing.T, css string) string {
	t.Helper()
	return strings.TrimSpace(eval[string](t, b, fmt.Sprintf(`(document.querySelector(%q) || {innerText: "(missing %s)"}).innerText`, css, css)))
}

// screenshot saves a full-page PNG in dir and logs its path.
func (b *browser) screenshot(t *testing.T, dir, name string) string {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	if keep := os.Getenv("GAPWATCH_SCREENSHOT_DIR"); keep != "" {
		if err := os.WriteFile(filepath.Join(keep, name+".png"), png, 0o644); err != nil {
			t.Errorf("keep screenshot in %s: %v", keep, err)
		}
	}
	return path
}

// noOverflow fails when the page is wider than the viewport.
func (b *browser) noOverflow(t *testing.T, page string) {
	t.Helper()
	if w := eval[int](t, b, `document.documentElement.scrollWidth - window.innerWidth`); w > 0 {
		t.Errorf("%s overflows the viewport by %d px", page, w)
	}
}

func (b *browser) reported() (dialogs, problems []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.dialogs...), append([]string(nil), b.problems...)
}

// TestBrowser opens the dashboard in headless Chromium, one browser for
// all parts.
func TestBrowser(t *testing.T) {
	b := startBrowser(t)
	t.Run("dashboard", func(t *testing.T) { browseDashboard(t, b) })
	t.Run("injection", func(t *testing.T) { browseInjection(t, b) })
	t.Run("accessibility", func(t *testing.T) { browseAccessibility(t, b) })
}

// browseDashboard checks the numbers of the index and metric pages on a
// seeded store, that the chart loaded, and takes screenshots.
func browseDashboard(t *testing.T, b *browser) {
	s := seedStore(t, false)
	srv := httptest.NewServer(newTestHandler(s, Options{}))
	defer srv.Close()
	shots := t.TempDir()

	b.open(t, srv.URL+"/", 1280)
	checks := []struct{ css, want string }{
		{"#metric-releases .confirmed-value", "56"},
		{"#metric-releases .claimed-value", "400"},
		{"#metric-releases .gap-value", "+344 (claimed is 344 above confirmed)"},
		{"#metric-releases .side-confirmed .who", "Foro Penal"},
		{"#metric-releases .side-claimed .who", "Government of Venezuela"},
		{"#metric-detentions .gap-value", "-940 (claimed is 940 below confirmed)"},
	}
	for _, c := range checks {
		if got := b.text(t, c.css); got != c.want {
			t.Errorf("/ %s = %q, want %q", c.css, got, c.want)
		}
	}
	if got := b.text(t, "#sources"); !strings.Contains(got, "fetch: 503 Service Unavailable") || !strings.Contains(got, "failing") {
		t.Errorf("the sources section does not show the failing source:\n%s", got)
	}
	b.noOverflow(t, "/")
	b.screenshot(t, shots, "index")

	b.open(t, srv.URL+"/m/releases", 1280)
	if got := eval[int](t, b, `document.querySelector("figure.chart img").naturalWidth`); got <= 0 {
		t.Errorf("the chart image did not load: naturalWidth = %d", got)
	} else if got != 1200 {
		t.Errorf("chart naturalWidth = %d, want 1200", got)
	}
	for _, c := range []struct{ css, want string }{
		{".stat-confirmed .confirmed-value", "56"},
		{".stat-claimed .claimed-value", "400"},
		{".stat-gap .gap-value", "+344"},
		{"tr.row-superseded td.value s", "30"},
		{"tr.row-retracted td.value s", "250"},
	} {
		if got := b.text(t, c.css); got != c.want {
			t.Errorf("/m/releases %s = %q, want %q", c.css, got, c.want)
		}
	}
	if got, want := eval[int](t, b, `document.querySelectorAll("table.figures tbody tr").length`), 9; got != want {
		t.Errorf("/m/releases lists %d figures, want %d", got, want)
	}
	if got := b.text(t, "#corrections"); !strings.Contains(got, "Nine transfers between prisons were counted as releases.") {
		t.Errorf("the corrections log does not show the correction's reason:\n%s", got)
	}
	b.noOverflow(t, "/m/releases")
	b.screenshot(t, shots, "metric")

	b.open(t, fmt.Sprintf("%s/f/%d", srv.URL, s.ids["fp-30"]), 1280)
	if got := b.text(t, ".notice"); !strings.Contains(got, "corrected") {
		t.Errorf("the corrected figure's page does not say it was corrected: %q", got)
	}
	b.screenshot(t, shots, "figure")

	b.open(t, srv.URL+"/", 390) // a phone
	b.noOverflow(t, "/ on a phone")
	b.screenshot(t, shots, "index-phone")

	dialogs, problems := b.reported()
	if len(dialogs) > 0 {
		t.Errorf("JavaScript dialogs opened: %v", dialogs)
	}
	if len(problems) > 0 {
		t.Errorf("the browser reported problems (console errors or policy violations):\n%s", strings.Join(problems, "\n"))
	}
}

// browseInjection checks that script injection through a quote, an actor's
// name, a metric's name, a source's address and an evidence link shows as
// text and runs nothing.
func browseInjection(t *testing.T, b *browser) {
	s := seedStore(t, true)
	srv := httptest.NewServer(newTestHandler(s, Options{}))
	defer srv.Close()

	for _, path := range []string{"/", "/m/evil", fmt.Sprintf("/f/%d", s.ids["evil-claim"]), fmt.Sprintf("/f/%d", s.ids["evil-confirm"])} {
		b.open(t, srv.URL+path, 1280)
		if n := eval[int](t, b, `document.querySelectorAll("script:not(head > script[type='application/ld+json']), [onerror], [onload], iframe, object, embed").length`); n != 0 {
			t.Errorf("%s has %d injected elements or handlers", path, n)
		}
		links := eval[[]string](t, b, `[...document.querySelectorAll("a[href]")].map(a => a.href).filter(h => !/^https?:/.test(h))`)
		if len(links) > 0 {
			t.Errorf("%s links to non-web addresses: %v", path, links)
		}
		body := eval[string](t, b, `document.body.innerText`)
		if !strings.Contains(body, evilScript) {
			t.Errorf("%s does not show %q as text", path, evilScript)
		}
		if path == "/m/evil" {
			b.screenshot(t, t.TempDir(), "injection-metric")
		}
	}
	if got := eval[int](t, b, `document.querySelectorAll("img").length`); got != 0 {
		t.Errorf("the figure page has %d images, want none (the injected <img> must be text)", got)
	}
	dialogs, _ := b.reported()
	if len(dialogs) > 0 {
		t.Errorf("injected script ran: dialogs %v", dialogs)
	}
}
