package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// MaxTurnGap bounds a gap or cool-down asked of Turn and CoolDown (a day),
// so a wrong value cannot lock a key for years.
const MaxTurnGap = 24 * time.Hour

// dbNowMicros is the database's clock in microseconds since 1970: the
// instances of one PostgreSQL database agree on it even when their own
// clocks drift apart. On PostgreSQL it is read when evaluated
// (clock_timestamp: after the statement waited for the row's lock, so the
// wait a turn returns counts from when the answer leaves); SQLite's is
// fixed for the statement, read once the write lock is held (see Turn).
func (s *Store) dbNowMicros() string {
	if s.dialect == Postgres {
		return "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT"
	}
	return "CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)"
}

// greatest is the two-argument maximum of the dialect.
func (s *Store) greatest() string {
	if s.dialect == Postgres {
		return "GREATEST"
	}
	return "MAX"
}

// Turn reserves the next turn at key (e.g. "host:example.org"), gap after
// the turn before it, in one statement that every instance sharing the
// database sees: it returns how long to wait until that turn starts (0
// when it is free now). When key was cooled down (CoolDown) no turn is
// taken and cooling says how long the cool-down still lasts. The times
// are the database's. On failure it returns the error and takes no turn.
func (s *Store) Turn(ctx context.Context, key string, gap time.Duration) (wait, cooling time.Duration, err error) {
	gap = min(max(gap, 0), MaxTurnGap)
	now := s.dbNowMicros()
	q := `INSERT INTO turns AS t (name, next_at) VALUES (?, NOW + ?)
		ON CONFLICT (name) DO UPDATE SET next_at = CASE WHEN t.cool_until > NOW THEN t.next_at ELSE GREATEST(t.next_at, NOW) + ? END
		RETURNING next_at - ? - NOW, cool_until - NOW`
	q = strings.NewReplacer("NOW", now, "GREATEST", s.greatest()).Replace(q)
	g := gap.Microseconds()
	var waitUS, coolUS int64
	var err2 error
	if s.dialect == Postgres {
		// One statement: the row lock orders the instances.
		err2 = s.db.QueryRowContext(ctx, q, key, g, g, g).Scan(&waitUS, &coolUS)
	} else {
		// In an immediate transaction, so that SQLite's 'now' is read
		// once the write lock is held, not before waiting for it.
		err2 = s.inTx(ctx, func(tx *sql.Tx) error {
			return tx.QueryRowContext(ctx, q, key, g, g, g).Scan(&waitUS, &coolUS)
		})
	}
	if err2 != nil {
		return 0, 0, fmt.Errorf("storage: take a turn at %q: %w", key, err2)
	}
	if coolUS > 0 {
		return 0, time.Duration(coolUS) * time.Microsecond, nil
	}
	return time.Duration(max(waitUS, 0)) * time.Microsecond, 0, nil
}

// CoolDown holds back every turn at key for d from now on the database's
// clock (a host that answered Retry-After); a longer cool-down already in
// force stays. It returns the error when the database did not take it.
func (s *Store) CoolDown(ctx context.Context, key string, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	d = min(d, MaxTurnGap)
	now := s.dbNowMicros()
	q := `INSERT INTO turns AS t (name, cool_until) VALUES (?, NOW + ?)
		ON CONFLICT (name) DO UPDATE SET cool_until = GREATEST(t.cool_until, NOW + ?)`
	q = strings.NewReplacer("NOW", now, "GREATEST", s.greatest()).Replace(q)
	if _, err := s.db.ExecContext(ctx, q, key, d.Microseconds(), d.Microseconds()); err != nil {
		return fmt.Errorf("storage: cool down %q: %w", key, err)
	}
	return nil
}
