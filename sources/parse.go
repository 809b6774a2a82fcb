package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/gapwatch/gapwatch/tracker"
)

// Item is one readable piece of a source: a feed entry, or the whole page
// for HTML, JSON, CSV and text sources.
type Item struct {
	// Key identifies the item across polls, so each is read once: the
	// feed entry's GUID, else its link, else "sha256:" and the hash of
	// Text; for a page, "sha256:" and the hash of the body.
	Key       string
	Title     string
	Link      string
	Published time.Time // zero when the source does not say
	// Text is the readable plain text: the title, then the body with
	// paragraphs separated by blank lines.
	Text string
}

// Document is a parsed source: its items, and for HTML, JSON, CSV and text
// the parsed page for structured extraction (ExtractFields).
type Document struct {
	// Format is the format the body was read as: rss for RSS and JSON
	// Feed, atom for Atom, else the page format.
	Format tracker.Format
	Items  []Item

	url  string
	html *goquery.Document
	json any // decoded with json.Number
	csv  *csvTable
	text string
}

// Parse reads a fetched body in the given format; format "" detects it
// from the Content-Type and, when that is missing or generic (text/plain,
// application/xml, application/octet-stream…), from the first bytes. The
// rss and atom formats read any feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed).
// HTML, JSON, CSV and text pages become one Item keyed by the content
// hash. It returns an error saying the format and what was wrong for a
// 304 response (there is no body), a malformed feed, JSON or CSV, and an
// unknown format; HTML and text always parse.
func Parse(format tracker.Format, resp Response) (doc *Document, err error) {
	if resp.NotModified {
		return nil, errors.New("sources: parse: a 304 Not Modified response has no body")
	}
	if format == tracker.FormatAuto {
		format = DetectFormat(resp.ContentType, resp.Body)
	}
	hash := resp.ContentHash
	if hash == "" {
		sum := sha256.Sum256(resp.Body)
		hash = hex.EncodeToString(sum[:])
	}
	page := &Document{Format: format, url: resp.FinalURL}
	pageItem := Item{Key: "sha256:" + hash, Link: resp.FinalURL}
	switch format {
	case tracker.FormatRSS, tracker.FormatAtom:
		return parseFeed(resp.Body)
	case tracker.FormatHTML:
		root, err := html.Parse(bytes.NewReader(resp.Body))
		if err != nil {
			return nil, fmt.Errorf("sources: parse html: %w", err)
		}
		page.html = goquery.NewDocumentFromNode(root)
		pageItem.Title = pageTitle(root)
		pageItem.Published = pagePublished(page.html)
		pageItem.Text = joinTitle(pageItem.Title, articleFromNode(root, resp.FinalURL))
	case tracker.FormatJSON:
		v, err := decodeJSON(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("sources: parse json: %w", err)
		}
		page.json = v
		pageItem.Text = strings.TrimSpace(string(resp.Body))
	case tracker.FormatCSV:
		t, err := parseCSV(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("sources: parse csv: %w", err)
		}
		page.csv = t
		pageItem.Text = strings.TrimSpace(normalizeNewlines(string(resp.Body)))
	case tracker.FormatText:
		page.text = normalizeNewlines(string(resp.Body))
		pageItem.Text = collapseParagraphs(page.text)
	default:
		return nil, fmt.Errorf("sources: parse: format %q is not one of rss, atom, html, json, csv, text", format)
	}
	page.Items = []Item{pageItem}
	return page, nil
}

// Unchanged reports whether a fetch brought nothing new compared with the
// state kept from the last poll: the server answered 304, or the body hashes
// the same. An unchanged page needs no parsing and no extraction.
func Unchanged(resp Response, last tracker.SourceState) bool {
	return resp.NotModified || (resp.ContentHash != "" && resp.ContentHash == last.ContentHash)
}

// joinTitle puts the title before the text, unless the text already
// starts with it (a headline repeated in an <h1>).
func joinTitle(title, text string) string {
	switch {
	case title == "":
		return text
	case text == "":
		return title
	case strings.HasPrefix(text, title):
		return text
	}
	return title + "\n\n" + text
}

// pagePublished returns the publication time a page declares in its
// metadata (article:published_time, datePublished, date), or zero.
func pagePublished(doc *goquery.Document) time.Time {
	for _, sel := range []string{
		`meta[property="article:published_time"]`, `meta[itemprop="datePublished"]`,
		`meta[name="date"]`, `meta[name="DC.date.issued"]`,
	} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if t, ok := parseLooseTime(v); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// parseLooseTime reads the date forms seen in page metadata.
func parseLooseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// decodeJSON decodes one JSON value, numbers kept as json.Number, and
// refuses trailing data.
func decodeJSON(body []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("empty body")
		}
		return nil, jsonErrorAt(body, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("data after the JSON value at byte %d", dec.InputOffset())
	}
	return v, nil
}

// jsonErrorAt adds the line of a JSON syntax error to its message.
func jsonErrorAt(body []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset <= int64(len(body)) {
		line := 1 + bytes.Count(body[:se.Offset], []byte("\n"))
		return fmt.Errorf("line %d: %w", line, err)
	}
	return err
}

func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func hashText(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:])
}
