package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/gapwatch/gapwatch/tracker"
)

// handleIndex lists every metric's standing, then the sources and their
// health.
func (s *server) handleIndex(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := s.now()
	standings, err := s.store.Standings(ctx, now)
	if err != nil {
		s.fail(w, r, "read standings", err)
		return
	}
	sources, err := s.store.Sources(ctx)
	if err != nil {
		s.fail(w, r, "read sources", err)
		return
	}
	states, err := s.store.SourceStates(ctx)
	if err != nil {
		s.fail(w, r, "read source states", err)
		return
	}
	paused, err := s.store.PausedChannels(ctx)
	if err != nil {
		s.fail(w, r, "read paused channels", err)
		return
	}
	v := indexView{}
	for _, p := range paused {
		v.Paused = append(v.Paused, pausedView{ChannelID: p.ChannelID, Since: momentView(p.PausedAt, now), Reason: p.PausedReason})
	}
	for _, st := range standings {
		v.Standings = append(v.Standings, newStanding(st, now))
	}
	for _, src := range sources {
		sv := newSource(src, states[src.ID], now)
		if sv.Health == "failing" {
			v.Failing++
		}
		v.Sources = append(v.Sources, sv)
	}
	if len(v.Sources) > maxIndexSources {
		// a page of 100,000 sources helps nobody: the failing ones first,
		// then the rest in the tracker file's order, and a count
		sort.SliceStable(v.Sources, func(i, j int) bool {
			return v.Sources[i].Health == "failing" && v.Sources[j].Health != "failing"
		})
		v.MoreSources = len(v.Sources) - maxIndexSources
		v.Sources = v.Sources[:maxIndexSources]
	}
	s.renderPage(w, r, http.StatusOK, "index", page{
		Title:       "Contested figures",
		Description: "What independent verifiers confirm and what interested parties claim, with the evidence for every number.",
		Canonical:   s.absolute("/"),
		Generated:   momentView(now, now),
		Content:     v,
	})
}

// maxIndexSources is how many sources the index lists (failing ones
// first); /metrics has every source's polls and errors.
const maxIndexSources = 200

// PageSize is how many figures and corrections a metric page lists; the
// rest are on ?page=N.
const PageSize = 100

// maxPage bounds ?page=N: skipping rows costs time in proportion (half a
// second at page 5,000 of a million figures), so a public page goes 10,000
// rows deep at most; older figures keep their permalinks (/f/ID) and the
// command line lists them all.
const maxPage = 100

// countUpTo is the largest metric whose figures the page counts by status.
const countUpTo = maxPage * PageSize

// clipText cuts s to n bytes for an error message.
func clipText(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// handleMetric shows one metric: its chart, one page (?page=N, PageSize
// rows) of its figures, newest first, and of its corrections log.
func (s *server) handleMetric(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := s.now()
	id := r.PathValue("metric")
	st, err := s.store.Standing(ctx, id, now)
	if err != nil {
		s.fail(w, r, "read standing", err)
		return
	}
	pageNo := 1
	if raw := r.URL.Query().Get("page"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > maxPage {
			s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("There is no page %q: pages are numbered from 1 to %d; older figures keep their permalinks.", clipText(raw, 20), maxPage))
			return
		}
		pageNo = n
	}
	offset := (pageNo - 1) * PageSize
	figs, err := s.store.Figures(ctx, tracker.FigureFilter{MetricID: id, Limit: PageSize, Offset: offset})
	if err != nil {
		s.fail(w, r, "read figures", err)
		return
	}
	corrections, err := s.store.MetricCorrectionsPage(ctx, id, PageSize, offset)
	if err != nil {
		s.fail(w, r, "read corrections", err)
		return
	}
	counts, err := s.store.CountMetricFigures(ctx, id, countUpTo)
	if err != nil {
		s.fail(w, r, "count figures", err)
		return
	}
	v := metricView{Standing: newStanding(st, now), Page: pageNo}
	v.ChartPath = v.Standing.Path + "/chart.png"
	v.ChartAlt = chartAlt(v.Standing)
	for _, f := range figs {
		v.Figures = append(v.Figures, newFigure(f, now))
	}
	for _, status := range []tracker.Status{tracker.Approved, tracker.Pending, tracker.Superseded, tracker.Retracted, tracker.Rejected} {
		if counts[status] > 0 {
			v.Counts = append(v.Counts, statusCount{Status: string(status), N: counts[status]})
		}
		v.Total += counts[status]
	}
	v.Pages = max(1, (v.Total+PageSize-1)/PageSize)
	if counts == nil { // more than countUpTo figures
		v.Total, v.Pages, v.Many = countUpTo, maxPage, true
	}
	if pageNo > 1 {
		v.PrevPath = fmt.Sprintf("%s?page=%d", v.Standing.Path, pageNo-1)
	}
	if pageNo < maxPage && (pageNo < v.Pages || len(corrections) == PageSize) {
		v.NextPath = fmt.Sprintf("%s?page=%d", v.Standing.Path, pageNo+1)
	}
	for _, c := range corrections {
		v.Corrections = append(v.Corrections, newCorrection(c, now))
	}
	s.renderPage(w, r, http.StatusOK, "metric", page{
		Title:       v.Standing.Name,
		Description: v.ChartAlt,
		Canonical:   s.absolute(v.Standing.Path),
		Image:       s.absolute(v.ChartPath),
		Generated:   momentView(now, now),
		Content:     v,
		Feed:        v.Standing.Path + "/feed.xml",
	})
}

