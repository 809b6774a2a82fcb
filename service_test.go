package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the service's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// fixture is a loopback site whose pages tests change while gapwatch runs.
type fixture struct {
	srv   *httptest.Server
	mu    sync.Mutex
	pages map[string]string // path → HTML; missing: 500
	hits  atomic.Int64
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{pages: map[string]string{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.hits.Add(1)
		f.mu.Lock()
		page, ok := f.pages[r.URL.Path]
		f.mu.Unlock()
		if !ok {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) set(path, html string) {
	f.mu.Lock()
	f.pages[path] = html
	f.mu.Unlock()
}

func (f *fixture) remove(path string) {
	f.mu.Lock()
	delete(f.pages, path)
	f.mu.Unlock()
}

func balancePage(n int) string {
	return fmt.Sprintf(`<html><body><h1>Balance</h1><p id="released">Excarcelaciones verificadas: <span class="count">%d</span></p></body></html>`, n)
}

func serviceTrackerFile(base string, sources ...string) string {
	return `metrics:
  - id: ve-prisoners-released
    name: Political prisoners released
    cumulative: true
    keywords: [released, excarcelaciones]
    gap: {min_abs: 50, min_ratio: 1.5}
    stale_after: 72h
actors:
  - name: Foro Penal
    role: confirmer
  - name: Government of Venezuela
    role: claimant
sources:
` + strings.Join(sources, "") + `subscriptions:
  - channel: console
    metrics: [ve-prisoners-released]
`
}

func htmlSource(id, url, actor string) string {
	return fmt.Sprintf(`  - id: %s
    url: %s
    format: html
    schedule: "@every 1s"
    review: auto
    allow_private: true
    figures:
      - metric: ve-prisoners-released
        actor: %s
        select: "#released .count"
`, id, url, actor)
}

// running is a `gapwatch run` in this process.
type running struct {
	cancel context.CancelFunc
	done   chan int
	out    *syncBuffer
	errOut *syncBuffer
}

func startRun(t *testing.T, c *cli) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{cancel: cancel, done: make(chan int, 1), out: &syncBuffer{}, errOut: &syncBuffer{}}
	a := &app{stdin: strings.NewReader(""), stdout: r.out, stderr: r.errOut,
		lookupEnv: func(k string) (string, bool) { v, ok := c.env[k]; return v, ok }, now: time.Now}
	go func() { r.done <- a.main(ctx, []string{"run"}) }()
	t.Cleanup(func() { r.stop(t) })
	return r
}

func (r *running) stop(t *testing.T) int {
	t.Helper()
	r.cancel()
	select {
	case code := <-r.done:
		r.done <- code
		return code
	case <-time.After(15 * time.Second):
		t.Fatalf("run did not stop within 15 s\nstderr:\n%s", r.errOut.String())
	}
	return -1
}

// waitFor waits until stdout matches re n times.
func (r *running) waitFor(t *testing.T, re string, n int) {
	t.Helper()
	rx := regexp.MustCompile(re)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if len(rx.FindAllString(r.out.String(), -1)) >= n {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("stdout never had %d× %q\nstdout:\n%s\nstderr:\n%s", n, re, r.out.String(), r.errOut.String())
}

func newServiceCLI(t *testing.T, file string) *cli {
	c := newCLI(t)
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(file), 0o644)
	c.env["GAPWATCH_HTTP_ADDR"] = ""
	c.env["GAPWATCH_HOST_SPACING"] = "10ms"
	c.env["GAPWATCH_FAILURE_NOTICE_AFTER"] = "2"
	c.env["GAPWATCH_MAX_BACKOFF"] = "2s"
	return c
}

// blocks splits console output into its "== KIND · CHANNEL · KEY" headers.
func blocks(out string) []string {
	var heads []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "== ") {
			heads = append(heads, line)
		}
	}
	return heads
}

