package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// cmdDoc is what `gapwatch help COMMAND`, `COMMAND --help` and `COMMAND -h`
// print besides the flags: the flags themselves come from the command's own
// flag set, so the help cannot drift from what the command accepts.
type cmdDoc struct {
	usage   string // after "gapwatch "
	summary string // one line
	more    string // optional paragraph after the summary
	example string // one or more command lines
}

// figureDocs documents the figure subcommands, by name.
var figureDocs = map[string]cmdDoc{
	"add": {
		usage:   "figure add --metric M --value N --stance confirmed|claimed --actor NAME [flags]",
		summary: "add a figure, approved at once; prints its id (or `already recorded as figure N` when the same figure exists)",
		more: `The same metric, actor, stance, value, high end, qualifier, date and evidence URL a
second time adds nothing. A stance that contradicts the actor's role (a confirmer's
figure as claimed, a claimant's as confirmed) is refused unless --force is given;
the audit log records the override. A date more than one day after today is refused.`,
		example: `gapwatch figure add --metric ve-prisoners-released --value 56 --stance confirmed \
    --actor "Foro Penal" --url https://foropenal.com/ --as-of 2026-01-12`,
	},
	"approve": {
		usage:   "figure approve ID [--reason R]",
		summary: "approve a pending (or rejected) figure so that it counts in the standings",
		example: `gapwatch figure approve 12 --reason "checked against the list"`,
	},
	"reject": {
		usage:   "figure reject ID --reason R",
		summary: "reject a pending figure (it never counts; the audit log keeps it)",
		example: `gapwatch figure reject 12 --reason "the article quotes last year's count"`,
	},
	"correct": {
		usage:   "figure correct ID --value N --reason R [--qualifier Q] [--value-high N]",
		summary: "replace a figure by a corrected one that supersedes it; prints the new figure's id",
		example: `gapwatch figure correct 1 --value 72 --reason "recount" --by ana`,
	},
	"retract": {
		usage:   "figure retract ID --reason R",
		summary: "withdraw a pending or approved figure",
		example: `gapwatch figure retract 2 --reason "withdrawn by the ministry"`,
	},
	"log": {
		usage:   "figure log ID [--json]",
		summary: "the audit trail of a figure, its predecessors and successors",
		example: "gapwatch figure log 1",
	},
	"show": {
		usage:   "figure show ID [--json]",
		summary: "one figure: its fields, all its evidence (URL, quote, snapshot hash, fetch time, source) and its correction history",
		more: `An unknown id is a failure (exit status 1). The snapshot hash names the archived
text the quote was read from, served at /s/HASH on the web page.`,
		example: "gapwatch figure show 12 --json",
	},
}

// figureOrder is the order of the figure subcommands in help.
var figureOrder = []string{"add", "approve", "reject", "correct", "retract", "log", "show"}

// isHelpArg reports whether s asks for help.
func isHelpArg(s string) bool {
	switch s {
	case "-h", "-help", "--help", "help":
		return true
	}
	return false
}

// docFor returns the documentation of "status", "figure add", …
func docFor(name string) (cmdDoc, bool) {
	if sub, ok := strings.CutPrefix(name, "figure "); ok {
		d, found := figureDocs[sub]
		return d, found
	}
	c, ok := cliCommands[name]
	return c.doc, ok
}

// writeCommandHelp prints a command's help: usage, purpose, flags with
// their meaning and default, global flags, example.
func writeCommandHelp(w io.Writer, name string, fs *flag.FlagSet) {
	d, _ := docFor(name)
	fmt.Fprintf(w, "Usage: gapwatch %s\n\n", d.usage)
	fmt.Fprintln(w, upperFirst(d.summary)+".")
	if d.more != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, d.more)
	}
	var own, global []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "config" || f.Name == "db" {
			global = append(global, f)
		} else {
			own = append(own, f)
		}
	})
	if len(own) > 0 {
		fmt.Fprintln(w, "\nFlags:")
		writeFlags(w, own)
	}
	if len(global) > 0 {
		fmt.Fprintln(w, "\nGlobal flags (before or after the command):")
		writeFlags(w, global)
	}
	if d.example != "" {
		fmt.Fprintln(w, "\nExample:")
		for _, l := range strings.Split(d.example, "\n") {
			fmt.Fprintln(w, "  "+l)
		}
	}
}

