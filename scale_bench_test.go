package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// BenchmarkScale measures the outside check's figures on each dialect: a
// generated tracker file of GAPWATCH_SCALE_SOURCES loopback sources
// (default 100,000) and a database of GAPWATCH_SCALE_FIGURES figures
// (default 10,000,000), bulk-inserted. It runs the real binary and
// reports, per process, the time until `run` says it is running (on an
// empty database, then again with the same catalog and the figures), the
// time of `status` and `status --json`, and the peak resident memory of
// each (the kernel's maxrss of the child). Run it once:
//
//	GAPWATCH_TEST_POSTGRES=postgres://… go test -run '^$' -bench Scale -benchtime 1x -timeout 1h .
func BenchmarkScale(b *testing.B) {
	nSources := scaleEnv(b, "GAPWATCH_SCALE_SOURCES", 100_000)
	nFigures := scaleEnv(b, "GAPWATCH_SCALE_FIGURES", 10_000_000)
	bin := buildBinary(b)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, balancePage(1000))
	}))
	defer site.Close()
	dir := b.TempDir()
	file := filepath.Join(dir, "gapwatch.yaml")
	if err := os.WriteFile(file, []byte(scaleTrackerFile(site.URL, nSources)), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, d := range storagetest.Dialects() {
		b.Run(d.Name, func(b *testing.B) {
			pg := d.Name == string(storage.Postgres)
			db := filepath.Join(dir, "scale.db")
			if pg {
				db = storagetest.PostgresSchema(b)
			}
			env := append(os.Environ(), "GAPWATCH_CONFIG="+file, "GAPWATCH_DB="+db, "GAPWATCH_HTTP_ADDR=", "DISCORD_TOKEN=")
			for b.Loop() {
				first := scaleRun(b, bin, dir, env)
				again := scaleRun(b, bin, dir, env)
				start := time.Now()
				if err := scaleSeed(b, db, pg, nFigures); err != nil {
					b.Fatal(err)
				}
				b.Logf("%s: %d sources, seeded %d figures in %s", d.Name, nSources, nFigures, time.Since(start).Round(time.Second))
				loaded := scaleRun(b, bin, dir, env)
				status := scaleCommand(b, bin, dir, env, "status")
				statusJSON := scaleCommand(b, bin, dir, env, "status", "--json")
				b.Logf("%s: run ready, empty database: %s", d.Name, first)
				b.Logf("%s: run ready, same catalog: %s", d.Name, again)
				b.Logf("%s: run ready, %d figures: %s", d.Name, nFigures, loaded)
				b.Logf("%s: status: %s", d.Name, status)
				b.Logf("%s: status --json: %s", d.Name, statusJSON)
				b.ReportMetric(first.took.Seconds(), "ready_empty_s")
				b.ReportMetric(loaded.took.Seconds(), "ready_s")
				b.ReportMetric(float64(max(first.rssMB, loaded.rssMB)), "run_MB")
				b.ReportMetric(statusJSON.took.Seconds()*1000, "status_json_ms")
				b.ReportMetric(float64(max(status.rssMB, statusJSON.rssMB)), "status_MB")
			}
		})
	}
}

// scaleEnv returns the whole number in the variable name, or def.
func scaleEnv(b *testing.B, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("%s=%q: give a whole number from 1", name, v)
	}
	return n
}

// scaleTrackerFile is a tracker file of n HTML sources on base, spread over
// base/s/0 … base/s/n-1, polled hourly.
func scaleTrackerFile(base string, n int) string {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, `  - id: s%06d
    url: %s/s/%d
    format: html
    schedule: "@every 1h"
    review: auto
    allow_private: true
    figures:
      - metric: ve-prisoners-released
        actor: %s
        select: "#released .count"
`, i, base, i, []string{"Foro Penal", "Government of Venezuela"}[i%2])
	}
	return serviceTrackerFile(base, sb.String())
}

// scaleResult is one process's wall time and peak resident memory.
type scaleResult struct {
	took  time.Duration
	cpu   time.Duration // user + system: what a busy machine does not inflate
	rssMB int64
	// settledMB is run's resident memory once it is running.
	settledMB int64
}

func (r scaleResult) String() string {
	if r.settledMB > 0 {
		return fmt.Sprintf("%s (CPU %s), peak %d MB, %d MB once running", r.took.Round(time.Millisecond), r.cpu.Round(time.Millisecond), r.rssMB, r.settledMB)
	}
	return fmt.Sprintf("%s (CPU %s), peak %d MB", r.took.Round(time.Millisecond), r.cpu.Round(time.Millisecond), r.rssMB)
}

