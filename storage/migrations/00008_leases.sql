-- +goose Up
-- Leases: with several instances on one PostgreSQL database, a due source
-- and an outbox message are each taken by one instance (lease_holder) until
-- lease_until; a lease that runs out (its instance died) is taken over.
-- SQLite is one instance, but keeps the same columns and code.
ALTER TABLE source_state ADD COLUMN lease_holder TEXT NOT NULL DEFAULT '';
ALTER TABLE source_state ADD COLUMN lease_until TEXT;
ALTER TABLE outbox ADD COLUMN lease_holder TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until TEXT;

-- Live instances and what they report (for /healthz and the shared
-- Discord rate budget).
CREATE TABLE instances (
    id         TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    seen_at    TEXT NOT NULL
);

-- +goose Down
DROP TABLE instances;
ALTER TABLE outbox DROP COLUMN lease_until;
ALTER TABLE outbox DROP COLUMN lease_holder;
ALTER TABLE source_state DROP COLUMN lease_until;
ALTER TABLE source_state DROP COLUMN lease_holder;
