package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// ErrTokenRefused is returned (wrapped) by Open, sent on Fatal and returned
// by deliveries when Discord refused the bot token: HTTP 401 on a REST call
// or gateway close code 4004. Retrying cannot help; the process should stop
// and say so. The message never contains the token.
var ErrTokenRefused = errors.New("Discord refused the bot token (DISCORD_TOKEN): check that it is the bot token of this application, without the \"Bot \" prefix, and that it was not reset")

// closeAuthenticationFailed is the gateway close code for a bad token.
const closeAuthenticationFailed = 4004

// fatalCloseCodes are gateway close codes after which reconnecting cannot
// succeed without a change of configuration.
var fatalCloseCodes = map[int]string{
	4010: "invalid shard",
	4011: "sharding required",
	4012: "invalid API version",
	4013: "invalid intents",
	4014: "disallowed intents (privileged intents are not enabled for this application)",
}

// freshSessionCloseCodes are gateway close codes after which the session
// cannot be resumed: the next connection must identify anew (unknown
// error, invalid sequence, session timed out).
var freshSessionCloseCodes = map[int]bool{4000: true, 4007: true, 4009: true}

// gatewayCloseCode returns the close code of a websocket close error in
// err's chain, or 0.
func gatewayCloseCode(err error) int {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		return ce.Code
	}
	return 0
}

// tokenRefused reports whether err says Discord refused the token: an HTTP
// 401 answer or gateway close 4004.
func tokenRefused(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrTokenRefused) || errors.Is(err, discordgo.ErrUnauthorized) {
		return true
	}
	if gatewayCloseCode(err) == closeAuthenticationFailed {
		return true
	}
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized
}

// APIError is a refusal from Discord's REST API, stripped of the request
// (whose headers carry the token): the HTTP status, Discord's JSON error
// code and message.
type APIError struct {
	Status  int    // HTTP status
	Code    int    // Discord error code (e.g. 10003 Unknown Channel), 0 when none
	Message string // Discord's message, e.g. "Missing Access"
}

// Error describes the refusal in one line.
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Discord answered HTTP %d", e.Status)
	if e.Code != 0 {
		fmt.Fprintf(&b, " code %d", e.Code)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(oneLine(e.Message, 300))
	}
	return b.String()
}

// Permanent reports whether retrying cannot help: Discord refused the
// request for good (400 invalid body, 403 missing access or permissions,
// 404 unknown channel, message or webhook). The outbox marks such an item
// failed after one try.
func (e *APIError) Permanent() bool {
	return e.Status == http.StatusBadRequest || e.Status == http.StatusForbidden || e.Status == http.StatusNotFound
}

// ChannelGone reports whether the refusal says the channel is deleted or
// forbidden to the bot: its subscriptions should be paused.
func (e *APIError) ChannelGone() bool {
	switch {
	case e.Status == http.StatusForbidden:
		return true
	case e.Status == http.StatusNotFound:
		return e.Code == discordgo.ErrCodeUnknownChannel
	}
	return false
}

// RetryableError is a failure worth retrying: Discord rate-limited the call
// (429), failed (5xx), or the network did. After is how long Discord asked
// to wait, 0 when it did not say. The outbox deliverer reads it through
// RetryAfter.
type RetryableError struct {
	After time.Duration
	Err   error
}

// Error describes the failure and the wait Discord asked for.
func (e *RetryableError) Error() string {
	if e.After > 0 {
		return fmt.Sprintf("%v (retry after %s)", e.Err, e.After)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying failure.
func (e *RetryableError) Unwrap() error { return e.Err }

// RetryAfter returns how long Discord asked to wait, 0 when it did not say.
func (e *RetryableError) RetryAfter() time.Duration { return e.After }

// classify turns an error of a discordgo REST call into what callers of
// this package see: ctx errors unchanged; ErrTokenRefused for 401; a
// *RetryableError for 429, 5xx and network failures; an *APIError for any
// other refusal. discordgo's *RESTError is never passed on, because it
// holds the request and so the Authorization header.
func classify(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return ctx.Err()
	}
	if tokenRefused(err) {
		return ErrTokenRefused
	}
	var open *CircuitOpenError
	if errors.As(err, &open) {
		return &RetryableError{After: open.Wait, Err: open}
	}
	var rle *discordgo.RateLimitError
	if errors.As(err, &rle) {
		var after time.Duration
		if rle.RateLimit != nil && rle.TooManyRequests != nil {
			after = rle.TooManyRequests.RetryAfter
		}
		return &RetryableError{After: after, Err: &APIError{Status: http.StatusTooManyRequests, Message: "rate limited"}}
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		api := &APIError{Status: re.Response.StatusCode}
		if re.Message != nil {
			api.Code, api.Message = re.Message.Code, re.Message.Message
		}
		if api.Message == "" {
			api.Message = http.StatusText(api.Status)
		}
		if api.Status == http.StatusTooManyRequests || api.Status >= 500 {
			return &RetryableError{After: retryAfterHeader(re.Response.Header), Err: api}
		}
		return api
	}
	// Network failures, timeouts, and discordgo's "Exceeded Max retries"
	// after repeated 502s: all worth another try later.
	return &RetryableError{Err: hideTokens(err)}
}

// tokenInPath matches the token of an interaction or webhook URL path
// (/interactions/{id}/{token}/callback, /webhooks/{id}/{token}).
var tokenInPath = regexp.MustCompile(`(/(?:interactions|webhooks)/[^/\s"]+/)[^/\s"?]+`)

// tokenFreeError is an error whose text had its interaction and webhook
// tokens removed. It unwraps to the cause under the *url.Error (the
// network error), never to anything that holds the URL.
type tokenFreeError struct {
	msg   string
	cause error
}

func (e *tokenFreeError) Error() string { return e.msg }
func (e *tokenFreeError) Unwrap() error { return e.cause }

// hideTokens returns err with any interaction or webhook token in its text
// replaced by REDACTED, whatever the error type (a *url.Error of a timeout
// or reset names the full URL).
func hideTokens(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := tokenInPath.ReplaceAllString(msg, "${1}REDACTED")
	var ue *url.Error
	hasURL := errors.As(err, &ue)
	if clean == msg && !hasURL {
		return err
	}
	cause := error(nil)
	if hasURL {
		cause = ue.Err
	}
	return &tokenFreeError{msg: clean, cause: cause}
}

// retryAfterHeader reads a Retry-After header given in seconds; 0 when
// absent or unreadable.
func retryAfterHeader(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	secs, err := strconv.ParseFloat(v, 64)
	if err != nil || secs < 0 || secs > 24*3600 {
		return 0
	}
	return time.Duration(secs * float64(time.Second))
}

// oneLine collapses whitespace and cuts s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
