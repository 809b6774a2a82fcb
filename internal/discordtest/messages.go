package discordtest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// NonceWindow is how long a nonce is remembered for enforce_nonce.
const NonceWindow = 5 * time.Minute

// Message flags the double sets or keeps.
const (
	FlagEphemeral = 1 << 6
	FlagLoading   = 1 << 7
)

// Message is a message as stored by the double, with what the client sent.
type Message struct {
	ID, ChannelID, GuildID string
	Content                string
	Embeds                 []json.RawMessage // as sent
	Components             json.RawMessage   // as sent; nil when none
	Attachments            []Attachment
	// AllowedMentions is the allowed_mentions object sent at creation, nil
	// when the key was absent.
	AllowedMentions json.RawMessage
	// MentionsSuppressed is true when allowed_mentions was sent with
	// "parse": [] (an empty list, not null).
	MentionsSuppressed bool
	Reference          *Reference // message_reference (a reply)
	Nonce              string
	Flags              int
	TTS                bool
	InteractionID      string // set on interaction responses and follow-ups
	WebhookID          string // the application id for interaction messages
	CreatedAt          time.Time
	EditedAt           time.Time // zero when never edited
	Edits              []Edit
	Deleted            bool
}

// Edit is one accepted edit of a message.
type Edit struct {
	At                 time.Time
	Body               json.RawMessage // JSON body (payload_json for multipart)
	AllowedMentions    json.RawMessage // as sent with the edit; nil when absent
	MentionsSuppressed bool            // allowed_mentions sent with "parse": []
	Content            string          // content after the edit
}

// Attachment is an uploaded file (files[n] part).
type Attachment struct {
	ID, Filename, ContentType string
	Size                      int
}

// Reference is a message_reference.
type Reference struct {
	MessageID, ChannelID, GuildID string
}

// Ping is a message create or edit whose content would notify someone:
// it mentions @everyone, @here, a role or a user, and allowed_mentions was
// missing, null, had "parse" null, or allowed that mention.
type Ping struct {
	At        time.Time
	MessageID string
	ChannelID string
	Edit      bool
	Mentions  []string // the mentions that would ping, as written
	Reason    string
}

type nonceEntry struct {
	messageID string
	at        time.Time
}

func (m *Message) clone() Message {
	c := *m
	c.Embeds = cloneSlice(m.Embeds)
	c.Attachments = cloneSlice(m.Attachments)
	c.Edits = cloneSlice(m.Edits)
	if m.Reference != nil {
		r := *m.Reference
		c.Reference = &r
	}
	return c
}

// Messages returns the messages of a channel in creation order, deleted ones
// included (Deleted set); interaction responses and follow-ups included.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := s.channels[channelID]
	if ch == nil {
		return nil
	}
	out := make([]Message, 0, len(ch.messages))
	for _, m := range ch.messages {
		out = append(out, m.clone())
	}
	return out
}

// Message returns the message with id, and whether it exists.
func (s *Server) Message(id string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.messages[id]
	if m == nil {
		return Message{}, false
	}
	return m.clone(), true
}

// Pings lists every message create or edit that would have notified someone
// (see Ping). Tests of a bot that must never ping assert it is empty.
func (s *Server) Pings() []Ping {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneSlice(s.pings)
}

// suppressed reports whether allowed_mentions is an object whose "parse" is
// an empty list.
func suppressed(raw json.RawMessage) bool {
	if isNull(raw) {
		return false
	}
	am, err := parseAllowedMentions(raw)
	return err == nil && am.parseSet && len(am.parse) == 0
}

var mentionRE = regexp.MustCompile(`@everyone|@here|<@&\d+>|<@!?\d+>`)

