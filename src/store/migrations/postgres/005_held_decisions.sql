-- 005: editors' decisions on held events, kept over re-extraction (same table as SQLite
-- 007_held_decisions.sql; held_events ids are an identity here, never reused).
CREATE TABLE held_decisions (
  article_key TEXT    NOT NULL,
  held_key    TEXT    NOT NULL,
  detail_key  TEXT    NOT NULL,
  decision    TEXT    NOT NULL CHECK (decision IN ('restored', 'dismissed')),
  held_id     INTEGER NOT NULL,
  data        TEXT    NOT NULL,
  decided_at  TEXT    NOT NULL,
  PRIMARY KEY (article_key, held_key, detail_key)
);
CREATE INDEX held_decisions_id ON held_decisions (held_id);
