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
	"syscall"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
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

// command is one subcommand: its documentation and handler. Every handler
// prints its help for --help or -h (from its own flag set and doc) before
// doing anything else.
type command struct {
	doc cmdDoc
	run func(a *app, ctx context.Context, args []string) error
}

// cliCommands lists every subcommand, by name.
var cliCommands map[string]command

func init() {
	cliCommands = map[string]command{
		"validate": {cmdDoc{
			usage:   "validate [flags]",
			summary: "check the tracker file and print what it declares",
			example: "gapwatch validate --config gapwatch.yaml",
		}, (*app).cmdValidate},
		"status": {cmdDoc{
			usage:   "status [METRIC] [--json]",
			summary: "the standings: confirmed vs claimed, which side is higher, gap, ratio and flags per metric",
			example: "gapwatch status ve-prisoners-released --json",
		}, (*app).cmdStatus},
		"figures": {cmdDoc{
			usage:   "figures [METRIC] [--status S] [--limit N] [--json]",
			summary: "figures, newest first, with id, status, stance, actor, value and evidence",
			example: "gapwatch figures ve-prisoners-released --status pending --limit 20",
		}, (*app).cmdFigures},
		"figure": {cmdDoc{
			usage:   "figure add|approve|reject|correct|retract|log|show [ARGS]",
			summary: "add a figure, act on one, show it with its evidence, or its audit trail",
			example: "gapwatch figure correct 1 --value 72 --reason recount",
		}, (*app).cmdFigure},
		"run": {cmdDoc{
			usage:   "run [flags]",
			summary: "the long-running service: polling, alerts, digests, Discord (with DISCORD_TOKEN), the web page",
			more: `Without DISCORD_TOKEN it runs in console mode: alerts, digests and notices are
printed on standard output, logs on standard error. It is configured by the
environment (see .env.example); SIGHUP or a change of the tracker file reloads it.`,
			example: "set -a; . ./.env.example; set +a; gapwatch run",
		}, (*app).cmdRun},
		"check": {cmdDoc{
			usage:   "check [--json]",
			summary: "poll every enabled source once now, ignoring schedules, and print what it found, then the standings",
			example: "gapwatch check --json",
		}, (*app).cmdCheck},
		"extract": {cmdDoc{
			usage:   "extract [--metric M] [--explain] [FILE|-]",
			summary: "find figures in a text or HTML file (or standard input), one JSON object a line",
			more:    "Uses the tracker file's metrics (keywords) and actors (aliases).",
			example: "gapwatch extract --metric ve-prisoners-released article.html",
		}, (*app).cmdExtract},
		"digest": {cmdDoc{
			usage:   "digest [--channel C] [--send] [--json]",
			summary: "print the digest a channel would get now; with --send, queue it for the running service to deliver",
			more: `A channel other than the console must be subscribed: declare it under
subscriptions: in the tracker file, or run /alerts on or /digest set in it on Discord.`,
			example: "gapwatch digest --channel console --send",
		}, (*app).cmdDigest},
		"chart": {cmdDoc{
			usage:   "chart METRIC -o FILE.png [--days N]",
			summary: "draw a metric's timeline (confirmed and claimed, corrections, the gap) as a PNG",
			example: "gapwatch chart ve-prisoners-released -o chart.png --days 30",
		}, (*app).cmdChart},
		"export": {exportDoc, (*app).cmdExport},
		"migrate": {cmdDoc{
			usage:   "migrate --from FILE.db [--to postgres://…] [--force]",
			summary: "copy an SQLite database into PostgreSQL and compare the row counts of every table",
			more:    migrateMore,
			example: "gapwatch migrate --from gapwatch.db --to postgres://gapwatch@db.example/gapwatch",
		}, (*app).cmdMigrate},
		"help": {cmdDoc{
			usage:   "help [COMMAND [SUBCOMMAND]]",
			summary: "show the commands, or one command's flags, defaults and an example",
			example: "gapwatch help figure add",
		}, (*app).cmdHelp},
	}
}

func (a *app) main(ctx context.Context, args []string) int {
	global := flag.NewFlagSet("gapwatch", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&a.configFlag, "config", "", "tracker `FILE`")
	global.StringVar(&a.dbFlag, "db", "", "database `FILE`")
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
	// Whatever a command prints may quote text from sources: terminal
	// control characters never reach the terminal. (run's console sender
	// strips its blocks itself: it needs the real file to find its place
	// after a crash; export writes data byte for byte and filters only a
	// terminal itself.)
	a.stderr = tracker.NewControlFilter(a.stderr)
	if rest[0] != "run" && rest[0] != "export" {
		a.stdout = tracker.NewControlFilter(a.stdout)
	}
	err := cmd.run(a, ctx, rest[1:])
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	name := rest[0]
	if name == "figure" && len(rest) > 1 {
		name += " " + rest[1]
	}
	return a.printError(name, err)
}

// getenv returns the value of an environment variable, or "".
func (a *app) getenv(name string) string {
	v, _ := a.lookupEnv(name)
	return v
}
