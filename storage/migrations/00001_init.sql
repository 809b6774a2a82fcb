-- +goose Up
-- Times are TEXT in UTC with a fixed width (2006-01-02T15:04:05.000000000Z)
-- so that they sort as strings; NULL means "never" / "unset".

CREATE TABLE metrics (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    unit            TEXT NOT NULL,
    cumulative      INTEGER NOT NULL DEFAULT 0,
    keywords        TEXT NOT NULL DEFAULT '[]', -- JSON array
    gap_min_abs     INTEGER NOT NULL DEFAULT 0,
    gap_min_ratio   REAL NOT NULL DEFAULT 0,
    stale_after_ns  INTEGER NOT NULL,
    enabled         INTEGER NOT NULL DEFAULT 1,
    position        INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
);

CREATE TABLE actors (
    name        TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('confirmer', 'claimant', 'reporter')),
    aliases     TEXT NOT NULL DEFAULT '[]', -- JSON array
    enabled     INTEGER NOT NULL DEFAULT 1,
    position    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);

CREATE TABLE sources (
    id             TEXT PRIMARY KEY,
    url            TEXT NOT NULL,
    format         TEXT NOT NULL DEFAULT '',
    schedule       TEXT NOT NULL,
    review         TEXT NOT NULL CHECK (review IN ('auto', 'required')),
    allow_private  INTEGER NOT NULL DEFAULT 0,
    figures        TEXT NOT NULL DEFAULT '[]', -- JSON array of field rules
    claims         TEXT NOT NULL DEFAULT '[]', -- JSON array of metric ids
    enabled        INTEGER NOT NULL DEFAULT 1,
    position       INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);

-- Per-source fetch state: validators, health, and when to look next.
CREATE TABLE source_state (
    source_id             TEXT PRIMARY KEY REFERENCES sources(id),
    etag                  TEXT NOT NULL DEFAULT '',
    last_modified         TEXT NOT NULL DEFAULT '',
    content_hash          TEXT NOT NULL DEFAULT '',
    last_check            TEXT,
    last_success          TEXT,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    last_error            TEXT NOT NULL DEFAULT '',
    next_check            TEXT,
    failure_notified      INTEGER NOT NULL DEFAULT 0, -- a failure notice was sent and not yet followed by a recovery
    empty_notified        INTEGER NOT NULL DEFAULT 0, -- a "selector matched nothing" notice was sent
    polls                 INTEGER NOT NULL DEFAULT 0,
    errors                INTEGER NOT NULL DEFAULT 0
);

-- Feed items and pages already read, so each is extracted once.
CREATE TABLE seen_items (
    source_id  TEXT NOT NULL REFERENCES sources(id),
    item_key   TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
) WITHOUT ROWID;

CREATE TABLE figures (
    id             INTEGER PRIMARY KEY,
    metric_id      TEXT NOT NULL REFERENCES metrics(id),
    value          INTEGER NOT NULL CHECK (value >= 0),
    value_high     INTEGER NOT NULL DEFAULT 0,
    qualifier      TEXT NOT NULL CHECK (qualifier IN ('exact', 'at_least', 'at_most', 'about', 'range')),
    stance         TEXT NOT NULL CHECK (stance IN ('confirmed', 'claimed')),
    actor          TEXT NOT NULL,
    source_id      TEXT REFERENCES sources(id),
    origin         TEXT NOT NULL CHECK (origin IN ('manual', 'structured', 'prose')),
    as_of          TEXT,
    seen_at        TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'retracted', 'superseded')),
    created_by     TEXT NOT NULL,
    supersedes     INTEGER REFERENCES figures(id),
    superseded_by  INTEGER REFERENCES figures(id),
    revision       INTEGER NOT NULL DEFAULT 0,
    dedup_key      TEXT NOT NULL,
    sort_date      TEXT NOT NULL -- as_of, or seen_at when as_of is unset
);
CREATE INDEX figures_standing ON figures (metric_id, status, actor, stance, sort_date DESC, seen_at DESC, id DESC);
CREATE INDEX figures_metric_recent ON figures (metric_id, sort_date DESC, id DESC);
CREATE INDEX figures_status ON figures (status, id);
CREATE INDEX figures_dedup ON figures (dedup_key);
-- Automatic extractions of one statement are stored once, whatever repeats it.
CREATE UNIQUE INDEX figures_dedup_auto ON figures (dedup_key) WHERE origin <> 'manual' AND supersedes IS NULL;

