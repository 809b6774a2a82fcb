-- +goose Up
-- Turns shared by the instances of one PostgreSQL database: per-host
-- politeness of the fetchers (name "host:HOST": the next request to a host
-- may start at next_at; a host that answered Retry-After is left alone
-- until cool_until) and the identify buckets of Discord's gateway (name
-- "discord-identify:N"). Times are microseconds since 1970 on the
-- database's clock, so instances with skewed clocks still agree. SQLite
-- (one instance) keeps the same table but its fetcher spaces hosts in
-- memory.
CREATE TABLE turns (
    name       TEXT PRIMARY KEY,
    next_at    INTEGER NOT NULL DEFAULT 0,
    cool_until INTEGER NOT NULL DEFAULT 0
);

-- +goose Down
DROP TABLE turns;
