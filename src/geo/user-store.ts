// The user's GeoNames import as an indexed SQLite file (userStorePath()), so that a large dump
// (allCountries: ~5M populated places) is looked up on disk instead of loaded into memory.
//   places(pk, geonameid UNIQUE, line)   line: the row in places.tsv format (rows.ts)
//   names(loose, key, pk)                every exact (loose = 0) and loose (1) key of a row
//   meta(k, v)                           format tag, the key filter blob, import bookkeeping
// A row keeps its pk when a re-import replaces it, and rows under one key come back in pk order:
// the order an in-memory index would hold them in (first import first).
// Lookups go through a Bloom filter of all keys (key-filter.ts) read at open, so a name the
// store lacks costs a hash and no query; found keys and rows are cached.
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { SitrepError } from "../errors.js";
import { KeyFilter, type KeyKind } from "./key-filter.js";
import { rowKeys } from "./row-keys.js";
import { parsePlaceLine, placeToLine, type PlaceRow } from "./rows.js";

export const STORE_FORMAT = "sitrep-gazetteer-store/1";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places (pk INTEGER PRIMARY KEY, geonameid INTEGER UNIQUE, line TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names (loose INTEGER NOT NULL, key TEXT NOT NULL, pk INTEGER NOT NULL, PRIMARY KEY (loose, key, pk)) WITHOUT ROWID;
`;

// Caches are dropped whole when they grow past these (a desk's reports name far fewer places).
const MAX_CACHED_KEYS = 50_000;
const MAX_CACHED_ROWS = 100_000;

const badStore = (path: string, why: string) =>
  new SitrepError("SITREP_E_GAZETTEER", `${path} is not a usable sitrep gazetteer store (${why}); move it away and run \`sitrep gazetteer import\` again`, path);

