// Control areas: Voronoi cells around the control points of each country (d3-delaunay),
// clipped to the country outline (world-atlas 50m, @turf/intersect). A cell carries the holder
// of its point, or contested. Coarse by design: a drawing of who holds which towns, not a front line.
import { createRequire } from "node:module";
import { Delaunay } from "d3-delaunay";
import { feature } from "topojson-client";
import intersect from "@turf/intersect";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";

const require = createRequire(import.meta.url);

export interface AreaPoint {
  placeKey: string;
  place: string;
  country: string;
  countryCode: string | null;
  iso: number | null;
  latitude: number;
  longitude: number;
  holder: string | null;
  contested: boolean;
  since: string | null;
  eventId: string | null;
  verification: string | null;
}

export interface AreaProps {
  holder: string | null;
  contested: boolean;
  place: string;
  place_key: string;
  country: string;
  country_code: string | null;
  since: string | null;
  event_id: string | null;
  verification: string | null;
}

export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProps>;

interface Outline {
  iso: number | null;
  name: string;
  bbox: [number, number, number, number];
  f: Feature<Polygon | MultiPolygon>;
}

let outlines: Outline[] | null = null;

function loadOutlines(): Outline[] {
  if (outlines) return outlines;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const topo = require("world-atlas/countries-50m.json") as any;
  const fc = feature(topo, topo.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  outlines = fc.features.filter((f) => f.geometry).map((f) => {
    let minX = 180, minY = 90, maxX = -180, maxY = -90;
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const [x, y] of p[0]!) {
      minX = Math.min(minX, x!); maxX = Math.max(maxX, x!); minY = Math.min(minY, y!); maxY = Math.max(maxY, y!);
    }
    return { iso: f.id !== undefined ? Number(f.id) : null, name: f.properties?.name ?? "", bbox: [minX, minY, maxX, maxY], f };
  });
  return outlines;
}

/** The outline of a point's country: by ISO numeric code, else by name, else by containment. */
export function outlineOf(p: Pick<AreaPoint, "iso" | "country" | "latitude" | "longitude">): Outline | undefined {
  const all = loadOutlines();
  return (
    (p.iso != null ? all.find((o) => o.iso === p.iso) : undefined) ??
    all.find((o) => o.name.toLowerCase() === p.country.toLowerCase()) ??
    all.find((o) => {
      const [x0, y0, x1, y1] = o.bbox;
      return p.longitude >= x0 && p.longitude <= x1 && p.latitude >= y0 && p.latitude <= y1 && booleanPointInPolygon([p.longitude, p.latitude], o.f);
    })
  );
}

const propsOf = (p: AreaPoint): AreaProps => ({
  holder: p.holder,
  contested: p.contested,
  place: p.place,
  place_key: p.placeKey,
  country: p.country,
  country_code: p.countryCode,
  since: p.since,
  event_id: p.eventId,
  verification: p.verification,
});

/** Voronoi cells of `points`, country by country, clipped to each country's outline. */
export function areasOf(points: AreaPoint[]): AreaCollection {
  const byCountry = new Map<string, { outline?: Outline; points: AreaPoint[] }>();
  for (const p of points) {
    const outline = outlineOf(p);
    const k = outline ? `o:${outline.name}:${outline.iso}` : `c:${p.country}`;
    const g = byCountry.get(k) ?? { outline, points: [] };
    g.points.push(p);
    byCountry.set(k, g);
  }
  const features: Feature<Polygon | MultiPolygon, AreaProps>[] = [];
  for (const { outline, points: pts } of [...byCountry.values()]) {
    const sorted = [...pts].sort((a, b) => (a.placeKey < b.placeKey ? -1 : 1));
    const [x0, y0, x1, y1] = outline?.bbox ?? [
      Math.min(...sorted.map((p) => p.longitude)) - 1, Math.min(...sorted.map((p) => p.latitude)) - 1,
      Math.max(...sorted.map((p) => p.longitude)) + 1, Math.max(...sorted.map((p) => p.latitude)) + 1,
    ];
    const voronoi = Delaunay.from(sorted, (p) => p.longitude, (p) => p.latitude).voronoi([x0, y0, x1, y1]);
    sorted.forEach((p, i) => {
      const ring = voronoi.cellPolygon(i);
      if (!ring) return; // a second point at the same spot has no cell of its own
      const cell: Feature<Polygon> = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring as [number, number][]] } };
      const clipped = outline ? intersect({ type: "FeatureCollection", features: [cell, outline.f] }) : cell;
      if (!clipped) return;
      features.push({ type: "Feature", id: p.placeKey, properties: propsOf(p), geometry: clipped.geometry });
    });
  }
  return { type: "FeatureCollection", features };
}
