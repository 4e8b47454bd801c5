-- 005: live feeds (sitrep feeds add/poll): conditional-GET validators, back-off, and a record of every fetch.
CREATE TABLE feeds (
  id             INTEGER PRIMARY KEY,
  url            TEXT    NOT NULL UNIQUE,
  interval_s     INTEGER NOT NULL,           -- normal time between polls
  added_at       TEXT    NOT NULL,
  etag           TEXT,                       -- sent back as If-None-Match
  last_modified  TEXT,                       -- sent back as If-Modified-Since
  next_poll_at   TEXT    NOT NULL,           -- not polled before this (back-off after errors)
  failures       INTEGER NOT NULL DEFAULT 0, -- consecutive failed polls
  last_status    INTEGER,
  last_error     TEXT,
  last_polled_at TEXT
);

CREATE TABLE feed_fetches (
  id        INTEGER PRIMARY KEY,
  feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  url       TEXT    NOT NULL,
  at        TEXT    NOT NULL,
  status    INTEGER,                         -- HTTP status; NULL when no response (timeout, refused)
  bytes     INTEGER NOT NULL,
  ms        INTEGER NOT NULL,
  items     INTEGER NOT NULL DEFAULT 0,      -- articles new or revised from this fetch
  error     TEXT
);
CREATE INDEX feed_fetches_feed ON feed_fetches (feed_id, at);
