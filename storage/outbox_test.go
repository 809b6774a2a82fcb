package storage_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// enqueue stores items and returns their ids.
func enqueue(t *testing.T, s *storage.Store, items ...tracker.OutboxItem) []int64 {
	t.Helper()
	ids, err := s.Enqueue(context.Background(), items...)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// post is an alert post to a channel.
func post(key, channel string) tracker.OutboxItem {
	return tracker.OutboxItem{Key: key, ChannelID: channel, Message: tracker.Message{Kind: tracker.KindAlert, Title: key}}
}

// statuses returns the status of each outbox item.
func statuses(t *testing.T, s *storage.Store, ids ...int64) []tracker.OutboxStatus {
	t.Helper()
	var out []tracker.OutboxStatus
	for _, id := range ids {
		it, err := s.OutboxItem(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, it.Status)
	}
	return out
}

func TestCommitFanoutMovesTheCursorForwardOnly(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			if got, err := s.Cursor(ctx, "fanout"); err != nil || got != 0 {
				t.Fatalf("cursor before any batch = %d, %v; want 0", got, err)
			}
			fig := addFigure(t, s, tracker.Confirmed, "Foro Penal", 56)
			alert := post("alert:1", "c1")
			alert.FigureID, alert.MetricID = fig.ID, fig.MetricID
			batch := tracker.FanoutBatch{Cursor: "fanout", Position: 5, Items: []tracker.OutboxItem{alert},
				FlagStates: []tracker.FlagState{{MetricID: fig.MetricID, Flags: []tracker.Flag{tracker.FlagGap}, Version: 1}}}
			if err := s.CommitFanout(ctx, batch); err != nil {
				t.Fatal(err)
			}
			// The same batch again, an older position and a newer flag state.
			batch.Position = 3
			batch.FlagStates = []tracker.FlagState{{MetricID: fig.MetricID, Flags: []tracker.Flag{}, Version: 2}}
			if err := s.CommitFanout(ctx, batch); err != nil {
				t.Fatal(err)
			}
			if got, err := s.Cursor(ctx, "fanout"); err != nil || got != 5 {
				t.Errorf("cursor = %d, %v; want 5 (never moved back)", got, err)
			}
			if got, err := s.Cursor(ctx, "other"); err != nil || got != 0 {
				t.Errorf("another stream's cursor = %d, %v; want 0", got, err)
			}
			states, err := s.FlagStates(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := states, map[string]tracker.FlagState{fig.MetricID: {MetricID: fig.MetricID, Flags: []tracker.Flag{}, Version: 2}}; !reflect.DeepEqual(got, want) {
				t.Errorf("flag states = %+v, want %+v", got, want)
			}
			showing, err := s.AlertsShowing(ctx, fig.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(showing) != 1 || showing[0].Key != "alert:1" || showing[0].ChannelID != "c1" {
				t.Errorf("alerts showing figure %d = %+v, want alert:1 once", fig.ID, showing)
			}
			if showing, _ := s.AlertsShowing(ctx, fig.ID+1); len(showing) != 0 {
				t.Errorf("alerts showing another figure = %+v, want none", showing)
			}
		})
	}
}

func TestDeliverLocally(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			boom := errors.New("stdout closed")
			tests := []struct {
				name        string
				delivered   bool  // the item is delivered before
				writeErr    error // what the write returns
				wantWritten bool
				wantErr     error
				wantStatus  tracker.OutboxStatus
			}{
				{"written and marked", false, nil, true, nil, tracker.OutboxDelivered},
				{"write fails: nothing marked", false, boom, true, boom, tracker.OutboxPending},
				{"delivered already: not written again", true, nil, false, nil, tracker.OutboxDelivered},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					ctx := context.Background()
					s, now := openStore(t)
					id := enqueue(t, s, post("alert:1", tracker.ConsoleChannel))[0]
					if tt.delivered {
						if err := s.MarkDelivered(ctx, id, "", *now); err != nil {
							t.Fatal(err)
						}
					}
					written := false
					err := s.DeliverLocally(ctx, id, *now, func() error { written = true; return tt.writeErr })
					if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
						t.Errorf("error = %v, want %v", err, tt.wantErr)
					}
					if written != tt.wantWritten {
						t.Errorf("written = %v, want %v", written, tt.wantWritten)
					}
					if got := statuses(t, s, id)[0]; got != tt.wantStatus {
						t.Errorf("status = %q, want %q", got, tt.wantStatus)
					}
				})
			}
		})
	}
}

