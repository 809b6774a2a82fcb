package discordtest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Interaction types, as in INTERACTION_CREATE.
const (
	InteractionCommand      = 2
	InteractionComponent    = 3
	InteractionAutocomplete = 4
	InteractionModalSubmit  = 5
)

// Command option types.
const (
	OptionSubcommand      = 1
	OptionSubcommandGroup = 2
	OptionString          = 3
	OptionInteger         = 4
	OptionBoolean         = 5
	OptionUser            = 6
	OptionChannel         = 7
	OptionRole            = 8
	OptionNumber          = 10
)

// dmAppPermissions is what app_permissions says in a DM: view, send, embed,
// attach, history, reactions, external emojis.
const dmAppPermissions int64 = 1<<10 | 1<<11 | 1<<14 | 1<<15 | 1<<16 | 1<<6 | 1<<18

// CommandOption is one option of an injected command, as Discord sends it.
// Build them with the Opt* helpers.
type CommandOption struct {
	Name    string
	Type    int
	Value   any // nil for subcommands and groups
	Options []CommandOption
	Focused bool // autocomplete: the option being typed
}

// OptString is a string option (type 3).
func OptString(name, v string) CommandOption {
	return CommandOption{Name: name, Type: OptionString, Value: v}
}

// OptInteger is an integer option (type 4).
func OptInteger(name string, v int64) CommandOption {
	return CommandOption{Name: name, Type: OptionInteger, Value: v}
}

// OptBoolean is a boolean option (type 5).
func OptBoolean(name string, v bool) CommandOption {
	return CommandOption{Name: name, Type: OptionBoolean, Value: v}
}

// OptUser is a user option (type 6); the user is added to resolved.users
// (and resolved.members when in the guild).
func OptUser(name, userID string) CommandOption {
	return CommandOption{Name: name, Type: OptionUser, Value: userID}
}

// OptChannel is a channel option (type 7); the channel, which must exist, is
// added to resolved.channels.
func OptChannel(name, channelID string) CommandOption {
	return CommandOption{Name: name, Type: OptionChannel, Value: channelID}
}

// OptRole is a role option (type 8); the role, which must exist in the
// guild, is added to resolved.roles.
func OptRole(name, roleID string) CommandOption {
	return CommandOption{Name: name, Type: OptionRole, Value: roleID}
}

// OptNumber is a number option (type 10).
func OptNumber(name string, v float64) CommandOption {
	return CommandOption{Name: name, Type: OptionNumber, Value: v}
}

// OptSubcommand is a subcommand (type 1) with its options.
func OptSubcommand(name string, opts ...CommandOption) CommandOption {
	return CommandOption{Name: name, Type: OptionSubcommand, Options: opts}
}

// OptGroup is a subcommand group (type 2) holding subcommands.
func OptGroup(name string, subs ...CommandOption) CommandOption {
	return CommandOption{Name: name, Type: OptionSubcommandGroup, Options: subs}
}

// OptFocused marks o as the option being typed, for Autocomplete.
func OptFocused(o CommandOption) CommandOption {
	o.Focused = true
	return o
}

// SlashCommand injects a chat input command interaction (type 2) from userID
// in channelID of guildID ("" for a DM: the interaction then has a user and
// no member). The command id is the registered one when name is registered
// (guild, then global), else a fresh one. It waits (bounded by ctx) for a
// READY session, and fails for an unknown guild, channel, member, or
// resolved channel/role, or with ctx.Err() / ErrClosed.
func (s *Server) SlashCommand(ctx context.Context, guildID, channelID, userID, name string, opts ...CommandOption) (*Interaction, error) {
	return s.injectCommand(ctx, InteractionCommand, guildID, channelID, userID, name, opts)
}

// Autocomplete injects an autocomplete interaction (type 4) for command
// name; exactly one option (possibly inside a subcommand) must be marked
// with OptFocused. Failures are those of SlashCommand.
func (s *Server) Autocomplete(ctx context.Context, guildID, channelID, userID, name string, opts ...CommandOption) (*Interaction, error) {
	if n := countFocused(opts); n != 1 {
		return nil, fmt.Errorf("discordtest: autocomplete needs exactly one focused option, got %d", n)
	}
	return s.injectCommand(ctx, InteractionAutocomplete, guildID, channelID, userID, name, opts)
}

func countFocused(opts []CommandOption) int {
	n := 0
	for _, o := range opts {
		if o.Focused {
			n++
		}
		n += countFocused(o.Options)
	}
	return n
}

func (s *Server) injectCommand(ctx context.Context, typ int, guildID, channelID, userID, name string, opts []CommandOption) (*Interaction, error) {
	build := func(g *guildState, invokerPerms int64) (map[string]any, error) {
		cmdID := ""
		for _, scope := range []string{guildID, ""} {
			for _, c := range s.commands[scope] {
				if c.Name == name && c.Type == 1 && cmdID == "" {
					cmdID = c.ID
				}
			}
		}
		if cmdID == "" {
			cmdID = s.nextID()
		}
		data := map[string]any{"id": cmdID, "name": name, "type": 1}
		if guildID != "" {
			data["guild_id"] = guildID
		}
		if len(opts) > 0 {
			list := make([]map[string]any, 0, len(opts))
			for _, o := range opts {
				list = append(list, optionJSON(o))
			}
			data["options"] = list
		}
		res := map[string]map[string]any{}
		if err := s.resolveLocked(g, opts, res, invokerPerms); err != nil {
			return nil, err
		}
		if len(res) > 0 {
			data["resolved"] = res
		}
		return data, nil
	}
	return s.inject(ctx, typ, guildID, channelID, userID, "", name, build)
}

