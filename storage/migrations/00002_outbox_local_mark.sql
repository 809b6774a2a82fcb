-- +goose Up
-- Where a local sender (the console writing to a file) was about to write
-- an item, recorded before the write so that after a crash the item can be
-- found in the output instead of being printed again.
ALTER TABLE outbox ADD COLUMN local_mark TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE outbox DROP COLUMN local_mark;
