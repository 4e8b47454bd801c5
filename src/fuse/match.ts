// The "same happening" decision between two reports, and the index keys that find candidates.
// sameEvent is symmetric and depends only on the two reports, so clusters (connected components
// of this relation) do not depend on the order reports arrive in.
import type { Event } from "../event.js";
import { TERRITORY_SUB_TYPES } from "../event.js";
import { haversineKm } from "../util/geo-math.js";
import { FUSION } from "./config.js";

/** One report (an event as coded from one article) as fusion sees it. */
export interface FuseReport {
  /** The report's own id (its event_id_cnty from extraction); unique across articles. */
  rid: string;
  articleKey: string;
  event: Event;
  /** The sentence in which the article says it verified the facts itself, if any. */
  verifiedBy?: string;
}

const DAY_MS = 86_400_000;
export const dayNumber = (isoDate: string): number => Math.floor(Date.parse(isoDate.slice(0, 10) + "T00:00:00Z") / DAY_MS);

const groupsOf = new Map<string, Set<string>>();
for (const group of FUSION.compatible_sub_types) {
  for (const sub of group) {
    const set = groupsOf.get(sub) ?? new Set<string>();
    group.forEach((s) => set.add(s));
    groupsOf.set(sub, set);
  }
}

export function compatibleTypes(a: string, b: string): boolean {
  return a === b || (groupsOf.get(a)?.has(b) ?? false);
}

export const isTerritory = (e: Pick<Event, "sub_event_type">): boolean => TERRITORY_SUB_TYPES.includes(e.sub_event_type);

/**
 * Territory events that move a place's control timeline: placed at a town (geo_precision 1 or 2).
 * A province-level report ("rebels took villages in western Aleppo province") is coded at the
 * province's capital, and must not read as the capital changing hands.
 */
export const tracksControl = (e: Pick<Event, "sub_event_type" | "geo_precision" | "latitude">): boolean =>
  isTerritory(e) && e.geo_precision < 3 && e.latitude != null;

