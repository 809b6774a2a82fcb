package discordtest_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

func TestMessageCreateEditGet(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, srv.Options().Token)

	sent, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{
		Content:         "new item @everyone",
		AllowedMentions: noMentions(),
		Embeds: []*discordgo.MessageEmbed{{
			Title: "Item", Description: "text",
			Fields: []*discordgo.MessageEmbedField{{Name: "a", Value: "b"}},
			Footer: &discordgo.MessageEmbedFooter{Text: "feed"},
		}},
	})
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if sent.ID == "" || sent.ChannelID != general || sent.Author == nil || !sent.Author.Bot || len(sent.Embeds) != 1 {
		t.Errorf("answer = %+v", sent)
	}
	if ts, _ := discordgo.SnowflakeTimestamp(sent.ID); time.Since(ts) > time.Minute {
		t.Errorf("snowflake %s dates from %v", sent.ID, ts)
	}

	reply, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{
		Content: "reply", AllowedMentions: noMentions(), Reference: sent.Reference(),
	})
	if err != nil {
		t.Fatalf("reply: %v", err)
	}
	if reply.MessageReference == nil || reply.MessageReference.MessageID != sent.ID {
		t.Errorf("reply reference = %+v", reply.MessageReference)
	}

	content := "edited"
	edit := discordgo.NewMessageEdit(general, sent.ID)
	edit.Content = &content
	edit.AllowedMentions = noMentions()
	if _, err := dg.ChannelMessageEditComplex(edit); err != nil {
		t.Fatalf("edit: %v", err)
	}
	got, err := dg.ChannelMessage(general, sent.ID)
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	if got.Content != "edited" || got.EditedTimestamp == nil || len(got.Embeds) != 1 {
		t.Errorf("after edit = %+v", got)
	}

	msgs := srv.Messages(general)
	if n := len(msgs); n != 2 {
		t.Fatalf("stored %d messages, want 2", n)
	}
	m := msgs[0]
	if !m.MentionsSuppressed || len(m.Edits) != 1 || !m.Edits[0].MentionsSuppressed || m.Content != "edited" {
		t.Errorf("stored = %+v", m)
	}
	if msgs[1].Reference == nil || msgs[1].Reference.MessageID != sent.ID {
		t.Errorf("stored reply reference = %+v", msgs[1].Reference)
	}
	if p := srv.Pings(); len(p) != 0 {
		t.Errorf("pings = %+v, want none", p)
	}

	tests := []struct {
		name       string
		channel    string
		send       *discordgo.MessageSend
		wantStatus int
		wantCode   int
	}{
		{"unknown channel", "999", &discordgo.MessageSend{Content: "x"}, 404, 10003},
		{"empty message", general, &discordgo.MessageSend{AllowedMentions: noMentions()}, 400, 50006},
		{"reply to unknown message", general, &discordgo.MessageSend{Content: "x", Reference: &discordgo.MessageReference{MessageID: "1"}}, 400, 50035},
	}
	for _, tc := range tests {
		_, err := dg.ChannelMessageSendComplex(tc.channel, tc.send)
		if status, code := restCode(err); status != tc.wantStatus || code != tc.wantCode {
			t.Errorf("%s: got %d/%d, want %d/%d", tc.name, status, code, tc.wantStatus, tc.wantCode)
		}
	}
	_, err = dg.ChannelMessage(general, "12345")
	if status, code := restCode(err); status != 404 || code != 10008 {
		t.Errorf("unknown message: got %d/%d, want 404/10008", status, code)
	}
}

