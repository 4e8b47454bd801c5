// The user's GeoNames import as an indexed SQLite file (userStorePath()), so that a large dump
// (allCountries: ~5M populated places) is looked up on disk instead of loaded into memory.
//   places(pk, geonameid UNIQUE, line)   line: the row in places.tsv format (rows.ts)
//   names(loose, key, pk)                every exact (loose = 0) and loose (1) key of a row
//   names_new(loose, key, pk)            an import's keys, unindexed, until it ends: they go into
//                                        names sorted, in one pass (inserting them into the big
//                                        index batch by batch rewrote most of its pages each commit)
//   meta(k, v)                           format tag, the key filter blob, the place count
// Keys enter names only in the transaction that also saves a filter holding them, so the saved
// filter always covers names: a crash at any point leaves a store readers can use as it is.
// A row keeps its pk when a re-import replaces it, and rows under one key come back in pk order:
// the order an in-memory index would hold them in (first import first).
// Lookups go through a Bloom filter of all keys (key-filter.ts) read at open, so a name the
// store lacks costs a hash and no query; found keys and rows are cached.
import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { SitrepError } from "../errors.js";
import { KeyFilter, type KeyKind } from "./key-filter.js";
import { rowKeys } from "./row-keys.js";
import { parsePlaceLine, placeToLine, type PlaceRow } from "./rows.js";

export const STORE_FORMAT = "sitrep-gazetteer-store/1";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places (pk INTEGER PRIMARY KEY, geonameid INTEGER UNIQUE, line TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names (loose INTEGER NOT NULL, key TEXT NOT NULL, pk INTEGER NOT NULL, PRIMARY KEY (loose, key, pk)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names_new (loose INTEGER NOT NULL, key TEXT NOT NULL, pk INTEGER NOT NULL);
`;

// Caches are dropped whole when they grow past these (a desk's reports name far fewer places).
const MAX_CACHED_KEYS = 50_000;
const MAX_CACHED_ROWS = 100_000;

const badStore = (path: string, why: string) =>
  new SitrepError("SITREP_E_GAZETTEER", `${path} is not a usable sitrep gazetteer store (${why}); move it away and run \`sitrep gazetteer import\` again`, path);

/** Opens the file and checks it is a store of this format; "write" makes a new one when absent. */
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
      // names_new's pages are freed at the end of each import: give them back to the file system.
      db.pragma("auto_vacuum = INCREMENTAL");
      db.exec(SCHEMA);
      db.prepare("INSERT INTO meta (k, v) VALUES ('format', ?)").run(STORE_FORMAT);
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    if (!["meta", "places", "names", "names_new"].every((t) => tables.has(t))) throw new Error("no sitrep tables");
    const format = db.prepare("SELECT v FROM meta WHERE k = 'format'").pluck().get();
    if (format !== STORE_FORMAT) throw new Error(`format ${String(format)}, expected ${STORE_FORMAT}`);
  } catch (err) {
    db.close();
    throw badStore(path, (err as Error).message);
  }
  return db;
}

// A filter is sized for this many times the stored keys, so that later small imports (another
// country's file) add their keys to it instead of rebuilding it from the whole table.
const FILTER_SLACK = 1.1;
// Keys read per query when a filter is built (paged by key: faster than a row-by-row iterator).
const FILTER_PAGE = 100_000;

