package ingest_test

import (
	"context"
	"errors"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// flakySender fails the first failures deliveries, then records them.
type flakySender struct {
	mu        sync.Mutex
	failures  int
	err       error
	delivered []string
	refs      []string
}

func (s *flakySender) Deliver(_ context.Context, it tracker.OutboxItem, ref *tracker.OutboxItem) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failures > 0 {
		s.failures--
		return "", s.err
	}
	s.delivered = append(s.delivered, it.Key)
	if ref != nil {
		s.refs = append(s.refs, ref.MessageID)
	}
	return "msg-" + it.Key, nil
}

func TestDeliverRetriesWithBackoff(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			ids, err := e.store.Enqueue(e.ctx, tracker.OutboxItem{Key: "a", ChannelID: "111", Message: tracker.Message{Kind: tracker.KindAlert, Title: "A"}})
			if err != nil {
				t.Fatal(err)
			}
			s := &flakySender{failures: 2, err: errors.New("503 Service Unavailable")}
			d := e.deliverer(s, tracker.DiscordOnly)
			for _, step := range []struct {
				advance time.Duration
				want    int
			}{{0, 0}, {time.Second, 0}, {2 * time.Second, 0}, {4 * time.Second, 1}, {time.Hour, 0}} {
				e.clock.Add(step.advance)
				n, err := d.Drain(e.ctx)
				if err != nil || n != step.want {
					t.Fatalf("after +%v: delivered %d, %v; want %d", step.advance, n, err, step.want)
				}
			}
			it, _ := e.store.OutboxItem(e.ctx, ids[0])
			if it.MessageID != "msg-a" || it.Attempts != 3 || it.DeliveredAt.IsZero() {
				t.Errorf("item = %+v", it)
			}
		})
	}
}

func TestDeliverHonoursRetryAfterAndWaitsForReference(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			ids, _ := e.store.Enqueue(e.ctx, tracker.OutboxItem{Key: "post", ChannelID: "111", Message: tracker.Message{Kind: tracker.KindAlert}})
			e.store.Enqueue(e.ctx, tracker.OutboxItem{Key: "reply", ChannelID: "111", ReplyTo: ids[0], Message: tracker.Message{Kind: tracker.KindCorrection}})
			s := &flakySender{failures: 1, err: retryAfterErr{time.Minute}}
			d := e.deliverer(s, tracker.DiscordOnly)
			d.Drain(e.ctx) // post: 429, retry in a minute; reply: waits for the post
			if len(s.delivered) != 0 {
				t.Fatalf("delivered %v", s.delivered)
			}
			e.clock.Add(30 * time.Second)
			d.Drain(e.ctx)
			if len(s.delivered) != 0 {
				t.Fatalf("Retry-After not honoured: %v", s.delivered)
			}
			e.clock.Add(31 * time.Second)
			d.Drain(e.ctx)
			e.clock.Add(3 * time.Second)
			d.Drain(e.ctx)
			if got := s.delivered; len(got) != 2 || got[0] != "post" || got[1] != "reply" || s.refs[0] != "msg-post" {
				t.Errorf("delivered %v refs %v; want post then its reply", got, s.refs)
			}
		})
	}
}

func TestDeliverScopes(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			e.store.Enqueue(e.ctx,
				tracker.OutboxItem{Key: "c", ChannelID: tracker.ConsoleChannel, Message: tracker.Message{Kind: tracker.KindAlert}},
				tracker.OutboxItem{Key: "d", ChannelID: "111", Message: tracker.Message{Kind: tracker.KindAlert}})
			console := &flakySender{}
			e.deliverer(console, tracker.ConsoleOnly).Drain(e.ctx)
			if len(console.delivered) != 1 || console.delivered[0] != "c" {
				t.Errorf("console delivered %v", console.delivered)
			}
			if left := e.pending(); len(left) != 1 || left[0].Key != "d" {
				t.Errorf("left %v", keysOf(left))
			}
		})
	}
}
