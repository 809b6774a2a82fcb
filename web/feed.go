package web

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// FeedSize is how many of the newest updates a feed lists.
const FeedSize = 100

// tagDate is the date part of the feeds' tag: URIs (RFC 4151). It is fixed
// so that an entry's id never changes.
const tagDate = "2026"

// The Atom 1.0 document (RFC 4287), written with encoding/xml: text from
// sources is escaped, and characters XML cannot carry become U+FFFD.
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Links     []atomLink  `xml:"link"`
	Entries   []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    string         `xml:"summary"`
}

// handleFeed serves /feed.xml: the newest verified updates of every
// metric.
func (s *server) handleFeed(w http.ResponseWriter, r *http.Request) {
	s.serveFeed(w, r, "")
}

// handleMetricFeed serves /m/{metric}/feed.xml; an unknown metric is a 404
// page.
func (s *server) handleMetricFeed(w http.ResponseWriter, r *http.Request) {
	s.serveFeed(w, r, r.PathValue("metric"))
}

// serveFeed writes the Atom feed of a metric's updates ("" for all): the
// FeedSize newest, newest first, each linking to its permalink.
func (s *server) serveFeed(w http.ResponseWriter, r *http.Request, metricID string) {
	ctx := r.Context()
	updates, err := s.store.Updates(ctx, metricID, FeedSize)
	if err != nil {
		s.fail(w, r, "read updates", err)
		return
	}
	metrics, err := s.store.Metrics(ctx)
	if err != nil {
		s.fail(w, r, "read metrics", err)
		return
	}
	byID := map[string]tracker.Metric{}
	for _, m := range metrics {
		byID[m.ID] = m.WithDefaults()
	}
	base := s.baseURL(r)
	feed := atomFeed{
		ID:        s.tagURI("feed"),
		Title:     s.publicName + ": verified updates",
		Subtitle:  "Figures approved, corrected and retracted, and flags raised or cleared.",
		Author:    atomPerson{Name: s.publicName, URI: base + "/"},
		Generator: "gapwatch",
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + "/feed.xml"},
			{Rel: "alternate", Type: "text/html", Href: base + "/"},
		},
		Updated: atomTime(time.Unix(0, 0)), // no updates yet
	}
	if metricID != "" {
		m := byID[metricID]
		path := "/m/" + url.PathEscape(metricID)
		feed.ID = s.tagURI("feed/m/" + metricID)
		feed.Title = s.publicName + ": " + nameOf(m, metricID)
		feed.Links = []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + path + "/feed.xml"},
			{Rel: "alternate", Type: "text/html", Href: base + path},
		}
	}
	for i, u := range updates {
		e := s.feedEntry(u, byID[u.MetricID], base)
		if i == 0 {
			feed.Updated = e.Updated
		}
		feed.Entries = append(feed.Entries, e)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		s.fail(w, r, "encode feed", err)
		return
	}
	buf.WriteByte('\n')
	w.Header().Set("Cache-Control", "no-cache")
	writeBody(w, http.StatusOK, "application/atom+xml; charset=utf-8", buf.Bytes())
}

