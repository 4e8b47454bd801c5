// The gazetteer: in memory, rows from data/gazetteer/places.tsv.gz, a user TSV (see
// userGazetteerPath) and the countries of data/countries.json, indexed by folded name (exact)
// and by loose transliteration key; on disk, the user's GeoNames imports (user-store.ts).
// Callers look names up through exactRows / looseRows / exactKeysWithPrefix, which answer as if
// the store's rows had been indexed in memory between the user TSV's rows and the countries.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fold } from "./fold.js";
import { eachKey } from "./row-keys.js";
import { parsePlaceLine, type PlaceRow } from "./rows.js";
import { UserStore } from "./user-store.js";
import { KeyFilter } from "../util/key-filter.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const DATA_DIR = join(ROOT, "data/gazetteer");

export interface CountryRecord {
  code: string;
  iso3: string;
  iso: number;
  name: string;
  region: string;
  capital: string;
  lat: number;
  lon: number;
  aliases: string[];
  demonyms: string[];
}

export interface Gazetteer {
  rows: PlaceRow[];
  /** folded name -> row index, or indices when several rows share it (saves an array per name). */
  exact: Map<string, number | number[]>;
  loose: Map<string, number | number[]>;
  countries: Map<string, CountryRecord>;
  countryByIso: Map<number, CountryRecord>;
  admin1: Record<string, string>;
  admin2: Record<string, string>;
  /** The user's imports on disk (userStorePath()), when there are any. */
  store: UserStore | null;
  /** Rows before this index (shipped + user TSV) rank before the store's rows, the rest (countries) after. */
  storeAt: number;
  loadMs: number;
}

/**
 * A user gazetteer as a flat TSV (same row format as places.tsv.gz, uncompressed), read into memory
 * at load: $SITREP_GAZETTEER_USER if set, else ~/.sitrep/gazetteer-user.tsv. Imports before the
 * store wrote here; the next `sitrep gazetteer import` moves its rows into the store (import.ts).
 * Small hand-made files (eval/extract/oracle-gazetteer.ts) may still be used this way.
 */
export function userGazetteerPath(): string {
  return process.env.SITREP_GAZETTEER_USER || join(homedir(), ".sitrep", "gazetteer-user.tsv");
}

/**
 * Where `sitrep gazetteer import` stores the user's imports: $SITREP_GAZETTEER_STORE if set, else
 * beside the TSV path with .db for .tsv (~/.sitrep/gazetteer-user.db).
 */
export function userStorePath(): string {
  return process.env.SITREP_GAZETTEER_STORE || userGazetteerPath().replace(/\.tsv$/, "") + ".db";
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (cached ??= load());
}

/** Drops the loaded index so the next lookup reloads (after an import). */
export function resetGazetteer(): void {
  cached?.store?.close();
  cached = null;
}

function push(map: Map<string, number | number[]>, key: string, i: number): void {
  if (!key) return;
  const v = map.get(key);
  if (v === undefined) map.set(key, i);
  else if (typeof v === "number") { if (v !== i) map.set(key, [v, i]); }
  else if (v[v.length - 1] !== i) v.push(i);
}

/** The rows stored under a key of `exact` or `loose`. */
export function rowsAt(g: Gazetteer, v: number | number[] | undefined): PlaceRow[] {
  if (v === undefined) return [];
  return typeof v === "number" ? [g.rows[v]!] : v.map((i) => g.rows[i]!);
}

export function indexRow(g: Pick<Gazetteer, "rows" | "exact" | "loose">, r: PlaceRow): void {
  const i = g.rows.length;
  g.rows.push(r);
  eachKey(r, (k) => push(g.exact, k, i), (k) => push(g.loose, k, i));
}

