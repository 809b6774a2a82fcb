package commands_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/tracker"
)

func autocompleteOf(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	i := command(otherGuild, plainMember(), name, opts...)
	i.Type = discordgo.InteractionApplicationCommandAutocomplete
	return i
}

func focused(name, typed string) *discordgo.ApplicationCommandInteractionDataOption {
	o := opt(name, typed)
	o.Focused = true
	return o
}

func TestAutocomplete(t *testing.T) {
	tests := []struct {
		name string
		i    *discordgo.Interaction
		want []string // choice values, in order
	}{
		{"all metrics", autocompleteOf("status", focused("metric", "")), []string{metricID, "ve-prisoners-held"}},
		{"prefix of the id", autocompleteOf("status", focused("metric", "ve-prisoners-h")), []string{"ve-prisoners-held"}},
		{"substring of the name", autocompleteOf("history", focused("metric", "released")), []string{metricID}},
		{"nothing matches", autocompleteOf("figures", focused("metric", "zzz")), []string{}},
		{"alerts offer all", autocompleteOf("alerts", sub("on", focused("metric", "all"))), []string{"all"}},
		{"actor by alias", autocompleteOf("figure", sub("add", opt("metric", metricID), focused("actor", "gobi"))), []string{"Government of Venezuela"}},
		{"no focused option", autocompleteOf("status"), []string{}},
		{"command without autocomplete", autocompleteOf("sources"), []string{}},
		{"unknown command", autocompleteOf("nope", focused("metric", "")), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			r := f.run(t, tt.i)
			resp := r.only(t)
			if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("type %d, want 8", resp.Type)
			}
			if resp.Data.Choices == nil {
				t.Fatal("choices are null, want a list")
			}
			var got []string
			for _, c := range resp.Data.Choices {
				got = append(got, fmt.Sprint(c.Value))
				if n := len([]rune(c.Name)); n == 0 || n > 100 {
					t.Errorf("choice name %q has %d characters", c.Name, n)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("choices = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAutocompleteCapsAt25(t *testing.T) {
	f := newFixture(t)
	cat := testCatalog()
	for k := 0; k < 40; k++ {
		cat.Metrics = append(cat.Metrics, tracker.Metric{ID: fmt.Sprintf("m-%02d", k), Name: strings.Repeat("Very long metric name ", 8)})
	}
	if _, err := f.store.SyncCatalog(context.Background(), cat); err != nil {
		t.Fatal(err)
	}
	r := f.run(t, autocompleteOf("status", focused("metric", "")))
	resp := r.only(t)
	if got := len(resp.Data.Choices); got != 25 {
		t.Errorf("%d choices, want 25", got)
	}
	for _, c := range resp.Data.Choices {
		if n := len([]rune(c.Name)); n > 100 {
			t.Errorf("choice name has %d characters", n)
		}
		if strings.HasPrefix(fmt.Sprint(c.Value), "m-") && !strings.HasSuffix(c.Name, "("+fmt.Sprint(c.Value)+")") {
			t.Errorf("choice name %q lost its id", c.Name)
		}
	}
}

func TestMalformedInteractionsNeverPanic(t *testing.T) {
	f := newFixture(t)
	cmd := func(data discordgo.InteractionData, typ discordgo.InteractionType) *discordgo.Interaction {
		return &discordgo.Interaction{Type: typ, GuildID: modGuild, ChannelID: "555", Member: moderator(), Data: data}
	}
	var nilCmd *discordgo.ApplicationCommandInteractionData
	var nilModal *discordgo.ModalSubmitInteractionData
	tests := []struct {
		name string
		i    *discordgo.Interaction
		want string
	}{
		{"command without data (undecodable)", cmd(nil, discordgo.InteractionApplicationCommand), "internal error"},
		{"command with a nil pointer", cmd(nilCmd, discordgo.InteractionApplicationCommand), "malformed interaction"},
		{"command with button data", cmd(discordgo.MessageComponentInteractionData{CustomID: "review:approve:1"}, discordgo.InteractionApplicationCommand), "malformed interaction"},
		{"button with command data", cmd(discordgo.ApplicationCommandInteractionData{Name: "status"}, discordgo.InteractionMessageComponent), "malformed interaction"},
		{"modal with command data", cmd(discordgo.ApplicationCommandInteractionData{Name: "status"}, discordgo.InteractionModalSubmit), "malformed interaction"},
		{"modal with a nil pointer", cmd(nilModal, discordgo.InteractionModalSubmit), "malformed interaction"},
		{"unknown type", cmd(nil, discordgo.InteractionType(42)), "unsupported interaction type 42"},
		{"unknown command", command(modGuild, moderator(), "launch-missiles"), "unknown command /launch-missiles"},
		{"unknown custom id", button(modGuild, moderator(), "poll:vote:1"), "not one gapwatch knows"},
		{"custom id without parts", button(modGuild, moderator(), "review"), "not one gapwatch knows"},
		{"unknown review action", button(modGuild, moderator(), "review:delete:1"), "run /review again"},
		{"review id not a number", button(modGuild, moderator(), "review:approve:one"), "run /review again"},
		{"review id negative", button(modGuild, moderator(), "review:approve:-1"), "run /review again"},
		{"modal id on a button", button(modGuild, moderator(), "review:correct-modal:1"), "run /review again"},
		{"button id on a modal", modal(modGuild, moderator(), "review:approve:1", nil), "run /review again"},
		{"very long custom id", button(modGuild, moderator(), "review:approve:"+strings.Repeat("9", 200)), "not one gapwatch knows"},
		{"correct modal without inputs", modal(modGuild, moderator(), "review:correct-modal:1", nil), "is not a whole non-negative number"},
		{"figure without subcommand", command(modGuild, moderator(), "figure"), "missing subcommand"},
		{"figure with unknown subcommand", command(modGuild, moderator(), "figure", sub("delete", opt("figure", 1.0))), `unknown subcommand "delete"`},
		{"figure approve without id", command(modGuild, moderator(), "figure", sub("approve")), "option figure is required"},
		{"figure id as text", command(modGuild, moderator(), "figure", sub("approve", opt("figure", "x"))), "option figure must be a whole number"},
		{"figure id as a bool", command(modGuild, moderator(), "figure", sub("approve", &discordgo.ApplicationCommandInteractionDataOption{Name: "figure", Value: true})), "must be a whole number"},
		{"nil options", command(modGuild, moderator(), "figure", nil, sub("approve", nil, opt("figure", 1.0))), "cannot approve figure 1"},
		{"history without metric", command(modGuild, moderator(), "history"), "option metric is required"},
		{"history with zero days", command(modGuild, moderator(), "history", opt("metric", metricID), opt("days", 0.0)), "option days must be between 1 and 3650"},
		{"history with huge days", command(modGuild, moderator(), "history", opt("metric", metricID), opt("days", 1e300)), "must be a whole number"},
		{"audit without figure", command(modGuild, moderator(), "audit"), "option figure is required"},
		{"audit of an unknown figure", command(modGuild, moderator(), "audit", opt("figure", 12345.0)), "figure 12345 does not exist"},
		{"figures with a bad status", command(modGuild, moderator(), "figures", opt("metric", metricID), opt("status", "lost")), `status "lost" is not one of`},
		{"command by nobody", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: modGuild,
			Member: &discordgo.Member{Roles: []string{modRole}}, Data: discordgo.ApplicationCommandInteractionData{Name: "figure",
				Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("approve", opt("figure", 3.0))}}}, "cannot tell who you are"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.run(t, tt.i)
			resp := r.only(t)
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || !ephemeral(resp) {
				t.Errorf("reply type %d ephemeral %v, want an ephemeral message", resp.Type, ephemeral(resp))
			}
			if got := resp.Data.Content; !strings.Contains(got, tt.want) {
				t.Errorf("reply = %q, want %q", got, tt.want)
			}
		})
	}
	figs, _ := f.store.Figures(context.Background(), tracker.FigureFilter{})
	for _, fig := range figs {
		if fig.Status != tracker.Approved {
			t.Errorf("figure %d became %s", fig.ID, fig.Status)
		}
	}
}

func TestHandleNilAndPing(t *testing.T) {
	f := newFixture(t)
	f.deps.Handle(context.Background(), nil, &fakeResponder{})
	f.deps.Handle(context.Background(), &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand}, nil)
	r := f.run(t, &discordgo.Interaction{Type: discordgo.InteractionPing})
	if len(r.responses) != 1 || r.responses[0].Type != discordgo.InteractionResponsePong {
		t.Errorf("ping: %s", r.dump())
	}
	var zero commands.Router // no store, no logger, no observer: still no panic
	zr := &fakeResponder{}
	zero.Handle(context.Background(), command(modGuild, moderator(), "launch"), zr)
	if len(zr.responses) != 1 {
		t.Errorf("zero deps: %s", zr.dump())
	}
}

