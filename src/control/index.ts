// Territorial control: who holds each tracked place on a date, the changes, and areas for the map.
// The timeline is kept by the store (recomputed per place as territory events change); these
// functions read it and shape it for the CLI and the API.
import type { Store } from "../store/store.js";
import type { ControlPeriod } from "./timeline.js";
import { areasOf, type AreaCollection, type AreaPoint } from "./areas.js";

export type { ControlPeriod } from "./timeline.js";
export type { AreaCollection, AreaProps } from "./areas.js";
export { timelineOf, periodAt } from "./timeline.js";
export { placeKeyOf } from "./places.js";

/** One place's control on a date. */
export interface ControlRecord {
  place_key: string;
  place: string;
  /** ACLED country name. */
  country: string;
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Who holds it; null when contested (the claimant is then named, the holder not guessed). */
  holder: string | null;
  contested: boolean;
  claimant: string | null;
  previous_holder: string | null;
  /** First day of this holding; null when held since before the first recorded change. */
  since: string | null;
  /** First day it no longer held (exclusive), if it changed later. */
  until: string | null;
  event_id: string | null;
  verification: string | null;
  reason: string;
}

/** One change of hands (or contested claim) at a place. */
export interface ControlChange {
  date: string;
  place_key: string;
  place: string;
  country: string;
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  from: string | null;
  to: string | null;
  contested: boolean;
  claimant: string | null;
  event_id: string | null;
  verification: string | null;
  reason: string;
}

const recordOf = (p: ControlPeriod): ControlRecord => ({
  place_key: p.placeKey,
  place: p.place,
  country: p.country,
  country_code: p.countryCode,
  latitude: p.latitude,
  longitude: p.longitude,
  holder: p.holder,
  contested: p.contested,
  claimant: p.claimant,
  previous_holder: p.previousHolder,
  since: p.validFrom,
  until: p.validTo,
  event_id: p.eventId,
  verification: p.verification,
  reason: p.reason,
});

/** Who holds each tracked place on `date` (YYYY-MM-DD), sorted by country then place. */
export async function controlAt(store: Store, date: string): Promise<ControlRecord[]> {
  return (await store.controlPeriods({ at: date })).map(recordOf);
}

/** Changes of control on or after `since` (all when absent), oldest first. */
export async function controlChanges(store: Store, since?: string): Promise<ControlChange[]> {
  const periods = await store.controlPeriods({ since: since ?? "0000-01-01" });
  return periods
    .filter((p) => p.validFrom !== null)
    .map((p) => ({
      date: p.validFrom!,
      place_key: p.placeKey,
      place: p.place,
      country: p.country,
      country_code: p.countryCode,
      latitude: p.latitude,
      longitude: p.longitude,
      from: p.previousHolder,
      to: p.holder,
      contested: p.contested,
      claimant: p.claimant,
      event_id: p.eventId,
      verification: p.verification,
      reason: p.reason,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country) || a.place.localeCompare(b.place));
}

/** Control areas on `date`: GeoJSON polygons with holder and contested properties. */
export async function controlAreas(store: Store, date: string): Promise<AreaCollection> {
  const periods = await store.controlPeriods({ at: date });
  const points: AreaPoint[] = periods
    .filter((p) => p.latitude != null && p.longitude != null)
    .map((p) => ({
      placeKey: p.placeKey,
      place: p.place,
      country: p.country,
      countryCode: p.countryCode,
      iso: p.iso,
      latitude: p.latitude!,
      longitude: p.longitude!,
      holder: p.holder,
      contested: p.contested,
      since: p.validFrom,
      eventId: p.eventId,
      verification: p.verification,
    }));
  return areasOf(points);
}

/** Control points on `date` as GeoJSON (for --format geojson and the map). */
export function controlPoints(records: ControlRecord[]) {
  return {
    type: "FeatureCollection" as const,
    features: records
      .filter((r) => r.latitude != null && r.longitude != null)
      .map((r) => ({
        type: "Feature" as const,
        id: r.place_key,
        geometry: { type: "Point" as const, coordinates: [r.longitude!, r.latitude!] },
        properties: { ...r },
      })),
  };
}