/** The in-memory rows of a key, with the store's rows (when it has the key) in their place. */
function merged(g: Gazetteer, v: number | number[] | undefined, stored: PlaceRow[] | null): PlaceRow[] {
  if (!stored) return v === undefined ? NO_ROWS : rowsAt(g, v);
  if (v === undefined) return stored.slice();
  const ids = typeof v === "number" ? [v] : v;
  const out: PlaceRow[] = [];
  for (const i of ids) if (i < g.storeAt) out.push(g.rows[i]!);
  out.push(...stored);
  for (const i of ids) if (i >= g.storeAt) out.push(g.rows[i]!);
  return out;
}

// What a miss returns: no array per miss on the hot path (findPlaces tries hundreds of spans per
// report, nearly all misses). Frozen, so a caller that tried to fill it would fail loudly.
export const NO_ROWS: PlaceRow[] = Object.freeze([]) as unknown as PlaceRow[];

/** Rows whose name or alias folds to `key` (fold()); [] when none. */
export function exactRows(key: string, g: Gazetteer = gazetteer()): PlaceRow[] {
  if (g.store) return merged(g, g.exact.get(key), g.store.lookup(0, key));
  if (!filtersOf(g).exact.mayHold(key)) return NO_ROWS;
  const v = g.exact.get(key);
  return v === undefined ? NO_ROWS : rowsAt(g, v);
}

/** Rows under a loose transliteration key (looseKey(fold(name))); [] when none. */
export function looseRows(key: string, g: Gazetteer = gazetteer()): PlaceRow[] {
  if (g.store) return merged(g, g.loose.get(key), g.store.lookup(1, key));
  if (!filtersOf(g).loose.mayHold(key)) return NO_ROWS;
  const v = g.loose.get(key);
  return v === undefined ? NO_ROWS : rowsAt(g, v);
}

/**
 * The filters of a gazetteer's in-memory indexes (a key they say no to is in neither), rebuilt if a key was added since
 * (indexRow after the first lookup). Why (session 23): findPlaces looks up ~180 spans a report in the exact and loose
 * indexes, half of the exact ones and nearly all loose ones misses; each lookup in a Map of ~170,000 keys hashed the
 * freshly joined key and read its bucket, its entry and the stored key's characters, most of them cache misses (~2.5% of
 * extraction's CPU time; ~1% with the filters).
 */
const filters = new WeakMap<Gazetteer, { exact: KeyFilter; loose: KeyFilter; exactSize: number; looseSize: number }>();
function filtersOf(g: Gazetteer): { exact: KeyFilter; loose: KeyFilter } {
  let f = filters.get(g);
  if (!f || f.exactSize !== g.exact.size || f.looseSize !== g.loose.size) {
    f = { exact: new KeyFilter(g.exact.keys(), g.exact.size), loose: new KeyFilter(g.loose.keys(), g.loose.size), exactSize: g.exact.size, looseSize: g.loose.size };
    filters.set(g, f);
  }
  return f;
}

// Per first word of the in-memory exact keys, the most words ("deir ez zor": 3) a key starting with it
// holds, for keys of two words or more; built once per loaded gazetteer. findPlaces looks up every
// span of up to six capitalised words, nearly all misses; a span longer than any key its first word
// starts can be passed over without hashing its (freshly joined) key.
const spanWords = new WeakMap<Gazetteer, { words: Map<string, number>; filter: KeyFilter }>();
function spanWordsOf(g: Gazetteer): { words: Map<string, number>; filter: KeyFilter } {
  let s = spanWords.get(g);
  if (!s) {
    const m = new Map<string, number>();
    for (const k of g.exact.keys()) {
      const sp = k.indexOf(" ");
      if (sp < 0) continue;
      let words = 2;
      for (let i = k.indexOf(" ", sp + 1); i >= 0; i = k.indexOf(" ", i + 1)) words++;
      const first = k.slice(0, sp);
      if (words > (m.get(first) ?? 1)) m.set(first, words);
    }
    // (Most first words looked up start no key of two words: the filter answers those, see KeyFilter.)
    spanWords.set(g, (s = { words: m, filter: new KeyFilter(m.keys(), m.size) }));
  }
  return s;
}

