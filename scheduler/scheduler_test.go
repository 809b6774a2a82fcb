package scheduler

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// logSink collects JSON log records; safe for concurrent use.
type logSink struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *logSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

// records returns the records logged so far whose msg contains msg.
func (s *logSink) records(t *testing.T, msg string) []map[string]any {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s.buf.String()), "\n") {
		if line == "" {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("bad log line %q: %v", line, err)
		}
		if m, _ := rec["msg"].(string); strings.Contains(m, msg) {
			out = append(out, rec)
		}
	}
	return out
}

func newTestScheduler(t *testing.T, opts ...Option) (*Scheduler, *logSink) {
	t.Helper()
	sink := &logSink{}
	l := slog.New(slog.NewJSONHandler(sink, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := New(append([]Option{WithLogger(l), WithLocation(time.UTC)}, opts...)...)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = s.Stop(ctx)
	})
	return s, sink
}

// waitFor polls cond until it holds or a generous deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func recv(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func TestWrapRecoversPanic(t *testing.T) {
	t.Parallel()
	s, sink := newTestScheduler(t)
	var runs atomic.Int32
	job := s.wrap("boom", func(context.Context) {
		runs.Add(1)
		panic("kaput")
	})
	// A panic must not escape, and must not leave the no-overlap guard
	// locked: the second run has to happen too.
	job.Run()
	job.Run()
	if got, want := runs.Load(), int32(2); got != want {
		t.Errorf("runs = %d, want %d", got, want)
	}
	recs := sink.records(t, "job panicked")
	if got, want := len(recs), 2; got != want {
		t.Fatalf("panic log records = %d, want %d", got, want)
	}
	for _, rec := range recs {
		if got, want := rec["level"], "ERROR"; got != want {
			t.Errorf("level = %v, want %v", got, want)
		}
		if got, want := rec["job"], "boom"; got != want {
			t.Errorf("job = %v, want %v", got, want)
		}
		if got, want := rec["error"], "kaput"; got != want {
			t.Errorf("error = %v, want %v", got, want)
		}
		if st, _ := rec["stack"].(string); !strings.Contains(st, "goroutine") {
			t.Errorf("stack = %q, want a goroutine dump", st)
		}
	}
}

func TestWrapSkipsOverlappingRun(t *testing.T) {
	t.Parallel()
	s, sink := newTestScheduler(t)
	var runs atomic.Int32
	started := make(chan struct{})
	release := make(chan struct{})
	job := s.wrap("slow", func(context.Context) {
		if runs.Add(1) == 1 {
			close(started)
			<-release
		}
	})

	done := make(chan struct{})
	go func() { job.Run(); close(done) }()
	recv(t, started, "first run to start")

	job.Run() // overlaps the first run: skipped, returns at once
	if got, want := runs.Load(), int32(1); got != want {
		t.Errorf("runs while first still running = %d, want %d", got, want)
	}
	recs := sink.records(t, "run skipped")
	if got, want := len(recs), 1; got != want {
		t.Fatalf("skip log records = %d, want %d", got, want)
	}
	if got, want := recs[0]["job"], "slow"; got != want {
		t.Errorf("job = %v, want %v", got, want)
	}
	if got, want := recs[0]["level"], "WARN"; got != want {
		t.Errorf("level = %v, want %v", got, want)
	}

	close(release)
	recv(t, done, "first run to finish")
	job.Run() // no longer overlapping
	if got, want := runs.Load(), int32(2); got != want {
		t.Errorf("runs after first finished = %d, want %d", got, want)
	}
}

