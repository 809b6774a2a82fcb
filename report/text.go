package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// DateText formats the day a figure refers to, or "date unknown".
func DateText(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return t.UTC().Format(time.DateOnly)
}

// ValueWithUnit formats a figure's value with its qualifier and the
// metric's unit: "≥400 people".
func ValueWithUnit(f tracker.Figure, unit string) string {
	if unit == "" {
		return f.ValueText()
	}
	return f.ValueText() + " " + unit
}

// FigureSummary is one line about a figure: "Foro Penal confirmed 56
// people (2026-01-09, figure #1)".
func FigureSummary(f tracker.Figure, unit string) string {
	return fmt.Sprintf("%s %s %s (%s, figure #%d)", f.Actor, f.Stance, ValueWithUnit(f, unit), DateText(f.Date()), f.ID)
}

// GapWords says in words which side of a standing is higher: "claimed is
// 344 above confirmed", "claimed is 1,730 below confirmed", "claimed equals
// confirmed"; "" when one side is missing.
func GapWords(s tracker.Standing) string {
	switch {
	case s.Gap == nil:
		return ""
	case *s.Gap > 0:
		return "claimed is " + tracker.FormatInt(*s.Gap) + " above confirmed"
	case *s.Gap < 0:
		return "claimed is " + tracker.FormatInt(-*s.Gap) + " below confirmed"
	}
	return "claimed equals confirmed"
}

// RatioWords states a standing's ratio: "the claim is 0.37× the confirmed
// figure"; "" when there is no ratio (a side is missing or nothing is
// confirmed).
func RatioWords(s tracker.Standing) string {
	if s.Ratio == nil {
		return ""
	}
	return "the claim is " + RatioText(*s.Ratio) + "× the confirmed figure"
}

// GapText formats a standing's gap and ratio in words: "claimed is 1,730
// below confirmed (the claim is 0.37× the confirmed figure)", or "n/a" when
// one side is missing.
func GapText(s tracker.Standing) string {
	if s.Gap == nil {
		return "n/a (needs both a confirmed and a claimed figure)"
	}
	out := GapWords(s)
	if r := RatioWords(s); r != "" && *s.Gap != 0 {
		out += " (" + r + ")"
	}
	return out
}

// GapDirectionText explains which gaps a metric flags: "a claim above or
// below the confirmed figure", "a claim above the confirmed figure", "a
// claim below the confirmed figure".
func GapDirectionText(d tracker.GapDirection) string {
	switch d {
	case tracker.GapOver:
		return "a claim above the confirmed figure"
	case tracker.GapUnder:
		return "a claim below the confirmed figure"
	}
	return "a claim above or below the confirmed figure"
}

// RatioText formats a ratio with one decimal, or two below 10.
func RatioText(r float64) string {
	if r >= 10 {
		return fmt.Sprintf("%.1f", r)
	}
	return fmt.Sprintf("%.2f", r)
}

// FlagsText joins flags, or "none".
func FlagsText(flags []tracker.Flag) string {
	if len(flags) == 0 {
		return "none"
	}
	s := make([]string, len(flags))
	for i, f := range flags {
		s[i] = string(f)
	}
	return strings.Join(s, ", ")
}

// FlagMeaning explains a flag of a standing in a few words, for people who
// meet it first. For GAP it says which side is higher and by how much the
// metric's thresholds allow.
func FlagMeaning(f tracker.Flag, st tracker.Standing) string {
	m := st.Metric
	switch f {
	case tracker.FlagGap:
		var parts []string
		if m.Gap.MinAbs > 0 {
			parts = append(parts, "by "+tracker.FormatInt(m.Gap.MinAbs)+" or more")
		}
		if m.Gap.MinRatio > 0 {
			if st.GapSide == tracker.GapUnder {
				parts = append(parts, fmt.Sprintf("confirmed is %g× the claim or more", m.Gap.MinRatio))
			} else {
				parts = append(parts, fmt.Sprintf("%g× or more", m.Gap.MinRatio))
			}
		}
		switch st.GapSide {
		case tracker.GapUnder:
			return "the claim is below what is confirmed " + strings.Join(parts, ", or ")
		case tracker.GapOver:
			return "the claim exceeds what is confirmed " + strings.Join(parts, ", or ")
		}
		return "the claim differs from what is confirmed " + strings.Join(parts, ", or ")
	case tracker.FlagStale:
		return "the confirmed figure is older than " + m.StaleAfter.String()
	case tracker.FlagDrop:
		return "a count that should only grow went down"
	case tracker.FlagConflict:
		return "independent verifiers disagree"
	case tracker.FlagUnsourced:
		return "a figure shown has no evidence link"
	}
	return ""
}

// StandingText renders a standing as a few plain-text lines.
func StandingText(s tracker.Standing) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n", s.Metric.Name, s.Metric.ID)
	side := func(label string, f *tracker.Figure, sup tracker.Support) {
		if f == nil {
			fmt.Fprintf(&b, "  %-10s none approved yet\n", label)
			return
		}
		fmt.Fprintf(&b, "  %-10s %s — %s, %s, figure #%d", label, ValueWithUnit(*f, s.Metric.Unit), f.Actor, DateText(f.Date()), f.ID)
		if f.Evidence.URL != "" {
			fmt.Fprintf(&b, "\n  %-10s %s", "", f.Evidence.URL)
		}
		if c := SupportText(sup); c != "" {
			fmt.Fprintf(&b, " (%s)", c)
		}
		b.WriteByte('\n')
	}
	side("confirmed", s.Confirmed, s.ConfirmedSupport)
	side("claimed", s.Claimed, s.ClaimedSupport)
	fmt.Fprintf(&b, "  %-10s %s\n", "gap", GapText(s))
	fmt.Fprintf(&b, "  %-10s %s\n", "flags", FlagsText(s.Flags))
	if s.Has(tracker.FlagConflict) {
		for _, c := range s.Confirmers {
			fmt.Fprintf(&b, "  %-10s %s\n", "", FigureSummary(c, s.Metric.Unit))
		}
	}
	return b.String()
}

// CorrectionText renders one audit entry: "2026-01-10 12:00 UTC  correct
// #1 56 → 65 (approved → superseded, new figure #5) by ana: recount".
func CorrectionText(c tracker.Correction) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %-8s #%d ", c.At.UTC().Format("2006-01-02 15:04 UTC"), c.Action, c.FigureID)
	if c.OldValue != c.NewValue {
		fmt.Fprintf(&b, "%s → %s", tracker.FormatInt(c.OldValue), tracker.FormatInt(c.NewValue))
	} else {
		b.WriteString(tracker.FormatInt(c.NewValue))
	}
	if c.OldStatus != "" {
		fmt.Fprintf(&b, " (%s → %s", c.OldStatus, c.NewStatus)
	} else {
		fmt.Fprintf(&b, " (%s", c.NewStatus)
	}
	if c.NewFigureID != 0 {
		fmt.Fprintf(&b, ", new figure #%d", c.NewFigureID)
	}
	fmt.Fprintf(&b, ") by %s", c.By)
	if c.Reason != "" {
		fmt.Fprintf(&b, ": %s", c.Reason)
	}
	return b.String()
}

// SupportText says how many links and sites back a figure ("3 links from 2
// sites"), or "" when there is at most one link: a single source needs no
// count.
func SupportText(s tracker.Support) string {
	if s.Evidence <= 1 {
		return ""
	}
	site := "sites"
	if s.Sources == 1 {
		site = "site"
	}
	return fmt.Sprintf("%d links from %d %s", s.Evidence, s.Sources, site)
}
