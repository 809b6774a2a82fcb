package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// exportDoc is the help of `gapwatch export`.
var exportDoc = cmdDoc{
	usage:   "export [--metric M] [--since DATE] [--format csv|jsonl] [-o FILE]",
	summary: "write every figure, one row each with its first evidence, as CSV or JSON Lines",
	more: `Columns (CSV header and JSON field names): ` + strings.Join(report.ExportColumns, ", ") + `.
Rows come oldest first (by the date the figure refers to). A figure seen in several
places is exported with its first (earliest) evidence; 'gapwatch figure show ID' lists
all. The permalink is $GAPWATCH_PUBLIC_URL/f/ID, or /f/ID when no public URL is set.
CSV follows RFC 4180; text is written as it was quoted, so a spreadsheet may read a
cell starting with = + - @ as a formula: import the file as text. With -o the file is
written to a temporary file beside it and renamed, so it is whole or unchanged.`,
	example: "gapwatch export --metric ve-prisoners-released --since 2026-01-01 --format jsonl -o figures.jsonl",
}

// cmdExport writes the figures as CSV or JSON Lines to standard output or
// to a file, row by row from the store.
func (a *app) cmdExport(ctx context.Context, args []string) error {
	fs := a.newFlags("export")
	metric := fs.String("metric", "", "only the figures of metric `ID` (default: all metrics)")
	since := fs.String("since", "", "only figures that refer to `DATE` (YYYY-MM-DD) or later")
	format := fs.String("format", report.ExportCSV, "`FORMAT`: csv or jsonl")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of standard output")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	switch *format {
	case report.ExportCSV, report.ExportJSONL:
	default:
		return usagef("--format %q is not one of csv, jsonl", *format)
	}
	filter := tracker.FigureFilter{Oldest: true}
	if *since != "" {
		if filter.Since, err = tracker.ParseDate(*since); err != nil {
			return usagef("--since: %s", tracker.ErrorMessage(err))
		}
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if m := strings.TrimSpace(*metric); m != "" {
		if _, err := s.Metric(ctx, m); err != nil {
			if tracker.ErrorCode(err) == tracker.NotFound {
				return fmt.Errorf("unknown metric %q: the tracker file declares no such enabled metric ('gapwatch validate' lists them)", m)
			}
			return err
		}
		filter.MetricID = m
	}
	write := func(w io.Writer) error {
		ew, err := report.NewExportWriter(w, *format)
		if err != nil {
			return err
		}
		publicURL := strings.TrimSpace(a.getenv(envPublicURL))
		if err := s.EachFigure(ctx, filter, func(f tracker.Figure) error {
			return ew.Write(report.NewExportRow(f, publicURL))
		}); err != nil {
			return err
		}
		return ew.Close()
	}
	if *out == "" {
		w := a.stdout
		if isTerminal(w) {
			// Text from sources never drives the terminal; a pipe or a
			// file gets the data unchanged.
			w = tracker.NewControlFilter(w)
		}
		return write(w)
	}
	return writeFileAtomically(*out, write)
}

// writeFileAtomically writes path through a temporary file in the same
// directory, synced and then renamed over path: path is either the whole
// new content or left as it was. The temporary file is removed on failure.
func writeFileAtomically(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot replace %s: %w", path, err)
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
