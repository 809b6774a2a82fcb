package commands_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

// benchFigures is how many figures BenchmarkStatusCommand seeds.
const benchFigures = 1_000_000

var bench struct {
	once  sync.Once
	dir   string
	store *storage.Store
	took  time.Duration
	err   error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.store != nil {
		bench.store.Close()
	}
	if bench.dir != "" && os.Getenv("KEEP_BENCH_DB") == "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// benchStore returns a store with a million figures, seeded once per test
// binary: 2 actors × 2 stances over ten years of days, mostly approved,
// inserted in one transaction through a prepared statement.
func benchStore(b *testing.B) *storage.Store {
	b.Helper()
	bench.once.Do(func() {
		start := time.Now()
		ctx := context.Background()
		if bench.dir, bench.err = os.MkdirTemp("", "gapwatch-bench-"); bench.err != nil {
			return
		}
		if bench.store, bench.err = storage.Open(ctx, filepath.Join(bench.dir, "g.db")); bench.err != nil {
			return
		}
		if _, bench.err = bench.store.SyncCatalog(ctx, testCatalog()); bench.err != nil {
			return
		}
		bench.err = seedFigures(ctx, bench.store, benchFigures)
		bench.took = time.Since(start)
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.store
}

// seedRows is how many figures one INSERT statement carries.
const seedRows = 100

// seedFigures bulk-inserts n figures on one connection in one transaction:
// the figures indexes are dropped first and rebuilt from their own
// definitions afterwards (a sorted build is much faster than a million
// updates), and rows go in batches through one prepared statement.
func seedFigures(ctx context.Context, s *storage.Store, n int) error {
	const layout = "2006-01-02T15:04:05.000000000Z"
	conn, err := s.DB().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	// A throwaway database: no fsync, a large page cache.
	for _, p := range []string{"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"} {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	rows, err := conn.QueryContext(ctx, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL")
	if err != nil {
		return err
	}
	var names, ddl []string
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			rows.Close()
			return err
		}
		names, ddl = append(names, name), append(ddl, sql)
	}
	rows.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, name := range names {
		if _, err := tx.ExecContext(ctx, "DROP INDEX "+name); err != nil {
			return err
		}
	}
	row := "(?, ?, 0, 'exact', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO figures (metric_id, value, value_high, qualifier, stance, actor, source_id, origin,
		as_of, seen_at, status, created_by, revision, dedup_key, sort_date) VALUES `+strings.TrimSuffix(strings.Repeat(row+",", seedRows), ","))
	if err != nil {
		return err
	}
	defer stmt.Close()
	actors := []struct {
		name   string
		stance tracker.Stance
	}{
		{"Foro Penal", tracker.Confirmed}, {"Foro Penal", tracker.Claimed},
		{"Government of Venezuela", tracker.Claimed}, {"Government of Venezuela", tracker.Confirmed},
	}
	first := day(10).AddDate(-10, 0, 0)
	const days = 3650
	args := make([]any, 0, 12*seedRows)
	for k := range n {
		a := actors[k%len(actors)]
		asOf := first.AddDate(0, 0, (k/len(actors))%days)
		seen := asOf.Add(time.Duration(k%86400) * time.Second)
		status := tracker.Approved
		switch k % 20 {
		case 0:
			status = tracker.Pending
		case 1:
			status = tracker.Rejected
		case 2:
			status = tracker.Superseded
		}
		value := int64(k)
		date := asOf.Format(layout)
		key := strings.Join([]string{metricID, tracker.FoldName(a.name), string(a.stance), tracker.FormatPlain(value), "0", "exact",
			asOf.Format(time.DateOnly)}, "|")
		args = append(args, metricID, value, string(a.stance), a.name, "news", string(tracker.OriginProse),
			date, seen.Format(layout), string(status), "source:news", key, date)
		if len(args) == cap(args) {
			if _, err := stmt.ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("seed figures up to %d: %w", k, err)
			}
			args = args[:0]
		}
	}
	if len(args) > 0 {
		return fmt.Errorf("seed figures: %d is not a multiple of %d", n, seedRows)
	}
	for _, sql := range ddl {
		if _, err := tx.ExecContext(ctx, sql); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "ANALYZE"); err != nil {
		return err
	}
	// Fold the large write-ahead log into the database so every run reads
	// the same, settled file.
	_, err = conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return err
}

type discardResponder struct{}

func (discardResponder) Respond(context.Context, *discordgo.InteractionResponse) error { return nil }
func (discardResponder) Followup(context.Context, *discordgo.WebhookParams) error      { return nil }
func (discardResponder) EditOriginal(context.Context, *discordgo.WebhookEdit) error    { return nil }

// BenchmarkStatusCommand measures the /status handler, through the router,
// with a million figures in the store.
func BenchmarkStatusCommand(b *testing.B) {
	s := benchStore(b)
	b.Logf("seeded %d figures in %s", benchFigures, bench.took.Round(time.Millisecond))
	d := &commands.Router{Store: s, Now: func() time.Time { return t0 }, DeferAfter: -1}
	for _, bc := range []struct {
		name string
		i    *discordgo.Interaction
	}{
		{"one_metric", command(otherGuild, plainMember(), "status", opt("metric", metricID))},
		{"every_metric", command(otherGuild, plainMember(), "status")},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				d.Handle(ctx, bc.i, discardResponder{})
			}
		})
	}
}
