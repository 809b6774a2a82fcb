package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// Interaction response (callback) types.
const (
	ResponsePong                   = 1
	ResponseChannelMessage         = 4
	ResponseDeferredChannelMessage = 5
	ResponseDeferredUpdate         = 6
	ResponseUpdateMessage          = 7
	ResponseAutocomplete           = 8
	ResponseModal                  = 9
)

// Interaction is a handle on an injected interaction.
type Interaction struct {
	ID, Token  string
	Type       int // InteractionCommand, InteractionComponent, ...
	GuildID    string
	ChannelID  string
	UserID     string
	MessageID  string // the message a component belongs to
	Name       string // command name or custom_id
	InjectedAt time.Time
	s          *Server
}

// Response is an interaction callback as received. Data holds the "data"
// object as sent; the other fields are read from it.
type Response struct {
	At     time.Time
	Type   int
	Status int // HTTP status answered: 204 when accepted
	Code   int // Discord error code when refused (40060, 10062, 50035...)

	Data               json.RawMessage
	Content            string
	Embeds             []json.RawMessage
	Components         json.RawMessage
	Flags              int
	AllowedMentions    json.RawMessage
	MentionsSuppressed bool
	Choices            []Choice // type 8
	CustomID, Title    string   // type 9
	Files              []Attachment
}

// Choice is an autocomplete choice.
type Choice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

type interactionState struct {
	id, token  string
	typ        int
	guildID    string
	channelID  string
	userID     string
	messageID  string
	injectedAt time.Time
	acked      bool
	response   *Response
	attempts   []Response
	originalID string
	followups  []string
}

func (i *Interaction) state() *interactionState { return i.s.interactions[i.ID] }

// WaitResponse waits for the accepted callback of the interaction. It
// returns ctx.Err() when the context ends first (refused callbacks do not
// count; see Attempts) and ErrClosed when the server closes.
func (i *Interaction) WaitResponse(ctx context.Context) (Response, error) {
	var r Response
	err := i.s.waitFor(ctx, func() bool {
		if st := i.state(); st.response != nil {
			r = *st.response
			return true
		}
		return false
	})
	return r, err
}

// Response returns the accepted callback, if any.
func (i *Interaction) Response() (Response, bool) {
	i.s.mu.Lock()
	defer i.s.mu.Unlock()
	if st := i.state(); st.response != nil {
		return *st.response, true
	}
	return Response{}, false
}

// Attempts returns every callback for the interaction, accepted or refused,
// in order.
func (i *Interaction) Attempts() []Response {
	i.s.mu.Lock()
	defer i.s.mu.Unlock()
	return cloneSlice(i.state().attempts)
}

// Original returns the @original message: the message a type 4 response
// created, the placeholder of a type 5 (Flags has FlagLoading until the
// first edit), or the component's message after a type 6 or 7.
func (i *Interaction) Original() (Message, bool) {
	i.s.mu.Lock()
	defer i.s.mu.Unlock()
	if m := i.s.messages[i.state().originalID]; m != nil {
		return m.clone(), true
	}
	return Message{}, false
}

// WaitOriginal waits until the @original message exists and cond holds for
// it (cond nil: exists). It returns ctx.Err() or ErrClosed otherwise.
func (i *Interaction) WaitOriginal(ctx context.Context, cond func(Message) bool) (Message, error) {
	var out Message
	err := i.s.waitFor(ctx, func() bool {
		m := i.s.messages[i.state().originalID]
		if m == nil {
			return false
		}
		out = m.clone()
		return cond == nil || cond(out)
	})
	return out, err
}

// Followups returns the follow-up messages, in order.
func (i *Interaction) Followups() []Message {
	i.s.mu.Lock()
	defer i.s.mu.Unlock()
	return i.followupsLocked()
}

func (i *Interaction) followupsLocked() []Message {
	ids := i.state().followups
	out := make([]Message, 0, len(ids))
	for _, id := range ids {
		out = append(out, i.s.messages[id].clone())
	}
	return out
}

