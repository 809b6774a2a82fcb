package web

import (
	"encoding/json"
	"net/http"

	"github.com/gapwatch/gapwatch/report"
)

// handleStandingsJSON serves the standings as the `status --json` document
// (report.StandingsJSON).
func (s *server) handleStandingsJSON(w http.ResponseWriter, r *http.Request) {
	standings, err := s.store.Standings(r.Context(), s.now())
	if err != nil {
		s.failJSON(w, r, "read standings", err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, report.NewStandingsJSON(standings))
}

// writeJSON writes v indented, with a trailing newline.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		s.log.Error("web: encode json", "path", r.URL.Path, "err", err)
		writeBody(w, http.StatusInternalServerError, "application/json; charset=utf-8", []byte(`{"error":"internal error"}`+"\n"))
		return
	}
	if w.Header().Get("Cache-Control") == "" {
		w.Header().Set("Cache-Control", "no-cache")
	}
	writeBody(w, status, "application/json; charset=utf-8", append(b, '\n'))
}

// failJSON answers a store error as JSON: {"error": message}, hiding the
// detail of internal errors (logged).
func (s *server) failJSON(w http.ResponseWriter, r *http.Request, what string, err error) {
	s.log.Error("web: "+what, "path", r.URL.Path, "err", err)
	s.writeJSON(w, r, http.StatusInternalServerError, map[string]string{"error": "internal error"})
}
