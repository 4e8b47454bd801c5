// The gazetteer's row format (places.tsv.gz and the user's import file share it) and the
// curated extra.tsv format. Parsing lives here so the build script and runtime agree.
import { SitrepError } from "../errors.js";

export type PlaceKind = "place" | "admin1" | "country" | "feature";

export interface PlaceRow {
  id: number | null;
  name: string;
  country: string;
  /** GeoNames admin1 code within the country ("10" for SY.10 Hama). */
  a1: string;
  /** GeoNames admin2 code within admin1. */
  a2: string;
  fcode: string;
  pop: number;
  lat: number;
  lon: number;
  kind: PlaceKind;
  aliases: string[];
  /** For admin1 rows: the name of the capital whose point it carries. */
  capital?: string;
  /** Came from the curated list (trusted even when small). */
  curated?: boolean;
}

// Shared by the many rows without aliases (never mutated at runtime).
const NO_ALIASES: string[] = [];

export const PLACE_COLUMNS = ["geonameid", "name", "country", "admin1", "admin2", "fcode", "population", "lat", "lon", "kind", "aliases", "capital", "curated"];

export function parsePlaceLine(line: string): PlaceRow | null {
  if (!line || line.charCodeAt(0) === 35 /* # */) return null;
  const f = line.split("\t");
  if (f.length < 10) return null;
  return {
    id: f[0] ? Number(f[0]) : null,
    name: f[1]!,
    country: f[2]!,
    a1: f[3]!,
    a2: f[4]!,
    fcode: f[5]!,
    pop: f[6] ? Number(f[6]) : 0,
    lat: Number(f[7]),
    lon: Number(f[8]),
    kind: f[9] as PlaceKind,
    aliases: f[10] ? f[10].split("|") : NO_ALIASES,
    capital: f[11] || undefined,
    curated: f[12] === "1" || undefined,
  };
}

export function placeToLine(r: PlaceRow): string {
  return [r.id ?? "", r.name, r.country, r.a1, r.a2, r.fcode, r.pop || "", r.lat, r.lon, r.kind, r.aliases.join("|"), r.capital ?? "", r.curated ? "1" : ""].join("\t");
}

export interface ExtraRow {
  kind: PlaceKind;
  country: string;
  names: string[];
  of: string;
  lat: number;
  lon: number;
  fcode: string;
  pop: number;
  a1?: string;
  source: string;
}

/**
 * extra.tsv: `kind country names of lat lon fcode population source [admin1]`, '#' comments.
 * names are '|'-separated, the first is the name ACLED would print. A row with `of` adds
 * its names as aliases of that existing entry (lat/lon then only document it). admin1, when
 * given, is the GeoNames admin1 code within the country ("12" for CD.12 South Kivu) of a new
 * place whose nearest gazetteer town lies across a provincial line.
 */
export function parseExtraTsv(text: string): ExtraRow[] {
  const out: ExtraRow[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const f = line.split("\t").map((s) => s.trim());
    if (f[0] === "kind") return; // header
    const [kind, country, names, of, lat, lon, fcode, pop, source, a1] = f;
    if (!kind || !country || !names || !source) throw new SitrepError("SITREP_E_GAZETTEER", `extra.tsv line ${i + 1}: needs kind, country, names and source`);
    const latN = Number(lat), lonN = Number(lon);
    if (!of && (!lat || !lon || !Number.isFinite(latN) || !Number.isFinite(lonN))) {
      throw new SitrepError("SITREP_E_GAZETTEER", `extra.tsv line ${i + 1}: a new entry needs lat and lon`);
    }
    out.push({
      kind: kind as PlaceKind, country, names: names.split("|").map((s) => s.trim()).filter(Boolean), of: of ?? "",
      lat: latN, lon: lonN, fcode: fcode || (kind === "feature" ? "FEAT" : "PPL"), pop: Number(pop) || 0, source,
      ...(a1 ? { a1 } : {}),
    });
  });
  return out;
}

/** The row's GeoNames id; null for rows that are not GeoNames' (curated, or added by hand: negative ids). */
export function geonameIdOf(r: PlaceRow): number | null {
  return r.id !== null && r.id > 0 ? r.id : null;
}
