// Clusters that show their mix of event types: MapLibre's clusterProperties count each type
// (map/reduce in the clustering worker, so 100,000 points cost no main-thread work), the
// cluster circle takes the colour of its most frequent type, and a donut marker drawn over it
// gives each type its share of the ring. Pure functions here; map.ts draws them.
import { OTHER_COLOR, TYPE_COLORS } from "./colors.js";

export const TYPES = Object.keys(TYPE_COLORS);
/** Cluster property holding the count of TYPES[i] (short keys: they are copied per cluster). */
export const typeKey = (i: number) => `n${i}`;

type Expr = unknown[];

/** clusterProperties for the events source: one summed 0/1 per known type. */
export function clusterProperties(): Record<string, [string, Expr]> {
  const out: Record<string, [string, Expr]> = {};
  TYPES.forEach((t, i) => {
    out[typeKey(i)] = ["+", ["case", ["==", ["get", "event_type"], t], 1, 0]];
  });
  return out;
}

/**
 * circle-color for clusters: the colour of the type with the largest count (ties to the
 * earlier type in TYPES), grey when the known types are all absent.
 */
export function dominantColor(): Expr {
  const n = (i: number) => ["get", typeKey(i)];
  const cases: unknown[] = [];
  TYPES.forEach((t, i) => {
    const beats = TYPES.map((_, j) => j).filter((j) => j !== i).map((j) => (j < i ? [">", n(i), n(j)] : [">=", n(i), n(j)]));
    cases.push(["all", [">", n(i), 0], ...beats], TYPE_COLORS[t]);
  });
  return ["case", ...cases, OTHER_COLOR];
}

export interface MixPart { type: string; count: number; color: string }

/** The counts of a cluster's properties, largest first; events of other types as "Other". */
export function typeMix(props: Record<string, unknown>): MixPart[] {
  const total = Number(props.point_count) || 0;
  const parts: MixPart[] = [];
  let known = 0;
  TYPES.forEach((t, i) => {
    const c = Number(props[typeKey(i)]) || 0;
    known += c;
    if (c > 0) parts.push({ type: t, count: c, color: TYPE_COLORS[t]! });
  });
  if (total > known) parts.push({ type: "Other", count: total - known, color: OTHER_COLOR });
  return parts.sort((a, b) => b.count - a.count);
}

/** "120 events: 80 Battles, 40 Protests" (marker titles and the map's hover text). */
export function mixLabel(mix: MixPart[]): string {
  const total = mix.reduce((s, p) => s + p.count, 0);
  return `${total} event${total === 1 ? "" : "s"}: ${mix.map((p) => `${p.count} ${p.type}`).join(", ")}`;
}

/** Same steps as the cluster circle's radius, so the donut covers the circle. */
export function clusterRadius(count: number): number {
  return count < 10 ? 12 : count < 100 ? 15 : count < 1000 ? 18 : count < 10000 ? 23 : 28;
}
/** The circle layer's circle-radius expression, from the same steps. */
export const RADIUS_EXPR: Expr = ["step", ["get", "point_count"], clusterRadius(1), 10, clusterRadius(10), 100, clusterRadius(100), 1000, clusterRadius(1000), 10000, clusterRadius(10000)];

export interface Arc { color: string; type: string; count: number; dash: string; offset: number }

/**
 * The ring as SVG stroke dashes on a circle of radius r: each part gets the share of the
 * circumference its count has, starting at 12 o'clock, clockwise, largest first. A small part
 * still gets a visible sliver (min 2 px) so a lone riot in a cluster of battles shows.
 */
export function donutArcs(mix: MixPart[], r: number): Arc[] {
  const circ = 2 * Math.PI * r;
  const total = mix.reduce((s, p) => s + p.count, 0);
  if (!total) return [];
  const minLen = mix.length > 1 ? Math.min(2, circ / mix.length) : 0;
  let lens = mix.map((p) => Math.max(minLen, (p.count / total) * circ));
  const scale = circ / lens.reduce((s, l) => s + l, 0);
  lens = lens.map((l) => l * scale);
  const arcs: Arc[] = [];
  let at = 0;
  mix.forEach((p, i) => {
    const len = lens[i]!;
    const f = (x: number) => Math.round(x * 100) / 100;
    // dashoffset moves the dash start back along the path; the path starts at 3 o'clock, so the
    // quarter turn puts the first arc at 12 o'clock.
    arcs.push({ color: p.color, type: p.type, count: p.count, dash: `${f(len)} ${f(circ - len)}`, offset: f(circ / 4 - at) });
    at += len;
  });
  return arcs;
}
