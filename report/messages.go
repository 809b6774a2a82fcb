package report

import (
	"fmt"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// Colours of messages (Discord embed colours).
const (
	ColorConfirmed  = 0x3BA55C // green
	ColorClaimed    = 0xE67E22 // orange
	ColorCorrection = 0x5865F2 // blurple
	ColorRetraction = 0xED4245 // red
	ColorFlag       = 0xFEE75C // yellow
	ColorNotice     = 0x99AAB5 // grey
	ColorDigest     = 0x2B83D6 // blue
)

// Messages renders alerts, digests and notices as tracker.Message values.
// It implements the ingest package's Renderer.
type Messages struct {
	// PublicURL, when set, is the address of the web page: messages link
	// figures to PublicURL/f/ID.
	PublicURL string
}

// Permalink returns the web page of a figure, or "" without a PublicURL.
func (r Messages) Permalink(id int64) string {
	if r.PublicURL == "" || id == 0 {
		return ""
	}
	return fmt.Sprintf("%s/f/%d", strings.TrimRight(r.PublicURL, "/"), id)
}

func stanceColor(s tracker.Stance) int {
	if s == tracker.Confirmed {
		return ColorConfirmed
	}
	return ColorClaimed
}

// sideText is one side of a standing: "**72** people — Foro Penal, 2026-01-12".
func sideText(f *tracker.Figure, unit string) string {
	if f == nil {
		return "none approved yet"
	}
	return fmt.Sprintf("%s — %s, %s", Bold(Escape(ValueWithUnit(*f, unit))), Escape(f.Actor), DateText(f.Date()))
}

// standingFields are the fields every message about a metric shows.
func standingFields(st tracker.Standing) []tracker.Field {
	return []tracker.Field{
		{Name: "Confirmed", Value: sideText(st.Confirmed, st.Metric.Unit), Inline: true},
		{Name: "Claimed", Value: sideText(st.Claimed, st.Metric.Unit), Inline: true},
		{Name: "Gap", Value: Escape(GapText(st)), Inline: true},
		{Name: "Flags", Value: FlagsText(st.Flags), Inline: true},
	}
}

// quoteText renders an evidence quote as a markdown block quote.
func quoteText(q string) string {
	q = strings.TrimSpace(q)
	if q == "" {
		return ""
	}
	return "> " + Escape(Truncate(strings.Join(strings.Fields(q), " "), 900))
}

func (r Messages) links(f tracker.Figure) []string {
	var out []string
	if u := tracker.ShownLink(f.Evidence.URL); u != "" {
		out = append(out, u)
	}
	if p := r.Permalink(f.ID); p != "" {
		out = append(out, p)
	}
	return out
}

func (r Messages) figureURL(f tracker.Figure) string {
	if p := r.Permalink(f.ID); p != "" {
		return p
	}
	return tracker.ShownLink(f.Evidence.URL)
}

// FigureAlert announces a figure approved, corrected or retracted.
func (r Messages) FigureAlert(e tracker.FigureEvent) tracker.Message {
	f, shown, c, unit := e.Figure, e.Shown(), e.Correction, e.Metric.Unit
	m := tracker.Message{Kind: tracker.KindAlert, Timestamp: c.At, URL: r.figureURL(shown), Links: r.links(shown)}
	switch c.Action {
	case tracker.ActionCorrect:
		m.Title = fmt.Sprintf("Corrected: %s → %s — %s", f.ValueText(), shown.ValueText(), e.Metric.Name)
		m.Description = fmt.Sprintf("%s's %s figure: %s.", Escape(f.Actor), f.Stance,
			CorrectedText(Escape(ValueWithUnit(f, unit)), Escape(ValueWithUnit(shown, unit))))
		m.Color = ColorCorrection
	case tracker.ActionRetract:
		m.Title = fmt.Sprintf("Retracted: %s — %s", f.ValueText(), e.Metric.Name)
		m.Description = fmt.Sprintf("%s's %s figure of %s was retracted.", Escape(f.Actor), f.Stance, Strike(Escape(ValueWithUnit(f, unit))))
		m.Color = ColorRetraction
	default:
		verb := "Confirmed"
		if f.Stance == tracker.Claimed {
			verb = "Claimed"
		}
		m.Title = fmt.Sprintf("%s: %s — %s", verb, f.ValueText(), e.Metric.Name)
		m.Description = fmt.Sprintf("%s %s %s (%s).", Escape(f.Actor), f.Stance, Bold(Escape(ValueWithUnit(f, unit))), DateText(f.Date()))
		m.Color = stanceColor(f.Stance)
		// Delivered after a later change, the alert still reports its own
		// event, and says what became of the figure since.
		switch {
		case f.Status == tracker.Superseded && f.SupersededBy != 0:
			m.Description += fmt.Sprintf("\nSince then this figure was corrected (figure #%d replaces it); the standing below is current.", f.SupersededBy)
		case f.Status == tracker.Retracted:
			m.Description += "\nSince then this figure was retracted; the standing below is current."
		case f.Status == tracker.Rejected:
			m.Description += "\nSince then this figure was rejected; the standing below is current."
		}
	}
	if q := quoteText(shown.Evidence.Quote); q != "" {
		m.Description += "\n" + q
	}
	if c.Reason != "" && c.Action != tracker.ActionAdd {
		m.Fields = append(m.Fields, tracker.Field{Name: "Reason", Value: Escape(c.Reason)})
	}
	m.Fields = append(m.Fields, standingFields(e.Standing)...)
	if u := tracker.ShownLink(shown.Evidence.URL); u != "" {
		m.Fields = append(m.Fields, tracker.Field{Name: "Evidence", Value: u})
	}
	m.Footer = fmt.Sprintf("figure #%d · %s by %s", shown.ID, c.Action, c.By)
	m.Title = Truncate(m.Title, 256)
	return m
}

// EditedAlert is an earlier alert after its figure was corrected or
// retracted: the old value struck through, the new one beside it.
func (r Messages) EditedAlert(original tracker.Message, e tracker.FigureEvent) tracker.Message {
	m := original
	old := Escape(ValueWithUnit(e.Figure, e.Metric.Unit))
	note := ""
	switch e.Correction.Action {
	case tracker.ActionCorrect:
		note = "Corrected: " + CorrectedText(old, Escape(ValueWithUnit(e.Shown(), e.Metric.Unit)))
		m.Title = Truncate("[corrected] "+original.Title, 256)
		m.Color = ColorCorrection
	case tracker.ActionRetract:
		note = fmt.Sprintf("Retracted: %s (retracted)", Strike(old))
		m.Title = Truncate("[retracted] "+original.Title, 256)
		m.Color = ColorRetraction
	}
	if e.Correction.Reason != "" {
		note += " — " + Escape(e.Correction.Reason)
	}
	m.Description = note + "\n\n" + original.Description
	if p := r.Permalink(e.Shown().ID); p != "" {
		m.URL = p
	}
	return m
}

// CorrectionReply is the short notice posted in reply to an alert whose
// figure was corrected or retracted.
func (r Messages) CorrectionReply(e tracker.FigureEvent) tracker.Message {
	f, c := e.Figure, e.Correction
	m := tracker.Message{Kind: tracker.KindCorrection, Timestamp: c.At, Color: ColorCorrection}
	if c.Action == tracker.ActionRetract {
		m.Title = fmt.Sprintf("Retracted: %s's figure of %s", f.Actor, f.ValueText())
		m.Color = ColorRetraction
	} else {
		m.Title = fmt.Sprintf("Correction: %s → %s", f.ValueText(), e.Shown().ValueText())
	}
	m.Description = fmt.Sprintf("The figure above (#%d) was %s by %s", f.ID, pastTense(c.Action), Escape(c.By))
	if c.Reason != "" {
		m.Description += ": " + Escape(c.Reason)
	}
	m.Description += "."
	m.URL = r.figureURL(e.Shown())
	m.Links = r.links(e.Shown())
	m.Title = Truncate(m.Title, 256)
	return m
}

func pastTense(a tracker.Action) string {
	switch a {
	case tracker.ActionCorrect:
		return "corrected"
	case tracker.ActionRetract:
		return "retracted"
	case tracker.ActionApprove:
		return "approved"
	case tracker.ActionReject:
		return "rejected"
	}
	return "added"
}

// FlagAlert announces flags raised or cleared on a metric's standing.
func (r Messages) FlagAlert(st tracker.Standing, raised, cleared []tracker.Flag) tracker.Message {
	var parts []string
	for _, f := range raised {
		parts = append(parts, string(f)+" raised")
	}
	for _, f := range cleared {
		parts = append(parts, string(f)+" cleared")
	}
	m := tracker.Message{Kind: tracker.KindAlert, Color: ColorFlag, ChartMetric: st.Metric.ID,
		Title: Truncate(strings.Join(parts, ", ")+" — "+st.Metric.Name, 256)}
	var lines []string
	for _, f := range raised {
		lines = append(lines, fmt.Sprintf("%s: %s.", Bold(string(f)), FlagMeaning(f, st)))
	}
	for _, f := range cleared {
		lines = append(lines, fmt.Sprintf("%s no longer applies.", Bold(string(f))))
	}
	m.Description = strings.Join(lines, "\n")
	m.Fields = standingFields(st)
	for _, f := range []*tracker.Figure{st.Confirmed, st.Claimed} {
		if f != nil {
			m.Links = append(m.Links, r.links(*f)...)
		}
	}
	if st.Confirmed != nil {
		m.URL = r.figureURL(*st.Confirmed)
	}
	return m
}

// StaleNotice tells moderators that a metric's confirmed figure went stale.
func (r Messages) StaleNotice(st tracker.Standing) tracker.Message {
	m := tracker.Message{Kind: tracker.KindNotice, Color: ColorNotice,
		Title: Truncate("Confirmed figure is stale — "+st.Metric.Name, 256)}
	if st.Confirmed != nil {
		m.Description = fmt.Sprintf("The latest confirmed figure (%s, %s) is older than %s. Check the verifiers' sources for a newer count.",
			sideText(st.Confirmed, st.Metric.Unit), "figure #"+tracker.FormatPlain(st.Confirmed.ID), st.Metric.StaleAfter)
		m.Links = r.links(*st.Confirmed)
	}
	return m
}

// SourceNotice tells moderators about a source's health.
func (r Messages) SourceNotice(n tracker.SourceNotice) tracker.Message {
	m := tracker.Message{Kind: tracker.KindNotice, Color: ColorNotice}
	id := n.Source.ID
	switch n.Kind {
	case tracker.NoticeFailing:
		m.Title = "Source " + id + " is failing"
		m.Description = fmt.Sprintf("The last %d polls of %s failed. gapwatch keeps trying with growing intervals.", n.State.ConsecutiveFailures, id)
		m.Color = ColorRetraction
	case tracker.NoticeRecovered:
		m.Title = "Source " + id + " works again"
		m.Description = "Polling is back on its schedule."
		m.Color = ColorConfirmed
	case tracker.NoticeEmpty:
		m.Title = "Source " + id + ": a selector matched nothing"
		m.Description = "The page may have changed its layout; check the source's figures: in the tracker file."
	case tracker.NoticeMatching:
		m.Title = "Source " + id + ": selectors match again"
		m.Color = ColorConfirmed
	}
	if u := tracker.ShownLink(n.Source.URL); u != "" {
		m.URL = u
		m.Links = []string{u}
	}
	if n.State.LastError != "" && n.Kind == tracker.NoticeFailing {
		m.Fields = append(m.Fields, tracker.Field{Name: "Last error", Value: Escape(Truncate(n.State.LastError, 900))})
	}
	for _, miss := range n.Misses {
		m.Fields = append(m.Fields, tracker.Field{Name: fmt.Sprintf("figures[%d]", miss.Rule), Value: Escape(Truncate(miss.Select+": "+miss.Reason, 900))})
	}
	if !n.State.LastSuccess.IsZero() {
		m.Fields = append(m.Fields, tracker.Field{Name: "Last success", Value: n.State.LastSuccess.UTC().Format("2006-01-02 15:04 UTC"), Inline: true})
	}
	if !n.State.NextCheck.IsZero() && n.Kind == tracker.NoticeFailing {
		m.Fields = append(m.Fields, tracker.Field{Name: "Next try", Value: n.State.NextCheck.UTC().Format("2006-01-02 15:04 UTC"), Inline: true})
	}
	return m
}

// DeadLetterNotice tells moderators that Discord refuses messages to a
// channel for good (or that they kept failing): one notice per channel and
// failure episode.
func (r Messages) DeadLetterNotice(n tracker.DeadLetterNotice) tracker.Message {
	m := tracker.Message{Kind: tracker.KindNotice, Color: ColorRetraction,
		Title: Truncate("Messages to channel "+n.ChannelID+" are refused", 256)}
	if n.Paused {
		m.Description = fmt.Sprintf("Discord refused a %s for <#%s> for good, so the channel's alerts and digests are paused. "+
			"Give the bot access again (View Channel, Send Messages, Embed Links) and run /alerts on there to resume.", n.Kind, n.ChannelID)
	} else {
		m.Description = fmt.Sprintf("A %s for <#%s> was given up on and will not be retried. Other messages to the channel are still tried.", n.Kind, n.ChannelID)
	}
	m.Fields = append(m.Fields, tracker.Field{Name: "Reason", Value: Escape(Truncate(n.Reason, 900))})
	return m
}

// Digest renders a digest: per metric the standing, what changed since the
// channel's previous digest, and the new and corrected figures.
func (r Messages) Digest(d tracker.DigestInput) tracker.Message {
	m := tracker.Message{Kind: tracker.KindDigest, Color: ColorDigest, Timestamp: d.Now}
	if d.Scheduled {
		m.Title = "Digest — " + d.Now.UTC().Format("2 January 2006")
	} else {
		m.Title = "Digest on demand — " + d.Now.UTC().Format("2 January 2006 15:04 UTC")
	}
	if len(d.Metrics) == 0 {
		m.Description = "No metrics to report."
	}
	for _, dm := range d.Metrics {
		st := dm.Standing
		var lines []string
		lines = append(lines,
			"Confirmed: "+sideText(st.Confirmed, st.Metric.Unit),
			"Claimed: "+sideText(st.Claimed, st.Metric.Unit),
			"Gap: "+Escape(GapText(st))+" · Flags: "+FlagsText(st.Flags))
		if dm.Previous != nil {
			lines = append(lines, "Since the last digest: "+ChangeText(*dm.Previous, st.Snapshot()))
		}
		for _, ev := range dm.Changes {
			lines = append(lines, "• "+r.changeLine(ev))
		}
		m.Fields = append(m.Fields, tracker.Field{Name: Truncate(st.Metric.Name, 256), Value: strings.Join(lines, "\n")})
		for _, f := range []*tracker.Figure{st.Confirmed, st.Claimed} {
			if f != nil {
				m.Links = append(m.Links, r.links(*f)...)
			}
		}
	}
	if len(d.Metrics) == 1 {
		m.ChartMetric = d.Metrics[0].Standing.Metric.ID
	}
	if d.Pending >= 0 {
		m.Fields = append(m.Fields, tracker.Field{Name: "Waiting for review", Value: fmt.Sprintf("%d figures", d.Pending)})
	}
	return m
}

// changeLine is one new or corrected figure in a digest.
func (r Messages) changeLine(e tracker.FigureEvent) string {
	f, shown, unit := e.Figure, e.Shown(), e.Metric.Unit
	var s string
	switch e.Correction.Action {
	case tracker.ActionCorrect:
		s = fmt.Sprintf("%s's figure: %s", Escape(f.Actor), CorrectedText(Escape(f.ValueText()), Escape(ValueWithUnit(shown, unit))))
	case tracker.ActionRetract:
		s = fmt.Sprintf("%s's figure of %s was retracted", Escape(f.Actor), Strike(Escape(f.ValueText())))
	default:
		s = fmt.Sprintf("%s %s %s (%s)", Escape(f.Actor), f.Stance, Bold(Escape(ValueWithUnit(f, unit))), DateText(f.Date()))
	}
	if u := r.figureURL(shown); u != "" {
		s += " " + u
	}
	return s
}

// ChangeText says how a standing moved between two digests: "confirmed 56
// → 72, claimed 400 unchanged, gap 344 → 328".
func ChangeText(before, after tracker.DigestSnapshot) string {
	part := func(name string, b, a *int64) string {
		switch {
		case b == nil && a == nil:
			return name + " none"
		case b == nil:
			return name + " none → " + tracker.FormatInt(*a)
		case a == nil:
			return name + " " + tracker.FormatInt(*b) + " → none"
		case *a == *b:
			return name + " " + tracker.FormatInt(*a) + " unchanged"
		}
		return name + " " + tracker.FormatInt(*b) + " → " + tracker.FormatInt(*a)
	}
	out := part("confirmed", before.Confirmed, after.Confirmed) + ", " + part("claimed", before.Claimed, after.Claimed) + ", " + part("gap", before.Gap, after.Gap)
	raised, cleared := tracker.FlagChanges(before.Flags, after.Flags)
	for _, f := range raised {
		out += ", " + string(f) + " raised"
	}
	for _, f := range cleared {
		out += ", " + string(f) + " cleared"
	}
	return out
}
