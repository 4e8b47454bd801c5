// "in northern Burkina Faso", "in south-eastern Nigeria": a part of a country told by its bearing.
// ACLED codes a report naming only a part of a country at a region there (precision 3); the
// national capital may lie at the other end of the country, hundreds of km from the scene.
import { gazetteer } from "./gazetteer.js";
import type { PlaceRow } from "./rows.js";

/** A bearing adjective right before a country's name ("northern ", "north-eastern ", "central "). */
const BEARING_BEFORE = /\b(north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern|ern-most|ernmost)?\s+(?:parts?\s+of\s+)?(?:the\s+)?$/i;

const VECTOR: Record<string, [number, number]> = {
  north: [1, 0], south: [-1, 0], east: [0, 1], west: [0, -1],
  northeast: [1, 1], northwest: [1, -1], southeast: [-1, 1], southwest: [-1, -1],
};

const byCountry = new Map<string, PlaceRow[]>();
function admin1Rows(country: string): PlaceRow[] {
  let rows = byCountry.get(country);
  if (!rows) {
    rows = gazetteer().rows.filter((r) => r.kind === "admin1" && r.country === country && Number.isFinite(r.lat) && Number.isFinite(r.lon));
    byCountry.set(country, rows);
  }
  return rows;
}

/** The bearing told just before offset `at` of `text`, folded ("northeast", "central"), if any. */
export function bearingBefore(text: string, at: number): string | undefined {
  const m = BEARING_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1]!.toLowerCase().replace("-", "") : undefined;
}

/**
 * The region of `country` lying furthest toward `bearing` (for "central", the one nearest the middle of
 * its regions), judged by the regions' points; none when the country has too few regions to tell.
 */
export function regionToward(country: string, bearing: string): PlaceRow | undefined {
  const rows = admin1Rows(country);
  if (rows.length < 3) return undefined;
  const lat0 = rows.reduce((s, r) => s + r.lat, 0) / rows.length;
  const lon0 = rows.reduce((s, r) => s + r.lon, 0) / rows.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const at = (r: PlaceRow): [number, number] => [r.lat - lat0, (r.lon - lon0) * k];
  let best: PlaceRow | undefined, bestS = -Infinity;
  for (const r of rows) {
    const [y, x] = at(r);
    const v = VECTOR[bearing];
    // Far along the bearing, and near its axis: "north-western Pakistan" is the north-west, not the far west.
    const s = v ? (v[0] * y + v[1] * x - 0.5 * Math.abs(v[0] * x - v[1] * y)) / Math.hypot(v[0], v[1]) : -Math.hypot(y, x);
    if (s > bestS) (bestS = s), (best = r);
  }
  return best;
}
