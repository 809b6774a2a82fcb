package tracker

import (
	"strings"
	"time"
)

// Stance says whether a figure is a verified confirmation or a claim.
type Stance string

// The stances.
const (
	Confirmed Stance = "confirmed"
	Claimed   Stance = "claimed"
)

// ParseStance returns the stance named s, or an Invalid error.
func ParseStance(s string) (Stance, error) {
	switch st := Stance(strings.ToLower(strings.TrimSpace(s))); st {
	case Confirmed, Claimed:
		return st, nil
	}
	return "", Errorf(Invalid, "stance %q is not one of confirmed, claimed", s)
}

// Qualifier says how exact a figure is.
type Qualifier string

// The qualifiers. Range figures carry a low (Value) and a high (ValueHigh)
// end.
const (
	Exact   Qualifier = "exact"
	AtLeast Qualifier = "at_least"
	AtMost  Qualifier = "at_most"
	About   Qualifier = "about"
	Range   Qualifier = "range"
)

// ParseQualifier returns the qualifier named s ("" is exact; "at-least" and
// "at least" are accepted for at_least), or an Invalid error.
func ParseQualifier(s string) (Qualifier, error) {
	key := strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
	switch q := Qualifier(key); q {
	case "":
		return Exact, nil
	case Exact, AtLeast, AtMost, About, Range:
		return q, nil
	}
	return "", Errorf(Invalid, "qualifier %q is not one of exact, at_least, at_most, about, range", s)
}

// Symbol is a short prefix for display: "≥", "≤", "~" or "".
func (q Qualifier) Symbol() string {
	switch q {
	case AtLeast:
		return "≥"
	case AtMost:
		return "≤"
	case About:
		return "~"
	}
	return ""
}

// Status is where a figure is in its review life.
type Status string

// The statuses. Only approved figures count in standings.
const (
	Pending    Status = "pending"
	Approved   Status = "approved"
	Rejected   Status = "rejected"
	Retracted  Status = "retracted"
	Superseded Status = "superseded"
)

// ParseStatus returns the status named s, or an Invalid error.
func ParseStatus(s string) (Status, error) {
	switch st := Status(strings.ToLower(strings.TrimSpace(s))); st {
	case Pending, Approved, Rejected, Retracted, Superseded:
		return st, nil
	}
	return "", Errorf(Invalid, "status %q is not one of pending, approved, rejected, retracted, superseded", s)
}

// Origin says how a figure entered gapwatch.
type Origin string

// The origins.
const (
	OriginManual     Origin = "manual"     // added by a person
	OriginStructured Origin = "structured" // read from a field of a source
	OriginProse      Origin = "prose"      // extracted from the text of an article
)

// Evidence is where a figure was seen: the address, the quoted sentence and
// where in the text it stands.
type Evidence struct {
	URL         string
	Quote       string
	Start, End  int    // character offsets of the quote in the item text
	ContentHash string // hash of the item or page the quote came from
	SourceID    string // empty for manual figures
	SeenAt      time.Time
	// SnapshotHash names the archived text the quote was taken from (see
	// Snapshot); empty for manual evidence and for evidence stored before
	// snapshots were kept.
	SnapshotHash string
	// Snapshot is the text to archive with the evidence when it is
	// recorded; the store keeps it once per hash and sets SnapshotHash.
	// It is nil when evidence is read back.
	Snapshot *Snapshot
}

// Figure is one number stated by one actor about one metric, with its
// evidence and review status. Figures are never deleted or rewritten: a
// correction creates a new figure that supersedes the old one.
type Figure struct {
	ID           int64
	MetricID     string
	Value        int64
	ValueHigh    int64 // the high end of a Range; 0 otherwise
	Qualifier    Qualifier
	Stance       Stance
	Actor        string // canonical actor name
	SourceID     string // empty for manual figures
	Origin       Origin
	Evidence     Evidence // the first evidence; repeats are kept by the store
	AsOf         time.Time
	SeenAt       time.Time
	Status       Status
	CreatedBy    string
	Supersedes   int64 // the figure this one corrects, or 0
	SupersededBy int64 // the figure that corrects this one, or 0
	Revision     int   // incremented by every action on the figure
}

