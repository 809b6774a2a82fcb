package storage

import "io/fs"

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
