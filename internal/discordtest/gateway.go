package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opPresence       = 3
	opVoiceState     = 4
	opResume         = 6
	opReconnect      = 7
	opRequestMembers = 8
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11
)

// Intent bits the double looks at.
const (
	IntentGuilds         = 1 << 0
	IntentGuildMembers   = 1 << 1
	IntentGuildPresences = 1 << 8
	IntentMessageContent = 1 << 15
	privilegedIntents    = IntentGuildMembers | IntentGuildPresences | IntentMessageContent
)

const (
	gwWriteTimeout = 5 * time.Second
	gwHistory      = 4096 // dispatches kept per session for RESUME
)

// Identify is an IDENTIFY payload the double received (the token itself is
// not kept).
type Identify struct {
	At         time.Time
	TokenOK    bool
	Intents    int
	Shard      *[2]int
	Properties map[string]any
}

// Heartbeat is an op 1 the double received.
type Heartbeat struct {
	At  time.Time
	Seq *int64 // the sequence the client sent; nil for null
}

// Identifies returns every IDENTIFY received, in order.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneSlice(s.identifies)
}

// Heartbeats returns every heartbeat received, in order.
func (s *Server) Heartbeats() []Heartbeat {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneSlice(s.heartbeats)
}

// gwSession is a gateway session: its sequence, the dispatches sent (for
// replay on RESUME) and the connection it is attached to, if any.
type gwSession struct {
	id      string
	dmu     sync.Mutex // held while sequencing and writing dispatches
	seq     int64      // guarded by Server.mu
	history []gwFrame  // guarded by Server.mu
	conn    *gwConn    // guarded by Server.mu
	invalid bool       // guarded by Server.mu
	ready   bool       // guarded by Server.mu
	intents int
}

type gwFrame struct {
	seq  int64
	data []byte
}

// gwConn is one websocket connection.
type gwConn struct {
	ws   *websocket.Conn
	wmu  sync.Mutex
	sess *gwSession // guarded by Server.mu
}

func (c *gwConn) write(data []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(gwWriteTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, data)
}

func (c *gwConn) writeOp(op int, d any) error {
	b, err := json.Marshal(map[string]any{"op": op, "d": d})
	if err != nil {
		return err
	}
	return c.write(b)
}

// closeWith sends a close frame with code and reason, then closes.
func (c *gwConn) closeWith(code int, reason string) {
	c.wmu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
	c.wmu.Unlock()
	_ = c.ws.Close()
}

