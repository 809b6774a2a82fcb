package commands

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// handlerFunc is what the router runs for one interaction.
type handlerFunc func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error

// route is what the router found for an interaction.
type route struct {
	name      string // for logs and the observer: a command name, "review:approve", …
	run       handlerFunc
	component bool // a button or modal: a slow reply is deferred as an update
	ephemeral bool // a slow command reply is deferred ephemerally
	complete  bool // an autocomplete: errors answer with no choices
}

// Handle answers one interaction; the bot calls it for every
// INTERACTION_CREATE. It is the one error path of interactions, a chain in
// the manner of disgo's handler middleware: recover (a panic anywhere in
// handling, the observer's included, becomes an internal error), route
// (i.Type is checked before the data is read; data that could not be
// decoded is an internal error), defer (a handler still working after
// DeferAfter has its reply deferred), run. An error is answered by fail
// (the message of a user-fixable *tracker.Error, else "internal error"
// with the detail logged) through the one acknowledgement tracker,
// tracked. The latency goes to the Observer. It never panics on odd input.
func (d *Router) Handle(ctx context.Context, i *discordgo.Interaction, r Responder) {
	if i == nil || r == nil {
		d.logger().Error("commands: interaction or responder missing")
		return
	}
	t := &tracked{r: r}
	rt := route{name: "unrouted"}
	if err := recovered(&rt, func() error { return d.handle(ctx, &rt, i, t) }); err != nil {
		d.fail(ctx, rt, i, t, err)
	}
}

// handle routes and runs one interaction, answers its error and observes
// it; a panic is left to Handle.
func (d *Router) handle(ctx context.Context, rt *route, i *discordgo.Interaction, t *tracked) error {
	start := time.Now()
	if i.Type == discordgo.InteractionPing {
		if err := t.Respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}); err != nil {
			d.logger().Warn("commands: answering a ping failed", "error", err)
		}
		return nil
	}
	var err error
	*rt, err = d.route(i)
	if err == nil {
		err = recovered(rt, func() error { return d.runDeferring(ctx, *rt, i, t) })
	}
	failed := err != nil && tracker.ErrorCode(err) == tracker.Internal
	if err != nil {
		d.fail(ctx, *rt, i, t, err)
	} else if t.current() != acked {
		// A handler that returns without answering (or after only a
		// deferral) is a bug: say so rather than leave the user with "the
		// application did not respond" or a reply that never comes.
		failed = true
		d.fail(ctx, *rt, i, t, fmt.Errorf("commands: %s returned without a reply", rt.name))
	}
	d.observer().CommandDone(rt.name, time.Since(start), failed)
	return nil
}

// recovered runs fn and turns a panic in it into an internal error that
// names the route and carries the stack: the one place a panic in handling
// an interaction is recovered.
func recovered(rt *route, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("commands: interaction handler panicked: %s: %v\n%s", rt.name, p, debug.Stack())
		}
	}()
	return fn()
}

// route finds the handler of an interaction from its type and data.
func (d *Router) route(i *discordgo.Interaction) (route, error) {
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete,
		discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
		if i.Data == nil {
			// A known type whose data discordgo could not decode.
			return route{name: "undecodable", complete: i.Type == discordgo.InteractionApplicationCommandAutocomplete},
				errors.New("commands: interaction data missing or undecodable")
		}
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		complete := i.Type == discordgo.InteractionApplicationCommandAutocomplete
		data, ok := commandData(i)
		if !ok {
			return route{name: "malformed", complete: complete}, tracker.Errorf(tracker.Invalid, "malformed interaction: a command without command data")
		}
		cmd, ok := registry()[data.Name]
		if !ok {
			return route{name: "unknown", complete: complete}, tracker.Errorf(tracker.Invalid, "unknown command /%s", clip(oneLine(data.Name), 32))
		}
		if complete {
			rt := route{name: cmd.Definition.Name + ":autocomplete", complete: true}
			if cmd.Autocomplete == nil {
				return rt, tracker.Errorf(tracker.Invalid, "/%s has no autocomplete", cmd.Definition.Name)
			}
			rt.run = cmd.Autocomplete
			return rt, nil
		}
		return route{name: cmd.Definition.Name, run: cmd.Handle, ephemeral: cmd.Ephemeral}, nil
	case discordgo.InteractionMessageComponent:
		data, ok := componentData(i)
		if !ok {
			return route{name: "malformed", component: true}, tracker.Errorf(tracker.Invalid, "malformed interaction: a button without component data")
		}
		return componentRoute(data.CustomID, nil, false)
	case discordgo.InteractionModalSubmit:
		data, ok := modalData(i)
		if !ok {
			return route{name: "malformed", component: true}, tracker.Errorf(tracker.Invalid, "malformed interaction: a form without its data")
		}
		return componentRoute(data.CustomID, modalValues(data.Components), true)
	}
	return route{name: "unsupported"}, tracker.Errorf(tracker.Invalid, "unsupported interaction type %d", i.Type)
}

