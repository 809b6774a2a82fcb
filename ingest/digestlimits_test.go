package ingest_test

import (
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestDigestNowCooldown: a second /digest now in a channel within the
// cooldown is refused (Conflict); after it, and in another channel, it
// goes through; a scheduled digest does not reset the cooldown.
func TestDigestNowCooldown(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			d := ingest.NewDigester(e.store, e.msgs, scheduler.NextTime)
			d.Now, d.NowCooldown = e.clock.Now, 10*time.Minute
			steps := []struct {
				advance time.Duration
				channel string
				want    tracker.Code // "" for sent
			}{
				{0, "999", ""},
				{time.Minute, "999", tracker.Conflict},
				{0, "888", ""},
				{8 * time.Minute, "999", tracker.Conflict},
				{time.Minute + time.Second, "999", ""},
			}
			for i, s := range steps {
				e.clock.Add(s.advance)
				_, err := d.SendNow(e.ctx, "g1", s.channel)
				if got := tracker.ErrorCode(err); err != nil && got != s.want || err == nil && s.want != "" {
					t.Errorf("step %d (%s): error %v, want code %q", i, s.channel, err, s.want)
				}
			}
		})
	}
}

func TestScheduleMinGap(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			from := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
			tests := []struct {
				spec string
				want time.Duration
			}{
				{"0 9 * * *", 24 * time.Hour},
				{"@every 12h", 12 * time.Hour},
				{"*/5 * * * *", 5 * time.Minute},
				{"*/5 9 * * *", 5 * time.Minute},
				{"0,5 9 1 6 *", 5 * time.Minute}, // two firings a year, five minutes apart
				{"@every 15m", 15 * time.Minute},
			}
			for _, tc := range tests {
				got, err := tracker.ScheduleMinGap(func(t time.Time) (time.Time, error) { return scheduler.NextTime(tc.spec, "", t) }, from)
				if err != nil || got != tc.want {
					t.Errorf("ScheduleMinGap(%q) = %s, %v; want %s", tc.spec, got, err, tc.want)
				}
			}
		})
	}
}
