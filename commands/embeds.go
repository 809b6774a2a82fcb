package commands

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// Discord's message limits, counted in UTF-16 code units (never less than
// Discord's own count of characters).
const (
	MaxContent     = 2000 // message content
	MaxTitle       = 256  // embed title
	MaxDescription = 4096 // embed description
	MaxFields      = 25   // fields per embed
	MaxFieldName   = 256  // field name
	MaxFieldValue  = 1024 // field value
	MaxFooter      = 2048 // footer text
	MaxEmbedTotal  = 6000 // all embeds of one message together
	MaxEmbeds      = 10   // embeds per message
	maxURL         = 2048 // embed and image URLs
)

// blank is what stands in for an empty field name or value, which Discord
// refuses.
const blank = "\u200b"

// truncatedNote starts the footer of a message that was cut short.
const truncatedNote = "… truncated"

// NoMentions returns allowed mentions that let nothing ping: an explicit,
// empty parse list. Every response, follow-up and edit carries it.
func NoMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// Embeds converts a message (Discord markdown already, source text escaped
// by report.Escape) into the embeds of one Discord message within every
// limit: title 256, description 4,096, 25 fields of name 256 and value
// 1,024, footer 2,048, 6,000 in all and at most 10 embeds. A long
// description or field is split across fields and embeds (code blocks are
// closed and reopened at a split); what does not fit is cut with "…" and
// the footer says so. It never fails and never returns an empty embed or
// an empty field name or value. The URL is kept only when it is http(s),
// the timestamp is RFC 3339, and links not shown elsewhere are appended to
// the description when they fit.
func Embeds(m tracker.Message) []*discordgo.MessageEmbed {
	return layout(m, 1)[0]
}

// layout lays a message out over at most maxPages Discord messages (at
// least one), each within every limit.
func layout(m tracker.Message, maxPages int) [][]*discordgo.MessageEmbed {
	if maxPages < 1 {
		maxPages = 1
	}
	// Text past what maxPages messages can show is never read further.
	most := maxPages*MaxEmbedTotal + 1
	title := clip(oneLine(clean(prefixUnits(m.Title, 4*MaxTitle))), MaxTitle)
	footer := clip(oneLine(clean(prefixUnits(m.Footer, 4*MaxFooter))), MaxFooter-units(truncatedNote+" · "))
	desc := withLinks(m, strings.TrimSpace(clean(prefixUnits(m.Description, most))))
	var blocks []block
	for _, c := range splitText(desc, MaxDescription) {
		blocks = append(blocks, block{desc: c})
	}
	seen := units(desc)
	for _, f := range m.Fields {
		if seen > most {
			blocks = append(blocks, block{field: &discordgo.MessageEmbedField{Name: blank, Value: "…"}})
			break
		}
		name := clip(oneLine(clean(prefixUnits(f.Name, 4*MaxFieldName))), MaxFieldName)
		if strings.TrimSpace(name) == "" {
			name = blank
		}
		value := strings.TrimSpace(clean(prefixUnits(f.Value, most)))
		seen += units(name) + units(value)
		parts := splitText(value, MaxFieldValue)
		if len(parts) == 0 {
			parts = []string{blank}
		}
		for k, v := range parts {
			n := name
			if k > 0 {
				n = blank
			}
			blocks = append(blocks, block{field: &discordgo.MessageEmbedField{Name: n, Value: v, Inline: f.Inline}})
		}
	}

	p := pager{
		maxPages: maxPages,
		color:    m.Color,
		reserve:  units(footer) + units(truncatedNote+" · "),
	}
	if p.color < 0 || p.color > 0xFFFFFF {
		p.color = 0
	}
	first := p.newEmbed()
	first.Title = title
	if u := tracker.ShownLink(m.URL); u != "" && len(u) <= maxURL {
		first.URL = u
	}
	p.used += units(title)
	for _, b := range blocks {
		if !p.place(b) {
			break
		}
	}
	if len(p.page) == 0 {
		p.newEmbed()
	}
	p.pages = append(p.pages, p.page)

	last := p.pages[len(p.pages)-1]
	tail := last[len(last)-1]
	switch {
	case p.truncated && footer != "":
		tail.Footer = &discordgo.MessageEmbedFooter{Text: truncatedNote + " · " + footer}
	case p.truncated:
		tail.Footer = &discordgo.MessageEmbedFooter{Text: truncatedNote}
	case footer != "":
		tail.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	if y := m.Timestamp.UTC().Year(); !m.Timestamp.IsZero() && y >= 1 && y <= 9999 {
		tail.Timestamp = m.Timestamp.UTC().Format(time.RFC3339)
	}
	for _, page := range p.pages {
		for _, e := range page {
			if e.Title == "" && e.Description == "" && len(e.Fields) == 0 && e.Footer == nil {
				e.Description = blank
			}
		}
	}
	return p.pages
}

// block is one description chunk or one field, already within its limits.
type block struct {
	desc  string
	field *discordgo.MessageEmbedField
}

func (b block) units() int {
	if b.field != nil {
		return units(b.field.Name) + units(b.field.Value)
	}
	return units(b.desc)
}

// pager fills pages (messages) with embeds.
type pager struct {
	maxPages  int
	color     int
	reserve   int // footer and truncation note, kept free on every page
	pages     [][]*discordgo.MessageEmbed
	page      []*discordgo.MessageEmbed
	used      int // units used on the current page
	truncated bool
}

func (p *pager) newEmbed() *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Color: p.color}
	p.page = append(p.page, e)
	return e
}

