package sources

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadableText returns the title and the readable text of an HTML page.
//
// The title is the <title>, else the og:title, else the first <h1>. The
// text comes from the page's <main> (or role="main"), else its <article>
// elements, else its <body>, without navigation, page headers and footers
// (an <article>'s own header and footer are kept: they hold its headline
// and byline), asides, scripts, styles, noscript, forms, embedded frames
// and hidden elements; comments never appear. Paragraphs, headings, lists,
// tables and other blocks are separated by blank lines, list items, table
// rows and <br> start new lines, and runs of white space collapse to one
// space. baseURL is where the page came from; the text carries no links,
// so it is unused for now and kept so callers need not change when links
// are resolved. Malformed HTML is read as browsers read it; ReadableText
// never fails.
func ReadableText(page []byte, baseURL string) (title, text string) {
	_ = baseURL
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil { // html.Parse only fails on a failing reader
		return "", ""
	}
	return pageTitle(root), readableFromNode(root)
}

// readableFromNode returns the readable text of a parsed page, choosing
// its main content as ReadableText describes.
func readableFromNode(root *html.Node) string {
	var body *html.Node
	var mains, articles []*html.Node
	var find func(n *html.Node, inArticle bool)
	find = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			if skipped(n, true) {
				return
			}
			switch {
			case n.DataAtom == atom.Body && body == nil:
				body = n
			case n.DataAtom == atom.Main || attr(n, "role") == "main":
				mains = append(mains, n)
				return
			case n.DataAtom == atom.Article && !inArticle:
				articles = append(articles, n)
				inArticle = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, inArticle)
		}
	}
	find(root, false)
	for _, roots := range [][]*html.Node{mains, articles} {
		if len(roots) == 0 {
			continue
		}
		var w textWriter
		for _, r := range roots {
			w.block(2)
			w.walk(r, r.DataAtom == atom.Article)
		}
		if t := w.String(); t != "" {
			return t
		}
	}
	if body == nil {
		body = root
	}
	var w textWriter
	w.walk(body, false)
	return w.String()
}

// fragmentText returns the readable text of an HTML fragment (a feed
// item's content), every part of it, without the choice of a main part.
// Text without markup only has its white space collapsed per paragraph.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return collapseParagraphs(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return collapseParagraphs(s)
	}
	var w textWriter
	for _, n := range nodes {
		w.walk(n, true)
	}
	return w.String()
}

// collapseParagraphs collapses white space within each paragraph of plain
// text (paragraphs being separated by blank lines) and keeps single line
// breaks as line breaks.
func collapseParagraphs(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// pageTitle returns the <title>, else og:title, else the first <h1>.
func pageTitle(root *html.Node) string {
	var title, og, h1 string
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = collapse(textOf(n))
				}
				return
			case atom.Meta:
				if og == "" && (attr(n, "property") == "og:title" || attr(n, "name") == "og:title") {
					og = collapse(attr(n, "content"))
				}
			case atom.H1:
				if h1 == "" && !skipped(n, false) {
					h1 = collapse(textOf(n))
				}
				return
			case atom.Script, atom.Style, atom.Template, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	for _, t := range []string{title, og, h1} {
		if t != "" {
			return t
		}
	}
	return ""
}

// skipped reports whether an element holds no readable text: scripts,
// styles, navigation, forms, hidden elements, and (outside an article)
// page headers and footers.
func skipped(n *html.Node, inArticle bool) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Aside, atom.Form, atom.Template,
		atom.Iframe, atom.Svg, atom.Math, atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Object,
		atom.Embed, atom.Canvas, atom.Dialog, atom.Audio, atom.Video, atom.Map:
		return true
	case atom.Header, atom.Footer:
		if !inArticle {
			return true
		}
	}
	if n.Namespace == "svg" || n.Namespace == "math" {
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert":
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// blockBreak is the break an element puts around itself: 2 for a blank
// line, 1 for a line break, 0 for none (inline).
func blockBreak(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Figure, atom.Section, atom.Article, atom.Main,
		atom.Address, atom.Hr, atom.Details, atom.Fieldset, atom.Header, atom.Footer, atom.Body:
		return 2
	case atom.Div, atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Br, atom.Figcaption, atom.Caption,
		atom.Summary, atom.Legend, atom.Thead, atom.Tbody, atom.Tfoot:
		return 1
	}
	return 0
}

// textWriter accumulates readable text with collapsed white space and the
// strongest break asked for between two pieces of text.
type textWriter struct {
	// prose leaves out what sits inside an article without being its
	// prose: captions and inline "Read more" links to other stories
	prose     bool
	b         strings.Builder
	pending   int  // the break to write before the next text
	needSpace bool // white space was seen since the last text on this line
}

func (w *textWriter) block(n int) {
	if n > w.pending {
		w.pending = n
	}
}

func (w *textWriter) text(s string) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		if s != "" {
			w.needSpace = true
		}
		return
	}
	if w.b.Len() > 0 {
		switch {
		case w.pending >= 2:
			w.b.WriteString("\n\n")
		case w.pending == 1:
			w.b.WriteByte('\n')
		case w.needSpace || isSpace(s[0]):
			w.b.WriteByte(' ')
		}
	}
	w.pending = 0
	for i, f := range fields {
		if i > 0 {
			w.b.WriteByte(' ')
		}
		w.b.WriteString(f)
	}
	w.needSpace = isSpace(s[len(s)-1])
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func (w *textWriter) walk(n *html.Node, inArticle bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped(n, inArticle) {
			w.needSpace = true
			return
		}
		if n.DataAtom == atom.Article {
			inArticle = true
		}
		if n.DataAtom == atom.Img {
			return
		}
		if w.prose && notProse(n) {
			w.needSpace = true
			return
		}
	case html.DocumentNode:
	default: // comments, doctypes
		return
	}
	brk := 0
	if n.Type == html.ElementNode {
		brk = blockBreak(n.DataAtom)
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			w.needSpace = true
		}
	}
	w.block(brk)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inArticle)
	}
	w.block(brk)
	if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
		w.needSpace = true
	}
}

func (w *textWriter) String() string { return w.b.String() }

// textOf returns the concatenated text nodes under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// collapse trims s and collapses its runs of white space to one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