// Button injects a button click (component interaction, component_type 2) on
// messageID, which must be a message of channelID; the interaction carries
// the message. Failures are those of SlashCommand, plus an unknown message.
func (s *Server) Button(ctx context.Context, guildID, channelID, userID, customID, messageID string) (*Interaction, error) {
	return s.inject(ctx, InteractionComponent, guildID, channelID, userID, messageID, customID,
		func(*guildState, int64) (map[string]any, error) {
			return map[string]any{"custom_id": customID, "component_type": 2}, nil
		})
}

// SelectMenu injects a string select (component_type 3) with the chosen
// values on messageID. Failures are those of Button.
func (s *Server) SelectMenu(ctx context.Context, guildID, channelID, userID, customID, messageID string, values []string) (*Interaction, error) {
	if values == nil {
		values = []string{}
	}
	return s.inject(ctx, InteractionComponent, guildID, channelID, userID, messageID, customID,
		func(*guildState, int64) (map[string]any, error) {
			return map[string]any{"custom_id": customID, "component_type": 3, "values": values}, nil
		})
}

// ModalSubmit injects a modal submission (type 5) of the modal customID,
// with one action row holding one text input (custom_id → value) per entry
// of values, sorted by custom_id. No message is attached, so responses 6
// and 7 are refused. Failures are those of SlashCommand.
func (s *Server) ModalSubmit(ctx context.Context, guildID, channelID, userID, customID string, values map[string]string) (*Interaction, error) {
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	rows := make([]map[string]any, 0, len(keys))
	for _, k := range keys {
		rows = append(rows, map[string]any{"type": 1, "components": []map[string]any{
			{"type": 4, "custom_id": k, "value": values[k]},
		}})
	}
	return s.inject(ctx, InteractionModalSubmit, guildID, channelID, userID, "", customID,
		func(*guildState, int64) (map[string]any, error) {
			return map[string]any{"custom_id": customID, "components": rows}, nil
		})
}

// inject checks the invoker and place, builds the INTERACTION_CREATE payload
// (data from build, called with s.mu held), registers the interaction and
// dispatches it.
func (s *Server) inject(ctx context.Context, typ int, guildID, channelID, userID, messageID, name string,
	build func(g *guildState, invokerPerms int64) (map[string]any, error)) (*Interaction, error) {
	if _, err := s.currentSession(ctx); err != nil {
		return nil, err
	}
	s.mu.Lock()
	payload, st, err := s.interactionLocked(typ, guildID, channelID, userID, messageID, name, build)
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if _, err := s.Dispatch(ctx, "INTERACTION_CREATE", payload); err != nil {
		return nil, err
	}
	return &Interaction{
		ID: st.id, Token: st.token, Type: typ, GuildID: guildID, ChannelID: channelID,
		UserID: userID, MessageID: messageID, Name: name, InjectedAt: st.injectedAt, s: s,
	}, nil
}

func (s *Server) interactionLocked(typ int, guildID, channelID, userID, messageID, name string,
	build func(g *guildState, invokerPerms int64) (map[string]any, error)) (map[string]any, *interactionState, error) {
	if userID == "" || channelID == "" {
		return nil, nil, errors.New("discordtest: interaction needs a user and a channel")
	}
	var g *guildState
	var member Member
	ch := s.channels[channelID]
	if guildID != "" {
		g = s.guildByID[guildID]
		if g == nil {
			return nil, nil, fmt.Errorf("discordtest: unknown guild %s", guildID)
		}
		if ch == nil || ch.guildID != guildID {
			return nil, nil, fmt.Errorf("discordtest: channel %s is not in guild %s", channelID, guildID)
		}
		var ok bool
		if member, ok = g.members[userID]; !ok {
			return nil, nil, fmt.Errorf("discordtest: user %s is not a member of guild %s", userID, guildID)
		}
	} else {
		if ch == nil {
			ch = &channelState{Channel: Channel{ID: channelID, Type: 1}}
			s.channels[channelID] = ch
		} else if ch.guildID != "" {
			return nil, nil, fmt.Errorf("discordtest: channel %s is a guild channel, not a DM", channelID)
		}
	}
	var msg *Message
	if messageID != "" {
		msg = s.messages[messageID]
		if msg == nil || msg.ChannelID != channelID || msg.Deleted {
			return nil, nil, fmt.Errorf("discordtest: unknown message %s in channel %s", messageID, channelID)
		}
	}
	invokerPerms := AllPermissions
	appPerms := dmAppPermissions
	if g != nil {
		invokerPerms = g.permissions(userID)
		appPerms = g.permissions(s.opts.BotUserID)
	}
	data, err := build(g, invokerPerms)
	if err != nil {
		return nil, nil, err
	}
	st := &interactionState{
		id: s.nextID(), token: "itk" + randomHex(32), typ: typ,
		guildID: guildID, channelID: channelID, userID: userID, messageID: messageID,
		injectedAt: time.Now(),
	}
	p := map[string]any{
		"id": st.id, "application_id": s.opts.ApplicationID, "type": typ, "token": st.token,
		"version": 1, "data": data, "channel_id": channelID,
		"channel":         map[string]any{"id": channelID, "type": ch.Type, "name": ch.Name},
		"app_permissions": strconv.FormatInt(appPerms, 10),
		"locale":          "en-US", "entitlements": []any{},
	}
	if g != nil {
		p["guild_id"] = guildID
		p["guild_locale"] = "en-US"
		p["guild"] = map[string]any{"id": guildID, "locale": "en-US", "features": []string{}}
		p["member"] = s.memberJSON(g, member, true)
		p["context"] = 0
	} else {
		p["user"] = s.userJSON(userID)
		p["context"] = 1
	}
	if msg != nil {
		p["message"] = s.messageJSON(msg)
	}
	s.interactions[st.id] = st
	s.byToken[st.token] = st
	return p, st, nil
}

