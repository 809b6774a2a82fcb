package storage

import (
	"context"
	"fmt"
	"time"
)

// Heartbeat records that instance id is alive at now (the instances table)
// and returns how many instances are live: seen within ttl before now,
// id included. Instances share what belongs to the cluster, such as the
// Discord bot token's global rate limit, by this count.
func (s *Store) Heartbeat(ctx context.Context, id string, now time.Time, ttl time.Duration) (int, error) {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO instances (id, started_at, seen_at) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at`, id, ts(now), ts(now)); err != nil {
		return 0, fmt.Errorf("storage: heartbeat: %w", err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM instances WHERE seen_at >= ? OR id = ?", ts(now.Add(-ttl)), id).Scan(&n); err != nil {
		return 0, fmt.Errorf("storage: count live instances: %w", err)
	}
	return n, nil
}

// LeaveInstances removes instance id from the live instances (at a clean
// stop, so the others take its share at once) and forgets instances not
// seen for a day.
func (s *Store) LeaveInstances(ctx context.Context, id string, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, "DELETE FROM instances WHERE id = ? OR seen_at < ?", id, ts(now.Add(-24*time.Hour))); err != nil {
		return fmt.Errorf("storage: leave instances: %w", err)
	}
	return nil
}

// Leases counts the leases holder holds at now: sources being polled and
// outbox messages being sent.
func (s *Store) Leases(ctx context.Context, holder string, now time.Time) (sources, outbox int, err error) {
	if holder == "" {
		return 0, 0, nil
	}
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM source_state WHERE lease_holder = ? AND lease_until >= ?),
		(SELECT COUNT(*) FROM outbox WHERE lease_holder = ? AND lease_until >= ?)`, holder, ts(now), holder, ts(now)).Scan(&sources, &outbox)
	if err != nil {
		return 0, 0, fmt.Errorf("storage: count leases: %w", err)
	}
	return sources, outbox, nil
}

// HeldLeases returns the ids of the sources whose polls holder holds a
// live lease on at now (in tracker-file order) and how many outbox
// messages it holds; nothing for an empty holder (SQLite: one instance,
// no leases). On failure it returns the error.
func (s *Store) HeldLeases(ctx context.Context, holder string, now time.Time) (sourceIDs []string, outbox int, err error) {
	if holder == "" {
		return nil, 0, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT st.source_id FROM source_state st JOIN sources src ON src.id = st.source_id
		WHERE st.lease_holder = ? AND st.lease_until >= ? ORDER BY src.position, src.id`, holder, ts(now))
	if err != nil {
		return nil, 0, fmt.Errorf("storage: held leases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, 0, fmt.Errorf("storage: held leases: %w", err)
		}
		sourceIDs = append(sourceIDs, id)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("storage: held leases: %w", err)
	}
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM outbox WHERE lease_holder = ? AND lease_until >= ? AND status = 'pending'",
		holder, ts(now)).Scan(&outbox); err != nil {
		return nil, 0, fmt.Errorf("storage: held leases: %w", err)
	}
	return sourceIDs, outbox, nil
}
