// The review queue's actions on canonical events: accept, edit (locking the edited fields so
// re-fusion keeps them), reject with a reason, merge several events into one, split articles
// out into a new event. Each action is one DeskStore.applyEventChange: review rows, event
// writes, tombstones and audit rows in one transaction.
import { SitrepError } from "../errors.js";
import { EventSchema, eventTypeOf, disorderTypeOf, interactionOf, type Event, type SubEventType } from "../event.js";
import { allActors } from "../extract/actors.js";
import type { Store } from "../store/index.js";
import type { DeskStore, EventReview } from "../store/desk.js";

/** Fields an editor may set: ACLED's columns and sitrep's verification; not ids, evidence or provenance. */
export const EDITABLE = Object.keys(EventSchema.shape).filter(
  (k) => !["event_id_cnty", "evidence", "articles", "claims", "timestamp", "rule", "confidence", "year"].includes(k),
) as (keyof Event)[];

let registry: Set<string> | undefined;
const registryNames = () => (registry ??= new Set(allActors().map((a) => a.name)));

async function live(store: Store, id: string): Promise<Event> {
  const s = await store.getEvent(id);
  if (!s) throw new SitrepError("SITREP_E_NOT_FOUND", `event ${id}`);
  return s.event;
}

async function current(desk: DeskStore, id: string): Promise<EventReview> {
  return (await desk.reviewOf(id)) ?? { eventId: id, state: "unreviewed", locked: {}, reason: null, mergedInto: null, byUser: null, at: "" };
}

export async function acceptEvent(store: Store, desk: DeskStore, id: string, actor: string, reason: string | null): Promise<void> {
  await live(store, id);
  const r = await current(desk, id);
  await desk.applyEventChange({
    reviews: [{ ...r, state: r.state === "edited" ? "edited" : "accepted", reason, byUser: actor }],
    audit: [{ actor, action: "event.accept", subjectType: "event", subjectId: id, before: { state: r.state }, after: { state: "accepted" }, reason }],
  });
}

/** Applies `fields` to an event after checking them; returns the new event. */
export function applyFields(e: Event, fields: Record<string, unknown>): Event {
  const unknown = Object.keys(fields).find((k) => !(EDITABLE as string[]).includes(k));
  if (unknown) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `fields.${unknown}: not an editable field (editable: ${EDITABLE.join(", ")})`);
  for (const k of ["actor1", "actor2"] as const) {
    const v = fields[k];
    if (v === undefined || v === "" || v === e[k]) continue;
    if (typeof v !== "string" || !registryNames().has(v)) {
      throw new SitrepError("SITREP_E_BAD_ARGUMENT", `fields.${k}: "${String(v)}" is not in the actor registry (data/actors/)`);
    }
  }
  const next: Record<string, unknown> = { ...e, ...fields };
  // Derived columns follow what was edited, unless set explicitly too.
  if (fields.sub_event_type !== undefined && fields.event_type === undefined) {
    try {
      next.event_type = eventTypeOf(fields.sub_event_type as SubEventType);
    } catch {
      throw new SitrepError("SITREP_E_BAD_ARGUMENT", `fields.sub_event_type: unknown "${String(fields.sub_event_type)}"`);
    }
  }
  if (fields.event_type !== undefined || fields.sub_event_type !== undefined) next.disorder_type = disorderTypeOf(next.event_type as Event["event_type"]);
  if ((fields.inter1 !== undefined || fields.inter2 !== undefined) && fields.interaction === undefined) {
    next.interaction = interactionOf(Number(next.inter1), Number(next.inter2));
  }
  if (typeof next.event_date === "string") next.year = Number(next.event_date.slice(0, 4));
  const r = EventSchema.safeParse(next);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", `fields.${i.path.join(".")}: ${i.message}`);
  }
  if (eventTypeOf(r.data.sub_event_type) !== r.data.event_type) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", `fields.sub_event_type: "${r.data.sub_event_type}" is not a kind of "${r.data.event_type}"`);
  }
  return r.data;
}

export async function editEvent(store: Store, desk: DeskStore, id: string, fields: Record<string, unknown>, actor: string, reason: string): Promise<Event> {
  const e = await live(store, id);
  const next = applyFields(e, fields);
  const changed = (Object.keys(next) as (keyof Event)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(e[k]));
  if (!changed.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "fields: nothing would change");
  const r = await current(desk, id);
  const locked: Record<string, unknown> = { ...r.locked };
  for (const k of changed) locked[k] = next[k];
  const pick = (o: Event) => Object.fromEntries(changed.map((k) => [k, o[k]]));
  await desk.applyEventChange({
    reviews: [{ ...r, state: "edited", locked: locked as Partial<Event>, reason, byUser: actor }],
    write: [next],
    audit: [{ actor, action: "event.edit", subjectType: "event", subjectId: id, before: pick(e), after: pick(next), reason }],
  });
  return next;
}

