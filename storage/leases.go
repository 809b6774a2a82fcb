package storage

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// MaxLease is the longest a lease lasts: the work of an instance that died
// moves to another within this time. Holders renew their leases while the
// work goes on (RenewLeases).
const MaxLease = 10 * time.Second

// skipLocked is the row-locking clause of a claim: PostgreSQL locks the
// rows it takes and skips those another instance is taking; SQLite (one
// writer, one instance) needs none.
func (s *Store) skipLocked(of string) string {
	if s.dialect == Postgres {
		return " FOR UPDATE OF " + of + " SKIP LOCKED"
	}
	return ""
}

// claimTx runs a claim in its own READ COMMITTED transaction (SKIP LOCKED
// does the arbitration there; SERIALIZABLE would only add retries).
func (s *Store) claimTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.dialect != Postgres {
		return s.inTx(ctx, fn)
	}
	return s.runTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted}, fn)
}

// ClaimDueSources takes a lease of at most MaxLease for holder on up to
// limit enabled sources that are due at now and not leased by another
// holder (or whose lease ran out), and returns them in tracker-file order.
// Each due source goes to exactly one caller.
func (s *Store) ClaimDueSources(ctx context.Context, holder string, now time.Time, lease time.Duration, limit int) ([]tracker.Source, error) {
	lease = min(lease, MaxLease)
	var ids []string
	err := s.claimTx(ctx, func(tx *sql.Tx) error {
		var err error
		ids, err = leaseIDs[string](ctx, tx, `SELECT st.source_id FROM source_state st JOIN sources src ON src.id = st.source_id
			WHERE src.enabled = 1 AND (st.next_check IS NULL OR st.next_check <= ?)
			AND (st.lease_holder = '' OR st.lease_holder = ? OR st.lease_until IS NULL OR st.lease_until < ?)
			ORDER BY src.position, src.id LIMIT ?`+s.skipLocked("st"), []any{ts(now), holder, ts(now), limit},
			"UPDATE source_state SET lease_holder = ?, lease_until = ? WHERE source_id IN", holder, ts(now.Add(lease)))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: claim due sources: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return s.querySources(ctx, "WHERE id IN ("+placeholders(len(ids))+") ORDER BY position, id", anys(ids)...)
}

// ReleaseSources gives up holder's leases on the sources (after polling
// them: their next check is already in the future).
func (s *Store) ReleaseSources(ctx context.Context, holder string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := s.db.ExecContext(ctx, "UPDATE source_state SET lease_holder = '', lease_until = NULL WHERE lease_holder = ? AND source_id IN ("+placeholders(len(ids))+")",
		append([]any{holder}, anys(ids)...)...)
	if err != nil {
		return fmt.Errorf("storage: release sources: %w", err)
	}
	return nil
}

// ClaimOutbox takes a lease for holder on up to limit pending items due at
// now that no other holder has a live lease on, in DueOutbox's order:
// oldest first within a guild and the guilds in turn. Each due
// item goes to exactly one caller; an item whose holder died is taken
// over when its lease runs out.
func (s *Store) ClaimOutbox(ctx context.Context, holder string, scope tracker.OutboxScope, now time.Time, lease time.Duration, limit int) ([]tracker.OutboxItem, error) {
	lease = min(lease, MaxLease)
	var ids []int64
	err := s.claimTx(ctx, func(tx *sql.Tx) error {
		ids = ids[:0]
		// The claimable items are numbered within their guild (turn) in a
		// subquery, since PostgreSQL refuses FOR UPDATE beside window
		// functions; the rows locked are o's, taken in turn order. The
		// conditions are repeated on o because those are the ones
		// PostgreSQL checks again on a row another instance just changed.
		var err error
		ids, err = leaseIDs[int64](ctx, tx, `SELECT o.id FROM outbox o JOIN (
				SELECT id, ROW_NUMBER() OVER (PARTITION BY guild_id ORDER BY next_attempt_at, id) AS turn FROM outbox
				WHERE status = 'pending' AND next_attempt_at <= ?
				AND (lease_holder = '' OR lease_holder = ? OR lease_until IS NULL OR lease_until < ?)`+scopeWhere(scope)+`
			) c ON c.id = o.id
			WHERE o.status = 'pending' AND o.next_attempt_at <= ?
			AND (o.lease_holder = '' OR o.lease_holder = ? OR o.lease_until IS NULL OR o.lease_until < ?)
			ORDER BY c.turn, o.next_attempt_at, o.id LIMIT ?`+s.skipLocked("o"),
			[]any{ts(now), holder, ts(now), ts(now), holder, ts(now), limit},
			"UPDATE outbox SET lease_holder = ?, lease_until = ? WHERE id IN", holder, ts(now.Add(lease)))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: claim outbox: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	items, err := s.queryOutbox(ctx, "WHERE id IN ("+placeholders(len(ids))+")", args...)
	if err != nil {
		return nil, err
	}
	// In the order claimed: the guilds in turn (see DueOutbox).
	pos := make(map[int64]int, len(ids))
	for i, id := range ids {
		pos[id] = i
	}
	slices.SortFunc(items, func(a, b tracker.OutboxItem) int { return pos[a.ID] - pos[b.ID] })
	return items, nil
}

// RenewLeases extends every lease holder has, on sources and outbox
// items, to now+lease (at most MaxLease). It returns how many it holds.
func (s *Store) RenewLeases(ctx context.Context, holder string, now time.Time, lease time.Duration) (int, error) {
	lease = min(lease, MaxLease)
	n := 0
	for _, table := range []string{"source_state", "outbox"} {
		q := "UPDATE " + table + " SET lease_until = ? WHERE lease_holder = ?"
		if table == "outbox" {
			q += " AND status = 'pending'"
		}
		res, err := s.db.ExecContext(ctx, q, ts(now.Add(lease)), holder)
		if err != nil {
			return n, fmt.Errorf("storage: renew leases: %w", err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	return n, nil
}

// ReleaseLeases gives up every lease holder has (on a clean stop).
func (s *Store) ReleaseLeases(ctx context.Context, holder string) error {
	for _, table := range []string{"source_state", "outbox"} {
		if _, err := s.db.ExecContext(ctx, "UPDATE "+table+" SET lease_holder = '', lease_until = NULL WHERE lease_holder = ?", holder); err != nil {
			return fmt.Errorf("storage: release leases: %w", err)
		}
	}
	return nil
}

// TryJob runs fn unless another instance is running the job called name
// (a PostgreSQL session advisory lock, released when fn returns or when
// the instance's connection dies); it reports whether fn ran. On SQLite
// (one instance) fn always runs.
func (s *Store) TryJob(ctx context.Context, name string, fn func(ctx context.Context) error) (bool, error) {
	if s.dialect != Postgres {
		return true, fn(ctx)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, fmt.Errorf("storage: job %s: %w", name, err)
	}
	defer conn.Close()
	var got bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock("+advisoryKey+")", name).Scan(&got); err != nil {
		return false, fmt.Errorf("storage: job %s: %w", name, err)
	}
	if !got {
		return false, nil
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock("+advisoryKey+")", name)
	return true, fn(ctx)
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// leaseIDs runs query in tx, collects the ids it selects (in its order)
// and gives them a lease for holder until until with update, an UPDATE
// whose placeholders are the holder and the expiry and which ends with
// "IN": the ids follow as a list, up to leaseChunk to a statement (one
// statement for a claim, not one per row). It returns the first error met.
func leaseIDs[T any](ctx context.Context, tx *sql.Tx, query string, args []any, update, holder string, until any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	var ids []T
	for rows.Next() {
		var id T
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for start := 0; start < len(ids); start += leaseChunk {
		chunk := ids[start:min(start+leaseChunk, len(ids))]
		uargs := make([]any, 0, 2+len(chunk))
		uargs = append(uargs, holder, until)
		for _, id := range chunk {
			uargs = append(uargs, id)
		}
		if _, err := tx.ExecContext(ctx, update+" ("+placeholders(len(chunk))+")", uargs...); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// leaseChunk is how many ids one lease UPDATE lists.
const leaseChunk = 500
