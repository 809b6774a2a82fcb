package storage_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// Corrections become visible in the order of their ids: a writer that
// starts a correction while another's is uncommitted waits for it, so a
// reader following the stream by id (the fan-out's cursor) never steps
// past an id that commits later. Without that, three instances on one
// PostgreSQL lost an alert now and then.
func TestCorrectionsCommitInIDOrder(t *testing.T) {
	storagetest.Dialects()[1].Run(t, correctionsCommitInIDOrder)
}

func correctionsCommitInIDOrder(t *testing.T) {
	s, _ := openStore(t)
	ctx := context.Background()
	f := addFigure(t, s, tracker.Confirmed, "Foro Penal", 1)
	correction := tracker.Correction{FigureID: f.ID, Action: tracker.ActionCorrect, OldValue: 1, NewValue: 2,
		NewStatus: tracker.Approved, By: "test", At: time.Now()}

	// the first writer inserts its correction and holds its transaction open
	inserted, release, firstDone := make(chan int64), make(chan struct{}), make(chan error, 1)
	releaseFirst := sync.OnceFunc(func() { close(release) })
	defer releaseFirst() // (before the store closes, should the test fail)
	go func() { firstDone <- s.InsertCorrectionHolding(ctx, correction, inserted, release) }()
	var first int64
	select {
	case first = <-inserted:
	case err := <-firstDone:
		t.Fatalf("first writer: %v", err)
	}
	// a second writer starts meanwhile
	secondID, secondDone := make(chan int64, 1), make(chan error, 1)
	open := make(chan struct{})
	close(open)
	go func() { secondDone <- s.InsertCorrectionHolding(ctx, correction, secondID, open) }()
	select {
	case err := <-secondDone:
		t.Fatalf("the second correction committed (%v) while the first, uncommitted, held an earlier id", err)
	case <-time.After(500 * time.Millisecond):
	}
	releaseFirst()
	if err := <-firstDone; err != nil {
		t.Fatal(err)
	}
	if err := <-secondDone; err != nil {
		t.Fatal(err)
	}
	if second := <-secondID; second <= first {
		t.Errorf("ids: first %d, second %d; want the later commit to hold the later id", first, second)
	}
}
