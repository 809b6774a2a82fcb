package report

import (
	"strings"
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

// Bold renders s in bold.
func Bold(s string) string { return "**" + s + "**" }

// PlainText turns a message's markdown into plain text for the console:
// escapes are removed, bold and italics dropped, struck text kept inside
// "~~" so the reader still sees it was struck.
func PlainText(md string) string {
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
		case c == '\u200b':
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
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
