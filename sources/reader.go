package sources

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/sources/extract"
	"github.com/gapwatch/gapwatch/tracker"
)

// Reader reads a source for the ingest use case: it fetches politely,
// skips what has not changed, parses, and extracts figures from structured
// fields and from the prose of items not read before. It implements
// tracker.SourceReader.
type Reader struct {
	Fetcher *Fetcher

	mu        sync.Mutex
	catalog   string // fingerprint of the metrics and actors the extractor was built for
	extractor *extract.Extractor
}

// NewReader returns a Reader over one shared Fetcher.
func NewReader(f *Fetcher) *Reader { return &Reader{Fetcher: f} }

// waitError is a fetch failure after which the server asked to wait.
type waitError struct {
	err  error
	wait time.Duration
}

func (e *waitError) Error() string             { return e.err.Error() }
func (e *waitError) Unwrap() error             { return e.err }
func (e *waitError) RetryAfter() time.Duration { return e.wait }

// Read fetches src and returns what is new. A failed fetch or an
// unparseable body is an error (with a RetryAfter() method when the server
// asked to wait); an unchanged body (304 or the same content hash) is a
// Reading with NotModified set and nothing extracted.
func (r *Reader) Read(ctx context.Context, src tracker.Source, st tracker.SourceState, metrics []tracker.Metric, actors []tracker.Actor,
	unseen func(keys []string) ([]string, error)) (tracker.Reading, error) {
	resp, err := r.Fetcher.Fetch(ctx, Request{SourceID: src.ID, URL: src.URL, ETag: st.ETag, LastModified: st.LastModified, AllowPrivate: src.AllowPrivate})
	if err != nil {
		var fe *FetchError
		if errors.As(err, &fe) && fe.RetryAfter > 0 {
			return tracker.Reading{}, &waitError{err: err, wait: fe.RetryAfter}
		}
		return tracker.Reading{}, err
	}
	reading := tracker.Reading{ETag: resp.ETag, LastModified: resp.LastModified, ContentHash: resp.ContentHash}
	if resp.NotModified {
		// A 304 may omit the validators: keep the ones that worked.
		reading.ETag = firstNonEmpty(resp.ETag, st.ETag)
		reading.LastModified = firstNonEmpty(resp.LastModified, st.LastModified)
		reading.ContentHash = st.ContentHash
	}
	if Unchanged(resp, st) {
		reading.NotModified = true
		return reading, nil
	}
	doc, err := Parse(src.Format, resp)
	if err != nil {
		return tracker.Reading{}, fmt.Errorf("sources: source %s: %w", src.ID, err)
	}
	keys := make([]string, len(doc.Items))
	for i, it := range doc.Items {
		keys[i] = it.Key
	}
	fresh, err := unseen(keys)
	if err != nil {
		return tracker.Reading{}, err
	}
	isFresh := make(map[string]bool, len(fresh))
	for _, k := range fresh {
		isFresh[k] = true
	}
	byKey := map[string]int{} // item key → index in reading.Items
	item := func(it Item) *tracker.ReadItem {
		if i, ok := byKey[it.Key]; ok {
			return &reading.Items[i]
		}
		url := it.Link
		if url == "" {
			url = firstNonEmpty(resp.FinalURL, src.URL)
		}
		byKey[it.Key] = len(reading.Items)
		reading.Items = append(reading.Items, tracker.ReadItem{Key: it.Key, URL: url, Published: it.Published, Text: it.Text})
		return &reading.Items[len(reading.Items)-1]
	}

	if len(src.Figures) > 0 && doc.Format != tracker.FormatRSS && doc.Format != tracker.FormatAtom && len(doc.Items) == 1 {
		exts, misses, err := ExtractFields(doc, src, actors)
		if err != nil {
			return tracker.Reading{}, fmt.Errorf("sources: source %s: %w", src.ID, err)
		}
		for _, m := range misses {
			reading.Misses = append(reading.Misses, tracker.FieldMiss{Rule: m.Rule, Select: m.Select, Reason: m.Reason})
		}
		if page := doc.Items[0]; isFresh[page.Key] {
			target := item(page)
			for _, e := range exts {
				target.Found = append(target.Found, found(e, target.URL, resp.ContentHash))
			}
		}
	}
	if len(src.Claims) > 0 {
		ex := r.extractorFor(metrics, actors)
		for _, it := range doc.Items {
			if !isFresh[it.Key] {
				continue
			}
			target := item(it)
			for _, e := range ex.Extract(it.Text, src.Claims) {
				target.Found = append(target.Found, found(e, target.URL, hashText(it.Text)))
			}
		}
	}
	// Items read but holding nothing are still marked read.
	for _, it := range doc.Items {
		if isFresh[it.Key] {
			item(it)
		}
	}
	return reading, nil
}

// extractorFor returns a prose extractor for the catalog, rebuilt only
// when the metrics or actors change (a reload).
func (r *Reader) extractorFor(metrics []tracker.Metric, actors []tracker.Actor) *extract.Extractor {
	fp := fmt.Sprintf("%v|%v", metrics, actors)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.extractor == nil || r.catalog != fp {
		r.extractor, r.catalog = extract.New(metrics, actors), fp
	}
	return r.extractor
}

// found turns an extraction into a candidate figure with its evidence.
func found(e extract.Extraction, url, contentHash string) tracker.Found {
	f := tracker.Figure{
		MetricID: e.Metric, Value: e.Value, ValueHigh: e.ValueHigh, Qualifier: e.Qualifier, Stance: e.Stance,
		Actor: e.Actor, Origin: e.Origin, AsOf: e.AsOf,
		Evidence: tracker.Evidence{URL: firstNonEmpty(e.URL, url), Quote: e.Quote, Start: e.Start, End: e.End, ContentHash: contentHash},
	}
	if f.Qualifier == "" {
		f.Qualifier = tracker.Exact
	}
	if f.Origin == "" {
		f.Origin = tracker.OriginProse
	}
	return tracker.Found{Figure: f, ActorFromFallback: e.ActorFromFallback}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
