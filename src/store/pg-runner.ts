// One small query surface over either backend, for stages that keep their own tables (feeds,
// worker progress, migrate): SQL written with `?` placeholders runs on SQLite as is and on
// PostgreSQL with `$n`. Only for simple statements; the Store interface stays the main API.
import type { Store } from "./store.js";
import { SqliteStore } from "./sqlite.js";
import { PostgresStore } from "./postgres.js";

export interface SqlRunner {
  readonly kind: "sqlite" | "postgres";
  all<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  get<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R | undefined>;
  run(sql: string, params?: unknown[]): Promise<void>;
}

/** `?` -> `$1, $2, ...` (our SQL never has `?` inside string literals). */
export const toDollar = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

export function runnerFor(store: Store): SqlRunner {
  if (store instanceof SqliteStore) {
    const db = store.db;
    return {
      kind: "sqlite",
      all: async <R>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as R[],
      get: async <R>(sql: string, params: unknown[] = []) => db.prepare(sql).get(...params) as R | undefined,
      run: async (sql, params = []) => void db.prepare(sql).run(...params),
    };
  }
  if (store instanceof PostgresStore) {
    const pool = store.pool;
    return {
      kind: "postgres",
      all: async <R>(sql: string, params: unknown[] = []) => (await pool.query(toDollar(sql), params)).rows as R[],
      get: async <R>(sql: string, params: unknown[] = []) => (await pool.query(toDollar(sql), params)).rows[0] as R | undefined,
      run: async (sql, params = []) => void (await pool.query(toDollar(sql), params)),
    };
  }
  throw new Error(`no SQL runner for a ${store.kind} store`);
}
