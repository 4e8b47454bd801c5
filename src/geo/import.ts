// `sitrep gazetteer import FILE`: GeoNames dumps (allCountries.txt, XX.txt, alternateNamesV2.txt)
// into the user's gazetteer store (userStorePath(), user-store.ts), read by every later lookup.
// Streams: rows go to the store in batches of BATCH, one transaction each, so memory stays
// bounded whatever the dump's size and a crash loses only the batch in flight. Re-importing the
// same ids replaces them; importing several XX.txt files accumulates.
import { createReadStream, existsSync, readFileSync, renameSync } from "node:fs";
import { createInterface } from "node:readline";
import { SitrepError } from "../errors.js";
import { parsePlaceLine, type PlaceRow } from "./rows.js";
import { gazetteer, resetGazetteer, userGazetteerPath, userStorePath } from "./gazetteer.js";
import { fold } from "./fold.js";
import { nearestPlaceRow } from "./reverse.js";
import { StoreWriter } from "./user-store.js";
import { fnv1a32 } from "../util/hash.js";

// Feature codes kept from a full dump: populated places, admin units, and the non-town features
// conflict news names (airports, ports, bases, crossings, camps, bridges, dams, seas, straits).
const KEEP_FEATURE = /^(P\.|A\.ADM[1-3]$|S\.(AIRP|AIRB|AIRF|PRT|MILB|INSM|BDG|DAM|CMP|CMPRF|PSTB|BCN|PS|HSP|MKT)$|H\.(SEA|GULF|STRT|BAY|CHN|LK|STM)$|L\.(RGN|AREA|OAS|PRK)$|T\.(MT|HLL|PASS|VAL|PLN|DSRT|ISL)$)/;

// Rows per transaction: large enough that commits cost little, small enough to hold in memory.
const BATCH = 5000;
// alternateNamesV2 lines per transaction (each may touch one stored row).
const ALT_BATCH = 50_000;

function lines(file: string): AsyncIterable<string> {
  if (!existsSync(file)) throw new SitrepError("SITREP_E_NOT_FOUND", file);
  return createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
}

/** One GeoNames line as a gazetteer row; null for a feature code the gazetteer does not keep. */
function geonamesRow(line: string, where: string): PlaceRow | null {
  const f = line.split("\t");
  if (f.length < 15) throw new SitrepError("SITREP_E_GAZETTEER", `not GeoNames format (${f.length} columns)`, where);
  const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , a1, a2, , , pop] = f;
  const idN = Number(id), latN = Number(lat), lonN = Number(lon);
  if (!Number.isInteger(idN) || !Number.isFinite(latN) || !Number.isFinite(lonN)) {
    throw new SitrepError("SITREP_E_GAZETTEER", "bad id or coordinates", where);
  }
  if (!KEEP_FEATURE.test(`${fclass}.${fcode}`)) return null;
  const aliases = new Set<string>();
  if (ascii && ascii !== name) aliases.add(ascii);
  for (const a of (alt ?? "").split(",")) if (a && a !== name && !/^[a-z]{2,3}:/.test(a) && !/^https?:/.test(a)) aliases.add(a.trim());
  const kind = fcode === "ADM1" ? "admin1" : fclass === "P" ? "place" : "feature";
  return {
    id: idN, name: name!, country: cc!, a1: a1 ?? "", a2: a2 ?? "", fcode: fcode!, pop: Number(pop) || 0,
    lat: latN, lon: lonN, kind, aliases: [...aliases].filter((a) => a.length > 1 && !a.includes("\t") && !a.includes("|")),
  };
}

/**
 * A user TSV written by imports before the store (userGazetteerPath()) moves into the store once,
 * in one transaction, and is renamed *.migrated so it is not read (nor moved) twice.
 */
function migrateTsv(store: StoreWriter): number {
  const tsv = userGazetteerPath();
  if (!existsSync(tsv)) return 0;
  const rows: PlaceRow[] = [];
  for (const l of readFileSync(tsv, "utf8").split("\n")) {
    const r = parsePlaceLine(l);
    if (r) rows.push(r);
  }
  store.putRows(rows);
  renameSync(tsv, `${tsv}.migrated`);
  return rows.length;
}