/** Actor name for comparison: lower case, without the "(2000-2024)"-style period suffix. */
export function normActor(a: string): string {
  return a.toLowerCase().replace(/\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
}

export function normPlace(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const isGeneric = (a: string) => FUSION.generic_actor_prefixes.some((p) => a.startsWith(p));

/** Named, specific actors of an event (both sides and associates), normalised. */
export function specificActors(e: Event): Set<string> {
  const names = [e.actor1, e.actor2, ...e.assoc_actor_1.split(";"), ...e.assoc_actor_2.split(";")];
  return new Set(names.map(normActor).filter((a) => a && !isGeneric(a)));
}

function actorsCompatible(a: Event, b: Event): boolean {
  const sa = specificActors(a);
  const sb = specificActors(b);
  if (sa.size && sb.size && ![...sa].some((x) => sb.has(x))) return false;
  // Two captures of one place by different winners are different happenings (or a counter-claim).
  if (isTerritory(a) && isTerritory(b)) {
    const wa = normActor(a.actor1);
    const wb = normActor(b.actor1);
    if (wa && wb && wa !== wb) return false;
  }
  return true;
}

/** Days either side of a report's date within which another report may be the same event. */
export function dateWindow(e: Event): number {
  return FUSION.date_window_days[String(e.time_precision) as "1" | "2" | "3"] ?? 0;
}

function datesCompatible(a: Event, b: Event): boolean {
  let win = Math.max(dateWindow(a), dateWindow(b));
  // A capture straddles midnight often ("late Saturday", "early Sunday"): one day of slack.
  if (isTerritory(a) && isTerritory(b)) win += FUSION.territory_extra_days;
  return Math.abs(dayNumber(a.event_date) - dayNumber(b.event_date)) <= win;
}

export function distanceWindow(e: Event): number {
  return FUSION.distance_km[String(e.geo_precision) as "1" | "2" | "3"] ?? FUSION.distance_km["1"];
}

function placesCompatible(a: Event, b: Event): boolean {
  if (a.country_code && b.country_code) {
    if (a.country_code !== b.country_code) return false;
  } else if (a.country && b.country && a.country !== b.country) return false;
  const sameName = !!a.location && normPlace(a.location) === normPlace(b.location);
  if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) {
    // Matched by name alone: they must share a name key too, which is how the index finds them.
    const keys = new Set(nameCells(a));
    return sameName && nameCells(b).some((k) => keys.has(k));
  }
  const km = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
  if (a.geo_precision === 1 && b.geo_precision === 1) {
    // Two towns a few km apart are different places; the same town geocoded twice is not.
    return km <= FUSION.same_point_km || (sameName && km <= distanceWindow(a));
  }
  return km <= Math.max(distanceWindow(a), distanceWindow(b));
}

/** True when two reports from different articles describe the same happening. */
export function sameEvent(a: FuseReport, b: FuseReport): boolean {
  if (a.articleKey === b.articleKey) return false; // the extractor already split one article's events
  return (
    compatibleTypes(a.event.sub_event_type, b.event.sub_event_type) &&
    datesCompatible(a.event, b.event) &&
    placesCompatible(a.event, b.event) &&
    actorsCompatible(a.event, b.event)
  );
}

/** Grid cell size (degrees) of the candidate index; neighbours cover the widest distance window. */
export const CELL_DEG = 1;

export interface IndexKey {
  cell: string;
  dayLo: number;
  dayHi: number;
}

/** Name keys of a report's place: under its country code and under its country name, so a report
 * that carries only one of them still finds one that carries both (placesCompatible accepts them). */
function nameCells(e: Event): string[] {
  if (!e.location) return [];
  const name = normPlace(e.location);
  return [...new Set([e.country_code, e.country].filter((c): c is string => !!c).map((c) => `n:${c}:${name}`))];
}

const gridCell = (lat: number, lon: number) => `g:${Math.floor(lat / CELL_DEG)}:${Math.floor(lon / CELL_DEG)}`;

/** Keys under which a report is indexed: its grid cell and its place name. */
export function indexKeys(e: Event): IndexKey[] {
  const day = dayNumber(e.event_date);
  const win = dateWindow(e) + FUSION.territory_extra_days;
  const keys: IndexKey[] = [];
  if (e.latitude != null && e.longitude != null) keys.push({ cell: gridCell(e.latitude, e.longitude), dayLo: day - win, dayHi: day + win });
  for (const cell of nameCells(e)) keys.push({ cell, dayLo: day - win, dayHi: day + win });
  return keys;
}

/** The widest distance window any report can have: bounds the grid neighbourhood looked in. */
export const MAX_DISTANCE_KM = Math.max(...Object.values(FUSION.distance_km), FUSION.same_point_km);
/** km per degree of latitude, rounded down so the neighbourhood errs on the wide side. */
const KM_PER_DEG = 110;

/**
 * Cells to look in for candidates of a report: every grid cell within MAX_DISTANCE_KM of it (more
 * cells east-west away from the equator, where a degree of longitude shrinks), and its place names.
 * Complete: any report sameEvent accepts is indexed under one of these, so what an update finds
 * does not depend on which other reports happen to be loaded with it.
 */
export function lookupCells(e: Event): string[] {
  const out: string[] = [];
  if (e.latitude != null && e.longitude != null) {
    const dLat = MAX_DISTANCE_KM / KM_PER_DEG;
    const lat0 = e.latitude - dLat;
    const lat1 = e.latitude + dLat;
    const widest = Math.min(89, Math.max(Math.abs(lat0), Math.abs(lat1)));
    const dLon = Math.min(180, MAX_DISTANCE_KM / (KM_PER_DEG * Math.cos((widest * Math.PI) / 180)));
    const la0 = Math.floor(lat0 / CELL_DEG);
    const la1 = Math.floor(lat1 / CELL_DEG);
    const lo0 = Math.floor((e.longitude - dLon) / CELL_DEG);
    const lo1 = Math.floor((e.longitude + dLon) / CELL_DEG);
    for (let i = la0; i <= la1; i++) for (let j = lo0; j <= lo1; j++) out.push(`g:${i}:${((j + 180) % 360 + 360) % 360 - 180}`);
  }
  out.push(...nameCells(e));
  return [...new Set(out)];
}

/** The widest date window any report can have: bounds the index scan. */
export const MAX_WINDOW_DAYS = Math.max(...Object.values(FUSION.date_window_days)) + FUSION.territory_extra_days;
