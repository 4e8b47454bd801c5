-- 006: events the learned keep-check (src/extract/keep.ts) judged and dropped, kept for a desk to
-- review (GET /api/v1/review/held). They are not events: no map, list, export, fusion or control
-- reads this table. Replaced with an article key's reports on re-extraction; restoring one makes
-- it a report of its article (and fuses it); dismissing one deletes it.
CREATE TABLE held_events (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  article_key TEXT    NOT NULL,
  idx         INTEGER NOT NULL,               -- order among the article's held events
  probability REAL    NOT NULL,               -- the model's probability that it belongs in the record
  data        TEXT    NOT NULL,               -- JSON Event as extracted
  held_at     TEXT    NOT NULL
);
CREATE INDEX held_events_key ON held_events (article_key);
