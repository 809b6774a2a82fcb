package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/gapwatch/gapwatch/tracker"
)

// jsonLDBlocks returns the text of every <script type="application/ld+json">
// of a page.
func jsonLDBlocks(t *testing.T, body string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse page: %v", err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" && attr(n, "type") == "application/ld+json" {
			text := ""
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				text += c.Data
			}
			out = append(out, text)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// claimReviewOf returns the page's one ClaimReview, decoded; ok is false
// when the page has none.
func claimReviewOf(t *testing.T, h http.Handler, path string) (r ldClaimReview, ok bool) {
	t.Helper()
	res, body := get(t, h, http.MethodGet, path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d", path, res.StatusCode)
	}
	blocks := jsonLDBlocks(t, body)
	switch len(blocks) {
	case 0:
		return r, false
	case 1:
	default:
		t.Fatalf("%s has %d JSON-LD blocks, want one", path, len(blocks))
	}
	dec := json.NewDecoder(strings.NewReader(blocks[0]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("%s: the JSON-LD does not parse: %v\n%s", path, err, blocks[0])
	}
	return r, true
}

func TestClaimReview(t *testing.T) {
	s := seedStore(t, false)
	ctx := context.Background()
	// A claim from before any confirmation, and one that matches it.
	for name, f := range map[string]tracker.Figure{
		"gov-early": {MetricID: "detentions", Value: 80, Stance: tracker.Claimed, Actor: govName, AsOf: day("2026-01-02"),
			Evidence: tracker.Evidence{URL: "https://example.org/gov/early", Quote: "80 were held."}},
		"gov-match": {MetricID: "detentions", Value: 1240, Qualifier: tracker.AtLeast, Stance: tracker.Claimed, Actor: govName, AsOf: day("2026-01-16"),
			Evidence: tracker.Evidence{URL: "https://example.org/gov/match", Quote: "At least 1,240 were held."}},
	} {
		f.SeenAt, f.CreatedBy = f.AsOf.Add(10*time.Hour), "seed"
		got, err := s.store.AddFigure(ctx, f)
		if err != nil {
			t.Fatalf("add %s: %v", name, err)
		}
		s.ids[name] = got.ID
	}
	h := newTestHandler(s, Options{PublicURL: "https://gapwatch.example/", PublicName: "Verifica Venezuela"})

	tests := []struct {
		figure        string
		claimReviewed string
		rating        string
		appearance    string
		claimDate     string
	}{
		{"gov-400", "Government of Venezuela: 400 people (Political prisoners released)",
			"Exceeds the confirmed count of 41 by 359 (9.8×)", "https://example.org/gov/2026-01-13", "2026-01-13"},
		{"gov-116", "Government of Venezuela: 116 people (Political prisoners released)",
			"Exceeds the confirmed count of 9 by 107 (12.9×)", "https://example.org/gov/2026-01-09", "2026-01-09"},
		{"gov-900", "Government of Venezuela: 900 people (Political prisoners released)", // pending
			"Exceeds the confirmed count of 56 by 844 (16.1×)", "https://example.org/wire/2026-01-16", "2026-01-16"},
		{"gov-300", "Government of Venezuela: 300 people (People detained after the protests)",
			"Below the confirmed count of 1,240 by 940 (0.24×)", "", "2026-01-15"},
		{"gov-early", "Government of Venezuela: 80 people (People detained after the protests)",
			"No confirmed count yet", "https://example.org/gov/early", "2026-01-02"},
		{"gov-match", "Government of Venezuela: at least 1,240 people (People detained after the protests)",
			"Matches the confirmed count of 1,240", "https://example.org/gov/match", "2026-01-16"},
	}
	for _, tt := range tests {
		t.Run(tt.figure, func(t *testing.T) {
			id := s.ids[tt.figure]
			reviewed := testNow.Format(time.DateOnly) // the store's clock approved it
			if tt.figure == "gov-900" {
				reviewed = tt.claimDate // pending: when it was seen
			}
			r, ok := claimReviewOf(t, h, fmt.Sprintf("/f/%d", id))
			if !ok {
				t.Fatalf("figure %s has no ClaimReview", tt.figure)
			}
			checks := []struct{ what, got, want string }{
				{"@context", r.Context, "https://schema.org"},
				{"@type", r.Type, "ClaimReview"},
				{"url", r.URL, fmt.Sprintf("https://gapwatch.example/f/%d", id)},
				{"claimReviewed", r.ClaimReviewed, tt.claimReviewed},
				{"author.@type", r.Author.Type, "Organization"},
				{"author.name", r.Author.Name, "Verifica Venezuela"},
				{"author.url", r.Author.URL, "https://gapwatch.example/"},
				{"datePublished", r.DatePublished, reviewed}, // when it was approved
				{"itemReviewed.@type", r.ItemReviewed.Type, "Claim"},
				{"itemReviewed.author.@type", r.ItemReviewed.Author.Type, "Organization"},
				{"itemReviewed.author.name", r.ItemReviewed.Author.Name, govName},
				{"itemReviewed.datePublished", r.ItemReviewed.DatePublished, tt.claimDate},
				{"reviewRating.@type", r.ReviewRating.Type, "Rating"},
				{"reviewRating.alternateName", r.ReviewRating.AlternateName, tt.rating},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
			var want []ldCreativeWork
			if tt.appearance != "" {
				want = []ldCreativeWork{{Type: "CreativeWork", URL: tt.appearance}}
			}
			if fmt.Sprint(r.ItemReviewed.Appearance) != fmt.Sprint(want) {
				t.Errorf("appearance = %v, want %v", r.ItemReviewed.Appearance, want)
			}
		})
	}

	// No review on confirmed figures, nor on claims that were retracted
	// or corrected.
	for _, name := range []string{"fp-56", "ngo-1240", "gov-250", "fp-30"} {
		if _, ok := claimReviewOf(t, h, fmt.Sprintf("/f/%d", s.ids[name])); ok {
			t.Errorf("figure %s carries a ClaimReview", name)
		}
	}
	// Without a public address the URL is the permalink's path and the
	// publisher is the default name.
	r, _ := claimReviewOf(t, newTestHandler(s, Options{}), fmt.Sprintf("/f/%d", s.ids["gov-400"]))
	if got, want := r.URL, fmt.Sprintf("/f/%d", s.ids["gov-400"]); got != want {
		t.Errorf("url without a public address = %q, want %q", got, want)
	}
	if r.Author.Name != "gapwatch" || r.Author.URL != "" {
		t.Errorf("author without a public name = %+v, want gapwatch without a URL", r.Author)
	}
}

// What sources and the tracker file supply reaches the JSON-LD as data:
// the block still parses, gives the hostile text back unchanged, and holds
// no "<" that could close the element.
func TestClaimReviewEscapesHostileText(t *testing.T) {
	s := seedStore(t, true)
	h := newTestHandler(s, Options{})
	path := fmt.Sprintf("/f/%d", s.ids["evil-claim"])
	_, body := get(t, h, http.MethodGet, path)
	blocks := jsonLDBlocks(t, body)
	if len(blocks) != 1 {
		t.Fatalf("%s has %d JSON-LD blocks, want 1", path, len(blocks))
	}
	if strings.ContainsAny(blocks[0], "<>") {
		t.Errorf("the JSON-LD holds < or >: %s", blocks[0])
	}
	r, _ := claimReviewOf(t, h, path)
	if r.ItemReviewed.Author.Name != evilScript {
		t.Errorf("claimant = %q, want %q", r.ItemReviewed.Author.Name, evilScript)
	}
	if want := evilScript + ": 77 people" + evilAttr + " (Injected " + evilScript + ")"; r.ClaimReviewed != want {
		t.Errorf("claimReviewed = %q, want %q", r.ClaimReviewed, want)
	}
	if len(r.ItemReviewed.Appearance) != 0 {
		t.Errorf("a javascript: evidence link became an appearance: %v", r.ItemReviewed.Appearance)
	}

	hostile := []string{
		`</script><script>alert(1)</script>`,
		`</SCRIPT >`, `<!--`, `"quoted" 'single' \back\slash`,
		"line\u2028separator\u2029paragraph", "Régimen 👍 ñ 中文", "&amp; &lt;",
	}
	for _, text := range hostile {
		js, err := jsonLD(ldAgent{Type: "Person", Name: text})
		if err != nil {
			t.Fatalf("jsonLD(%q): %v", text, err)
		}
		if strings.ContainsAny(string(js), "<>\u2028\u2029") {
			t.Errorf("jsonLD(%q) = %s: holds a character that can end the element or the line", text, js)
		}
		var back ldAgent
		if err := json.Unmarshal([]byte(js), &back); err != nil || back.Name != text {
			t.Errorf("jsonLD(%q) does not round-trip: %s (%v)", text, js, err)
		}
	}
}

// The permalink lists how many links and sites back the figure.
func TestFigurePageShowsSupport(t *testing.T) {
	s := seedStore(t, false)
	ctx := context.Background()
	for _, u := range []string{"https://news.example.net/story", "https://www.example.org/other-page"} {
		_, created, err := s.store.RecordFigure(ctx, tracker.Figure{
			MetricID: "releases", Value: 56, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: forumName,
			SourceID: "wire-feed", Origin: tracker.OriginStructured, AsOf: day("2026-01-15"), SeenAt: testNow,
			Status: tracker.Approved, CreatedBy: "source:wire-feed",
			Evidence: tracker.Evidence{URL: u, Quote: "Foro Penal: 56 released.", SourceID: "wire-feed"},
		})
		if err != nil || created {
			t.Fatalf("record a repeat at %s: created %v, %v", u, created, err)
		}
	}
	h := newTestHandler(s, Options{})
	_, body := get(t, h, http.MethodGet, fmt.Sprintf("/f/%d", s.ids["fp-56"]))
	mustContain(t, "the permalink", body,
		`Supported by 3 distinct links from 2 sites: <span class="site">example.org</span>, <span class="site">news.example.net</span>.`)
	_, body = get(t, h, http.MethodGet, fmt.Sprintf("/f/%d", s.ids["gov-400"]))
	mustContain(t, "a figure seen once", body, `Supported by 1 link from 1 site: <span class="site">example.org</span>.`)
}
