package tracker

import "time"

// AllMetrics is the metric id of a subscription that covers every metric.
const AllMetrics = "*"

// ConsoleChannel is the channel id of messages printed on standard output
// instead of posted to Discord.
const ConsoleChannel = "console"

// Subscription says what one channel receives about one metric (or about
// every metric when MetricID is AllMetrics): alerts, and digests on a cron
// schedule in a time zone.
type Subscription struct {
	ID             int64
	GuildID        string // empty for console subscriptions
	ChannelID      string // a Discord channel id, or ConsoleChannel
	MetricID       string // a metric id or AllMetrics
	Alerts         bool
	DigestSchedule string // robfig/cron spec; empty: no digest
	DigestTZ       string // IANA zone of the schedule; empty: UTC
	Moderators     bool   // a moderators' channel also hears of pending reviews
	FromFile       bool   // declared in the tracker file (re-synced on reload)
	UpdatedBy      string
	UpdatedAt      time.Time
	// PausedReason, when set, says why the channel's subscriptions are
	// paused (Discord refused a message there for good); /alerts on
	// resumes them.
	PausedReason string
	PausedAt     time.Time
}

// Paused reports whether the subscription is paused.
func (s Subscription) Paused() bool { return s.PausedReason != "" }

// Covers reports whether the subscription is about metric id.
func (s Subscription) Covers(metricID string) bool {
	return s.MetricID == AllMetrics || s.MetricID == metricID
}

// DigestState is what a channel's previous digest said, so the next one can
// tell what changed, and when the next one is due.
type DigestState struct {
	ChannelID string
	LastSent  time.Time
	NextDue   time.Time
	// Previous maps a metric id to the values its last digest showed.
	Previous map[string]DigestSnapshot
	// LastCorrectionID is the newest correction the last digest covered:
	// the next one lists the figures added or corrected after it.
	LastCorrectionID int64
	// LastNow is when the last digest on demand (/digest now) was sent.
	LastNow time.Time
}

// MinDigestInterval is the least time between two scheduled digests of a
// channel: a schedule that fires more often is refused.
const MinDigestInterval = 15 * time.Minute

// ScheduleMinGap returns the shortest time between two consecutive
// firings of a schedule, looking at up to 1,500 firings or 400 days from
// from; next returns the first firing after a time (zero: never again).
func ScheduleMinGap(next func(time.Time) (time.Time, error), from time.Time) (time.Duration, error) {
	prev, err := next(from)
	if err != nil || prev.IsZero() {
		return 0, err
	}
	gap := time.Duration(1<<63 - 1)
	end := prev.AddDate(0, 0, 400)
	for range 1500 {
		n, err := next(prev)
		if err != nil {
			return 0, err
		}
		if n.IsZero() || n.After(end) {
			break
		}
		gap = min(gap, n.Sub(prev))
		prev = n
	}
	return gap, nil
}

// DigestSnapshot is the part of a standing a digest compares with the next.
type DigestSnapshot struct {
	Confirmed *int64 `json:"confirmed,omitempty"`
	Claimed   *int64 `json:"claimed,omitempty"`
	Gap       *int64 `json:"gap,omitempty"`
	Flags     []Flag `json:"flags,omitempty"`
}

// Snapshot returns the values of s that a digest compares.
func (s Standing) Snapshot() DigestSnapshot {
	var d DigestSnapshot
	if s.Confirmed != nil {
		v := s.Confirmed.Value
		d.Confirmed = &v
	}
	if s.Claimed != nil {
		v := s.Claimed.Value
		d.Claimed = &v
	}
	if s.Gap != nil {
		v := *s.Gap
		d.Gap = &v
	}
	d.Flags = append([]Flag(nil), s.Flags...)
	return d
}

// DigestConfig describes one channel's digest: its schedule, the metrics it
// covers and where it stands.
type DigestConfig struct {
	GuildID    string
	ChannelID  string
	Schedule   string
	TZ         string
	Metrics    []string // metric ids, or [AllMetrics]
	Moderators bool
	State      DigestState
}
