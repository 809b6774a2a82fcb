package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// enqueue writes an outbox item unless its key is already there, and
// returns the id of the item with that key.
func enqueue(ctx context.Context, tx *sql.Tx, it tracker.OutboxItem, now time.Time) (int64, error) {
	if it.Key == "" || it.ChannelID == "" {
		return 0, errors.New("outbox item needs a key and a channel")
	}
	if it.Op == "" {
		it.Op = tracker.OpPost
	}
	if it.Kind == "" {
		it.Kind = it.Message.Kind
	}
	if it.CreatedAt.IsZero() {
		it.CreatedAt = now
	}
	if it.NextAttemptAt.IsZero() {
		it.NextAttemptAt = it.CreatedAt
	}
	payload, err := json.Marshal(it.Message)
	if err != nil {
		return 0, err
	}
	// A message for a paused channel is recorded as failed: nothing is
	// sent there until /alerts on resumes it.
	// The channel's guild (for fair delivery) and whether it is paused.
	status, lastError, failedAt := "pending", "", any(nil)
	var paused, guild sql.NullString
	if err := tx.QueryRowContext(ctx, "SELECT MAX(paused_reason), MAX(guild_id) FROM subscriptions WHERE channel_id = ?", it.ChannelID).
		Scan(&paused, &guild); err != nil {
		return 0, err
	}
	if paused.String != "" {
		status, lastError, failedAt = "failed", "dropped: channel paused: "+paused.String, ts(now)
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO outbox (key, kind, channel_id, op, edit_of, reply_to, figure_id, metric_id, payload, created_at, next_attempt_at,
		status, last_error, failed_at, guild_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`,
		it.Key, string(it.Kind), it.ChannelID, string(it.Op), nullInt(it.EditOf), nullInt(it.ReplyTo), nullInt(it.FigureID), it.MetricID,
		string(payload), ts(it.CreatedAt), ts(it.NextAttemptAt), status, lastError, failedAt, guild.String).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, err
	}
	err = tx.QueryRowContext(ctx, "SELECT id FROM outbox WHERE key = ?", it.Key).Scan(&id)
	return id, err
}

// Enqueue writes outbox items in one transaction; items whose key is
// already in the outbox are skipped (that is what makes a retried fan-out
// safe). It returns the ids, in order, of the items with those keys.
func (s *Store) Enqueue(ctx context.Context, items ...tracker.OutboxItem) ([]int64, error) {
	ids := make([]int64, len(items))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, it := range items {
			id, err := enqueue(ctx, tx, it, s.now())
			if err != nil {
				return fmt.Errorf("item %q: %w", it.Key, err)
			}
			ids[i] = id
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: enqueue: %w", err)
	}
	return ids, nil
}

const outboxColumns = `id, key, kind, channel_id, op, COALESCE(edit_of, 0), COALESCE(reply_to, 0), COALESCE(figure_id, 0), metric_id, payload,
	created_at, attempts, next_attempt_at, last_error, delivered_at, message_id, local_mark, status, failed_at`

func scanOutbox(r scanner) (tracker.OutboxItem, error) {
	var it tracker.OutboxItem
	var payload string
	var created, next, delivered, failed sql.NullString
	if err := r.Scan(&it.ID, &it.Key, &it.Kind, &it.ChannelID, &it.Op, &it.EditOf, &it.ReplyTo, &it.FigureID, &it.MetricID, &payload,
		&created, &it.Attempts, &next, &it.LastError, &delivered, &it.MessageID, &it.LocalMark, &it.Status, &failed); err != nil {
		return it, err
	}
	if err := json.Unmarshal([]byte(payload), &it.Message); err != nil {
		return it, fmt.Errorf("outbox item %d payload: %w", it.ID, err)
	}
	var err error
	if it.CreatedAt, err = parseTS(created); err != nil {
		return it, err
	}
	if it.NextAttemptAt, err = parseTS(next); err != nil {
		return it, err
	}
	if it.FailedAt, err = parseTS(failed); err != nil {
		return it, err
	}
	it.DeliveredAt, err = parseTS(delivered)
	return it, err
}

func (s *Store) queryOutbox(ctx context.Context, tail string, args ...any) ([]tracker.OutboxItem, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+outboxColumns+" FROM outbox "+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: outbox: %w", err)
	}
	defer rows.Close()
	var out []tracker.OutboxItem
	for rows.Next() {
		it, err := scanOutbox(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: outbox: %w", err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// OutboxItem returns the item with the given id, or a NotFound error.
func (s *Store) OutboxItem(ctx context.Context, id int64) (tracker.OutboxItem, error) {
	items, err := s.queryOutbox(ctx, "WHERE id = ?", id)
	if err != nil {
		return tracker.OutboxItem{}, err
	}
	if len(items) == 0 {
		return tracker.OutboxItem{}, tracker.Errorf(tracker.NotFound, "outbox item %d does not exist", id)
	}
	return items[0], nil
}

func scopeWhere(scope tracker.OutboxScope) string {
	switch scope {
	case tracker.ConsoleOnly:
		return " AND channel_id = 'console'"
	case tracker.DiscordOnly:
		return " AND channel_id <> 'console'"
	}
	return ""
}

// DueOutbox returns up to limit undelivered items whose next attempt is at
// or before now, oldest first within a guild and the guilds in turn: when
// guilds compete for the shared rate budget each gets its share, and a
// guild alone gets all of it.
func (s *Store) DueOutbox(ctx context.Context, scope tracker.OutboxScope, now time.Time, limit int) ([]tracker.OutboxItem, error) {
	return s.queryOutbox(ctx, `WHERE status = 'pending' AND next_attempt_at <= ?`+scopeWhere(scope)+`
		ORDER BY ROW_NUMBER() OVER (PARTITION BY guild_id ORDER BY next_attempt_at, id), next_attempt_at, id LIMIT ?`, ts(now), limit)
}

// NextOutboxAttempt returns when the earliest undelivered item is due, and
// false when nothing is waiting.
func (s *Store) NextOutboxAttempt(ctx context.Context, scope tracker.OutboxScope) (time.Time, bool, error) {
	var next sql.NullString
	if err := s.db.QueryRowContext(ctx, "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'"+scopeWhere(scope)).Scan(&next); err != nil {
		return time.Time{}, false, fmt.Errorf("storage: next outbox attempt: %w", err)
	}
	t, err := parseTS(next)
	return t, next.Valid, err
}

// MarkDelivered records that item id was delivered as Discord message
// messageID (empty for the console); a delivery ends its channel's failure
// episode.
func (s *Store) MarkDelivered(ctx context.Context, id int64, messageID string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE outbox SET delivered_at = ?, message_id = ?, attempts = attempts + 1, last_error = '', status = 'delivered'
		WHERE id = ?`, ts(at), messageID, id)
	if err == nil {
		// Rarely any: a read first keeps the common case one write.
		var faults bool
		if err = s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM channel_faults)").Scan(&faults); err == nil && faults {
			_, err = s.db.ExecContext(ctx, "DELETE FROM channel_faults WHERE channel_id = (SELECT channel_id FROM outbox WHERE id = ?)", id)
		}
	}
	if err != nil {
		return fmt.Errorf("storage: mark outbox %d delivered: %w", id, err)
	}
	return nil
}

