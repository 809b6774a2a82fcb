package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// PruneReport says how many rows Prune removed.
type PruneReport struct {
	Outbox    int64 // delivered messages and dead letters
	SeenItems int64 // feed items and pages read
}

// pruneBatch bounds the rows one pruning transaction deletes, so the
// write lock is never held long.
const pruneBatch = 1000

// Prune deletes what is only bookkeeping once it is older than before:
// delivered outbox rows (by delivery time), failed ones (by failure time)
// and seen feed items. Figures, evidence, corrections and pending outbox
// rows are never touched, nor a message that a newer edit or reply still
// refers to. It works in batches of 1,000 rows.
func (s *Store) Prune(ctx context.Context, before time.Time) (PruneReport, error) {
	var rep PruneReport
	cut := ts(before)
	for {
		var n int64
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			res, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE id IN (
				SELECT o.id FROM outbox o
				WHERE ((o.status = 'delivered' AND o.delivered_at < ?1) OR (o.status = 'failed' AND o.failed_at < ?1))
				AND NOT EXISTS (SELECT 1 FROM outbox c WHERE c.edit_of = o.id)
				AND NOT EXISTS (SELECT 1 FROM outbox c WHERE c.reply_to = o.id)
				LIMIT ?2)`, cut, pruneBatch)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		if err != nil {
			return rep, fmt.Errorf("storage: prune outbox: %w", err)
		}
		rep.Outbox += n
		if n == 0 || ctx.Err() != nil {
			break
		}
	}
	for {
		var n int64
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			res, err := tx.ExecContext(ctx, `DELETE FROM seen_items WHERE (source_id, item_key) IN (
				SELECT source_id, item_key FROM seen_items WHERE seen_at < ? LIMIT ?)`, cut, pruneBatch)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		if err != nil {
			return rep, fmt.Errorf("storage: prune seen items: %w", err)
		}
		rep.SeenItems += n
		if n == 0 || ctx.Err() != nil {
			break
		}
	}
	return rep, nil
}
