// searchPlaces: a ranked list of gazetteer entries for a typed name (the API's /places and a
// search box), where resolvePlace picks one entry for a mention in running text. Matching is
// by folded name or alias, then transliteration key, then name prefix (so "Ham" offers Hama);
// ranking reuses the geocoder's prior (population, feature class, kind) plus how well it matched.
import { fold, looseKey } from "./fold.js";
import { exactKeysWithPrefix, exactRows, gazetteer, looseRows } from "./gazetteer.js";
import { candidates, prior } from "./mentions.js";
import { toResolved } from "./resolve.js";
import { geonameIdOf, type PlaceKind, type PlaceRow } from "./rows.js";

export interface SearchOptions {
  /** ISO 3166 alpha-2 code (or codes, best first) whose entries rank higher. */
  country?: string | string[];
  /** At most this many candidates (default 10, at most MAX_LIMIT). */
  limit?: number;
}

export type MatchKind = "name" | "alias" | "loose" | "prefix";

export interface PlaceCandidate {
  /** The gazetteer's name for the entry. */
  name: string;
  /** The name or alias the query matched. */
  matched: string;
  match: MatchKind;
  /** ACLED's location column for it (an admin1 or country is placed at its capital). */
  location: string;
  geonameid: number | null;
  kind: PlaceKind;
  /** GeoNames feature code (PPLA, PPLC, ADM1, PCLI, SEA...). */
  feature_code: string;
  country: string;
  countryName: string;
  admin1: string;
  admin2: string;
  latitude: number;
  longitude: number;
  geo_precision: 1 | 2 | 3;
  population: number;
  /** Higher is better; comparable within one query only. */
  score: number;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

// How much each way of matching adds to the prior: a typed full name beats a prefix of a
// bigger town only when the named place is not much smaller (Hama the city over Hamadan).
const MATCH_BONUS: Record<MatchKind, number> = { name: 3, alias: 2.5, loose: 1, prefix: -1 };
// Preferred countries outweigh a population gap of about a factor of a million.
const COUNTRY_BONUS = 8;
const ADMIN1_BONUS = 4;
// A one-letter prefix would list half the gazetteer; below this, only whole names match.
const MIN_PREFIX = 2;
// Prefix matching stops after this many distinct names (short prefixes like "al" have thousands).
const MAX_PREFIX_KEYS = 4000;

/** The name or alias of `r` whose folded form is `key` (for display). */
function nameFor(r: PlaceRow, key: string): string {
  if (fold(r.name) === key) return r.name;
  return r.aliases.find((a) => fold(a) === key) ?? r.name;
}

/** "Hama, Syria" / "Kaya, Centre-Nord": the part after the last comma, when it names a country or admin1. */
function qualifier(q: string): { name: string; countries: Set<string>; admin1: Set<string> } | null {
  const i = q.lastIndexOf(",");
  if (i <= 0) return null;
  const rows = candidates(q.slice(i + 1), false).rows.filter((r) => r.kind === "country" || r.kind === "admin1");
  if (!rows.length) return null;
  return {
    name: q.slice(0, i),
    countries: new Set(rows.map((r) => r.country)),
    admin1: new Set(rows.filter((r) => r.kind === "admin1").map((r) => `${r.country}.${r.a1}`)),
  };
}

export function searchPlaces(q: string, opts: SearchOptions = {}): PlaceCandidate[] {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? DEFAULT_LIMIT)));
  const qual = qualifier(q);
  const key = fold(qual ? qual.name : q);
  if (!key) return [];
  const g = gazetteer();
  const prefer = (Array.isArray(opts.country) ? opts.country : opts.country ? [opts.country] : []).map((c) => c.toUpperCase());

  const found = new Map<PlaceRow, { match: MatchKind; matched: string }>();
  const add = (rows: PlaceRow[], match: MatchKind, matchedKey: string) => {
    for (const r of rows) {
      if (found.has(r)) continue;
      const exactName = match === "name" && fold(r.name) !== matchedKey ? "alias" : match;
      found.set(r, { match: exactName, matched: nameFor(r, matchedKey) });
    }
  };
  add(exactRows(key, g), "name", key);
  if (key.length >= 4) add(looseRows(looseKey(key), g), "loose", key);
  if (key.length >= MIN_PREFIX) {
    for (const k of exactKeysWithPrefix(key, MAX_PREFIX_KEYS, g)) if (k !== key) add(exactRows(k, g), "prefix", k);
  }

  const scored: { r: PlaceRow; s: number; match: MatchKind; matched: string }[] = [];
  for (const [r, m] of found) {
    let s = prior(r, key) + MATCH_BONUS[m.match];
    // A longer name completed from a prefix is a weaker guess the more it adds.
    if (m.match === "prefix") s -= Math.min(2, (fold(m.matched).length - key.length) * 0.1);
    const p = prefer.indexOf(r.country);
    if (p >= 0) s += COUNTRY_BONUS - p;
    if (qual?.countries.has(r.country)) s += COUNTRY_BONUS;
    if (qual?.admin1.has(`${r.country}.${r.a1}`) && r.kind !== "admin1") s += ADMIN1_BONUS;
    scored.push({ r, s, ...m });
  }
  scored.sort((a, b) => b.s - a.s || b.r.pop - a.r.pop || a.r.name.localeCompare(b.r.name));

  return scored.slice(0, limit).map(({ r, s, match, matched }) => {
    const res = toResolved(r, { name: r.name, start: 0, end: r.name.length, nameStart: 0, nameEnd: r.name.length, kind: "place" });
    return {
      name: r.name, matched, match, location: res.location, geonameid: geonameIdOf(r), kind: r.kind, feature_code: r.fcode,
      country: res.country, countryName: res.countryName, admin1: res.admin1, admin2: res.admin2,
      latitude: res.latitude!, longitude: res.longitude!, geo_precision: res.geo_precision,
      population: r.pop, score: Math.round(s * 100) / 100,
    };
  });
}