func TestPanickingHandlerAnswersInternalError(t *testing.T) {
	f := newFixture(t)
	f.deps.Store = nil // every handler that touches the store panics
	r := f.run(t, command(otherGuild, plainMember(), "sources"))
	if got := r.only(t).Data.Content; got != "internal error" {
		t.Errorf("reply = %q", got)
	}
	if logs := f.logText(); !strings.Contains(logs, "panicked") || !strings.Contains(logs, `"command":"sources"`) {
		t.Errorf("log = %s", logs)
	}
}

// panickyObserver panics when a command is done: a panic outside any
// handler, after the reply was sent.
type panickyObserver struct{ tracker.NopObserver }

func (panickyObserver) CommandDone(string, time.Duration, bool) { panic("observer exploded") }

// One recovery path: a handler's panic is observed as a failure and
// answered; a panic after the answer (here in the observer) becomes an
// ephemeral "internal error" follow-up, logged with its stack.
func TestPanicsHaveOneErrorPath(t *testing.T) {
	f := newFixture(t)
	f.deps.Store = nil
	f.run(t, command(otherGuild, plainMember(), "sources"))
	if len(f.observed) != 1 || !f.observed[0].failed {
		t.Errorf("observed = %+v, want one failed command", f.observed)
	}

	g := newFixture(t)
	g.deps.Observer = panickyObserver{}
	r := g.run(t, command(otherGuild, plainMember(), "status"))
	if len(r.responses) != 1 || len(r.followups) != 1 || r.followups[0].Content != "internal error" ||
		r.followups[0].Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("want the answer then an ephemeral internal error follow-up: %s", r.dump())
	}
	if logs := g.logText(); !strings.Contains(logs, "interaction handler panicked") || !strings.Contains(logs, "observer exploded") || !strings.Contains(logs, "goroutine") {
		t.Errorf("the panic is not logged with its stack: %s", logs)
	}
}