func (p *pager) current() *discordgo.MessageEmbed {
	if len(p.page) == 0 {
		return nil
	}
	return p.page[len(p.page)-1]
}

// fitsEmbed reports whether b can go on the current embed.
func (p *pager) fitsEmbed(b block) bool {
	e := p.current()
	if e == nil {
		return false
	}
	if b.field != nil {
		return len(e.Fields) < MaxFields
	}
	return e.Description == "" && len(e.Fields) == 0
}

// place puts b on the current page, a new embed or a new page; when the
// last page is full it places what fits of b, cut with "…", and returns
// false.
func (p *pager) place(b block) bool {
	for {
		needEmbed := !p.fitsEmbed(b)
		room := MaxEmbedTotal - p.reserve - p.used
		slot := !needEmbed || len(p.page) < MaxEmbeds
		if slot && b.units() <= room {
			p.put(b, needEmbed)
			return true
		}
		empty := len(p.page) == 0 || (len(p.page) == 1 && p.page[0].Description == "" && len(p.page[0].Fields) == 0)
		if !empty && len(p.pages)+1 < p.maxPages {
			p.pages = append(p.pages, p.page)
			p.page, p.used = nil, 0
			continue
		}
		// The last page (or an empty one) cannot take all of b: cut it.
		if !slot || room < 3 {
			p.truncated = true
			return false
		}
		if b.field != nil {
			f := *b.field
			f.Name = clip(f.Name, max(1, min(units(f.Name), room/2)))
			f.Value = clipMarkdown(f.Value, room-units(f.Name))
			if strings.TrimSpace(f.Value) == "" {
				f.Value = "…"
			}
			b.field = &f
		} else {
			b.desc = clipMarkdown(b.desc, room)
		}
		p.put(b, needEmbed)
		p.truncated = true
		if empty {
			return true // a fresh page had to cut b; later blocks may still fit on it
		}
		return false
	}
}

func (p *pager) put(b block, needEmbed bool) {
	e := p.current()
	if needEmbed {
		e = p.newEmbed()
	}
	if b.field != nil {
		e.Fields = append(e.Fields, b.field)
	} else {
		e.Description = b.desc
	}
	p.used += b.units()
}

// withLinks appends the message's safe links that are not shown anywhere
// else to the description, when the description stays within its limit.
func withLinks(m tracker.Message, desc string) string {
	if len(m.Links) == 0 {
		return desc
	}
	shown := func(u string) bool {
		if strings.Contains(m.URL, u) || strings.Contains(desc, u) {
			return true
		}
		for _, f := range m.Fields {
			if strings.Contains(f.Value, u) {
				return true
			}
		}
		return false
	}
	var extra []string
	for _, l := range m.Links {
		u := tracker.ShownLink(l)
		if u == "" || len(u) > maxURL || clean(u) != u || slices.Contains(extra, u) || shown(u) {
			continue
		}
		extra = append(extra, u)
	}
	if len(extra) == 0 {
		return desc
	}
	more := strings.Join(extra, "\n")
	if desc != "" {
		more = desc + "\n" + more
	}
	if units(more) > MaxDescription {
		return desc
	}
	return more
}

var mentionDefuser = strings.NewReplacer("@everyone", "@\u200beveryone", "@here", "@\u200bhere")

