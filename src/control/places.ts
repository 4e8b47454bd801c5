// A place of the control layer: location + country, keyed by rounded coordinates (about 1 km),
// or by name when the event has no coordinates.
import type { Event } from "../event.js";
import { normPlace } from "../fuse/match.js";

export function placeKeyOf(e: Pick<Event, "country" | "country_code" | "location" | "latitude" | "longitude">): string {
  const country = e.country_code || e.country;
  if (e.latitude != null && e.longitude != null) return `${country}|${e.latitude.toFixed(2)},${e.longitude.toFixed(2)}`;
  return `${country}|${normPlace(e.location)}`;
}
