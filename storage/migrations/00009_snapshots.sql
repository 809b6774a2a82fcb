-- +goose Up
-- Snapshots: the readable text a quote was taken from, as it was fetched,
-- stored once per content hash (sha256 hex of the text) and gzip-compressed.
-- A snapshot is never updated: a later change of the page is another hash.
CREATE TABLE snapshots (
    hash        TEXT PRIMARY KEY,
    url         TEXT NOT NULL,
    fetched_at  TEXT NOT NULL,
    size        INTEGER NOT NULL, -- bytes of the text before compression
    body        BLOB NOT NULL     -- gzip of the UTF-8 text
);
CREATE INDEX snapshots_fetched_at ON snapshots (fetched_at);

-- Each piece of evidence points to its snapshot; NULL for manual evidence
-- and for evidence recorded before snapshots were kept.
ALTER TABLE evidence ADD COLUMN snapshot_hash TEXT REFERENCES snapshots(hash);
CREATE INDEX evidence_snapshot ON evidence (snapshot_hash) WHERE snapshot_hash IS NOT NULL;

-- +goose Down
DROP INDEX evidence_snapshot;
ALTER TABLE evidence DROP COLUMN snapshot_hash;
DROP INDEX snapshots_fetched_at;
DROP TABLE snapshots;
