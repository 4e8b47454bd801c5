// Gazetteer and geocoding: the public API the extraction stage, the CLI and the API call.
// Data: data/gazetteer/ (places.tsv.gz built by scripts/build-gazetteer.ts, extra.tsv curated,
// cues.json, common-words.txt, actors.tsv); user imports in userStorePath() (user-store.ts).
import { gazetteer } from "./gazetteer.js";

export type { PlaceMention } from "./mentions.js";
export type { ResolvedPlace, GeoContext } from "./resolve.js";
export { findPlaces } from "./mentions.js";
export { resolvePlace, distanceKm, offsetPoint } from "./resolve.js";
export { countryHints } from "./hints.js";
export { reverseGeocode } from "./reverse.js";
export { geocodeJsonl } from "./jsonl.js";
export { importGeonamesDump, addPlaces, type UserPlace } from "./import.js";
export { userGazetteerPath, userStorePath } from "./gazetteer.js";

/** ACLED's name, iso numeric and region for an ISO alpha-2 code. */
export function countryInfo(code: string): { code: string; name: string; iso: number; region: string } | null {
  const c = gazetteer().countries.get(code.toUpperCase());
  return c ? { code: c.code, name: c.name, iso: c.iso, region: c.region } : null;
}

/** Loads the gazetteer now (else the first lookup does); returns the load time in ms. */
export function warmGazetteer(): number {
  return gazetteer().loadMs;
}