func TestLocalMarksAndNextAttempt(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, now := openStore(t)
			if _, ok, err := s.NextOutboxAttempt(ctx, tracker.AnyChannel); err != nil || ok {
				t.Errorf("empty outbox: next attempt ok = %v, %v; want false", ok, err)
			}
			ids := enqueue(t, s, post("console:1", tracker.ConsoleChannel), post("console:2", tracker.ConsoleChannel), post("discord:1", "c1"))
			if err := s.MarkFailed(ctx, ids[0], "write error", now.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			if err := s.MarkFailed(ctx, ids[2], "503", now.Add(2*time.Minute)); err != nil {
				t.Fatal(err)
			}
			for _, tt := range []struct {
				scope tracker.OutboxScope
				want  time.Time
			}{
				{tracker.AnyChannel, *now},
				{tracker.DiscordOnly, now.Add(2 * time.Minute)},
			} {
				got, ok, err := s.NextOutboxAttempt(ctx, tt.scope)
				if err != nil || !ok || !got.Equal(tt.want) {
					t.Errorf("next attempt (scope %d) = %v, %v, %v; want %v", tt.scope, got, ok, err, tt.want)
				}
			}

			for _, id := range []int64{ids[1], ids[2]} {
				if err := s.SetLocalMark(ctx, id, "stdout@120"); err != nil {
					t.Fatal(err)
				}
			}
			marked, err := s.LocallyMarked(ctx, tracker.ConsoleOnly)
			if err != nil {
				t.Fatal(err)
			}
			if len(marked) != 1 || marked[0].ID != ids[1] || marked[0].LocalMark != "stdout@120" {
				t.Errorf("locally marked (console) = %+v, want item %d marked stdout@120", marked, ids[1])
			}
			if err := s.SetLocalMark(ctx, ids[1], ""); err != nil {
				t.Fatal(err)
			}
			if marked, _ := s.LocallyMarked(ctx, tracker.ConsoleOnly); len(marked) != 0 {
				t.Errorf("after clearing the mark: %+v, want none", marked)
			}
			if err := s.MarkDelivered(ctx, ids[2], "m1", *now); err != nil {
				t.Fatal(err)
			}
			if marked, _ := s.LocallyMarked(ctx, tracker.AnyChannel); len(marked) != 0 {
				t.Errorf("a delivered item is still marked: %+v", marked)
			}
		})
	}
}

