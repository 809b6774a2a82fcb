package web

import (
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// snapshotView is the archived text of /s/{hash}, cut into paragraphs and
// lines whose quoted parts are marked.
type snapshotView struct {
	Hash       string
	Link       linkView
	FetchedAt  timeView
	Size       int
	Quotes     int // distinct quotes of evidence pointing to the snapshot
	Marked     int // how many of them were found in the text
	Figures    []figureRef
	Paragraphs [][]snippet
}

// figureRef links a figure that quotes the snapshot.
type figureRef struct {
	ID   int64
	Path string
}

// snippet is a run of text, marked when it belongs to a quote; Break puts
// a line break before it.
type snippet struct {
	Text   string
	Marked bool
	Break  bool
}

// handleSnapshot serves /s/{hash}: the archived text with the sentences
// quoted as evidence marked, its address, fetch time and hash. A malformed
// or unknown hash gets the 404 page.
func (s *server) handleSnapshot(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	hash := r.PathValue("hash")
	if !tracker.ValidSnapshotHash(hash) {
		s.renderError(w, r, http.StatusNotFound, "There is no archived text at this address: a snapshot is named by 64 lowercase hexadecimal digits (its SHA-256).")
		return
	}
	snap, err := s.store.Snapshot(ctx, hash)
	if err != nil {
		if tracker.ErrorCode(err) == tracker.NotFound {
			s.renderError(w, r, http.StatusNotFound, "No archived text has this hash: it was never stored, or no evidence refers to it any more and it was removed.")
			return
		}
		s.fail(w, r, "read snapshot", err)
		return
	}
	refs, err := s.store.SnapshotQuotes(ctx, hash)
	if err != nil {
		s.fail(w, r, "read snapshot quotes", err)
		return
	}
	var quotes []string
	var figures []figureRef
	seenQuote, seenFigure := map[string]bool{}, map[int64]bool{}
	for _, q := range refs {
		if q.Quote != "" && !seenQuote[q.Quote] {
			seenQuote[q.Quote] = true
			quotes = append(quotes, q.Quote)
		}
		if !seenFigure[q.FigureID] {
			seenFigure[q.FigureID] = true
			figures = append(figures, figureRef{ID: q.FigureID, Path: fmt.Sprintf("/f/%d", q.FigureID)})
		}
	}
	now := s.now()
	spans, marked := quoteSpans(snap.Text, quotes)
	v := snapshotView{
		Hash: snap.Hash, Link: newLink(snap.URL), FetchedAt: momentView(snap.FetchedAt, now), Size: len(snap.Text),
		Quotes: len(quotes), Marked: marked, Figures: figures, Paragraphs: markText(snap.Text, spans),
	}
	s.renderPage(w, r, http.StatusOK, "snapshot", page{
		Title:       "Archived text " + hash[:12],
		Description: fmt.Sprintf("The text of %s as gapwatch fetched it, with the quoted sentences marked.", v.Link.URL),
		Canonical:   s.absolute("/s/" + hash),
		Generated:   momentView(now, now),
		Content:     v,
	})
}

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// quoteSpans finds the first occurrence of each quote in text and returns
// the ranges, sorted and merged, and how many quotes were found. Only the
// first is marked: a short structured value ("56") may recur elsewhere in
// the page. A quote cut short with "…" (structured fields) is looked for
// without it.
func quoteSpans(text string, quotes []string) ([]span, int) {
	var spans []span
	found := 0
	for _, q := range quotes {
		q = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(q), "…"))
		if q == "" {
			continue
		}
		if i := strings.Index(text, q); i >= 0 {
			spans = append(spans, span{i, i + len(q)})
			found++
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	merged := spans[:0]
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, sp.end)
			continue
		}
		merged = append(merged, sp)
	}
	return merged, found
}

// markText cuts text into paragraphs (separated by blank lines) of
// snippets, line breaks kept, the spans marked.
func markText(text string, spans []span) [][]snippet {
	var out [][]snippet
	var para []snippet
	flush := func() {
		if len(para) > 0 {
			out = append(out, para)
			para = nil
		}
	}
	// Walk the text by line; each line is cut at the span boundaries.
	si := 0
	pos := 0
	lineBreak := false
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		if strings.TrimSpace(line) == "" {
			flush()
			lineBreak = false
		} else {
			cur := pos
			first := true
			for cur < end {
				for si < len(spans) && spans[si].end <= cur {
					si++
				}
				next, mark := end, false
				if si < len(spans) {
					switch {
					case spans[si].start <= cur:
						next, mark = min(spans[si].end, end), true
					case spans[si].start < end:
						next = spans[si].start
					}
				}
				para = append(para, snippet{Text: text[cur:next], Marked: mark, Break: first && lineBreak})
				first = false
				cur = next
			}
			lineBreak = true
		}
		if end == len(text) {
			break
		}
		pos = end + 1
	}
	flush()
	return out
}