// permissions computes a member's guild permissions: @everyone plus its
// roles; the owner and administrators get AllPermissions. Channel overwrites
// are not modelled.
func (g *guildState) permissions(userID string) int64 {
	if userID == g.OwnerID {
		return AllPermissions
	}
	p := g.roles[g.ID].Permissions
	for _, r := range g.members[userID].Roles {
		p |= g.roles[r].Permissions
	}
	if p&PermissionAdministrator != 0 {
		return AllPermissions
	}
	return p
}

// userJSON renders a user known from any guild, else a generated name.
func (s *Server) userJSON(userID string) map[string]any {
	name := "user" + userID
	for _, g := range s.guilds {
		if m, ok := g.members[userID]; ok && m.Username != "" {
			name = m.Username
			break
		}
	}
	return map[string]any{
		"id": userID, "username": name, "discriminator": "0", "global_name": nil,
		"avatar": nil, "bot": userID == s.opts.BotUserID,
	}
}

// memberJSON renders a guild member with user; withPerms adds the computed
// "permissions" string (interaction members).
func (s *Server) memberJSON(g *guildState, m Member, withPerms bool) map[string]any {
	roles := m.Roles
	if roles == nil {
		roles = []string{}
	}
	user := s.userJSON(m.UserID)
	if m.Username != "" {
		user["username"] = m.Username
	}
	out := map[string]any{
		"user": user, "roles": roles, "nick": nil, "avatar": nil,
		"joined_at": time.Unix(1700000000, 0).UTC().Format(time.RFC3339),
		"deaf":      false, "mute": false, "flags": 0, "pending": false,
	}
	if withPerms {
		out["permissions"] = strconv.FormatInt(g.permissions(m.UserID), 10)
	}
	return out
}

func optionJSON(o CommandOption) map[string]any {
	out := map[string]any{"name": o.Name, "type": o.Type}
	if o.Value != nil {
		out["value"] = o.Value
	}
	if len(o.Options) > 0 {
		list := make([]map[string]any, 0, len(o.Options))
		for _, c := range o.Options {
			list = append(list, optionJSON(c))
		}
		out["options"] = list
	}
	if o.Focused {
		out["focused"] = true
	}
	return out
}

// resolveLocked fills resolved users/members/channels/roles for user,
// channel and role options.
func (s *Server) resolveLocked(g *guildState, opts []CommandOption, res map[string]map[string]any, invokerPerms int64) error {
	put := func(kind, id string, v map[string]any) {
		if res[kind] == nil {
			res[kind] = map[string]any{}
		}
		res[kind][id] = v
	}
	for _, o := range opts {
		id, _ := o.Value.(string)
		switch o.Type {
		case OptionUser:
			put("users", id, s.userJSON(id))
			if g != nil {
				if m, ok := g.members[id]; ok {
					mj := s.memberJSON(g, m, true)
					delete(mj, "user")
					put("members", id, mj)
				}
			}
		case OptionChannel:
			ch := s.channels[id]
			if ch == nil || g != nil && ch.guildID != g.ID {
				return fmt.Errorf("discordtest: unknown channel %s for option %s", id, o.Name)
			}
			put("channels", id, map[string]any{
				"id": ch.ID, "name": ch.Name, "type": ch.Type,
				"permissions": strconv.FormatInt(invokerPerms, 10),
			})
		case OptionRole:
			if g == nil {
				return fmt.Errorf("discordtest: role option %s outside a guild", o.Name)
			}
			r, ok := g.roles[id]
			if !ok {
				return fmt.Errorf("discordtest: unknown role %s for option %s", id, o.Name)
			}
			put("roles", id, roleJSON(r, 0))
		}
		if err := s.resolveLocked(g, o.Options, res, invokerPerms); err != nil {
			return err
		}
	}
	return nil
}