// baseURL is the public address when set, otherwise the address the
// request came to: feed readers need absolute links.
func (s *server) baseURL(r *http.Request) string {
	if s.publicURL != "" {
		return s.publicURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// tagURI is a stable id (RFC 4151) for something this site publishes,
// under the public address's host, or gapwatch.invalid without one. It
// depends on what is named, never on the request or the time.
func (s *server) tagURI(specific string) string {
	authority := "gapwatch.invalid"
	if u, err := url.Parse(s.publicURL); err == nil && u.Hostname() != "" {
		authority = strings.ToLower(u.Hostname())
	}
	return "tag:" + authority + "," + tagDate + ":" + specific
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func nameOf(m tracker.Metric, id string) string {
	if m.Name != "" {
		return m.Name
	}
	return id
}

// feedEntry words one update.
func (s *server) feedEntry(u tracker.Update, m tracker.Metric, base string) atomEntry {
	name := nameOf(m, u.MetricID)
	e := atomEntry{
		Updated: atomTime(u.At), Published: atomTime(u.At),
		Categories: []atomCategory{{Term: u.MetricID, Label: name}},
	}
	unit := func(f tracker.Figure) string {
		if m.Unit == "" {
			return f.ValueText()
		}
		return f.ValueText() + " " + m.Unit
	}
	if fe := u.Flags; fe != nil {
		e.ID = s.tagURI(fmt.Sprintf("flags/%s/%d", u.MetricID, fe.Version))
		e.Links = []atomLink{{Rel: "alternate", Type: "text/html", Href: base + "/m/" + url.PathEscape(u.MetricID)}}
		e.Categories = append(e.Categories, atomCategory{Term: "flags"})
		var changes []string
		if len(fe.Raised) > 0 {
			changes = append(changes, flagList(fe.Raised)+" raised")
		}
		if len(fe.Cleared) > 0 {
			changes = append(changes, flagList(fe.Cleared)+" cleared")
		}
		e.Title = name + ": " + strings.Join(changes, ", ")
		var sum []string
		if fe.Confirmed != nil {
			sum = append(sum, fmt.Sprintf("Confirmed: %s (%s, figure #%d).", unit(*fe.Confirmed), fe.Confirmed.Actor, fe.Confirmed.ID))
		}
		if fe.Claimed != nil {
			sum = append(sum, fmt.Sprintf("Claimed: %s (%s, figure #%d).", unit(*fe.Claimed), fe.Claimed.Actor, fe.Claimed.ID))
		}
		if len(fe.Flags) > 0 {
			sum = append(sum, "Flags up now: "+flagList(fe.Flags)+".")
		} else {
			sum = append(sum, "No flags up now.")
		}
		e.Summary = strings.Join(sum, " ")
		return e
	}
	c, f := u.Correction, *u.Figure
	shown := f
	if u.Replacement != nil {
		shown = *u.Replacement
	}
	e.ID = s.tagURI(fmt.Sprintf("correction/%d", c.ID))
	e.Links = []atomLink{{Rel: "alternate", Type: "text/html", Href: fmt.Sprintf("%s/f/%d", base, shown.ID)}}
	e.Categories = append(e.Categories, atomCategory{Term: string(c.Action)}, atomCategory{Term: string(f.Stance)})
	verb := "claims"
	if f.Stance == tracker.Confirmed {
		verb = "confirms"
	}
	var sum []string
	switch c.Action {
	case tracker.ActionCorrect:
		e.Title = fmt.Sprintf("%s: corrected %s → %s (%s)", name, tracker.FormatInt(c.OldValue), unit(shown), f.Actor)
		sum = append(sum, fmt.Sprintf("Figure #%d was corrected; the value that replaces it is figure #%d.", f.ID, shown.ID))
	case tracker.ActionRetract:
		e.Title = fmt.Sprintf("%s: retracted %s (%s)", name, unit(f), f.Actor)
		sum = append(sum, fmt.Sprintf("Figure #%d was retracted and no longer counts.", f.ID))
	default:
		e.Title = fmt.Sprintf("%s: %s %s %s", name, f.Actor, verb, unit(f))
		sum = append(sum, fmt.Sprintf("Approved %s figure #%d, dated %s.", f.Stance, f.ID, dateText(f.Date())))
	}
	if c.Reason != "" {
		sum = append(sum, "Reason: "+c.Reason)
	}
	if q := shown.Evidence.Quote; q != "" && c.Action != tracker.ActionRetract {
		sum = append(sum, "“"+q+"”")
	}
	if link := tracker.ShownLink(shown.Evidence.URL); link != "" && c.Action != tracker.ActionRetract {
		sum = append(sum, "Evidence: "+link)
	}
	e.Summary = strings.Join(sum, " ")
	return e
}

func flagList(flags []tracker.Flag) string {
	s := make([]string, len(flags))
	for i, f := range flags {
		s[i] = string(f)
	}
	return strings.Join(s, ", ")
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.UTC().Format(time.DateOnly)
}
