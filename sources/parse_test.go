package sources

import (
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

func parseFixture(t *testing.T, format tracker.Format, name, contentType string) *Document {
	t.Helper()
	body, _, err := decodeToUTF8(fixture(t, name), contentType)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(format, Response{Body: body, ContentType: contentType, FinalURL: "https://example.org/" + name})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return doc
}

func TestParseFeeds(t *testing.T) {
	type wantItem struct {
		key, title, link string
		published        time.Time
		text             string
	}
	tests := []struct {
		name       string
		format     tracker.Format
		wantFormat tracker.Format
		want       []wantItem
	}{
		{"feed_en.rss", tracker.FormatRSS, tracker.FormatRSS, []wantItem{
			{"daily-2025-01-10-releases", "Rights group confirms 56 releases", "https://daily.example.org/2025/01/10/releases",
				time.Date(2025, 1, 10, 14, 30, 0, 0, time.UTC),
				"Rights group confirms 56 releases\n\nForo Penal said it had verified 56 releases.\n\nThe government claimed 400."},
			{"https://daily.example.org/2025/01/09/families", "Families wait outside prison", "https://daily.example.org/2025/01/09/families",
				time.Date(2025, 1, 9, 9, 0, 0, 0, time.UTC),
				"Families wait outside prison\n\nRelatives of detainees gathered at dawn."},
			{hashText("Statement without a link\n\nA statement with neither GUID nor link."), "Statement without a link", "", time.Time{},
				"Statement without a link\n\nA statement with neither GUID nor link."},
		}},
		{"feed_es.atom", "", tracker.FormatAtom, []wantItem{
			{"tag:boletin.example.org,2025:balance-enero", "Balance de excarcelaciones", "https://boletin.example.org/balance-enero",
				time.Date(2025, 1, 11, 9, 0, 0, 0, time.UTC),
				"Balance de excarcelaciones\n\nEl Foro Penal verificó 56 excarcelaciones.\n\nEl gobierno afirma que son cuatrocientas."},
			{"tag:boletin.example.org,2025:zulia", "Detenciones en Zulia", "https://boletin.example.org/zulia",
				time.Date(2025, 1, 9, 18, 0, 0, 0, time.UTC),
				"Detenciones en Zulia\n\nSe reportaron 14 detenciones arbitrarias en el estado Zulia."},
		}},
		{"feed.json", tracker.FormatRSS, tracker.FormatRSS, []wantItem{
			{"monitor-1", "Nuevo balance", "https://monitor.example.org/1", time.Date(2025, 1, 10, 12, 0, 0, 0, time.UTC),
				"Nuevo balance\n\nSe confirmaron 56 excarcelaciones."},
			{"monitor-2", "Plain note", "", time.Time{}, "Plain note\n\nThe ministry repeated its figure of 400."},
		}},
		{"feed_latin1.rss", tracker.FormatRSS, tracker.FormatRSS, []wantItem{
			{"noticias-2025-0110", "Excarcelación de presos políticos", "https://noticias.example.org/2025/01/excarcelaciones", time.Time{},
				"Excarcelación de presos políticos\n\nEl Foro Penal confirmó 56 excarcelaciones; el gobierno habla de 400."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseFixture(t, tt.format, tt.name, "")
			if got, want := doc.Format, tt.wantFormat; got != want {
				t.Errorf("format = %q, want %q", got, want)
			}
			if got, want := len(doc.Items), len(tt.want); got != want {
				t.Fatalf("items = %d, want %d", got, want)
			}
			for i, w := range tt.want {
				got := doc.Items[i]
				if got.Key != w.key || got.Title != w.title || got.Link != w.link || !got.Published.Equal(w.published) || got.Text != w.text {
					t.Errorf("item %d =\n%+v\nwant\n%+v", i, got, w)
				}
			}
		})
	}
}

func TestParsePages(t *testing.T) {
	tests := []struct {
		name, contentType string
		format            tracker.Format
		wantTitle         string
		wantText          []string
		notText           []string
	}{
		{"article_en.html", "text/html", "", "Rights group confirms 56 releases as government claims 400",
			[]string{"Rights group confirms 56 releases as government claims 400\n\nBy a staff writer\n\nCARACAS",
				"verified 56 releases of political prisoners", "Caracas: 20\nZulia: 14\nOther states: 22", "Foro Penal 56\nGovernment 400"},
			nil},
		{"balance_latin1.html", "text/html", tracker.FormatHTML, "Informe sobre presos políticos",
			[]string{"Informe sobre presos políticos\n\nExcarcelaciones verificadas: 56\n\nLa organización documentó"},
			[]string{"Página principal"}},
		{"figures.json", "application/json", "", "", []string{`"released": 56`}, nil},
		{"figures.csv", "text/csv", "", "", []string{"Date,Released"}, nil},
		{"notes.txt", "text/plain", "", "", []string{"Weekly note, 10 January 2025\n\nVerified releases this week: 56\nGovernment claim: four hundred"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseFixture(t, tt.format, tt.name, tt.contentType)
			if len(doc.Items) != 1 {
				t.Fatalf("items = %d, want 1", len(doc.Items))
			}
			it := doc.Items[0]
			if !strings.HasPrefix(it.Key, "sha256:") || len(it.Key) != len("sha256:")+64 {
				t.Errorf("key = %q, want sha256: and the content hash", it.Key)
			}
			if it.Title != tt.wantTitle {
				t.Errorf("title = %q, want %q", it.Title, tt.wantTitle)
			}
			if it.Link != "https://example.org/"+tt.name {
				t.Errorf("link = %q, want the final URL", it.Link)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(it.Text, w) {
					t.Errorf("text %q\ndoes not contain %q", it.Text, w)
				}
			}
			for _, w := range tt.notText {
				if strings.Contains(it.Text, w) {
					t.Errorf("text %q\ncontains %q", it.Text, w)
				}
			}
		})
	}
}

func TestPageKeyIsContentHash(t *testing.T) {
	doc, err := Parse(tracker.FormatText, Response{Body: []byte("56"), ContentHash: "abc"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Items[0].Key, "sha256:abc"; got != want {
		t.Errorf("key = %q, want %q", got, want)
	}
	doc, err = Parse(tracker.FormatText, Response{Body: []byte("56")})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Items[0].Key, hashText("56"); got != want {
		t.Errorf("key without a hash = %q, want %q", got, want)
	}
}

func TestReadableTextExcludesChrome(t *testing.T) {
	title, text := ReadableText(fixture(t, "article_en.html"), "https://daily.example.org/a")
	if got, want := title, "Rights group confirms 56 releases as government claims 400"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	for _, bad := range []string{
		"9999", "4242", // scripts
		"font-family",               // style
		"7777",                      // comment
		"12345",                     // hidden
		"31337",                     // noscript
		"World", "Politics", "Home", // navigation
		"Example Daily", "All rights reserved", // site header and footer
		"Prison census", "Related", // aside
		"Subscribe", "Email", // form
	} {
		if strings.Contains(text, bad) {
			t.Errorf("readable text contains %q:\n%s", bad, text)
		}
	}
	for _, good := range []string{"By a staff writer", "Filed from Caracas.", "What the numbers mean\n\nVerified cases"} {
		if !strings.Contains(text, good) {
			t.Errorf("readable text lacks %q:\n%s", good, text)
		}
	}
}

func TestReadableTextLayout(t *testing.T) {
	tests := []struct {
		name, html string
		wantTitle  string
		wantText   string
	}{
		{"paragraphs and whitespace", `<p>One   two
			three</p><p>Four</p>`, "", "One two three\n\nFour"},
		{"inline elements keep spaces", `<p>Foro <b>Penal</b> counted <em>56</em>.</p>`, "", "Foro Penal counted 56."},
		{"no space invented inside words", `<p>exca<b>rcel</b>ación</p>`, "", "excarcelación"},
		{"list items on lines", `<h2>Totals</h2><ul><li>One</li><li>Two</li></ul><p>After</p>`, "", "Totals\n\nOne\nTwo\n\nAfter"},
		{"br is a line break", `<p>Line one<br>Line two</p>`, "", "Line one\nLine two"},
		{"table cells", `<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>`, "", "A 1\nB 2"},
		{"article chosen over body", `<body><div>Menu junk</div><article><p>Story</p></article></body>`, "", "Story"},
		{"main chosen", `<body><div>Junk</div><div role="main"><p>Core</p></div></body>`, "", "Core"},
		{"empty main falls back", `<body><main></main><p>Text</p></body>`, "", "Text"},
		{"title from h1", `<body><h1>Head line</h1><p>x</p></body>`, "Head line", "Head line\n\nx"},
		{"title from og", `<head><meta property="og:title" content="OG title"></head><body><h1>H</h1></body>`, "OG title", "H"},
		{"hidden styles", `<p style="display: none">gone</p><p aria-hidden="true">gone too</p><p>kept</p>`, "", "kept"},
		{"entities", `<p>Caf&eacute; &amp; t&#233;</p>`, "", "Café & té"},
		{"empty", ``, "", ""},
		{"malformed", `<p>open <b>bold <i>both</p> tail`, "", "open bold both\n\ntail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, text := ReadableText([]byte(tt.html), "")
			if title != tt.wantTitle || text != tt.wantText {
				t.Errorf("ReadableText = %q, %q; want %q, %q", title, text, tt.wantTitle, tt.wantText)
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		contentType, body string
		want              tracker.Format
	}{
		{"application/rss+xml", "", tracker.FormatRSS},
		{"application/atom+xml; charset=utf-8", "", tracker.FormatAtom},
		{"application/feed+json", "{}", tracker.FormatRSS},
		{"text/html; charset=iso-8859-1", "", tracker.FormatHTML},
		{"application/xhtml+xml", "", tracker.FormatHTML},
		{"application/json", `{"a":1}`, tracker.FormatJSON},
		{"application/json", `{"version":"https://jsonfeed.org/version/1.1","items":[]}`, tracker.FormatRSS},
		{"application/vnd.api+json", `{}`, tracker.FormatJSON},
		{"text/csv", "a,b\n1,2", tracker.FormatCSV},
		{"text/xml", `<?xml version="1.0"?><!-- c --><rss version="2.0"></rss>`, tracker.FormatRSS},
		{"application/xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, tracker.FormatAtom},
		{"", `<rdf:RDF xmlns:rdf="x"></rdf:RDF>`, tracker.FormatRSS},
		{"text/plain", "<!DOCTYPE html><html><body>x</body></html>", tracker.FormatHTML},
		{"", "  \n<p>fragment</p>", tracker.FormatHTML},
		{"application/octet-stream", `[1,2,3]`, tracker.FormatJSON},
		{"", `[Update] 56 released`, tracker.FormatText},
		{"", `plain words`, tracker.FormatText},
		{"", ``, tracker.FormatText},
		{"bogus;;;", `{"a":1}`, tracker.FormatJSON},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.contentType, []byte(tt.body)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %q, want %q", tt.contentType, tt.body, got, tt.want)
		}
	}
}

func TestParseMalformed(t *testing.T) {
	tests := []struct {
		name   string
		format tracker.Format
		body   string
		want   string // in the error
	}{
		{"truncated XML feed", tracker.FormatRSS, string(fixture(t, "malformed.xml")), "line 7"},
		{"not a feed", tracker.FormatRSS, "hello", "parse feed"},
		{"empty feed body", tracker.FormatAtom, "", "parse feed"},
		{"bad JSON", tracker.FormatJSON, string(fixture(t, "malformed.json")), "parse json"},
		{"JSON with trailing data", tracker.FormatJSON, `{"a":1} {"b":2}`, "data after the JSON value"},
		{"empty JSON", tracker.FormatJSON, ``, "empty body"},
		{"bad CSV quoting", tracker.FormatCSV, string(fixture(t, "malformed.csv")), "line 3"},
		{"empty CSV", tracker.FormatCSV, "", "no header row"},
		{"unknown format", tracker.Format("pdf"), "x", `format "pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.format, Response{Body: []byte(tt.body)})
			if err == nil {
				t.Fatal("Parse succeeded")
			}
			if !strings.HasPrefix(err.Error(), "sources: parse") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not start with sources: parse and say %q", err, tt.want)
			}
		})
	}
	if _, err := Parse(tracker.FormatHTML, Response{NotModified: true}); err == nil {
		t.Error("Parse of a 304 succeeded")
	}
}

func TestParseCSVSeparator(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"a,b;c\n", []string{"a", "b;c"}},
		{"fecha;valor;nota\n", []string{"fecha", "valor", "nota"}},
		{"a\tb\tc\n", []string{"a", "b", "c"}},
		{"\"x;y\",z\n", []string{"x;y", "z"}},
	}
	for _, tt := range tests {
		tab, err := parseCSV([]byte(tt.body))
		if err != nil {
			t.Fatalf("parseCSV(%q): %v", tt.body, err)
		}
		if got := strings.Join(tab.header, "|"); got != strings.Join(tt.want, "|") {
			t.Errorf("parseCSV(%q) header = %q, want %q", tt.body, got, tt.want)
		}
	}
}
