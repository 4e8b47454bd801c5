// resolvePlace: pick the right entry for a mention and turn it into ACLED's location columns.
import { fold } from "./fold.js";
import { gazetteer } from "./gazetteer.js";
import { countryHints } from "./hints.js";
import { candidates, findPlaces, prior, TOWN_OF_BEFORE, type PlaceMention } from "./mentions.js";
import { lexicon } from "./lexicon.js";
import { placeAnchors, type Anchor } from "./anchors.js";
import { geonameIdOf, type PlaceRow } from "./rows.js";
import { bearingBefore, regionToward } from "./country-part.js";

export interface ResolvedPlace {
  name: string; location: string;
  geonameid: number | null;
  country: string;
  countryName: string;
  iso: number | null;
  region: string;
  admin1: string; admin2: string; admin3: string;
  latitude: number | null; longitude: number | null;
  geo_precision: 1 | 2 | 3;
  population?: number;
  /** The place is a district itself (a unit-only admin2 row, "in Nganzai district"): it holds the places of `admin2`. */
  district?: true;
  /** The place is a named area, not a town ("North Waziristan", "Eastern Ghouta": a curated RGN row). */
  area?: true;
}

export interface GeoContext {
  text?: string;
  countries?: string[];
  near?: { lat: number; lon: number }[];
  /** findPlaces(text), when the caller has it already (offsets into `text`): saves a second pass. */
  mentions?: readonly PlaceMention[];
}

/** Great-circle distance and offsets: the one implementation in src/util/geo-math.ts. */
export { haversineKm as distanceKm, offsetPoint } from "../util/geo-math.js";
import { haversineKm as distanceKm, offsetPoint } from "../util/geo-math.js";

interface TextContext {
  hints: Map<string, number>;
  points: { lat: number; lon: number; key: string }[];
  /** "Jesús María, Sinaloa": the admin1/country that follows a toponym (and its row), by the toponym's offset. */
  within: Map<number, { country: string; a1: string; row: PlaceRow; region: boolean }>;
  /** "the Lekki toll gate in Lagos": the town a toponym is said to lie in, by the toponym's offset. */
  inside: Map<number, { lat: number; lon: number }>;
  /** "country.admin1" of the regions the text names ("Manipur"): a same-named town inside one is meant. */
  regions: Set<string>;
}
// Replaced when full, not clear()ed: see tokenCache in src/extract/phrase-trie.ts.
let textCache = new Map<string, TextContext>();

/** The words between a toponym and the town it lies in: "X in Y", "the X toll gate in Y". */
const IN_TOWN = /^(?!.*\b(?:was|were|is|are|had|has|have|been|\w+ed)\s)(?:\s+[a-z][\w-]*){0,3}\s+in\s+(?:central\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$/;

/** Hints and the points of the text's confidently placed toponyms (for proximity). */
function analyseText(text: string, known?: readonly PlaceMention[]): TextContext {
  const hit = textCache.get(text);
  if (hit) return hit;
  const mentions = known ?? findPlaces(text);
  const hints = new Map(countryHints(text, mentions).map((h) => [h.code, h.weight]));
  const points: TextContext["points"] = [];
  const within: TextContext["within"] = new Map();
  const inside: TextContext["inside"] = new Map();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.qualifier) return;
    const gap = text.slice(m.end, next.nameStart);
    if (next.kind === "place" && IN_TOWN.test(gap)) {
      const q = fold(next.name);
      const top = candidates(next.name, false).rows.filter((r) => r.kind === "place").sort((a, b) => prior(b, q) - prior(a, q))[0];
      if (top) inside.set(m.nameStart, { lat: top.lat, lon: top.lon });
      return;
    }
    if (!/^,\s*$/.test(gap)) return;
    const rows = candidates(next.name, false).rows.filter((r) => r.kind === "admin1" || r.kind === "country");
    const q = fold(next.name);
    const top = rows.sort((a, b) => prior(b, q) - prior(a, q))[0];
    // `region`: named as one ("Donetsk region", "Borno state"), not a name that is a town too ("Nairobi, Kisumu").
    if (top) within.set(m.nameStart, { country: top.country, a1: top.kind === "admin1" ? top.a1 : "", row: top, region: next.kind === "admin1" });
  });
  const regions = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "admin1") continue;
    const q = fold(m.name);
    const top = candidates(m.name, false).rows.filter((r) => r.kind === "admin1")
      .sort((a, b) => Math.min(12, hints.get(b.country) ?? 0) - Math.min(12, hints.get(a.country) ?? 0) || prior(b, q) - prior(a, q))[0];
    if (top) regions.add(`${top.country}.${top.a1}`);
  }
  for (const m of mentions) {
    if (m.kind !== "place") continue;
    const q = fold(m.name);
    const scored = candidates(m.name).rows.filter((r) => r.kind === "place" || r.kind === "feature")
      .map((r) => ({ r, s: prior(r, q) + Math.min(12, hints.get(r.country) ?? 0) }))
      .sort((a, b) => b.s - a.s);
    const [a, b] = scored;
    if (a && (!b || a.s - b.s >= 3)) points.push({ lat: a.r.lat, lon: a.r.lon, key: q });
  }
  const ctx = { hints, points, within, inside, regions };
  if (textCache.size > 256) textCache = new Map();
  textCache.set(text, ctx);
  return ctx;
}

