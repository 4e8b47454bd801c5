// Copies a SQLite database into an empty PostgreSQL schema, table by table, in one transaction,
// then checks that every copied table has the same row count on both sides.
// Tables are copied in creation order (parents before children); columns present on both sides
// are copied by name. A SQLite table PostgreSQL has no table for is reported, not guessed at.
import type Database from "better-sqlite3";
import type pg from "pg";
import { inTx } from "./pg-db.js";

export interface CopyReport {
  tables: { table: string; source: number; target: number }[];
  /** SQLite tables with rows that have no PostgreSQL counterpart (nothing copied). */
  missing: { table: string; rows: number }[];
  /** Tables left out on purpose (see SKIPPED), with their SQLite row counts. */
  skipped: { table: string; rows: number; why: string }[];
}

/**
 * Tables not copied, and why. Everything else is, the desk's included: users, API tokens,
 * pending reset/invite links, outbox, settings, the audit log, review state and hand-edit
 * locks, tips.
 */
export const SKIPPED: Record<string, string> = {
  schema_migrations: "PostgreSQL keeps its own migration record",
  // A session is a live log-in on the old server; after the move everyone logs in again, so no
  // cookie from the old instance opens anything on the new one.
  sessions: "live log-in sessions end with the move; users log in again",
};

export async function copySqliteToPostgres(src: Database.Database, pool: pg.Pool, onTable?: (t: string, n: number) => void): Promise<CopyReport> {
  const tables = (src.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string }[])
    .map((r) => r.name)
    .filter((t) => !(t in SKIPPED));
  const report: CopyReport = { tables: [], missing: [], skipped: [] };
  // (schema_migrations is bookkeeping, not data: left out of the report.)
  for (const table of Object.keys(SKIPPED).filter((t) => t !== "schema_migrations")) {
    const exists = src.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    if (exists) report.skipped.push({ table, rows: (src.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n, why: SKIPPED[table]! });
  }
  await inTx(pool, async (c) => {
    const nonEmpty = await c.query("SELECT (SELECT 1 FROM articles LIMIT 1) AS a, (SELECT 1 FROM users LIMIT 1) AS u, (SELECT 1 FROM audit_log LIMIT 1) AS l");
    const held = nonEmpty.rows[0] as { a: number | null; u: number | null; l: number | null };
    if (held.a || held.u || held.l) throw new Error("the target already holds articles, users or audit rows; migrate into an empty database or schema");
    for (const table of tables) {
      const rows = (src.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
      const target = await c.query(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        [table],
      );
      if (!target.rowCount) {
        if (rows) report.missing.push({ table, rows });
        continue;
      }
      const theirs = new Set(target.rows.map((r) => r.column_name as string));
      const cols = (src.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((r) => r.name).filter((n) => theirs.has(n));
      const quoted = cols.map((n) => `"${n}"`).join(", ");
      const per = Math.max(1, Math.floor(30_000 / cols.length));
      let batch: unknown[][] = [];
      const flush = async () => {
        if (!batch.length) return;
        const values = batch.map((row, i) => `(${row.map((_, j) => `$${i * cols.length + j + 1}`).join(", ")})`).join(", ");
        await c.query(`INSERT INTO "${table}" (${quoted}) VALUES ${values}`, batch.flat());
        batch = [];
      };
      for (const row of src.prepare(`SELECT ${quoted} FROM "${table}"`).raw().iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length >= per) await flush();
      }
      await flush();
      if (theirs.has("id")) {
        // Identity columns continue after the copied ids.
        const seq = await c.query("SELECT pg_get_serial_sequence($1, 'id') AS s", [table]);
        if (seq.rows[0]?.s) await c.query(`SELECT setval($1, GREATEST(1, (SELECT COALESCE(MAX(id), 0) FROM "${table}")), (SELECT COUNT(*) > 0 FROM "${table}"))`, [seq.rows[0].s]);
      }
      const n = (await c.query(`SELECT COUNT(*)::int AS n FROM "${table}"`)).rows[0].n as number;
      report.tables.push({ table, source: rows, target: n });
      onTable?.(table, n);
    }
    const bad = report.tables.filter((t) => t.source !== t.target);
    if (bad.length) throw new Error(`row counts differ after copy: ${bad.map((t) => `${t.table} ${t.source} -> ${t.target}`).join(", ")}`);
  });
  return report;
}
