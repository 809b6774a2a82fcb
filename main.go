// Command gapwatch tracks contested figures — what independent verifiers
// confirm against what interested parties claim — keeps every number with
// its evidence and posts verified updates to Discord.
//
// Usage:
//
//	gapwatch [--config FILE] [--db FILE] COMMAND [ARGS]
//
// Run `gapwatch help` for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/trackerfile"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, lookupEnv: os.LookupEnv, now: time.Now}
	os.Exit(a.main(ctx, os.Args[1:]))
}

// app is one invocation of the command line; tests build their own with
// buffers and a fake environment.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// lookupEnv reads the environment (os.LookupEnv outside tests).
	lookupEnv func(string) (string, bool)
	now       func() time.Time

	configFlag string
	dbFlag     string
}

// command is one subcommand: its one-line summary, usage and handler.
type command struct {
	usage   string
	summary string
	run     func(a *app, ctx context.Context, args []string) error
}

// cliCommands lists every subcommand, by name.
var cliCommands map[string]command

func init() {
	cliCommands = map[string]command{
		"validate": {"validate", "check the tracker file", (*app).cmdValidate},
		"status":   {"status [METRIC] [--json]", "confirmed vs claimed, gap and flags per metric", (*app).cmdStatus},
		"figures":  {"figures [METRIC] [--status S] [--limit N] [--json]", "list figures with their evidence", (*app).cmdFigures},
		"figure":   {"figure add|approve|reject|correct|retract|log ...", "add a figure, act on one, or show its audit trail", (*app).cmdFigure},
		"run":      {"run", "the long-running service: polling, alerts, digests, Discord, web page", (*app).cmdRun},
		"check":    {"check [--json]", "poll every enabled source once now and print what it found", (*app).cmdCheck},
		"extract":  {"extract [--metric M] [FILE|-]", "find figures in a text or HTML file, one JSON object a line", (*app).cmdExtract},
		"digest":   {"digest [--channel C] [--json]", "compose a channel's digest now (default: the console)", (*app).cmdDigest},
		"chart":    {"chart METRIC -o FILE.png [--days N]", "draw a metric's timeline as a PNG", (*app).cmdChart},
		"help":     {"help", "show this help", (*app).cmdHelp},
	}
}

// usageError is bad usage or bad input: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// exitCode maps an error to the exit status: 0 ok, 2 bad usage or bad
// input (including domain errors the user can fix), 1 anything else.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	var te *trackerfile.Error
	if errors.As(err, &ue) || errors.As(err, &te) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	switch tracker.ErrorCode(err) {
	case tracker.Invalid, tracker.NotFound, tracker.Conflict, tracker.Unauthorized:
		return 2
	}
	return 1
}

func (a *app) main(ctx context.Context, args []string) int {
	global := flag.NewFlagSet("gapwatch", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&a.configFlag, "config", "", "tracker file")
	global.StringVar(&a.dbFlag, "db", "", "database file")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			a.printHelp(a.stdout)
			return 0
		}
		fmt.Fprintf(a.stderr, "gapwatch: %v\n", err)
		fmt.Fprintln(a.stderr, "Run 'gapwatch help' for usage.")
		return 2
	}
	rest := global.Args()
	if len(rest) == 0 {
		a.printHelp(a.stderr)
		return 2
	}
	cmd, ok := cliCommands[rest[0]]
	if !ok {
		fmt.Fprintf(a.stderr, "gapwatch: unknown command %q\n", rest[0])
		fmt.Fprintln(a.stderr, "Run 'gapwatch help' for the commands.")
		return 2
	}
	err := cmd.run(a, ctx, rest[1:])
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	code := exitCode(err)
	msg := err.Error()
	if code == 2 && tracker.ErrorCode(err) != tracker.Internal {
		msg = tracker.ErrorMessage(err)
		var te *trackerfile.Error
		var ue *usageError
		if errors.As(err, &te) || errors.As(err, &ue) {
			msg = err.Error()
		}
	}
	name := rest[0]
	if name == "figure" && len(rest) > 1 {
		name += " " + rest[1]
	}
	switch {
	case rest[0] == "validate" || strings.Contains(msg, "\n"):
		fmt.Fprintln(a.stderr, msg)
	case strings.HasPrefix(msg, name+":"):
		fmt.Fprintf(a.stderr, "gapwatch %s\n", msg)
	default:
		fmt.Fprintf(a.stderr, "gapwatch %s: %s\n", name, msg)
	}
	return code
}

// getenv returns the value of an environment variable, or "".
func (a *app) getenv(name string) string {
	v, _ := a.lookupEnv(name)
	return v
}

func (a *app) cmdHelp(_ context.Context, _ []string) error {
	a.printHelp(a.stdout)
	return nil
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
		fmt.Fprintf(w, "  %-52s %s\n", cliCommands[n].usage, cliCommands[n].summary)
	}
	fmt.Fprintln(w, `
Global flags (also accepted after the command):
  --config FILE   tracker file (env GAPWATCH_CONFIG; default ./gapwatch.yaml,
                  falling back to examples/venezuela.yaml)
  --db FILE       SQLite database (env GAPWATCH_DB; default ./gapwatch.db)

Exit status: 0 ok, 1 failure, 2 bad usage or bad input.`)
}
