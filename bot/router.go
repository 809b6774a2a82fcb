package bot

import (
	"context"
	"errors"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
)

// onInteraction hands one INTERACTION_CREATE to the commands router with a
// Responder over the session. The router is the one error path: it checks
// the interaction type before anything reads its data (a payload discordgo
// failed to decode arrives with empty data), tracks the acknowledgement,
// recovers panics and answers "internal error". Here only what is the
// session's concern is checked: an event without an id or token cannot be
// answered, an interaction arriving during shutdown is not, and types the
// gateway should not send are ignored. Member, permissions and guild id
// are passed through untouched: they come from Discord, and the commands
// package decides who may do what.
func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		b.log.Warn("discord: empty interaction event ignored")
		return
	}
	i := ic.Interaction
	log := b.log.With("interaction_id", i.ID, "interaction_type", int(i.Type), "guild_id", i.GuildID, "channel_id", i.ChannelID)
	if i.ID == "" || i.Token == "" {
		log.Warn("discord: interaction without id or token ignored (undecodable payload?)")
		return
	}
	if b.closing.Load() {
		log.Info("discord: interaction arrived during shutdown; not answered")
		return
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete,
		discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
	default:
		log.Warn("discord: interaction of an unknown type ignored")
		return
	}
	b.handlers.Add(1)
	defer b.handlers.Done()
	ctx, cancel := context.WithTimeout(b.root, handlerTimeout)
	defer cancel()
	b.opts.Router.Handle(ctx, i, &responder{session: s, interaction: i})
}

// responder answers one interaction through the session. Everything it
// sends carries allowed_mentions with an empty parse list unless the
// caller set one, so no reply can ping anyone.
type responder struct {
	session     *discordgo.Session
	interaction *discordgo.Interaction
}

var _ commands.Responder = (*responder)(nil)

// Respond sends the acknowledgement (InteractionRespond). It returns
// discordgo's error (already acknowledged, expired, invalid body).
func (r *responder) Respond(ctx context.Context, resp *discordgo.InteractionResponse) error {
	if resp == nil {
		return errors.New("bot: respond: nil response")
	}
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage,
		discordgo.InteractionResponseDeferredChannelMessageWithSource:
		if resp.Data != nil && resp.Data.AllowedMentions == nil {
			resp.Data.AllowedMentions = commands.NoMentions()
		}
	}
	err := r.session.InteractionRespond(r.interaction, resp, discordgo.WithContext(ctx))
	return scrub(err, "respond to interaction")
}

// Followup posts a follow-up message (FollowupMessageCreate).
func (r *responder) Followup(ctx context.Context, params *discordgo.WebhookParams) error {
	if params == nil {
		return errors.New("bot: follow-up: nil message")
	}
	if params.AllowedMentions == nil {
		params.AllowedMentions = commands.NoMentions()
	}
	_, err := r.session.FollowupMessageCreate(r.interaction, true, params, discordgo.WithContext(ctx))
	return scrub(err, "follow-up")
}

// EditOriginal edits the first response (InteractionResponseEdit).
func (r *responder) EditOriginal(ctx context.Context, edit *discordgo.WebhookEdit) error {
	if edit == nil {
		return errors.New("bot: edit response: nil edit")
	}
	if edit.AllowedMentions == nil {
		edit.AllowedMentions = commands.NoMentions()
	}
	_, err := r.session.InteractionResponseEdit(r.interaction, edit, discordgo.WithContext(ctx))
	return scrub(err, "edit response")
}

// scrub wraps an error of an interaction call without discordgo's
// *RESTError (which holds the request headers): the status and Discord's
// code and message are kept.
func scrub(err error, what string) error {
	if err == nil {
		return nil
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		api := &APIError{Status: re.Response.StatusCode}
		if re.Message != nil {
			api.Code, api.Message = re.Message.Code, re.Message.Message
		}
		return fmt.Errorf("bot: %s: %w", what, api)
	}
	return fmt.Errorf("bot: %s: %w", what, hideTokens(err))
}
