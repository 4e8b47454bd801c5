// The extraction stage: a report in, the events a careful ACLED coder would code out.
// Passes, in order: 1 context (context.ts), 2 mentions (mentions.ts), 3 roles (roles.ts),
// 4 merge (assemble.ts), 5 records (build.ts), 6 a learned check that drops the records a careful
// coder would most likely not keep (keep.ts). Every event keeps the evidence spans it rests on.
import type { ExtractInput } from "../types.js";
import type { Event } from "../event.js";
import type { ErrorCode } from "../errors.js";
import { buildContext, type ArticleContext } from "./context.js";
import { findMentions } from "./mentions.js";
import { assemble, type Draft } from "./assemble.js";
import { buildEvent, summaryOfNextTelling, withActor1 } from "./build.js";
import { detectLanguage } from "./language.js";
import { keepFeatures, keepJudges, keepLikely, keepProbability, toldApart, toldAsOwnHappening, toldByContext, type Features } from "./keep.js";

export interface ExtractResult {
  events: Event[];
  skipped?: { code: ErrorCode; reason: string };
  /** The events the keep-check judged and dropped, with the model's probability that each belongs
   *  in the record (keepProbability). Present only when the check judged the report; a desk can
   *  review them (store: held events; API: /review/held). */
  held?: { event: Event; probability: number }[];
}

/** Texts longer than this are cut for extraction (a report, not a book); evidence offsets stay exact. */
export const MAX_EXTRACT_CHARS = 200_000;

export interface ExtractOptions {
  /** Run the learned keep-check (keep.ts): on unless turned off here (`false`) or by
   *  SITREP_KEEP_CHECK=0 (rules only). It drops the events least like those careful coders keep,
   *  but never one told as a happening of its own (its own day and place, or a sentence opening on
   *  when or where it happened), nor in a long report one told by context (its day and place in its
   *  sentence or the one before, or a part of the lead story), nor a report's likeliest event
   *  (data/models/keep.json). */
  keepCheck?: boolean;
}

export function extractArticle(input: ExtractInput, opts: ExtractOptions = {}): ExtractResult {
  const on = opts.keepCheck ?? process.env.SITREP_KEEP_CHECK !== "0";
  if (!on || !keepJudges(Math.min(input.text?.length ?? 0, MAX_EXTRACT_CHARS))) {
    const { result } = ruleEvents(input);
    return { ...result, events: result.events.map(withActor1) };
  }
  const { candidates, skipped } = extractCandidates(input);
  if (!candidates.length) return skipped ? { events: [], skipped } : { events: [] };
  const kept = new Set(keepLikely(candidates, Math.min(input.text?.length ?? 0, MAX_EXTRACT_CHARS)));
  const events = candidates.filter((c) => kept.has(c)).map((c) => withActor1(c.event));
  const held = candidates.filter((c) => !kept.has(c)).map((c) => ({ event: withActor1(c.event), probability: keepProbability(c.features) }));
  return { events, held };
}

/** Every event the rules build, each with the signals the learned check (keep.ts) weighs. */
export function extractCandidates(input: ExtractInput): { candidates: { event: Event; features: Features; own: boolean; byContext: boolean }[]; skipped?: ExtractResult["skipped"] } {
  const { result, built } = ruleEvents(input);
  if (!built) return { candidates: [], skipped: result.skipped };
  const events = result.events;
  return {
    candidates: events.map((event, i) => {
      const d = built.drafts[i]!;
      const others = events.flatMap((o, j) => (j === i ? [] : [{ event: o, draft: built.drafts[j]! }]));
      const own = toldAsOwnHappening(d, event) || toldApart(d, event, others);
      return { event, features: keepFeatures(d, event, built.ctx, events), own, byContext: toldByContext(d, event, built.ctx, events) };
    }),
  };
}

/** Passes 1-5: the events the rules build, with the drafts and context they came from (for the check). */
function ruleEvents(input: ExtractInput): { result: ExtractResult; built?: { drafts: Draft[]; ctx: ArticleContext } } {
  const text = input.text ?? "";
  if (!text.trim()) return { result: { events: [] } };
  const lang = detectLanguage(text);
  if (lang !== "en" && lang !== "und") {
    return { result: { events: [], skipped: { code: "SITREP_E_UNSUPPORTED_LANGUAGE", reason: `unsupported language: ${lang}` } } };
  }
  const view = text.length > MAX_EXTRACT_CHARS ? { ...input, text: text.slice(0, MAX_EXTRACT_CHARS), blocks: undefined } : input;
  const ctx = buildContext(view);
  const drafts = assemble(findMentions(ctx), ctx).filter((d, _, all) => !summaryOfNextTelling(d, all));
  return { result: { events: drafts.map((d, i, all) => buildEvent(d, ctx, i, all)) }, built: { drafts, ctx } };
}