/** How far from every town the text names a city's quarter may lie and still be a quarter of one of them. */
const QUARTER_REACH_KM = 40;


function score(r: PlaceRow, m: PlaceMention, q: string, exact: boolean, ctx: GeoContext | undefined, tc: TextContext | null): number {
  let s = prior(r, q);
  if (!exact) s -= 1;
  if (m.kind === "admin1" || m.qualifier === "region") s += r.kind === "admin1" ? 6 : 0;
  // ("the city of Sennar": a town, not the region named like it.)
  else if (r.kind === "admin1") s -= ctx?.text && TOWN_OF_BEFORE.test(ctx.text.slice(Math.max(0, m.nameStart - 20), m.nameStart)) ? 8 : 1.5;
  if (m.kind === "country" && r.kind === "country") s += 4;
  if (ctx?.countries?.length) {
    const i = ctx.countries.indexOf(r.country);
    if (i >= 0) s += Math.max(4, 12 - 2 * i);
  }
  if (tc) {
    s += Math.min(12, tc.hints.get(r.country) ?? 0);
    const w = tc.within.get(m.nameStart);
    if (w && w.country === r.country) s += w.a1 && w.a1 === r.a1 ? 14 : 8;
    const t = tc.inside.get(m.nameStart);
    if (t && distanceKm(r.lat, r.lon, t.lat, t.lon) <= 40) s += 8;
    if (r.kind !== "admin1" && r.kind !== "country" && tc.regions.size && tc.regions.has(`${r.country}.${r.a1}`)) s += 5;
  }
  // The nearest of the points placed so far and the text's other confidently placed toponyms. Read in place:
  // this runs for every candidate row of every place (a name may have hundreds), and a merged copy per row was
  // the resolver's main garbage.
  let best = Infinity;
  if (ctx?.near) for (const p of ctx.near) best = Math.min(best, distanceKm(r.lat, r.lon, p.lat, p.lon));
  if (tc) for (const p of tc.points) if (p.key !== q) best = Math.min(best, distanceKm(r.lat, r.lon, p.lat, p.lon));
  // A neighbourhood a few km from the report's city beats a same-named small town far away.
  if (best < 15) s += 6;
  else if (best < 30) s += 4;
  else if (best < 100) s += 3;
  else if (best < 300) s += 1.5;
  return s;
}

/** The mention a bare string stands for ("35 km north of Kaya", "Hama province", "Kaya"). */
let cueWords: { first: Set<string>; last: Set<string> } | null = null;
function hasCue(folded: string): boolean {
  if (!cueWords) {
    const c = lexicon().cues;
    const firstOf = (xs: string[]) => xs.map((x) => fold(x).split(" ")[0]!);
    cueWords = {
      first: new Set([...firstOf(c.near), ...firstOf(c.outskirts), ...firstOf(c.regionBefore), ...firstOf(c.approx)]),
      last: new Set([...c.regionAfter, ...c.nearAfter].map(fold)),
    };
  }
  const sp = folded.indexOf(" ");
  if (sp < 0) return false;
  return cueWords.first.has(folded.slice(0, sp)) || cueWords.last.has(folded.slice(folded.lastIndexOf(" ") + 1));
}

function mentionOf(s: string): PlaceMention {
  const t0 = s.trim();
  // Fast path: a bare name (no number, no cue word around it) needs no phrase parsing.
  if (!/\d/.test(t0) && !hasCue(fold(t0))) return { name: t0, start: 0, end: t0.length, nameStart: 0, nameEnd: t0.length, kind: "place" };
  const found = findPlaces(s);
  const whole = found.find((m) => m.start <= 1 && m.end >= s.trim().length - 1);
  if (whole) return whole;
  const t = s.trim();
  return { name: t, start: 0, end: t.length, nameStart: 0, nameEnd: t.length, kind: "place" };
}

