// Opens the store named by --db, SITREP_DB or ./sitrep.db.
import { resolve } from "node:path";
import { SitrepError } from "../errors.js";
import { SqliteStore } from "./sqlite.js";
import { PostgresStore } from "./postgres.js";
import type { Store } from "./store.js";

export type { Store, EventFilter, StoredEvent, StoreStatus, PutArticleResult, ReportRow } from "./store.js";

export const DEFAULT_DB = "./sitrep.db";

/** Where the database is: the --db option, else SITREP_DB, else ./sitrep.db. */
export function dbLocation(option?: string): string {
  return option || process.env.SITREP_DB || DEFAULT_DB;
}

export async function openStore(option?: string): Promise<Store> {
  const loc = dbLocation(option);
  if (/^postgres(ql)?:\/\//.test(loc)) return PostgresStore.open(loc, redact(loc));
  const path = loc.startsWith("sqlite:") ? loc.slice("sqlite:".length) : loc;
  return new SqliteStore(path === ":memory:" ? path : resolve(path));
}

/** Hides a password in a connection URL before it is printed. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
