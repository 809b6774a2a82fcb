package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Discord's message limits, enforced on every message create and edit
// (channel messages, interaction responses, follow-ups, webhook edits).
const (
	MaxContent          = 2000
	MaxEmbeds           = 10
	MaxEmbedTitle       = 256
	MaxEmbedDescription = 4096
	MaxEmbedFields      = 25
	MaxFieldName        = 256
	MaxFieldValue       = 1024
	MaxFooterText       = 2048
	MaxAuthorName       = 256
	MaxEmbedTotal       = 6000
	MaxNonce            = 25
	MaxActionRows       = 5
	MaxCustomID         = 100
	MaxChoices          = 25
)

// Violation is one rule a request broke, as reported in a 400 answer's
// "errors" object.
type Violation struct {
	At      time.Time
	Method  string
	Path    string
	Field   string // dotted path, e.g. "embeds.0.title"; "" for the whole body
	Code    string // e.g. BASE_TYPE_MAX_LENGTH
	Message string
}

// Violations returns every validation failure so far, in order.
func (s *Server) Violations() []Violation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneSlice(s.violations)
}

type fieldError struct {
	field, code, message string
}

func maxLen(field string, n int) fieldError {
	return fieldError{field, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", n)}
}

func required(field string) fieldError {
	return fieldError{field, "BASE_TYPE_REQUIRED", "This field is required"}
}

func badType(field, want string) fieldError {
	return fieldError{field, "BASE_TYPE_BAD_TYPE", "Must be " + want + "."}
}

// invalidForm records errs as violations and answers 400 code 50035 "Invalid
// Form Body" with Discord's nested errors object.
func (x *exchange) invalidForm(errs []fieldError) {
	root := map[string]any{}
	x.s.mu.Lock()
	for _, e := range errs {
		x.s.violations = append(x.s.violations, Violation{
			At: time.Now(), Method: x.r.Method, Path: x.r.URL.Path,
			Field: e.field, Code: e.code, Message: e.message,
		})
		node := root
		if e.field != "" {
			for _, part := range strings.Split(e.field, ".") {
				next, _ := node[part].(map[string]any)
				if next == nil {
					next = map[string]any{}
					node[part] = next
				}
				node = next
			}
		}
		list, _ := node["_errors"].([]any)
		node["_errors"] = append(list, map[string]string{"code": e.code, "message": e.message})
	}
	x.s.notifyLocked()
	x.s.mu.Unlock()
	x.writeJSON(http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035, "errors": root})
	x.code = 50035
}

// recordViolation notes a refusal that is not a 50035 (e.g. empty message).
func (x *exchange) recordViolation(e fieldError) {
	x.s.mu.Lock()
	x.s.violations = append(x.s.violations, Violation{
		At: time.Now(), Method: x.r.Method, Path: x.r.URL.Path,
		Field: e.field, Code: e.code, Message: e.message,
	})
	x.s.notifyLocked()
	x.s.mu.Unlock()
}

