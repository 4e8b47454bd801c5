-- 007: editors' decisions on held events, kept over re-extraction (src/store/held-decisions.ts).
-- One row per article key and event (heldKey, detailKey); never deleted: re-extraction reads it to keep
-- a restored event restored and a dismissed one off the held list.
CREATE TABLE held_decisions (
  article_key TEXT    NOT NULL,
  held_key    TEXT    NOT NULL,               -- the event: sub-type, date, country, place
  detail_key  TEXT    NOT NULL,               -- its wording: notes and evidence spans
  decision    TEXT    NOT NULL CHECK (decision IN ('restored', 'dismissed')),
  held_id     INTEGER NOT NULL,               -- the held_events id it was made on (a second decision: 409)
  data        TEXT    NOT NULL,               -- JSON Event as it was decided
  decided_at  TEXT    NOT NULL,
  PRIMARY KEY (article_key, held_key, detail_key)
);
CREATE INDEX held_decisions_id ON held_decisions (held_id);

-- held_events ids with AUTOINCREMENT: SQLite would otherwise reuse the id of a deleted row, and an
-- editor's click on a stale list (or a decision's held_id) could name another event.
CREATE TABLE held_events_new (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  article_key TEXT    NOT NULL,
  idx         INTEGER NOT NULL,
  probability REAL    NOT NULL,
  data        TEXT    NOT NULL,
  held_at     TEXT    NOT NULL
);
INSERT INTO held_events_new SELECT id, article_id, article_key, idx, probability, data, held_at FROM held_events;
DROP TABLE held_events;
ALTER TABLE held_events_new RENAME TO held_events;
CREATE INDEX held_events_key ON held_events (article_key);
