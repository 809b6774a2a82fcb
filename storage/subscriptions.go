package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// upsertSubscription inserts or updates the (channel, metric) subscription
// and returns its id and whether it was added.
func upsertSubscription(ctx context.Context, tx *sql.Tx, sub tracker.Subscription) (int64, bool, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM subscriptions WHERE channel_id = ? AND metric_id = ?", sub.ChannelID, sub.MetricID).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		err := tx.QueryRowContext(ctx, `INSERT INTO subscriptions (guild_id, channel_id, metric_id, alerts, digest_schedule, digest_tz, moderators, from_file, updated_by, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			sub.GuildID, sub.ChannelID, sub.MetricID, sub.Alerts, sub.DigestSchedule, sub.DigestTZ, sub.Moderators, sub.FromFile, sub.UpdatedBy, ts(sub.UpdatedAt)).Scan(&id)
		if err != nil {
			return 0, false, err
		}
		return id, true, nil
	case err != nil:
		return 0, false, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET guild_id = ?, alerts = ?, digest_schedule = ?, digest_tz = ?, moderators = ?, from_file = ?,
		updated_by = ?, updated_at = ? WHERE id = ?`,
		sub.GuildID, sub.Alerts, sub.DigestSchedule, sub.DigestTZ, sub.Moderators, sub.FromFile, sub.UpdatedBy, ts(sub.UpdatedAt), id)
	return id, false, err
}

const subscriptionColumns = `id, guild_id, channel_id, metric_id, alerts, digest_schedule, digest_tz, moderators, from_file, updated_by, updated_at,
	paused_reason, paused_at`

func (s *Store) querySubscriptions(ctx context.Context, q querier, tail string, args ...any) ([]tracker.Subscription, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+subscriptionColumns+" FROM subscriptions "+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: subscriptions: %w", err)
	}
	defer rows.Close()
	var out []tracker.Subscription
	for rows.Next() {
		var sub tracker.Subscription
		var at, paused sql.NullString
		if err := rows.Scan(&sub.ID, &sub.GuildID, &sub.ChannelID, &sub.MetricID, &sub.Alerts, &sub.DigestSchedule, &sub.DigestTZ,
			&sub.Moderators, &sub.FromFile, &sub.UpdatedBy, &at, &sub.PausedReason, &paused); err != nil {
			return nil, fmt.Errorf("storage: subscriptions: %w", err)
		}
		if sub.PausedAt, err = parseTS(paused); err != nil {
			return nil, fmt.Errorf("storage: subscriptions: %w", err)
		}
		if sub.UpdatedAt, err = parseTS(at); err != nil {
			return nil, fmt.Errorf("storage: subscriptions: %w", err)
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

// Subscriptions returns the subscriptions of one channel, or of every
// channel when channelID is empty.
func (s *Store) Subscriptions(ctx context.Context, channelID string) ([]tracker.Subscription, error) {
	if channelID == "" {
		return s.querySubscriptions(ctx, s.db, "ORDER BY channel_id, metric_id")
	}
	return s.querySubscriptions(ctx, s.db, "WHERE channel_id = ? ORDER BY metric_id", channelID)
}

// AlertChannels returns, once each, the channels that take alerts about
// metricID (through a subscription to it or to every metric).
func (s *Store) AlertChannels(ctx context.Context, metricID string) ([]string, error) {
	return alertChannels(ctx, s.db, metricID)
}

func alertChannels(ctx context.Context, q querier, metricID string) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT DISTINCT channel_id FROM subscriptions WHERE alerts = 1 AND paused_reason = '' AND (metric_id = ? OR metric_id = '*') ORDER BY channel_id`, metricID)
	if err != nil {
		return nil, fmt.Errorf("storage: alert channels: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// subscriptionOf returns the channel's subscription to metricID, or a new
// one (not yet stored) when there is none; a non-empty guildID is set.
func (s *Store) subscriptionOf(ctx context.Context, tx *sql.Tx, guildID, channelID, metricID string) (tracker.Subscription, error) {
	subs, err := s.querySubscriptions(ctx, tx, "WHERE channel_id = ? AND metric_id = ?", channelID, metricID)
	if err != nil {
		return tracker.Subscription{}, err
	}
	sub := tracker.Subscription{GuildID: guildID, ChannelID: channelID, MetricID: metricID}
	if len(subs) > 0 {
		sub = subs[0]
	}
	if guildID != "" {
		sub.GuildID = guildID
	}
	return sub, nil
}

// SetAlerts turns alerts about metricID (or tracker.AllMetrics) on or off
// for a channel, keeping any digest settings of the row. Turning alerts on
// resumes the channel's paused subscriptions and ends its failure episode.
func (s *Store) SetAlerts(ctx context.Context, guildID, channelID, metricID string, on bool, by string) error {
	if channelID == "" || metricID == "" {
		return tracker.Errorf(tracker.Invalid, "alerts: channel and metric are required")
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		sub, err := s.subscriptionOf(ctx, tx, guildID, channelID, metricID)
		if err != nil {
			return err
		}
		sub.Alerts, sub.UpdatedBy, sub.UpdatedAt = on, by, now
		if _, _, err = upsertSubscription(ctx, tx, sub); err != nil || !on {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE subscriptions SET paused_reason = '', paused_at = NULL WHERE channel_id = ?", channelID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM channel_faults WHERE channel_id = ?", channelID)
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: set alerts: %w", err)
	}
	return nil
}

// SetDigest gives a channel a digest on schedule (a cron spec) in time zone
// tz, covering metricID (or tracker.AllMetrics). A channel has one digest
// schedule: the channel's other digest subscriptions take the new schedule
// too. nextDue is when the first digest is due.
func (s *Store) SetDigest(ctx context.Context, guildID, channelID, metricID, schedule, tz, by string, nextDue time.Time) error {
	if channelID == "" || metricID == "" || schedule == "" {
		return tracker.Errorf(tracker.Invalid, "digest: channel, metric and schedule are required")
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		sub, err := s.subscriptionOf(ctx, tx, guildID, channelID, metricID)
		if err != nil {
			return err
		}
		sub.DigestSchedule, sub.DigestTZ, sub.UpdatedBy, sub.UpdatedAt = schedule, tz, by, now
		if _, _, err := upsertSubscription(ctx, tx, sub); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE subscriptions SET digest_schedule = ?, digest_tz = ?, updated_by = ?, updated_at = ?
			WHERE channel_id = ? AND digest_schedule <> ''`, schedule, tz, by, ts(now), channelID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO digest_state (channel_id, next_due) VALUES (?, ?)
			ON CONFLICT (channel_id) DO UPDATE SET next_due = excluded.next_due`, channelID, ts(nextDue))
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: set digest: %w", err)
	}
	return nil
}

// ClearDigest stops a channel's digests; its alert settings stay. It
// returns a NotFound error when the channel had no digest.
func (s *Store) ClearDigest(ctx context.Context, channelID, by string) error {
	var n int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE subscriptions SET digest_schedule = '', digest_tz = '', updated_by = ?, updated_at = ?
			WHERE channel_id = ? AND digest_schedule <> ''`, by, ts(s.now()), channelID)
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "UPDATE digest_state SET next_due = NULL WHERE channel_id = ?", channelID)
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: clear digest: %w", err)
	}
	if n == 0 {
		return tracker.Errorf(tracker.NotFound, "this channel has no digest")
	}
	return nil
}

// Digests returns every channel that has a digest schedule and is not
// paused, with its state.
func (s *Store) Digests(ctx context.Context) ([]tracker.DigestConfig, error) {
	subs, err := s.querySubscriptions(ctx, s.db, "WHERE digest_schedule <> '' AND paused_reason = '' ORDER BY channel_id, metric_id")
	if err != nil {
		return nil, err
	}
	byChannel := map[string]*tracker.DigestConfig{}
	var order []string
	for _, sub := range subs {
		d := byChannel[sub.ChannelID]
		if d == nil {
			d = &tracker.DigestConfig{GuildID: sub.GuildID, ChannelID: sub.ChannelID, Schedule: sub.DigestSchedule, TZ: sub.DigestTZ}
			byChannel[sub.ChannelID] = d
			order = append(order, sub.ChannelID)
		}
		d.Metrics = append(d.Metrics, sub.MetricID)
		d.Moderators = d.Moderators || sub.Moderators
	}
	sort.Strings(order)
	out := make([]tracker.DigestConfig, 0, len(order))
	for _, ch := range order {
		d := byChannel[ch]
		for _, m := range d.Metrics {
			if m == tracker.AllMetrics {
				d.Metrics = []string{tracker.AllMetrics}
				break
			}
		}
		st, err := s.DigestState(ctx, ch)
		if err != nil {
			return nil, err
		}
		d.State = st
		out = append(out, *d)
	}
	return out, nil
}

// DigestState returns what the channel's previous digest said and when the
// next is due; a channel that never had a digest gets an empty state.
func (s *Store) DigestState(ctx context.Context, channelID string) (tracker.DigestState, error) {
	st := tracker.DigestState{ChannelID: channelID, Previous: map[string]tracker.DigestSnapshot{}}
	var last, next, lastNow sql.NullString
	var prev string
	err := s.db.QueryRowContext(ctx, "SELECT last_sent, next_due, previous, last_correction_id, last_now FROM digest_state WHERE channel_id = ?", channelID).
		Scan(&last, &next, &prev, &st.LastCorrectionID, &lastNow)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("storage: digest state %s: %w", channelID, err)
	}
	if st.LastSent, err = parseTS(last); err != nil {
		return st, err
	}
	if st.NextDue, err = parseTS(next); err != nil {
		return st, err
	}
	if st.LastNow, err = parseTS(lastNow); err != nil {
		return st, err
	}
	if err := json.Unmarshal([]byte(prev), &st.Previous); err != nil {
		return st, fmt.Errorf("storage: digest state %s: %w", channelID, err)
	}
	return st, nil
}

// SaveDigestState records a digest: its new state and the message carrying
// it go in one transaction, so a digest is neither lost nor repeated. A
// message whose key is already in the outbox is not enqueued again.
func (s *Store) SaveDigestState(ctx context.Context, st tracker.DigestState, items ...tracker.OutboxItem) error {
	prev, err := json.Marshal(st.Previous)
	if err != nil {
		return fmt.Errorf("storage: save digest state: %w", err)
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO digest_state (channel_id, last_sent, next_due, previous, last_correction_id, last_now) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (channel_id) DO UPDATE SET last_sent = excluded.last_sent, next_due = excluded.next_due,
			previous = excluded.previous, last_correction_id = excluded.last_correction_id, last_now = excluded.last_now`,
			st.ChannelID, ts(st.LastSent), ts(st.NextDue), string(prev), st.LastCorrectionID, ts(st.LastNow)); err != nil {
			return err
		}
		for _, it := range items {
			if _, err := enqueue(ctx, tx, it, s.now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: save digest state %s: %w", st.ChannelID, err)
	}
	return nil
}

// SetDigestDue sets when a channel's next digest is due, without sending.
func (s *Store) SetDigestDue(ctx context.Context, channelID string, next time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO digest_state (channel_id, next_due) VALUES (?, ?)
		ON CONFLICT (channel_id) DO UPDATE SET next_due = excluded.next_due`, channelID, ts(next))
	if err != nil {
		return fmt.Errorf("storage: set digest due %s: %w", channelID, err)
	}
	return nil
}

// PendingCount returns the number of figures waiting for review.
func (s *Store) PendingCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM figures WHERE status = 'pending'").Scan(&n); err != nil {
		return 0, fmt.Errorf("storage: pending count: %w", err)
	}
	return n, nil
}

// PausedChannels returns one subscription per paused channel (with the
// reason and when), by channel id.
func (s *Store) PausedChannels(ctx context.Context) ([]tracker.Subscription, error) {
	subs, err := s.querySubscriptions(ctx, s.db, "WHERE paused_reason <> '' ORDER BY channel_id, metric_id")
	if err != nil {
		return nil, err
	}
	var out []tracker.Subscription
	for _, sub := range subs {
		if len(out) == 0 || out[len(out)-1].ChannelID != sub.ChannelID {
			out = append(out, sub)
		}
	}
	return out, nil
}
