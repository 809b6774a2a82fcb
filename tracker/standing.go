package tracker

import (
	"sort"
	"time"
)

// Flag marks something a reader of a standing should notice.
type Flag string

// The flags, in the order they are reported.
const (
	FlagGap       Flag = "GAP"       // claim and confirmation differ by the metric's threshold, in a direction it flags
	FlagStale     Flag = "STALE"     // the confirmed figure is older than the metric's stale_after
	FlagDrop      Flag = "DROP"      // a cumulative count went down for one actor
	FlagConflict  Flag = "CONFLICT"  // confirmers' latest figures disagree
	FlagUnsourced Flag = "UNSOURCED" // a figure in the standing has no evidence URL
)

// AllFlags lists the flags in reporting order.
var AllFlags = []Flag{FlagGap, FlagStale, FlagDrop, FlagConflict, FlagUnsourced}

// Standing is what is known about a metric now: the latest approved
// confirmed and claimed figures and what sets them apart. It is computed,
// never stored as truth.
type Standing struct {
	Metric    Metric
	Confirmed *Figure
	Claimed   *Figure
	Gap       *int64   // Claimed − Confirmed; nil unless both exist
	Ratio     *float64 // Claimed / Confirmed; nil unless both exist and Confirmed > 0
	Flags     []Flag
	// GapSide says which side raised GAP: GapOver when the claim is the
	// higher figure, GapUnder when it is the lower; "" without GAP.
	GapSide GapDirection
	// Confirmers holds the latest approved confirmed figure of each actor,
	// newest first (more than one entry can mean CONFLICT).
	Confirmers []Figure
	// Drops holds, for each DROP, the actor's figure that went down.
	Drops []Figure
	// ConfirmedSupport and ClaimedSupport count the distinct URLs and
	// sites behind Confirmed and Claimed; the store fills them (zero when
	// the figure is absent or the standing was computed without evidence).
	ConfirmedSupport, ClaimedSupport Support
}

// Has reports whether the standing carries flag f.
func (s Standing) Has(f Flag) bool { return HasFlag(s.Flags, f) }

// HasFlag reports whether flags holds f.
func HasFlag(flags []Flag, f Flag) bool {
	for _, g := range flags {
		if g == f {
			return true
		}
	}
	return false
}

// LastUpdate is the date of the newest figure in the standing, or the zero
// time when there is none.
func (s Standing) LastUpdate() time.Time {
	var t time.Time
	for _, f := range []*Figure{s.Confirmed, s.Claimed} {
		if f != nil && f.Date().After(t) {
			t = f.Date()
		}
	}
	return t
}

// ComputeStanding returns the standing of metric m from figures (any
// statuses, any metrics: only m's approved figures count) at time now.
// Range figures count by their low end.
func ComputeStanding(m Metric, figures []Figure, now time.Time) Standing {
	m = m.WithDefaults()
	st := Standing{Metric: m}
	byActor := map[string][]Figure{} // approved figures per actor and stance, newest first
	for _, f := range figures {
		if f.MetricID != m.ID || f.Status != Approved {
			continue
		}
		k := FoldName(f.Actor) + "|" + string(f.Stance)
		byActor[k] = append(byActor[k], f)
		switch f.Stance {
		case Confirmed:
			if st.Confirmed == nil || f.Newer(*st.Confirmed) {
				c := f
				st.Confirmed = &c
			}
		case Claimed:
			if st.Claimed == nil || f.Newer(*st.Claimed) {
				c := f
				st.Claimed = &c
			}
		}
	}
	if st.Confirmed != nil && st.Claimed != nil {
		gap := st.Claimed.Value - st.Confirmed.Value
		st.Gap = &gap
		if st.Confirmed.Value > 0 {
			r := float64(st.Claimed.Value) / float64(st.Confirmed.Value)
			st.Ratio = &r
		}
	}

	keys := make([]string, 0, len(byActor))
	for k, fs := range byActor {
		sort.Slice(fs, func(i, j int) bool { return fs[i].Newer(fs[j]) })
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fs := byActor[k]
		if fs[0].Stance == Confirmed {
			st.Confirmers = append(st.Confirmers, fs[0])
		}
		if m.Cumulative && len(fs) > 1 && fs[0].Value < fs[1].Value {
			st.Drops = append(st.Drops, fs[0])
		}
	}
	sort.SliceStable(st.Confirmers, func(i, j int) bool { return st.Confirmers[i].Newer(st.Confirmers[j]) })

	if st.Confirmed != nil && st.Claimed != nil {
		if side := GapSideOf(m.Gap, st.Confirmed.Value, st.Claimed.Value); side != "" {
			st.GapSide = side
			st.Flags = append(st.Flags, FlagGap)
		}
	}
	if st.Confirmed != nil && now.Sub(st.Confirmed.Date()) > m.StaleAfter {
		st.Flags = append(st.Flags, FlagStale)
	}
	if len(st.Drops) > 0 {
		st.Flags = append(st.Flags, FlagDrop)
	}
	for _, c := range st.Confirmers[min(1, len(st.Confirmers)):] {
		if c.Value != st.Confirmers[0].Value || c.ValueHigh != st.Confirmers[0].ValueHigh {
			st.Flags = append(st.Flags, FlagConflict)
			break
		}
	}
	if (st.Confirmed != nil && st.Confirmed.Evidence.URL == "") || (st.Claimed != nil && st.Claimed.Evidence.URL == "") {
		st.Flags = append(st.Flags, FlagUnsourced)
	}
	return st
}

// GapSideOf returns the side on which claimed differs from confirmed enough
// to raise GAP under g — GapOver (the claim is higher) or GapUnder (the claim
// is lower) — or "" when the difference is below the thresholds or on a side
// g does not flag. The higher figure passes MinRatio when higher / lower ≥
// MinRatio; a positive figure against zero passes any ratio.
func GapSideOf(g GapThreshold, confirmed, claimed int64) GapDirection {
	side, hi, lo := GapOver, claimed, confirmed
	if claimed < confirmed {
		side, hi, lo = GapUnder, confirmed, claimed
	}
	if hi == lo || !g.Allows(side) {
		return ""
	}
	abs := g.MinAbs > 0 && hi-lo >= g.MinAbs
	ratio := g.MinRatio > 0 && (lo == 0 || float64(hi)/float64(lo) >= g.MinRatio)
	if abs || ratio {
		return side
	}
	return ""
}

// FlagChanges compares the flags of two standings of one metric and returns
// those that appeared and those that cleared, in reporting order.
func FlagChanges(before, after []Flag) (raised, cleared []Flag) {
	for _, f := range AllFlags {
		switch b, a := HasFlag(before, f), HasFlag(after, f); {
		case a && !b:
			raised = append(raised, f)
		case b && !a:
			cleared = append(cleared, f)
		}
	}
	return raised, cleared
}

// AlertFlags are the flags whose appearing or clearing is announced to
// subscribed channels. UNSOURCED is shown but not announced.
var AlertFlags = []Flag{FlagGap, FlagStale, FlagDrop, FlagConflict}

// OnlyAlertFlags returns the flags of fs that are in AlertFlags.
func OnlyAlertFlags(fs []Flag) []Flag {
	var out []Flag
	for _, f := range fs {
		if HasFlag(AlertFlags, f) {
			out = append(out, f)
		}
	}
	return out
}
