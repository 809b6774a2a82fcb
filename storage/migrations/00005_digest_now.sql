-- +goose Up
-- When the last digest on demand (/digest now) was sent to the channel:
-- the next one waits for the cooldown.
ALTER TABLE digest_state ADD COLUMN last_now TEXT;

-- +goose Down
ALTER TABLE digest_state DROP COLUMN last_now;
