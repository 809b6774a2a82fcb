package ingest_test

import (
	"context"
	"errors"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/tracker"
)

// panickyReader panics for one source and reads nothing new for the others.
type panickyReader struct{ bad string }

func (r panickyReader) Read(ctx context.Context, src tracker.Source, _ tracker.SourceState, _ []tracker.Metric, _ []tracker.Actor,
	_ func([]string) ([]string, error)) (tracker.Reading, error) {
	if src.ID == r.bad {
		var m map[string]int
		m["boom"]++ // a nil map write: a real runtime panic
	}
	return tracker.Reading{NotModified: true}, nil
}

// TestPanicInOneSourceIsItsFailure polls every source with a reader that
// panics on one: that source fails (counted, backed off), the others
// succeed, and the process goes on.
func TestPanicInOneSourceIsItsFailure(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			p := e.poller(panickyReader{bad: "news"})
			results, err := p.PollAll(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, res := range results {
				want := ingest.StatusNotModified
				if res.SourceID == "news" {
					want = ingest.StatusError
				}
				if res.Status != want {
					t.Errorf("%s: status %s (%v), want %s", res.SourceID, res.Status, res.Err, want)
				}
			}
			st, err := e.store.SourceState(e.ctx, "news")
			if err != nil {
				t.Fatal(err)
			}
			if st.ConsecutiveFailures != 1 || st.LastError == "" || !st.NextCheck.After(e.clock.Now()) {
				t.Errorf("state after a panic = %+v; want one failure, its error and a later next check", st)
			}
		})
	}
}

// lockedStore fails to record figures and, when saveFails, to save the
// source state, as a locked or full database does.
type lockedStore struct {
	ingest.PollStore
	saveFails bool
}

var errLocked = errors.New("database is locked")

func (s *lockedStore) RecordFigure(context.Context, tracker.Figure) (tracker.Figure, bool, error) {
	return tracker.Figure{}, false, errLocked
}

func (s *lockedStore) SaveSourceState(ctx context.Context, st tracker.SourceState, notices ...tracker.OutboxItem) error {
	if s.saveFails {
		return errLocked
	}
	return s.PollStore.SaveSourceState(ctx, st, notices...)
}

// TestUnsavedPollIsAFailure: a poll whose figures cannot be stored counts
// as a failure with backoff (stored when the state can be saved, held in
// memory when even that fails), so the source is not fetched again at once.
func TestUnsavedPollIsAFailure(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			for _, saveFails := range []bool{false, true} {
				t.Run(map[bool]string{false: "state saved", true: "nothing saved"}[saveFails], func(t *testing.T) {
					e := newEnv(t)
					r := &fakeReader{readings: map[string][]reading{
						"balance": {{r: tracker.Reading{ContentHash: "h1", Items: []tracker.ReadItem{{Key: "sha256:h1", URL: "https://example.org/balance",
							Found: []tracker.Found{found("Foro Penal", tracker.Confirmed, 56, tracker.OriginStructured, false)}}}}}},
					}}
					p := e.poller(r)
					ls := &lockedStore{PollStore: e.store, saveFails: saveFails}
					p.Store = ls
					for range 3 {
						if _, err := p.PollDue(e.ctx); err != nil {
							t.Fatal(err)
						}
						e.clock.Add(time.Second)
					}
					if got := r.calls["balance"]; got != 1 {
						t.Errorf("balance read %d times in 3 s, want 1 (backoff after the unsaved poll)", got)
					}
					if !saveFails {
						st, _ := e.store.SourceState(e.ctx, "balance")
						if st.ConsecutiveFailures != 1 || st.LastError == "" {
							t.Errorf("state = %+v; want one failure with its error", st)
						}
					}
				})
			}
		})
	}
}