// Date is the day the figure refers to: AsOf, or SeenAt when AsOf is unset.
func (f Figure) Date() time.Time {
	if f.AsOf.IsZero() {
		return f.SeenAt
	}
	return f.AsOf
}

// Newer reports whether f sorts after g: by the date it refers to, then by
// when it was seen, then by id.
func (f Figure) Newer(g Figure) bool {
	if fd, gd := f.Date(), g.Date(); !fd.Equal(gd) {
		return fd.After(gd)
	}
	if !f.SeenAt.Equal(g.SeenAt) {
		return f.SeenAt.After(g.SeenAt)
	}
	return f.ID > g.ID
}

// ValueText formats the value with its qualifier: "56", "≥56", "~400",
// "300–400".
func (f Figure) ValueText() string {
	if f.Qualifier == Range {
		return FormatInt(f.Value) + "–" + FormatInt(f.ValueHigh)
	}
	return f.Qualifier.Symbol() + FormatInt(f.Value)
}

// DedupKey identifies the statement a figure records: the same metric,
// actor, stance, value, qualifier and date are one figure however many
// articles repeat them.
func (f Figure) DedupKey() string {
	return strings.Join([]string{
		f.MetricID, FoldName(f.Actor), string(f.Stance),
		FormatPlain(f.Value), FormatPlain(f.ValueHigh), string(f.Qualifier),
		f.Date().UTC().Format(time.DateOnly),
	}, "|")
}

// Validate checks a figure before it is stored; it returns an Invalid error
// naming the first wrong field. An evidence URL, when there is one, must be
// a WebLink.
func (f Figure) Validate() error {
	if f.Evidence.URL != "" && WebLink(f.Evidence.URL) == "" {
		return Errorf(Invalid, "figure: evidence URL %q is not an absolute http or https URL", f.Evidence.URL)
	}
	return f.validateFields()
}

// validateFields is Validate without the evidence: a correction's
// replacement carries evidence that was accepted when it was first stored.
func (f Figure) validateFields() error {
	switch {
	case f.MetricID == "":
		return Errorf(Invalid, "figure: metric is empty")
	case f.Value < 0:
		return Errorf(Invalid, "figure: value %d is negative", f.Value)
	case f.Qualifier == Range && f.ValueHigh < f.Value:
		return Errorf(Invalid, "figure: range high end %d is below its low end %d", f.ValueHigh, f.Value)
	case f.Qualifier != Range && f.ValueHigh != 0:
		return Errorf(Invalid, "figure: only a range has a high end")
	case strings.TrimSpace(f.Actor) == "":
		return Errorf(Invalid, "figure: actor is empty")
	}
	if _, err := ParseStance(string(f.Stance)); err != nil {
		return err
	}
	if _, err := ParseQualifier(string(f.Qualifier)); err != nil {
		return err
	}
	if _, err := ParseStatus(string(f.Status)); err != nil {
		return err
	}
	return nil
}

// FormatPlain formats n in decimal without separators.
func FormatPlain(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// FormatInt formats n with a comma every three digits: 1,234,567.
func FormatInt(n int64) string {
	s := FormatPlain(n)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return sign + s
}

// ParseDate reads a YYYY-MM-DD date as midnight UTC, or returns an Invalid
// error saying the expected form.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, Errorf(Invalid, "date %q is not in the form YYYY-MM-DD", s)
	}
	return t, nil
}

// FigureFilter selects figures. Zero fields do not filter.
type FigureFilter struct {
	MetricID string
	Status   Status
	Stance   Stance
	Actor    string
	SourceID string
	Since    time.Time // figures whose date is on or after Since
	Before   time.Time // figures whose date is before Before (zero: no bound)
	Limit    int       // 0: no limit
	Offset   int       // rows skipped before the first returned (paging)
	// Oldest lists oldest first; by default the newest come first (by date,
	// then when seen, then id).
	Oldest bool
}

// Audit is the full story of a figure: every figure of its correction
// chain, oldest first, with their evidence, and every correction of any of
// them in the order they were made.
type Audit struct {
	Figures     []Figure
	Evidence    map[int64][]Evidence
	Corrections []Correction
}
