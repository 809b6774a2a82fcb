-- +goose Up
-- Which side of a gap raises GAP: over (the claim is higher), under (the
-- claim is lower) or both.
ALTER TABLE metrics ADD COLUMN gap_direction TEXT NOT NULL DEFAULT 'both' CHECK (gap_direction IN ('over', 'under', 'both'));

-- +goose Down
ALTER TABLE metrics DROP COLUMN gap_direction;
