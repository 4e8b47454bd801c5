// The storage backends every contract test runs against: SQLite in a temp folder, and PostgreSQL in a
// fresh schema (skipped, with the reason, only when no server answers).
import { join } from "node:path";
import { test } from "node:test";
import { SqliteStore } from "./sqlite.js";
import { PostgresStore } from "./postgres.js";
import { freshSchema, pgUnavailable } from "./pg-testing.js";
import type { Store } from "./store.js";
import { tempDir } from "../../test/helpers.js";

export interface Backend {
  name: "sqlite" | "postgres";
  skip: () => Promise<string | null>;
  /** Opens an empty store and returns it with its cleanup. */
  open: () => Promise<{ store: Store; done: () => Promise<void> }>;
}

export const BACKENDS: Backend[] = [
  {
    name: "sqlite",
    skip: async () => null,
    open: async () => {
      const { dir, cleanup } = tempDir();
      const store = new SqliteStore(join(dir, "c.db"));
      return { store, done: async () => (await store.close(), cleanup()) };
    },
  },
  {
    name: "postgres",
    skip: pgUnavailable,
    open: async () => {
      const s = await freshSchema();
      const store = await PostgresStore.open(s.url);
      return { store, done: async () => (await store.close(), await s.drop()) };
    },
  },
];

/** One contract test on every backend: `fn` gets an empty store (the backend's name says which failed). */
export function storeContract(name: string, fn: (s: Store, backend: Backend["name"]) => Promise<void>): void {
  for (const b of BACKENDS) {
    test(`${b.name}: ${name}`, async (t) => {
      const why = await b.skip();
      if (why) return t.skip(why);
      const { store, done } = await b.open();
      try {
        await fn(store, b.name);
      } finally {
        await done();
      }
    });
  }
}
