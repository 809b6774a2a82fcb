package sources

import (
	"bytes"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// maxArticleElements bounds the pages given to the Readability parser: a
// larger page is read by the hand-written reader, which is linear.
const maxArticleElements = 60_000

// ArticleText returns the title and the prose of the main article of an
// HTML page: what figures in prose (a source's claims) are read from.
//
// The article is found by Readability (the maintained Go port,
// codeberg.org/readeck/go-readability), which scores the page's blocks and
// leaves out teasers, "most read" lists, navigation, comment counts and
// other boilerplate full of numbers; its text is laid out like
// ReadableText's (blocks separated by blank lines). When Readability finds
// no article, fails, or the page is too large for it, the hand-written
// reader (ReadableText) is used instead. pageURL may be empty. ArticleText
// never fails.
func ArticleText(page []byte, pageURL string) (title, text string) {
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil { // html.Parse only fails on a failing reader
		return "", ""
	}
	return pageTitle(root), articleFromNode(root, pageURL)
}

// articleFromNode returns the article text of a parsed page, leaving root
// unchanged (Readability works on a copy).
func articleFromNode(root *html.Node, pageURL string) string {
	if t := readabilityText(root, pageURL); t != "" {
		return t
	}
	return readableFromNode(root)
}

// readabilityText returns the text of the article Readability finds in
// root, or "" when it finds none.
func readabilityText(root *html.Node, pageURL string) (text string) {
	defer func() {
		// a parser bug on a hostile page must not take the poll down: the
		// hand-written reader takes over
		if recover() != nil {
			text = ""
		}
	}()
	u, err := url.Parse(pageURL)
	if err != nil || pageURL == "" {
		u = nil
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxArticleElements
	art, err := p.ParseDocument(root, u)
	if err != nil || art.Node == nil {
		return ""
	}
	w := textWriter{prose: true}
	w.walk(art.Node, true)
	return w.String()
}

// relatedLeadIns start the inline links to other stories that sites put
// between an article's paragraphs.
var relatedLeadIns = []string{
	"read more", "read also", "see also", "related:", "more on this", "recommended:", "watch:",
	"lee también", "lea también", "leer más", "lee más", "le puede interesar", "te puede interesar",
	"también te puede interesar", "ver también", "relacionado:", "relacionada:", "mira también",
}

// notProse reports whether an element inside an article is not part of
// its prose: a caption, or a block that links to another story.
func notProse(n *html.Node) bool {
	// Readability renames elements without setting their atom: compare
	// the names
	switch strings.ToLower(n.Data) {
	case "figcaption":
		return true
	case "p", "div", "li", "aside", "section":
		lead := strings.ToLower(leadText(n, 40))
		for _, p := range relatedLeadIns {
			if strings.HasPrefix(lead, p) {
				return true
			}
		}
	}
	return false
}

// leadText returns the first n bytes (or fewer) of the text under node,
// with leading white space removed.
func leadText(node *html.Node, n int) string {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(c *html.Node) bool {
		if c.Type == html.TextNode {
			t := c.Data
			if b.Len() == 0 {
				t = strings.TrimLeft(t, " \t\r\n\u00a0")
			}
			b.WriteString(t)
			return b.Len() >= n
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k) {
				return true
			}
		}
		return false
	}
	walk(node)
	return b.String()
}
