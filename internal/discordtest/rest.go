package discordtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"time"
)

const (
	apiPrefix      = "/api/v9"
	maxBodyBytes   = 32 << 20
	maxRecordBytes = 64 << 10
)

// Request is one REST request as the double saw and answered it. The
// Authorization header is never recorded, only whether it was right.
type Request struct {
	At          time.Time
	Method      string
	Path        string // e.g. /api/v9/channels/1/messages
	Query       string
	Route       string // route template, e.g. "POST /channels/{channel.id}/messages"; "" when unknown
	ContentType string
	Body        []byte // first 64 KiB of the body
	Authorized  bool
	Status      int // HTTP status answered
	Code        int // Discord JSON error code answered (0 on success)
}

// Requests returns every REST request answered so far, in completion order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneSlice(s.requests)
}

// routeDef is one REST route: its Discord route template (which names its
// rate-limit bucket), the path values forming the bucket's major parameter,
// and whether it skips authorization or the global limit.
type routeDef struct {
	name     string
	major    []string
	noAuth   bool
	noGlobal bool
	h        func(*exchange)
}

// exchange carries one REST request through the double and notes what was
// answered, for Requests.
type exchange struct {
	s      *Server
	w      http.ResponseWriter
	r      *http.Request
	body   []byte
	route  string
	status int
	code   int
	authed bool
	at     time.Time
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	add := func(pattern string, defs ...routeDef) {
		byMethod := map[string]*routeDef{}
		for i := range defs {
			d := &defs[i]
			method, _, _ := strings.Cut(d.name, " ")
			byMethod[method] = d
		}
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			d, ok := byMethod[r.Method]
			if !ok {
				s.serve(w, r, &routeDef{noAuth: true, h: func(x *exchange) {
					x.fail(http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
				}}, false)
				return
			}
			s.serve(w, r, d, true)
		})
	}
	add(apiPrefix+"/gateway",
		routeDef{name: "GET /gateway", noAuth: true, h: s.handleGateway})
	add(apiPrefix+"/gateway/bot",
		routeDef{name: "GET /gateway/bot", h: s.handleGatewayBot})
	add(apiPrefix+"/applications/{app}/commands",
		routeDef{name: "GET /applications/{application.id}/commands", major: []string{"app"}, h: s.handleCommandsGet},
		routeDef{name: "PUT /applications/{application.id}/commands", major: []string{"app"}, h: s.handleCommandsPut})
	add(apiPrefix+"/applications/{app}/guilds/{guild}/commands",
		routeDef{name: "GET /applications/{application.id}/guilds/{guild.id}/commands", major: []string{"app", "guild"}, h: s.handleCommandsGet},
		routeDef{name: "PUT /applications/{application.id}/guilds/{guild.id}/commands", major: []string{"app", "guild"}, h: s.handleCommandsPut})
	add(apiPrefix+"/interactions/{id}/{token}/callback",
		routeDef{name: "POST /interactions/{interaction.id}/{interaction.token}/callback", major: []string{"id"}, noGlobal: true, h: s.handleCallback})
	add(apiPrefix+"/webhooks/{app}/{token}",
		routeDef{name: "POST /webhooks/{webhook.id}/{webhook.token}", major: []string{"app", "token"}, noGlobal: true, h: s.handleFollowup})
	add(apiPrefix+"/webhooks/{app}/{token}/messages/{msg}",
		routeDef{name: "GET /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}", major: []string{"app", "token"}, noGlobal: true, h: s.handleWebhookMessageGet},
		routeDef{name: "PATCH /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}", major: []string{"app", "token"}, noGlobal: true, h: s.handleWebhookMessageEdit},
		routeDef{name: "DELETE /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}", major: []string{"app", "token"}, noGlobal: true, h: s.handleWebhookMessageDelete})
	add(apiPrefix+"/channels/{channel}/messages",
		routeDef{name: "POST /channels/{channel.id}/messages", major: []string{"channel"}, h: s.handleMessageCreate},
		routeDef{name: "GET /channels/{channel.id}/messages", major: []string{"channel"}, h: s.handleMessagesList})
	add(apiPrefix+"/channels/{channel}/messages/{msg}",
		routeDef{name: "GET /channels/{channel.id}/messages/{message.id}", major: []string{"channel"}, h: s.handleMessageGet},
		routeDef{name: "PATCH /channels/{channel.id}/messages/{message.id}", major: []string{"channel"}, h: s.handleMessageEdit},
		routeDef{name: "DELETE /channels/{channel.id}/messages/{message.id}", major: []string{"channel"}, h: s.handleMessageDelete})
	mux.HandleFunc(apiPrefix+"/", func(w http.ResponseWriter, r *http.Request) {
		s.serve(w, r, &routeDef{noAuth: true, h: func(x *exchange) {
			x.fail(http.StatusNotFound, 0, "404: Not Found")
		}}, false)
	})
	mux.HandleFunc("/gateway", s.serveGateway)
	mux.HandleFunc("/gateway/", s.serveGateway)
	return mux
}

