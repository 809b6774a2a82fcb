package tracker

import "strings"

// Format is how a source's body is read.
type Format string

// The source formats. An empty format means "from the Content-Type".
const (
	FormatAuto Format = ""
	FormatRSS  Format = "rss"
	FormatAtom Format = "atom"
	FormatHTML Format = "html"
	FormatJSON Format = "json"
	FormatCSV  Format = "csv"
	FormatText Format = "text"
)

// ParseFormat returns the format named s ("" is automatic), or an Invalid
// error listing the formats.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case FormatAuto, FormatRSS, FormatAtom, FormatHTML, FormatJSON, FormatCSV, FormatText:
		return f, nil
	}
	return "", Errorf(Invalid, "format %q is not one of rss, atom, html, json, csv, text", s)
}

// Review says whether a source's figures need a moderator's approval.
type Review string

// The review modes. Required is the default: nothing automatic is trusted
// unless the operator says so.
const (
	ReviewAuto     Review = "auto"
	ReviewRequired Review = "required"
)

// ParseReview returns the review mode named s ("" is required), or an
// Invalid error.
func ParseReview(s string) (Review, error) {
	switch r := Review(strings.ToLower(strings.TrimSpace(s))); r {
	case "":
		return ReviewRequired, nil
	case ReviewAuto, ReviewRequired:
		return r, nil
	}
	return "", Errorf(Invalid, "review %q is not one of auto, required", s)
}

// DefaultSchedule is how often a source is polled when it names no schedule.
const DefaultSchedule = "@every 15m"

// FieldRule reads one value from a structured place on a source: a CSS
// selector in HTML, a gojq expression in JSON, a column name in CSV.
type FieldRule struct {
	Metric  string // metric id
	Actor   string // canonical actor name
	Stance  Stance // empty: from the actor's role
	Select  string
	Pattern string // optional regexp with a named group "value"
}

// Source is a place gapwatch polls for figures.
type Source struct {
	ID           string
	URL          string
	Format       Format
	Schedule     string
	Review       Review
	AllowPrivate bool
	Figures      []FieldRule // structured reading
	Claims       []string    // metric ids to look for in prose
	Enabled      bool        // false once removed from the tracker file
}
