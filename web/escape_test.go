package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Script injection through what the tracker file and the sources supply
// (metric and actor names, quotes, evidence links, source addresses, fetch
// errors) must reach the page as text only.
func TestSourceTextIsEscaped(t *testing.T) {
	s := seedStore(t, true)
	h := newTestHandler(s, Options{})
	paths := []string{"/", "/m/evil", fmt.Sprintf("/f/%d", s.ids["evil-claim"]), fmt.Sprintf("/f/%d", s.ids["evil-confirm"]), "/m/evil/nope"}
	for _, path := range paths {
		t.Run(path, func(t *testing.T) {
			_, body := get(t, h, http.MethodGet, path)
			// The one script element a page may have is our JSON-LD data block.
			lower := strings.ReplaceAll(strings.ToLower(body), `<script type="application/ld+json">`, "")
			for _, bad := range []string{"<script", "<img src=x", `href="javascript:`, "<iframe"} {
				if strings.Contains(lower, bad) {
					t.Errorf("the page contains %q unescaped", bad)
				}
			}
			checkNoActiveContent(t, body)
		})
	}
	_, body := get(t, h, http.MethodGet, "/m/evil")
	mustContain(t, "/m/evil", body,
		"Injected &lt;script&gt;alert(1)&lt;/script&gt;",                                                  // metric name
		"<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>",                                                  // actor name
		"<td>&#34;&gt;&lt;img src=x onerror=alert(1)&gt;</td>",                                            // the other actor
		"They said &lt;script&gt;alert(1)&lt;/script&gt; and &#34;&gt;&lt;img src=x onerror=alert(1)&gt;", // quote
		`<span class="url-text" title="Not a web address: shown as text">javascript:alert(1)</span>`,      // link shown as text
	)
	_, body = get(t, h, http.MethodGet, "/")
	mustContain(t, "/", body,
		`<span class="url-text" title="Not a web address: shown as text">javascript:alert(2)</span>`, // source address
		"parse: &lt;script&gt;alert(1)&lt;/script&gt;",                                               // fetch error
	)
}

// checkNoActiveContent parses the page and fails on any script element
// (but one JSON-LD data block in the head, whose text must be valid JSON),
// event handler attribute, or link or resource that is not a web address
// or a path on this site.
func checkNoActiveContent(t *testing.T, body string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse page: %v", err)
	}
	dataBlocks := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				if attr(n, "type") != "application/ld+json" || n.Parent == nil || n.Parent.Data != "head" || len(n.Attr) != 1 {
					t.Errorf("the page has a <script> element other than the JSON-LD in its head")
					break
				}
				if dataBlocks++; dataBlocks > 1 {
					t.Errorf("the page has %d JSON-LD blocks, want at most one", dataBlocks)
				}
				if n.FirstChild == nil || n.FirstChild != n.LastChild || !json.Valid([]byte(n.FirstChild.Data)) {
					t.Errorf("the JSON-LD block is not one valid JSON text")
				}
			case "iframe", "object", "embed":
				t.Errorf("the page has a <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				if strings.HasPrefix(key, "on") {
					t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
				}
				if key == "href" || key == "src" {
					v := strings.ToLower(strings.TrimSpace(a.Val))
					if !(strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "/") || v == "data:,") ||
						strings.HasPrefix(v, "//") {
						t.Errorf("<%s %s=%q> is neither a web address nor a path here", n.Data, a.Key, a.Val)
					}
				}
				if n.Data == "a" && key == "href" && strings.HasPrefix(a.Val, "http") {
					if rel := attr(n, "rel"); rel != "nofollow noopener noreferrer" {
						t.Errorf("external link %q has rel=%q, want nofollow noopener noreferrer", a.Val, rel)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