export async function rejectEvent(store: Store, desk: DeskStore, id: string, actor: string, reason: string): Promise<void> {
  const e = await live(store, id);
  const r = await current(desk, id);
  await desk.applyEventChange({
    reviews: [{ ...r, state: "rejected", reason, byUser: actor }],
    tombstone: [{ eventId: id, mergedInto: null }],
    audit: [{ actor, action: "event.reject", subjectType: "event", subjectId: id, before: { state: r.state, event: e }, after: { state: "rejected" }, reason }],
  });
}

const uniq = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];

/** Merges `from` events into `into`: their articles, claims and evidence join it; they become tombstones. */
export async function mergeEvents(store: Store, desk: DeskStore, into: string, from: string[], actor: string, reason: string): Promise<Event> {
  if (!from.length || from.includes(into)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "from: list other events than `into`");
  const target = await live(store, into);
  const sources: Event[] = [];
  for (const id of from) {
    const s = await store.getEvent(id);
    if (!s || s.deletedAt) throw new SitrepError("SITREP_E_NOT_FOUND", `event ${id}`);
    sources.push(s.event);
  }
  const all = [target, ...sources];
  const merged: Event = {
    ...target,
    articles: [...new Set(all.flatMap((e) => e.articles))],
    claims: uniq(all.flatMap((e) => e.claims), (c) => JSON.stringify(c)),
    evidence: uniq(all.flatMap((e) => e.evidence), (v) => JSON.stringify(v)),
  };
  const r = await current(desk, into);
  const locked = { ...r.locked, articles: merged.articles, claims: merged.claims, evidence: merged.evidence };
  await desk.applyEventChange({
    reviews: [
      { ...r, state: "edited", locked, reason, byUser: actor },
      ...(await Promise.all(from.map(async (id) => ({ ...(await current(desk, id)), state: "merged" as const, mergedInto: into, reason, byUser: actor })))),
    ],
    write: [merged],
    tombstone: from.map((id) => ({ eventId: id, mergedInto: into })),
    audit: [
      { actor, action: "event.merge", subjectType: "event", subjectId: into, before: { articles: target.articles }, after: { articles: merged.articles, merged_from: from }, reason },
      ...sources.map((e) => ({ actor, action: "event.merged_into", subjectType: "event" as const, subjectId: e.event_id_cnty, before: { event: e }, after: { merged_into: into }, reason })),
    ],
  });
  return merged;
}

/** Moves the reports of `articles` out of event `id` into a new event (a copy restricted to them). */
export async function splitEvent(store: Store, desk: DeskStore, id: string, articles: string[], actor: string, reason: string): Promise<Event> {
  const e = await live(store, id);
  const moving = new Set(articles);
  const unknown = articles.find((a) => !e.articles.includes(a));
  if (unknown) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `articles: "${unknown}" is not an article of ${id}`);
  if (moving.size >= e.articles.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "articles: leave at least one article in the original event");
  let n = 1;
  while (await store.getEvent(`${id}-x${n}`)) n++;
  const newId = `${id}-x${n}`;
  const part = (keep: (a: string) => boolean, base: Event, eid: string): Event => ({
    ...base,
    event_id_cnty: eid,
    articles: base.articles.filter(keep),
    evidence: base.evidence.filter((v) => keep(v.article_id)),
    claims: base.claims.filter((c) => !c.article_id || keep(c.article_id)),
  });
  const rest = part((a) => !moving.has(a), e, id);
  const split = part((a) => moving.has(a), e, newId);
  const r = await current(desk, id);
  // The new event has no reports of its own, so fusion never rewrites it; locking it whole says so.
  const { event_id_cnty: _id, ...whole } = split;
  await desk.applyEventChange({
    reviews: [
      { ...r, state: "edited", locked: { ...r.locked, articles: rest.articles, evidence: rest.evidence, claims: rest.claims }, reason, byUser: actor },
      { eventId: newId, state: "edited", locked: whole, reason, mergedInto: null, byUser: actor },
    ],
    write: [rest, split],
    audit: [
      { actor, action: "event.split", subjectType: "event", subjectId: id, before: { articles: e.articles }, after: { articles: rest.articles, split_into: newId }, reason },
      { actor, action: "event.split_from", subjectType: "event", subjectId: newId, after: { event: split, split_from: id }, reason },
    ],
  });
  return split;
}