// serve runs the steps every REST request goes through: read the body,
// latency, Authorization (401), injected faults, the global and per-route
// limits (429), then the route's handler; and records the answer. limited is
// false for unknown routes and methods, which get headers but use no bucket.
func (s *Server) serve(w http.ResponseWriter, r *http.Request, d *routeDef, limited bool) {
	x := &exchange{s: s, w: w, r: r, route: d.name, at: time.Now()}
	defer s.record(x)
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	x.body = body
	s.sleep(time.Duration(s.latency.Load()))

	key := d.name
	for _, m := range d.major {
		key += "|" + r.PathValue(m)
	}
	hash := bucketHash(d.name)
	x.authed = r.Header.Get("Authorization") == "Bot "+s.opts.Token
	if !d.noAuth && !x.authed {
		writeRateHeaders(w.Header(), s.limiter.peek(key, hash, time.Now()), time.Now())
		s.mu.Lock()
		s.stats.Unauthorized++
		s.mu.Unlock()
		x.fail(http.StatusUnauthorized, 0, "401: Unauthorized")
		return
	}
	if err != nil {
		writeRateHeaders(w.Header(), s.limiter.peek(key, hash, time.Now()), time.Now())
		x.fail(http.StatusRequestEntityTooLarge, 40005, "Request entity too large")
		return
	}
	if !limited {
		writeRateHeaders(w.Header(), s.limiter.peek(key, hash, time.Now()), time.Now())
		d.h(x)
		return
	}
	if status := s.takeFault(r); status != 0 {
		now := time.Now()
		st := s.limiter.peek(key, hash, now)
		if status == http.StatusTooManyRequests {
			st.limited, st.remaining = true, 0
			st.retryAfter = s.opts.FaultRetryAfter
			st.resetAt = now.Add(st.retryAfter)
			writeTooMany(w, st, "user", now)
			x.status = status
			return
		}
		writeRateHeaders(w.Header(), st, now)
		x.fail(status, 0, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
		return
	}
	now := time.Now()
	st := s.limiter.take(key, hash, d.noGlobal, now)
	if st.limited {
		scope := "user"
		if st.global {
			scope = "global"
		}
		writeTooMany(w, st, scope, now)
		x.status = http.StatusTooManyRequests
		s.mu.Lock()
		if st.global {
			s.stats.RateLimitedGlobal++
		} else {
			s.stats.RateLimitedRoute++
		}
		s.mu.Unlock()
		return
	}
	writeRateHeaders(w.Header(), st, time.Now())
	d.h(x)
}

func (s *Server) record(x *exchange) {
	body := x.body
	if len(body) > maxRecordBytes {
		body = body[:maxRecordBytes]
	}
	req := Request{
		At:          x.at,
		Method:      x.r.Method,
		Path:        x.r.URL.Path,
		Query:       x.r.URL.RawQuery,
		Route:       x.route,
		ContentType: x.r.Header.Get("Content-Type"),
		Body:        bytes.Clone(body),
		Authorized:  x.authed,
		Status:      x.status,
		Code:        x.code,
	}
	if req.Status == 0 {
		req.Status = http.StatusOK
	}
	s.mu.Lock()
	s.stats.Requests++
	s.requests = append(s.requests, req)
	s.notifyLocked()
	s.mu.Unlock()
}

// writeJSON answers status with v as JSON.
func (x *exchange) writeJSON(status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		x.fail(http.StatusInternalServerError, 0, "500: Internal Server Error")
		return
	}
	x.status = status
	x.w.Header().Set("Content-Type", "application/json")
	x.w.WriteHeader(status)
	_, _ = x.w.Write(b)
}

// noContent answers 204.
func (x *exchange) noContent() {
	x.status = http.StatusNoContent
	x.w.WriteHeader(http.StatusNoContent)
}

// fail answers Discord's error shape {"message","code"}.
func (x *exchange) fail(status, code int, msg string) {
	x.writeJSON(status, map[string]any{"message": msg, "code": code})
	x.code = code
}

// errInvalidJSON is returned by decodeObject for bodies that are not a JSON
// object (or a multipart body whose payload_json is not one).
var errInvalidJSON = errors.New("invalid JSON")

// decodeObject reads the request's JSON object: the body itself, or the
// payload_json part of a multipart/form-data body, whose files[n] parts are
// returned as attachments (name, size, type). An empty body is an empty
// object. On failure it answers 400 code 50109 and returns ok=false.
func (x *exchange) decodeObject() (obj map[string]json.RawMessage, text []byte, files []Attachment, ok bool) {
	obj, text, files, err := decodeBody(x.r.Header.Get("Content-Type"), x.body)
	if err != nil {
		x.fail(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return nil, nil, nil, false
	}
	return obj, text, files, true
}

func decodeBody(contentType string, body []byte) (map[string]json.RawMessage, []byte, []Attachment, error) {
	text := body
	var files []Attachment
	if mt, params, err := mime.ParseMediaType(contentType); err == nil && mt == "multipart/form-data" {
		text = nil
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, nil, nil, err
			}
			name := p.FormName()
			switch {
			case name == "payload_json":
				text, err = io.ReadAll(p)
				if err != nil {
					return nil, nil, nil, err
				}
			case strings.HasPrefix(name, "files[") || name == "file":
				n, err := io.Copy(io.Discard, p)
				if err != nil {
					return nil, nil, nil, err
				}
				files = append(files, Attachment{Filename: p.FileName(), Size: int(n), ContentType: p.Header.Get("Content-Type")})
			}
		}
	}
	obj := map[string]json.RawMessage{}
	if len(bytes.TrimSpace(text)) == 0 {
		return obj, text, files, nil
	}
	if err := json.Unmarshal(text, &obj); err != nil {
		return nil, nil, nil, errInvalidJSON
	}
	if obj == nil {
		obj = map[string]json.RawMessage{}
	}
	return obj, text, files, nil
}

func (s *Server) handleGateway(x *exchange) {
	x.writeJSON(http.StatusOK, map[string]string{"url": s.GatewayURL()})
}

func (s *Server) handleGatewayBot(x *exchange) {
	x.writeJSON(http.StatusOK, map[string]any{
		"url":    s.GatewayURL(),
		"shards": s.opts.GatewayShards,
		"session_start_limit": map[string]int{
			"total": 1000, "remaining": 999, "reset_after": 86400000, "max_concurrency": s.opts.MaxConcurrency,
		},
	})
}
