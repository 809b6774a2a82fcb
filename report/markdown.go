package report

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Messages (tracker.Message) carry Discord-flavoured markdown written by
// this package; text that came from sources goes through Escape first, so
// it cannot format, link or mention. The console sender turns messages into
// plain text with PlainText.

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `~`, `\~`, `|`, `\|`, `>`, `\>`,
	`[`, `\[`, `]`, `\]`, `(`, `\(`, `)`, `\)`, `#`, `\#`, `-`, `\-`,
	"@", "@\u200b", // no @everyone, @here or <@id> can ever ping
	"<", "<\u200b",
)

// Escape makes text from a source safe inside a message: markdown is
// escaped and every "@" and "<" is followed by a zero-width space, so no
// mention or custom emoji can form even without allowed_mentions.
func Escape(s string) string {
	return markdownEscaper.Replace(s)
}

// Strike renders s struck through.
func Strike(s string) string { return "~~" + s + "~~" }

// CorrectedText shows a corrected value: "~~56~~ → **72** (corrected)" on
// Discord, "56 → 72 (corrected)" as plain text. Both arguments are markdown
// already (escaped when they come from a source).
func CorrectedText(old, new string) string {
	return Strike(old) + " → " + Bold(new) + " (corrected)"
}

// Bold renders s in bold.
func Bold(s string) string { return "**" + s + "**" }

// PlainText turns a message's markdown into plain text for the console:
// escapes are removed, bold, italics and strike-through markers dropped
// (messages say "(corrected)" or "(retracted)" in words beside a struck
// value), Discord's timestamps written as UTC dates and channel, role and
// user mentions as "#channel ID", "@role ID" and "@user ID". Text from
// sources was escaped, so only this package's own markup is turned.
func PlainText(md string) string {
	md = discordToken.ReplaceAllStringFunc(md, plainToken)
	var b strings.Builder
	r := []rune(md)
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case c == '\\' && i+1 < len(r):
			i++
			b.WriteRune(r[i])
		case c == '*':
			// bold/italic markers vanish
		case c == '~' && i+1 < len(r) && r[i+1] == '~':
			i++ // strike-through markers vanish
		case c == '\u200b':
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// discordToken matches Discord's angle-bracket markup: timestamps
// <t:UNIX[:STYLE]>, channels <#ID>, roles <@&ID> and users <@ID>, <@!ID>.
var discordToken = regexp.MustCompile(`<(t:(-?\d+)(?::[tTdDfFR])?|#(\d+)|@&(\d+)|@!?(\d+))>`)

func plainToken(tok string) string {
	m := discordToken.FindStringSubmatch(tok)
	switch {
	case m[2] != "":
		sec, err := strconv.ParseInt(m[2], 10, 64)
		if err != nil {
			return tok
		}
		return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04 UTC")
	case m[3] != "":
		return "#channel " + m[3]
	case m[4] != "":
		return "@role " + m[4]
	case m[5] != "":
		return "@user " + m[5]
	}
	return tok
}

// Truncate shortens s to at most n runes, ending with "…" when cut.
func Truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n == 1 {
		return "…"
	}
	return string(r[:n-1]) + "…"
}
