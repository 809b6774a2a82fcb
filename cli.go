package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/trackerfile"
)

// This file is the command line's plumbing shared by every subcommand:
// flags and arguments, usage errors and how an error is printed, JSON
// output and the logger.

// newFlags returns a flag set for a subcommand that also accepts the
// global --config and --db flags. name is "status", "figure add", …
func (a *app) newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&a.configFlag, "config", a.configFlag, "tracker `FILE` (default $GAPWATCH_CONFIG, else ./gapwatch.yaml, else examples/venezuela.yaml)")
	fs.StringVar(&a.dbFlag, "db", a.dbFlag, "SQLite database `FILE` (its directory must exist) or a postgres:// URL (default $GAPWATCH_DB, else ./gapwatch.db)")
	return fs
}

// parseArgs parses flags and positional arguments in any order and returns
// the positional ones. -h or --help prints the command's help on standard
// output and returns flag.ErrHelp (exit status 0). Flag errors are usage
// errors naming the command.
func (a *app) parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				writeCommandHelp(a.stdout, fs.Name(), fs)
				return nil, flag.ErrHelp
			}
			return nil, usagef("%v (run 'gapwatch help %s')", flagError(err), fs.Name())
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// flagError rewrites the flag package's messages to name flags with two
// dashes, as the help does: "flag provided but not defined: --colour".
func flagError(err error) string {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return "unknown flag --" + strings.TrimPrefix(rest, "-")
	}
	if rest, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return "flag --" + strings.TrimPrefix(rest, "-") + " needs a value"
	}
	if m := invalidFlagValue.FindStringSubmatch(msg); m != nil {
		value, name, why := m[2], m[3], m[4]
		want := "want a whole number"
		switch {
		case m[1] != "":
			want = "want true or false"
		case strings.Contains(why, "out of range"):
			want = "the number is too large"
		case !strings.Contains(why, "parse error"):
			want = why
		}
		return fmt.Sprintf("invalid value %s for --%s: %s", value, name, want)
	}
	return msg
}

// invalidFlagValue matches the flag package's "invalid value "x" for flag
// -name: reason" and "invalid boolean value …".
var invalidFlagValue = regexp.MustCompile(`^invalid (boolean )?value ("(?:[^"\\]|\\.)*") for (?:flag )?-{1,2}([\w-]+): (.*)$`)

func wantArgs(cmd string, pos []string, min, max int) error {
	switch {
	case len(pos) < min:
		d, _ := docFor(cmd)
		return usagef("missing argument (usage: gapwatch %s)", d.usage)
	case len(pos) > max:
		return usagef("unexpected argument %q", pos[max])
	}
	return nil
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

// printError prints a subcommand's error on standard error and returns the
// exit status. Errors a user can fix (usage, domain errors) are shown by
// their message alone, others in full. Subcommands do not name themselves
// in their errors: it is done here, "gapwatch NAME: MESSAGE", except for a
// message of several lines and for the tracker-file errors validate
// reports (they name their file and line, as a compiler does), which stand
// alone.
func (a *app) printError(name string, err error) int {
	code := exitCode(err)
	msg := err.Error()
	var te *trackerfile.Error
	var ue *usageError
	isFileError := errors.As(err, &te)
	if code == 2 && tracker.ErrorCode(err) != tracker.Internal && !isFileError && !errors.As(err, &ue) {
		msg = tracker.ErrorMessage(err)
	}
	if strings.Contains(msg, "\n") || (name == "validate" && isFileError) {
		fmt.Fprintln(a.stderr, msg)
	} else {
		fmt.Fprintf(a.stderr, "gapwatch %s: %s\n", name, msg)
	}
	return code
}

// writeJSON prints v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// newLogger returns the service's logger on w (standard error): text or
// JSON, at the given level. Values are never tokens: nothing logs one.
func newLogger(w io.Writer, format, level string) *slog.Logger {
	var lvl slog.Level
	switch level {
	case "debug":
		lvl = slog.LevelDebug
	case "warn":
		lvl = slog.LevelWarn
	case "error":
		lvl = slog.LevelError
	default:
		lvl = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
