// Scores the extractor against gold cases (the format of shared/corpus/dev/cases.json and of
// eval/extract/cases.json): event precision/recall/F1 and field accuracies, in-process.
// Matching: an output event matches a gold event of the same type whose date window holds its
// date and whose location is within tolerance; optional gold events absorb matches unscored.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { extractArticle } from "../../src/extract/index.js";
import type { Event } from "../../src/event.js";
import { haversineKm } from "../../src/util/geo-math.js";

export interface GoldEvent {
  id: string;
  required?: boolean;
  optional?: boolean;
  event_type?: string | string[];
  sub_event_type?: string | string[];
  date_window?: [string, string];
  actor1?: string | string[];
  location?: { lat: number; lon: number; tolerance_km: number };
  fatalities?: number;
  fatalities_min?: number;
  fatalities_max?: number;
  sources_must_include?: string[];
}
interface MustNot { why: string; any?: boolean; near?: { lat: number; lon: number }; radius_km?: number; before?: string }
export interface GoldCase { id: string; text?: string; file?: string; published: string; outlet: string; events: GoldEvent[]; must_not?: MustNot[] }

export interface Score {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  subType: number;
  actor1: number;
  fatalities: number;
  sources: number;
  mustNotBroken: number;
  /** The broken must_not rules by kind (see MustNotKind). */
  mustNotWhy: Record<MustNotKind, number>;
  /** Why each missed required event was missed, against the case's unmatched output events. */
  missWhy: Record<MissWhy, number>;
  extraWhy: Record<ExtraWhy, number>;
  notes: string[];
}

/** "place": an unmatched output event has the type and date but sits too far away; "date",
 *  "type" likewise for the one field that differs; "absent": nothing close was output. */
export type MissWhy = "place" | "date" | "type" | "absent";

/** An unmatched output event: "near": it is the near output of a missed event; "twice": same type
 *  within 3 days and 100 km of a matched one (one happening coded twice); "old": dated before every
 *  gold event (background); "empty": the case has no event at all; "forbidden": a must_not rule
 *  forbids it (a reference point, a forecast's target); "other": none of these. */
/** A must_not rule's kind: "dateline", a place near the report's dateline city; "place", any other place that is
 *  not a scene (a reference point, a destination, a forecast's target); "older", background before a date; "any",
 *  a text with no event at all. Counting them apart shows which of the rules that keep non-events out fail on new
 *  wording. */
export type MustNotKind = "dateline" | "place" | "older" | "any";
const mustNotKind = (m: MustNot): MustNotKind => (m.any ? "any" : m.near ? (/dateline/i.test(m.why) ? "dateline" : "place") : "older");

export type ExtraWhy = "near" | "twice" | "old" | "empty" | "forbidden" | "other";

