package report

import (
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// ConsoleBlock renders an outbox item the way the console prints it: a
// header line "== KIND · CHANNEL · KEY", then the message as plain text —
// title, description, fields as "name: value" lines (continuation lines
// indented), links as URLs — then one empty line. The block never contains
// another empty line, so scripts can split the output on blank lines.
func ConsoleBlock(it tracker.OutboxItem) string {
	var b strings.Builder
	kind := it.Kind
	if kind == "" {
		kind = it.Message.Kind
	}
	b.WriteString("== " + string(kind) + " · " + it.ChannelID + " · " + it.Key + "\n")
	b.WriteString(MessageText(it.Message))
	b.WriteString("\n")
	// Text from sources may carry terminal escapes: none reach the console.
	return tracker.StripControl(b.String())
}

// MessageText renders a message as plain text, as the console prints it:
// title, description, fields as "name: value" lines (continuation lines
// indented), links as URLs, one line each, without empty lines.
func MessageText(m tracker.Message) string {
	var b strings.Builder
	line := func(s string) {
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimRight(l, " \t"); strings.TrimSpace(l) != "" {
				b.WriteString(l + "\n")
			}
		}
	}
	line(PlainText(m.Title))
	line(PlainText(m.Description))
	for _, f := range m.Fields {
		v := strings.ReplaceAll(strings.TrimSpace(PlainText(f.Value)), "\n", "\n  ")
		line(PlainText(f.Name) + ": " + v)
	}
	seen := map[string]bool{}
	for _, u := range append([]string{m.URL}, m.Links...) {
		if u = tracker.ShownLink(u); u != "" && !seen[u] {
			seen[u] = true
			line(u)
		}
	}
	return b.String()
}
