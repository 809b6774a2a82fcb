package commands

import (
	"context"
	"fmt"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// reply is one message a handler sends.
type reply struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Files      []*discordgo.File
	Ephemeral  bool
}

func (o reply) flags() discordgo.MessageFlags {
	if o.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// data returns the reply as interaction response data. Embeds and
// components are never nil, so an update (type 7) replaces the old ones.
func (o reply) data() *discordgo.InteractionResponseData {
	embeds, comps := o.Embeds, o.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.InteractionResponseData{
		Content: clip(clean(o.Content), MaxContent), Embeds: embeds, Components: comps, Files: o.Files,
		AllowedMentions: NoMentions(), Flags: o.flags(),
	}
}

// respond sends o as the interaction's reply (type 4). After a deferral
// the tracked responder turns it into an edit of the deferred reply.
func respond(ctx context.Context, r Responder, o reply) error {
	return r.Respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: o.data()})
}

// update replaces the message a button or modal belongs to (type 7).
func update(ctx context.Context, r Responder, o reply) error {
	o.Ephemeral = false // an update keeps the message's own flags
	return r.Respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: o.data()})
}

// deferReply acknowledges a command whose reply takes a while (type 5).
func deferReply(ctx context.Context, r Responder, ephemeral bool) error {
	return r.Respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: reply{Ephemeral: ephemeral}.deferData(),
	})
}

// deferData is the data of a deferral: only the flags and the mentions.
func (o reply) deferData() *discordgo.InteractionResponseData {
	return &discordgo.InteractionResponseData{AllowedMentions: NoMentions(), Flags: o.flags()}
}

// sendPages sends the first page as the reply and the others as
// follow-ups with the same visibility.
func sendPages(ctx context.Context, r Responder, pages [][]*discordgo.MessageEmbed, o reply) error {
	if len(pages) == 0 {
		return respond(ctx, r, o)
	}
	o.Embeds = pages[0]
	if err := respond(ctx, r, o); err != nil {
		return err
	}
	for _, p := range pages[1:] {
		if err := r.Followup(ctx, &discordgo.WebhookParams{Embeds: p, AllowedMentions: NoMentions(), Flags: o.flags()}); err != nil {
			return err
		}
	}
	return nil
}

// ackState is where an interaction is in its acknowledgement.
type ackState int

const (
	unacked         ackState = iota
	deferredMessage          // type 5 sent: the reply is an edit of the original
	deferredUpdate           // type 6 sent: the component's message is edited later
	acked                    // answered (4, 7, 8, 9, or a deferral completed)
)

// tracked wraps the bot's Responder for one interaction: it knows whether
// the interaction was acknowledged, lets the router defer a slow handler's
// reply in its stead, turns a handler's later reply into the matching edit
// or follow-up, and puts NoMentions on everything it sends.
type tracked struct {
	mu    sync.Mutex
	r     Responder
	state ackState
}

// Respond sends resp as the acknowledgement, or after a deferral as an edit
// of the deferred message or a follow-up. It returns an error for a
// response that can no longer be sent (e.g. a modal after a deferral).
func (t *tracked) Respond(ctx context.Context, resp *discordgo.InteractionResponse) error {
	if resp == nil {
		return fmt.Errorf("commands: nil interaction response")
	}
	if resp.Data != nil && resp.Data.AllowedMentions == nil {
		resp.Data.AllowedMentions = NoMentions()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	switch t.state {
	case unacked:
		if err := t.r.Respond(ctx, resp); err != nil {
			return err
		}
		switch resp.Type {
		case discordgo.InteractionResponseDeferredChannelMessageWithSource:
			t.state = deferredMessage
		case discordgo.InteractionResponseDeferredMessageUpdate:
			t.state = deferredUpdate
		default:
			t.state = acked
		}
		return nil
	case deferredMessage:
		switch resp.Type {
		case discordgo.InteractionResponseDeferredChannelMessageWithSource:
			return nil
		case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage:
			t.state = acked
			return t.r.EditOriginal(ctx, editFrom(resp.Data))
		}
	case deferredUpdate:
		switch resp.Type {
		case discordgo.InteractionResponseDeferredMessageUpdate:
			return nil
		case discordgo.InteractionResponseUpdateMessage:
			t.state = acked
			return t.r.EditOriginal(ctx, editFrom(resp.Data))
		case discordgo.InteractionResponseChannelMessageWithSource:
			return t.r.Followup(ctx, paramsFrom(resp.Data))
		}
	case acked:
		if resp.Type == discordgo.InteractionResponseChannelMessageWithSource {
			return t.r.Followup(ctx, paramsFrom(resp.Data))
		}
	}
	return fmt.Errorf("commands: cannot send a response of type %d: the interaction was already acknowledged", resp.Type)
}

// Followup posts a follow-up message.
func (t *tracked) Followup(ctx context.Context, p *discordgo.WebhookParams) error {
	if p == nil {
		return fmt.Errorf("commands: nil follow-up")
	}
	if p.AllowedMentions == nil {
		p.AllowedMentions = NoMentions()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.r.Followup(ctx, p)
}

// EditOriginal edits the original response.
func (t *tracked) EditOriginal(ctx context.Context, e *discordgo.WebhookEdit) error {
	if e == nil {
		return fmt.Errorf("commands: nil edit")
	}
	if e.AllowedMentions == nil {
		e.AllowedMentions = NoMentions()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state == deferredMessage || t.state == deferredUpdate {
		t.state = acked
	}
	return t.r.EditOriginal(ctx, e)
}

// autoDefer acknowledges the interaction with a deferral when nothing was
// sent yet: a deferred message for commands (ephemeral as the command's
// replies), a deferred update for buttons and modals.
func (t *tracked) autoDefer(ctx context.Context, component, ephemeral bool) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state != unacked {
		return nil
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	next := deferredUpdate
	if !component {
		resp = &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: reply{Ephemeral: ephemeral}.deferData(),
		}
		next = deferredMessage
	}
	if err := t.r.Respond(ctx, resp); err != nil {
		return err
	}
	t.state = next
	return nil
}

func (t *tracked) current() ackState {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.state
}

// editFrom turns response data into an edit of the original message.
func editFrom(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	content := d.Content
	embeds, comps := d.Embeds, d.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &comps, Files: d.Files, AllowedMentions: NoMentions()}
}

// paramsFrom turns response data into a follow-up message.
func paramsFrom(d *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	return &discordgo.WebhookParams{
		Content: d.Content, Embeds: d.Embeds, Components: d.Components, Files: d.Files,
		AllowedMentions: NoMentions(), Flags: d.Flags & (discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds),
	}
}
