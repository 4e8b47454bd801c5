// Versioned migrations: numbered .sql files under migrations/<backend>/, applied once each, in order.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

const dirOf = (backend: string) => fileURLToPath(new URL(`./migrations/${backend}/`, import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Migration files of a backend, sorted by their numeric prefix (001_init.sql -> 1). */
export function migrationsFor(backend: "sqlite" | "postgres"): Migration[] {
  const dir = dirOf(backend);
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .map((f) => ({ version: parseInt(f, 10), name: f, sql: readFileSync(dir + f, "utf8") }))
    .sort((a, b) => a.version - b.version);
}

export function applyMigrations(db: Database.Database): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const done = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
  const applied: number[] = [];
  for (const m of migrationsFor("sqlite")) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