export async function importGeonamesDump(file: string, opts: { alternateNames?: string; onLine?: () => void } = {}): Promise<{ places: number; stored: number; bytes: number; migrated: number }> {
  if (!existsSync(file)) throw new SitrepError("SITREP_E_NOT_FOUND", file); // before a store is created
  const store = new StoreWriter(userStorePath());
  let batch: PlaceRow[] = [];
  try {
    const migrated = migrateTsv(store);
    let n = 0, lineNo = 0;
    for await (const line of lines(file)) {
      lineNo++;
      opts.onLine?.();
      if (!line || line.startsWith("#")) continue;
      const r = geonamesRow(line, `${file}:${lineNo}`);
      if (!r) continue;
      batch.push(r);
      n++;
      if (batch.length >= BATCH) { store.putRows(batch); batch = []; }
    }
    store.putRows(batch);
    batch = [];
    if (opts.alternateNames) await addAlternateNames(store, opts.alternateNames);
    const done = store.finish();
    return { places: n, stored: done.places, bytes: done.bytes, migrated };
  } catch (err) {
    // A bad line stops the import; the rows read before it are stored and get their key filter.
    try {
      if (err instanceof SitrepError && err.code === "SITREP_E_GAZETTEER") store.putRows(batch);
      store.finish();
    } catch { /* the first error is the one to report */ }
    throw err;
  } finally {
    store.close();
    resetGazetteer();
  }
}

/** alternateNamesV2: altId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to. */
async function addAlternateNames(store: StoreWriter, file: string): Promise<void> {
  // Rows changed in this batch, by id (the file lists a place's names together, mostly).
  let changed = new Map<number, PlaceRow>();
  let pending = 0;
  const flush = () => {
    store.putRows([...changed.values()]);
    changed = new Map();
    pending = 0;
  };
  for await (const line of lines(file)) {
    const f = line.split("\t");
    const id = Number(f[1]);
    const lang = f[2] ?? "", alt = f[3];
    if (!alt || !Number.isInteger(id) || ["link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr"].includes(lang)) continue;
    if (f[6] === "1" || alt.includes("|") || alt.includes("\t")) continue; // colloquial names are not toponyms
    const r = changed.get(id) ?? store.rowById(id);
    if (!r) continue;
    if (alt !== r.name && !r.aliases.includes(alt)) {
      r.aliases = [...r.aliases, alt];
      changed.set(id, r);
    }
    if (++pending >= ALT_BATCH) flush();
  }
  flush();
}

/** A place a desk adds by hand (a village `sitrep gazetteer missing` listed), not from a GeoNames dump. */
export interface UserPlace {
  name: string;
  /** ISO 3166 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  aliases?: string[];
  population?: number;
}

// User rows get negative ids from their country and name, so adding the same village again replaces it
// (GeoNames ids are positive: a later dump import never overwrites a hand-made row, nor the reverse).
function userPlaceId(country: string, name: string): number {
  return -(fnv1a32(`${country}|${fold(name)}`) + 1);
}

/** The row a hand-made place becomes, or a SITREP_E_GAZETTEER error naming what is wrong with it. */
export function userPlaceRow(p: UserPlace, where = "place"): PlaceRow {
  const bad = (why: string) => new SitrepError("SITREP_E_GAZETTEER", `${why}`, where);
  const name = p.name?.trim();
  if (!name || /[\t|\n]/.test(name)) throw bad("a place needs a name without tabs, '|' or line breaks");
  const country = (p.country ?? "").toUpperCase();
  if (!gazetteer().countries.has(country)) throw bad(`unknown country code "${p.country}" (ISO 3166 alpha-2, e.g. SD)`);
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) throw bad("latitude and longitude must be decimal degrees");
  const aliases = (p.aliases ?? []).map((a) => a.trim()).filter((a) => a && a !== name);
  if (aliases.some((a) => /[\t|\n]/.test(a))) throw bad("an alias may not hold tabs, '|' or line breaks");
  // Its admin1/admin2 are those of the nearest shipped town of the country (how ACLED's admin columns get filled).
  const town = nearestPlaceRow(p.lat, p.lon, country, 60);
  return {
    id: userPlaceId(country, name), name, country, a1: town?.a1 ?? "", a2: town?.a2 ?? "", fcode: "PPL",
    pop: Math.max(0, Math.floor(p.population ?? 0)), lat: p.lat, lon: p.lon, kind: "place", aliases,
  };
}

/** Adds (or replaces) hand-made places in the user's store, in one transaction. */
export function addPlaces(places: UserPlace[]): { added: number; stored: number } {
  const rows = places.map((p, i) => userPlaceRow(p, places.length > 1 ? `place ${i + 1}` : "place"));
  const store = new StoreWriter(userStorePath());
  try {
    migrateTsv(store);
    store.putRows(rows);
    return { added: rows.length, stored: store.finish().places };
  } finally {
    store.close();
    resetGazetteer();
  }
}