// wouldPing returns the mentions in content that would notify under
// allowed_mentions raw, and why.
func wouldPing(content string, raw json.RawMessage) ([]string, string) {
	found := mentionRE.FindAllString(content, -1)
	if len(found) == 0 {
		return nil, ""
	}
	if raw == nil {
		return found, "allowed_mentions missing"
	}
	if isNull(raw) {
		return found, "allowed_mentions is null"
	}
	am, err := parseAllowedMentions(raw)
	if err != nil {
		return found, "allowed_mentions unreadable"
	}
	if !am.parseSet {
		return found, "allowed_mentions.parse is null or absent"
	}
	var hits []string
	for _, f := range found {
		switch {
		case f == "@everyone" || f == "@here":
			if slices.Contains(am.parse, "everyone") {
				hits = append(hits, f)
			}
		case strings.HasPrefix(f, "<@&"):
			if slices.Contains(am.parse, "roles") || slices.Contains(am.roles, strings.Trim(f, "<@&>")) {
				hits = append(hits, f)
			}
		default:
			if slices.Contains(am.parse, "users") || slices.Contains(am.users, strings.Trim(f, "<@!>")) {
				hits = append(hits, f)
			}
		}
	}
	if len(hits) == 0 {
		return nil, ""
	}
	return hits, "allowed_mentions allows it"
}

func (s *Server) checkPingLocked(m *Message, raw json.RawMessage, edit bool, now time.Time) {
	if hits, why := wouldPing(m.Content, raw); len(hits) > 0 {
		s.pings = append(s.pings, Ping{At: now, MessageID: m.ID, ChannelID: m.ChannelID, Edit: edit, Mentions: hits, Reason: why})
	}
}

// newMessageLocked stores a new message in ch built from p.
func (s *Server) newMessageLocked(ch *channelState, p *msgPayload, now time.Time) *Message {
	m := &Message{
		ID:                 s.nextID(),
		ChannelID:          ch.ID,
		GuildID:            ch.guildID,
		Content:            p.content,
		Embeds:             cloneSlice(p.embeds),
		Components:         p.components,
		AllowedMentions:    p.allowedMentions,
		MentionsSuppressed: suppressed(p.allowedMentions),
		Reference:          p.reference,
		Nonce:              p.nonce,
		Flags:              p.flags,
		TTS:                p.tts,
		CreatedAt:          now,
	}
	for _, f := range p.files {
		f.ID = s.nextID()
		m.Attachments = append(m.Attachments, f)
	}
	s.messages[m.ID] = m
	ch.messages = append(ch.messages, m)
	s.checkPingLocked(m, p.allowedMentions, false, now)
	return m
}

// applyEditLocked applies the keys present in p to m and records the edit.
func (s *Server) applyEditLocked(m *Message, p *msgPayload, now time.Time) {
	if p.has["content"] {
		m.Content = p.content
	}
	if p.has["embeds"] {
		m.Embeds = cloneSlice(p.embeds)
	}
	if p.has["components"] {
		m.Components = p.components
	}
	if p.has["flags"] {
		m.Flags = p.flags | m.Flags&FlagEphemeral
	}
	if p.has["attachments"] {
		kept := m.Attachments[:0:0]
		for _, a := range m.Attachments {
			if slices.Contains(p.keepAttachments, a.ID) {
				kept = append(kept, a)
			}
		}
		m.Attachments = kept
	}
	for _, f := range p.files {
		f.ID = s.nextID()
		m.Attachments = append(m.Attachments, f)
	}
	m.Flags &^= FlagLoading
	m.EditedAt = now
	m.Edits = append(m.Edits, Edit{
		At: now, Body: p.text, AllowedMentions: p.allowedMentions,
		MentionsSuppressed: suppressed(p.allowedMentions), Content: m.Content,
	})
	if p.has["content"] {
		s.checkPingLocked(m, p.allowedMentions, true, now)
	}
}

