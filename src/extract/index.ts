// The extraction stage: a report in, the events a careful ACLED coder would code out.
// Passes, in order: 1 context (context.ts), 2 mentions (mentions.ts), 3 roles (roles.ts),
// 4 merge (assemble.ts), 5 records (build.ts). Every event keeps the evidence spans it rests on.
import type { ExtractInput } from "../types.js";
import type { Event } from "../event.js";
import type { ErrorCode } from "../errors.js";
import { buildContext } from "./context.js";
import { findMentions } from "./mentions.js";
import { assemble } from "./assemble.js";
import { buildEvent } from "./build.js";
import { detectLanguage } from "./language.js";

export interface ExtractResult {
  events: Event[];
  skipped?: { code: ErrorCode; reason: string };
}

/** Texts longer than this are cut for extraction (a report, not a book); evidence offsets stay exact. */
export const MAX_EXTRACT_CHARS = 200_000;

export function extractArticle(input: ExtractInput): ExtractResult {
  const text = input.text ?? "";
  if (!text.trim()) return { events: [] };
  const lang = detectLanguage(text);
  if (lang !== "en" && lang !== "und") {
    return { events: [], skipped: { code: "SITREP_E_UNSUPPORTED_LANGUAGE", reason: `unsupported language: ${lang}` } };
  }
  const view = text.length > MAX_EXTRACT_CHARS ? { ...input, text: text.slice(0, MAX_EXTRACT_CHARS), blocks: undefined } : input;
  const ctx = buildContext(view);
  const drafts = assemble(findMentions(ctx), ctx);
  return { events: drafts.map((d, i, all) => buildEvent(d, ctx, i, all)) };
}
