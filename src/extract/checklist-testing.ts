// Shared by the behavioural checklists (checklist*.test.ts): the publication day their invented
// one-line reports are read against, and the one event each should give.
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";
import { haversineKm } from "../util/geo-math.js";

/** A Wednesday: "on Sunday" is 8 October. */
export const PUBLISHED = "2023-10-11";

/** The one event a careful coder would code from `text`; fails, naming what came out, otherwise. */
export function onlyEvent(text: string): Event {
  const { events } = extractArticle({ id: "checklist", text, published: PUBLISHED });
  assert.equal(events.length, 1, `one event expected from: ${text}\ngot: ${events.map((e) => e.sub_event_type).join(", ") || "none"}`);
  return events[0]!;
}

// ---- One-event grids (checklist-events2/3): each row names the one event a report gives. ----

/** The event a grid row expects: sub-type, who acts, who is hit (NOBODY for nobody), the toll and the place's name. */
export type GridRow = [text: string, sub: string, actor1: RegExp, actor2: RegExp, fatalities: number, location: string];

/** Each row gives exactly the one event it names; every failing row is named at once. */
export function grid(rows: GridRow[]): void {
  const failed: string[] = [];
  for (const [text, sub, a1, a2, dead, place] of rows) {
    const events = extractArticle({ id: "checklist", text, published: PUBLISHED }).events;
    const e = events[0];
    const ok = events.length === 1 && e!.sub_event_type === sub && a1.test(e!.actor1) && a2.test(e!.actor2 ?? "") && e!.fatalities === dead && e!.location === place;
    if (!ok) failed.push(`${text}\n    want ${sub} | ${a1.source} | ${a2.source} | ${dead} | ${place}\n    got  ${events.map((g) => `${g.sub_event_type} | ${g.actor1} | ${g.actor2 || "-"} | ${g.fatalities} | ${g.location}`).join(" ;; ") || "no event"}`);
  }
  assert.deepEqual(failed, [], `${failed.length} of ${rows.length} rows:\n  ${failed.join("\n  ")}`);
}

/** Each row's text gives one event of that sub-type, or none (null); every failing row is named at once. */
export function subGrid(rows: [text: string, sub: string | null][]): void {
  const failed: string[] = [];
  for (const [text, sub] of rows) {
    const got = extractArticle({ id: "grid", text, published: PUBLISHED }).events.map((e) => e.sub_event_type);
    const ok = sub === null ? got.length === 0 : got.length === 1 && got[0] === sub;
    if (!ok) failed.push(`${text}\n    want ${sub ?? "no event"}, got ${got.join(", ") || "no event"}`);
  }
  assert.deepEqual(failed, [], `${failed.length} of ${rows.length} rows:\n  ${failed.join("\n  ")}`);
}

/** Reports that tell no event: each gives none. */
export function none(texts: string[]): void {
  const failed: string[] = [];
  for (const text of texts) {
    const events = extractArticle({ id: "checklist", text, published: PUBLISHED }).events;
    if (events.length) failed.push(`${text}\n    got ${events.map((g) => `${g.sub_event_type} | ${g.actor1} | ${g.location}`).join(" ;; ")}`);
  }
  assert.deepEqual(failed, [], `${failed.length} of ${texts.length} texts gave an event:\n  ${failed.join("\n  ")}`);
}

/** ACLED actor names as patterns, by country name. */
export const ARMY = (c: string) => new RegExp(`^Military Forces of ${c} \\(`);
export const POLICE = (c: string) => new RegExp(`^Police Forces of ${c} \\(`);
export const STATE = (c: string) => new RegExp(`^(?:Military|Police) Forces of ${c} \\(`);
export const CIVILIANS = (c: string) => new RegExp(`^Civilians \\(${c}\\)$`);
export const UAG = (c: string) => new RegExp(`^Unidentified Armed Group \\(${c}\\)$`);
export const PROTESTERS = (c: string) => new RegExp(`^Protesters \\(${c}\\)$`);
export const RIOTERS = (c: string) => new RegExp(`^Rioters \\(${c}\\)$`);
export const NOBODY = /^$/;
export const ANY = /^/;

// ---- Multi-event reports (checklist-split2/3): each row names all the events a report gives, in any order. ----

/** One expected event: its sub-type (or any of several), and (when given) its place, country, precision, day, actors and toll. */
/** `at`: the event's point lies within `km` of (lat, lon). */
export interface Expected { sub?: string | string[]; loc?: RegExp; cc?: string; prec?: number; date?: string; a1?: RegExp; a2?: RegExp; fat?: number; at?: [lat: number, lon: number, km: number] }
export type ReportRow = [text: string, ...expected: Expected[]];

const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const fits = (e: Event, x: Expected) =>
  (!x.sub || [x.sub].flat().includes(e.sub_event_type)) && (!x.loc || x.loc.test(plain(e.location))) && (!x.cc || e.country_code === x.cc) &&
  (x.prec === undefined || e.geo_precision === x.prec) && (!x.date || e.event_date === x.date) &&
  (!x.a1 || x.a1.test(e.actor1)) && (!x.a2 || x.a2.test(e.actor2)) && (x.fat === undefined || e.fatalities === x.fat) &&
  (!x.at || (e.latitude != null && e.longitude != null && haversineKm(e.latitude, e.longitude, x.at[0], x.at[1]) <= x.at[2]));
const show = (e: Event) => `${e.sub_event_type} | ${e.actor1} | ${e.actor2} | ${e.location} (${e.country_code}, p${e.geo_precision}, ${e.latitude},${e.longitude}) | ${e.event_date} | ${e.fatalities}`;
const showX = (x: Expected) => JSON.stringify({ ...x, loc: x.loc?.source, a1: x.a1?.source, a2: x.a2?.source });

/** Why the events of `text` are not exactly those expected (in any order), or "" when they are. */
function mismatch([text, ...expected]: ReportRow, keepCheck?: boolean): string {
  const { events } = extractArticle({ id: "checklist", text, published: PUBLISHED }, keepCheck === undefined ? {} : { keepCheck });
  const left = [...events];
  for (const x of expected) {
    const i = left.findIndex((e) => fits(e, x));
    if (i < 0) return `${text}\n  missing ${showX(x)}\n  got:\n    ${events.map(show).join("\n    ") || "none"}`;
    left.splice(i, 1);
  }
  return left.length ? `${text}\n  more events than expected:\n    ${events.map(show).join("\n    ")}` : "";
}

/** Every row that fails, not only the first (`keepCheck` forces the learned check on or off). */
export const check = (rows: ReportRow[], keepCheck?: boolean) => assert.deepEqual(rows.map((r) => mismatch(r, keepCheck)).filter(Boolean), []);
