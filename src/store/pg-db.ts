// PostgreSQL plumbing shared by the store, the fuser, the workers and `sitrep migrate`:
// a pool bound to one schema, transactions, and versioned migrations (migrations/postgres/*.sql).
import pg from "pg";
import { SitrepError } from "../errors.js";
import { migrationsFor } from "./migrate.js";

/** The queries fusion and the store make; a pooled client inside a transaction, or the pool. */
export interface Queryable {
  query<R extends pg.QueryResultRow = any>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//.test(s);

/** Connection settings from a URL; `?schema=NAME` (ours) puts every table in that schema. */
export function pgConfig(url: string): { config: pg.PoolConfig; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? "public";
  u.searchParams.delete("schema");
  if (!/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `schema "${schema}": letters, digits and _ only`);
  // BIGINT (COUNT(*), hashes) as numbers: every value we store fits in 2^53.
  const types = { getTypeParser: (oid: number, format?: any) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) };
  return {
    schema,
    config: {
      connectionString: u.toString(),
      options: `-c search_path=${schema}`,
      types: types as pg.CustomTypesConfig,
      max: Number(process.env.SITREP_PG_POOL ?? 8),
      application_name: "sitrep",
    },
  };
}

export function openPool(url: string): { pool: pg.Pool; schema: string } {
  const { config, schema } = pgConfig(url);
  const pool = new pg.Pool(config);
  // An idle client losing its server must not kill the process; the next query reports it.
  pool.on("error", () => {});
  return { pool, schema };
}

/** Runs `fn` in one transaction on one pooled client; rolls back on any error. */
export async function inTx<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const out = await fn(c);
    await c.query("COMMIT");
    return out;
  } catch (err) {
    await c.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

/** Applies pending migrations once each, in order; an advisory lock keeps concurrent workers from racing. */
export async function applyPgMigrations(pool: pg.Pool, schema: string): Promise<number[]> {
  return inTx(pool, async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`sitrep-migrate:${schema}`]);
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await c.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const done = new Set((await c.query("SELECT version FROM schema_migrations")).rows.map((r) => r.version as number));
    const applied: number[] = [];
    for (const m of migrationsFor("postgres")) {
      if (done.has(m.version)) continue;
      await c.query(m.sql);
      await c.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Does PostGIS exist on this server (for spatial indexes when present)? */
export async function hasPostgis(pool: pg.Pool): Promise<boolean> {
  const r = await pool.query("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'");
  return r.rowCount! > 0;
}
