// Builds one canonical event from the reports of one cluster. Everything here is a function of
// the set of reports (sorted by a total order first), never of the order they arrived in.
import type { Claim, Event, Evidence } from "../event.js";
import { eventTypeOf, disorderTypeOf, interactionOf, TERRITORY_SUB_TYPES } from "../event.js";
import type { FuseReport } from "./match.js";
import { isTerritory, normActor } from "./match.js";
import { verify } from "./verify.js";

const byRid = (a: FuseReport, b: FuseReport) => (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : 0);

/** The canonical id of a cluster: the lowest report id, whatever order reports came in. */
export function canonicalId(reports: FuseReport[]): string {
  let min = reports[0]!.rid;
  for (const r of reports) if (r.rid < min) min = r.rid;
  return min;
}

/** The report whose place, date and actors the event takes: most precise, most confident, lowest id. */
function representative(reports: FuseReport[]): FuseReport {
  const score = (r: FuseReport) => [
    r.event.modality === "denied" ? 1 : 0,
    r.event.geo_precision,
    r.event.time_precision,
    r.event.latitude == null ? 1 : 0,
    -(r.event.confidence ?? 0),
  ];
  return [...reports].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return byRid(a, b);
  })[0]!;
}

/** The sub-type: a capture outranks the fighting around it; among equals, the most reports, then name. */
function subTypeOf(reports: FuseReport[]): Event["sub_event_type"] {
  const counts = new Map<Event["sub_event_type"], number>();
  for (const r of reports) if (r.event.modality !== "denied") counts.set(r.event.sub_event_type, (counts.get(r.event.sub_event_type) ?? 0) + 1);
  if (!counts.size) for (const r of reports) counts.set(r.event.sub_event_type, (counts.get(r.event.sub_event_type) ?? 0) + 1);
  const rank = (s: Event["sub_event_type"]) => (TERRITORY_SUB_TYPES.includes(s) ? 1 : 0);
  return [...counts].sort((a, b) => rank(b[0]) - rank(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** The date most reports give (reports a day apart on a capture straddling midnight); ties: earliest. */
function modalDate(reports: FuseReport[]): string {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.event.event_date, (counts.get(r.event.event_date) ?? 0) + (r.event.time_precision === 1 ? 1 : 0.5));
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** ACLED: the lowest reliable figure. Party claims are not reliable when anyone else gave one. */
function fatalitiesOf(reports: FuseReport[]): { fatalities: number; others: number[] } {
  const all = reports.map((r) => r.event.fatalities).filter((n) => n > 0);
  const reliable = reports.filter((r) => r.event.modality === "reported").map((r) => r.event.fatalities).filter((n) => n > 0);
  const pool = reliable.length ? reliable : all;
  const fatalities = pool.length ? Math.min(...pool) : 0;
  const others = [...new Set(all)].filter((n) => n !== fatalities).sort((a, b) => a - b);
  return { fatalities, others };
}

const uniqSorted = (xs: Iterable<string>) => [...new Set([...xs].map((s) => s.trim()).filter(Boolean))].sort();

const SCALE_ORDER = ["Local", "Subnational", "National", "Regional", "International", "New media", "Other"];
function scaleOf(reports: FuseReport[]): string {
  const parts = new Set(reports.flatMap((r) => r.event.source_scale.split("-").map((s) => s.trim()).filter(Boolean)));
  const known = SCALE_ORDER.filter((s) => parts.has(s));
  const rest = [...parts].filter((p) => !SCALE_ORDER.includes(p)).sort();
  return [...known, ...rest].join("-");
}

function claimKey(c: Claim): string {
  return [c.source, c.stance, c.kind ?? "", c.article_id ?? ""].join("\u0000");
}

function evidenceKey(e: Evidence): string {
  return [e.article_id, String(e.start).padStart(9, "0"), String(e.end).padStart(9, "0"), e.field].join("\u0000");
}

export interface CanonicalInput {
  reports: FuseReport[];
  /** Pairs of article keys that are near-duplicates (among the reports' articles). */
  nearDups: [string, string][];
  /** Outlet of each article key. */
  outletOf: Map<string, string>;
}

export function buildCanonical({ reports, nearDups, outletOf }: CanonicalInput): Event {
  const sorted = [...reports].sort(byRid);
  const sub = subTypeOf(sorted);
  const type = eventTypeOf(sub);
  // Date, place and actors come from one report coded with the chosen sub-type (a capture names
  // the winner first), so the fields stay consistent with one another.
  const ofSub = sorted.filter((r) => r.event.sub_event_type === sub);
  const date = modalDate(ofSub);
  const base = representative(ofSub.filter((r) => r.event.event_date === date)).event;
  // One outlet may leave the other side out where another names it: take it from a report that
  // agrees on the first actor (the lowest id of those, for a deterministic choice).
  const filler = base.actor2 ? undefined : ofSub.find((r) => r.event.actor2 && normActor(r.event.actor1) === normActor(base.actor1));
  const a = filler ? { ...base, actor2: filler.event.actor2, assoc_actor_2: filler.event.assoc_actor_2, inter2: filler.event.inter2 } : base;

  const claims = new Map<string, Claim>();
  for (const r of sorted) for (const c of r.event.claims) {
    const withArticle = { ...c, article_id: c.article_id ?? r.articleKey };
    claims.set(claimKey(withArticle), withArticle);
  }
  const evidence = new Map<string, Evidence>();
  for (const r of sorted) for (const e of r.event.evidence) evidence.set(evidenceKey(e), e);

  const { fatalities, others } = fatalitiesOf(sorted);
  const modality = sorted.some((r) => r.event.modality === "reported")
    ? "reported"
    : sorted.some((r) => r.event.modality === "claimed")
      ? "claimed"
      : "denied";

  const event: Event = {
    ...base,
    event_id_cnty: canonicalId(sorted),
    year: Number(base.event_date.slice(0, 4)),
    disorder_type: disorderTypeOf(type),
    event_type: type,
    sub_event_type: sub,
    actor1: a.actor1,
    assoc_actor_1: a.assoc_actor_1,
    inter1: a.inter1,
    actor2: a.actor2,
    assoc_actor_2: a.assoc_actor_2,
    inter2: a.inter2,
    interaction: interactionOf(a.inter1, a.inter2),
    civilian_targeting: a.civilian_targeting,
    source: uniqSorted(sorted.flatMap((r) => r.event.source.split(";"))).join("; "),
    source_scale: scaleOf(sorted),
    tags: uniqSorted(sorted.flatMap((r) => r.event.tags.split(";"))).join("; "),
    fatalities,
    timestamp: Math.max(...sorted.map((r) => r.event.timestamp)),
    claims: [...claims.keys()].sort().map((k) => claims.get(k)!),
    evidence: [...evidence.keys()].sort().map((k) => evidence.get(k)!),
    articles: uniqSorted(sorted.flatMap((r) => (r.event.articles.length ? r.event.articles : [r.articleKey]))),
    modality,
    confidence: Math.max(...sorted.map((r) => r.event.confidence ?? 0)),
  };
  if (others.length) event.fatalities_reported = others;
  else delete event.fatalities_reported;
  if (sorted.every((r) => r.event.confidence === undefined)) delete event.confidence;
  const v = verify(sorted, event, nearDups, outletOf);
  event.verification = v.verification;
  event.verification_reason = v.reason;
  return event;
}

export { isTerritory };
