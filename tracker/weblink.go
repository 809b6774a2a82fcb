package tracker

import (
	"net/url"
	"strings"
)

// WebLink returns raw, normalised, when it is an absolute http or https URL
// (surrounding space is ignored), and "" otherwise. It is the one rule for
// an address that is evidence, a source or a link people may follow.
func WebLink(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// ShownLink returns the web link people may see and follow: WebLink's
// result with its credentials and secret query values redacted
// (RedactURL), or "" when raw is not an absolute http or https URL.
func ShownLink(raw string) string {
	if u := WebLink(raw); u != "" {
		return RedactURL(u)
	}
	return ""
}

// The high-end input rules, as errors callers can tell apart to word them
// in their own interface (a flag, a slash-command option).
var (
	ErrRangeNeedsHighEnd = Errorf(Invalid, "qualifier range needs a high end")
	ErrHighEndNeedsRange = Errorf(Invalid, "only a range has a high end")
)

// CheckHighEnd applies the input rule for a high end: a range needs one
// and only a range may have one. An empty qualifier (a correction that
// keeps the figure's qualifier) accepts either. It returns nil,
// ErrRangeNeedsHighEnd or ErrHighEndNeedsRange.
func CheckHighEnd(q Qualifier, hasHigh bool) error {
	switch {
	case q == Range && !hasHigh:
		return ErrRangeNeedsHighEnd
	case q != "" && q != Range && hasHigh:
		return ErrHighEndNeedsRange
	}
	return nil
}
