package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

const sourceStateColumns = `source_id, etag, last_modified, content_hash, last_check, last_success, next_check,
	consecutive_failures, last_error, failure_notified, empty_notified, polls, errors`

func scanSourceState(r scanner) (tracker.SourceState, error) {
	var st tracker.SourceState
	var last, success, next sql.NullString
	if err := r.Scan(&st.SourceID, &st.ETag, &st.LastModified, &st.ContentHash, &last, &success, &next,
		&st.ConsecutiveFailures, &st.LastError, &st.FailureNotified, &st.EmptyNotified, &st.Polls, &st.Errors); err != nil {
		return st, err
	}
	var err error
	if st.LastCheck, err = parseTS(last); err != nil {
		return st, err
	}
	if st.LastSuccess, err = parseTS(success); err != nil {
		return st, err
	}
	st.NextCheck, err = parseTS(next)
	return st, err
}

// LastSuccess returns the latest successful poll of any source, or the
// zero time when none has succeeded (one aggregate: stored times have a
// fixed width, so the greatest text is the latest time).
func (s *Store) LastSuccess(ctx context.Context) (time.Time, error) {
	var last sql.NullString
	if err := s.db.QueryRowContext(ctx, "SELECT MAX(last_success) FROM source_state WHERE last_success <> ''").Scan(&last); err != nil {
		return time.Time{}, fmt.Errorf("storage: last successful poll: %w", err)
	}
	t, err := parseTS(last)
	if err != nil {
		return time.Time{}, fmt.Errorf("storage: last successful poll: %w", err)
	}
	return t, nil
}

// SourceStates returns the fetch state of every source, by source id.
func (s *Store) SourceStates(ctx context.Context) (map[string]tracker.SourceState, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+sourceStateColumns+" FROM source_state")
	if err != nil {
		return nil, fmt.Errorf("storage: source states: %w", err)
	}
	defer rows.Close()
	out := map[string]tracker.SourceState{}
	for rows.Next() {
		st, err := scanSourceState(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: source states: %w", err)
		}
		out[st.SourceID] = st
	}
	return out, rows.Err()
}

// SourceState returns the fetch state of one source; a source never polled
// has an empty state (due now).
func (s *Store) SourceState(ctx context.Context, sourceID string) (tracker.SourceState, error) {
	st, err := scanSourceState(s.db.QueryRowContext(ctx, "SELECT "+sourceStateColumns+" FROM source_state WHERE source_id = ?", sourceID))
	if err == sql.ErrNoRows {
		return tracker.SourceState{SourceID: sourceID}, nil
	}
	if err != nil {
		return st, fmt.Errorf("storage: source state %s: %w", sourceID, err)
	}
	return st, nil
}

// SaveSourceState stores a source's fetch state and, in the same
// transaction, any notices it caused (a failing source, a recovery), so a
// notice is sent once per episode whatever crashes in between.
func (s *Store) SaveSourceState(ctx context.Context, st tracker.SourceState, notices ...tracker.OutboxItem) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO source_state (`+sourceStateColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (source_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, content_hash = excluded.content_hash,
			last_check = excluded.last_check, last_success = excluded.last_success, next_check = excluded.next_check,
			consecutive_failures = excluded.consecutive_failures, last_error = excluded.last_error,
			failure_notified = excluded.failure_notified, empty_notified = excluded.empty_notified, polls = excluded.polls, errors = excluded.errors`,
			st.SourceID, st.ETag, st.LastModified, st.ContentHash, ts(st.LastCheck), ts(st.LastSuccess), ts(st.NextCheck),
			st.ConsecutiveFailures, st.LastError, st.FailureNotified, st.EmptyNotified, st.Polls, st.Errors); err != nil {
			return err
		}
		for _, n := range notices {
			if _, err := enqueue(ctx, tx, n, s.now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: save source state %s: %w", st.SourceID, err)
	}
	return nil
}

// DueSources returns the enabled sources whose next check is at or before
// now (or was never set), in tracker-file order.
func (s *Store) DueSources(ctx context.Context, now time.Time) ([]tracker.Source, error) {
	return s.querySources(ctx, `WHERE enabled = 1 AND id IN (SELECT source_id FROM source_state WHERE next_check IS NULL OR next_check <= ?)
		OR (enabled = 1 AND id NOT IN (SELECT source_id FROM source_state)) ORDER BY position, id`, ts(now))
}

// UnseenItems returns the keys of keys that the source has not read yet,
// in their order.
func (s *Store) UnseenItems(ctx context.Context, sourceID string, keys []string) ([]string, error) {
	var out []string
	for _, k := range keys {
		var one int
		err := s.db.QueryRowContext(ctx, "SELECT 1 FROM seen_items WHERE source_id = ? AND item_key = ?", sourceID, k).Scan(&one)
		switch {
		case err == sql.ErrNoRows:
			out = append(out, k)
		case err != nil:
			return nil, fmt.Errorf("storage: seen items of %s: %w", sourceID, err)
		}
	}
	return out, nil
}

// MarkItemsSeen records that the source's items with these keys were read.
func (s *Store) MarkItemsSeen(ctx context.Context, sourceID string, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, k := range keys {
			if _, err := tx.ExecContext(ctx, "INSERT INTO seen_items (source_id, item_key, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", sourceID, k, ts(now)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: mark items seen for %s: %w", sourceID, err)
	}
	return nil
}
