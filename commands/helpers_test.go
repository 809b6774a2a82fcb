package commands_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

var _ commands.Store = (*storage.Store)(nil)

const (
	metricID   = "ve-prisoners-released"
	modGuild   = "111"
	otherGuild = "222"
	modRole    = "333"
)

var t0 = time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)

func testCatalog() tracker.Catalog {
	return tracker.Catalog{
		Metrics: []tracker.Metric{
			{ID: metricID, Name: "Political prisoners released", Cumulative: true,
				Gap: tracker.GapThreshold{MinAbs: 50, MinRatio: 1.5}},
			{ID: "ve-prisoners-held", Name: "Political prisoners held"},
		},
		Actors: []tracker.Actor{
			{Name: "Foro Penal", Role: tracker.Confirmer},
			{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"gobierno"}},
		},
		Sources: []tracker.Source{{ID: "news", URL: "https://example.org/feed.xml", Format: tracker.FormatRSS,
			Review: tracker.ReviewRequired, Claims: []string{metricID}, Enabled: true}},
	}
}

// fixture is a store seeded with Foro Penal's 56 and the government's 400,
// and the Router that serves it.
type fixture struct {
	store     *storage.Store
	deps      *commands.Router
	confirmed tracker.Figure
	claimed   tracker.Figure
	logs      *bytes.Buffer
	changed   int
	observed  []observed
	mu        sync.Mutex
}

type observed struct {
	name   string
	failed bool
}

func (f *fixture) PollDone(string, string, time.Duration) {}
func (f *fixture) Delivered(tracker.Kind, time.Duration)  {}
func (f *fixture) DeliveryFailed(tracker.Kind)            {}
func (f *fixture) CommandDone(name string, _ time.Duration, failed bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.observed = append(f.observed, observed{name, failed})
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, filepath.Join(t.TempDir(), "g.db"), storage.WithClock(func() time.Time { return t0 }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.SyncCatalog(ctx, testCatalog()); err != nil {
		t.Fatal(err)
	}
	f := &fixture{store: s, logs: &bytes.Buffer{}}
	f.confirmed = addFigure(t, s, tracker.Figure{MetricID: metricID, Value: 56, Stance: tracker.Confirmed, Actor: "Foro Penal",
		AsOf: day(9), Evidence: tracker.Evidence{URL: "https://foropenal.example/report", Quote: "56 excarcelaciones verificadas"}})
	f.claimed = addFigure(t, s, tracker.Figure{MetricID: metricID, Value: 400, Stance: tracker.Claimed, Actor: "gobierno",
		AsOf: day(9), Evidence: tracker.Evidence{URL: "https://gov.example/statement", Quote: "más de 400 liberados"}})
	f.deps = &commands.Router{
		Store:      s,
		Mods:       commands.Moderators{Guilds: []string{modGuild}, RoleID: modRole},
		Now:        func() time.Time { return t0 },
		Logger:     slog.New(slog.NewJSONHandler(syncWriter{f}, nil)),
		Observer:   f,
		Changed:    func() { f.mu.Lock(); f.changed++; f.mu.Unlock() },
		DeferAfter: -1, // no timers in unit tests
	}
	return f
}

type syncWriter struct{ f *fixture }

func (w syncWriter) Write(p []byte) (int, error) {
	w.f.mu.Lock()
	defer w.f.mu.Unlock()
	return w.f.logs.Write(p)
}

func (f *fixture) logText() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.logs.String()
}

func day(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }

func addFigure(t testing.TB, s *storage.Store, f tracker.Figure) tracker.Figure {
	t.Helper()
	if f.CreatedBy == "" {
		f.CreatedBy = "tester"
	}
	stored, err := s.AddFigure(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return stored
}

// addPending stores a figure waiting for review, as a source would.
func addPending(t testing.TB, s *storage.Store, value int64, asOf time.Time, quote string) tracker.Figure {
	t.Helper()
	return addFigure(t, s, tracker.Figure{MetricID: metricID, Value: value, Stance: tracker.Claimed, Actor: "Government of Venezuela",
		AsOf: asOf, Status: tracker.Pending, SourceID: "news", Origin: tracker.OriginProse, CreatedBy: "source:news",
		Evidence: tracker.Evidence{URL: "https://news.example/a", Quote: quote}})
}

// fakeResponder records what handlers send.
type fakeResponder struct {
	mu        sync.Mutex
	responses []*discordgo.InteractionResponse
	followups []*discordgo.WebhookParams
	edits     []*discordgo.WebhookEdit
	failWith  error
	// firstResponse, when set, is closed at the first Respond.
	firstResponse chan struct{}
}

func (r *fakeResponder) Respond(_ context.Context, resp *discordgo.InteractionResponse) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failWith != nil {
		return r.failWith
	}
	r.responses = append(r.responses, resp)
	if r.firstResponse != nil && len(r.responses) == 1 {
		close(r.firstResponse)
	}
	return nil
}

func (r *fakeResponder) Followup(_ context.Context, p *discordgo.WebhookParams) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.followups = append(r.followups, p)
	return nil
}

func (r *fakeResponder) EditOriginal(_ context.Context, e *discordgo.WebhookEdit) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.edits = append(r.edits, e)
	return nil
}

// only returns the single response, failing the test otherwise.
func (r *fakeResponder) only(t *testing.T) *discordgo.InteractionResponse {
	t.Helper()
	if len(r.responses) != 1 || len(r.followups) != 0 || len(r.edits) != 0 {
		t.Fatalf("want exactly one response, got %d responses, %d follow-ups, %d edits: %s",
			len(r.responses), len(r.followups), len(r.edits), r.dump())
	}
	if r.responses[0].Data == nil {
		t.Fatalf("response of type %d has no data", r.responses[0].Type)
	}
	return r.responses[0]
}

// dump renders everything sent, for failure messages.
func (r *fakeResponder) dump() string {
	var b strings.Builder
	for _, resp := range r.responses {
		b.WriteString("[response] ")
		if resp.Data != nil {
			b.WriteString(resp.Data.Content + " " + embedsText(resp.Data.Embeds))
		}
		b.WriteString("\n")
	}
	for _, p := range r.followups {
		b.WriteString("[followup] " + p.Content + " " + embedsText(p.Embeds) + "\n")
	}
	for _, e := range r.edits {
		b.WriteString("[edit] ")
		if e.Content != nil {
			b.WriteString(*e.Content)
		}
		if e.Embeds != nil {
			b.WriteString(" " + embedsText(*e.Embeds))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// checkMentions asserts that every message sent carries allowed mentions
// with an empty, non-nil parse list. A pong and a deferred update carry no
// message.
func (r *fakeResponder) checkMentions(t *testing.T) {
	t.Helper()
	ok := func(am *discordgo.MessageAllowedMentions) bool {
		return am != nil && am.Parse != nil && len(am.Parse) == 0 && len(am.Roles) == 0 && len(am.Users) == 0
	}
	for _, resp := range r.responses {
		if resp.Type == discordgo.InteractionResponsePong || resp.Type == discordgo.InteractionResponseDeferredMessageUpdate {
			continue
		}
		if resp.Data == nil || !ok(resp.Data.AllowedMentions) {
			t.Errorf("response of type %d without empty allowed mentions", resp.Type)
		}
	}
	for _, p := range r.followups {
		if !ok(p.AllowedMentions) {
			t.Errorf("follow-up %q without empty allowed mentions", p.Content)
		}
	}
	for _, e := range r.edits {
		if !ok(e.AllowedMentions) {
			t.Errorf("edit without empty allowed mentions")
		}
	}
}

// run handles an interaction with a fresh fake responder and checks the
// allowed mentions of everything sent.
func (f *fixture) run(t *testing.T, i *discordgo.Interaction) *fakeResponder {
	t.Helper()
	r := &fakeResponder{}
	f.deps.Handle(context.Background(), i, r)
	r.checkMentions(t)
	return r
}

func embedsText(es []*discordgo.MessageEmbed) string {
	var b strings.Builder
	for _, e := range es {
		if e == nil {
			continue
		}
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + ": " + f.Value + "\n")
		}
		if e.Footer != nil {
			b.WriteString(e.Footer.Text + "\n")
		}
	}
	return b.String()
}

// text is everything a response shows: content and embeds.
func text(resp *discordgo.InteractionResponse) string {
	if resp == nil || resp.Data == nil {
		return ""
	}
	return resp.Data.Content + "\n" + embedsText(resp.Data.Embeds)
}

func ephemeral(resp *discordgo.InteractionResponse) bool {
	return resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0
}

// People.
func moderator() *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: "1001", Username: "ana"}, Roles: []string{modRole}}
}