// Custom ids of buttons and modals: "<prefix>:<action>:<argument>". The
// only prefix is "review":
//
//	review:approve:<figure id>        button: approve, show the next pending figure
//	review:reject:<figure id>         button: open the reason form
//	review:correct:<figure id>        button: open the value and reason form
//	review:next:<figure id>           button: skip to the pending figure after this one
//	review:reject-modal:<figure id>   form: reject with the reason
//	review:correct-modal:<figure id>  form: correct with the value and reason
func parseCustomID(id string) (prefix, action, arg string, ok bool) {
	if len(id) > 100 {
		return "", "", "", false
	}
	parts := strings.SplitN(id, ":", 3)
	if len(parts) != 3 {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}

// componentRoute routes a button or modal by its custom id.
func componentRoute(customID string, fields map[string]string, modal bool) (route, error) {
	rt := route{name: "component:unknown", component: true}
	prefix, action, arg, ok := parseCustomID(customID)
	if !ok || prefix != reviewPrefix {
		return rt, tracker.Errorf(tracker.Invalid, "this button or form is not one gapwatch knows; run the command again")
	}
	run, ok := reviewAction(action, arg, fields, modal)
	if !ok {
		return rt, tracker.Errorf(tracker.Invalid, "this button or form is not one gapwatch knows; run /review again")
	}
	rt.name, rt.run = reviewPrefix+":"+action, run
	return rt, nil
}

// modalValues collects the values of a modal's text inputs by custom id.
func modalValues(comps []discordgo.MessageComponent) map[string]string {
	out := map[string]string{}
	var walk func([]discordgo.MessageComponent)
	walk = func(cs []discordgo.MessageComponent) {
		for _, c := range cs {
			switch v := c.(type) {
			case *discordgo.ActionsRow:
				if v != nil {
					walk(v.Components)
				}
			case discordgo.ActionsRow:
				walk(v.Components)
			case *discordgo.TextInput:
				if v != nil {
					out[v.CustomID] = v.Value
				}
			case discordgo.TextInput:
				out[v.CustomID] = v.Value
			}
		}
	}
	walk(comps)
	return out
}

// runDeferring runs a handler; when it has not answered after DeferAfter
// the router acknowledges with a deferral so Discord's deadline is met.
// An autocomplete is never deferred.
func (d *Router) runDeferring(ctx context.Context, rt route, i *discordgo.Interaction, t *tracked) error {
	if after := d.deferAfter(); after > 0 && !rt.complete {
		timer := time.AfterFunc(after, func() {
			if err := t.autoDefer(ctx, rt.component, rt.ephemeral); err != nil {
				d.logger().Warn("commands: deferring a slow reply failed", "command", rt.name, "guild_id", i.GuildID,
					"user_id", callerID(i), "error", err)
			}
		})
		defer timer.Stop()
	}
	if rt.run == nil {
		return fmt.Errorf("commands: %s has no handler", rt.name)
	}
	return rt.run(ctx, d, i, t)
}

// fail answers a handler's error: autocomplete gets no choices; anything
// else an ephemeral message, as the reply when nothing was sent yet, as
// the deferred reply after a deferral, else as a follow-up. Internal
// errors are logged and shown as "internal error".
func (d *Router) fail(ctx context.Context, rt route, i *discordgo.Interaction, t *tracked, err error) {
	code := tracker.ErrorCode(err)
	msg := tracker.ErrorMessage(err)
	if code == tracker.Internal {
		d.logger().Error("command failed", "guild_id", i.GuildID, "user_id", callerID(i), "command", rt.name, "error", err)
	}
	var sendErr error
	switch {
	case rt.complete:
		if t.current() == unacked {
			sendErr = t.Respond(ctx, &discordgo.InteractionResponse{
				Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}, AllowedMentions: NoMentions()},
			})
		}
	case t.current() == unacked:
		sendErr = respond(ctx, t, reply{Content: msg, Ephemeral: true})
	case t.current() == deferredMessage:
		content := clip(clean(msg), MaxContent)
		sendErr = t.EditOriginal(ctx, &discordgo.WebhookEdit{Content: &content, Embeds: &[]*discordgo.MessageEmbed{},
			Components: &[]discordgo.MessageComponent{}, AllowedMentions: NoMentions()})
	default:
		sendErr = t.Followup(ctx, &discordgo.WebhookParams{Content: clip(clean(msg), MaxContent), AllowedMentions: NoMentions(),
			Flags: discordgo.MessageFlagsEphemeral})
	}
	if sendErr != nil {
		d.logger().Warn("commands: sending the error reply failed", "guild_id", i.GuildID, "user_id", callerID(i),
			"command", rt.name, "error", sendErr)
	}
}
