package ingest_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
)

// BenchmarkPollLeased measures a poll cycle of 1,000 due sources on
// loopback (answering 304) taken with leases by 1 and by 3 pollers, each
// with its own connection pool, on one PostgreSQL database; it fails if a
// source is polled by more than one of them or not at all. When the
// server has pg_stat_statements loaded (shared_preload_libraries) it also
// reports the statements (BEGIN and COMMIT included) and the transactions
// the pollers sent per source polled.
//
//	GAPWATCH_TEST_POSTGRES=postgres://… go test -run '^$' -bench PollLeased -benchtime 5x ./ingest/
func BenchmarkPollLeased(b *testing.B) {
	const n = 1000
	srv := unchangedFeeds("")
	defer srv.Close()
	for _, instances := range []int{1, 3} {
		b.Run(fmt.Sprintf("instances=%d", instances), func(b *testing.B) {
			dsn := storagetest.PostgresSchema(b)
			ctx := context.Background()
			var pollers []*ingest.Poller
			var first *storage.Store
			for i := range instances {
				store, err := storage.Open(ctx, dsn)
				if err != nil {
					b.Fatal(err)
				}
				defer store.Close()
				if i == 0 {
					first = store
					if _, err := store.SyncCatalog(ctx, feedsCatalog(srv.URL, n)); err != nil {
						b.Fatal(err)
					}
				}
				p := benchPoller(store)
				p.Instance = fmt.Sprintf("bench-%d", i)
				pollers = append(pollers, p)
			}
			if _, err := pollers[0].PollAll(ctx); err != nil { // validators stored
				b.Fatal(err)
			}
			stmts0, xacts0, counted := statementCalls(ctx, first)
			b.ResetTimer()
			var busy time.Duration
			for range b.N {
				b.StopTimer()
				if _, err := first.DB().ExecContext(ctx, "UPDATE source_state SET next_check = NULL"); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				counts := make([]int, instances)
				var wg sync.WaitGroup
				for i, p := range pollers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						res, err := p.PollDue(ctx)
						if err != nil {
							b.Error(err)
						}
						counts[i] = len(res)
					}()
				}
				wg.Wait()
				busy += time.Since(start)
				total := 0
				for _, k := range counts {
					total += k
				}
				if total != n {
					b.Fatalf("polled %d sources in one cycle (per poller %v), want %d: each once", total, counts, n)
				}
			}
			b.ReportMetric(float64(n*b.N)/busy.Seconds(), "sources/s")
			if stmts1, xacts1, ok := statementCalls(ctx, first); counted && ok {
				// Less the cycles' own resets (one UPDATE each) and the
				// counting query itself.
				polled := float64(n * b.N)
				b.ReportMetric(float64(stmts1-stmts0-int64(b.N)-1)/polled, "statements/source")
				b.ReportMetric(float64(xacts1-xacts0)/polled, "transactions/source")
			}
		})
	}
}

// statementCalls returns how many statements, and how many of them BEGIN,
// the database has run so far according to pg_stat_statements, and false
// when the extension is not loaded.
func statementCalls(ctx context.Context, s *storage.Store) (stmts, xacts int64, ok bool) {
	if _, err := s.DB().ExecContext(ctx, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"); err != nil {
		return 0, 0, false
	}
	var schema string // the extension may live in another schema than the test's
	if err := s.DB().QueryRowContext(ctx, "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_stat_statements'").Scan(&schema); err != nil {
		return 0, 0, false
	}
	err := s.DB().QueryRowContext(ctx, `SELECT COALESCE(SUM(calls), 0), COALESCE(SUM(calls) FILTER (WHERE query ILIKE 'begin%'), 0)
		FROM `+schema+`.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&stmts, &xacts)
	return stmts, xacts, err == nil
}
