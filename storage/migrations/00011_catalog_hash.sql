-- +goose Up
-- The tracker file the catalog was last synced from, by content hash: a
-- start or a command with the same file skips reading and syncing it.
CREATE TABLE catalog_sync (
    name       TEXT PRIMARY KEY,
    hash       TEXT NOT NULL,
    synced_at  TEXT NOT NULL
);

-- +goose Down
DROP TABLE catalog_sync;
