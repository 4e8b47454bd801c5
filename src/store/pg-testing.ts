// Test support for PostgreSQL: is a server answering, and a fresh schema per test (dropped after).
import pg from "pg";
import { randomBytes } from "node:crypto";

/** The server tests use: SITREP_TEST_PG, else the CI default. */
export const PG_TEST_URL = process.env.SITREP_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

let answer: Promise<string | null> | undefined;

/** null when a server answers; otherwise why Postgres tests are skipped. */
export function pgUnavailable(): Promise<string | null> {
  answer ??= (async () => {
    const c = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.query("SELECT 1");
      return null;
    } catch (err) {
      return `no PostgreSQL server answers at ${PG_TEST_URL} (${(err as Error).message}); set SITREP_TEST_PG to run these tests`;
    } finally {
      await c.end().catch(() => {});
    }
  })();
  return answer;
}

export interface TestSchema {
  /** Connection URL whose tables live in the fresh schema. */
  url: string;
  schema: string;
  drop(): Promise<void>;
}

/** A new empty schema `sitrep_test_<random>`; drop() removes it and everything in it. */
export async function freshSchema(): Promise<TestSchema> {
  const schema = `sitrep_test_${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: PG_TEST_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const u = new URL(PG_TEST_URL);
  u.searchParams.set("schema", schema);
  return {
    url: u.toString(),
    schema,
    async drop() {
      const d = new pg.Client({ connectionString: PG_TEST_URL });
      await d.connect();
      await d.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await d.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
      await d.end();
    },
  };
}