// messageJSON renders m as Discord's message object.
func (s *Server) messageJSON(m *Message) map[string]any {
	embeds := []json.RawMessage{}
	if m.Embeds != nil {
		embeds = m.Embeds
	}
	components := json.RawMessage("[]")
	if !isNull(m.Components) {
		components = m.Components
	}
	atts := []map[string]any{}
	for _, a := range m.Attachments {
		url := s.URL() + "/attachments/" + m.ChannelID + "/" + a.ID + "/" + a.Filename
		atts = append(atts, map[string]any{
			"id": a.ID, "filename": a.Filename, "size": a.Size,
			"content_type": a.ContentType, "url": url, "proxy_url": url,
		})
	}
	typ := 0
	if m.Reference != nil {
		typ = 19
	}
	if m.InteractionID != "" && m.Reference == nil {
		typ = 20
	}
	out := map[string]any{
		"id":               m.ID,
		"channel_id":       m.ChannelID,
		"content":          m.Content,
		"timestamp":        m.CreatedAt.UTC().Format(time.RFC3339Nano),
		"edited_timestamp": nil,
		"tts":              m.TTS,
		"mention_everyone": false,
		"mentions":         []any{},
		"mention_roles":    []string{},
		"attachments":      atts,
		"embeds":           embeds,
		"components":       components,
		"pinned":           false,
		"type":             typ,
		"flags":            m.Flags,
		"author":           s.botUserJSON(),
	}
	if !m.EditedAt.IsZero() {
		out["edited_timestamp"] = m.EditedAt.UTC().Format(time.RFC3339Nano)
	}
	if m.GuildID != "" {
		out["guild_id"] = m.GuildID
	}
	if m.Nonce != "" {
		out["nonce"] = m.Nonce
	}
	if m.WebhookID != "" {
		out["webhook_id"] = m.WebhookID
		out["application_id"] = s.opts.ApplicationID
	}
	if r := m.Reference; r != nil {
		out["message_reference"] = map[string]any{"message_id": r.MessageID, "channel_id": r.ChannelID, "guild_id": r.GuildID}
	}
	return out
}

func (s *Server) botUserJSON() map[string]any {
	return map[string]any{
		"id": s.opts.BotUserID, "username": s.opts.BotUsername, "discriminator": "0",
		"global_name": nil, "avatar": nil, "bot": true,
	}
}