// scaleRun starts `gapwatch run`, waits until it logs that it is running,
// stops it with SIGTERM and returns the time to ready and its peak RSS.
func scaleRun(b *testing.B, bin, dir string, env []string) scaleResult {
	b.Helper()
	cmd := exec.Command(bin, "run")
	cmd.Env, cmd.Dir, cmd.Stdout = env, dir, io.Discard
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	var took time.Duration
	var log strings.Builder
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		log.WriteString(sc.Text() + "\n")
		if strings.Contains(sc.Text(), "gapwatch running") {
			took = time.Since(start)
			break
		}
	}
	if took == 0 {
		cmd.Wait()
		b.Fatalf("run never got ready:\n%s", log.String())
	}
	// The peak so far of this process's own memory (VmHWM is reset by
	// exec, unlike the rusage maxrss a vforked child inherits from us).
	rss := procStatusMB(b, cmd.Process.Pid, "VmHWM:")
	settled := procStatusMB(b, cmd.Process.Pid, "VmRSS:")
	cpu := procCPU(b, cmd.Process.Pid)
	cmd.Process.Signal(syscall.SIGTERM)
	go io.Copy(io.Discard, stderr)
	timer := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	cmd.Wait()
	return scaleResult{took: took, cpu: cpu, rssMB: rss, settledMB: settled}
}

// procCPU returns the user and system time a live process used so far.
func procCPU(b *testing.B, pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// The fields after the command name in parentheses: utime and stime
	// are the 14th and 15th of the line, in clock ticks (100 a second).
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// procStatusMB returns a memory figure (VmHWM: the peak, VmRSS: now) of
// a live process, in MB.
func procStatusMB(b *testing.B, pid int, field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb / 1024
		}
	}
	b.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

// scaleCommand runs a command three times and returns the median time and
// the highest peak RSS. The memory is GNU time's (/usr/bin/time -f %M):
// the maxrss of a child this large process starts itself would include
// this process's own (the kernel carries it over the vfork and exec).
func scaleCommand(b *testing.B, bin, dir string, env []string, args ...string) scaleResult {
	b.Helper()
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		b.Skip("measuring memory needs GNU time (/usr/bin/time, Debian package time)")
	}
	var times, cpus []time.Duration
	var rss int64
	for range 3 {
		rssFile := filepath.Join(b.TempDir(), "rss")
		cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%M %U %S", "-o", rssFile, bin}, args...)...)
		cmd.Env, cmd.Dir = env, dir
		start := time.Now()
		out, err := cmd.CombinedOutput()
		took := time.Since(start)
		if err != nil {
			b.Fatalf("%v: %v\n%s", args, err, out)
		}
		times = append(times, took)
		data, _ := os.ReadFile(rssFile)
		var kb int64
		var user, sys float64
		if _, err := fmt.Sscanf(string(data), "%d %g %g", &kb, &user, &sys); err != nil {
			b.Fatalf("GNU time wrote %q: %v", data, err)
		}
		rss = max(rss, kb/1024)
		cpus = append(cpus, time.Duration((user+sys)*float64(time.Second)))
	}
	slices.Sort(times)
	slices.Sort(cpus)
	return scaleResult{took: times[1], cpu: cpus[1], rssMB: rss}
}

// scaleFigure returns the k-th generated figure's columns: two actors with
// both stances over ten years of days, one in twenty pending, rejected or
// superseded, spread over the sources.
func scaleFigure(k, nSources int) []any {
	const layout = "2006-01-02T15:04:05.000000000Z"
	actors := []struct {
		name   string
		stance tracker.Stance
	}{
		{"Foro Penal", tracker.Confirmed}, {"Foro Penal", tracker.Claimed},
		{"Government of Venezuela", tracker.Claimed}, {"Government of Venezuela", tracker.Confirmed},
	}
	a := actors[k%len(actors)]
	first := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	asOf := first.AddDate(0, 0, (k/len(actors))%3650)
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
	key := "ve-prisoners-released|" + tracker.FoldName(a.name) + "|" + string(a.stance) + "|" + strconv.Itoa(k) + "|0|exact|" + asOf.Format(time.DateOnly)
	date := asOf.Format(layout)
	return []any{"ve-prisoners-released", int64(k), int64(0), "exact", string(a.stance), a.name, fmt.Sprintf("s%06d", k%nSources), "structured",
		date, seen.Format(layout), string(status), "source", int64(0), key, date}
}

