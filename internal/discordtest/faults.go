package discordtest

import (
	"net/http"
	"strings"
	"time"
)

// fault is one FailNext rule.
type fault struct {
	method string
	prefix string
	status int
	left   int
}

// FailNext makes the next count REST requests whose method equals method
// ("" for any) and whose path starts with pathPrefix (with or without the
// leading /api/v9) fail with status: 429 answers a route-scoped rate limit
// with retry_after = Options.FaultRetryAfter, any other status a JSON error
// {"message":"<status>: <text>","code":0}. Injected answers come after the
// Authorization check and before rate limiting, and use no bucket slot.
// Rules apply in the order they were added.
func (s *Server) FailNext(method, pathPrefix string, status, count int) {
	if count <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &fault{method: strings.ToUpper(method), prefix: pathPrefix, status: status, left: count})
}

// SetLatency delays every REST answer by d (0 removes the delay).
func (s *Server) SetLatency(d time.Duration) { s.latency.Store(int64(d)) }

// takeFault returns the status of the first rule matching r, consuming one
// use, or 0.
func (s *Server) takeFault(r *http.Request) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.method != "" && f.method != r.Method {
			continue
		}
		p := r.URL.Path
		if !strings.HasPrefix(p, f.prefix) && !strings.HasPrefix(p, apiPrefix+f.prefix) {
			continue
		}
		f.left--
		if f.left <= 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		s.stats.InjectedFailures++
		return f.status
	}
	return 0
}
