-- +goose Up
-- Dead letters: an outbox item Discord refuses for good (or that kept
-- failing for too long) is marked failed with its reason and never retried.
-- status is pending, delivered or failed; delivered_at stays as it was.
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed'));
ALTER TABLE outbox ADD COLUMN failed_at TEXT;
UPDATE outbox SET status = 'delivered' WHERE delivered_at IS NOT NULL;
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_settled ON outbox (status, COALESCE(delivered_at, failed_at)) WHERE status <> 'pending';

-- A channel whose messages Discord refuses for good (deleted, or the bot
-- lost access) has its subscriptions paused with the reason until someone
-- runs /alerts on there again.
ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN paused_at TEXT;

-- One row per channel in a delivery failure episode, so the moderators get
-- one notice per channel and episode; removed by the next delivery there
-- or by /alerts on.
CREATE TABLE channel_faults (
    channel_id  TEXT PRIMARY KEY,
    since       TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);

-- +goose Down
DROP TABLE channel_faults;
ALTER TABLE subscriptions DROP COLUMN paused_at;
ALTER TABLE subscriptions DROP COLUMN paused_reason;
DROP INDEX outbox_settled;
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
ALTER TABLE outbox DROP COLUMN failed_at;
ALTER TABLE outbox DROP COLUMN status;