var scaleColumns = []string{"metric_id", "value", "value_high", "qualifier", "stance", "actor", "source_id", "origin",
	"as_of", "seen_at", "status", "created_by", "revision", "dedup_key", "sort_date"}

// scaleSeed bulk-inserts n figures: the figures indexes are dropped and
// rebuilt afterwards; PostgreSQL takes the rows by COPY, SQLite in one
// transaction through one prepared statement of many rows.
func scaleSeed(b *testing.B, db string, pg bool, n int) error {
	ctx := context.Background()
	nSources := scaleEnv(b, "GAPWATCH_SCALE_SOURCES", 100_000)
	if pg {
		conn, err := pgx.Connect(ctx, db)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		ddl, err := dropIndexes(ctx, func(q string) ([][2]string, error) {
			rows, err := conn.Query(ctx, q)
			if err != nil {
				return nil, err
			}
			return pgx.CollectRows(rows, func(r pgx.CollectableRow) ([2]string, error) {
				var p [2]string
				return p, r.Scan(&p[0], &p[1])
			})
		}, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'figures' AND schemaname = current_schema() AND indexname NOT LIKE '%pkey'",
			func(q string) error { _, err := conn.Exec(ctx, q); return err })
		if err != nil {
			return err
		}
		// A throw-away database: no foreign-key triggers during the copy.
		if _, err := conn.Exec(ctx, "SET session_replication_role = replica"); err != nil {
			return err
		}
		k := 0
		if _, err := conn.CopyFrom(ctx, pgx.Identifier{"figures"}, scaleColumns, pgx.CopyFromFunc(func() ([]any, error) {
			if k == n {
				return nil, nil
			}
			k++
			return scaleFigure(k-1, nSources), nil
		})); err != nil {
			return fmt.Errorf("copy figures: %w", err)
		}
		if _, err := conn.Exec(ctx, "SET maintenance_work_mem = '512MB'"); err != nil {
			return err
		}
		for _, q := range ddl {
			if _, err := conn.Exec(ctx, q); err != nil {
				return err
			}
		}
		_, err = conn.Exec(ctx, "ANALYZE figures")
		return err
	}
	s, err := storage.Open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	conn, err := s.DB().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, p := range []string{"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144", "PRAGMA foreign_keys = OFF"} {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ddl, err := dropIndexes(ctx, func(q string) ([][2]string, error) {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out [][2]string
		for rows.Next() {
			var p [2]string
			if err := rows.Scan(&p[0], &p[1]); err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, rows.Err()
	}, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL",
		func(q string) error { _, err := tx.ExecContext(ctx, q); return err })
	if err != nil {
		return err
	}
	const perStmt = 100
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(scaleColumns)), ", ") + ")"
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO figures ("+strings.Join(scaleColumns, ", ")+") VALUES "+
		strings.TrimSuffix(strings.Repeat(row+", ", perStmt), ", "))
	if err != nil {
		return err
	}
	defer stmt.Close()
	args := make([]any, 0, perStmt*len(scaleColumns))
	for k := range n {
		args = append(args, scaleFigure(k, nSources)...)
		if len(args) == cap(args) || k == n-1 {
			if len(args) < cap(args) { // the last, shorter batch
				if _, err := tx.ExecContext(ctx, "INSERT INTO figures ("+strings.Join(scaleColumns, ", ")+") VALUES "+
					strings.TrimSuffix(strings.Repeat(row+", ", len(args)/len(scaleColumns)), ", "), args...); err != nil {
					return err
				}
			} else if _, err := stmt.ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("insert figures up to %d: %w", k, err)
			}
			args = args[:0]
		}
	}
	for _, q := range ddl {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	for _, q := range []string{"ANALYZE", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// dropIndexes drops the indexes list returns (name, definition) and
// returns their definitions, to be run again after the bulk insert.
func dropIndexes(ctx context.Context, list func(string) ([][2]string, error), query string, exec func(string) error) ([]string, error) {
	idx, err := list(query)
	if err != nil {
		return nil, err
	}
	var ddl []string
	for _, p := range idx {
		if err := exec("DROP INDEX " + p[0]); err != nil {
			return nil, err
		}
		ddl = append(ddl, p[1])
	}
	return ddl, nil
}