// MarkFailed records a failed delivery attempt of item id and when to try
// again. The item stays pending; giving up on it is MarkDead.
func (s *Store) MarkFailed(ctx context.Context, id int64, errText string, next time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, lease_holder = '', lease_until = NULL WHERE id = ?`,
		errText, ts(next), id)
	if err != nil {
		return fmt.Errorf("storage: mark outbox %d failed: %w", id, err)
	}
	return nil
}

// MarkDead gives up on an outbox item: see tracker.DeadLetter.
func (s *Store) MarkDead(ctx context.Context, d tracker.DeadLetter) error {
	at := d.At
	if at.IsZero() {
		at = s.now()
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET status = 'failed', failed_at = ?, attempts = attempts + 1, last_error = ?
			WHERE id = ? AND status = 'pending'`, ts(at), d.Reason, d.ID); err != nil {
			return err
		}
		// Edits and replies of the failed post (and theirs) go with it.
		if _, err := tx.ExecContext(ctx, `WITH RECURSIVE dep(id) AS (
				SELECT id FROM outbox WHERE edit_of = ?1 OR reply_to = ?1
				UNION SELECT o.id FROM outbox o JOIN dep ON o.edit_of = dep.id OR o.reply_to = dep.id)
			UPDATE outbox SET status = 'failed', failed_at = ?2, last_error = ?3
			WHERE status = 'pending' AND id IN (SELECT id FROM dep)`,
			d.ID, ts(at), fmt.Sprintf("dropped: outbox item %d it depends on failed", d.ID)); err != nil {
			return err
		}
		if d.PauseChannel && d.ChannelID != "" && d.ChannelID != tracker.ConsoleChannel {
			if _, err := tx.ExecContext(ctx, `UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE channel_id = ? AND paused_reason = ''`,
				d.Reason, ts(at), d.ChannelID); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE outbox SET status = 'failed', failed_at = ?, last_error = ?
				WHERE channel_id = ? AND status = 'pending' AND id <> ?`,
				ts(at), "dropped: channel paused: "+d.Reason, d.ChannelID, d.ID); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO channel_faults (channel_id, since, reason) VALUES (?, ?, ?) ON CONFLICT (channel_id) DO NOTHING",
			d.ChannelID, ts(at), d.Reason)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 && d.Notice != nil {
			if _, err := enqueue(ctx, tx, *d.Notice, at); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: mark outbox %d failed for good: %w", d.ID, err)
	}
	return nil
}

// AlertsShowing returns the alert posts (delivered or not) that showed the
// figure, so a correction can edit them and reply to them.
func (s *Store) AlertsShowing(ctx context.Context, figureID int64) ([]tracker.OutboxItem, error) {
	return s.queryOutbox(ctx, "WHERE figure_id = ? AND kind = 'alert' AND op = 'post' ORDER BY id", figureID)
}

// OutboxStats returns the size and age of the outbox.
func (s *Store) OutboxStats(ctx context.Context) (tracker.OutboxStats, error) {
	var st tracker.OutboxStats
	var oldest sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT
		COUNT(CASE WHEN status = 'pending' THEN 1 END), MIN(CASE WHEN status = 'pending' THEN created_at END),
		COUNT(CASE WHEN status = 'delivered' THEN 1 END), COUNT(CASE WHEN status = 'pending' AND attempts > 0 THEN 1 END),
		COUNT(CASE WHEN status = 'failed' THEN 1 END) FROM outbox`).
		Scan(&st.Pending, &oldest, &st.Delivered, &st.Failing, &st.Failed)
	if err != nil {
		return st, fmt.Errorf("storage: outbox stats: %w", err)
	}
	st.OldestPending, err = parseTS(oldest)
	return st, err
}

