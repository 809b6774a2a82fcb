package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// The view types below hold what templates print, already formatted. They
// carry source text as plain strings: html/template escapes it.

// page is what the layout template receives.
type page struct {
	Title       string
	Description string
	Canonical   string // absolute URL of the page, when PublicURL is set
	Image       string // absolute URL of a preview image, when PublicURL is set
	Generated   timeView
	Content     any
	// Feed is the path of the page's Atom feed; "" means /feed.xml.
	Feed string
	// JSONLD is structured data for the page's head (a ClaimReview),
	// already encoded by jsonLD; empty: none.
	JSONLD template.JS
}

type errorView struct {
	Status     int
	StatusText string
	Message    string
}

// timeView is a moment shown as text, with its machine-readable form.
type timeView struct {
	Text string // "Jan 15, 2026" or "Jan 15, 2026 14:05 UTC"
	ISO  string // RFC 3339, for <time datetime>
	Ago  string // "3 days ago", "in 5 min"
}

// IsZero reports whether the time is unknown.
func (t timeView) IsZero() bool { return t.ISO == "" }

func dateView(t, now time.Time) timeView {
	if t.IsZero() {
		return timeView{}
	}
	return timeView{Text: t.UTC().Format("Jan 2, 2006"), ISO: t.UTC().Format(time.DateOnly), Ago: ago(now, t, true)}
}

func momentView(t, now time.Time) timeView {
	if t.IsZero() {
		return timeView{}
	}
	return timeView{Text: t.UTC().Format("Jan 2, 2006 15:04 UTC"), ISO: t.UTC().Format(time.RFC3339), Ago: ago(now, t, false)}
}

// ago describes how far t is from now in words; byDay counts whole days
// (for dates without a time of day).
func ago(now, t time.Time, byDay bool) string {
	d := now.Sub(t)
	future := d < 0
	if future {
		d = -d
	}
	var s string
	switch {
	case byDay:
		days := int(now.UTC().Truncate(24*time.Hour).Sub(t.UTC().Truncate(24*time.Hour)).Hours() / 24)
		switch {
		case days == 0:
			return "today"
		case days == 1:
			return "yesterday"
		case days == -1:
			return "tomorrow"
		case days < 0:
			return fmt.Sprintf("in %d days", -days)
		}
		return fmt.Sprintf("%d days ago", days)
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		s = fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		s = fmt.Sprintf("%d h", int(d.Hours()))
	default:
		s = fmt.Sprintf("%d days", int(d.Hours()/24))
	}
	if future {
		return "in " + s
	}
	return s + " ago"
}

// linkView is an address from a source: Href is set only for http and
// https URLs, which are the only ones that become links.
type linkView struct {
	URL     string // as stored
	Href    string // the same URL when it is safe to link to
	Display string // host and path, shortened
}

func newLink(raw string) linkView {
	raw = strings.TrimSpace(raw)
	l := linkView{URL: raw, Display: raw}
	// Credentials and keys of a source URL are never shown.
	l.Href = tracker.ShownLink(raw)
	if l.Href == "" {
		if shown := tracker.RedactURL(raw); strings.Contains(shown, tracker.Redacted) {
			l.URL, l.Display = shown, shown
		}
		return l
	}
	l.URL = l.Href
	u, _ := url.Parse(l.Href)
	l.Display = strings.TrimPrefix(u.Host, "www.") + u.EscapedPath()
	if u.RawQuery != "" {
		l.Display += "?" + u.RawQuery
	}
	if r := []rune(l.Display); len(r) > 60 {
		l.Display = string(r[:57]) + "…"
	}
	return l
}

type evidenceView struct {
	Link         linkView
	Quote        string
	SourceID     string
	SeenAt       timeView
	SnapshotHash string
	SnapshotPath string // /s/{hash}, or "" when no snapshot was kept
}

func newEvidence(e tracker.Evidence, now time.Time) evidenceView {
	v := evidenceView{Link: newLink(e.URL), Quote: e.Quote, SourceID: e.SourceID, SeenAt: momentView(e.SeenAt, now)}
	if tracker.ValidSnapshotHash(e.SnapshotHash) {
		v.SnapshotHash, v.SnapshotPath = e.SnapshotHash, "/s/"+e.SnapshotHash
	}
	return v
}

// IsEmpty reports whether there is nothing to show.
func (e evidenceView) IsEmpty() bool { return e.Link.URL == "" && e.Quote == "" }