/** Builds the key filter from every key in the names table. */
function buildFilter(db: Database.Database): KeyFilter {
  const n = db.prepare("SELECT COUNT(*) FROM names").pluck().get() as number;
  const f = KeyFilter.sized(Math.ceil(n * FILTER_SLACK));
  const first = db.prepare("SELECT loose, key FROM names ORDER BY loose, key LIMIT ?").raw();
  const next = db.prepare("SELECT loose, key FROM names WHERE (loose, key) > (?, ?) ORDER BY loose, key LIMIT ?").raw();
  let page = first.all(FILTER_PAGE) as [KeyKind, string][];
  while (page.length) {
    let prev = "";
    let prevKind = -1;
    for (const [loose, key] of page) {
      // Keys come sorted: one add per distinct key.
      if (key !== prev || loose !== prevKind) f.add(loose, key);
      prev = key;
      prevKind = loose;
    }
    if (page.length < FILTER_PAGE) break;
    const [l, k] = page[page.length - 1]!;
    page = next.all(l, k, FILTER_PAGE) as [KeyKind, string][];
  }
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
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    const db = (this.db = openDb(path, "read"));
    try {
      // Counted at the end of each import (a COUNT(*) here would read the whole table at startup).
      const counted = db.prepare("SELECT v FROM meta WHERE k = 'places'").pluck().get() as number | undefined;
      this.places = counted ?? (db.prepare("SELECT COUNT(*) FROM places").pluck().get() as number);
      const blob = db.prepare("SELECT v FROM meta WHERE k = 'filter'").pluck().get() as Buffer | undefined;
      // No saved filter (only a store whose first import has not ended): build one from names.
      this.filter = (blob && KeyFilter.fromBuffer(blob)) || buildFilter(db);
      if (db.prepare("SELECT 1 FROM names_new LIMIT 1").get()) {
        console.warn(`sitrep: ${path}: a gazetteer import is running or did not finish: the rows it stored become searchable when it ends, or when an import is next run`);
      }
      this.byKey = db.prepare("SELECT p.pk, p.line FROM names n JOIN places p ON p.pk = n.pk WHERE n.loose = ? AND n.key = ? ORDER BY n.pk").raw();
      this.keysFrom = db.prepare("SELECT DISTINCT key FROM names WHERE loose = 0 AND key >= ? AND key < ? ORDER BY key LIMIT ?").pluck();
    } catch (err) {
      db.close();
      throw err instanceof SitrepError ? err : badStore(path, (err as Error).message);
    }
  }

  /** The rows filed under an exact (kind 0) or loose (1) key, in pk order; null when none. */
  lookup(kind: KeyKind, key: string): PlaceRow[] | null {
    if (!this.filter.has(kind, key)) return null;
    const cache = this.cache[kind];
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let rows: PlaceRow[] | null;
    try {
      const found = this.byKey.all(kind, key) as [number, string][];
      // A key an import filed for an earlier version of a row (replaced twice in one import) may
      // linger in names: a row counts only when it still has the key.
      const has = (r: PlaceRow) => { const k = rowKeys(r); return (kind === 0 ? k.exact : k.loose).has(key); };
      const list = found.map(([pk, line]) => this.row(pk, line)).filter(has);
      rows = list.length ? list : null;
    } catch (err) {
      throw badStore(this.path, (err as Error).message);
    }
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    cache.set(key, rows);
    return rows;
  }

  /**
   * Distinct exact keys starting with `prefix`, sorted as JavaScript sorts strings; at most `max`.
   * SQLite picks the `max` in UTF-8 byte order, which differs from JavaScript's only between
   * characters past U+FFFF and those from U+E000 (no place name has them).
   */
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
  /** The saved filter with this import's keys added, while it has room; null: build one when the import ends. */
  private filter: KeyFilter | null = null;
  private touched = false;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.db = openDb(path, "write");
    const db = this.db;
    // WAL: readers (a running desk) keep reading the committed rows while an import writes.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("cache_size = -131072"); // 128 MB of pages: names are inserted in key order, not file order
    // An import a crash stopped left its keys unindexed: index them (and rebuild the filter) first.
    if (db.prepare("SELECT 1 FROM names_new LIMIT 1").get()) this.indexNames();
    const blob = db.prepare("SELECT v FROM meta WHERE k = 'filter'").pluck().get() as Buffer | undefined;
    this.filter = blob ? KeyFilter.fromBuffer(blob) : null;
    this.getById = db.prepare("SELECT pk, line FROM places WHERE geonameid = ?").raw();
    // Whole batches go in as one JSON array per statement: one call into SQLite instead of one per row.
    const known = db.prepare("SELECT p.geonameid, p.pk, p.line FROM json_each(?) j JOIN places p ON p.geonameid = j.value").raw();
    const maxPk = db.prepare("SELECT COALESCE(MAX(pk), 0) FROM places").pluck();
    const insertPlaces = db.prepare("INSERT INTO places (pk, geonameid, line) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)");
    const update = db.prepare("UPDATE places SET line = ? WHERE pk = ?");
    const delName = db.prepare("DELETE FROM names WHERE loose = ? AND key = ? AND pk = ?");
    const addNames = db.prepare("INSERT INTO names_new (loose, key, pk) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)");
    this.put = db.transaction((batch: PlaceRow[]) => {
      this.touched = true;
      // One row per id, the last one read, at the first one's place (as a re-import replaces).
      const byId = new Map<number, PlaceRow>();
      const noId: PlaceRow[] = [];
      for (const r of batch) if (r.id === null) noId.push(r); else byId.set(r.id, r);
      const rows = [...byId.values(), ...noId];
      const stored = new Map<number, [number, string]>();
      if (byId.size) for (const [id, pk, line] of known.all(JSON.stringify([...byId.keys()])) as [number, number, string][]) stored.set(id, [pk, line]);
      let pk = maxPk.get() as number;
      const newPlaces: [number, number | null, string][] = [];
      const names: [KeyKind, string, number][] = [];
      for (const r of rows) {
        const line = placeToLine(r);
        const prev = r.id !== null ? stored.get(r.id) : undefined;
        const keys = rowKeys(r);
        if (prev) {
          if (prev[1] === line) continue;
          // Replaced: drop the keys the new version no longer has, add the new ones.
          const was = parsePlaceLine(prev[1]);
          if (was) {
            const old = rowKeys(was);
            for (const k of old.exact) if (!keys.exact.has(k)) delName.run(0, k, prev[0]);
            for (const k of old.loose) if (!keys.loose.has(k)) delName.run(1, k, prev[0]);
          }
          update.run(line, prev[0]);
          // Keys it had already are ignored by the insert.
          for (const k of keys.exact) names.push([0, k, prev[0]]);
          for (const k of keys.loose) names.push([1, k, prev[0]]);
        } else {
          newPlaces.push([++pk, r.id, line]);
          for (const k of keys.exact) names.push([0, k, pk]);
          for (const k of keys.loose) names.push([1, k, pk]);
        }
      }
      if (newPlaces.length) insertPlaces.run(JSON.stringify(newPlaces));
      if (names.length) {
        addNames.run(JSON.stringify(names));
        const f = this.filter;
        if (f) for (const [kind, key] of names) f.add(kind, key);
      }
    });
  }

  /**
   * Moves the staged keys into the names index (sorted, in one pass) and saves a filter holding
   * them, in one transaction: this import's filter while it has room, else one built anew.
   */
  private indexNames(): void {
    const db = this.db;
    db.transaction(() => {
      db.exec("INSERT OR IGNORE INTO names (loose, key, pk) SELECT loose, key, pk FROM names_new ORDER BY loose, key, pk; DELETE FROM names_new;");
      const f = this.filter && this.filter.added <= this.filter.capacity ? this.filter : buildFilter(db);
      db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('filter', ?)").run(f.toBuffer());
      db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('places', (SELECT COUNT(*) FROM places))").run();
      this.filter = f;
    })();
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
      this.indexNames();
      this.touched = false;
    }
    const places = (db.prepare("SELECT v FROM meta WHERE k = 'places'").pluck().get() as number | undefined) ?? 0;
    db.pragma("incremental_vacuum");
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
