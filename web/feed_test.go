package web

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/gapwatch/gapwatch/tracker"
)

// fetchFeed GETs path from srv, checks the Atom content type and that
// the body is well-formed XML, and parses it with gofeed.
func fetchFeed(t *testing.T, srv *httptest.Server, path string) (*gofeed.Feed, string) {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d\n%s", path, res.StatusCode, body)
	}
	if got, want := res.Header.Get("Content-Type"), "application/atom+xml; charset=utf-8"; got != want {
		t.Errorf("GET %s: Content-Type = %q, want %q", path, got, want)
	}
	dec := xml.NewDecoder(strings.NewReader(string(body)))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("GET %s is not well-formed XML: %v", path, err)
		}
	}
	feed, err := gofeed.NewParser().ParseString(string(body))
	if err != nil {
		t.Fatalf("gofeed cannot parse %s: %v\n%s", path, err, body)
	}
	if feed.FeedType != "atom" || feed.FeedVersion != "1.0" {
		t.Errorf("%s is %s %s, want atom 1.0", path, feed.FeedType, feed.FeedVersion)
	}
	return feed, string(body)
}

// announceGap records a GAP raised on releases, as the fan-out does.
func announceGap(t *testing.T, s seeded) {
	t.Helper()
	err := s.store.CommitFanout(context.Background(), tracker.FanoutBatch{FlagStates: []tracker.FlagState{{
		MetricID: "releases", Version: 1, Flags: []tracker.Flag{tracker.FlagGap}, Raised: []tracker.Flag{tracker.FlagGap},
		ConfirmedID: s.ids["fp-56"], ClaimedID: s.ids["gov-400"],
	}}})
	if err != nil {
		t.Fatal(err)
	}
}

func TestFeed(t *testing.T) {
	s := seedStore(t, false)
	announceGap(t, s)
	now := testNow
	srv := httptest.NewServer(newTestHandler(s, Options{Now: func() time.Time { return now }}))
	defer srv.Close()

	feed, body := fetchFeed(t, srv, "/feed.xml")
	// Nine figures approved on arrival (the pending claim is not), one
	// correction, one retraction and the GAP.
	if got, want := len(feed.Items), 12; got != want {
		t.Fatalf("/feed.xml has %d entries, want %d", got, want)
	}
	if feed.Title != "gapwatch: verified updates" || feed.Link != srv.URL+"/" {
		t.Errorf("feed title %q, link %q", feed.Title, feed.Link)
	}
	ids := map[string]bool{}
	titles := map[string]string{} // title → link
	for i, it := range feed.Items {
		if !strings.HasPrefix(it.GUID, "tag:gapwatch.invalid,2026:") || ids[it.GUID] {
			t.Errorf("entry %d id %q is not a new tag: URI", i, it.GUID)
		}
		ids[it.GUID] = true
		if it.UpdatedParsed == nil {
			t.Errorf("entry %d (%s) has no updated time", i, it.Title)
		} else if i > 0 && feed.Items[i-1].UpdatedParsed != nil && it.UpdatedParsed.After(*feed.Items[i-1].UpdatedParsed) {
			t.Errorf("entry %d is newer than the one before it", i)
		}
		if !strings.HasPrefix(it.Link, srv.URL+"/f/") && !strings.HasPrefix(it.Link, srv.URL+"/m/") {
			t.Errorf("entry %d links to %q, not a permalink", i, it.Link)
		}
		titles[it.Title] = it.Link
	}
	for title, link := range map[string]string{
		"Political prisoners released: GAP raised":                                              "/m/releases",
		"Political prisoners released: retracted 250 people (Government of Venezuela)":          fmt.Sprintf("/f/%d", s.ids["gov-250"]),
		"Political prisoners released: corrected 30 → 21 people (Foro Penal)":                   fmt.Sprintf("/f/%d", s.ids["fp-30-replacement"]),
		"Political prisoners released: Government of Venezuela claims 400 people":               fmt.Sprintf("/f/%d", s.ids["gov-400"]),
		"People detained after the protests: Observatorio de Detenciones confirms 1,240 people": fmt.Sprintf("/f/%d", s.ids["ngo-1240"]),
	} {
		if got, ok := titles[title]; !ok || got != srv.URL+link {
			t.Errorf("no entry %q linking to %s (got %q)", title, link, got)
		}
	}
	if got := feed.Items[0].Title; got != "Political prisoners released: GAP raised" {
		t.Errorf("newest entry = %q, want the GAP", got)
	}
	mustContain(t, "the GAP entry", feed.Items[0].Description, "Confirmed: 56 people (Foro Penal", "Claimed: 400 people (Government of Venezuela", "Flags up now: GAP.")

	// Another request later gives the same document: ids and times come
	// from the events, never from the request.
	now = now.Add(36 * time.Hour)
	if _, again := fetchFeed(t, srv, "/feed.xml"); again != body {
		t.Errorf("the feed changed between two requests with no update in between")
	}

	metric, _ := fetchFeed(t, srv, "/m/detentions/feed.xml")
	if len(metric.Items) != 2 || metric.Title != "gapwatch: People detained after the protests" {
		t.Errorf("/m/detentions/feed.xml: %q with %d entries, want 2", metric.Title, len(metric.Items))
	}
	for _, it := range metric.Items {
		if !ids[it.GUID] {
			t.Errorf("the metric feed's entry %q has an id the main feed does not use", it.GUID)
		}
	}
	res, err := http.Get(srv.URL + "/m/nope/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("feed of an unknown metric = %d, want 404", res.StatusCode)
	}

	// Pages announce their feed.
	_, page := get(t, newTestHandler(s, Options{}), http.MethodGet, "/m/releases")
	mustContain(t, "/m/releases", page, `<link rel="alternate" type="application/atom+xml" title="Verified updates (Atom)" href="/m/releases/feed.xml">`)
}

