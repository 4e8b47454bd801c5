// An editor's decision on a held event (restored or dismissed) outlives re-extraction of its
// article. Re-extraction replaces the held list, and the keep-check would hold the same event back
// again: without this, a restore would be undone and a dismissed event would come back.
//
// The rule: decisions are kept per article key and event (heldKey, refined by detailKey). When an
// extraction of the article holds back an event that has a decision,
//  - restored: it is saved as a report of the article (after its reports, fused as usual);
//  - dismissed: it is not listed again.
// An event the new extraction keeps is an event like any other (reviewed on the review queue);
// one it no longer produces is not resurrected: the decision stays on record with its audit row.
import type { Event } from "../event.js";
import type { AuditEntry } from "./desk.js";
import type { HeldEvent, HeldInput } from "./store.js";
import { json } from "./desk-rows.js";

export type HeldDecision = "restored" | "dismissed";

const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/**
 * What makes two extractions' events "the same" for a decision: sub-event type, date, country and
 * place. Not the extractor's event id (it numbers events within the article, so an added paragraph
 * renumbers them) nor the wording (a revision that rewords the sentence reports the same event);
 * two events of one article with the same key would be one happening for fusion too.
 * A JSON array: unambiguous whatever the fields hold, and text PostgreSQL accepts (no NUL).
 */
export function heldKey(e: Event): string {
  return JSON.stringify([norm(e.sub_event_type), norm(e.event_date), norm(e.country), norm(e.location)]);
}

/**
 * The wording: notes and evidence spans. It tells apart two held events of one key (an editor may
 * restore one and dismiss its duplicate); re-extracting the same text reproduces it exactly.
 */
export function detailKey(e: Event): string {
  return JSON.stringify([norm(e.notes), ...e.evidence.map((x) => `${x.field}:${norm(x.text)}`).sort()]);
}

export interface DecisionRow {
  heldKey: string;
  detailKey: string;
  decision: HeldDecision;
}

/**
 * The decision that applies to a newly held event: the one made on the same event in the same
 * words; else, for a reworded event, any made on the same event, a restore winning over a
 * dismissal (a restore says the happening belongs in the record; a duplicate of it fuses into it).
 */
export function decisionFor(e: Event, rows: DecisionRow[]): HeldDecision | undefined {
  const same = rows.filter((r) => r.heldKey === heldKey(e));
  const detail = detailKey(e);
  const exact = same.find((r) => r.detailKey === detail);
  if (exact) return exact.decision;
  if (!same.length) return undefined;
  return same.some((r) => r.decision === "restored") ? "restored" : "dismissed";
}

/** The audit row of a decision, built from the held event as it was and (restore) the event it joined. */
export type HeldAudit = (h: HeldEvent, eventId: string | null) => AuditEntry;

/** Splits an extraction's held events by the article's earlier decisions (see the rule above). */
export function applyDecisions(held: HeldInput[], decisions: DecisionRow[]): { restored: Event[]; held: HeldInput[] } {
  const restored: Event[] = [];
  const still: HeldInput[] = [];
  for (const h of held) {
    const d = decisionFor(h.event, decisions);
    if (d === "restored") restored.push(h.event);
    else if (d !== "dismissed") still.push(h);
  }
  return { restored, held: still };
}

/** Audit row columns in insert order (both backends' audit_log). */
export function auditValues(e: AuditEntry, at: string): unknown[] {
  return [at, e.actor, e.action, e.subjectType, e.subjectId, json(e.before), json(e.after), e.reason ?? null];
}

/** The refusal when a held event was decided already (a second click, or another editor first). */
export const alreadyDecided = (id: number, d: HeldDecision) => `held event ${id} was already ${d}`;