/** Opens the file and checks it is a store of this format; `create` makes a new one when absent. */
function openDb(path: string, mode: "read" | "write"): Database.Database {
  const fresh = !existsSync(path);
  let db: Database.Database;
  try {
    db = new Database(path, mode === "read" ? { readonly: true, fileMustExist: true } : {});
  } catch (err) {
    throw badStore(path, (err as Error).message);
  }
  try {
    if (fresh && mode === "write") {
      db.exec(SCHEMA);
      db.prepare("INSERT INTO meta (k, v) VALUES ('format', ?)").run(STORE_FORMAT);
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    if (!tables.has("meta") || !tables.has("places") || !tables.has("names")) throw new Error("no sitrep tables");
    const format = db.prepare("SELECT v FROM meta WHERE k = 'format'").pluck().get();
    if (format !== STORE_FORMAT) throw new Error(`format ${String(format)}, expected ${STORE_FORMAT}`);
  } catch (err) {
    db.close();
    throw badStore(path, (err as Error).message);
  }
  return db;
}

/** Builds the key filter from every key in the names table. */
function buildFilter(db: Database.Database): KeyFilter {
  const n = db.prepare("SELECT COUNT(*) FROM names").pluck().get() as number;
  const f = KeyFilter.sized(n);
  for (const [loose, key] of db.prepare("SELECT loose, key FROM names").raw().iterate() as Iterable<[KeyKind, string]>) f.add(loose, key);
  return f;
}

/** Read side: what gazetteer.ts consults after its in-memory maps. */
export class UserStore {
  readonly places: number;
  private readonly filter: KeyFilter;
  private readonly byKey: Database.Statement;
  private readonly keysFrom: Database.Statement;
  private readonly cache: [Map<string, PlaceRow[] | null>, Map<string, PlaceRow[] | null>] = [new Map(), new Map()];
  private readonly rows = new Map<number, PlaceRow>();

  constructor(readonly path: string) {
    const db = (this.db = openDb(path, "read"));
    try {
      this.places = db.prepare("SELECT COUNT(*) FROM places").pluck().get() as number;
      const blob = db.prepare("SELECT v FROM meta WHERE k = 'filter'").pluck().get() as Buffer | undefined;
      const stale = db.prepare("SELECT v FROM meta WHERE k = 'filter_stale'").pluck().get();
      let f = blob && !stale ? KeyFilter.fromBuffer(blob) : null;
      if (!f) {
        // An import stopped before it saved the filter: every stored row is still there, so
        // rebuild it here (slow for a large store; the next import saves it again).
        if (this.places) console.warn(`sitrep: ${path}: the last gazetteer import did not finish; rebuilding its key filter (run the import again to save it)`);
        f = buildFilter(db);
      }
      this.filter = f;
      this.byKey = db.prepare("SELECT p.pk, p.line FROM names n JOIN places p ON p.pk = n.pk WHERE n.loose = ? AND n.key = ? ORDER BY n.pk").raw();
      this.keysFrom = db.prepare("SELECT DISTINCT key FROM names WHERE loose = 0 AND key >= ? AND key < ? ORDER BY key LIMIT ?").pluck();
    } catch (err) {
      db.close();
      throw err instanceof SitrepError ? err : badStore(path, (err as Error).message);
    }
  }
  private readonly db: Database.Database;

  /** The rows filed under an exact (kind 0) or loose (1) key, in pk order; null when none. */
  lookup(kind: KeyKind, key: string): PlaceRow[] | null {
    if (!this.filter.has(kind, key)) return null;
    const cache = this.cache[kind];
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let rows: PlaceRow[] | null;
    try {
      const found = this.byKey.all(kind, key) as [number, string][];
      rows = found.length ? found.map(([pk, line]) => this.row(pk, line)) : null;
    } catch (err) {
      throw badStore(this.path, (err as Error).message);
    }
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    cache.set(key, rows);
    return rows;
  }

  /** Distinct exact keys starting with `prefix`, sorted as JavaScript sorts strings; at most `max`. */
  exactKeysFrom(prefix: string, max: number): string[] {
    try {
      // Every key starting with prefix sorts (as UTF-8 bytes, SQLite's order) below prefix + U+10FFFF.
      const keys = this.keysFrom.all(prefix, prefix + "\u{10FFFF}", max) as string[];
      return keys.sort();
    } catch (err) {
      throw badStore(this.path, (err as Error).message);
    }
  }

  /** One object per stored row while cached, so callers may key maps by row (searchPlaces does). */
  private row(pk: number, line: string): PlaceRow {
    const had = this.rows.get(pk);
    if (had) return had;
    const r = parsePlaceLine(line);
    if (!r) throw new Error(`row ${pk} is not a place line`);
    if (this.rows.size >= MAX_CACHED_ROWS) this.rows.clear();
    this.rows.set(pk, r);
    return r;
  }

  close(): void {
    this.db.close();
  }
}

/** Write side: `sitrep gazetteer import` streams rows into it in batches, one transaction each. */
export class StoreWriter {
  private readonly db: Database.Database;
  private readonly put: (rows: PlaceRow[]) => void;
  private readonly getById: Database.Statement;
  private touched = false;

  constructor(readonly path: string) {
    this.db = openDb(path, "write");
    const db = this.db;
    // WAL: readers (a running desk) keep reading the committed rows while an import writes.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("cache_size = -262144"); // 256 MB of pages: the names index is written in key order, not append order
    const old = db.prepare("SELECT pk, line FROM places WHERE geonameid = ?").raw();
    this.getById = old;
    const update = db.prepare("UPDATE places SET line = ? WHERE pk = ?");
    const insert = db.prepare("INSERT INTO places (geonameid, line) VALUES (?, ?)");
    const delName = db.prepare("DELETE FROM names WHERE loose = ? AND key = ? AND pk = ?");
    const addName = db.prepare("INSERT OR IGNORE INTO names (loose, key, pk) VALUES (?, ?, ?)");
    const stale = db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('filter_stale', 1)");
    this.put = db.transaction((rows: PlaceRow[]) => {
      if (!this.touched) { stale.run(); this.touched = true; }
      for (const r of rows) {
        const line = placeToLine(r);
        const prev = r.id !== null ? (old.get(r.id) as [number, string] | undefined) : undefined;
        let pk: number;
        if (prev) {
          pk = prev[0];
          if (prev[1] === line) continue;
          const was = parsePlaceLine(prev[1]);
          if (was) {
            const k = rowKeys(was);
            for (const key of k.exact) delName.run(0, key, pk);
            for (const key of k.loose) delName.run(1, key, pk);
          }
          update.run(line, pk);
        } else {
          pk = Number(insert.run(r.id, line).lastInsertRowid);
        }
        const k = rowKeys(r);
        for (const key of k.exact) addName.run(0, key, pk);
        for (const key of k.loose) addName.run(1, key, pk);
      }
    });
  }

  /** Stores (or replaces, by geonameid) a batch of rows in one transaction. */
  putRows(rows: PlaceRow[]): void {
    if (rows.length) this.put(rows);
  }

  /** The stored row with this geonameid (alternateNames adds aliases to stored rows). */
  rowById(id: number): PlaceRow | null {
    const r = this.getById.get(id) as [number, string] | undefined;
    return r ? parsePlaceLine(r[1]) : null;
  }

  /** Saves the key filter for every stored key and ends the import. */
  finish(): { places: number; bytes: number } {
    const db = this.db;
    if (this.touched) {
      const f = buildFilter(db);
      db.transaction(() => {
        db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('filter', ?)").run(f.toBuffer());
        db.prepare("DELETE FROM meta WHERE k = 'filter_stale'").run();
      })();
    }
    const places = db.prepare("SELECT COUNT(*) FROM places").pluck().get() as number;
    db.pragma("wal_checkpoint(TRUNCATE)");
    // Back to a rollback journal when no reader holds the file, so read-only opens need no -shm file.
    try { db.pragma("journal_mode = DELETE"); } catch { /* a reader has it open: stays WAL */ }
    const bytes = (db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number);
    return { places, bytes };
  }

  close(): void {
    this.db.close();
  }
}