// msgPayload is a message body (create, edit, interaction response data,
// follow-up), read key by key with exact key names so that unknown or
// differently cased keys (discordgo's MessageEdit sends "ID" and "Channel")
// are ignored.
type msgPayload struct {
	obj             map[string]json.RawMessage
	text            json.RawMessage
	has             map[string]bool
	content         string
	embeds          []json.RawMessage
	components      json.RawMessage
	allowedMentions json.RawMessage
	reference       *Reference
	failIfMissing   bool
	nonce           string
	enforceNonce    bool
	flags           int
	tts             bool
	keepAttachments []string
	files           []Attachment
	errs            []fieldError
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// parsePayload reads the keys a message body may carry; type errors go to
// p.errs.
func parsePayload(obj map[string]json.RawMessage, text []byte, files []Attachment) *msgPayload {
	p := &msgPayload{obj: obj, text: json.RawMessage(text), has: map[string]bool{}, files: files, failIfMissing: true}
	for k := range obj {
		p.has[k] = true
	}
	if raw, ok := obj["content"]; ok && !isNull(raw) {
		if err := json.Unmarshal(raw, &p.content); err != nil {
			p.errs = append(p.errs, badType("content", "a string"))
		}
	}
	if raw, ok := obj["embeds"]; ok && !isNull(raw) {
		if err := json.Unmarshal(raw, &p.embeds); err != nil {
			p.errs = append(p.errs, badType("embeds", "an array"))
		}
	}
	if raw, ok := obj["components"]; ok && !isNull(raw) {
		p.components = raw
	}
	if raw, ok := obj["allowed_mentions"]; ok {
		p.allowedMentions = raw
	}
	if raw, ok := obj["message_reference"]; ok && !isNull(raw) {
		var ref struct {
			MessageID       string `json:"message_id"`
			ChannelID       string `json:"channel_id"`
			GuildID         string `json:"guild_id"`
			FailIfNotExists *bool  `json:"fail_if_not_exists"`
		}
		if err := json.Unmarshal(raw, &ref); err != nil {
			p.errs = append(p.errs, badType("message_reference", "an object"))
		} else {
			p.reference = &Reference{MessageID: ref.MessageID, ChannelID: ref.ChannelID, GuildID: ref.GuildID}
			if ref.FailIfNotExists != nil {
				p.failIfMissing = *ref.FailIfNotExists
			}
		}
	}
	if raw, ok := obj["nonce"]; ok && !isNull(raw) {
		var str string
		var num json.Number
		switch {
		case json.Unmarshal(raw, &str) == nil:
			p.nonce = str
		case json.Unmarshal(raw, &num) == nil:
			p.nonce = num.String()
		default:
			p.errs = append(p.errs, badType("nonce", "a string or an integer"))
		}
	}
	if raw, ok := obj["enforce_nonce"]; ok && !isNull(raw) {
		if err := json.Unmarshal(raw, &p.enforceNonce); err != nil {
			p.errs = append(p.errs, badType("enforce_nonce", "a boolean"))
		}
	}
	if raw, ok := obj["flags"]; ok && !isNull(raw) {
		if err := json.Unmarshal(raw, &p.flags); err != nil {
			p.errs = append(p.errs, badType("flags", "an integer"))
		}
	}
	if raw, ok := obj["tts"]; ok && !isNull(raw) {
		_ = json.Unmarshal(raw, &p.tts)
	}
	if raw, ok := obj["attachments"]; ok && !isNull(raw) {
		var atts []struct {
			ID json.RawMessage `json:"id"`
		}
		if err := json.Unmarshal(raw, &atts); err != nil {
			p.errs = append(p.errs, badType("attachments", "an array"))
		}
		for _, a := range atts {
			var id string
			if json.Unmarshal(a.ID, &id) != nil {
				id = string(a.ID)
			}
			p.keepAttachments = append(p.keepAttachments, id)
		}
	}
	return p
}

// empty reports whether a create would carry nothing Discord can show
// (discordgo always sends "sticker_ids":null and "components":null).
func (p *msgPayload) empty() bool {
	return p.content == "" && len(p.embeds) == 0 && len(p.files) == 0 &&
		!nonEmptyArray(p.components) && !nonEmptyArray(p.obj["sticker_ids"]) && isNull(p.obj["poll"])
}

func nonEmptyArray(raw json.RawMessage) bool {
	var arr []json.RawMessage
	return json.Unmarshal(raw, &arr) == nil && len(arr) > 0
}

type embedView struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
	Author *struct {
		Name string `json:"name"`
	} `json:"author"`
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// validate checks the message limits; it returns every violation.
func (p *msgPayload) validate() []fieldError {
	errs := append([]fieldError(nil), p.errs...)
	if runes(p.content) > MaxContent {
		errs = append(errs, maxLen("content", MaxContent))
	}
	if len(p.nonce) > MaxNonce {
		errs = append(errs, maxLen("nonce", MaxNonce))
	}
	if len(p.embeds) > MaxEmbeds {
		errs = append(errs, fieldError{"embeds", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", MaxEmbeds)})
	}
	total := 0
	for i, raw := range p.embeds {
		var e embedView
		at := "embeds." + strconv.Itoa(i)
		if err := json.Unmarshal(raw, &e); err != nil {
			errs = append(errs, badType(at, "an object"))
			continue
		}
		total += runes(e.Title) + runes(e.Description)
		if runes(e.Title) > MaxEmbedTitle {
			errs = append(errs, maxLen(at+".title", MaxEmbedTitle))
		}
		if runes(e.Description) > MaxEmbedDescription {
			errs = append(errs, maxLen(at+".description", MaxEmbedDescription))
		}
		if len(e.Fields) > MaxEmbedFields {
			errs = append(errs, maxLen(at+".fields", MaxEmbedFields))
		}
		for j, f := range e.Fields {
			fat := at + ".fields." + strconv.Itoa(j)
			total += runes(f.Name) + runes(f.Value)
			if f.Name == "" {
				errs = append(errs, required(fat+".name"))
			}
			if f.Value == "" {
				errs = append(errs, required(fat+".value"))
			}
			if runes(f.Name) > MaxFieldName {
				errs = append(errs, maxLen(fat+".name", MaxFieldName))
			}
			if runes(f.Value) > MaxFieldValue {
				errs = append(errs, maxLen(fat+".value", MaxFieldValue))
			}
		}
		if e.Footer != nil {
			total += runes(e.Footer.Text)
			if runes(e.Footer.Text) > MaxFooterText {
				errs = append(errs, maxLen(at+".footer.text", MaxFooterText))
			}
		}
		if e.Author != nil {
			total += runes(e.Author.Name)
			if runes(e.Author.Name) > MaxAuthorName {
				errs = append(errs, maxLen(at+".author.name", MaxAuthorName))
			}
		}
	}
	if total > MaxEmbedTotal {
		errs = append(errs, fieldError{"embeds", "MAX_EMBED_SIZE_EXCEEDED", fmt.Sprintf("Embed size exceeds maximum size of %d", MaxEmbedTotal)})
	}
	errs = append(errs, validateComponents(p.components)...)
	errs = append(errs, validateAllowedMentions(p.allowedMentions)...)
	return errs
}

// validateComponents checks action rows: at most 5, each a type 1 row, and
// custom_ids of at most 100 characters.
func validateComponents(raw json.RawMessage) []fieldError {
	if isNull(raw) {
		return nil
	}
	type comp struct {
		Type       int               `json:"type"`
		CustomID   string            `json:"custom_id"`
		Components []json.RawMessage `json:"components"`
	}
	var rows []comp
	if err := json.Unmarshal(raw, &rows); err != nil {
		return []fieldError{badType("components", "an array")}
	}
	var errs []fieldError
	if len(rows) > MaxActionRows {
		errs = append(errs, maxLen("components", MaxActionRows))
	}
	for i, row := range rows {
		at := "components." + strconv.Itoa(i)
		if row.Type != 1 {
			continue // top-level non-row components (v2) are not checked
		}
		for j, c := range row.Components {
			var cc comp
			if json.Unmarshal(c, &cc) != nil {
				errs = append(errs, badType(at+".components."+strconv.Itoa(j), "an object"))
				continue
			}
			if runes(cc.CustomID) > MaxCustomID {
				errs = append(errs, maxLen(at+".components."+strconv.Itoa(j)+".custom_id", MaxCustomID))
			}
		}
	}
	return errs
}

// validateAllowedMentions refuses a "users"/"roles" parse entry together with
// an explicit id list of the same kind, as Discord does.
func validateAllowedMentions(raw json.RawMessage) []fieldError {
	if isNull(raw) {
		return nil
	}
	am, err := parseAllowedMentions(raw)
	if err != nil {
		return []fieldError{badType("allowed_mentions", "an object")}
	}
	var errs []fieldError
	for _, p := range am.parse {
		if p == "users" && len(am.users) > 0 {
			errs = append(errs, fieldError{"allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", "parse:[\"users\"] and users: [ids...] are mutually exclusive."})
		}
		if p == "roles" && len(am.roles) > 0 {
			errs = append(errs, fieldError{"allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", "parse:[\"roles\"] and roles: [ids...] are mutually exclusive."})
		}
	}
	return errs
}

// allowedMentions is a decoded allowed_mentions object; parseSet is false
// when "parse" is absent or null.
type allowedMentions struct {
	parseSet bool
	parse    []string
	users    []string
	roles    []string
}

func parseAllowedMentions(raw json.RawMessage) (allowedMentions, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return allowedMentions{}, err
	}
	var am allowedMentions
	if p, ok := obj["parse"]; ok && !isNull(p) {
		if err := json.Unmarshal(p, &am.parse); err != nil {
			return allowedMentions{}, err
		}
		am.parseSet = true
	}
	if u, ok := obj["users"]; ok && !isNull(u) {
		_ = json.Unmarshal(u, &am.users)
	}
	if r, ok := obj["roles"]; ok && !isNull(r) {
		_ = json.Unmarshal(r, &am.roles)
	}
	return am, nil
}
