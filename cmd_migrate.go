package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/storage"
)

const migrateMore = `Copies every data table of an SQLite database into PostgreSQL in one
transaction, then prints each table's row count on both sides. The target
gets the same schema (the same migrations) and keeps the ids, so figure
numbers and permalinks stay valid; its id sequences continue after them.

--to defaults to --db, GAPWATCH_DB or GAPWATCH_DB_FILE when that is a
postgres:// URL. The SQLite file is opened read-only and never changed: one
at an older schema version is copied from an upgraded temporary copy. It
may be in use by a running 'gapwatch run': the copy is then a consistent
snapshot as of the start, and what the service writes later is not copied
(stop it first to move everything).

A target holding any data is refused unless --force, which replaces its
data in the same transaction: running the command again with --force gives
the same result. Not copied: the schema version table, the live instances
(heartbeats) and the leases of the old database's instances.

Exit status: 0 copied and every count equal; 1 a count differs (nothing is
committed) or the copy failed; 2 bad usage, a missing file, or a non-empty
target without --force.`

// cmdMigrate copies an SQLite database into PostgreSQL.
func (a *app) cmdMigrate(ctx context.Context, args []string) error {
	fs := a.newFlags("migrate")
	from := fs.String("from", "", "the SQLite database `FILE` to copy (required)")
	to := fs.String("to", "", "the PostgreSQL `URL` to copy into (default --db or $GAPWATCH_DB when it is a postgres:// URL)")
	force := fs.Bool("force", false, "replace the data of a target that is not empty")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("migrate", pos, 0, 0); err != nil {
		return err
	}
	if *from == "" {
		return usagef("--from FILE is required: the SQLite database to copy")
	}
	target := *to
	if target == "" {
		if p := a.dbPath(); storage.IsPostgresURL(p) {
			target = p
		} else {
			return usagef("--to is required: a postgres:// URL (or set %s to one)", envDB)
		}
	}
	if !storage.IsPostgresURL(target) {
		return usagef("--to %s is not a PostgreSQL URL: want postgres://USER:PASSWORD@HOST/DATABASE", storage.Redact(target))
	}
	rep, err := storage.CopySQLiteToPostgres(ctx, *from, target, storage.CopyOptions{
		Force: *force,
		Note:  func(s string) { fmt.Fprintf(a.stderr, "gapwatch migrate: %s\n", s) },
	})
	// The counts are shown when they were all taken (a failure half-way
	// rolls back, and partial counts would only confuse).
	if err == nil || errors.Is(err, storage.ErrCountMismatch) {
		printCopyCounts(a, rep)
	}
	switch {
	case errors.Is(err, storage.ErrSourceMissing), errors.Is(err, storage.ErrTargetNotEmpty):
		return usagef("%s", strings.TrimPrefix(err.Error(), "storage: "))
	case err != nil:
		return err
	}
	replaced := ""
	if rep.Replaced {
		replaced = " (its previous data replaced)"
	}
	fmt.Fprintf(a.stdout, "copied %d tables from %s into %s%s in %s (indexes and foreign keys rebuilt in %s)\n",
		len(rep.Tables), *from, storage.Redact(target), replaced, rep.Duration.Round(time.Millisecond), rep.IndexTime.Round(time.Millisecond))
	return nil
}

// printCopyCounts prints the table of row counts and what was not copied.
func printCopyCounts(a *app, rep storage.CopyReport) {
	w := len("table")
	for _, t := range rep.Tables {
		w = max(w, len(t.Table))
	}
	fmt.Fprintf(a.stdout, "%-*s  %10s  %10s  %-8s  %s\n", w, "table", "source", "target", "", "time")
	for _, t := range rep.Tables {
		state := "ok"
		if !t.OK() {
			state = "MISMATCH"
		}
		fmt.Fprintf(a.stdout, "%-*s  %10d  %10d  %-8s  %s\n", w, t.Table, t.Source, t.Target, state, t.Duration.Round(time.Millisecond))
	}
	var skipped []string
	for name := range rep.Skipped {
		skipped = append(skipped, name)
	}
	sort.Strings(skipped)
	for _, name := range skipped {
		fmt.Fprintf(a.stdout, "not copied: %s (%s)\n", name, rep.Skipped[name])
	}
}
