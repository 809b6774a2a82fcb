package main

import (
	"strings"
	"testing"
)

// TestControlCharactersNeverPrinted adds a figure whose quote, actor
// alias-free text and reason carry terminal escapes, and reads it back
// with the commands that print text: nothing printed holds ESC, BEL or a
// C1 character.
func TestControlCharactersNeverPrinted(t *testing.T) {
	c := newCLI(t)
	evil := "56 freed\x1b]0;pwned\x07\x1b[2J\u009b31m"
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "56", "--stance", "confirmed",
		"--actor", "Foro Penal", "--url", "https://example.org/a", "--quote", evil, "--as-of", "2026-01-12")
	outs := []string{c.ok("figures"), c.ok("figure", "log", "1"), c.ok("status"), c.ok("digest")}
	_, errOut, _ := c.run("figure", "reject", "1", "--reason", "\x1b[31mred\x07")
	outs = append(outs, errOut)
	for i, out := range outs {
		if strings.ContainsAny(out, "\x1b\x07\u009b") {
			t.Errorf("output %d carries control characters: %q", i, out)
		}
	}
	if !strings.Contains(outs[0]+outs[1], "56 freed") {
		t.Errorf("the quote's text is gone too: %q", outs[0]+outs[1])
	}
}
