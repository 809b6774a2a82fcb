-- +goose Up
-- The history of announced flag changes (flag_state keeps only the last):
-- one row per metric and flag_state version, written in the transaction
-- that announces the change, so feeds can list GAP, STALE, DROP and
-- CONFLICT raised or cleared. Changes announced before this table existed
-- are not in it.
CREATE TABLE flag_events (
    id                  INTEGER PRIMARY KEY,
    metric_id           TEXT NOT NULL REFERENCES metrics(id),
    version             INTEGER NOT NULL,
    raised              TEXT NOT NULL DEFAULT '[]', -- JSON array
    cleared             TEXT NOT NULL DEFAULT '[]', -- JSON array
    flags               TEXT NOT NULL DEFAULT '[]', -- JSON array: the alert flags up after the change
    confirmed_figure_id INTEGER REFERENCES figures(id),
    claimed_figure_id   INTEGER REFERENCES figures(id),
    at                  TEXT NOT NULL,
    UNIQUE (metric_id, version)
);
CREATE INDEX flag_events_metric ON flag_events (metric_id, id);

-- +goose Down
DROP INDEX flag_events_metric;
DROP TABLE flag_events;