func serverManager() *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: "1002", Username: "boss"}, Permissions: discordgo.PermissionManageGuild}
}

func plainMember() *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: "1003", Username: "pedro"}, Roles: []string{"999"}}
}

func channelManager() *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: "1004", Username: "chan"}, Permissions: discordgo.PermissionManageChannels}
}

// Interactions.
func opt(name string, value any) *discordgo.ApplicationCommandInteractionDataOption {
	o := &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: value}
	switch value.(type) {
	case float64, int:
		o.Type = discordgo.ApplicationCommandOptionInteger
	default:
		o.Type = discordgo.ApplicationCommandOptionString
	}
	if name == "channel" {
		o.Type = discordgo.ApplicationCommandOptionChannel
	}
	return o
}

func sub(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

func command(guild string, m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	data := discordgo.ApplicationCommandInteractionData{ID: "c1", Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts}
	// Discord resolves channel options to channels of the guild.
	var resolve func([]*discordgo.ApplicationCommandInteractionDataOption)
	resolve = func(list []*discordgo.ApplicationCommandInteractionDataOption) {
		for _, o := range list {
			if o == nil {
				continue
			}
			if id, ok := o.Value.(string); ok && o.Type == discordgo.ApplicationCommandOptionChannel {
				if data.Resolved == nil {
					data.Resolved = &discordgo.ApplicationCommandInteractionDataResolved{Channels: map[string]*discordgo.Channel{}}
				}
				data.Resolved.Channels[id] = &discordgo.Channel{ID: id, GuildID: guild, Type: discordgo.ChannelTypeGuildText}
			}
			resolve(o.Options)
		}
	}
	resolve(opts)
	return &discordgo.Interaction{
		ID: "i1", Type: discordgo.InteractionApplicationCommand, GuildID: guild, ChannelID: "555", Member: m, Token: "tok",
		Data: data,
	}
}

func button(guild string, m *discordgo.Member, customID string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "i2", Type: discordgo.InteractionMessageComponent, GuildID: guild, ChannelID: "555", Member: m, Token: "tok",
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent},
	}
}

func modal(guild string, m *discordgo.Member, customID string, fields map[string]string) *discordgo.Interaction {
	var rows []discordgo.MessageComponent
	for k, v := range fields {
		rows = append(rows, &discordgo.ActionsRow{Components: []discordgo.MessageComponent{&discordgo.TextInput{CustomID: k, Value: v}}})
	}
	return &discordgo.Interaction{
		ID: "i3", Type: discordgo.InteractionModalSubmit, GuildID: guild, ChannelID: "555", Member: m, Token: "tok",
		Data: discordgo.ModalSubmitInteractionData{CustomID: customID, Components: rows},
	}
}

// brokenStore fails every read of standings and figures with an internal
// error.
type brokenStore struct{ commands.Store }

var errDisk = errors.New("disk on fire at /var/lib/gapwatch/g.db")

func (brokenStore) Standings(context.Context, time.Time) ([]tracker.Standing, error) {
	return nil, errDisk
}
func (brokenStore) Standing(context.Context, string, time.Time) (tracker.Standing, error) {
	return tracker.Standing{}, errDisk
}

var _ = io.Discard
