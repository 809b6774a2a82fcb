package commands

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// Moderators says who may change figures: members of the listed guilds
// (GAPWATCH_MOD_GUILDS) who hold RoleID (GAPWATCH_MOD_ROLE) or the Manage
// Server permission. Figures are shared by every guild the bot serves, so
// only trusted guilds may change them.
type Moderators struct {
	Guilds []string // guild ids
	RoleID string   // a role id; empty: only the Manage Server permission counts
}

// The reasons Allowed gives for a refusal.
const (
	refuseNoModGuilds = "moderator actions are disabled: no moderators' server is configured (GAPWATCH_MOD_GUILDS)"
	refuseWrongGuild  = "moderator actions are only allowed in the moderators' server"
	refuseNoRole      = "you need the moderator role or the Manage Server permission"
)

// Allowed reports whether the member behind interaction i is a moderator:
// the interaction comes from one of m.Guilds and the member holds m.RoleID
// or the Manage Server (or Administrator) permission. When not, the string
// says why, in words fit to show the user. DMs (no member) are refused.
func (m Moderators) Allowed(i *discordgo.Interaction) (bool, string) {
	if len(m.Guilds) == 0 {
		return false, refuseNoModGuilds
	}
	if i == nil || i.GuildID == "" || i.Member == nil || !slices.Contains(m.Guilds, i.GuildID) {
		return false, refuseWrongGuild
	}
	if m.RoleID != "" && slices.Contains(i.Member.Roles, m.RoleID) {
		return true, ""
	}
	if i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 {
		return true, ""
	}
	if m.RoleID == "" {
		return false, refuseNoRole + " (this bot has no moderator role configured, so you need Manage Server)"
	}
	return false, fmt.Sprintf("%s: the role <@&%s>, or Manage Server", refuseNoRole, m.RoleID)
}

// requireModerator returns an Unauthorized error with the refusal, or nil.
func (d *Router) requireModerator(i *discordgo.Interaction) error {
	if ok, why := d.Mods.Allowed(i); !ok {
		return tracker.Errorf(tracker.Unauthorized, "%s", why)
	}
	return nil
}

// requireManageChannels returns an Unauthorized error unless the member
// behind i holds Manage Channels (or Administrator) in the guild the
// interaction comes from; DMs are refused.
func requireManageChannels(i *discordgo.Interaction) error {
	if i == nil || i.GuildID == "" || i.Member == nil {
		return tracker.Errorf(tracker.Unauthorized, "this command only works in a server channel")
	}
	if i.Member.Permissions&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) == 0 {
		return tracker.Errorf(tracker.Unauthorized, "you need the Manage Channels permission in this server")
	}
	return nil
}

// caller returns the user behind an interaction: the member's user in a
// guild, the user in a DM, or nil.
func caller(i *discordgo.Interaction) *discordgo.User {
	if i == nil {
		return nil
	}
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

// callerID returns the id of the user behind an interaction, or "".
func callerID(i *discordgo.Interaction) string {
	if u := caller(i); u != nil {
		return u.ID
	}
	return ""
}

// ByPrefix starts every "by" that the Discord commands record.
const ByPrefix = "discord:"

// By returns how the audit log records the user behind an interaction:
// "discord:<username>#<user id>" — the user id keeps it stable when the
// username changes, the username keeps it readable — or "discord:<user id>"
// when the username is unknown. It returns an Invalid error when the
// interaction names no user.
func By(i *discordgo.Interaction) (string, error) {
	u := caller(i)
	if u == nil || strings.TrimSpace(u.ID) == "" {
		return "", tracker.Errorf(tracker.Invalid, "cannot tell who you are: the interaction carries no user")
	}
	name := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '#' || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, strings.ToValidUTF8(u.Username, ""))
	id := strings.TrimSpace(u.ID)
	if name == "" {
		return ByPrefix + id, nil
	}
	return ByPrefix + clip(name, 32) + "#" + id, nil
}
