package bot

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/tracker"
)

// Inline handling of 429s: a short wait Discord asks for is waited here
// (keeping the outbox order); a longer one goes back to the deliverer.
const (
	maxInlineRateLimitWait = 5 * time.Second
	maxInlineRetries       = 3
)

// chartFile is the name of an attached chart; embeds show it through
// "attachment://chart.png".
const chartFile = "chart.png"

// Sender delivers outbox items to Discord through the bot's session; it
// implements ingest.Sender (checked in the tests: bot does not import
// ingest). Posts carry a nonce derived from the item's
// key with enforce_nonce, so a retry after a timeout returns the message
// already posted instead of posting twice. Every message and edit carries
// allowed_mentions with an empty parse list.
type Sender struct {
	bot *Bot
}

// messagePayload is the JSON body of a message create or edit. discordgo's
// MessageSend has no nonce or enforce_nonce, hence this type.
type messagePayload struct {
	Content          string                    `json:"content,omitempty"`
	Embeds           []*discordgo.MessageEmbed `json:"embeds"`
	AllowedMentions  allowedMentions           `json:"allowed_mentions"`
	Nonce            string                    `json:"nonce,omitempty"`
	EnforceNonce     bool                      `json:"enforce_nonce,omitempty"`
	MessageReference *messageReference         `json:"message_reference,omitempty"`
	Attachments      []attachmentRef           `json:"attachments,omitempty"`
}

// allowedMentions always marshals as {"parse":[]}: nothing in the message
// may ping (an absent list or "parse": null would allow everything).
type allowedMentions struct {
	Parse []string `json:"parse"`
}

func noMentions() allowedMentions { return allowedMentions{Parse: []string{}} }

type messageReference struct {
	MessageID       string `json:"message_id"`
	ChannelID       string `json:"channel_id,omitempty"`
	FailIfNotExists bool   `json:"fail_if_not_exists"`
}

// attachmentRef names an uploaded file (files[ID]) in the payload.
type attachmentRef struct {
	ID       int    `json:"id"`
	Filename string `json:"filename"`
}

// postedMessage is the part of Discord's answer the sender reads.
type postedMessage struct {
	ID string `json:"id"`
}

// Nonce returns the Discord nonce of an outbox key: the first 24 hex
// digits of its SHA-256, deterministic (a retry sends the same one) and
// within Discord's 25 characters.
func Nonce(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:24]
}

// Deliver posts item (OpPost, as a reply to ref when item.ReplyTo is set)
// or edits the message ref posted (OpEdit), and returns the Discord
// message id. Errors: a *RetryableError (with RetryAfter when Discord said
// how long) for 429, 5xx and network failures; ErrTokenRefused for 401
// (also reported on the bot's Fatal channel); an *APIError for other
// refusals; a plain error for an item that cannot go to Discord (the
// console channel, no channel, an edit without its message).
func (s *Sender) Deliver(ctx context.Context, item tracker.OutboxItem, ref *tracker.OutboxItem) (string, error) {
	switch {
	case item.ChannelID == tracker.ConsoleChannel:
		return "", fmt.Errorf("bot: outbox item %d is for the console, not Discord", item.ID)
	case strings.TrimSpace(item.ChannelID) == "":
		return "", fmt.Errorf("bot: outbox item %d has no channel", item.ID)
	}
	switch item.Op {
	case tracker.OpPost, "":
		return s.post(ctx, item, ref)
	case tracker.OpEdit:
		return s.edit(ctx, item, ref)
	}
	return "", fmt.Errorf("bot: outbox item %d: unknown operation %q", item.ID, item.Op)
}

