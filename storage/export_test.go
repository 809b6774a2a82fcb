package storage

import "io/fs"

// MigrationsFor exposes the migrations as dialect d runs them to the
// storage_test package.
func MigrationsFor(d Dialect) fs.FS { return migrationsFor(d) }
