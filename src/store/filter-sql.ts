// Turns an EventFilter into a parameterised SQL WHERE clause (never string-built from user input).
import type { Event } from "../event.js";
import { haversineKm } from "../util/geo-math.js";
import type { EventFilter } from "./store.js";

export interface CompiledFilter {
  where: string;
  params: unknown[];
  /** Checks SQL cannot do cheaply (exact distance for `near`). */
  postFilter?: (e: Event) => boolean;
}

export function compileFilter(f: EventFilter, placeholder: (i: number) => string = () => "?"): CompiledFilter {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return placeholder(params.length);
  };
  if (f.updatedSince) clauses.push(`updated_at > ${p(f.updatedSince)}`);
  else if (!f.includeDeleted) clauses.push("deleted_at IS NULL");
  if (f.country) {
    const c = f.country.trim();
    clauses.push(`(LOWER(country) = LOWER(${p(c)}) OR UPPER(country_code) = UPPER(${p(c)}))`);
  }
  if (f.type) {
    const t = f.type.trim();
    clauses.push(`(LOWER(event_type) = LOWER(${p(t)}) OR LOWER(sub_event_type) = LOWER(${p(t)}))`);
  }
  if (f.actor) {
    const like = `%${f.actor.trim().toLowerCase().replace(/[\\%_]/g, (m) => "\\" + m)}%`;
    clauses.push(
      `(LOWER(actor1) LIKE ${p(like)} ESCAPE '\\' OR LOWER(actor2) LIKE ${p(like)} ESCAPE '\\')`,
    );
  }
  if (f.since) clauses.push(`event_date >= ${p(f.since)}`);
  if (f.until) clauses.push(`event_date <= ${p(f.until)}`);
  if (f.verification) clauses.push(`verification = ${p(f.verification)}`);
  let box = f.bbox;
  if (f.near) {
    const dLat = f.near.km / 111.32;
    const dLon = f.near.km / (111.32 * Math.max(0.01, Math.cos((f.near.lat * Math.PI) / 180)));
    box = [f.near.lon - dLon, f.near.lat - dLat, f.near.lon + dLon, f.near.lat + dLat];
  }
  if (box) {
    clauses.push(
      `latitude BETWEEN ${p(box[1])} AND ${p(box[3])} AND longitude BETWEEN ${p(box[0])} AND ${p(box[2])}`,
    );
  }
  if (f.after) {
    // Keyset pagination on (event_date, event_id_cnty).
    clauses.push(
      `(event_date, event_id_cnty) > ((SELECT event_date FROM events WHERE event_id_cnty = ${p(f.after)}), ${p(f.after)})`,
    );
  }
  const near = f.near;
  return {
    where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "",
    params,
    postFilter: near
      ? (e) => e.latitude != null && e.longitude != null && haversineKm(near.lat, near.lon, e.latitude, e.longitude) <= near.km
      : undefined,
  };
}