// writeFlags prints flags as "  --name ARG   meaning (default X)", sorted.
func writeFlags(w io.Writer, flags []*flag.Flag) {
	sort.Slice(flags, func(i, j int) bool { return flags[i].Name < flags[j].Name })
	type row struct{ left, right string }
	var rows []row
	width := 0
	for _, f := range flags {
		arg, meaning := flag.UnquoteUsage(f)
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		left := dash + f.Name
		if arg != "" {
			left += " " + arg
		}
		if f.Name == "by" {
			meaning += " (default $USER: " + f.DefValue + ")"
		} else if def := flagDefault(f); def != "" {
			meaning += " (default " + def + ")"
		}
		rows = append(rows, row{left, meaning})
		width = max(width, len(left))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %-*s  %s\n", width, r.left, r.right)
	}
}

// flagDefault is the default worth printing: none for empty strings, false
// booleans and zero numbers, whose meaning says what the absence does.
func flagDefault(f *flag.Flag) string {
	switch f.DefValue {
	case "", "false", "0":
		return ""
	}
	if strings.ContainsAny(f.DefValue, " \t") {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// cmdHelp prints the overview, or one command's help: `gapwatch help
// status`, `gapwatch help figure add`.
func (a *app) cmdHelp(ctx context.Context, args []string) error {
	if len(args) == 0 || isHelpArg(args[0]) {
		a.printHelp(a.stdout)
		return nil
	}
	name := args[0]
	cmd, ok := cliCommands[name]
	if !ok {
		return usagef("unknown command %q (run 'gapwatch help' for the commands)", name)
	}
	if name == "help" {
		a.printHelp(a.stdout)
		return nil
	}
	// Every command prints its own help for --help before doing anything.
	return cmd.run(a, ctx, append(append([]string{}, args[1:]...), "--help"))
}

func (a *app) printHelp(w io.Writer) {
	fmt.Fprintln(w, `gapwatch tracks contested figures: what independent verifiers confirm
against what interested parties claim, each number with its evidence.

Usage: gapwatch [--config FILE] [--db FILE] COMMAND [ARGS]

Commands:`)
	names := make([]string, 0, len(cliCommands))
	for n := range cliCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cliCommands[n].doc.summary)
		if n == "figure" {
			for _, s := range figureOrder {
				fmt.Fprintf(w, "    %-8s %s\n", s, figureDocs[s].summary)
			}
		}
	}
	fmt.Fprintln(w, `
Run 'gapwatch help COMMAND' (or 'gapwatch COMMAND --help') for a command's
flags, their defaults and an example; 'gapwatch help figure add' for a figure
subcommand.

Global flags (also accepted after the command):
  --config FILE   tracker file (env GAPWATCH_CONFIG; default ./gapwatch.yaml,
                  falling back to examples/venezuela.yaml)
  --db FILE       SQLite database (env GAPWATCH_DB; default ./gapwatch.db);
                  its directory must exist; or a postgres:// URL shared by
                  several instances

Exit status: 0 ok, 1 failure, 2 bad usage or bad input.`)
}

// printFigureHelp prints the help of the figure command group.
func (a *app) printFigureHelp(w io.Writer) {
	d := cliCommands["figure"].doc
	fmt.Fprintf(w, "Usage: gapwatch %s\n\n%s.\n\nSubcommands:\n", d.usage, upperFirst(d.summary))
	for _, s := range figureOrder {
		fmt.Fprintf(w, "  %-8s %s\n", s, figureDocs[s].summary)
	}
	fmt.Fprintln(w, "\nRun 'gapwatch figure SUBCOMMAND --help' for its flags, their defaults and an example.")
	fmt.Fprintln(w, "\nExample:\n  "+d.example)
}
