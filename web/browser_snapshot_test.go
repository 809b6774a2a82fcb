package web

import (
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserSnapshotPage opens /s/{hash} in headless Chromium: the quoted
// sentence is marked, hostile text stays text, the page fits a phone, and
// the figure's permalink links to it, and axe-core finds no violation. GAPWATCH_SCREENSHOT_DIR keeps the
// screenshots.
func TestBrowserSnapshotPage(t *testing.T) {
	b := startBrowser(t)
	s := seedStore(t, false)
	quote := "Foro Penal has confirmed 61 releases so far."
	text := "Weekly balance\n\nThe lawyers met the families.\n" + quote + " " + evilScript + " " + evilAttr +
		"\n\n" + strings.Repeat("A long paragraph without spaces: "+strings.Repeat("x", 200)+". ", 3)
	f := seedSnapshot(t, s, 61, quote, text)
	srv := httptest.NewServer(newTestHandler(s, Options{}))
	defer srv.Close()
	shots := os.Getenv("GAPWATCH_SCREENSHOT_DIR")
	if shots == "" {
		shots = t.TempDir()
	}

	b.open(t, fmt.Sprintf("%s/f/%d", srv.URL, f.ID), 1280)
	href := eval[string](t, b, `(document.querySelector("#evidence a.snapshot-link") || {href: ""}).href`)
	if want := srv.URL + "/s/" + f.Evidence.SnapshotHash; href != want {
		t.Fatalf("the evidence links to %q, want %q", href, want)
	}
	for _, width := range []int64{1280, 390} {
		b.open(t, href, width)
		if got := b.text(t, "mark"); got != quote {
			t.Errorf("marked text = %q, want %q", got, quote)
		}
		if n := eval[int](t, b, `document.querySelectorAll("script, [onerror], img").length`); n != 0 {
			t.Errorf("the archived text made %d elements", n)
		}
		if body := eval[string](t, b, `document.body.innerText`); !strings.Contains(body, evilScript) || !strings.Contains(body, f.Evidence.SnapshotHash) {
			t.Errorf("the page does not show the text and the hash:\n%s", body)
		}
		b.noOverflow(t, fmt.Sprintf("/s/ at %d px", width))
		b.screenshot(t, shots, fmt.Sprintf("snapshot-%d", width))
	}
	// the archived text page reads well for everyone, in both schemes
	for _, scheme := range []string{"light", "dark"} {
		media := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, media); err != nil {
			t.Fatalf("emulate the %s scheme: %v", scheme, err)
		}
		b.open(t, href, 1280)
		b.checkAccessibility(t, "/s/ ("+scheme+")")
	}
	dialogs, problems := b.reported()
	if len(dialogs) > 0 || len(problems) > 0 {
		t.Errorf("dialogs %v, problems:\n%s", dialogs, strings.Join(problems, "\n"))
	}
}