// WaitFollowups waits until at least n follow-ups exist and returns them.
// It returns ctx.Err() or ErrClosed otherwise.
func (i *Interaction) WaitFollowups(ctx context.Context, n int) ([]Message, error) {
	var out []Message
	err := i.s.waitFor(ctx, func() bool {
		if len(i.state().followups) < n {
			return false
		}
		out = i.followupsLocked()
		return true
	})
	return out, err
}

// allowedResponses lists the callback types Discord accepts per interaction
// type (and whether a message is attached, for 6 and 7).
func allowedResponses(it *interactionState) []int {
	switch it.typ {
	case InteractionCommand:
		return []int{4, 5, 9}
	case InteractionComponent:
		return []int{4, 5, 6, 7, 9}
	case InteractionAutocomplete:
		return []int{8}
	case InteractionModalSubmit:
		if it.messageID != "" {
			return []int{4, 5, 6, 7}
		}
		return []int{4, 5}
	}
	return nil
}

// callbackErrors checks a callback body against its interaction.
func callbackErrors(it *interactionState, typ int, p *msgPayload, data map[string]json.RawMessage, r *Response) []fieldError {
	allowed := allowedResponses(it)
	if !slices.Contains(allowed, typ) {
		return []fieldError{{"type", "INTERACTION_RESPONSE_TYPE_INVALID",
			fmt.Sprintf("Response type %d is not valid for interaction type %d (valid: %v).", typ, it.typ, allowed)}}
	}
	errs := p.validate()
	switch typ {
	case ResponseAutocomplete:
		if raw, ok := data["choices"]; ok && !isNull(raw) {
			if err := json.Unmarshal(raw, &r.Choices); err != nil {
				errs = append(errs, badType("data.choices", "an array"))
			}
		}
		if len(r.Choices) > MaxChoices {
			errs = append(errs, maxLen("data.choices", MaxChoices))
		}
		for i, c := range r.Choices {
			if c.Name == "" || runes(c.Name) > 100 {
				errs = append(errs, maxLen(fmt.Sprintf("data.choices.%d.name", i), 100))
			}
		}
	case ResponseModal:
		_ = json.Unmarshal(data["custom_id"], &r.CustomID)
		_ = json.Unmarshal(data["title"], &r.Title)
		if r.CustomID == "" {
			errs = append(errs, required("data.custom_id"))
		} else if runes(r.CustomID) > MaxCustomID {
			errs = append(errs, maxLen("data.custom_id", MaxCustomID))
		}
		if r.Title == "" {
			errs = append(errs, required("data.title"))
		} else if runes(r.Title) > 45 {
			errs = append(errs, maxLen("data.title", 45))
		}
		var rows []json.RawMessage
		_ = json.Unmarshal(data["components"], &rows)
		if len(rows) == 0 {
			errs = append(errs, required("data.components"))
		} else if len(rows) > MaxActionRows {
			errs = append(errs, maxLen("data.components", MaxActionRows))
		}
	}
	return errs
}

