package extract

import (
	"regexp"
	"slices"
)

// discordMarkup matches Discord's markup for mentions, channels,
// timestamps, custom emoji and commands (<@&123>, <#1>, <t:1736640000:R>,
// <:name:42>, </cmd:42>): ids, never counts.
var discordMarkup = regexp.MustCompile(`<(?:@[!&]?\d+|#\d+|t:-?\d+(?::[tTdDfFR])?|a?:\w+:\d+|/[\w -]+:\d+|id:\w+)>`)

// maskDiscordMarkup returns rs with every Discord markup span replaced by
// spaces of the same length, so no number is read from it and offsets stay
// those of the text.
func maskDiscordMarkup(rs []rune) []rune {
	if !slices.Contains(rs, '<') {
		return rs // every markup opens with "<"
	}
	s := string(rs)
	locs := discordMarkup.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return rs
	}
	out := make([]rune, 0, len(rs))
	prev := 0
	for _, l := range locs {
		out = append(out, []rune(s[prev:l[0]])...)
		for range []rune(s[l[0]:l[1]]) {
			out = append(out, ' ')
		}
		prev = l[1]
	}
	return append(out, []rune(s[prev:])...)
}
