-- 001: articles (revisions keyed by content hash), their sentences, extracted events, skipped inputs.

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  key           TEXT    NOT NULL,            -- input id, else URL, else file path
  revision      INTEGER NOT NULL,            -- 1, 2, ... per key
  is_current    INTEGER NOT NULL DEFAULT 1,  -- 0 once a newer revision of the same key exists
  content_hash  TEXT    NOT NULL UNIQUE,     -- same content twice = unchanged
  url           TEXT,
  title         TEXT,
  outlet        TEXT,
  published     TEXT,
  lang          TEXT,
  text          TEXT    NOT NULL,
  blocks        TEXT    NOT NULL,            -- JSON Block[]
  media         TEXT    NOT NULL,            -- JSON Media[]
  origin        TEXT    NOT NULL,
  ingested_at   TEXT    NOT NULL,
  extracted_at  TEXT,                        -- NULL until extraction ran on this revision
  extract_note  TEXT,                        -- why extraction produced nothing (e.g. unsupported language)
  UNIQUE (key, revision)
);
CREATE INDEX articles_to_extract ON articles (extracted_at) WHERE extracted_at IS NULL;

CREATE TABLE sentences (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row per event as coded from one article (the "report"); fusion groups them into events.
CREATE TABLE reports (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  event_id    TEXT    NOT NULL,              -- events.event_id_cnty it belongs to
  data        TEXT    NOT NULL,              -- JSON Event as extracted
  UNIQUE (article_id, idx)
);
CREATE INDEX reports_event ON reports (event_id);

-- Canonical events; deleted ones stay as tombstones (deleted_at set) for incremental sync.
CREATE TABLE events (
  event_id_cnty  TEXT PRIMARY KEY,
  event_date     TEXT NOT NULL,
  country        TEXT NOT NULL,
  country_code   TEXT,
  event_type     TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1         TEXT NOT NULL,
  actor2         TEXT NOT NULL,
  latitude       REAL,
  longitude      REAL,
  verification   TEXT NOT NULL,
  data           TEXT NOT NULL,              -- JSON Event
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_country ON events (country, event_date);
CREATE INDEX events_updated ON events (updated_at);
CREATE INDEX events_lat_lon ON events (latitude, longitude);

CREATE TABLE skipped_inputs (
  id       INTEGER PRIMARY KEY,
  origin   TEXT NOT NULL,
  code     TEXT NOT NULL,
  message  TEXT NOT NULL,
  at       TEXT NOT NULL
);