-- Every place a figure was seen; a repeat of a statement adds a row here.
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    figure_id     INTEGER NOT NULL REFERENCES figures(id),
    source_id     TEXT REFERENCES sources(id),
    url           TEXT NOT NULL DEFAULT '',
    quote         TEXT NOT NULL DEFAULT '',
    start_offset  INTEGER NOT NULL DEFAULT 0,
    end_offset    INTEGER NOT NULL DEFAULT 0,
    content_hash  TEXT NOT NULL DEFAULT '',
    seen_at       TEXT NOT NULL,
    UNIQUE (figure_id, url, quote)
);

-- The append-only audit log; also the event stream that alerts fan out from.
CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    figure_id      INTEGER NOT NULL REFERENCES figures(id),
    action         TEXT NOT NULL CHECK (action IN ('add', 'approve', 'reject', 'correct', 'retract')),
    old_value      INTEGER NOT NULL,
    new_value      INTEGER NOT NULL,
    old_status     TEXT NOT NULL DEFAULT '',
    new_status     TEXT NOT NULL,
    new_figure_id  INTEGER REFERENCES figures(id),
    reason         TEXT NOT NULL DEFAULT '',
    by             TEXT NOT NULL,
    at             TEXT NOT NULL
);
CREATE INDEX corrections_figure ON corrections (figure_id, id);

CREATE TABLE subscriptions (
    id               INTEGER PRIMARY KEY,
    guild_id         TEXT NOT NULL DEFAULT '',
    channel_id       TEXT NOT NULL,
    metric_id        TEXT NOT NULL, -- a metric id or '*'
    alerts           INTEGER NOT NULL DEFAULT 1,
    digest_schedule  TEXT NOT NULL DEFAULT '',
    digest_tz        TEXT NOT NULL DEFAULT '',
    moderators       INTEGER NOT NULL DEFAULT 0,
    from_file        INTEGER NOT NULL DEFAULT 0,
    updated_by       TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    UNIQUE (channel_id, metric_id)
);

CREATE TABLE digest_state (
    channel_id          TEXT PRIMARY KEY,
    last_sent           TEXT,
    next_due            TEXT,
    previous            TEXT NOT NULL DEFAULT '{}', -- JSON: metric id → snapshot
    last_correction_id  INTEGER NOT NULL DEFAULT 0
);

-- Messages to deliver: written in the transaction of the change that caused them.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('alert', 'digest', 'notice', 'correction')),
    channel_id       TEXT NOT NULL,
    op               TEXT NOT NULL CHECK (op IN ('post', 'edit')),
    edit_of          INTEGER REFERENCES outbox(id),
    reply_to         INTEGER REFERENCES outbox(id),
    figure_id        INTEGER REFERENCES figures(id),
    metric_id        TEXT NOT NULL DEFAULT '',
    payload          TEXT NOT NULL, -- JSON tracker.Message
    created_at       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT NOT NULL DEFAULT '',
    delivered_at     TEXT,
    message_id       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
CREATE INDEX outbox_figure ON outbox (figure_id) WHERE figure_id IS NOT NULL;

-- The last flags announced per metric, so a change of flags is announced once.
CREATE TABLE flag_state (
    metric_id   TEXT PRIMARY KEY REFERENCES metrics(id),
    flags       TEXT NOT NULL DEFAULT '[]', -- JSON array
    version     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);

-- Named positions in append-only streams (e.g. the last correction fanned out).
CREATE TABLE cursors (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
);

-- +goose Down
DROP TABLE cursors;
DROP TABLE flag_state;
DROP TABLE outbox;
DROP TABLE digest_state;
DROP TABLE subscriptions;
DROP TABLE corrections;
DROP TABLE evidence;
DROP TABLE figures;
DROP TABLE seen_items;
DROP TABLE source_state;
DROP TABLE sources;
DROP TABLE actors;
DROP TABLE metrics;
