// Shared check for the curated-town tests: a name resolves in its country, at precision 1, about
// `km` from a town the gazetteer already knows and on the stated side of it.
import assert from "node:assert/strict";
import { resolvePlace, distanceKm } from "./index.js";

export type Side = "N" | "S" | "E" | "W";
/** name, country, a town of the gazetteer, and how far (km) and which way the place lies from it. */
export type TownBearing = [name: string, country: string, from: string, km: number, side: Side];

export function assertTownBearing([name, cc, from, km, side]: TownBearing): void {
  const r = resolvePlace(name, { countries: [cc] });
  const ref = resolvePlace(from, { countries: [cc] });
  assert.ok(r && ref, `${name} and ${from} resolve`);
  assert.equal(r.country, cc);
  assert.equal(r.geo_precision, 1);
  const d = distanceKm(ref.latitude!, ref.longitude!, r.latitude!, r.longitude!);
  assert.ok(Math.abs(d - km) < 5, `${name} lies ${d.toFixed(0)} km from ${from}`);
  const dLat = r.latitude! - ref.latitude!, dLon = r.longitude! - ref.longitude!;
  const toward = { N: dLat > 0, S: dLat < 0, E: dLon > 0, W: dLon < 0 }[side];
  assert.ok(toward, `${name} lies ${side} of ${from}`);
}