func TestMarkDead(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			notice := func(key string) *tracker.OutboxItem {
				it := tracker.OutboxItem{Key: key, ChannelID: "mods", Message: tracker.Message{Kind: tracker.KindNotice, Title: key}}
				return &it
			}
			tests := []struct {
				name         string
				pause        bool
				wantStatuses []tracker.OutboxStatus // the post, its edit, its edit's reply, another post to the channel, a post elsewhere
				wantPaused   []string
			}{
				{"refused: the post and what depends on it", false,
					[]tracker.OutboxStatus{tracker.OutboxFailed, tracker.OutboxFailed, tracker.OutboxFailed, tracker.OutboxPending, tracker.OutboxPending}, nil},
				{"channel gone: the channel's items and subscriptions too", true,
					[]tracker.OutboxStatus{tracker.OutboxFailed, tracker.OutboxFailed, tracker.OutboxFailed, tracker.OutboxFailed, tracker.OutboxPending}, []string{"c1"}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					ctx := context.Background()
					s, now := openStore(t)
					for _, ch := range []string{"c1", "c2"} {
						if err := s.SetAlerts(ctx, "g1", ch, tracker.AllMetrics, true, "ana"); err != nil {
							t.Fatal(err)
						}
					}
					ids := enqueue(t, s, post("post", "c1"))
					edit := post("edit", "c1")
					edit.Op, edit.EditOf = tracker.OpEdit, ids[0]
					ids = append(ids, enqueue(t, s, edit)...)
					reply := post("reply", "c1")
					reply.ReplyTo = ids[1]
					ids = append(ids, enqueue(t, s, reply, post("other", "c1"), post("elsewhere", "c2"))...)

					dl := tracker.DeadLetter{ID: ids[0], ChannelID: "c1", Reason: "403 Missing Access", At: *now, PauseChannel: tt.pause, Notice: notice("notice:1")}
					if err := s.MarkDead(ctx, dl); err != nil {
						t.Fatal(err)
					}
					if got := statuses(t, s, ids...); !reflect.DeepEqual(got, tt.wantStatuses) {
						t.Errorf("statuses = %v, want %v", got, tt.wantStatuses)
					}
					if it, _ := s.OutboxItem(ctx, ids[2]); it.LastError != fmt.Sprintf("dropped: outbox item %d it depends on failed", ids[0]) {
						t.Errorf("reply's error = %q", it.LastError)
					}
					paused, err := s.PausedChannels(ctx)
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, p := range paused {
						got = append(got, p.ChannelID)
						if p.PausedReason != "403 Missing Access" || !p.PausedAt.Equal(*now) {
							t.Errorf("paused %s: reason %q at %v", p.ChannelID, p.PausedReason, p.PausedAt)
						}
					}
					if !reflect.DeepEqual(got, tt.wantPaused) {
						t.Errorf("paused channels = %v, want %v", got, tt.wantPaused)
					}
					chans, err := s.AlertChannels(ctx, "ve-prisoners-released")
					if err != nil {
						t.Fatal(err)
					}
					if wantChans := map[bool][]string{false: {"c1", "c2"}, true: {"c2"}}[tt.pause]; !reflect.DeepEqual(chans, wantChans) {
						t.Errorf("alert channels = %v, want %v", chans, wantChans)
					}

					// One notice per failure episode: a second refusal adds none,
					// a delivery to the channel ends the episode.
					if err := s.MarkDead(ctx, tracker.DeadLetter{ID: ids[3], ChannelID: "c1", Reason: "again", Notice: notice("notice:2")}); err != nil {
						t.Fatal(err)
					}
					if got := noticeKeys(t, s); !reflect.DeepEqual(got, []string{"notice:1"}) {
						t.Errorf("notices = %v, want [notice:1]", got)
					}
					later := enqueue(t, s, post("later", "c1"), post("later still", "c1"))
					if err := s.MarkDelivered(ctx, later[0], "m1", *now); err != nil {
						t.Fatal(err)
					}
					if err := s.MarkDead(ctx, tracker.DeadLetter{ID: later[1], ChannelID: "c1", Reason: "refused again", Notice: notice("notice:3")}); err != nil {
						t.Fatal(err)
					}
					if got := noticeKeys(t, s); !reflect.DeepEqual(got, []string{"notice:1", "notice:3"}) {
						t.Errorf("notices after a delivery = %v, want [notice:1 notice:3]", got)
					}
				})
			}
		})
	}
}

// noticeKeys returns the keys of the pending items to the moderators.
func noticeKeys(t *testing.T, s *storage.Store) []string {
	t.Helper()
	due, err := s.DueOutbox(context.Background(), tracker.AnyChannel, t0.Add(time.Hour), 100)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, it := range due {
		if it.ChannelID == "mods" {
			keys = append(keys, it.Key)
		}
	}
	return keys
}
