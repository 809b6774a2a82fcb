// Package scheduler runs named jobs on cron schedules. It is a thin wrapper
// over github.com/robfig/cron/v3 that adds IANA time zones (CRON_TZ=...) with
// a default location, per-job panic recovery and overlap prevention, a
// context that is cancelled on Stop, a bounded Stop, and pure helpers (Parse,
// Validate) that compute due times with the same rules.
//
// Lifecycle: New, Add jobs, Start; Add, Remove and RunNow may be called at any
// time until Stop. A stopped Scheduler cannot be restarted.
package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// ID identifies a job within one Scheduler. Valid IDs are positive.
type ID int

// ErrStopped is returned (possibly wrapped) by Add and RunNow after Stop has
// been called.
var ErrStopped = errors.New("scheduler: stopped")

// ErrUnknownJob is returned (wrapped, with the ID) by RunNow for an ID that was
// never added or has been removed.
var ErrUnknownJob = errors.New("scheduler: unknown job")

// Option configures a Scheduler in New.
type Option func(*Scheduler)

// WithLocation sets the time zone for specs that carry no CRON_TZ= prefix.
// The default, and the value used when loc is nil, is time.Local.
func WithLocation(loc *time.Location) Option {
	return func(s *Scheduler) {
		if loc != nil {
			s.loc = loc
		}
	}
}

// WithLogger sets the logger. The default, and the value used when l is nil,
// is slog.Default(). Each job's records carry a "job" attribute with its name.
func WithLogger(l *slog.Logger) Option {
	return func(s *Scheduler) {
		if l != nil {
			s.log = l
		}
	}
}

// Scheduler runs named jobs on cron schedules. Its methods are safe for
// concurrent use. Create one with New.
type Scheduler struct {
	loc  *time.Location
	log  *slog.Logger
	cron *cron.Cron

	// ctx is passed to every job run and cancelled by Stop.
	ctx    context.Context
	cancel context.CancelFunc

	mu      sync.Mutex
	stopped bool
	// manual counts runs started by RunNow, which cron's own wait group does
	// not see. Add is only called under mu with stopped false.
	manual sync.WaitGroup
}

// New returns a Scheduler that is not yet started. It never fails.
func New(opts ...Option) *Scheduler {
	s := &Scheduler{loc: time.Local, log: slog.Default()}
	for _, opt := range opts {
		opt(s)
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	// The cron-level chain stays empty: every job gets its own chain in wrap,
	// so that the wrappers log the job's name.
	s.cron = cron.New(
		cron.WithLocation(s.loc),
		cron.WithLogger(cronLogger{l: s.log, infoLevel: slog.LevelDebug}),
	)
	return s
}

// Location returns the time zone used for specs without a CRON_TZ= prefix.
func (s *Scheduler) Location() *time.Location { return s.loc }

// Start begins running jobs on their schedules in a background goroutine. It
// does nothing if the Scheduler is already running or has been stopped.
func (s *Scheduler) Start() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	s.cron.Start()
}

// Add schedules job under name according to spec (see Parse; specs without a
// CRON_TZ= prefix use the Scheduler's location). It may be called before or
// after Start. Each run receives a context that is cancelled when Stop is
// called. A run that panics is recovered and logged, and a run that is due
// while the previous run of the same job is still going is skipped and logged.
//
// On failure Add returns ID 0 and an error: a *SpecError for a bad spec
// (`scheduler: job "NAME": bad spec "SPEC": REASON`), an error for an empty
// name or nil job, or an error wrapping ErrStopped after Stop.
func (s *Scheduler) Add(name, spec string, job func(ctx context.Context)) (ID, error) {
	if name == "" {
		return 0, fmt.Errorf("scheduler: add job with spec %q: empty job name", spec)
	}
	if job == nil {
		return 0, fmt.Errorf("scheduler: add job %q: nil job function", name)
	}
	sched, err := parse(spec, s.loc)
	if err != nil {
		return 0, &SpecError{Job: name, Spec: spec, Err: err}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return 0, fmt.Errorf("scheduler: add job %q: %w", name, ErrStopped)
	}
	id := ID(s.cron.Schedule(sched, s.wrap(name, job)))
	s.log.Debug("scheduler: job added", "job", name, "job_id", int(id), "spec", spec)
	return id, nil
}

// Remove unschedules the job with the given ID. A run already in progress is
// not interrupted; it still sees its context cancelled at Stop. Removing an
// unknown ID does nothing.
func (s *Scheduler) Remove(id ID) {
	s.cron.Remove(cron.EntryID(id))
}

// RunNow starts one run of the job with the given ID in the background,
// outside its schedule, and returns without waiting for it. The run obeys
// the same rules as a scheduled one: if the job is already running the run
// is skipped (and logged), and a panic is recovered. Stop waits for it.
//
// RunNow returns nil once the run has been started or skipped, an error
// wrapping ErrUnknownJob if no job has that ID, or one wrapping ErrStopped
// after Stop.
func (s *Scheduler) RunNow(id ID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return fmt.Errorf("scheduler: run job %d: %w", id, ErrStopped)
	}
	entry := s.cron.Entry(cron.EntryID(id))
	if !entry.Valid() {
		return fmt.Errorf("scheduler: run job %d: %w", id, ErrUnknownJob)
	}
	s.manual.Add(1)
	go func() {
		defer s.manual.Done()
		entry.WrappedJob.Run()
	}()
	return nil
}

// Stop stops scheduling new runs, cancels the context passed to jobs, and
// waits for runs in progress (scheduled or started by RunNow) to return. It
// returns nil once they have all returned, or ctx.Err() if ctx is done first;
// in that case the remaining runs continue in the background. Stop may be
// called more than once, and before Start.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()

	cronDone := s.cron.Stop() // no new runs; Done when scheduled runs return
	s.cancel()

	done := make(chan struct{})
	go func() {
		<-cronDone.Done()
		s.manual.Wait()
		close(done)
	}()
	select {
	case <-done:
		s.log.Info("scheduler: stopped")
		return nil
	case <-ctx.Done():
		s.log.Warn("scheduler: stop gave up waiting for running jobs", "error", ctx.Err())
		return ctx.Err()
	}
}

// wrap turns job into a cron.Job that receives the Scheduler's context and is
// decorated, outermost first, by cron.SkipIfStillRunning and cron.Recover.
//
// The order matters: SkipIfStillRunning hands a single token back after the
// run returns, so a panic must be recovered inside it; with Recover outside,
// one panic would lose the token and every later run would be skipped.
func (s *Scheduler) wrap(name string, job func(context.Context)) cron.Job {
	l := s.log.With("job", name)
	cl := cronLogger{l: l, infoLevel: slog.LevelWarn}
	run := cron.FuncJob(func() {
		start := time.Now()
		l.Debug("scheduler: job started")
		job(s.ctx)
		l.Debug("scheduler: job finished", "duration", time.Since(start))
	})
	return cron.NewChain(cron.SkipIfStillRunning(cl), cron.Recover(cl)).Then(run)
}