type figureView struct {
	ID           int64
	Path         string // /f/{id}
	MetricID     string
	Value        string // "56", "≥56", "300–400"
	Qualifier    string // "exact", "at least", …
	Stance       string
	Actor        string
	Date         timeView
	SeenAt       timeView
	Status       string
	Origin       string
	CreatedBy    string
	SourceID     string
	Supersedes   int64
	SupersededBy int64
	Revision     int
	Evidence     evidenceView
}

func newFigure(f tracker.Figure, now time.Time) figureView {
	return figureView{
		ID: f.ID, Path: fmt.Sprintf("/f/%d", f.ID), MetricID: f.MetricID,
		Value: f.ValueText(), Qualifier: qualifierText(f.Qualifier), Stance: string(f.Stance), Actor: f.Actor,
		Date: dateView(f.Date(), now), SeenAt: momentView(f.SeenAt, now),
		Status: string(f.Status), Origin: string(f.Origin), CreatedBy: f.CreatedBy, SourceID: f.SourceID,
		Supersedes: f.Supersedes, SupersededBy: f.SupersededBy, Revision: f.Revision,
		Evidence: newEvidence(f.Evidence, now),
	}
}

func qualifierText(q tracker.Qualifier) string {
	switch q {
	case tracker.AtLeast:
		return "at least"
	case tracker.AtMost:
		return "at most"
	case tracker.About:
		return "about"
	case tracker.Range:
		return "range"
	}
	return "exact"
}

type flagView struct {
	Name        string
	Class       string // CSS modifier
	Explanation string
}

func newFlags(st tracker.Standing) []flagView {
	out := make([]flagView, 0, len(st.Flags))
	for _, f := range st.Flags {
		out = append(out, flagView{Name: string(f), Class: strings.ToLower(string(f)), Explanation: flagExplanation(f, st)})
	}
	return out
}

// flagExplanation is report.FlagMeaning as a sentence, for a tooltip.
func flagExplanation(f tracker.Flag, st tracker.Standing) string {
	m := report.FlagMeaning(f, st)
	if m == "" {
		return ""
	}
	return strings.ToUpper(m[:1]) + m[1:] + "."
}

type standingView struct {
	ID, Name, Unit string
	Path           string
	Confirmed      *figureView
	Claimed        *figureView
	Gap            string // "+344", "" when unknown
	GapWords       string // "claimed is 344 above confirmed", "" when unknown
	Ratio          string // "7.1×", "" when unknown
	RatioWords     string // "the claim is 7.14× the confirmed figure", "" when unknown
	Flags          []flagView
	LastUpdate     timeView
	// Bar widths in percent of the larger figure, for the comparison bars.
	ConfirmedPct, ClaimedPct float64
	Confirmers               []figureView // when there is more than one
	Drops                    []figureView
}

func newStanding(st tracker.Standing, now time.Time) standingView {
	v := standingView{
		ID: st.Metric.ID, Name: st.Metric.Name, Unit: st.Metric.Unit, Path: "/m/" + url.PathEscape(st.Metric.ID),
		Flags: newFlags(st), LastUpdate: dateView(st.LastUpdate(), now),
	}
	if v.Name == "" {
		v.Name = v.ID
	}
	var top int64
	if st.Confirmed != nil {
		f := newFigure(*st.Confirmed, now)
		v.Confirmed = &f
		top = max(top, st.Confirmed.Value, st.Confirmed.ValueHigh)
	}
	if st.Claimed != nil {
		f := newFigure(*st.Claimed, now)
		v.Claimed = &f
		top = max(top, st.Claimed.Value, st.Claimed.ValueHigh)
	}
	if top > 0 {
		if st.Confirmed != nil {
			v.ConfirmedPct = barPct(st.Confirmed.Value, top)
		}
		if st.Claimed != nil {
			v.ClaimedPct = barPct(st.Claimed.Value, top)
		}
	}
	if st.Gap != nil {
		v.Gap = tracker.FormatInt(*st.Gap)
		if *st.Gap > 0 {
			v.Gap = "+" + v.Gap
		}
	}
	v.GapWords = report.GapWords(st)
	if st.Ratio != nil {
		v.Ratio = report.RatioText(*st.Ratio) + "×"
		v.RatioWords = report.RatioWords(st)
	}
	if len(st.Confirmers) > 1 {
		for _, f := range st.Confirmers {
			v.Confirmers = append(v.Confirmers, newFigure(f, now))
		}
	}
	for _, f := range st.Drops {
		v.Drops = append(v.Drops, newFigure(f, now))
	}
	return v
}

