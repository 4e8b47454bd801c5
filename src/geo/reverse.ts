// reverseGeocode: country from world-atlas polygons (ISO numeric ids), admin1/admin2 from
// the nearest gazetteer place in that country (GeoNames has no admin polygons offline).
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import KDBush from "kdbush";
import * as geokdbush from "geokdbush";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { gazetteer } from "./gazetteer.js";
import type { PlaceRow } from "./rows.js";

const require = createRequire(import.meta.url);
// @types/geokdbush describes the v1 API; v2 takes a kdbush v4 index and returns item ids.
const around = (geokdbush as unknown as { around: (...a: unknown[]) => number[] }).around;

interface Shape { iso: number | null; name: string; bbox: [number, number, number, number]; f: Feature<Polygon | MultiPolygon> }
let shapes: Shape[] | null = null;
let kd: { index: KDBush; ids: number[] } | null = null;

function loadShapes(): Shape[] {
  if (shapes) return shapes;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const topo = require("world-atlas/countries-10m.json") as any;
  const fc = feature(topo, topo.objects.countries) as unknown as { features: Feature<Polygon | MultiPolygon, { name: string }>[] };
  shapes = fc.features.filter((f) => f.geometry).map((f) => {
    let minX = 180, minY = 90, maxX = -180, maxY = -90;
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const [x, y] of p[0]!) {
      if (x! < minX) minX = x!; if (x! > maxX) maxX = x!; if (y! < minY) minY = y!; if (y! > maxY) maxY = y!;
    }
    return { iso: f.id !== undefined ? Number(f.id) : null, name: f.properties?.name ?? "", bbox: [minX, minY, maxX, maxY], f };
  });
  return shapes;
}

// Indexes the in-memory rows only (shipped places and a user TSV), not the user's store: admin1
// and admin2 come from the nearest town, which the shipped cities500 rows already give; a point
// index over millions of imported villages would cost the memory the store exists to save.
function placeIndex(): { index: KDBush; ids: number[] } {
  if (kd) return kd;
  const g = gazetteer();
  const ids: number[] = [];
  g.rows.forEach((r, i) => { if (r.kind === "place" && r.a1) ids.push(i); });
  const index = new KDBush(ids.length);
  for (const i of ids) index.add(g.rows[i]!.lon, g.rows[i]!.lat);
  index.finish();
  return (kd = { index, ids });
}

/** The shipped town nearest a point within `maxKm` in `country` (its admin1/admin2 codes place a user's village). */
export function nearestPlaceRow(lat: number, lon: number, country: string, maxKm = 250): PlaceRow | null {
  const g = gazetteer();
  const { index, ids } = placeIndex();
  const near = around(index, lon, lat, 1, maxKm, (k: number) => g.rows[ids[k]!]!.country === country);
  return near.length ? g.rows[ids[near[0]!]!]! : null;
}

export function reverseGeocode(lat: number, lon: number): { country: string; countryName: string; iso: number | null; region: string; admin1: string; admin2: string } | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const g = gazetteer();
  let iso: number | null = null;
  let inLand = false;
  for (const s of loadShapes()) {
    const [x0, y0, x1, y1] = s.bbox;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (booleanPointInPolygon([lon, lat], s.f)) { iso = s.iso; inLand = true; break; }
  }
  let code = iso !== null ? g.countryByIso.get(iso)?.code : undefined;
  const { index, ids } = placeIndex();
  // Nearest place, in the polygon's country when known (territories without an id take the nearest place's).
  const near = around(index, lon, lat, 1, inLand ? 250 : 25, (k: number) => !code || g.rows[ids[k]!]!.country === code);
  const row = near.length ? g.rows[ids[near[0]!]!]! : null;
  if (!code && row) code = row.country;
  if (!code) return null;
  const c = g.countries.get(code);
  const a1 = row && row.country === code ? `${code}.${row.a1}` : "";
  return {
    country: code, countryName: c?.name ?? "", iso: c?.iso ?? null, region: c?.region ?? "",
    admin1: a1 ? (g.admin1[a1] ?? "") : "",
    admin2: a1 && row!.a2 ? (g.admin2[`${a1}.${row!.a2}`] ?? "") : "",
  };
}
