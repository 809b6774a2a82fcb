package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// DefaultPublicName is the publisher named in ClaimReview markup when
// Options.PublicName is empty.
const DefaultPublicName = "gapwatch"

// The JSON-LD below is schema.org ClaimReview
// (https://schema.org/ClaimReview), the markup fact-checkers publish so
// that search engines and the Fact Check tools find their reviews. It is
// built from Go structs with encoding/json, never from a text template.

type ldClaimReview struct {
	Context       string   `json:"@context"`
	Type          string   `json:"@type"`
	URL           string   `json:"url"`
	ClaimReviewed string   `json:"claimReviewed"`
	DatePublished string   `json:"datePublished"`
	Author        ldAgent  `json:"author"`
	ItemReviewed  ldClaim  `json:"itemReviewed"`
	ReviewRating  ldRating `json:"reviewRating"`
}

// ldAgent is an Organization or a Person.
type ldAgent struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type ldClaim struct {
	Type          string           `json:"@type"`
	Author        ldAgent          `json:"author"`
	DatePublished string           `json:"datePublished,omitempty"`
	Appearance    []ldCreativeWork `json:"appearance,omitempty"`
}

type ldCreativeWork struct {
	Type string `json:"@type"`
	URL  string `json:"url"`
}

type ldRating struct {
	Type          string `json:"@type"`
	AlternateName string `json:"alternateName"`
}

// reviewable reports whether a figure's permalink carries a ClaimReview:
// claims that are approved or waiting for review. A rejected or retracted
// claim was not made as recorded, and a superseded one's value was
// corrected (its replacement carries the review); confirmed figures are
// the yardstick, not a claim, and carry none.
func reviewable(f tracker.Figure) bool {
	return f.Stance == tracker.Claimed && (f.Status == tracker.Approved || f.Status == tracker.Pending)
}

// claimReviewFor builds the ClaimReview of claim f, whose evidence is
// evidence and whose history is audit, against the confirmed figure that
// stood on the claim's date. It returns an error only when the store
// cannot be read.
func (s *server) claimReviewFor(ctx context.Context, f tracker.Figure, m tracker.Metric, evidence []tracker.Evidence, audit tracker.Audit) (ldClaimReview, error) {
	confirmed, err := s.confirmedAt(ctx, f.MetricID, f.Date())
	if err != nil {
		return ldClaimReview{}, err
	}
	path := fmt.Sprintf("/f/%d", f.ID)
	url := s.absolute(path)
	if url == "" {
		url = path // resolved against the page's address
	}
	publisher := ldAgent{Type: "Organization", Name: s.publicName, URL: s.absolute("/")}
	r := ldClaimReview{
		Context: "https://schema.org", Type: "ClaimReview", URL: url,
		ClaimReviewed: claimWords(f, m),
		DatePublished: reviewedOn(f, audit).UTC().Format(time.DateOnly),
		Author:        publisher,
		ItemReviewed: ldClaim{
			Type: "Claim",
			// A tracker actor is a government, party, agency or NGO far
			// more often than one person, and the tracker file does not
			// say which: Organization.
			Author: ldAgent{Type: "Organization", Name: f.Actor},
		},
		ReviewRating: ldRating{Type: "Rating", AlternateName: comparisonWords(f, confirmed)},
	}
	if d := f.Date(); !d.IsZero() {
		r.ItemReviewed.DatePublished = d.UTC().Format(time.DateOnly)
	}
	seen := map[string]bool{}
	for _, e := range append([]tracker.Evidence{f.Evidence}, evidence...) {
		if link := tracker.ShownLink(e.URL); link != "" && !seen[link] {
			seen[link] = true
			r.ItemReviewed.Appearance = append(r.ItemReviewed.Appearance, ldCreativeWork{Type: "CreativeWork", URL: link})
		}
	}
	return r, nil
}

// confirmedAt returns the confirmed figure that stood for a metric on
// date: the newest approved confirmed figure dated on or before it, or nil
// when there was none.
func (s *server) confirmedAt(ctx context.Context, metricID string, date time.Time) (*tracker.Figure, error) {
	filter := tracker.FigureFilter{MetricID: metricID, Status: tracker.Approved, Stance: tracker.Confirmed, Limit: 1}
	if !date.IsZero() {
		filter.Before = date.Add(time.Nanosecond) // the same date counts
	}
	figs, err := s.store.Figures(ctx, filter)
	if err != nil || len(figs) == 0 {
		return nil, err
	}
	return &figs[0], nil
}

// reviewedOn is when gapwatch published its review of f: when it was
// approved (by a moderator or on arrival), else when it was first seen.
func reviewedOn(f tracker.Figure, audit tracker.Audit) time.Time {
	for _, c := range audit.Corrections {
		if c.FigureID == f.ID && c.NewStatus == tracker.Approved && !c.At.IsZero() {
			return c.At
		}
	}
	if !f.SeenAt.IsZero() {
		return f.SeenAt
	}
	return f.Date()
}

// claimWords states the claim: "Government of Venezuela: 400 people
// (Political prisoners released)".
func claimWords(f tracker.Figure, m tracker.Metric) string {
	name := m.Name
	if name == "" {
		name = f.MetricID
	}
	out := f.Actor + ": " + valueWords(f)
	if u := m.WithDefaults().Unit; u != "" {
		out += " " + u
	}
	return out + " (" + name + ")"
}

// valueWords is a figure's value with its qualifier in words: "at least
// 400", "300 to 400".
func valueWords(f tracker.Figure) string {
	v := tracker.FormatInt(f.Value)
	switch f.Qualifier {
	case tracker.AtLeast:
		return "at least " + v
	case tracker.AtMost:
		return "at most " + v
	case tracker.About:
		return "about " + v
	case tracker.Range:
		return v + " to " + tracker.FormatInt(f.ValueHigh)
	}
	return v
}

// comparisonWords compares claim f with the confirmed figure that stood
// then (nil: none): "Exceeds the confirmed count of 56 by 344 (7.1×)",
// "Below the confirmed count of 1,240 by 940 (0.24×)", "Matches the
// confirmed count of 56", "No confirmed count yet". A range claim counts by
// its low end, as in standings.
func comparisonWords(f tracker.Figure, confirmed *tracker.Figure) string {
	if confirmed == nil {
		return "No confirmed count yet"
	}
	c, v := confirmed.Value, f.Value
	of := tracker.FormatInt(c)
	ratio := ""
	if c > 0 {
		ratio = " (" + ratioWords(float64(v)/float64(c)) + ")"
	}
	switch {
	case v > c:
		return "Exceeds the confirmed count of " + of + " by " + tracker.FormatInt(v-c) + ratio
	case v < c:
		return "Below the confirmed count of " + of + " by " + tracker.FormatInt(c-v) + ratio
	}
	return "Matches the confirmed count of " + of
}

// ratioWords writes a ratio with one decimal from 1 up ("7.1×") and two
// below ("0.24×").
func ratioWords(r float64) string {
	if r >= 1 {
		return fmt.Sprintf("%.1f×", r)
	}
	return fmt.Sprintf("%.2f×", r)
}

// jsonLD encodes v for a <script type="application/ld+json"> element.
// encoding/json writes <, > and & as \u003c, \u003e and \u0026 (and the
// line separators U+2028 and U+2029 escaped), so nothing from a source can
// close the element or open a comment; the check below keeps it so. It
// returns an error when v cannot be encoded.
func jsonLD(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("web: encode JSON-LD: %w", err)
	}
	if bytes.ContainsAny(b, "<>") {
		return "", fmt.Errorf("web: encoded JSON-LD holds < or >")
	}
	return template.JS(b), nil
}
