package web

import (
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// maxExports bounds the exports streamed at once: each holds a database
// connection for as long as its client reads, and the service's pool is
// small, so a few slow downloads must not starve polling and delivery.
const maxExports = 2

// exportSlots is shared by every handler New returns (one process, one
// pool).
var exportSlots = make(chan struct{}, maxExports)

// exportTypes are the media types of the export formats.
var exportTypes = map[string]string{
	report.ExportCSV:   "text/csv; charset=utf-8",
	report.ExportJSONL: "application/x-ndjson",
}

// handleExport serves /export/figures.csv or .jsonl: every figure (or a
// metric's, ?metric=; from a date on, ?since=YYYY-MM-DD), oldest first,
// with its first evidence, streamed row by row from the store: nothing is
// built in memory and nothing is paged. An unknown metric is a 404, a bad
// date a 400; a failure after the first row cuts the response short (the
// client sees an incomplete body, never a silently truncated one that
// looks whole) and is logged.
func (s *server) handleExport(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		q := r.URL.Query()
		filter := tracker.FigureFilter{Oldest: true}
		if m := strings.TrimSpace(q.Get("metric")); m != "" {
			if _, err := s.store.Metric(ctx, m); err != nil {
				s.fail(w, r, "read metric", err)
				return
			}
			filter.MetricID = m
		}
		if since := q.Get("since"); since != "" {
			d, err := tracker.ParseDate(since)
			if err != nil {
				s.renderError(w, r, http.StatusBadRequest, "since="+tracker.ErrorMessage(err)+".")
				return
			}
			filter.Since = d
		}
		select {
		case exportSlots <- struct{}{}:
			defer func() { <-exportSlots }()
		default:
			w.Header().Set("Retry-After", "30")
			s.renderError(w, r, http.StatusServiceUnavailable, fmt.Sprintf("%d exports are already being downloaded; try again in a moment.", maxExports))
			return
		}
		name := "gapwatch-figures"
		if filter.MetricID != "" {
			name += "-" + filter.MetricID
		}
		h := w.Header()
		h.Set("Content-Type", exportTypes[format])
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name + "." + format}))
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		ew, err := report.NewExportWriter(w, format)
		if err != nil {
			s.fail(w, r, "start export", err)
			return
		}
		rc := http.NewResponseController(w)
		rows := 0
		err = s.store.EachFigure(ctx, filter, func(f tracker.Figure) error {
			rows++
			if rows%1000 == 0 {
				// A long export keeps going as long as the client reads.
				_ = rc.SetWriteDeadline(time.Now().Add(30 * time.Second))
			}
			return ew.Write(report.NewExportRow(f, s.publicURL))
		})
		if err == nil {
			err = ew.Close()
		}
		if err != nil {
			if ctx.Err() == nil {
				s.log.Error("web: export cut short", "path", r.URL.Path, "rows", rows, "err", err)
			}
			panic(http.ErrAbortHandler)
		}
	}
}
