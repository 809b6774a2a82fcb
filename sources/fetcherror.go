package sources

import (
	"fmt"
	"net/url"
	"time"
)

// The kinds of fetch failure, in FetchError.Kind.
const (
	KindTimeout        = "timeout"         // the request or the body took longer than FetchOptions.Timeout
	KindStatus         = "status"          // the server answered with a status other than 2xx or 304
	KindTooLarge       = "too_large"       // the body (after gzip) is larger than FetchOptions.MaxBody
	KindRedirects      = "redirects"       // more than FetchOptions.MaxRedirects redirects
	KindBlockedAddress = "blocked_address" // the host resolves to a loopback, private, link-local, … address
	KindNetwork        = "network"         // DNS, connection, TLS, a body cut short
	KindDecode         = "decode"          // bad gzip, an unsupported Content-Encoding, a failing charset decoder
	KindBadURL         = "bad_url"         // unparsable, or a scheme other than http and https (also on redirect)
	KindRateLimited    = "rate_limited"    // the host asked to wait (Retry-After) and the wait is not over; nothing was sent
	KindCanceled       = "canceled"        // the caller's context was cancelled
)

// FetchError is why a fetch failed. Its Error names the URL (without user
// information or query, which may hold secrets), the kind and the cause.
type FetchError struct {
	SourceID   string        // from the Request
	URL        string        // the requested URL, redacted
	StatusCode int           // the HTTP status for KindStatus, else 0
	RetryAfter time.Duration // what the server asked for (Retry-After), or the rest of that wait; 0 if nothing
	Kind       string        // one of the Kind constants
	Err        error         // the cause
}

// Error says what happened and where, e.g. "sources: fetch news
// https://example.org/feed.xml: status: HTTP 503 Service Unavailable, retry
// after 2m0s".
func (e *FetchError) Error() string {
	where := e.URL
	if e.SourceID != "" {
		where = e.SourceID + " " + e.URL
	}
	msg := fmt.Sprintf("sources: fetch %s: %s", where, e.Kind)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	if e.RetryAfter > 0 {
		msg += ", retry after " + e.RetryAfter.String()
	}
	return msg
}

// Unwrap returns the cause.
func (e *FetchError) Unwrap() error { return e.Err }

// redactURL returns raw without user information and with the query and
// fragment replaced by a marker, for logs and errors. An unparsable URL is
// not echoed at all.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return redactParsedURL(u)
}

func redactParsedURL(u *url.URL) string {
	c := *u
	c.User = nil
	c.Fragment, c.RawFragment = "", ""
	if c.RawQuery != "" || c.ForceQuery {
		c.RawQuery, c.ForceQuery = "", false
		return c.String() + "?…"
	}
	return c.String()
}
