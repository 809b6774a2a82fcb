package discordtest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

// Command is a registered application command.
type Command struct {
	ID            string
	ApplicationID string
	GuildID       string // "" for a global command
	Name          string
	Type          int // 1 chat input, 2 user, 3 message
	Description   string
	Version       string
	Raw           json.RawMessage // the object as answered (fields as sent, plus id, version...)
}

// Commands returns the commands registered for guildID ("" for global), in
// the order of the last bulk overwrite.
func (s *Server) Commands(guildID string) []Command {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Command, 0, len(s.commands[guildID]))
	for _, c := range s.commands[guildID] {
		out = append(out, *c)
	}
	return out
}

// commandScope checks {app} and {guild}; it answers 403 50001 Missing Access
// for another application or a guild the bot is not in.
func (s *Server) commandScope(x *exchange) (guildID string, ok bool) {
	guildID = x.r.PathValue("guild")
	s.mu.Lock()
	_, known := s.guildByID[guildID]
	s.mu.Unlock()
	if x.r.PathValue("app") != s.opts.ApplicationID || guildID != "" && !known {
		x.fail(http.StatusForbidden, 50001, "Missing Access")
		return "", false
	}
	return guildID, true
}

// handleCommandsGet answers GET .../commands with the stored list.
func (s *Server) handleCommandsGet(x *exchange) {
	guildID, ok := s.commandScope(x)
	if !ok {
		return
	}
	s.mu.Lock()
	out := make([]json.RawMessage, 0, len(s.commands[guildID]))
	for _, c := range s.commands[guildID] {
		out = append(out, c.Raw)
	}
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, out)
}

var commandNameRE = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)

// handleCommandsPut answers PUT .../commands (bulk overwrite): the new list
// with ids (kept for a name and type already registered) and fresh version
// strings; 400 50109 for a body that is not a JSON array; 400 50035 for a
// bad name or description, more than 25 options, a duplicate, or more than
// 100 chat input commands; 403 50001 for another app or unknown guild.
func (s *Server) handleCommandsPut(x *exchange) {
	guildID, ok := s.commandScope(x)
	if !ok {
		return
	}
	var list []map[string]json.RawMessage
	if err := json.Unmarshal(x.body, &list); err != nil {
		x.fail(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	type parsed struct {
		name, desc string
		typ        int
	}
	var errs []fieldError
	cmds := make([]parsed, len(list))
	seen := map[string]bool{}
	chatInput := 0
	for i, obj := range list {
		at := strconv.Itoa(i)
		c := parsed{typ: 1}
		_ = json.Unmarshal(obj["name"], &c.name)
		_ = json.Unmarshal(obj["description"], &c.desc)
		if raw, ok := obj["type"]; ok && !isNull(raw) {
			_ = json.Unmarshal(raw, &c.typ)
		}
		switch {
		case c.name == "":
			errs = append(errs, required(at+".name"))
		case c.typ == 1 && (!commandNameRE.MatchString(c.name) || strings.ToLower(c.name) != c.name):
			errs = append(errs, fieldError{at + ".name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"})
		case runes(c.name) > 32:
			errs = append(errs, maxLen(at+".name", 32))
		}
		if c.typ == 1 {
			chatInput++
			if c.desc == "" {
				errs = append(errs, required(at+".description"))
			} else if runes(c.desc) > 100 {
				errs = append(errs, maxLen(at+".description", 100))
			}
		} else if c.desc != "" {
			errs = append(errs, fieldError{at + ".description", "APPLICATION_COMMAND_INVALID_DESCRIPTION", "Context menu commands cannot have description"})
		}
		var opts []json.RawMessage
		if raw, ok := obj["options"]; ok && !isNull(raw) {
			if json.Unmarshal(raw, &opts) != nil {
				errs = append(errs, badType(at+".options", "an array"))
			}
		}
		if len(opts) > 25 {
			errs = append(errs, maxLen(at+".options", 25))
		}
		k := strconv.Itoa(c.typ) + "/" + c.name
		if seen[k] {
			errs = append(errs, fieldError{at + ".name", "APPLICATION_COMMAND_DUPLICATE_NAME", "Application command names must be unique"})
		}
		seen[k] = true
		cmds[i] = c
	}
	if chatInput > 100 {
		errs = append(errs, maxLen("", 100))
	}
	if len(errs) > 0 {
		x.invalidForm(errs)
		return
	}
	s.mu.Lock()
	old := map[string]*Command{}
	for _, c := range s.commands[guildID] {
		old[strconv.Itoa(c.Type)+"/"+c.Name] = c
	}
	stored := make([]*Command, 0, len(list))
	answer := make([]json.RawMessage, 0, len(list))
	for i, obj := range list {
		c := cmds[i]
		cmd := &Command{ApplicationID: s.opts.ApplicationID, GuildID: guildID, Name: c.name, Type: c.typ, Description: c.desc, Version: s.nextID()}
		if prev := old[strconv.Itoa(c.typ)+"/"+c.name]; prev != nil {
			cmd.ID = prev.ID
		} else {
			cmd.ID = s.nextID()
		}
		out := map[string]any{}
		for k, v := range obj {
			out[k] = v
		}
		out["id"] = cmd.ID
		out["application_id"] = cmd.ApplicationID
		out["version"] = cmd.Version
		out["type"] = cmd.Type
		out["description"] = cmd.Description
		if guildID != "" {
			out["guild_id"] = guildID
		} else {
			delete(out, "guild_id")
		}
		if _, ok := out["default_member_permissions"]; !ok {
			out["default_member_permissions"] = nil
		}
		raw, _ := json.Marshal(out)
		cmd.Raw = raw
		stored = append(stored, cmd)
		answer = append(answer, raw)
	}
	s.commands[guildID] = stored
	s.notifyLocked()
	s.mu.Unlock()
	x.writeJSON(http.StatusOK, answer)
}