const arr = <T>(v: T | T[] | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const squash = (s: unknown) => String(s ?? "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const sameActor = (got: string, aliases: string[]) => {
  const g = squash(got);
  return !!g && aliases.some((a) => {
    const n = squash(a);
    return g === n || g.includes(n) || n.includes(g);
  });
};
export const optional = (g: GoldEvent) => g.optional === true || g.required === false;

const typeFits = (g: GoldEvent, e: Event) => !g.event_type || arr(g.event_type).includes(e.event_type);
const dateFits = (g: GoldEvent, e: Event) => !g.date_window || (e.event_date >= g.date_window[0] && e.event_date <= g.date_window[1]);
const placeFits = (g: GoldEvent, e: Event) =>
  !g.location || (e.latitude != null && e.longitude != null && haversineKm(g.location.lat, g.location.lon, e.latitude, e.longitude) <= g.location.tolerance_km);
const fits = (g: GoldEvent, e: Event) => typeFits(g, e) && dateFits(g, e) && placeFits(g, e);

function whyMissed(g: GoldEvent, spare: Event[]): MissWhy {
  const two = (a: (g: GoldEvent, e: Event) => boolean, b: (g: GoldEvent, e: Event) => boolean) => spare.some((e) => a(g, e) && b(g, e));
  if (two(typeFits, dateFits)) return "place";
  if (two(typeFits, placeFits)) return "date";
  if (two(dateFits, placeFits)) return "type";
  return "absent";
}

function forbids(m: MustNot, e: Event): boolean {
  if (m.any) return true;
  if (m.near) return e.latitude != null && e.longitude != null && haversineKm(m.near.lat, m.near.lon, e.latitude, e.longitude) <= (m.radius_km ?? 0);
  return !!m.before && e.event_date < m.before;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function whyExtra(e: Event, c: GoldCase, matched: Event[], missed: GoldEvent[]): ExtraWhy {
  const two = (g: GoldEvent) => [typeFits, dateFits, placeFits].filter((f) => f(g, e)).length >= 2;
  if (missed.some(two)) return "near";
  if (!c.events.some((g) => !optional(g))) return "empty";
  if ((c.must_not ?? []).some((m) => forbids(m, e))) return "forbidden";
  if (matched.some((m) => m.event_type === e.event_type && days(m.event_date, e.event_date) <= 3 && e.latitude != null && e.longitude != null && m.latitude != null && m.longitude != null && haversineKm(m.latitude, m.longitude, e.latitude, e.longitude) <= 100)) return "twice";
  const first = c.events.map((g) => g.date_window?.[0]).filter((d): d is string => !!d).sort()[0];
  if (first && days(e.event_date, first) > 3 && e.event_date < first) return "old";
  return "other";
}

export function loadCases(path: string): GoldCase[] {
  const raw = JSON.parse(readFileSync(path, "utf8"));
  const list: GoldCase[] = Array.isArray(raw)
    ? raw
    : [{ id: "gold", file: raw.article.file, published: raw.article.published, outlet: raw.article.outlet, events: raw.events, must_not: raw.must_not }];
  return list.map((c) => (c.text ? c : { ...c, text: readFileSync(resolve(dirname(path), c.file!), "utf8") }));
}

/** The scorer's matching: each gold event, in order, takes the first unused output event that fits
 *  its type, date window and place. Returns which output event went to which gold event, and the
 *  required gold events nothing fitted. */
export function matchGold(c: GoldCase, got: readonly Event[]): { matchedTo: Map<number, GoldEvent>; missed: GoldEvent[] } {
  const matchedTo = new Map<number, GoldEvent>();
  const missed: GoldEvent[] = [];
  for (const g of c.events) {
    const i = got.findIndex((e, k) => !matchedTo.has(k) && fits(g, e));
    if (i >= 0) matchedTo.set(i, g);
    else if (!optional(g)) missed.push(g);
  }
  return { matchedTo, missed };
}

/** The events scored for a case: by default the extractor's; eval/agreement.ts passes a second
 *  coder's events instead, to score one coder against another with the same matching. */
export type EventSource = (c: GoldCase) => readonly Event[];
const extractorEvents: EventSource = (c) => extractArticle({ id: c.id, text: c.text!, published: c.published, outlet: c.outlet }).events;

export function scoreCases(cases: GoldCase[], eventsOf: EventSource = extractorEvents): Score {
  let tp = 0, fp = 0, fn = 0, sub = 0, act = 0, fatN = 0, fatOk = 0, srcN = 0, srcOk = 0, broken = 0;
  const notes: string[] = [];
  const missWhy: Record<MissWhy, number> = { place: 0, date: 0, type: 0, absent: 0 };
  const extraWhy: Record<ExtraWhy, number> = { near: 0, twice: 0, old: 0, empty: 0, forbidden: 0, other: 0 };
  const mustNotWhy: Record<MustNotKind, number> = { dateline: 0, place: 0, older: 0, any: 0 };
  for (const c of cases) {
    const got = eventsOf(c);
    const { matchedTo, missed } = matchGold(c, got);
    const used = new Set(matchedTo.keys());
    fn += missed.length;
    for (const [i, g] of matchedTo) {
      if (optional(g)) continue;
      tp++;
      const e = got[i]!;
      if (!g.sub_event_type || arr(g.sub_event_type).includes(e.sub_event_type)) sub++;
      else notes.push(`${c.id}: ${g.id} sub_event_type ${e.sub_event_type}`);
      if (!g.actor1 || sameActor(e.actor1, arr(g.actor1)) || sameActor(e.assoc_actor_1, arr(g.actor1))) act++;
      else notes.push(`${c.id}: ${g.id} actor1 "${e.actor1}", expected ${arr(g.actor1)[0]}`);
      if (g.fatalities != null || g.fatalities_min != null || g.fatalities_max != null) {
        fatN++;
        const lo = g.fatalities_min ?? g.fatalities ?? 0;
        const hi = g.fatalities_max ?? g.fatalities ?? Infinity;
        if (e.fatalities >= lo && e.fatalities <= hi) fatOk++;
        else notes.push(`${c.id}: ${g.id} fatalities ${e.fatalities}, expected ${lo}..${hi}`);
      }
      if (g.sources_must_include) {
        srcN++;
        const all = squash([e.source, ...e.claims.map((x) => x.source)].join(" ; "));
        if (g.sources_must_include.every((s) => all.includes(squash(s)))) srcOk++;
        else notes.push(`${c.id}: ${g.id} sources "${e.source}", expected ${g.sources_must_include.join(", ")}`);
      }
    }
    const spare = got.filter((_, k) => !used.has(k));
    for (const g of missed) {
      const why = whyMissed(g, spare);
      missWhy[why]++;
      notes.push(`${c.id}: missed ${g.id}${why === "absent" ? "" : ` (an output event differs in ${why})`}`);
    }
    const matched = got.filter((_, k) => used.has(k));
    got.forEach((e, k) => {
      if (!used.has(k)) {
        fp++;
        extraWhy[whyExtra(e, c, matched, missed)]++;
        notes.push(`${c.id}: extra ${e.event_date} ${e.sub_event_type} at ${e.location} by ${e.actor1 || "?"}`);
      }
    });
    for (const m of c.must_not ?? []) {
      if (got.some((e) => forbids(m, e))) {
        broken++;
        mustNotWhy[mustNotKind(m)]++;
        notes.push(`${c.id}: must_not broken: ${m.why}`);
      }
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const pct = (a: number, b: number) => (b ? a / b : NaN);
  return {
    cases: cases.length, tp, fp, fn, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    subType: pct(sub, tp), actor1: pct(act, tp), fatalities: pct(fatOk, fatN), sources: pct(srcOk, srcN), mustNotBroken: broken, mustNotWhy, missWhy, extraWhy, notes,
  };
}

export function scoreLine(name: string, s: Score): string {
  const p = (x: number) => (Number.isNaN(x) ? "n/a" : `${Math.round(100 * x)}%`);
  return `${name}: ${s.cases} cases, P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)} F1=${s.f1.toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); sub-type ${p(s.subType)}, actor1 ${p(s.actor1)}, fatalities ${p(s.fatalities)}, sources ${p(s.sources)}; must_not broken ${s.mustNotBroken}`;
}

/** Where the misses come from: the one field that kept a near output event from matching. */
export function missLine(s: Score): string {
  const w = s.missWhy;
  const x = s.extraWhy;
  const m = s.mustNotWhy;
  return `misses by cause: wrong place ${w.place}, wrong date ${w.date}, wrong type ${w.type}, nothing close ${w.absent}; ` +
    `extras: near a miss ${x.near}, one happening twice ${x.twice}, background (older) ${x.old}, in a no-event text ${x.empty}, forbidden by must_not ${x.forbidden}, other ${x.other}; ` +
    `must_not broken: dateline ${m.dateline}, other place ${m.place}, background ${m.older}, no-event text ${m.any}`;
}