// post creates the message of item.
func (s *Sender) post(ctx context.Context, item tracker.OutboxItem, ref *tracker.OutboxItem) (string, error) {
	if item.Attempts > 0 {
		// An earlier attempt may have posted without our knowing (a
		// timeout, a reset), and enforce_nonce only lasts minutes: look
		// among the channel's newest messages for this one first.
		id, found, err := s.findPosted(ctx, item)
		var api *APIError
		switch {
		case errors.As(err, &api) && api.Status == http.StatusForbidden:
			// No Read Message History: only the nonce protects this retry.
			s.bot.log.Warn("discord: cannot read the channel to look for an earlier post; posting with the nonce alone",
				"outbox_id", item.ID, "channel_id", item.ChannelID, "error", err)
		case err != nil:
			return "", fmt.Errorf("bot: look for outbox item %d in channel %s: %w", item.ID, item.ChannelID, err)
		}
		if found {
			s.bot.log.Info("discord: the message was already posted by an earlier attempt", "outbox_id", item.ID, "channel_id", item.ChannelID, "message_id", id)
			return id, nil
		}
	}
	msg := item.Message
	msg.Footer = footerWithRef(msg.Footer, item.Key)
	p := &messagePayload{
		Embeds:          embedsOf(msg),
		AllowedMentions: noMentions(),
		Nonce:           Nonce(item.Key),
		EnforceNonce:    true,
	}
	if len(p.Embeds) == 0 {
		p.Content = fallbackContent(item.Message)
	}
	if item.ReplyTo != 0 && ref != nil && ref.MessageID != "" {
		p.MessageReference = &messageReference{MessageID: ref.MessageID, ChannelID: ref.ChannelID, FailIfNotExists: false}
	}
	chart := s.chart(ctx, item)
	if chart != nil && len(p.Embeds) > 0 {
		p.Embeds[0].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + chartFile}
		p.Attachments = []attachmentRef{{ID: 0, Filename: chartFile}}
	}
	endpoint := discordgo.EndpointChannelMessages(item.ChannelID)
	body, err := s.call(ctx, http.MethodPost, endpoint, endpoint, p, chart)
	if err != nil {
		return "", fmt.Errorf("bot: post outbox item %d to channel %s: %w", item.ID, item.ChannelID, err)
	}
	var m postedMessage
	if err := json.Unmarshal(body, &m); err != nil || m.ID == "" {
		// Posted (2xx) but unreadable: a retry with the same nonce returns
		// the same message, so asking for one is safe.
		return "", &RetryableError{Err: fmt.Errorf("bot: post outbox item %d: answer without a message id", item.ID)}
	}
	return m.ID, nil
}

// edit replaces the embeds of the message ref posted.
func (s *Sender) edit(ctx context.Context, item tracker.OutboxItem, ref *tracker.OutboxItem) (string, error) {
	if ref == nil {
		return "", fmt.Errorf("bot: edit outbox item %d: the message to edit is unknown", item.ID)
	}
	if ref.MessageID == "" {
		s.bot.log.Warn("discord: nothing to edit: the referenced item has no Discord message", "outbox_id", item.ID, "ref_id", ref.ID)
		return "", nil
	}
	channel := ref.ChannelID
	if channel == "" {
		channel = item.ChannelID
	}
	p := &messagePayload{Embeds: embedsOf(item.Message), AllowedMentions: noMentions()}
	if len(p.Embeds) == 0 {
		p.Content = fallbackContent(item.Message)
	}
	chart := s.chart(ctx, item)
	if chart != nil && len(p.Embeds) > 0 {
		// The new chart replaces the old one: "attachments" lists only it.
		p.Embeds[0].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + chartFile}
		p.Attachments = []attachmentRef{{ID: 0, Filename: chartFile}}
	}
	_, err := s.call(ctx, http.MethodPatch, discordgo.EndpointChannelMessage(channel, ref.MessageID), discordgo.EndpointChannelMessage(channel, ""), p, chart)
	var api *APIError
	if errors.As(err, &api) && api.Code == discordgo.ErrCodeUnknownMessage {
		// The alert was deleted: there is nothing left that shows the old
		// value, so the edit is done.
		s.bot.log.Warn("discord: the message to edit no longer exists", "outbox_id", item.ID, "channel_id", channel, "message_id", ref.MessageID)
		return ref.MessageID, nil
	}
	if err != nil {
		return "", fmt.Errorf("bot: edit message %s in channel %s (outbox item %d): %w", ref.MessageID, channel, item.ID, err)
	}
	return ref.MessageID, nil
}

// refPrefix starts the reference a post carries in its footer.
const refPrefix = "ref "

// footerWithRef appends the post's reference (its nonce) to a footer, so
// that a later attempt can recognise the post among a channel's messages.
func footerWithRef(footer, key string) string {
	ref := refPrefix + Nonce(key)
	footer = strings.TrimSpace(footer)
	if footer == "" {
		return ref
	}
	if r := []rune(footer); len(r) > 1900 {
		footer = string(r[:1899]) + "…"
	}
	return footer + " · " + ref
}

// recentLimit is how many of a channel's newest messages findPosted reads.
const recentLimit = 100

