-- 002: fusion of reports into canonical events, near-duplicate articles, withdrawals, territorial control.

-- A report's own id (its event_id_cnty from extraction), its article key, and the sentence in
-- which its article says it verified the facts (for the verification ladder).
ALTER TABLE reports ADD COLUMN rid TEXT;
ALTER TABLE reports ADD COLUMN article_key TEXT;
ALTER TABLE reports ADD COLUMN verified_by TEXT;
UPDATE reports SET rid = json_extract(data, '$.event_id_cnty'),
  article_key = (SELECT key FROM articles WHERE articles.id = reports.article_id);
CREATE INDEX reports_article_key ON reports (article_key);

-- Candidate index for fusion: a report under its grid cell and its place name, with the day
-- range within which another report may be the same event.
CREATE TABLE report_cells (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  cell      TEXT    NOT NULL,
  day_lo    INTEGER NOT NULL,
  day_hi    INTEGER NOT NULL
);
CREATE INDEX report_cells_lookup ON report_cells (cell, day_lo);
CREATE INDEX report_cells_report ON report_cells (report_id);

-- MinHash sketch of each current article's story text, and its LSH band hashes.
CREATE TABLE article_sketches (
  article_key TEXT PRIMARY KEY,
  outlet      TEXT,
  published   TEXT,
  minhash     BLOB NOT NULL
);
CREATE TABLE sketch_bands (
  band        INTEGER NOT NULL,
  hash        INTEGER NOT NULL,
  article_key TEXT    NOT NULL,
  PRIMARY KEY (band, hash, article_key)
) WITHOUT ROWID;
CREATE INDEX sketch_bands_key ON sketch_bands (article_key);

-- A wire copy or light republication (copy_key) linked to the article it reproduces.
CREATE TABLE near_duplicates (
  copy_key     TEXT NOT NULL,
  original_key TEXT NOT NULL,
  similarity   REAL NOT NULL,
  PRIMARY KEY (copy_key, original_key)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_original ON near_duplicates (original_key);

-- A tombstoned event that was merged into another keeps a pointer to it, for sync clients.
ALTER TABLE events ADD COLUMN merged_into TEXT;

-- A withdrawn article: its reports are removed and it is not extracted again.
ALTER TABLE articles ADD COLUMN withdrawn_at TEXT;

-- Territory events by place, and the control timeline derived from them.
CREATE TABLE control_events (
  event_id  TEXT PRIMARY KEY,
  place_key TEXT NOT NULL
);
CREATE INDEX control_events_place ON control_events (place_key);

CREATE TABLE control_periods (
  id              INTEGER PRIMARY KEY,
  place_key       TEXT    NOT NULL,
  place           TEXT    NOT NULL,
  country         TEXT    NOT NULL,
  country_code    TEXT,
  iso             INTEGER,
  latitude        REAL,
  longitude       REAL,
  holder          TEXT,              -- NULL while contested
  claimant        TEXT,              -- who claims it while contested
  previous_holder TEXT,
  contested       INTEGER NOT NULL,
  valid_from      TEXT,              -- NULL: held since before the first recorded change
  valid_to        TEXT,              -- NULL: still held; exclusive
  event_id        TEXT,              -- the change that started the period
  verification    TEXT,
  reason          TEXT    NOT NULL
);
CREATE INDEX control_periods_place ON control_periods (place_key);
CREATE INDEX control_periods_from ON control_periods (valid_from);