// Cursor returns the stored position of the named stream, or 0.
func (s *Store) Cursor(ctx context.Context, name string) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, "SELECT value FROM cursors WHERE name = ?", name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("storage: cursor %s: %w", name, err)
	}
	return v, nil
}

// FlagStates returns the flags last announced for every metric.
func (s *Store) FlagStates(ctx context.Context) (map[string]tracker.FlagState, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT metric_id, flags, version FROM flag_state")
	if err != nil {
		return nil, fmt.Errorf("storage: flag states: %w", err)
	}
	defer rows.Close()
	out := map[string]tracker.FlagState{}
	for rows.Next() {
		var fs tracker.FlagState
		var flags string
		if err := rows.Scan(&fs.MetricID, &flags, &fs.Version); err != nil {
			return nil, fmt.Errorf("storage: flag states: %w", err)
		}
		if err := json.Unmarshal([]byte(flags), &fs.Flags); err != nil {
			return nil, fmt.Errorf("storage: flag state %s: %w", fs.MetricID, err)
		}
		out[fs.MetricID] = fs
	}
	return out, rows.Err()
}

// CommitFanout stores a fan-out batch in one transaction: the items (those
// whose key exists are skipped), the cursor (moved forward only), the
// flag states and their history (flag_events, one row per metric and
// version). A crash before the commit leaves everything to be redone;
// after it, nothing is redone.
func (s *Store) CommitFanout(ctx context.Context, f tracker.FanoutBatch) error {
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, it := range f.Items {
			if _, err := enqueue(ctx, tx, it, now); err != nil {
				return fmt.Errorf("item %q: %w", it.Key, err)
			}
		}
		if f.Cursor != "" {
			if _, err := tx.ExecContext(ctx, `INSERT INTO cursors (name, value) VALUES (?, ?)
				ON CONFLICT (name) DO UPDATE SET value = CASE WHEN excluded.value > cursors.value THEN excluded.value ELSE cursors.value END`, f.Cursor, f.Position); err != nil {
				return err
			}
		}
		for _, fs := range f.FlagStates {
			flags, err := json.Marshal(fs.Flags)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO flag_state (metric_id, flags, version, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (metric_id) DO UPDATE SET flags = excluded.flags, version = excluded.version, updated_at = excluded.updated_at`,
				fs.MetricID, string(flags), fs.Version, ts(now)); err != nil {
				return err
			}
			if err := insertFlagEvent(ctx, tx, fs, now); err != nil {
				return fmt.Errorf("flag event %s v%d: %w", fs.MetricID, fs.Version, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: commit fanout: %w", err)
	}
	return nil
}

// DeliverLocally delivers item id through write inside the transaction
// that marks it delivered: the row is updated first, write runs (printing
// the message), and the commit follows at once. A crash before write leaves
// the item undelivered; only a crash in the instant between write and the
// commit could repeat it. For local media (the console) only: the write
// lock is held while write runs. When write fails nothing is marked and
// its error is returned.
func (s *Store) DeliverLocally(ctx context.Context, id int64, at time.Time, write func() error) error {
	var writeErr error
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = '', status = 'delivered' WHERE id = ? AND status = 'pending'`, ts(at), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil // delivered already
		}
		if writeErr = write(); writeErr != nil {
			return writeErr
		}
		return nil
	})
	if writeErr != nil {
		return writeErr
	}
	if err != nil {
		return fmt.Errorf("storage: deliver outbox %d: %w", id, err)
	}
	return nil
}

// SetLocalMark records, before a local sender writes item id, where it is
// about to write it; "" clears the mark.
func (s *Store) SetLocalMark(ctx context.Context, id int64, mark string) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE outbox SET local_mark = ? WHERE id = ?", mark, id); err != nil {
		return fmt.Errorf("storage: mark outbox %d: %w", id, err)
	}
	return nil
}

// LocallyMarked returns the undelivered items of scope whose local sender
// recorded a write that was never confirmed (a crash between the two).
func (s *Store) LocallyMarked(ctx context.Context, scope tracker.OutboxScope) ([]tracker.OutboxItem, error) {
	return s.queryOutbox(ctx, "WHERE status = 'pending' AND local_mark <> ''"+scopeWhere(scope)+" ORDER BY id")
}