// clean makes text safe to send: valid UTF-8, no control characters other
// than newline and tab, and no @everyone or @here even if a caller forgot
// to escape (an escaped "@" already carries a zero-width space, so nothing
// is escaped twice).
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r == '\r' || unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return mentionDefuser.Replace(s)
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// units returns the length of s in UTF-16 code units.
func units(s string) int {
	n := 0
	for _, r := range s {
		w := utf16.RuneLen(r)
		if w < 0 {
			w = 2 // not representable: count the worst case
		}
		n += w
	}
	return n
}

// clip shortens s to at most n UTF-16 code units, ending with "…" when it
// cuts; it never splits a rune.
func clip(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if units(s) <= n {
		return s
	}
	return prefixUnits(s, n-1) + "…"
}

// clipMarkdown is clip that closes a code block the cut leaves open.
func clipMarkdown(s string, n int) string {
	c := clip(s, n)
	if c == s || strings.Count(c, fence)%2 == 0 {
		return c
	}
	if c = clip(s, n-len(fence)-1); strings.Count(c, fence)%2 == 0 {
		return c
	}
	return c + "\n" + fence
}

// prefixUnits returns the longest prefix of s of at most n code units.
func prefixUnits(s string, n int) string {
	used := 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if w < 0 {
			w = 2
		}
		if used+w > n {
			return s[:i]
		}
		used += w
	}
	return s
}

const fence = "```"

// splitText splits markdown text into chunks of at most limit code units,
// at line breaks where it can; a line longer than a chunk is cut into
// pieces. A code block open at a cut is closed at the end of the chunk and
// reopened at the start of the next one. Blank chunks are dropped.
func splitText(s string, limit int) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if units(s) <= limit {
		return []string{s}
	}
	var lines []string
	piece := limit - 2*len(fence) - 4
	for _, l := range strings.Split(s, "\n") {
		for units(l) > piece {
			head := prefixUnits(l, piece)
			// Do not leave a lone escaping backslash at the end of a piece.
			if n := len(head) - len(strings.TrimRight(head, `\`)); n%2 == 1 && len(head) > 1 {
				head = head[:len(head)-1]
			}
			lines = append(lines, head)
			l = l[len(head):]
		}
		lines = append(lines, l)
	}
	var chunks []string
	var b strings.Builder
	used := 0
	inFence := false // a code block is open at the end of b
	flush := func() {
		out := b.String()
		if inFence {
			out += "\n" + fence
		}
		if strings.TrimSpace(strings.ReplaceAll(out, fence, "")) != "" {
			chunks = append(chunks, out)
		}
		b.Reset()
		used = 0
		if inFence {
			b.WriteString(fence)
			used = len(fence)
		}
	}
	for _, l := range lines {
		opensAfter := inFence != (strings.Count(l, fence)%2 == 1)
		sep := 0
		if used > 0 {
			sep = 1
		}
		closing := 0
		if opensAfter {
			closing = 1 + len(fence)
		}
		if used > 0 && used+sep+units(l)+closing > limit {
			flush()
			if used > 0 {
				sep = 1
			} else {
				sep = 0
			}
		}
		if sep == 1 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		used += sep + units(l)
		inFence = opensAfter
	}
	if used > 0 {
		flush()
	}
	return chunks
}

// packPages puts groups of embeds (each within one message's limits) on as
// few messages as possible, never splitting a group.
func packPages(groups [][]*discordgo.MessageEmbed) [][]*discordgo.MessageEmbed {
	var pages [][]*discordgo.MessageEmbed
	var page []*discordgo.MessageEmbed
	used := 0
	for _, g := range groups {
		n := embedsUnits(g)
		if len(page) > 0 && (len(page)+len(g) > MaxEmbeds || used+n > MaxEmbedTotal) {
			pages = append(pages, page)
			page, used = nil, 0
		}
		page = append(page, g...)
		used += n
	}
	if len(page) > 0 {
		pages = append(pages, page)
	}
	return pages
}

// embedsUnits is the size of embeds as Discord counts it against the
// 6,000 limit.
func embedsUnits(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += units(e.Title) + units(e.Description)
		for _, f := range e.Fields {
			n += units(f.Name) + units(f.Value)
		}
		if e.Footer != nil {
			n += units(e.Footer.Text)
		}
		if e.Author != nil {
			n += units(e.Author.Name)
		}
	}
	return n
}