func TestMessageLimits(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) { o.RouteLimit = 1000 })
	dg := newSession(t, srv, srv.Options().Token)
	long := func(n int) string { return strings.Repeat("x", n) }
	embed := func(mod func(*discordgo.MessageEmbed)) []*discordgo.MessageEmbed {
		e := &discordgo.MessageEmbed{Title: "t"}
		mod(e)
		return []*discordgo.MessageEmbed{e}
	}
	fields := func(n int) []*discordgo.MessageEmbedField {
		out := make([]*discordgo.MessageEmbedField, n)
		for i := range out {
			out[i] = &discordgo.MessageEmbedField{Name: "n", Value: "v"}
		}
		return out
	}
	tests := []struct {
		name      string
		send      discordgo.MessageSend
		wantField string
	}{
		{"content 2001", discordgo.MessageSend{Content: long(2001)}, "content"},
		{"11 embeds", discordgo.MessageSend{Embeds: func() []*discordgo.MessageEmbed {
			out := make([]*discordgo.MessageEmbed, 11)
			for i := range out {
				out[i] = &discordgo.MessageEmbed{Title: "t"}
			}
			return out
		}()}, "embeds"},
		{"title 257", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) { e.Title = long(257) })}, "embeds.0.title"},
		{"description 4097", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) { e.Description = long(4097) })}, "embeds.0.description"},
		{"26 fields", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) { e.Fields = fields(26) })}, "embeds.0.fields"},
		{"field name 257", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) {
			e.Fields = []*discordgo.MessageEmbedField{{Name: long(257), Value: "v"}}
		})}, "embeds.0.fields.0.name"},
		{"field value 1025", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) {
			e.Fields = []*discordgo.MessageEmbedField{{Name: "n", Value: long(1025)}}
		})}, "embeds.0.fields.0.value"},
		{"empty field value", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) {
			e.Fields = []*discordgo.MessageEmbedField{{Name: "n"}}
		})}, "embeds.0.fields.0.value"},
		{"footer 2049", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) {
			e.Footer = &discordgo.MessageEmbedFooter{Text: long(2049)}
		})}, "embeds.0.footer.text"},
		{"author 257", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) {
			e.Author = &discordgo.MessageEmbedAuthor{Name: long(257)}
		})}, "embeds.0.author.name"},
		{"total over 6000", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{
			{Description: long(4000)}, {Description: long(2001)},
		}}, "embeds"},
		{"multibyte title of 256 runes is fine", discordgo.MessageSend{Embeds: embed(func(e *discordgo.MessageEmbed) {
			e.Title = strings.Repeat("é", 256)
		})}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := len(srv.Violations())
			send := tc.send
			send.AllowedMentions = noMentions()
			_, err := dg.ChannelMessageSendComplex(general, &send)
			status, code := restCode(err)
			if tc.wantField == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if status != 400 || code != 50035 {
				t.Fatalf("got %d/%d (%v), want 400/50035", status, code, err)
			}
			vs := srv.Violations()[before:]
			found := false
			for _, v := range vs {
				found = found || v.Field == tc.wantField
			}
			if !found {
				t.Errorf("violations %+v, want field %q", vs, tc.wantField)
			}
		})
	}
	// An edit is held to the same limits.
	sent, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{Content: "ok", AllowedMentions: noMentions()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = dg.ChannelMessageEditComplex(discordgo.NewMessageEdit(general, sent.ID).SetContent(long(2001)))
	if status, code := restCode(err); status != 400 || code != 50035 {
		t.Errorf("long edit: got %d/%d, want 400/50035", status, code)
	}
}

func TestPings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		content  string
		mentions *discordgo.MessageAllowedMentions
		wantPing bool
	}{
		{"suppressed everyone", "@everyone look", noMentions(), false},
		{"missing allowed_mentions", "@here look", nil, true},
		{"zero value sends parse null", "<@&200> look", &discordgo.MessageAllowedMentions{}, true},
		{"parse users", "<@903> look", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeUsers}}, true},
		{"parse users does not cover roles", "<@&200> look", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeUsers}}, false},
		{"explicit user id", "<@!903> look", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, Users: []string{"903"}}, true},
		{"no mention, no allowed_mentions", "plain text", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := newDouble(t, nil)
			dg := newSession(t, srv, srv.Options().Token)
			if _, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{Content: tc.content, AllowedMentions: tc.mentions}); err != nil {
				t.Fatal(err)
			}
			if got := len(srv.Pings()) > 0; got != tc.wantPing {
				t.Errorf("would ping = %v, want %v (%+v)", got, tc.wantPing, srv.Pings())
			}
		})
	}
}

