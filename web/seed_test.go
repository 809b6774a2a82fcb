package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

// testNow is the fixed clock of the seeded stores.
var testNow = time.Date(2026, 1, 20, 12, 0, 0, 0, time.UTC)

const (
	forumName = "Foro Penal"
	govName   = "Government of Venezuela"
	ngoName   = "Observatorio de Detenciones"
	// Names and text a hostile tracker file or source could carry.
	evilScript  = `<script>alert(1)</script>`
	evilAttr    = `"><img src=x onerror=alert(1)>`
	evilLinkURL = "javascript:alert(1)"
)

// seeded is a store filled with our own figures and what the tests need to
// know about them.
type seeded struct {
	store *storage.Store
	ids   map[string]int64 // figure ids by name
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// seedStore opens a real SQLite store in a temporary directory and fills
// it: a contested release count (confirmed 56 against claimed 400, one
// corrected figure, one retraction, one pending claim), a detention count
// where the verifier counts more than the government admits, three sources
// (one healthy, one failing, one never polled) and, with evil set, a metric
// whose actors, quotes and links carry script injection attempts.
func seedStore(t testing.TB, evil bool) seeded {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "g.db"), storage.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })

	cat := tracker.Catalog{
		Metrics: []tracker.Metric{
			{ID: "releases", Name: "Political prisoners released", Unit: "people", Cumulative: true,
				Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 2}, StaleAfter: 14 * 24 * time.Hour},
			{ID: "detentions", Name: "People detained after the protests", Unit: "people",
				Gap: tracker.GapThreshold{MinAbs: 100}, StaleAfter: 3 * 24 * time.Hour},
		},
		Actors: []tracker.Actor{
			{Name: forumName, Role: tracker.Confirmer, Aliases: []string{"FP"}},
			{Name: ngoName, Role: tracker.Confirmer},
			{Name: govName, Role: tracker.Claimant, Aliases: []string{"the government"}},
		},
		Sources: []tracker.Source{
			{ID: "foro-penal-reports", URL: "https://example.org/foro-penal/reports.rss", Format: tracker.FormatRSS, Enabled: true},
			{ID: "government-press", URL: "https://example.org/gov/press", Format: tracker.FormatHTML, Enabled: true},
			{ID: "wire-feed", URL: "https://example.org/wire/feed.json", Format: tracker.FormatJSON, Enabled: true},
		},
	}
	if evil {
		cat.Metrics = append(cat.Metrics, tracker.Metric{ID: "evil", Name: "Injected " + evilScript, Unit: "people" + evilAttr})
		cat.Actors = append(cat.Actors,
			tracker.Actor{Name: evilScript, Role: tracker.Claimant},
			tracker.Actor{Name: evilAttr, Role: tracker.Confirmer})
		cat.Sources = append(cat.Sources, tracker.Source{ID: "evil-source", URL: "javascript:alert(2)", Enabled: true})
	}
	if _, err := st.SyncCatalog(ctx, cat); err != nil {
		t.Fatalf("sync catalog: %v", err)
	}

	s := seeded{store: st, ids: map[string]int64{}}
	add := func(name, metric string, v int64, stance tracker.Stance, actor, date, url, quote string, status tracker.Status) {
		t.Helper()
		f, err := st.AddFigure(ctx, tracker.Figure{
			MetricID: metric, Value: v, Stance: stance, Actor: actor, AsOf: day(date), SeenAt: day(date).Add(15 * time.Hour),
			Status: status, CreatedBy: "seed", Evidence: tracker.Evidence{URL: url, Quote: quote},
		})
		if err != nil {
			t.Fatalf("add figure %s: %v", name, err)
		}
		s.ids[name] = f.ID
	}
	change := func(name string, c tracker.Change) {
		t.Helper()
		c.FigureID = s.ids[name]
		out, err := st.ApplyChange(ctx, c)
		if err != nil {
			t.Fatalf("%s figure %s: %v", c.Action, name, err)
		}
		if out.Replacement != nil {
			s.ids[name+"-replacement"] = out.Replacement.ID
		}
	}
	const c, cl = tracker.Confirmed, tracker.Claimed
	add("fp-9", "releases", 9, c, forumName, "2026-01-08", "https://example.org/foro-penal/2026-01-08",
		"Foro Penal confirmed 9 releases of political prisoners since Thursday.", "")
	add("gov-116", "releases", 116, cl, govName, "2026-01-09", "https://example.org/gov/2026-01-09",
		"The government said 116 people had been freed.", "")
	add("fp-30", "releases", 30, c, forumName, "2026-01-10", "https://example.org/foro-penal/2026-01-10",
		"Foro Penal verified 30 releases.", "")
	change("fp-30", tracker.Change{Action: tracker.ActionCorrect, Value: 21, Reason: "Nine transfers between prisons were counted as releases.", By: "mod-ana"})
	add("fp-41", "releases", 41, c, "FP", "2026-01-12", "https://example.org/foro-penal/2026-01-12",
		"We have now verified 41 releases, Foro Penal said.", "")
	add("gov-250", "releases", 250, cl, govName, "2026-01-12", "https://example.org/wire/2026-01-12",
		"A minister was quoted as saying 250 had been released.", "")
	change("gov-250", tracker.Change{Action: tracker.ActionRetract, Reason: "The quote was about a different decree.", By: "mod-luis"})
	add("gov-400", "releases", 400, cl, "the government", "2026-01-13", "https://example.org/gov/2026-01-13",
		"The government claimed that 400 political prisoners had been released.", "")
	add("fp-56", "releases", 56, c, forumName, "2026-01-15", "https://example.org/foro-penal/2026-01-15",
		"Foro Penal has confirmed 56 releases so far.", "")
	add("gov-900", "releases", 900, cl, govName, "2026-01-16", "https://example.org/wire/2026-01-16",
		"An official suggested as many as 900 could be freed.", tracker.Pending)

	add("ngo-1240", "detentions", 1240, c, ngoName, "2026-01-14", "https://example.org/observatorio/2026-01-14",
		"The observatory has documented 1,240 detentions.", "")
	add("gov-300", "detentions", 300, cl, govName, "2026-01-15", "",
		"", "")

	if evil {
		// Figure.Validate refuses such a link today; one stored before it
		// did must still reach the page as text only.
		add("evil-claim", "evil", 77, cl, evilScript, "2026-01-18", "https://example.org/evil-claim", "They said "+evilScript+" and "+evilAttr, "")
		if _, err := st.DB().ExecContext(ctx, "UPDATE evidence SET url = ? WHERE figure_id = ?", evilLinkURL, s.ids["evil-claim"]); err != nil {
			t.Fatalf("store an old evidence link: %v", err)
		}
		add("evil-confirm", "evil", 7, c, evilAttr, "2026-01-18", "https://example.org/evil?q=\"><script>alert(3)</script>",
			evilAttr+" confirmed 7", "")
	}

	states := []tracker.SourceState{
		{SourceID: "foro-penal-reports", LastCheck: testNow.Add(-20 * time.Minute), LastSuccess: testNow.Add(-20 * time.Minute),
			NextCheck: testNow.Add(10 * time.Minute), Polls: 120, Errors: 2},
		{SourceID: "government-press", LastCheck: testNow.Add(-5 * time.Minute), LastSuccess: testNow.Add(-26 * time.Hour),
			NextCheck: testNow.Add(25 * time.Minute), ConsecutiveFailures: 3, LastError: "fetch: 503 Service Unavailable", Polls: 98, Errors: 11},
	}
	if evil {
		states = append(states, tracker.SourceState{SourceID: "evil-source", LastCheck: testNow, ConsecutiveFailures: 1,
			LastError: "parse: " + evilScript, Polls: 1, Errors: 1})
	}
	for _, ss := range states {
		if err := st.SaveSourceState(ctx, ss); err != nil {
			t.Fatalf("save source state %s: %v", ss.SourceID, err)
		}
	}
	return s
}

// newTestHandler returns the dashboard over the seeded store with the
// fixed clock and a quiet logger.
func newTestHandler(s seeded, o Options) http.Handler {
	o.Store = s.store
	if o.Now == nil {
		o.Now = func() time.Time { return testNow }
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return New(o)
}

// get performs a request against h and returns the response and its body.
func get(t testing.TB, h http.Handler, method, path string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	res := rec.Result()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

// mustContain fails the test for every want missing from body.
func mustContain(t testing.TB, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s does not contain %q", what, w)
		}
	}
}