// drop closes the TCP connection without a close frame.
func (c *gwConn) drop() { _ = c.ws.NetConn().Close() }

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway runs one websocket connection: HELLO, then IDENTIFY or RESUME,
// heartbeats, until the connection ends. Close codes sent: 4001 unknown
// opcode, 4002 undecodable payload, 4003 not authenticated, 4004 bad token,
// 4005 already authenticated, 4007 invalid seq, 4010 invalid shard, 4012
// invalid API version, 4013 invalid intents, 4014 disallowed intents.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "closed", http.StatusServiceUnavailable)
		return
	}
	s.wsWG.Add(1)
	s.mu.Unlock()
	defer s.wsWG.Done()

	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		_ = ws.Close()
		return
	}
	s.conns[c] = struct{}{}
	s.stats.Connections++
	s.notifyLocked()
	s.mu.Unlock()

	var closeCode int
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		if sess := c.sess; sess != nil && sess.conn == c {
			sess.conn = nil
			// Like Discord: a client closing with 1000 or 1001 ends its session.
			if closeCode == websocket.CloseNormalClosure || closeCode == websocket.CloseGoingAway {
				sess.invalid = true
			}
		}
		s.notifyLocked()
		s.mu.Unlock()
		_ = ws.Close()
	}()

	q := r.URL.Query()
	if v := q.Get("v"); v != "" && v != "9" && v != "10" {
		c.closeWith(4012, "Invalid API version")
		return
	}
	if e := q.Get("encoding"); e != "" && e != "json" {
		c.closeWith(4002, "Error while decoding payload.")
		return
	}
	ws.SetReadLimit(1 << 20)
	if err := c.writeOp(opHello, map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}); err != nil {
		return
	}
	for {
		mt, data, err := ws.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				closeCode = ce.Code
			}
			return
		}
		if mt != websocket.TextMessage {
			c.closeWith(4002, "Error while decoding payload.")
			return
		}
		var p struct {
			Op *int            `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := json.Unmarshal(data, &p); err != nil || p.Op == nil {
			c.closeWith(4002, "Error while decoding payload.")
			return
		}
		if !s.gatewayOp(c, *p.Op, p.D) {
			return
		}
	}
}

// gatewayOp handles one client payload; false ends the connection.
func (s *Server) gatewayOp(c *gwConn, op int, d json.RawMessage) bool {
	switch op {
	case opHeartbeat:
		hb := Heartbeat{At: time.Now()}
		var seq int64
		if !isNull(d) && json.Unmarshal(d, &seq) == nil {
			hb.Seq = &seq
		}
		s.mu.Lock()
		s.heartbeats = append(s.heartbeats, hb)
		s.stats.Heartbeats++
		s.notifyLocked()
		s.mu.Unlock()
		return c.writeOp(opHeartbeatAck, nil) == nil
	case opIdentify:
		return s.identify(c, d)
	case opResume:
		return s.resume(c, d)
	case opPresence, opVoiceState, opRequestMembers:
		s.mu.Lock()
		authed := c.sess != nil
		s.mu.Unlock()
		if !authed {
			c.closeWith(4003, "Not authenticated.")
			return false
		}
		return true
	default:
		c.closeWith(4001, "Unknown opcode.")
		return false
	}
}

func (s *Server) tokenOK(tok string) bool {
	return tok == s.opts.Token || tok == "Bot "+s.opts.Token
}

// identify starts a new session and sends READY, then GUILD_CREATE per guild
// when the GUILDS intent is set.
func (s *Server) identify(c *gwConn, d json.RawMessage) bool {
	var p struct {
		Token      string         `json:"token"`
		Intents    *int           `json:"intents"`
		Shard      *[2]int        `json:"shard"`
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal(d, &p); err != nil {
		c.closeWith(4002, "Error while decoding payload.")
		return false
	}
	rec := Identify{At: time.Now(), TokenOK: s.tokenOK(p.Token), Shard: p.Shard, Properties: p.Properties}
	if p.Intents != nil {
		rec.Intents = *p.Intents
	}
	s.mu.Lock()
	s.identifies = append(s.identifies, rec)
	s.stats.Identifies++
	already := c.sess != nil
	s.notifyLocked()
	s.mu.Unlock()
	switch {
	case already:
		c.closeWith(4005, "Already authenticated.")
		return false
	case !rec.TokenOK:
		c.closeWith(4004, "Authentication failed.")
		return false
	case p.Intents == nil || *p.Intents < 0:
		c.closeWith(4013, "Invalid intent(s).")
		return false
	case *p.Intents&privilegedIntents&^s.opts.PrivilegedIntents != 0:
		c.closeWith(4014, "Disallowed intent(s).")
		return false
	case p.Shard != nil && (p.Shard[1] < 1 || p.Shard[0] < 0 || p.Shard[0] >= p.Shard[1]):
		c.closeWith(4010, "Invalid shard.")
		return false
	}

	sess := &gwSession{id: randomHex(16), intents: *p.Intents}
	sess.dmu.Lock()
	defer sess.dmu.Unlock()
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return false
	}
	s.sessions[sess.id] = sess
	s.current = sess
	sess.conn = c
	c.sess = sess
	guilds := make([]map[string]any, 0, len(s.guilds))
	stubs := make([]map[string]any, 0, len(s.guilds))
	for _, g := range s.guilds {
		stubs = append(stubs, map[string]any{"id": g.ID, "unavailable": true})
		guilds = append(guilds, s.guildJSONLocked(g))
	}
	s.mu.Unlock()

	ready := map[string]any{
		"v":                  9,
		"user":               s.botUserJSON(),
		"session_id":         sess.id,
		"resume_gateway_url": s.GatewayURL(),
		"application":        map[string]any{"id": s.opts.ApplicationID, "flags": 0},
		"guilds":             stubs,
		"private_channels":   []any{},
		"user_settings":      map[string]any{},
		"relationships":      []any{},
	}
	if p.Shard != nil {
		ready["shard"] = p.Shard
	}
	if _, err := s.dispatchLocked(sess, "READY", ready); err != nil {
		return false
	}
	if sess.intents&IntentGuilds != 0 {
		for _, g := range guilds {
			if _, err := s.dispatchLocked(sess, "GUILD_CREATE", g); err != nil {
				return false
			}
		}
	}
	s.mu.Lock()
	sess.ready = true
	s.stats.Ready++
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

// resume re-attaches a session: missed dispatches after the client's seq are
// replayed, then RESUMED. An unknown or ended session gets INVALID_SESSION
// (d=false) and the connection may IDENTIFY.
func (s *Server) resume(c *gwConn, d json.RawMessage) bool {
	var p struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(d, &p); err != nil {
		c.closeWith(4002, "Error while decoding payload.")
		return false
	}
	if !s.tokenOK(p.Token) {
		c.closeWith(4004, "Authentication failed.")
		return false
	}
	s.mu.Lock()
	if c.sess != nil {
		s.mu.Unlock()
		c.closeWith(4005, "Already authenticated.")
		return false
	}
	sess := s.sessions[p.SessionID]
	s.mu.Unlock()
	invalid := func() bool {
		s.mu.Lock()
		s.stats.FailedResumes++
		s.notifyLocked()
		s.mu.Unlock()
		return c.writeOp(opInvalidSession, false) == nil
	}
	if sess == nil {
		return invalid()
	}
	sess.dmu.Lock()
	defer sess.dmu.Unlock()
	s.mu.Lock()
	if sess.invalid {
		s.mu.Unlock()
		return invalid()
	}
	if p.Seq > sess.seq || p.Seq < 0 {
		s.mu.Unlock()
		c.closeWith(4007, "Invalid seq.")
		return false
	}
	old := sess.conn
	sess.conn = c
	c.sess = sess
	s.current = sess
	var replay [][]byte
	for _, f := range sess.history {
		if f.seq > p.Seq {
			replay = append(replay, f.data)
		}
	}
	s.mu.Unlock()
	if old != nil && old != c {
		old.drop()
	}
	for _, f := range replay {
		if c.write(f) != nil {
			return false
		}
	}
	if _, err := s.dispatchLocked(sess, "RESUMED", map[string]any{}); err != nil {
		return false
	}
	s.mu.Lock()
	s.stats.Resumes++
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

var errSessionInvalid = errors.New("discordtest: gateway session invalidated")

// dispatchLocked sends an op 0 dispatch on sess with the next sequence
// number and keeps it for replay; sess.dmu must be held. A failed write is
// not an error: the dispatch waits in the history for a RESUME. It fails
// only for an invalidated session, a closed server (ErrClosed) or
// unencodable data.
func (s *Server) dispatchLocked(sess *gwSession, event string, data any) (int64, error) {
	d, err := json.Marshal(data)
	if err != nil {
		return 0, err
	}
	t, _ := json.Marshal(event)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return 0, ErrClosed
	}
	if sess.invalid {
		s.mu.Unlock()
		return 0, errSessionInvalid
	}
	sess.seq++
	seq := sess.seq
	frame := []byte(`{"op":0,"s":` + strconv.FormatInt(seq, 10) + `,"t":` + string(t) + `,"d":` + string(d) + `}`)
	sess.history = append(sess.history, gwFrame{seq: seq, data: frame})
	if len(sess.history) > gwHistory {
		sess.history = sess.history[len(sess.history)-gwHistory:]
	}
	conn := sess.conn
	s.stats.Dispatches++
	s.notifyLocked()
	s.mu.Unlock()
	if conn != nil {
		_ = conn.write(frame)
	}
	return seq, nil
}

// currentSession waits until there is a live (not invalidated) session that
// has been sent READY. It returns ctx.Err() or ErrClosed otherwise.
func (s *Server) currentSession(ctx context.Context) (*gwSession, error) {
	var sess *gwSession
	err := s.waitFor(ctx, func() bool {
		sess = s.current
		return sess != nil && !sess.invalid && sess.ready
	})
	return sess, err
}

// Dispatch sends an op 0 dispatch of type event with data (any JSON value) to
// the current session, waiting (bounded by ctx) for one to be READY. When the
// session is disconnected but resumable, the dispatch is kept and replayed on
// RESUME. It returns the sequence number used, or ctx.Err() / ErrClosed.
func (s *Server) Dispatch(ctx context.Context, event string, data any) (int64, error) {
	for {
		sess, err := s.currentSession(ctx)
		if err != nil {
			return 0, err
		}
		sess.dmu.Lock()
		seq, err := s.dispatchLocked(sess, event, data)
		sess.dmu.Unlock()
		if errors.Is(err, errSessionInvalid) {
			continue // invalidated meanwhile: wait for the next session
		}
		return seq, err
	}
}

// WaitReady waits until a client has identified and been sent READY (and
// GUILD_CREATEs) on a live session. It returns ctx.Err() or ErrClosed
// otherwise.
func (s *Server) WaitReady(ctx context.Context) error {
	_, err := s.currentSession(ctx)
	return err
}

// currentConn returns the connection of the current session.
func (s *Server) currentConn() (*gwConn, *gwSession, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current == nil || s.current.conn == nil {
		return nil, nil, ErrNoConnection
	}
	return s.current.conn, s.current, nil
}

// DropGateway closes the current session's TCP connection without a close
// frame; the session stays resumable. It returns ErrNoConnection when no
// client is connected.
func (s *Server) DropGateway() error {
	c, _, err := s.currentConn()
	if err != nil {
		return err
	}
	c.drop()
	return nil
}

// SendReconnect sends op 7 RECONNECT on the current connection; the session
// stays resumable. It returns ErrNoConnection when no client is connected,
// or the write error.
func (s *Server) SendReconnect() error {
	c, _, err := s.currentConn()
	if err != nil {
		return err
	}
	return c.writeOp(opReconnect, nil)
}

// SendInvalidSession sends op 9 with d=resumable on the current connection
// and detaches the session from it, so the client may IDENTIFY again on the
// same connection (or RESUME if resumable). When not resumable the session
// ends. It returns ErrNoConnection when no client is connected, or the write
// error.
func (s *Server) SendInvalidSession(resumable bool) error {
	c, sess, err := s.currentConn()
	if err != nil {
		return err
	}
	sess.dmu.Lock()
	s.mu.Lock()
	if sess.conn == c {
		sess.conn = nil
	}
	c.sess = nil
	if !resumable {
		sess.invalid = true
	}
	s.notifyLocked()
	s.mu.Unlock()
	err = c.writeOp(opInvalidSession, resumable)
	sess.dmu.Unlock()
	return err
}

// guildJSONLocked renders a GUILD_CREATE payload. Channels carry no
// guild_id, as on Discord.
func (s *Server) guildJSONLocked(g *guildState) map[string]any {
	roles := make([]map[string]any, 0, len(g.Roles))
	for i, r := range g.Roles {
		roles = append(roles, roleJSON(r, i))
	}
	members := make([]map[string]any, 0, len(g.Members))
	for _, m := range g.Members {
		members = append(members, s.memberJSON(g, m, false))
	}
	channels := make([]map[string]any, 0, len(g.Channels))
	for i, c := range g.Channels {
		channels = append(channels, map[string]any{
			"id": c.ID, "name": c.Name, "type": c.Type, "position": i,
			"permission_overwrites": []any{}, "nsfw": false,
		})
	}
	return map[string]any{
		"id": g.ID, "name": g.Name, "owner_id": g.OwnerID, "icon": nil,
		"roles": roles, "members": members, "channels": channels,
		"threads": []any{}, "emojis": []any{}, "stickers": []any{},
		"presences": []any{}, "voice_states": []any{}, "features": []string{},
		"member_count": len(members), "large": false, "unavailable": false,
		"joined_at":        time.Unix(1700000000, 0).UTC().Format(time.RFC3339),
		"preferred_locale": "en-US", "system_channel_flags": 0,
	}
}

func roleJSON(r Role, pos int) map[string]any {
	return map[string]any{
		"id": r.ID, "name": r.Name, "permissions": strconv.FormatInt(r.Permissions, 10),
		"position": pos, "color": 0, "hoist": false, "managed": false, "mentionable": false, "flags": 0,
	}
}