func TestRunNow(t *testing.T) {
	t.Parallel()
	s, sink := newTestScheduler(t)
	var runs atomic.Int32
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	// The schedule never comes due during the test; only RunNow runs it.
	id, err := s.Add("manual", "0 0 1 1 *", func(context.Context) {
		runs.Add(1)
		started <- struct{}{}
		<-release
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Start()

	if err := s.RunNow(id); err != nil {
		t.Fatalf("RunNow = %v, want nil", err)
	}
	recv(t, started, "RunNow run to start")
	if err := s.RunNow(id); err != nil { // overlaps: skipped
		t.Fatalf("second RunNow = %v, want nil", err)
	}
	// RunNow is asynchronous: release the first run only once the second has
	// been skipped.
	waitFor(t, "overlapping RunNow to be skipped", func() bool {
		return len(sink.records(t, "run skipped")) == 1
	})
	close(release)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("Stop = %v, want nil", err)
	}
	if got, want := runs.Load(), int32(1); got != want {
		t.Errorf("runs = %d, want %d", got, want)
	}

	if err := s.RunNow(id); !errors.Is(err, ErrStopped) {
		t.Errorf("RunNow after Stop = %v, want ErrStopped", err)
	}
}

func TestRunNowUnknown(t *testing.T) {
	t.Parallel()
	s, _ := newTestScheduler(t)
	id, err := s.Add("x", "@hourly", func(context.Context) {})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		id   ID
	}{
		{"never added", id + 100},
		{"zero", 0},
	}
	for _, tt := range tests {
		if err := s.RunNow(tt.id); !errors.Is(err, ErrUnknownJob) {
			t.Errorf("%s: RunNow(%d) = %v, want ErrUnknownJob", tt.name, tt.id, err)
		}
	}
	s.Remove(id)
	if err := s.RunNow(id); !errors.Is(err, ErrUnknownJob) {
		t.Errorf("RunNow(removed) = %v, want ErrUnknownJob", err)
	}
}