/**
 * The most space-separated words an exact key can hold when its first word (the text before its
 * first space) is `first`: 1 when no key of two words or more starts so. Unbounded with a store on
 * disk (its keys are not in memory). A key joined from n tokens' folds has at least n words, so a
 * span of more tokens than this finds no exact rows.
 */
export function maxExactWords(first: string, g: Gazetteer = gazetteer()): number {
  if (g.store) return Infinity;
  const s = spanWordsOf(g);
  return s.filter.mayHold(first) ? s.words.get(first) ?? 1 : 1;
}

// The in-memory exact keys sorted, for prefix lookups; built once per loaded gazetteer.
const sortedKeys = new WeakMap<Gazetteer, string[]>();
function keysOf(g: Gazetteer): string[] {
  let k = sortedKeys.get(g);
  if (!k) {
    k = [...g.exact.keys()].sort();
    sortedKeys.set(g, k);
  }
  return k;
}

function lowerBound(xs: string[], x: string): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first `max` distinct exact keys (in JavaScript string order) that start with `prefix`. */
export function exactKeysWithPrefix(prefix: string, max: number, g: Gazetteer = gazetteer()): string[] {
  const keys = keysOf(g);
  const out: string[] = [];
  for (let i = lowerBound(keys, prefix); i < keys.length && out.length < max; i++) {
    if (!keys[i]!.startsWith(prefix)) break;
    out.push(keys[i]!);
  }
  const stored = g.store?.exactKeysFrom(prefix, max);
  if (!stored?.length) return out;
  return [...new Set([...out, ...stored])].sort().slice(0, max);
}

function load(): Gazetteer {
  const t0 = performance.now();
  const g: Gazetteer = {
    rows: [], exact: new Map(), loose: new Map(), countries: new Map(), countryByIso: new Map(),
    admin1: {}, admin2: {}, store: null, storeAt: 0, loadMs: 0,
  };
  const admin = JSON.parse(readFileSync(join(DATA_DIR, "admin.json"), "utf8")) as { admin1: Record<string, string>; admin2: Record<string, string> };
  g.admin1 = admin.admin1;
  g.admin2 = admin.admin2;
  const text = gunzipSync(readFileSync(join(DATA_DIR, "places.tsv.gz"))).toString("utf8");
  for (const line of text.split("\n")) {
    const r = parsePlaceLine(line);
    if (r) indexRow(g, r);
  }
  const user = userGazetteerPath();
  if (existsSync(user)) {
    for (const line of readFileSync(user, "utf8").split("\n")) {
      const r = parsePlaceLine(line);
      if (r) indexRow(g, r);
    }
  }
  g.storeAt = g.rows.length;
  const storePath = userStorePath();
  if (existsSync(storePath)) g.store = new UserStore(storePath);
  const countries = JSON.parse(readFileSync(join(ROOT, "data/countries.json"), "utf8")) as { countries: CountryRecord[] };
  for (const c of countries.countries) {
    g.countries.set(c.code, c);
    g.countryByIso.set(c.iso, c);
    // A country as a place: its capital's point (ACLED codes country-only reports there, precision 3).
    // (Read without the key filter: each country added below changes the keys, and would have it built again.)
    const k = fold(c.capital);
    const cap = (g.store ? merged(g, g.exact.get(k), g.store.lookup(0, k)) : rowsAt(g, g.exact.get(k))).find((r) => r.country === c.code && r.kind === "place");
    indexRow(g, {
      id: null, name: c.name, country: c.code, a1: cap?.a1 ?? "", a2: "", fcode: "PCLI", pop: 0,
      lat: cap?.lat ?? c.lat, lon: cap?.lon ?? c.lon, kind: "country", aliases: c.aliases, capital: cap?.name,
    });
  }
  g.loadMs = performance.now() - t0;
  return g;
}
