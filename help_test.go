package main

import (
	"flag"
	"strings"
	"testing"
)

// everyCommand lists every command and figure subcommand, as typed.
func everyCommand() [][]string {
	var out [][]string
	for name := range cliCommands {
		out = append(out, []string{name})
	}
	for _, sub := range figureOrder {
		out = append(out, []string{"figure", sub})
	}
	return out
}

func TestHelpForEveryCommand(t *testing.T) {
	c := newCLI(t)
	for _, cmd := range everyCommand() {
		name := strings.Join(cmd, " ")
		doc, ok := docFor(name)
		if !ok {
			t.Errorf("%s: no documentation", name)
			continue
		}
		if doc.usage == "" || doc.summary == "" || doc.example == "" {
			t.Errorf("%s: documentation lacks a usage line, a purpose or an example: %+v", name, doc)
		}
		forms := [][]string{
			append(append([]string{}, cmd...), "--help"),
			append(append([]string{}, cmd...), "-h"),
			append([]string{"help"}, cmd...),
		}
		var first string
		for i, args := range forms {
			out, errOut, code := c.run(args...)
			if code != 0 || errOut != "" {
				t.Errorf("gapwatch %s: exit %d, stderr %q; want exit 0 and nothing on stderr", strings.Join(args, " "), code, errOut)
			}
			if i == 0 {
				first = out
			} else if out != first {
				t.Errorf("gapwatch %s prints other help than gapwatch %s --help", strings.Join(args, " "), name)
			}
		}
		if name == "figure" || name == "help" {
			continue // the group and the overview list commands rather than flags
		}
		for _, want := range []string{"Usage: gapwatch " + doc.usage + "\n", upperFirst(doc.summary) + ".\n", "Example:\n  " + strings.Split(doc.example, "\n")[0], "--config FILE", "--db FILE"} {
			if !strings.Contains(first, want) {
				t.Errorf("gapwatch %s --help lacks %q:\n%s", name, want, first)
			}
		}
	}
}

// TestHelpListsEveryFlag checks that each flag a command accepts appears in
// its help with its meaning, and its default when it has one.
func TestHelpListsEveryFlag(t *testing.T) {
	c := newCLI(t)
	tests := map[string][]string{
		"figure add":     {"--metric ID", "--value N", "--value-high N", "--stance STANCE", "--actor NAME", "--url URL", "--quote TEXT", "--as-of DATE", "--qualifier Q", "(default exact)", "--force", "--by WHO", "--json"},
		"figure approve": {"--reason TEXT", "--by WHO"},
		"figure reject":  {"--reason TEXT", "(TEXT; required)"},
		"figure correct": {"--value N", "--value-high N", "--qualifier Q", "--reason TEXT"},
		"figure retract": {"--reason TEXT"},
		"figure log":     {"--json"},
		"figures":        {"--status STATUS", "--limit N", "--json"},
		"status":         {"--json"},
		"check":          {"--json"},
		"digest":         {"--channel CHANNEL", "(default console)", "--send", "--json"},
		"chart":          {"-o FILE", "--days N"},
		"extract":        {"--metric ID", "--explain", "not taken, with the reason, and why each figure was taken"},
	}
	for name, wants := range tests {
		out := c.ok(append(strings.Fields(name), "--help")...)
		for _, want := range wants {
			if !strings.Contains(out, want) {
				t.Errorf("gapwatch %s --help lacks %q:\n%s", name, want, out)
			}
		}
	}
	// Flags that do not apply to a subcommand are not offered there.
	if out := c.ok("figure", "approve", "--help"); strings.Contains(out, "--value") {
		t.Errorf("figure approve --help offers --value:\n%s", out)
	}
}

func TestHelpDoesNothing(t *testing.T) {
	c := newCLI(t)
	c.env["GAPWATCH_DB"] = c.dir + "/never.db"
	for _, cmd := range everyCommand() {
		c.ok(append(cmd, "--help")...)
	}
	if _, errOut, code := c.run("status"); code != 0 || !strings.Contains(errOut, "created a new, empty database") {
		t.Errorf("a --help created the database: first status said %q (exit %d)", errOut, code)
	}
}

func TestHelpErrors(t *testing.T) {
	c := newCLI(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"help", "frobnicate"}, `gapwatch help: unknown command "frobnicate"`},
		{[]string{"figure", "add", "--colour", "red"}, "gapwatch figure add: unknown flag --colour (run 'gapwatch help figure add')"},
		{[]string{"figure"}, "gapwatch figure: missing subcommand"},
	}
	for _, tt := range tests {
		_, errOut, code := c.run(tt.args...)
		if code != 2 || !strings.HasPrefix(errOut, tt.want) {
			t.Errorf("gapwatch %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(tt.args, " "), code, errOut, tt.want)
		}
	}
	if _, err := (&app{stdout: &strings.Builder{}}).parseArgs(flag.NewFlagSet("status", flag.ContinueOnError), []string{"-h"}); err != flag.ErrHelp {
		t.Errorf("parseArgs -h = %v, want flag.ErrHelp", err)
	}
}