export function resolvePlace(input: PlaceMention | string, ctx?: GeoContext): ResolvedPlace | null {
  const m = typeof input === "string" ? mentionOf(input) : input;
  const q = fold(m.name);
  if (!q) return null;
  const c = candidates(m.name);
  const anchored = ctx?.text && ctx.mentions ? anchoredPlace(m, q, c.rows, ctx) : null;
  if (anchored) return anchored;
  if (!c.rows.length) return null;
  const tc = ctx?.text ? analyseText(ctx.text, ctx.mentions) : null;
  let best: PlaceRow | null = null, bestS = -Infinity;
  for (const r of c.rows) {
    const s = score(r, m, q, c.exact, ctx, tc);
    if (s > bestS) { bestS = s; best = r; }
  }
  if (best?.kind === "country" && ctx?.text) {
    // "in northern Mali": a region at that end of the country, not the capital at the other.
    const bearing = bearingBefore(ctx.text, m.nameStart);
    const part = bearing ? regionToward(best.country, bearing) : undefined;
    if (part) return { ...toResolved(part, m), name: m.name };
  }
  // "broke away from the march near the Opéra" in a Paris report: a city's quarter (PPLX) whose city is not among the
  // places the text names, lying far from all of them, is a namesake in another city (Marseille's Opéra), no scene.
  if (best?.fcode === "PPLX" && tc && tc.points.some((p) => p.key !== q) && tc.points.every((p) => p.key === q || distanceKm(best!.lat, best!.lon, p.lat, p.lon) > QUARTER_REACH_KM)) return null;
  // "Orlivka, Donetsk region" when the gazetteer knows only an Orlivka 600 km away: the region is the
  // most precise place the text allows (ACLED's precision 3), not the namesake.
  const w = tc?.within.get(m.nameStart);
  if (best && w?.a1 && w.region && best.kind === "place" && best.country === w.country && farOutsideRegion(best, gazetteer().admin1[`${w.country}.${w.a1}`] ?? "", w.row.lat, w.row.lon)) {
    return { ...toResolved(w.row, m), name: m.name };
  }
  return best ? toResolved(best, m) : null;
}

/**
 * A name the gazetteer lacks (or knows only in another country) that the text places relative to a
 * known place ("Dovrenka, about 25 km west of Balakliya"): coded at that place, precision 2 at least.
 */
let anchoring = false;
function anchoredPlace(m: PlaceMention, q: string, rows: PlaceRow[], ctx: GeoContext): ResolvedPlace | null {
  const a = placeAnchors(ctx.text!, ctx.mentions!).get(q);
  if (!a || a.to === m || anchoring) return null;
  let target = a.to;
  if (a.capital) {
    const capital = ctx.countries?.[0] ? gazetteer().countries.get(ctx.countries[0])?.capital : undefined;
    if (!capital) return null;
    target = { ...a.to, name: capital };
  }
  let to: ResolvedPlace | null;
  anchoring = true; // one step only: the known place is resolved on its own merits
  try {
    to = resolvePlace(target, ctx);
  } finally {
    anchoring = false;
  }
  if (!to || to.latitude == null) return null;
  // The name is a known place in the country the text puts it in, where the text puts it: that place is
  // more precise. A namesake elsewhere in the country ("the village of Nikolskoye, near Shebekino" and a
  // Nikolskoye 600 km away by Moscow) is not the place meant: the anchor stands for it.
  const own = rows.filter((r) => r.country === to.country && (r.kind === "place" || r.kind === "feature"));
  if (own.length) {
    const there = own.filter((r) => liesWhereAnchored(r, a, to));
    if (there.length === own.length) return null;
    // "Atbara, north of the capital": a bare bearing says no distance, so the one place of that name in the
    // country is the place meant, however far along that bearing it lies.
    if (own.length === 1 && a.bearingOnly) return null;
    if (there.length) {
      const closest = there.reduce((b, r) => (distanceKm(r.lat, r.lon, to.latitude!, to.longitude!) < distanceKm(b.lat, b.lon, to.latitude!, to.longitude!) ? r : b));
      return toResolved(closest, m);
    }
  }
  // "X in the Jimma district": a district named after its town places X near that town (precision 2);
  // a region proper (a province, a state) stays precision 3.
  const town = candidates(target.name, false).rows.some((r) => geonameIdOf(r) === to!.geonameid && r.kind === "place");
  return { ...to, name: m.name, geo_precision: town ? 2 : (Math.max(2, to.geo_precision) as 2 | 3) };
}

