package commands

import (
	"context"
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

// postPermissions are what the bot needs to post alerts and digests in a
// channel.
const postPermissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks

// requireChannelAccess checks, before /alerts on or /digest set send
// anything to channelID, that the channel belongs to the guild of the
// interaction, that the member holds Manage Channels in that channel (not
// only in the one the command was typed in) and that the bot can post
// there. For another channel than the current one the permissions come
// from Router.ChannelPermissions (the bot's gateway state); without it only
// the channel's presence in the interaction's resolved data is checked.
func (d *Router) requireChannelAccess(ctx context.Context, i *discordgo.Interaction, o options, channelID string) error {
	if err := requireManageChannels(i); err != nil {
		return err
	}
	member, bot := i.Member.Permissions, i.AppPermissions
	if channelID != i.ChannelID {
		if o.resolved == nil || o.resolved.Channels[channelID] == nil {
			return tracker.Errorf(tracker.Invalid, "<#%s> is not a channel of this server: pick one from the list", channelID)
		}
		if ch := o.resolved.Channels[channelID]; ch.GuildID != "" && ch.GuildID != i.GuildID {
			return tracker.Errorf(tracker.Invalid, "<#%s> is not a channel of this server", channelID)
		}
		bot = 0
		if d.ChannelPermissions != nil {
			var err error
			if member, bot, err = d.ChannelPermissions(ctx, i.GuildID, channelID, i.Member); err != nil {
				return err
			}
		}
	}
	if member&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) == 0 {
		return tracker.Errorf(tracker.Unauthorized, "you need the Manage Channels permission in <#%s>", channelID)
	}
	if bot == 0 && (channelID == i.ChannelID || d.ChannelPermissions == nil) {
		return nil // Discord did not say (HTTP interactions without a gateway)
	}
	if bot&discordgo.PermissionAdministrator == 0 && bot&postPermissions != postPermissions {
		return tracker.Errorf(tracker.Invalid, "gapwatch cannot post in <#%s>: give it View Channel, Send Messages and Embed Links there", channelID)
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
