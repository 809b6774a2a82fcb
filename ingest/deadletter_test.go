package ingest_test

import (
	"errors"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// refusal is a delivery error that says whether it is final and whether
// the channel is gone, as bot.APIError does.
type refusal struct {
	final, gone bool
}

func (r refusal) Error() string     { return "refused" }
func (r refusal) Permanent() bool   { return r.final }
func (r refusal) ChannelGone() bool { return r.gone }

func TestDeadLetters(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			tests := []struct {
				name        string
				err         error
				age         time.Duration // how old the item is at its attempt
				wantStatus  tracker.OutboxStatus
				wantPaused  bool
				wantNotices int
			}{
				{"final refusal", refusal{final: true}, 0, tracker.OutboxFailed, false, 1},
				{"channel gone", refusal{final: true, gone: true}, 0, tracker.OutboxFailed, true, 1},
				{"transient", refusal{}, 0, tracker.OutboxPending, false, 0},
				{"plain network error", errors.New("connection reset"), time.Hour, tracker.OutboxPending, false, 0},
				{"transient past 24 hours", errors.New("503"), 24 * time.Hour, tracker.OutboxFailed, false, 1},
			}
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					e := newEnv(t)
					if err := e.store.SetAlerts(e.ctx, "g", "111", tracker.AllMetrics, true, "t"); err != nil {
						t.Fatal(err)
					}
					ids, err := e.store.Enqueue(e.ctx,
						tracker.OutboxItem{Key: "post", ChannelID: "111", Message: tracker.Message{Kind: tracker.KindAlert}},
						tracker.OutboxItem{Key: "other", ChannelID: "111", Message: tracker.Message{Kind: tracker.KindAlert}, NextAttemptAt: e.clock.Now().Add(time.Hour)})
					if err != nil {
						t.Fatal(err)
					}
					if _, err := e.store.Enqueue(e.ctx, tracker.OutboxItem{Key: "edit", ChannelID: "111", Op: tracker.OpEdit, EditOf: ids[0],
						Message: tracker.Message{Kind: tracker.KindAlert}}); err != nil {
						t.Fatal(err)
					}
					e.clock.Add(tc.age)
					s := &flakySender{failures: 1, err: tc.err}
					d := e.deliverer(s, tracker.DiscordOnly)
					d.Notices, d.NoticeChannel = report.Messages{}, "999"
					if _, err := d.Drain(e.ctx); err != nil {
						t.Fatal(err)
					}
					it, err := e.store.OutboxItem(e.ctx, ids[0])
					if err != nil {
						t.Fatal(err)
					}
					if got, want := it.Status, tc.wantStatus; got != want {
						t.Errorf("status = %q, want %q (error %q)", got, want, it.LastError)
					}
					if tc.wantStatus == tracker.OutboxFailed {
						if it.FailedAt.IsZero() || it.LastError == "" {
							t.Errorf("failed item without time or reason: %+v", it)
						}
						// The edit of the failed post goes with it.
						all, _ := e.store.DueOutbox(e.ctx, tracker.AnyChannel, e.clock.Now().Add(48*time.Hour), 10)
						for _, x := range all {
							if x.Key == "edit" {
								t.Errorf("the edit of a failed post is still pending")
							}
						}
						// The failed item is never tried again.
						e.clock.Add(48 * time.Hour)
						before := len(s.delivered)
						d.Drain(e.ctx)
						for _, k := range s.delivered[before:] {
							if k == "post" {
								t.Errorf("a failed item was delivered later")
							}
						}
					}
					subs, _ := e.store.Subscriptions(e.ctx, "111")
					if got := len(subs) == 1 && subs[0].Paused(); got != tc.wantPaused {
						t.Errorf("paused = %v, want %v", got, tc.wantPaused)
					}
					var notices int
					if err := e.store.DB().QueryRowContext(e.ctx, "SELECT COUNT(*) FROM outbox WHERE channel_id = '999'").Scan(&notices); err != nil {
						t.Fatal(err)
					}
					if got := notices; got != tc.wantNotices {
						t.Errorf("notices = %d, want %d", got, tc.wantNotices)
					}
				})
			}
		})
	}
}