// handleCallback answers POST /interactions/{id}/{token}/callback: 204 when
// accepted; 404 10062 "Unknown interaction" for an unknown id or a callback
// later than AckDeadline; 401 50027 for a wrong token; 400 40060 "Interaction
// has already been acknowledged." for a second callback; 400 50035 for a
// response type not valid for the interaction or broken limits; 400 50006
// for an empty type 4 message.
func (s *Server) handleCallback(x *exchange) {
	id, token := x.r.PathValue("id"), x.r.PathValue("token")
	obj, _, files, ok := x.decodeObject()
	if !ok {
		return
	}
	now := time.Now()
	var typ int
	typeErr := json.Unmarshal(obj["type"], &typ)
	var data map[string]json.RawMessage
	dataRaw := obj["data"]
	dataErr := error(nil)
	if !isNull(dataRaw) {
		dataErr = json.Unmarshal(dataRaw, &data)
	}
	if data == nil {
		data = map[string]json.RawMessage{}
	}
	p := parsePayload(data, dataRaw, files)
	resp := Response{
		At: now, Type: typ, Data: dataRaw, Content: p.content, Embeds: p.embeds,
		Components: p.components, Flags: p.flags, AllowedMentions: p.allowedMentions,
		MentionsSuppressed: suppressed(p.allowedMentions), Files: files,
	}

	s.mu.Lock()
	it := s.interactions[id]
	if it == nil {
		s.mu.Unlock()
		x.fail(http.StatusNotFound, 10062, "Unknown interaction")
		return
	}
	if it.token != token {
		s.mu.Unlock()
		x.fail(http.StatusUnauthorized, 50027, "Invalid Webhook Token")
		return
	}
	refuse := func(status, code int, msg string) {
		resp.Status, resp.Code = status, code
		it.attempts = append(it.attempts, resp)
		s.notifyLocked()
		s.mu.Unlock()
		x.fail(status, code, msg)
	}
	switch {
	case it.acked:
		refuse(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
		return
	case now.Sub(it.injectedAt) > s.opts.AckDeadline:
		refuse(http.StatusNotFound, 10062, "Unknown interaction")
		return
	}
	var errs []fieldError
	switch {
	case typeErr != nil:
		errs = []fieldError{required("type")}
	case dataErr != nil:
		errs = []fieldError{badType("data", "an object")}
	default:
		errs = callbackErrors(it, typ, p, data, &resp)
	}
	if len(errs) > 0 {
		resp.Status, resp.Code = http.StatusBadRequest, 50035
		it.attempts = append(it.attempts, resp)
		s.mu.Unlock()
		x.invalidForm(errs)
		return
	}
	if typ == ResponseChannelMessage && p.empty() {
		refuse(http.StatusBadRequest, 50006, "Cannot send an empty message")
		x.recordViolation(fieldError{"data", "EMPTY_MESSAGE", "Cannot send an empty message"})
		return
	}
	it.acked = true
	resp.Status = http.StatusNoContent
	ch := s.channels[it.channelID]
	switch typ {
	case ResponseChannelMessage:
		m := s.newMessageLocked(ch, p, now)
		m.InteractionID, m.WebhookID = it.id, s.opts.ApplicationID
		it.originalID = m.ID
	case ResponseDeferredChannelMessage:
		m := s.newMessageLocked(ch, &msgPayload{flags: p.flags&FlagEphemeral | FlagLoading, has: map[string]bool{}}, now)
		m.InteractionID, m.WebhookID = it.id, s.opts.ApplicationID
		it.originalID = m.ID
	case ResponseDeferredUpdate:
		it.originalID = it.messageID
	case ResponseUpdateMessage:
		if m := s.messages[it.messageID]; m != nil {
			s.applyEditLocked(m, p, now)
		}
		it.originalID = it.messageID
	}
	it.response = &resp
	it.attempts = append(it.attempts, resp)
	s.notifyLocked()
	s.mu.Unlock()
	x.noContent()
}

// webhookLocked resolves {app}/{token} to an interaction. It returns the
// failure to answer: 404 10015 "Unknown Webhook" for another application,
// an unknown token or an interaction never acknowledged, 401 50027 "Invalid
// Webhook Token" once TokenLifetime has passed. s.mu must be held.
func (s *Server) webhookLocked(x *exchange) (it *interactionState, status, code int, msg string) {
	it = s.byToken[x.r.PathValue("token")]
	switch {
	case x.r.PathValue("app") != s.opts.ApplicationID || it == nil:
		return nil, http.StatusNotFound, 10015, "Unknown Webhook"
	case time.Since(it.injectedAt) > s.opts.TokenLifetime:
		return nil, http.StatusUnauthorized, 50027, "Invalid Webhook Token"
	case !it.acked:
		return nil, http.StatusNotFound, 10015, "Unknown Webhook"
	}
	return it, 0, 0, ""
}

// webhookMessageLocked finds {msg} ("@original" or a follow-up id) of it; nil
// when there is none. s.mu must be held.
func (s *Server) webhookMessageLocked(it *interactionState, mid string) *Message {
	if mid == "@original" {
		mid = it.originalID
	} else if mid != it.originalID && !slices.Contains(it.followups, mid) {
		return nil
	}
	m := s.messages[mid]
	if m == nil || m.Deleted {
		return nil
	}
	return m
}

// handleFollowup answers POST /webhooks/{app}/{token} (a follow-up): the new
// message (200, whatever ?wait says, as Discord does for interactions);
// 404 10015 / 401 50027 as webhookLocked; 400 50035 or 50006 for the body.
func (s *Server) handleFollowup(x *exchange) {
	obj, text, files, ok := x.decodeObject()
	if !ok {
		return
	}
	s.mu.Lock()
	_, status, code, msg := s.webhookLocked(x)
	s.mu.Unlock()
	if status != 0 {
		x.fail(status, code, msg)
		return
	}
	p := parsePayload(obj, text, files)
	if errs := p.validate(); len(errs) > 0 {
		x.invalidForm(errs)
		return
	}
	if p.empty() {
		x.recordViolation(fieldError{"", "EMPTY_MESSAGE", "Cannot send an empty message"})
		x.fail(http.StatusBadRequest, 50006, "Cannot send an empty message")
		return
	}
	s.mu.Lock()
	it, status, code, msg := s.webhookLocked(x)
	if status != 0 {
		s.mu.Unlock()
		x.fail(status, code, msg)
		return
	}
	m := s.newMessageLocked(s.channels[it.channelID], p, time.Now())
	m.InteractionID, m.WebhookID = it.id, s.opts.ApplicationID
	it.followups = append(it.followups, m.ID)
	out := s.messageJSON(m)
	s.notifyLocked()
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

// handleWebhookMessageGet answers GET /webhooks/{app}/{token}/messages/{msg}:
// the message, 404 10008 when unknown, or webhookLocked's failures.
func (s *Server) handleWebhookMessageGet(x *exchange) {
	s.mu.Lock()
	m := s.webhookTargetLocked(x)
	if m == nil {
		return
	}
	out := s.messageJSON(m)
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

// handleWebhookMessageEdit answers PATCH /webhooks/{app}/{token}/messages/{msg}
// (@original or a follow-up): the edited message; 404 10008 when unknown;
// 400 50035 for broken limits; or webhookLocked's failures.
func (s *Server) handleWebhookMessageEdit(x *exchange) {
	obj, text, files, ok := x.decodeObject()
	if !ok {
		return
	}
	s.mu.Lock()
	m := s.webhookTargetLocked(x)
	if m == nil {
		return
	}
	s.mu.Unlock()
	s.editMessage(x, m, obj, text, files)
}

// webhookTargetLocked returns the webhook message a request names
// (@original or a follow-up id), with s.mu still held. When the webhook or
// the message is unknown it answers the failure (webhookLocked's, or 404
// 10008), releases s.mu and returns nil.
func (s *Server) webhookTargetLocked(x *exchange) *Message {
	it, status, code, msg := s.webhookLocked(x)
	if status != 0 {
		s.mu.Unlock()
		x.fail(status, code, msg)
		return nil
	}
	m := s.webhookMessageLocked(it, x.r.PathValue("msg"))
	if m == nil {
		s.mu.Unlock()
		x.fail(http.StatusNotFound, 10008, "Unknown Message")
		return nil
	}
	return m
}

// handleWebhookMessageDelete answers DELETE
// /webhooks/{app}/{token}/messages/{msg}: 204, 404 10008 when unknown, or
// webhookLocked's failures.
func (s *Server) handleWebhookMessageDelete(x *exchange) {
	s.mu.Lock()
	m := s.webhookTargetLocked(x)
	if m == nil {
		return
	}
	m.Deleted = true
	s.notifyLocked()
	s.mu.Unlock()
	x.noContent()
}