// chartAlt describes the chart in words for screen readers and previews.
func chartAlt(v standingView) string {
	alt := "Timeline of " + v.Name
	switch {
	case v.Confirmed != nil && v.Claimed != nil:
		alt += fmt.Sprintf(": confirmed %s %s (%s) against claimed %s (%s); %s.",
			v.Confirmed.Value, v.Unit, v.Confirmed.Actor, v.Claimed.Value, v.Claimed.Actor, v.GapWords)
	case v.Confirmed != nil:
		alt += fmt.Sprintf(": confirmed %s %s (%s); no claim yet.", v.Confirmed.Value, v.Unit, v.Confirmed.Actor)
	case v.Claimed != nil:
		alt += fmt.Sprintf(": claimed %s %s (%s); nothing confirmed yet.", v.Claimed.Value, v.Unit, v.Claimed.Actor)
	default:
		alt += ": no approved figures yet."
	}
	return alt
}

// handleFigure is the permalink of one figure: its evidence, its
// correction chain and every correction.
func (s *server) handleFigure(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := s.now()
	raw := r.PathValue("id")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("There is no figure %q: figure ids are positive numbers.", raw))
		return
	}
	audit, err := s.store.Audit(ctx, id)
	if err != nil {
		s.fail(w, r, "read figure history", err)
		return
	}
	var f tracker.Figure
	found := false
	for _, g := range audit.Figures {
		if g.ID == id {
			f, found = g, true
		}
	}
	if !found {
		s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("figure %d does not exist", id))
		return
	}
	v := figurePageView{Figure: newFigure(f, now), MetricName: f.MetricID, MetricPath: "/m/" + url.PathEscape(f.MetricID)}
	m, err := s.store.Metric(ctx, f.MetricID)
	switch {
	case err == nil:
		v.MetricName, v.Unit = m.Name, m.WithDefaults().Unit
	case tracker.ErrorCode(err) == tracker.NotFound:
		m = tracker.Metric{ID: f.MetricID}
		v.MetricPath = "" // the metric was removed from the tracker file; the figure stays
	default:
		s.fail(w, r, "read metric", err)
		return
	}
	evidence := audit.Evidence[id]
	if len(evidence) == 0 {
		if e := newEvidence(f.Evidence, now); !e.IsEmpty() {
			v.Evidence = append(v.Evidence, e)
			evidence = []tracker.Evidence{f.Evidence}
		}
	}
	for _, e := range audit.Evidence[id] {
		v.Evidence = append(v.Evidence, newEvidence(e, now))
	}
	v.Support = newSupport(evidence)
	for _, g := range audit.Figures {
		v.Chain = append(v.Chain, chainLink{Figure: newFigure(g, now), Current: g.ID == id})
	}
	for _, c := range audit.Corrections {
		v.Corrections = append(v.Corrections, newCorrection(c, now))
	}
	var ld template.JS
	if reviewable(f) {
		review, err := s.claimReviewFor(ctx, f, m, evidence, audit)
		if err != nil {
			s.fail(w, r, "read the confirmed figure for the claim review", err)
			return
		}
		if ld, err = jsonLD(review); err != nil {
			s.fail(w, r, "encode the claim review", err)
			return
		}
	}
	title := fmt.Sprintf("Figure %d: %s %s (%s)", f.ID, f.ValueText(), v.Unit, f.Stance)
	s.renderPage(w, r, http.StatusOK, "figure", page{
		Title:       title,
		Description: fmt.Sprintf("%s by %s about %s, %s.", f.ValueText(), f.Actor, v.MetricName, f.Status),
		Canonical:   s.absolute(v.Figure.Path),
		Generated:   momentView(now, now),
		Content:     v,
		JSONLD:      ld,
	})
}
