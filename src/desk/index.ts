// The desk (accounts, review, audit, tips) for a Store: its DeskStore on the same database.
import type { Store } from "../store/index.js";
import type { DeskStore } from "../store/desk.js";
import { SqliteStore } from "../store/sqlite.js";
import { SqliteDeskStore } from "../store/desk-sqlite.js";

/** The DeskStore on the store's database, or null for a backend without one yet (PostgreSQL). */
export function deskStoreFor(store: Store): DeskStore | null {
  return store instanceof SqliteStore ? new SqliteDeskStore(store) : null;
}