func TestObserverNames(t *testing.T) {
	f := newFixture(t)
	f.run(t, command(otherGuild, plainMember(), "status"))
	f.run(t, command(otherGuild, plainMember(), "launch"))
	f.run(t, button(modGuild, plainMember(), "review:approve:1"))
	f.run(t, button(modGuild, plainMember(), "x:y:z"))
	f.run(t, autocompleteOf("status", focused("metric", "")))
	want := []observed{{"status", false}, {"unknown", false}, {"review:approve", false}, {"component:unknown", false}, {"status:autocomplete", false}}
	if fmt.Sprint(f.observed) != fmt.Sprint(want) {
		t.Errorf("observed = %v, want %v", f.observed, want)
	}
}

// gatedStore holds the first call of Sources, PendingCount or ApplyChange
// until the test releases it, so the router's deferral happens while the
// handler is busy, without sleeping.
type gatedStore struct {
	commands.Store
	once    *sync.Once
	entered chan struct{}
	release chan struct{}
	failAt  bool // ApplyChange fails after the gate
}

func newGate(s commands.Store) gatedStore {
	return gatedStore{Store: s, once: &sync.Once{}, entered: make(chan struct{}), release: make(chan struct{})}
}

func (g gatedStore) wait() {
	g.once.Do(func() {
		close(g.entered)
		<-g.release
	})
}

func (g gatedStore) Sources(ctx context.Context) ([]tracker.Source, error) {
	g.wait()
	return g.Store.Sources(ctx)
}

func (g gatedStore) PendingCount(ctx context.Context) (int, error) {
	g.wait()
	return g.Store.PendingCount(ctx)
}

func (g gatedStore) ApplyChange(ctx context.Context, c tracker.Change) (tracker.Outcome, error) {
	if g.failAt {
		g.wait()
		return tracker.Outcome{}, errors.New("database is locked")
	}
	return g.Store.ApplyChange(ctx, c)
}

// runGated handles i while the store is gated: the router's deferral (set
// to fire at once) goes out while the handler waits, then the gate opens.
func runGated(t *testing.T, f *fixture, g gatedStore, i *discordgo.Interaction) *fakeResponder {
	t.Helper()
	f.deps.Store = g
	f.deps.DeferAfter = 1
	r := &fakeResponder{firstResponse: make(chan struct{})}
	done := make(chan struct{})
	go func() {
		f.deps.Handle(context.Background(), i, r)
		close(done)
	}()
	select {
	case <-g.entered:
	case <-done:
		t.Fatalf("the handler never reached the gate: %s", r.dump())
	}
	<-r.firstResponse
	close(g.release)
	<-done
	r.checkMentions(t)
	return r
}