func TestAddErrors(t *testing.T) {
	t.Parallel()
	s, _ := newTestScheduler(t)
	nop := func(context.Context) {}
	tests := []struct {
		name, jobName, spec string
		job                 func(context.Context)
		want                string // error prefix
	}{
		{"bad spec", "poll", "every 5m", nop, `scheduler: job "poll": bad spec "every 5m": expected exactly 5 fields`},
		{"bad zone", "poll", "CRON_TZ=Mars/Base @daily", nop, `scheduler: job "poll": bad spec "CRON_TZ=Mars/Base @daily": unknown time zone "Mars/Base"`},
		{"empty name", "", "@daily", nop, `scheduler: add job with spec "@daily": empty job name`},
		{"nil job", "poll", "@daily", nil, `scheduler: add job "poll": nil job function`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := s.Add(tt.jobName, tt.spec, tt.job)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("Add = %d, %v; want error starting %q", id, err, tt.want)
			}
			if id != 0 {
				t.Errorf("Add returned ID %d with error, want 0", id)
			}
		})
	}

	var se *SpecError
	_, err := s.Add("poll", "61 * * * *", nop)
	if !errors.As(err, &se) || se.Job != "poll" || se.Spec != "61 * * * *" {
		t.Errorf("Add error = %#v, want *SpecError for job poll", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add("late", "@daily", nop); !errors.Is(err, ErrStopped) {
		t.Errorf("Add after Stop = %v, want ErrStopped", err)
	}
}

// TestScheduledRunsAndRemove covers the live cron loop: a panicking job keeps
// being scheduled and does not disturb other jobs, jobs can be added and
// removed while the scheduler runs, and Stop waits for a running job that
// honours its context.
func TestScheduledRunsAndRemove(t *testing.T) {
	t.Parallel()
	s, sink := newTestScheduler(t)
	s.Start()

	var removedRuns, panics atomic.Int32
	removed, err := s.Add("removed", "@every 1s", func(context.Context) { removedRuns.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add("panicky", "@every 1s", func(context.Context) {
		panics.Add(1)
		panic(errors.New("tracker exploded"))
	}); err != nil {
		t.Fatal(err)
	}
	s.Remove(removed)

	// Added after Start and after the Remove; blocks until Stop.
	started := make(chan struct{})
	var once sync.Once
	var finished atomic.Bool
	if _, err := s.Add("waiter", "@every 1s", func(ctx context.Context) {
		once.Do(func() { close(started) })
		<-ctx.Done()
		time.Sleep(50 * time.Millisecond) // clean-up work after cancellation
		finished.Store(true)
	}); err != nil {
		t.Fatal(err)
	}

	recv(t, started, "scheduled run of waiter")
	waitFor(t, "panicky job to run twice", func() bool { return panics.Load() >= 2 })

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("Stop = %v, want nil", err)
	}
	if !finished.Load() {
		t.Error("Stop returned before the running job finished")
	}
	if got := removedRuns.Load(); got != 0 {
		t.Errorf("removed job ran %d times, want 0", got)
	}
	if got := len(sink.records(t, "job panicked")); got < 2 {
		t.Errorf("panic log records = %d, want >= 2", got)
	}
}

func TestStopDeadline(t *testing.T) {
	t.Parallel()
	s, _ := newTestScheduler(t)
	release := make(chan struct{})
	started := make(chan struct{})
	id, err := s.Add("stubborn", "0 0 1 1 *", func(context.Context) {
		close(started)
		<-release // ignores its context
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Start()
	if err := s.RunNow(id); err != nil {
		t.Fatal(err)
	}
	recv(t, started, "run to start")

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	begin := time.Now()
	err = s.Stop(ctx)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Stop = %v, want %v", err, context.DeadlineExceeded)
	}
	if waited := time.Since(begin); waited > 2*time.Second {
		t.Errorf("Stop took %v, want about 50ms", waited)
	}
	close(release)

	// Once the job returns, a second Stop succeeds.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel2()
	if err := s.Stop(ctx2); err != nil {
		t.Errorf("second Stop = %v, want nil", err)
	}
}

func TestStopBeforeStart(t *testing.T) {
	t.Parallel()
	s, _ := newTestScheduler(t)
	var runs atomic.Int32
	if _, err := s.Add("x", "@every 1s", func(context.Context) { runs.Add(1) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatalf("Stop = %v, want nil", err)
	}
	s.Start() // no effect after Stop
	time.Sleep(20 * time.Millisecond)
	if got := runs.Load(); got != 0 {
		t.Errorf("runs = %d, want 0", got)
	}
}

func TestCronLoggerAdapter(t *testing.T) {
	t.Parallel()
	sink := &logSink{}
	l := slog.New(slog.NewJSONHandler(sink, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cl := cronLogger{l: l, infoLevel: slog.LevelDebug}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

	cl.Info("removed", "entry", 7)
	cl.Info("schedule", "now", now, "entry", 3, "next", now)
	cl.Info("something new", "entry", 1)
	cl.Error(errors.New("bad"), "panic", "stack", "...")

	tests := []struct {
		msg   string
		level string
		want  map[string]any
	}{
		{"scheduler: job removed", "DEBUG", map[string]any{"job_id": float64(7)}},
		{"scheduler: job scheduled", "DEBUG", map[string]any{"job_id": float64(3), "now": "2026-01-02T03:04:05Z"}},
		{"scheduler: cron: something new", "DEBUG", map[string]any{"job_id": float64(1)}},
		{"scheduler: job panicked", "ERROR", map[string]any{"error": "bad", "stack": "..."}},
	}
	for _, tt := range tests {
		recs := sink.records(t, tt.msg)
		if len(recs) != 1 {
			t.Errorf("records for %q = %d, want 1", tt.msg, len(recs))
			continue
		}
		rec := recs[0]
		if got, want := rec["level"], tt.level; got != want {
			t.Errorf("%q level = %v, want %v", tt.msg, got, want)
		}
		if _, ok := rec["entry"]; ok {
			t.Errorf("%q still has key entry", tt.msg)
		}
		for k, want := range tt.want {
			if got := rec[k]; got != want {
				t.Errorf("%q %s = %v, want %v", tt.msg, k, got, want)
			}
		}
	}

	// Debug chatter is dropped cheaply when the level is disabled.
	quiet := &logSink{}
	cq := cronLogger{l: slog.New(slog.NewJSONHandler(quiet, nil)), infoLevel: slog.LevelDebug}
	cq.Info("wake", "now", now)
	if got := len(quiet.records(t, "")); got != 0 {
		t.Errorf("records at Info level = %d, want 0", got)
	}
}