// The feed lists the newest FeedSize updates and no more; with a public
// address its links and ids use it.
func TestFeedKeepsTheNewest(t *testing.T) {
	s := seedStore(t, false)
	ctx := context.Background()
	var last int64
	for i := range 150 {
		f, err := s.store.AddFigure(ctx, tracker.Figure{MetricID: "detentions", Value: int64(1000 + i), Stance: tracker.Confirmed,
			Actor: ngoName, AsOf: day("2026-01-16"), SeenAt: testNow, CreatedBy: "seed",
			Evidence: tracker.Evidence{URL: fmt.Sprintf("https://example.org/n/%d", i)}})
		if err != nil {
			t.Fatal(err)
		}
		last = f.ID
	}
	srv := httptest.NewServer(newTestHandler(s, Options{PublicURL: "https://gapwatch.example/"}))
	defer srv.Close()
	for _, path := range []string{"/feed.xml", "/m/detentions/feed.xml"} {
		feed, _ := fetchFeed(t, srv, path)
		if got := len(feed.Items); got != FeedSize {
			t.Errorf("%s has %d entries, want %d", path, got, FeedSize)
		}
		if got, want := feed.Items[0].Link, fmt.Sprintf("https://gapwatch.example/f/%d", last); got != want {
			t.Errorf("%s: newest entry links to %q, want %q", path, got, want)
		}
		if !strings.HasPrefix(feed.Items[0].GUID, "tag:gapwatch.example,2026:correction/") {
			t.Errorf("%s: entry id %q", path, feed.Items[0].GUID)
		}
	}
}

// Text from sources and the tracker file reaches the feed as text, and
// the feed stays well-formed.
func TestFeedEscapesSourceText(t *testing.T) {
	s := seedStore(t, true)
	if _, err := s.store.ApplyChange(context.Background(), tracker.Change{FigureID: s.ids["evil-claim"], Action: tracker.ActionRetract,
		Reason: "bad quote </summary><entry>" + evilScript + " \x00\x1b ñ", By: "mod"}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newTestHandler(s, Options{}))
	defer srv.Close()
	feed, body := fetchFeed(t, srv, "/m/evil/feed.xml")
	if strings.Contains(body, "<script") || strings.Contains(body, "</summary><entry>") {
		t.Errorf("the feed carries source markup unescaped:\n%s", body)
	}
	found := false
	for _, it := range feed.Items {
		if strings.Contains(it.Description, "bad quote </summary><entry>"+evilScript) {
			found = true
		}
	}
	if !found {
		t.Errorf("the retraction's reason is not in the feed as text:\n%s", body)
	}
}