func TestSlowCommandIsDeferredThenEdited(t *testing.T) {
	f := newFixture(t)
	r := runGated(t, f, newGate(f.store), command(otherGuild, plainMember(), "sources"))
	if len(r.responses) != 1 || r.responses[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || ephemeral(r.responses[0]) {
		t.Fatalf("want one public deferral: %s", r.dump())
	}
	if len(r.edits) != 1 || !strings.Contains(embedsText(*r.edits[0].Embeds), "news") {
		t.Errorf("want the reply as an edit of the deferral: %s", r.dump())
	}
}

func TestSlowEphemeralCommandIsDeferredEphemerally(t *testing.T) {
	f := newFixture(t)
	addPending(t, f.store, 500, day(10), "q")
	r := runGated(t, f, newGate(f.store), command(modGuild, moderator(), "review"))
	if len(r.responses) != 1 || !ephemeral(r.responses[0]) {
		t.Fatalf("want one ephemeral deferral: %s", r.dump())
	}
	if len(r.edits) != 1 || len(*r.edits[0].Components) != 1 {
		t.Errorf("want the review with its buttons as an edit: %s", r.dump())
	}
}

func TestSlowButtonIsDeferredThenTheMessageEdited(t *testing.T) {
	f := newFixture(t)
	p := addPending(t, f.store, 500, day(10), "q")
	addPending(t, f.store, 510, day(10), "q") // shown next: the view reads PendingCount
	r := runGated(t, f, newGate(f.store), button(modGuild, moderator(), fmt.Sprintf("review:approve:%d", p.ID)))
	if len(r.responses) != 1 || r.responses[0].Type != discordgo.InteractionResponseDeferredMessageUpdate {
		t.Fatalf("want a deferred update: %s", r.dump())
	}
	if len(r.edits) != 1 || !strings.Contains(*r.edits[0].Content, "approved") {
		t.Errorf("want the review message edited: %s", r.dump())
	}
}

func TestErrorAfterDeferredUpdateIsAnEphemeralFollowup(t *testing.T) {
	f := newFixture(t)
	p := addPending(t, f.store, 500, day(10), "q")
	g := newGate(f.store)
	g.failAt = true
	r := runGated(t, f, g, button(modGuild, moderator(), fmt.Sprintf("review:approve:%d", p.ID)))
	if len(r.followups) != 1 || r.followups[0].Content != "internal error" || r.followups[0].Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("want an ephemeral internal error follow-up: %s", r.dump())
	}
	if !strings.Contains(f.logText(), "database is locked") {
		t.Errorf("log = %s", f.logText())
	}
}

func TestDefinitions(t *testing.T) {
	nameRE := regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)
	allowed := map[string]bool{"metric": true, "days": true, "status": true, "figure": true, "value": true, "value_high": true,
		"reason": true, "stance": true, "actor": true, "url": true, "quote": true, "as_of": true, "qualifier": true,
		"channel": true, "schedule": true, "timezone": true, "force": true}
	types := map[string]discordgo.ApplicationCommandOptionType{"metric": discordgo.ApplicationCommandOptionString,
		"days": discordgo.ApplicationCommandOptionInteger, "figure": discordgo.ApplicationCommandOptionInteger,
		"value": discordgo.ApplicationCommandOptionInteger, "value_high": discordgo.ApplicationCommandOptionInteger,
		"channel": discordgo.ApplicationCommandOptionChannel, "force": discordgo.ApplicationCommandOptionBoolean}
	var names []string
	var check func(where string, opts []*discordgo.ApplicationCommandOption)
	check = func(where string, opts []*discordgo.ApplicationCommandOption) {
		if len(opts) > 25 {
			t.Errorf("%s: %d options", where, len(opts))
		}
		optional := false
		for _, o := range opts {
			w := where + " " + o.Name
			if !nameRE.MatchString(o.Name) {
				t.Errorf("%s: bad name", w)
			}
			if n := len([]rune(o.Description)); n < 1 || n > 100 {
				t.Errorf("%s: description of %d characters", w, n)
			}
			if o.Autocomplete && len(o.Choices) > 0 {
				t.Errorf("%s: autocomplete with choices", w)
			}
			if len(o.Choices) > 25 {
				t.Errorf("%s: %d choices", w, len(o.Choices))
			}
			for _, c := range o.Choices {
				if n := len([]rune(c.Name)); n < 1 || n > 100 {
					t.Errorf("%s: choice name of %d characters", w, n)
				}
			}
			if o.Type == discordgo.ApplicationCommandOptionSubCommand {
				check(w, o.Options)
				continue
			}
			if !allowed[o.Name] {
				t.Errorf("%s: option name not in the fixed list", w)
			}
			if want, ok := types[o.Name]; ok && o.Type != want {
				t.Errorf("%s: type %v, want %v", w, o.Type, want)
			}
			if o.Required && optional {
				t.Errorf("%s: a required option after an optional one", w)
			}
			optional = optional || !o.Required
		}
	}
	for _, d := range commands.Definitions() {
		names = append(names, d.Name)
		if !nameRE.MatchString(d.Name) {
			t.Errorf("command %q: bad name", d.Name)
		}
		if n := len([]rune(d.Description)); n < 1 || n > 100 {
			t.Errorf("/%s: description of %d characters", d.Name, n)
		}
		check("/"+d.Name, d.Options)
	}
	if got, want := strings.Join(names, " "), "status history figures sources audit figure review alerts digest"; got != want {
		t.Errorf("commands = %s, want %s", got, want)
	}
}
