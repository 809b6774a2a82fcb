package tracker

import (
	"regexp"
	"strings"
	"time"
)

// DefaultStaleAfter is how long a confirmed figure stays fresh when a metric
// does not say otherwise.
const DefaultStaleAfter = 168 * time.Hour

// DefaultUnit is the unit of a metric that names none.
const DefaultUnit = "people"

var slugRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// ValidSlug reports whether s is a valid metric or source id: lower-case
// letters, digits and single hyphens, not starting or ending with a hyphen.
func ValidSlug(s string) bool { return len(s) <= 64 && slugRE.MatchString(s) }

// GapDirection says which side of a gap is flagged: a claim above the
// confirmed figure (over), below it (under), or either (both).
type GapDirection string

// The gap directions. GapBoth is the default.
const (
	GapOver  GapDirection = "over"  // the claim is higher than what is confirmed
	GapUnder GapDirection = "under" // the claim is lower than what is confirmed
	GapBoth  GapDirection = "both"  // either
)

// ParseGapDirection returns the direction named s ("" is GapBoth), or an
// Invalid error listing the directions.
func ParseGapDirection(s string) (GapDirection, error) {
	switch d := GapDirection(strings.ToLower(strings.TrimSpace(s))); d {
	case "":
		return GapBoth, nil
	case GapOver, GapUnder, GapBoth:
		return d, nil
	}
	return "", Errorf(Invalid, "gap direction %q is not one of over, under, both", s)
}

// GapThreshold says when the distance between the claimed and the confirmed
// figure is worth flagging. A zero MinAbs or MinRatio is disabled.
//
// With Direction over, GAP is raised when the claim is higher and
// claimed − confirmed ≥ MinAbs or claimed / confirmed ≥ MinRatio; with
// under, the same with confirmed and claimed swapped (the interested party
// understates); with both (the default, also for ""), either.
type GapThreshold struct {
	MinAbs    int64   // flag when higher − lower ≥ MinAbs
	MinRatio  float64 // flag when higher / lower ≥ MinRatio
	Direction GapDirection
}

// Dir returns the threshold's direction, GapBoth when unset.
func (g GapThreshold) Dir() GapDirection {
	if g.Direction == "" {
		return GapBoth
	}
	return g.Direction
}

// Allows reports whether a gap on side (GapOver or GapUnder) may be flagged.
func (g GapThreshold) Allows(side GapDirection) bool {
	d := g.Dir()
	return d == GapBoth || d == side
}

// Metric is one contested quantity, such as the number of political
// prisoners released.
type Metric struct {
	ID         string
	Name       string
	Unit       string
	Cumulative bool // a cumulative count should never fall (DROP)
	Keywords   []string
	Gap        GapThreshold
	StaleAfter time.Duration
}

// Validate returns an Invalid error naming the first field that is wrong.
func (m Metric) Validate() error {
	switch {
	case !ValidSlug(m.ID):
		return Errorf(Invalid, "metric id %q must be lower-case letters, digits and hyphens", m.ID)
	case strings.TrimSpace(m.Name) == "":
		return Errorf(Invalid, "metric %s: name is empty", m.ID)
	case m.Gap.MinAbs < 0:
		return Errorf(Invalid, "metric %s: gap.min_abs must not be negative", m.ID)
	case m.Gap.MinRatio < 0:
		return Errorf(Invalid, "metric %s: gap.min_ratio must not be negative", m.ID)
	case m.Gap.Direction != "" && m.Gap.Direction != GapOver && m.Gap.Direction != GapUnder && m.Gap.Direction != GapBoth:
		return Errorf(Invalid, "metric %s: gap.direction %q is not one of over, under, both", m.ID, m.Gap.Direction)
	case m.StaleAfter < 0:
		return Errorf(Invalid, "metric %s: stale_after must not be negative", m.ID)
	}
	return nil
}

// WithDefaults returns m with the default unit and staleness filled in.
func (m Metric) WithDefaults() Metric {
	if m.Unit == "" {
		m.Unit = DefaultUnit
	}
	if m.StaleAfter == 0 {
		m.StaleAfter = DefaultStaleAfter
	}
	if m.Gap.Direction == "" {
		m.Gap.Direction = GapBoth
	}
	return m
}

// FindMetric returns the metric with the given id and whether it was found.
func FindMetric(metrics []Metric, id string) (Metric, bool) {
	for _, m := range metrics {
		if m.ID == id {
			return m, true
		}
	}
	return Metric{}, false
}