// handleMessageCreate answers POST /channels/{c}/messages: 404 10003 for an
// unknown channel, 400 50035 for a broken limit or an unknown replied-to
// message, 400 50006 for an empty message, the first message (200) for a
// repeated nonce with enforce_nonce, else the new message (200).
func (s *Server) handleMessageCreate(x *exchange) {
	chID := x.r.PathValue("channel")
	obj, text, files, ok := x.decodeObject()
	if !ok {
		return
	}
	p := parsePayload(obj, text, files)
	s.mu.Lock()
	ch := s.channels[chID]
	s.mu.Unlock()
	if ch == nil {
		x.fail(http.StatusNotFound, 10003, "Unknown Channel")
		return
	}
	if errs := p.validate(); len(errs) > 0 {
		x.invalidForm(errs)
		return
	}
	if p.empty() {
		x.recordViolation(fieldError{"", "EMPTY_MESSAGE", "Cannot send an empty message"})
		x.fail(http.StatusBadRequest, 50006, "Cannot send an empty message")
		return
	}
	now := time.Now()
	s.mu.Lock()
	if r := p.reference; r != nil && r.MessageID != "" {
		if r.ChannelID == "" {
			r.ChannelID = chID
		}
		if r.GuildID == "" {
			r.GuildID = ch.guildID
		}
		target := s.messages[r.MessageID]
		if target == nil || target.Deleted || target.ChannelID != r.ChannelID {
			if p.failIfMissing {
				s.mu.Unlock()
				x.invalidForm([]fieldError{{"message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message"}})
				return
			}
			p.reference = nil
		}
	}
	key := chID + "\x00" + p.nonce
	if p.nonce != "" && p.enforceNonce {
		if e, ok := s.nonces[key]; ok && now.Sub(e.at) < s.opts.NonceWindow {
			if first := s.messages[e.messageID]; first != nil {
				out := s.messageJSON(first)
				s.mu.Unlock()
				x.writeJSON(http.StatusOK, out)
				return
			}
		}
	}
	m := s.newMessageLocked(ch, p, now)
	if p.nonce != "" {
		if _, seen := s.nonces[key]; !seen || now.Sub(s.nonces[key].at) >= s.opts.NonceWindow {
			s.nonces[key] = nonceEntry{messageID: m.ID, at: now}
		}
		if len(s.nonces) > 4096 {
			for k, e := range s.nonces {
				if now.Sub(e.at) >= s.opts.NonceWindow {
					delete(s.nonces, k)
				}
			}
		}
	}
	out := s.messageJSON(m)
	s.notifyLocked()
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

// channelMessage finds a live message of a channel; it answers 404 10003 or
// 10008 and returns nil when there is none. s.mu must not be held.
func (s *Server) channelMessage(x *exchange) *Message {
	chID, msgID := x.r.PathValue("channel"), x.r.PathValue("msg")
	s.mu.Lock()
	ch := s.channels[chID]
	m := s.messages[msgID]
	live := m != nil && m.ChannelID == chID && !m.Deleted
	s.mu.Unlock()
	if ch == nil {
		x.fail(http.StatusNotFound, 10003, "Unknown Channel")
		return nil
	}
	if !live {
		x.fail(http.StatusNotFound, 10008, "Unknown Message")
		return nil
	}
	return m
}

// handleMessagesList answers GET /channels/{c}/messages?limit=N[&before=ID]:
// the channel's live messages, newest first, at most limit (1 to 100,
// default 50), older than before when given; 404 10003 for an unknown
// channel, 400 50035 for a bad limit.
func (s *Server) handleMessagesList(x *exchange) {
	chID := x.r.PathValue("channel")
	q := x.r.URL.Query()
	limit := 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			x.invalidForm([]fieldError{{"limit", "NUMBER_TYPE_MAX", "Must be between 1 and 100."}})
			return
		}
		limit = n
	}
	before := q.Get("before")
	s.mu.Lock()
	ch := s.channels[chID]
	if ch == nil {
		s.mu.Unlock()
		x.fail(http.StatusNotFound, 10003, "Unknown Channel")
		return
	}
	out := []map[string]any{}
	skipping := before != ""
	for i := len(ch.messages) - 1; i >= 0 && len(out) < limit; i-- {
		m := ch.messages[i]
		if skipping {
			if m.ID == before {
				skipping = false
			}
			continue
		}
		if !m.Deleted {
			j := s.messageJSON(m)
			delete(j, "nonce") // Discord returns a nonce only when the message is created
			out = append(out, j)
		}
	}
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

// handleMessageGet answers GET /channels/{c}/messages/{m}: the message, or
// 404 10003 / 10008.
func (s *Server) handleMessageGet(x *exchange) {
	m := s.channelMessage(x)
	if m == nil {
		return
	}
	s.mu.Lock()
	out := s.messageJSON(m)
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

// handleMessageEdit answers PATCH /channels/{c}/messages/{m}: the edited
// message, 404 10003 / 10008, or 400 50035 for a broken limit. Unknown keys
// are ignored.
func (s *Server) handleMessageEdit(x *exchange) {
	m := s.channelMessage(x)
	if m == nil {
		return
	}
	obj, text, files, ok := x.decodeObject()
	if !ok {
		return
	}
	s.editMessage(x, m, obj, text, files)
}

// editMessage validates an edit body and applies it to m, answering the
// edited message, or 400 50035 for broken limits. Channel messages and
// webhook messages are edited alike.
func (s *Server) editMessage(x *exchange, m *Message, obj map[string]json.RawMessage, text []byte, files []Attachment) {
	p := parsePayload(obj, text, files)
	if errs := p.validate(); len(errs) > 0 {
		x.invalidForm(errs)
		return
	}
	s.mu.Lock()
	s.applyEditLocked(m, p, time.Now())
	out := s.messageJSON(m)
	s.notifyLocked()
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

// handleMessageDelete answers DELETE /channels/{c}/messages/{m}: 204, or 404
// 10003 / 10008.
func (s *Server) handleMessageDelete(x *exchange) {
	m := s.channelMessage(x)
	if m == nil {
		return
	}
	s.mu.Lock()
	m.Deleted = true
	s.notifyLocked()
	s.mu.Unlock()
	x.noContent()
}