func TestRunConsoleAlertsOnceAndReloads(t *testing.T) {
	site := newFixture(t)
	site.set("/balance", balancePage(56))
	site.set("/gov", `<html><body><p id="released"><span class="count">400</span></p></body></html>`)
	c := newServiceCLI(t, serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal")))
	r := startRun(t, c)

	r.waitFor(t, `(?m)^== alert · console · alert:fig\d+:c\d+:console\nConfirmed: 56 — Political prisoners released$`, 1)
	site.set("/balance", balancePage(72))
	r.waitFor(t, `(?m)^Confirmed: 72 — Political prisoners released$`, 1)

	// Reload: add the government's page, remove nothing yet.
	file := serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal"), htmlSource("gov", site.srv.URL+"/gov", "Government of Venezuela"))
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(file), 0o644)
	r.waitFor(t, `(?m)^Claimed: 400 — Political prisoners released$`, 1)
	r.waitFor(t, `(?m)^GAP raised — Political prisoners released$`, 1)

	// Reload removing the balance: it is disabled, its history stays.
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(serviceTrackerFile(site.srv.URL, htmlSource("gov", site.srv.URL+"/gov", "Government of Venezuela"))), 0o644)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(r.errOut.String(), "disabled=\"[source balance]\"") {
		if time.Now().After(deadline) {
			t.Fatalf("the removed source was never reported disabled\nstderr:\n%s", r.errOut.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	site.set("/balance", balancePage(90))
	time.Sleep(2500 * time.Millisecond)
	if strings.Contains(r.out.String(), "Confirmed: 90") {
		t.Errorf("a removed source was still polled:\n%s", r.out.String())
	}
	if code := r.stop(t); code != 0 {
		t.Errorf("exit %d after cancel, want 0\n%s", code, r.errOut.String())
	}

	heads := blocks(r.out.String())
	seen := map[string]bool{}
	for _, h := range heads {
		if seen[h] {
			t.Errorf("block printed twice: %s", h)
		}
		seen[h] = true
	}
	if n := strings.Count(r.out.String(), "Confirmed: 56 — "); n != 1 {
		t.Errorf("the 56 alert appeared %d times", n)
	}
	for _, line := range strings.Split(r.errOut.String(), "\n") {
		if strings.HasPrefix(line, "== ") {
			t.Errorf("a message went to stderr: %s", line)
		}
	}
	// The history of the removed source is kept.
	out := c.ok("figures", "--json")
	if !strings.Contains(out, `"source": "balance"`) {
		t.Errorf("figures of the removed source are gone:\n%s", out)
	}
}

func TestRunFailingSourceOneNoticeAndRecovery(t *testing.T) {
	site := newFixture(t)
	c := newServiceCLI(t, serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal")))
	r := startRun(t, c)
	r.waitFor(t, `(?m)^Source balance is failing$`, 1)
	time.Sleep(3 * time.Second) // more failures: no more notices
	site.set("/balance", balancePage(56))
	r.waitFor(t, `(?m)^Source balance works again$`, 1)
	r.stop(t)
	out := r.out.String()
	if n := strings.Count(out, "Source balance is failing"); n != 1 {
		t.Errorf("failure notices = %d, want 1\n%s", n, out)
	}
	if !regexp.MustCompile(`(?m)^== notice · console · notice:source:balance:failing:\d+$`).MatchString(out) {
		t.Errorf("notice header missing:\n%s", out)
	}
}

func TestRunRestartNeitherLosesNorRepeats(t *testing.T) {
	site := newFixture(t)
	site.set("/balance", balancePage(56))
	c := newServiceCLI(t, serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal")))
	r := startRun(t, c)
	r.waitFor(t, `(?m)^Confirmed: 56 — `, 1)
	r.stop(t)
	first := r.out.String()

	// Changes made while the service is down are announced on the next start, once.
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "400", "--stance", "claimed", "--actor", "Government of Venezuela", "--url", "https://example.org/gov")
	r2 := startRun(t, c)
	r2.waitFor(t, `(?m)^Claimed: 400 — `, 1)
	r2.waitFor(t, `(?m)^GAP raised — `, 1)
	time.Sleep(1500 * time.Millisecond)
	r2.stop(t)
	second := r2.out.String()
	for _, h := range blocks(first) {
		if strings.Contains(second, h) {
			t.Errorf("repeated after restart: %s", h)
		}
	}
}

// A web address that cannot be listened on is a failure of the service
// (exit status 1), not bad usage.
func TestRunListenFailureExits1(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	site := newFixture(t)
	c := newServiceCLI(t, serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal")))
	c.env["GAPWATCH_HTTP_ADDR"] = ln.Addr().String()
	_, errOut, code := c.run("run")
	if code != 1 || !strings.Contains(errOut, "gapwatch run: GAPWATCH_HTTP_ADDR=") || !strings.Contains(errOut, "cannot listen") {
		t.Errorf("run on a taken address: exit %d, stderr %q; want 1 and the address that cannot be listened on", code, errOut)
	}
}
