-- 003: look-ups fusion makes per report (report id uniqueness check).
CREATE INDEX IF NOT EXISTS reports_rid ON reports (rid);