func TestNonce(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) { o.RouteLimit = 100 })
	dg := newSession(t, srv, srv.Options().Token)
	post := func(channel string, body map[string]any) (*discordgo.Message, error) {
		raw, err := dg.RequestWithBucketID("POST", discordgo.EndpointChannelMessages(channel), body, discordgo.EndpointChannelMessages(channel))
		if err != nil {
			return nil, err
		}
		var m discordgo.Message
		return &m, json.Unmarshal(raw, &m)
	}
	quiet := map[string]any{"parse": []string{}}

	_, err := post(general, map[string]any{"content": "x", "nonce": strings.Repeat("n", 26), "allowed_mentions": quiet})
	if status, code := restCode(err); status != 400 || code != 50035 {
		t.Errorf("26-char nonce: got %d/%d, want 400/50035", status, code)
	}

	body := map[string]any{"content": "once", "nonce": "item-42", "enforce_nonce": true, "allowed_mentions": quiet}
	first, err := post(general, body)
	if err != nil {
		t.Fatal(err)
	}
	second, err := post(general, body)
	if err != nil {
		t.Fatal(err)
	}
	if first.ID != second.ID {
		t.Errorf("retry created %s, want the first message %s", second.ID, first.ID)
	}
	other, err := post(alerts, body)
	if err != nil {
		t.Fatal(err)
	}
	if other.ID == first.ID {
		t.Error("nonce deduplicated across channels")
	}
	noEnforce := map[string]any{"content": "twice", "nonce": "item-43", "allowed_mentions": quiet}
	a, _ := post(general, noEnforce)
	b, _ := post(general, noEnforce)
	if a == nil || b == nil || a.ID == b.ID {
		t.Errorf("without enforce_nonce: %v %v, want two messages", a, b)
	}
	if got, want := len(srv.Messages(general)), 3; got != want {
		t.Errorf("general has %d messages, want %d", got, want)
	}
}

func TestRESTBadToken(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, "wrong-token")
	_, err := dg.ChannelMessageSend(general, "x")
	status, code := restCode(err)
	if status != 401 || code != 0 {
		t.Errorf("got %d/%d (%v), want 401/0", status, code, err)
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && !strings.Contains(string(re.ResponseBody), "401: Unauthorized") {
		t.Errorf("body = %s", re.ResponseBody)
	}
	if got, want := srv.Stats().Unauthorized, 1; got != want {
		t.Errorf("unauthorized = %d, want %d", got, want)
	}
	if reqs := srv.Requests(); len(reqs) != 1 || reqs[0].Authorized || reqs[0].Status != 401 {
		t.Errorf("requests = %+v", reqs)
	}
}

func TestMultipartUpload(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, srv.Options().Token)
	m, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{
		Content: "chart", AllowedMentions: noMentions(),
		Files: []*discordgo.File{
			{Name: "a.png", ContentType: "image/png", Reader: strings.NewReader("12345")},
			{Name: "b.txt", Reader: strings.NewReader("xy")},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 2 || m.Attachments[0].Filename != "a.png" || m.Attachments[0].Size != 5 {
		t.Errorf("answer attachments = %+v", m.Attachments)
	}
	stored, _ := srv.Message(m.ID)
	if !stored.MentionsSuppressed || len(stored.Attachments) != 2 || stored.Attachments[1].Size != 2 {
		t.Errorf("stored = %+v", stored)
	}
}

func TestFailNext(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, func(o *discordtest.Options) { o.RouteLimit = 100 })
	dg := newSession(t, srv, srv.Options().Token)
	send := func() error {
		_, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{Content: "x", AllowedMentions: noMentions()})
		return err
	}
	tests := []struct {
		name       string
		status     int
		count      int
		wantStatus int // 0: the client recovers by itself
	}{
		{"502 is retried by discordgo", 502, 1, 0},
		{"429 is waited out by discordgo", 429, 2, 0},
		{"500 surfaces", 500, 1, 500},
		{"503 surfaces", 503, 1, 503},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv.FailNext("POST", "/channels/"+general+"/messages", tc.status, tc.count)
			status, _ := restCode(send())
			if status != tc.wantStatus {
				t.Errorf("status = %d, want %d", status, tc.wantStatus)
			}
		})
	}
	if got, want := srv.Stats().InjectedFailures, 5; got != want {
		t.Errorf("injected = %d, want %d", got, want)
	}
	// Other routes are untouched.
	srv.FailNext("GET", "/api/v9/channels/", 500, 1)
	if err := send(); err != nil {
		t.Errorf("POST hit by a GET rule: %v", err)
	}
}

func TestLatency(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	dg := newSession(t, srv, srv.Options().Token)
	srv.SetLatency(150 * time.Millisecond)
	start := time.Now()
	if _, err := dg.ChannelMessageSendComplex(general, &discordgo.MessageSend{Content: "x", AllowedMentions: noMentions()}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("answered in %v, want >= 150ms", d)
	}
}

func TestUnknownRoute(t *testing.T) {
	t.Parallel()
	srv := newDouble(t, nil)
	req, _ := http.NewRequest("GET", "https://discord.com/api/v9/users/@me/guilds", nil)
	req.Header.Set("Authorization", "Bot secret-token")
	resp, err := srv.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got, want := resp.StatusCode, 404; got != want {
		t.Errorf("status = %d, want %d", got, want)
	}
	if resp.Header.Get("X-RateLimit-Remaining") == "" {
		t.Error("no rate-limit headers on a 404")
	}
}
