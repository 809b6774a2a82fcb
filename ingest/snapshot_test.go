package ingest_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestSnapshotsSurvivePageChangeAndSourceRemoval polls a loopback page, then
// changes it and polls again, then removes the source from the tracker
// file: the first figure's evidence keeps pointing to the text as first
// fetched, and /s-style reads of that snapshot return the old sentence.
func TestSnapshotsSurvivePageChangeAndSourceRemoval(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			var mu sync.Mutex
			body := `<html><head><title>Balance</title></head><body><article>
<p>Foro Penal said 56 political prisoners have been released since January 8.</p>
<p>The organisation keeps checking every case with the families.</p></article></body></html>`
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write([]byte(body))
			}))
			defer srv.Close()

			e := newEnv(t)
			cat := testCatalog()
			src := tracker.Source{ID: "page", URL: srv.URL + "/balance", Format: tracker.FormatHTML, Schedule: "@every 30m",
				Review: tracker.ReviewAuto, AllowPrivate: true, Claims: []string{metricID}}
			cat.Sources = append(cat.Sources, src)
			if _, err := e.store.SyncCatalog(e.ctx, cat); err != nil {
				t.Fatal(err)
			}
			p := e.poller(sources.NewReader(sources.NewFetcher(sources.FetchOptions{HostSpacing: sources.NoHostSpacing})))

			first := p.Poll(e.ctx, src)
			if first.Err != nil || len(first.Figures) != 1 {
				t.Fatalf("first poll: %v, %d figures; want 1", first.Err, len(first.Figures))
			}
			old := first.Figures[0]
			oldHash := old.Evidence.SnapshotHash
			if !tracker.ValidSnapshotHash(oldHash) {
				t.Fatalf("first figure's snapshot hash = %q, want a sha256 hex", oldHash)
			}

			mu.Lock()
			body = strings.Replace(body, "56 political prisoners", "80 political prisoners", 1)
			mu.Unlock()
			e.clock.Add(time.Hour)
			second := p.Poll(e.ctx, src)
			if second.Err != nil || len(second.Figures) != 1 {
				t.Fatalf("second poll: %v, %d figures; want 1", second.Err, len(second.Figures))
			}
			if got := second.Figures[0].Evidence.SnapshotHash; got == oldHash || !tracker.ValidSnapshotHash(got) {
				t.Errorf("second figure's snapshot = %q, want a new hash (old %s)", got, oldHash)
			}

			// The source leaves the tracker file.
			if _, err := e.store.SyncCatalog(e.ctx, testCatalog()); err != nil {
				t.Fatal(err)
			}
			// Unreferenced-snapshot retention runs with a cut after both fetches.
			if _, err := e.store.PruneSnapshots(e.ctx, e.clock.Now().Add(24*time.Hour)); err != nil {
				t.Fatal(err)
			}

			got, err := e.store.Figure(e.ctx, old.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Evidence.SnapshotHash != oldHash {
				t.Fatalf("after the change the first figure points to %q, want %q", got.Evidence.SnapshotHash, oldHash)
			}
			snap, err := e.store.Snapshot(e.ctx, oldHash)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(snap.Text, "56 political prisoners") || strings.Contains(snap.Text, "80 political") {
				t.Errorf("old snapshot text = %q, want the sentence with 56", snap.Text)
			}
			if !strings.Contains(snap.Text, old.Evidence.Quote) {
				t.Errorf("old snapshot does not hold the quote %q", old.Evidence.Quote)
			}
			if want := srv.URL + "/balance"; snap.URL != want {
				t.Errorf("snapshot URL = %q, want %q", snap.URL, want)
			}
			if !snap.FetchedAt.Equal(start) {
				t.Errorf("snapshot fetched at %v, want %v", snap.FetchedAt, start)
			}
			if tracker.SnapshotHash(snap.Text) != oldHash {
				t.Error("snapshot text does not hash to its name")
			}
		})
	}
}

// TestStructuredFigureSnapshot: a figure read with a selector keeps the
// page's readable text, which holds the selected value.
func TestStructuredFigureSnapshot(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><body><h1>Balance</h1><p id="released">Excarcelaciones verificadas: <span class="count">56</span></p></body></html>`))
	}))
	defer srv.Close()
	e := newEnv(t)
	cat := testCatalog()
	src := tracker.Source{ID: "page", URL: srv.URL + "/balance", Format: tracker.FormatHTML, Schedule: "@every 30m", Review: tracker.ReviewAuto,
		AllowPrivate: true, Figures: []tracker.FieldRule{{Metric: metricID, Actor: "Foro Penal", Stance: tracker.Confirmed, Select: "#released .count"}}}
	cat.Sources = append(cat.Sources, src)
	if _, err := e.store.SyncCatalog(e.ctx, cat); err != nil {
		t.Fatal(err)
	}
	p := e.poller(sources.NewReader(sources.NewFetcher(sources.FetchOptions{HostSpacing: sources.NoHostSpacing})))
	res := p.Poll(e.ctx, src)
	if res.Err != nil || len(res.Figures) != 1 {
		t.Fatalf("poll: %v, %d figures", res.Err, len(res.Figures))
	}
	ev := res.Figures[0].Evidence
	snap, err := e.store.Snapshot(e.ctx, ev.SnapshotHash)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(snap.Text, "Excarcelaciones verificadas: 56") || !strings.Contains(snap.Text, ev.Quote) || strings.Contains(snap.Text, "<span") {
		t.Errorf("snapshot %q, quote %q: want the readable text holding the quote", snap.Text, ev.Quote)
	}
}
