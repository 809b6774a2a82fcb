package sources

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/gapwatch/gapwatch/tracker"
)

// parseFeed reads an RSS, Atom or JSON Feed body into one Item per entry.
// A feed parser panic on hostile input is turned into an error.
func parseFeed(body []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("sources: parse feed: the feed parser failed on this input: %v", r)
		}
	}()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("sources: parse feed: %w", err)
	}
	doc = &Document{Format: tracker.FormatRSS, url: feed.Link}
	if feed.FeedType == "atom" {
		doc.Format = tracker.FormatAtom
	}
	doc.Items = make([]Item, 0, len(feed.Items))
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		doc.Items = append(doc.Items, feedItem(it))
	}
	return doc, nil
}

// feedItem turns one feed entry into an Item: the full content is
// preferred over the summary, HTML is reduced to text, and the key is the
// GUID, else the link, else the hash of the text.
func feedItem(it *gofeed.Item) Item {
	out := Item{Title: collapse(fragmentText(it.Title)), Link: strings.TrimSpace(it.Link)}
	if out.Link == "" {
		for _, l := range it.Links {
			if l = strings.TrimSpace(l); l != "" {
				out.Link = l
				break
			}
		}
	}
	switch {
	case it.PublishedParsed != nil:
		out.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		out.Published = it.UpdatedParsed.UTC()
	}
	body := fragmentText(it.Content)
	if body == "" {
		body = fragmentText(it.Description)
	}
	out.Text = joinTitle(out.Title, body)
	switch {
	case strings.TrimSpace(it.GUID) != "":
		out.Key = strings.TrimSpace(it.GUID)
	case out.Link != "":
		out.Key = out.Link
	default:
		out.Key = hashText(out.Text)
	}
	return out
}
