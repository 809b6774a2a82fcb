package storage

import (
	"context"
	"database/sql"
	"io/fs"

	"github.com/gapwatch/gapwatch/tracker"
)

// MigrationsFor exposes the migrations as dialect d runs them to the
// storage_test package.
func MigrationsFor(d Dialect) fs.FS { return migrationsFor(d) }

// SetSparseMetric changes the number of figures up to which Updates and the
// metric corrections find a metric's corrections from its figures, and
// returns a function that restores it.
func SetSparseMetric(n int) func() {
	old := sparseMetric
	sparseMetric = n
	return func() { sparseMetric = old }
}

// InsertCorrectionHolding inserts c in a transaction like the store's
// writers, hands its id to inserted, and commits when release is closed.
func (s *Store) InsertCorrectionHolding(ctx context.Context, c tracker.Correction, inserted chan<- int64, release <-chan struct{}) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		id, err := s.insertCorrection(ctx, tx, c)
		if err != nil {
			return err
		}
		inserted <- id
		<-release
		return nil
	})
}
