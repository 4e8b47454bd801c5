-- 004: the analyst desk (src/desk/): accounts, sessions, API tokens, one-time links, outbox,
-- settings, the append-only audit log, review state and hand-edit locks of events, public tips.
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled_at TEXT,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT
);

-- Only the sha256 of a session id or token is stored: a copy of the database opens no session.
CREATE TABLE IF NOT EXISTS sessions (
  id_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);

CREATE TABLE IF NOT EXISTS api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
  created_at TEXT NOT NULL,
  last_used TEXT,
  revoked_at TEXT
);

-- Password-reset and invitation links: single use (used_at), expiring (expires_at).
CREATE TABLE IF NOT EXISTS one_time_tokens (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('reset', 'invite')),
  user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
  email TEXT,
  role TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);

CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY,
  to_addr TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  before TEXT,
  after TEXT,
  reason TEXT
);
CREATE INDEX IF NOT EXISTS audit_subject ON audit_log (subject_type, subject_id, id);
-- Append-only, whatever code runs against the file.
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Review state of a canonical event (no row = unreviewed) and the fields an editor set by hand
-- (`locked`, a JSON object): the store's event writer overlays them on every re-fusion, and
-- keeps rejected/merged events tombstoned.
CREATE TABLE IF NOT EXISTS event_review (
  event_id TEXT PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('unreviewed', 'accepted', 'edited', 'rejected', 'merged')),
  locked TEXT NOT NULL DEFAULT '{}',
  reason TEXT,
  merged_into TEXT,
  by_user TEXT,
  at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS tips (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  link TEXT,
  contact TEXT,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'ingested', 'dismissed')),
  article_key TEXT,
  triaged_by TEXT,
  triaged_at TEXT,
  note TEXT
);
CREATE INDEX IF NOT EXISTS tips_state ON tips (state, id);
