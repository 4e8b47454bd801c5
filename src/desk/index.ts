// The desk (accounts, review, audit, tips) for a Store: its DeskStore on the same database.
import type { Store } from "../store/index.js";
import type { DeskStore } from "../store/desk.js";
import { SqliteStore } from "../store/sqlite.js";
import { SqliteDeskStore } from "../store/desk-sqlite.js";
import { PostgresStore } from "../store/postgres.js";
import { PostgresDeskStore } from "../store/desk-postgres.js";

/** The DeskStore on the store's database (SQLite file or PostgreSQL schema); null for any other backend. */
export function deskStoreFor(store: Store): DeskStore | null {
  if (store instanceof SqliteStore) return new SqliteDeskStore(store);
  if (store instanceof PostgresStore) return new PostgresDeskStore(store);
  return null;
}
