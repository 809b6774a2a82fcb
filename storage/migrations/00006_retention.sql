-- +goose Up
-- Pruning looks for the edits and replies of an old message and for old
-- seen items.
CREATE INDEX outbox_edit_of ON outbox (edit_of) WHERE edit_of IS NOT NULL;
CREATE INDEX outbox_reply_to ON outbox (reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX seen_items_seen_at ON seen_items (seen_at);

-- +goose Down
DROP INDEX seen_items_seen_at;
DROP INDEX outbox_reply_to;
DROP INDEX outbox_edit_of;
