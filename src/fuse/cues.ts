// Finds where an article says it verified something itself ("footage verified by the monitor"),
// skipping hedges ("could not be independently verified"). Lists in data/fuse/verification-cues.json.
import type { Article, Sentence } from "../types.js";
import type { Event } from "../event.js";
import { VERIFICATION_CUES } from "./config.js";
import { normPlace } from "./match.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (xs: string[]) => new RegExp(`\\b(?:${xs.map(escape).join("|")})\\b`, "i");
const POSITIVE = alt(VERIFICATION_CUES.positive);
const NEGATIVE = alt(VERIFICATION_CUES.negative);

/** Story sentences of an article (all sentences when no block is marked story). */
export function storySentences(a: Pick<Article, "text" | "blocks" | "sentences">): string[] {
  const story = a.blocks.filter((b) => b.kind === "story");
  const inStory = (s: Sentence) => !story.length || story.some((b) => s.start >= b.start && s.end <= b.end);
  const sents = a.sentences.length ? a.sentences : [{ start: 0, end: a.text.length }];
  return sents.filter(inStory).map((s) => a.text.slice(s.start, s.end));
}

/** Story text only, for near-duplicate sketches (chrome and credits would blur them). */
export function storyText(a: Pick<Article, "text" | "blocks">): string {
  const story = a.blocks.filter((b) => b.kind === "story");
  return story.length ? story.map((b) => a.text.slice(b.start, b.end)).join("\n") : a.text;
}

/** Sentences that state a verification and no hedge. */
export function verificationSentences(sentences: string[]): string[] {
  return sentences.filter((s) => POSITIVE.test(s) && !NEGATIVE.test(s));
}

/**
 * The verification sentence that applies to a report: one naming the report's place, or any
 * when the article codes a single event.
 */
export function verifiedSentenceFor(report: Event, verifying: string[], reportsInArticle: number): string | undefined {
  if (!verifying.length) return undefined;
  const place = report.location ? normPlace(report.location) : "";
  const named = verifying.find((s) => place && ` ${normPlace(s)} `.includes(` ${place} `));
  return named ?? (reportsInArticle === 1 ? verifying[0] : undefined);
}
