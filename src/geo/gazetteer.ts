// The in-memory gazetteer: rows from data/gazetteer/places.tsv.gz, the user's GeoNames
// import (see userGazetteerPath), and the countries of data/countries.json, indexed by
// folded name (exact) and by loose transliteration key.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fold, looseKey } from "./fold.js";
import { parsePlaceLine, type PlaceRow } from "./rows.js";

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
  loadMs: number;
}

/**
 * Where `sitrep gazetteer import` stores the user's extension: $SITREP_GAZETTEER_USER if set,
 * else ~/.sitrep/gazetteer-user.tsv (same row format as places.tsv.gz, uncompressed).
 */
export function userGazetteerPath(): string {
  return process.env.SITREP_GAZETTEER_USER || join(homedir(), ".sitrep", "gazetteer-user.tsv");
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (cached ??= load());
}

/** Drops the loaded index so the next lookup reloads (after an import). */
export function resetGazetteer(): void {
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
  for (const n of [r.name, ...r.aliases]) {
    const k = fold(n);
    push(g.exact, k, i);
    push(g.loose, looseKey(k), i);
    // GeoNames writes some towns "Marawi City", "Cotabato City"; reports write "Marawi". The bare
    // name goes in the loose index only, which is read when no exact name matches, so "Mexico"
    // and "Kuwait" still mean the countries.
    if (r.kind === "place" && k.endsWith(" city") && k.length > 9) push(g.loose, looseKey(k.slice(0, -5)), i);
  }
}

function load(): Gazetteer {
  const t0 = performance.now();
  const g: Gazetteer = {
    rows: [], exact: new Map(), loose: new Map(), countries: new Map(), countryByIso: new Map(),
    admin1: {}, admin2: {}, loadMs: 0,
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
  const countries = JSON.parse(readFileSync(join(ROOT, "data/countries.json"), "utf8")) as { countries: CountryRecord[] };
  for (const c of countries.countries) {
    g.countries.set(c.code, c);
    g.countryByIso.set(c.iso, c);
    // A country as a place: its capital's point (ACLED codes country-only reports there, precision 3).
    const cap = rowsAt(g, g.exact.get(fold(c.capital))).find((r) => r.country === c.code && r.kind === "place");
    indexRow(g, {
      id: null, name: c.name, country: c.code, a1: cap?.a1 ?? "", a2: "", fcode: "PCLI", pop: 0,
      lat: cap?.lat ?? c.lat, lon: cap?.lon ?? c.lon, kind: "country", aliases: c.aliases, capital: cap?.name,
    });
  }
  g.loadMs = performance.now() - t0;
  return g;
}
