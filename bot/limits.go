package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's message limits (in characters).
const (
	maxEmbeds           = 10
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooterText       = 2048
	maxAuthorName       = 256
	maxEmbedTotal       = 6000
	maxNonce            = 25
)

// ellipsis marks text cut to fit.
const ellipsis = "…"

// blank stands in for an empty field name or value, which Discord refuses.
const blank = "\u200b"

// fitEmbeds returns copies of embeds that fit one message under Discord's
// limits whatever the input: at most 10 embeds, every text within its
// limit, empty field names and values filled, and 6,000 characters in all
// (trailing embeds, then trailing fields, then the description are cut,
// marked with "…"). commands.Embeds already splits within the limits;
// this is the last guard before a message goes out, so that delivery never
// fails on a limit.
func fitEmbeds(in []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, 0, min(len(in), maxEmbeds))
	cut := false
	for _, e := range in {
		if e == nil {
			continue
		}
		if len(out) == maxEmbeds {
			cut = true
			break
		}
		out = append(out, fitEmbed(e))
	}
	if cut || embedsTotal(out) > maxEmbedTotal {
		cut = true
		// One character is kept for the "…" that marks the cut.
		for budget := maxEmbedTotal - 1; embedsTotal(out) > budget; {
			last := out[len(out)-1]
			over := embedsTotal(out) - budget
			switch {
			case len(out) > 1 && embedSize(last) <= over:
				out = out[:len(out)-1]
			case len(last.Fields) > 0:
				last.Fields = last.Fields[:len(last.Fields)-1]
			case last.Description != "":
				if keep := runes(last.Description) - over; keep > 0 {
					last.Description = truncate(last.Description, keep)
				} else {
					last.Description = ""
				}
			case last.Footer != nil:
				last.Footer = nil
			case last.Author != nil:
				last.Author = nil
			case len(out) > 1:
				out = out[:len(out)-1]
			default:
				last.Title = truncate(last.Title, max(runes(last.Title)-over, 1))
			}
		}
	}
	if cut && len(out) > 0 {
		markCut(out[len(out)-1])
	}
	return out
}

// fitEmbed copies e with every text within its own limit.
func fitEmbed(e *discordgo.MessageEmbed) *discordgo.MessageEmbed {
	c := *e
	c.Title = truncate(c.Title, maxEmbedTitle)
	c.Description = truncate(c.Description, maxEmbedDescription)
	if c.Footer != nil {
		f := *c.Footer
		f.Text = truncate(f.Text, maxFooterText)
		c.Footer = &f
	}
	if c.Author != nil {
		a := *c.Author
		a.Name = truncate(a.Name, maxAuthorName)
		c.Author = &a
	}
	c.Fields = nil
	for _, f := range e.Fields {
		if f == nil {
			continue
		}
		if len(c.Fields) == maxEmbedFields {
			c.Fields[maxEmbedFields-1] = &discordgo.MessageEmbedField{Name: blank, Value: ellipsis}
			break
		}
		g := *f
		g.Name = truncate(orBlank(g.Name), maxFieldName)
		g.Value = truncate(orBlank(g.Value), maxFieldValue)
		c.Fields = append(c.Fields, &g)
	}
	return &c
}

// markCut shows at the end of e that what followed was cut, adding at most
// one character.
func markCut(e *discordgo.MessageEmbed) {
	if strings.HasSuffix(e.Description, ellipsis) {
		return
	}
	e.Description = truncate(e.Description, maxEmbedDescription-1) + ellipsis
}

func orBlank(s string) string {
	if s == "" {
		return blank
	}
	return s
}

// embedSize counts the characters Discord counts toward the 6,000 total.
func embedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	return n
}

func embedsTotal(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += embedSize(e)
	}
	return n
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if runes(s) <= n {
		return s
	}
	if n <= 1 {
		return ellipsis
	}
	r := []rune(s)
	return string(r[:n-1]) + ellipsis
}
