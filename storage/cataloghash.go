package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// catalogFile is the catalog_sync row of the tracker file.
const catalogFile = "tracker file"

// CatalogHash returns the content hash recorded by the last
// SyncCatalogHash, or "" when the catalog was never synced from a hashed
// file (or was synced since by SyncCatalog). It returns an error only when
// the database cannot be read.
func (s *Store) CatalogHash(ctx context.Context) (string, error) {
	h, err := catalogHash(ctx, s.db)
	if err != nil {
		return "", fmt.Errorf("storage: catalog hash: %w", err)
	}
	return h, nil
}

// SyncCatalogHash is SyncCatalog for a catalog read from a file whose
// content hash is hash: it records the hash in the same transaction, and
// does nothing (an empty report) when the hash is already recorded, for
// instance because another instance synced the same file meanwhile. An
// empty hash behaves as SyncCatalog.
func (s *Store) SyncCatalogHash(ctx context.Context, c tracker.Catalog, hash string) (tracker.SyncReport, error) {
	return s.syncCatalog(ctx, c, hash)
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func catalogHash(ctx context.Context, q queryRower) (string, error) {
	var h string
	err := q.QueryRowContext(ctx, "SELECT hash FROM catalog_sync WHERE name = ?", catalogFile).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return h, err
}

func setCatalogHash(ctx context.Context, tx *sql.Tx, hash string, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO catalog_sync (name, hash, synced_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, synced_at = excluded.synced_at`, catalogFile, hash, ts(now))
	return err
}