// How far from its anchor a known place may lie and still be the place the text relates to it: a
// stated distance plus a slack; "near" or "outside" a town; a bare bearing ("Uppsala, north of the
// capital": 70 km) or an area ("in the Y district"), which say least.
const ANCHOR_SLACK_KM = 50;
const ANCHOR_NEAR_KM = 75;
const ANCHOR_LOOSE_KM = 150;

/**
 * Whether gazetteer row `r` lies where the text's anchor puts the name: near the town, or in the region.
 */
function liesWhereAnchored(r: PlaceRow, a: Anchor, to: ResolvedPlace): boolean {
  // "in the Mopti area", "in Chin state": inside a region, however far from its point.
  if (a.inside) return !farOutsideRegion(r, to.admin1, to.latitude!, to.longitude!);
  const reach = a.to.offsetKm !== undefined ? a.to.offsetKm + ANCHOR_SLACK_KM : a.to.qualifier === "near" || a.to.qualifier === "outskirts" ? ANCHOR_NEAR_KM : ANCHOR_LOOSE_KM;
  return distanceKm(r.lat, r.lon, to.latitude!, to.longitude!) <= reach;
}

// A region's extent is not in the gazetteer, and the packages' admin1 codes do not always agree with a
// report's (a town coded in the next province), so a place is outside the region a text puts it in only
// when its admin1 differs and it lies this far from the region's point as well.
const REGION_REACH_KM = 200;

/** "X in the Donetsk region" (or "X, Donetsk region"), and row `r` of X is another province's, far away. */
function farOutsideRegion(r: PlaceRow, admin1: string, lat: number, lon: number): boolean {
  return !!admin1 && gazetteer().admin1[`${r.country}.${r.a1}`] !== admin1 && distanceKm(r.lat, r.lon, lat, lon) > REGION_REACH_KM;
}

export function toResolved(r: PlaceRow, m: PlaceMention): ResolvedPlace {
  const g = gazetteer();
  const country = g.countries.get(r.country);
  let lat = r.lat, lon = r.lon;
  let precision: 1 | 2 | 3 = 1;
  // A district known only as a unit is coded at its centre: ACLED's precision 2 ("part of a region").
  if (r.fcode === "ADM2") precision = 2;
  // "Aleppo's Sheikh Maqsoud district": a city's quarter (PPLX) called a district is still that quarter.
  // "the North Kordofan capital": a unit's row stands at its capital, and the text means that town.
  else if (r.kind === "admin1" && r.capital && m.unitCapital) precision = 1;
  else if (r.kind === "admin1" || r.kind === "country" || (m.qualifier === "region" && r.fcode !== "PPLX")) precision = 3;
  else if (r.fcode === "RGN" || r.fcode === "STRT") precision = 2;
  else if (r.fcode === "SEA" || r.fcode === "GULF") precision = 3;
  if (m.offsetKm !== undefined && m.bearingDeg !== undefined && precision < 3) {
    ({ lat, lon } = offsetPoint(lat, lon, m.offsetKm, m.bearingDeg));
    precision = 2;
  } else if ((m.qualifier === "near" || m.qualifier === "outskirts") && precision < 2) precision = 2;
  // "the X district": the small area around town X (precision 2); a city's quarter called a district is that quarter.
  else if (m.qualifier === "district" && r.fcode !== "PPLX" && precision < 2) precision = 2;
  const a1Code = r.a1 ? `${r.country}.${r.a1}` : "";
  const admin1 = r.kind === "admin1" ? r.name : (g.admin1[a1Code] ?? "");
  const admin2 = r.a2 ? (g.admin2[`${a1Code}.${r.a2}`] ?? "") : "";
  const location = (r.kind === "admin1" || r.kind === "country") && r.capital ? r.capital : r.name;
  return {
    name: m.name, location, geonameid: geonameIdOf(r),
    country: country ? r.country : "", countryName: country?.name ?? "", iso: country?.iso ?? null, region: country?.region ?? "",
    admin1, admin2, admin3: "",
    latitude: Math.round(lat * 1e5) / 1e5, longitude: Math.round(lon * 1e5) / 1e5,
    geo_precision: precision,
    // Both always set (undefined when they do not apply): one object shape for every place keeps the
    // extractor's code that reads places from being recompiled for each new combination.
    population: r.pop || undefined,
    district: r.fcode === "ADM2" ? true : undefined,
    area: r.fcode === "RGN" ? true : undefined,
  };
}
