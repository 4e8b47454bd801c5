// Parses filter parameters given as strings (CLI options, HTTP query) into an EventFilter.
// Both front ends use this, so a parameter means the same thing and fails the same way everywhere.
import { SitrepError } from "../errors.js";
import type { EventFilter } from "./store.js";

export const FILTER_NAMES = ["country", "type", "actor", "since", "until", "bbox", "near", "verification", "updated_since", "limit", "after"] as const;

const bad = (name: string, why: string) => new SitrepError("SITREP_E_BAD_ARGUMENT", `${name}: ${why}`);

export function isoDate(name: string, v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw bad(name, `expected a date YYYY-MM-DD, got "${v}"`);
  const d = new Date(v + "T00:00:00Z");
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw bad(name, `"${v}" is not a real date`);
  return v;
}

function numbers(name: string, v: string, n: number, what: string): number[] {
  const parts = v.split(",").map((s) => Number(s.trim()));
  if (parts.length !== n || parts.some((x) => !Number.isFinite(x))) throw bad(name, `expected ${what}, got "${v}"`);
  return parts;
}

export function parseFilter(raw: Record<string, string | undefined>): EventFilter {
  const f: EventFilter = {};
  const get = (k: string) => {
    const v = raw[k];
    return v === undefined || v === "" ? undefined : String(v);
  };
  f.country = get("country");
  f.type = get("type");
  f.actor = get("actor");
  f.verification = get("verification");
  const since = get("since");
  const until = get("until");
  if (since) f.since = isoDate("since", since);
  if (until) f.until = isoDate("until", until);
  if (f.since && f.until && f.since > f.until) throw bad("since", `${f.since} is after until ${f.until}`);
  const bbox = get("bbox");
  if (bbox) {
    const [minLon, minLat, maxLon, maxLat] = numbers("bbox", bbox, 4, "minLon,minLat,maxLon,maxLat");
    if (minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180 || minLat > maxLat || minLon > maxLon) {
      throw bad("bbox", `"${bbox}" is not a valid box (minLon,minLat,maxLon,maxLat within -180..180, -90..90)`);
    }
    f.bbox = [minLon, minLat, maxLon, maxLat];
  }
  const near = get("near");
  if (near) {
    const [lat, lon, km] = numbers("near", near, 3, "lat,lon,km");
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) throw bad("near", `"${near}" needs -90<=lat<=90, -180<=lon<=180, km>0`);
    f.near = { lat, lon, km };
  }
  const us = get("updated_since");
  if (us) {
    if (Number.isNaN(Date.parse(us))) throw bad("updated_since", `expected an ISO timestamp, got "${us}"`);
    f.updatedSince = new Date(us).toISOString();
  }
  const limit = get("limit");
  if (limit) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1) throw bad("limit", `expected a positive integer, got "${limit}"`);
    f.limit = n;
  }
  f.after = get("after");
  const verifications = ["claimed", "reported", "corroborated", "confirmed", "disputed"];
  if (f.verification && !verifications.includes(f.verification)) {
    throw bad("verification", `expected one of ${verifications.join(", ")}, got "${f.verification}"`);
  }
  for (const k of Object.keys(f) as (keyof EventFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}
