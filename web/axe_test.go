package web

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeVersion is the axe-core release the accessibility check runs: pinned,
// so a new release's rules never change the verdict on unchanged pages.
const axeVersion = "4.14.1"

// axeTags are the rule sets checked: WCAG 2.0 and 2.1, levels A and AA,
// and axe's best practices.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"}

var (
	axeOnce   sync.Once
	axeScript string
	axeErr    error
)

// axeSource returns axe.min.js of axeVersion. It is taken from npm (npm
// pack, which checks the package's integrity) once and kept in the user's
// cache directory (~/.cache/gapwatch/axe-core-VERSION); the repository
// holds no copy. It fails the test, saying what to install, when npm is
// missing or the package cannot be fetched.
func axeSource(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() { axeScript, axeErr = loadAxe() })
	if axeErr != nil {
		t.Fatalf("axe-core %s: %v (set GAPWATCH_SKIP_BROWSER=1 to skip the browser tests)", axeVersion, axeErr)
	}
	return axeScript
}

func loadAxe() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "gapwatch", "axe-core-"+axeVersion)
	path := filepath.Join(dir, "axe.min.js")
	if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
		return string(b), nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", errors.New("npm is needed to fetch it (apt-get install -y npm)")
	}
	tmp, err := os.MkdirTemp("", "gapwatch-axe-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "pack", "--silent", "axe-core@"+axeVersion, "--pack-destination", tmp)
	cmd.Dir = tmp
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm pack axe-core@%s: %v\n%s", axeVersion, err, out)
	}
	script, err := untarFile(filepath.Join(tmp, "axe-core-"+axeVersion+".tgz"), "package/axe.min.js")
	if err != nil {
		return "", err
	}
	// Keep it for the next run; a cache that cannot be written only costs
	// a fetch next time.
	part := path + fmt.Sprintf(".%d.part", os.Getpid())
	if os.MkdirAll(dir, 0o755) == nil && os.WriteFile(part, script, 0o644) == nil {
		if os.Rename(part, path) != nil { // another test process may have won: same bytes
			os.Remove(part)
		}
	}
	return string(script), nil
}

// untarFile returns the file name of the gzipped tar archive at path.
func untarFile(path, name string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s has no %s", path, name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if h.Name == name {
			return io.ReadAll(io.LimitReader(tr, 16<<20))
		}
	}
}

// axeViolation is what axe reports about one failed rule.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// checkAccessibility runs axe-core on the page open in b (through
// DevTools: the page's policy allows no scripts) and fails the test with
// a readable list of the violations.
func (b *browser) checkAccessibility(t *testing.T, page string) {
	t.Helper()
	src := axeSource(t)
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](src+"\n;typeof axe === 'object'")); err != nil {
		t.Fatalf("%s: load axe-core: %v", page, err)
	}
	tags := `["` + strings.Join(axeTags, `","`) + `"]`
	run := `axe.run(document, {runOnly: {type: "tag", values: ` + tags + `}, resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || "", help: v.help,
		nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), summary: (n.failureSummary || "").replace(/\s+/g, " ")}))})))`
	violations, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]axeViolation](run, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: run axe-core: %v", page, err)
	}
	if len(violations) == 0 {
		return
	}
	var report strings.Builder
	for _, v := range violations {
		fmt.Fprintf(&report, "\n  %s (%s): %s — %d element(s)", v.ID, v.Impact, v.Help, len(v.Nodes))
		for i, n := range v.Nodes {
			if i == 5 {
				fmt.Fprintf(&report, "\n      … and %d more", len(v.Nodes)-5)
				break
			}
			fmt.Fprintf(&report, "\n      %s: %s", n.Target, n.Summary)
		}
	}
	t.Errorf("axe-core %s finds %d violation(s) on %s:%s", axeVersion, len(violations), page, report.String())
}

// browseAccessibility opens every kind of page, in the light and the dark
// colour scheme, and runs axe-core on each.
func browseAccessibility(t *testing.T, b *browser) {
	s := seedStore(t, true) // with the hostile metric: its pages must read well too
	announceGap(t, s)
	h := newTestHandler(s, Options{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	pages := []string{
		"/m/evil",
		fmt.Sprintf("/f/%d", s.ids["evil-claim"]),
		"/",
		"/m/releases",
		"/m/detentions",
		fmt.Sprintf("/f/%d", s.ids["gov-400"]), // a claim, with its ClaimReview
		fmt.Sprintf("/f/%d", s.ids["fp-30"]),   // corrected
		fmt.Sprintf("/f/%d", s.ids["gov-250"]), // retracted
		fmt.Sprintf("/f/%d", s.ids["gov-900"]), // pending
		"/m/nope",                              // the error page
	}
	for _, scheme := range []string{"light", "dark"} {
		media := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, media); err != nil {
			t.Fatalf("emulate the %s scheme: %v", scheme, err)
		}
		for _, p := range pages {
			_, before := b.reported()
			b.open(t, srv.URL+p, 1280)
			b.checkAccessibility(t, p+" ("+scheme+")")
			_, after := b.reported()
			for _, problem := range after[len(before):] {
				if p == "/m/nope" && strings.Contains(problem, "status of 404") {
					continue // the error page's own status
				}
				t.Errorf("%s (%s): the browser reported %s", p, scheme, problem)
			}
		}
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
}