// barPct returns v as a percentage of top, at least 0.5 so a small non-zero
// figure still shows.
func barPct(v, top int64) float64 {
	if v <= 0 || top <= 0 {
		return 0
	}
	return max(0.5, float64(v)*100/float64(top))
}

type sourceView struct {
	ID          string
	Link        linkView
	Format      string
	Schedule    string
	Enabled     bool
	Health      string // "ok", "failing", "never polled", "disabled"
	HealthClass string
	LastSuccess timeView
	LastCheck   timeView
	NextCheck   timeView
	Failures    int
	LastError   string
	Polls       int
	Errors      int
}

func newSource(src tracker.Source, st tracker.SourceState, now time.Time) sourceView {
	v := sourceView{
		ID: src.ID, Link: newLink(src.URL), Format: string(src.Format), Schedule: src.Schedule, Enabled: src.Enabled,
		LastSuccess: momentView(st.LastSuccess, now), LastCheck: momentView(st.LastCheck, now), NextCheck: momentView(st.NextCheck, now),
		Failures: st.ConsecutiveFailures, LastError: st.LastError, Polls: st.Polls, Errors: st.Errors,
	}
	if v.Format == "" {
		v.Format = "auto"
	}
	switch {
	case !src.Enabled:
		v.Health, v.HealthClass = "disabled", "muted"
	case st.ConsecutiveFailures > 0:
		v.Health, v.HealthClass = "failing", "bad"
	case st.LastCheck.IsZero():
		v.Health, v.HealthClass = "never polled", "muted"
	default:
		v.Health, v.HealthClass = "ok", "good"
	}
	if !src.Enabled {
		v.NextCheck = timeView{}
	} else if v.NextCheck.IsZero() {
		v.NextCheck = timeView{Text: "due now", ISO: now.UTC().Format(time.RFC3339)}
	}
	return v
}

type correctionView struct {
	ID          int64
	FigureID    int64
	FigurePath  string
	Action      string
	OldValue    string
	NewValue    string
	Changed     bool // the value changed (a correction)
	OldStatus   string
	NewStatus   string
	NewFigureID int64
	NewPath     string
	Reason      string
	By          string
	At          timeView
}

func newCorrection(c tracker.Correction, now time.Time) correctionView {
	v := correctionView{
		ID: c.ID, FigureID: c.FigureID, FigurePath: fmt.Sprintf("/f/%d", c.FigureID), Action: string(c.Action),
		OldValue: tracker.FormatInt(c.OldValue), NewValue: tracker.FormatInt(c.NewValue), Changed: c.OldValue != c.NewValue,
		OldStatus: string(c.OldStatus), NewStatus: string(c.NewStatus), NewFigureID: c.NewFigureID,
		Reason: c.Reason, By: c.By, At: momentView(c.At, now),
	}
	if c.NewFigureID != 0 {
		v.NewPath = fmt.Sprintf("/f/%d", c.NewFigureID)
	}
	return v
}

type indexView struct {
	Standings   []standingView
	Sources     []sourceView
	MoreSources int // sources not listed (the list is capped)
	Failing     int
	Paused      []pausedView
}

// pausedView is a channel whose subscriptions are paused.
type pausedView struct {
	ChannelID string
	Since     timeView
	Reason    string
}

type metricView struct {
	Page, Pages, Total int
	Many               bool // more than Total figures: not counted
	PrevPath, NextPath string
	Standing           standingView
	ChartPath          string
	ChartAlt           string
	Figures            []figureView
	Corrections        []correctionView
	Counts             []statusCount
}

type statusCount struct {
	Status string
	N      int
}

type figurePageView struct {
	Figure      figureView
	MetricName  string
	MetricPath  string
	Unit        string
	Evidence    []evidenceView
	Support     supportView
	Chain       []chainLink
	Corrections []correctionView
}

// chainLink is one figure of a correction chain.
type chainLink struct {
	Figure  figureView
	Current bool // the figure the page is about
}

// supportView is the corroboration of a figure: its distinct evidence
// links and the sites they are on.
type supportView struct {
	Links int
	Sites []string // host names, in the order first seen
}

func newSupport(evidence []tracker.Evidence) supportView {
	var v supportView
	seen := map[string]bool{}
	for _, e := range evidence {
		link := tracker.ShownLink(e.URL)
		if link == "" || seen[link] {
			continue
		}
		seen[link] = true
		v.Links++
		u, err := url.Parse(link)
		if err != nil || u.Host == "" {
			continue
		}
		if site := tracker.SiteOf(u.Hostname()); !seen["site:"+site] {
			seen["site:"+site] = true
			v.Sites = append(v.Sites, site)
		}
	}
	return v
}
