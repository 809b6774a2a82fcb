-- +goose Up
-- The guild an outbox item goes to (from the channel's subscriptions), so
-- that guilds competing for the shared rate budget are served in turn.
ALTER TABLE outbox ADD COLUMN guild_id TEXT NOT NULL DEFAULT '';
UPDATE outbox SET guild_id = COALESCE((SELECT MAX(s.guild_id) FROM subscriptions s WHERE s.channel_id = outbox.channel_id), '')
    WHERE status = 'pending';

-- +goose Down
ALTER TABLE outbox DROP COLUMN guild_id;
