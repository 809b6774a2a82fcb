// Package commands holds gapwatch's Discord slash commands: one file per
// command with its definition and its handler, a router that dispatches
// every interaction (commands, autocomplete, buttons, modals) and turns a
// handler's error into an ephemeral reply, and the conversion of
// presentation-neutral messages into embeds that fit Discord's limits.
//
// Handlers talk to Discord only through the small Responder interface and
// read and change state only through the Store interface, so everything here
// is tested without Discord against a real SQLite store.
package commands

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// A Command is one slash command: its definition and its handler, defined
// together in one file each (status.go, history.go, figures.go, sources.go,
// audit.go, figure.go, review.go, alerts.go, digest.go).
type Command struct {
	Definition *discordgo.ApplicationCommand
	// Handle answers an application-command interaction. It returns a
	// *tracker.Error for problems the user can fix (the router shows its
	// message ephemerally) and any other error for internal failures (the
	// router says "internal error" and logs the detail).
	Handle func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error
	// Autocomplete answers an autocomplete interaction of the command; nil
	// when the command has no autocompleted option.
	Autocomplete func(ctx context.Context, d *Router, i *discordgo.Interaction, r Responder) error
	// Ephemeral says the command's replies are private to the caller; when
	// the router has to defer a slow reply it defers it ephemerally then.
	Ephemeral bool
}

// All returns the single list of all commands, in the order they are
// registered: status, history, figures, sources, audit, figure, review,
// alerts, digest. Each call returns fresh definitions.
func All() []Command {
	return []Command{
		statusCommand(),
		historyCommand(),
		figuresCommand(),
		sourcesCommand(),
		auditCommand(),
		figureCommand(),
		reviewCommand(),
		alertsCommand(),
		digestCommand(),
	}
}

// Definitions returns the definitions of All, for the one bulk overwrite
// of the application's commands.
func Definitions() []*discordgo.ApplicationCommand {
	all := All()
	out := make([]*discordgo.ApplicationCommand, len(all))
	for i, c := range all {
		out[i] = c.Definition
	}
	return out
}

// registry maps a command name to its command, built once.
var registry = sync.OnceValue(func() map[string]Command {
	m := map[string]Command{}
	for _, c := range All() {
		m[c.Definition.Name] = c
	}
	return m
})

// Responder is how handlers answer one interaction. The bot implements it
// over discordgo (InteractionRespond, FollowupMessageCreate,
// InteractionResponseEdit) for the interaction it was made for; tests use
// fakes that record what was sent.
type Responder interface {
	// Respond sends the one acknowledgement of the interaction (response
	// types 4, 5, 6, 7, 8 or 9).
	Respond(ctx context.Context, resp *discordgo.InteractionResponse) error
	// Followup posts a follow-up message after the acknowledgement.
	Followup(ctx context.Context, params *discordgo.WebhookParams) error
	// EditOriginal edits the first response (or, after a deferred update,
	// the message the component is on).
	EditOriginal(ctx context.Context, edit *discordgo.WebhookEdit) error
}

// Store is what the commands read and change. *storage.Store satisfies it.
type Store interface {
	tracker.Reader
	tracker.FigureWriter
	// SetAlerts turns alerts about metricID (or tracker.AllMetrics) on or
	// off for a channel.
	SetAlerts(ctx context.Context, guildID, channelID, metricID string, on bool, by string) error
	// SetDigest gives a channel a digest on a cron schedule in time zone tz
	// covering metricID (or tracker.AllMetrics), first due at nextDue.
	SetDigest(ctx context.Context, guildID, channelID, metricID, schedule, tz, by string, nextDue time.Time) error
	// ClearDigest stops a channel's digests; NotFound when it had none.
	ClearDigest(ctx context.Context, channelID, by string) error
	// Subscriptions returns the subscriptions of one channel.
	Subscriptions(ctx context.Context, channelID string) ([]tracker.Subscription, error)
	// PendingCount returns the number of figures waiting for review.
	PendingCount(ctx context.Context) (int, error)
}

// DigestSender composes a channel's digest at once; ingest.Digester
// implements it. It returns the outbox key of the digest.
type DigestSender interface {
	SendNow(ctx context.Context, guildID, channelID string) (string, error)
}

// DefaultDeferAfter is how long the router lets a handler work before it
// acknowledges the interaction with a deferred response, so that Discord's
// three-second deadline is never missed.
const DefaultDeferAfter = 2 * time.Second

// Router answers interactions (Handle): it holds everything the commands
// need and routes each interaction to its handler. Only Store is required;
// every other field has a sensible zero value.
type Router struct {
	Store Store
	// Digests sends digests on demand (/digest now); nil disables it.
	Digests DigestSender
	// Next validates a schedule and time zone and returns the first due
	// time after t (scheduler.NextTime); nil disables /digest set.
	Next func(spec, tz string, t time.Time) (time.Time, error)
	// Changed is called after any change to figures or subscriptions (it
	// wakes the alert fan-out); may be nil.
	Changed func()
	// Chart draws a metric's chart as a PNG for /history; nil: no image.
	Chart func(ctx context.Context, metricID string, since time.Time) ([]byte, error)
	// Mods says who may change figures.
	Mods Moderators
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// PublicURL, when set, is the web page's address: figure links go to
	// PublicURL/f/ID.
	PublicURL string
	// Logger receives internal errors; nil means slog.Default().
	Logger *slog.Logger
	// Observer receives command latencies; nil discards them.
	Observer tracker.Observer
	// ChannelPermissions returns the member's and the bot's permissions in
	// a channel of a guild (an Invalid error when the channel is not one of
	// that guild's); the bot implements it from its gateway state. nil:
	// /alerts on and /digest set check the current channel's permissions
	// only.
	ChannelPermissions func(ctx context.Context, guildID, channelID string, member *discordgo.Member) (memberPerms, botPerms int64, err error)
	// DeferAfter is how long a handler may work before the router defers
	// its reply; 0 means DefaultDeferAfter, a negative value never defers.
	DeferAfter time.Duration
}

func (d *Router) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Router) logger() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.Default()
}

func (d *Router) observer() tracker.Observer {
	if d.Observer != nil {
		return d.Observer
	}
	return tracker.NopObserver{}
}

func (d *Router) deferAfter() time.Duration {
	if d.DeferAfter == 0 {
		return DefaultDeferAfter
	}
	return d.DeferAfter
}

// changed tells the fan-out that figures or subscriptions changed.
func (d *Router) changed() {
	if d.Changed != nil {
		d.Changed()
	}
}