// findPosted looks for item's post among the channel's newest messages,
// by the reference in its footer; it returns the message id when found.
func (s *Sender) findPosted(ctx context.Context, item tracker.OutboxItem) (string, bool, error) {
	endpoint := discordgo.EndpointChannelMessages(item.ChannelID)
	if err := s.bot.pace.wait(ctx); err != nil {
		return "", false, err
	}
	body, err := s.bot.sess().RequestRaw(http.MethodGet, endpoint+fmt.Sprintf("?limit=%d", recentLimit), "", nil, endpoint, 0,
		discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
	if err := classify(ctx, err); err != nil {
		if errors.Is(err, ErrTokenRefused) {
			s.bot.fail(fmt.Errorf("bot: %w", ErrTokenRefused))
		}
		return "", false, err
	}
	var msgs []struct {
		ID     string `json:"id"`
		Embeds []struct {
			Footer *struct {
				Text string `json:"text"`
			} `json:"footer"`
		} `json:"embeds"`
	}
	if err := json.Unmarshal(body, &msgs); err != nil {
		return "", false, &RetryableError{Err: fmt.Errorf("read the channel's messages: %w", err)}
	}
	ref := refPrefix + Nonce(item.Key)
	for _, m := range msgs {
		for _, e := range m.Embeds {
			if e.Footer != nil && strings.HasSuffix(e.Footer.Text, ref) {
				return m.ID, true, nil
			}
		}
	}
	return "", false, nil
}

// maxNonce is the longest nonce Discord accepts.
const maxNonce = 25

// embedsOf renders a message as embeds within Discord's limits (which
// commands.Embeds guarantees whatever the input).
func embedsOf(m tracker.Message) []*discordgo.MessageEmbed {
	return commands.Embeds(m)
}

// fallbackContent is the text of a message that rendered no embed (it
// should not happen, but a message is never refused as empty).
func fallbackContent(m tracker.Message) string {
	t := strings.TrimSpace(tracker.StripControl(m.Title))
	if t == "" {
		t = string(m.Kind)
	}
	if t == "" {
		t = "(empty message)"
	}
	if r := []rune(t); len(r) > commands.MaxContent {
		t = string(r[:commands.MaxContent-1]) + "…"
	}
	return t
}

// chart draws the chart an item asks for; nil when it asks for none, when
// no chart function is set, or when drawing fails (logged: the message
// goes out without it).
func (s *Sender) chart(ctx context.Context, item tracker.OutboxItem) []byte {
	if item.Message.ChartMetric == "" || s.bot.opts.Chart == nil {
		return nil
	}
	png, err := s.bot.opts.Chart(ctx, item.Message.ChartMetric)
	if err != nil || len(png) == 0 {
		if ctx.Err() == nil {
			s.bot.log.Warn("discord: chart not drawn; sending without it", "outbox_id", item.ID, "metric_id", item.Message.ChartMetric, "error", err)
		}
		return nil
	}
	return png
}

// call sends one REST request with the JSON payload (multipart with the
// chart as files[0] when chart is set) through the session: after the
// bot's global limiter, on discordgo's per-route bucket bucketID. A 429
// with a short retry_after is waited and retried here.
func (s *Sender) call(ctx context.Context, method, endpoint, bucketID string, p *messagePayload, chart []byte) ([]byte, error) {
	contentType := "application/json"
	body, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("encode message: %w", err)
	}
	if chart != nil {
		contentType, body, err = discordgo.MultipartBodyWithJSON(p, []*discordgo.File{{Name: chartFile, ContentType: "image/png", Reader: bytes.NewReader(chart)}})
		if err != nil {
			return nil, fmt.Errorf("encode message with chart: %w", err)
		}
	}
	for attempt := 1; ; attempt++ {
		if err := s.bot.pace.wait(ctx); err != nil {
			return nil, err
		}
		resp, err := s.bot.sess().RequestRaw(method, endpoint, contentType, body, bucketID, 0,
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		err = classify(ctx, err)
		if err == nil {
			return resp, nil
		}
		if errors.Is(err, ErrTokenRefused) {
			s.bot.fail(fmt.Errorf("bot: %w", ErrTokenRefused))
			return nil, err
		}
		var re *RetryableError
		var api *APIError
		limited := errors.As(err, &re) && errors.As(re.Err, &api) && api.Status == http.StatusTooManyRequests
		if !limited || attempt > maxInlineRetries || re.After > maxInlineRateLimitWait {
			return nil, err
		}
		s.bot.log.Info("discord: rate limited; waiting", "endpoint_bucket", bucketLabel(bucketID), "retry_after", re.After.String(), "attempt", attempt)
		if err := sleepCtx(ctx, re.After); err != nil {
			return nil, err
		}
	}
}

// bucketLabel is a bucket id without the API origin, for logs.
func bucketLabel(bucketID string) string {
	return strings.TrimPrefix(bucketID, discordgo.EndpointAPI)
}
