// Sentence splitting of story blocks, with offsets into the article text (UTF-16 code units).
import type { Block, Sentence } from "../types.js";
import { loadChromeData, type AbbreviationData } from "./data.js";

const abbr = loadChromeData<AbbreviationData>("abbreviations.json");
const ABBREVIATIONS = new Set(abbr.abbreviations.map((s) => s.toLowerCase()));
const STARTERS = new Set(abbr.sentenceStarters.map((s) => s.toLowerCase()));

// End punctuation, optional closing quotes/brackets, then whitespace.
const CANDIDATE = /(?:[.!?]+|…)["'”’»)\]]*\s+/g;
// What may open a sentence: a capital, a digit, an opening quote or bracket.
const OPENER = /["“‘'«(\[\p{Lu}\p{N}]/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Sentences of the story blocks only; a block boundary always ends a sentence. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    if (b.kind === "story") splitRange(text, b.start, b.end, out);
  }
  return out;
}

function splitRange(text: string, start: number, end: number, out: Sentence[]): void {
  const seg = text.slice(start, end);
  let sentStart = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(seg))) {
    const punctEnd = m.index + m[0].trimEnd().length;
    const next = m.index + m[0].length;
    if (next >= seg.length) break;
    if (!OPENER.test(seg[next]!)) continue;
    if (seg[m.index] === "." && !endsSentenceAtPeriod(seg, sentStart, m.index, next)) continue;
    push(out, start, seg, sentStart, punctEnd);
    sentStart = next;
  }
  push(out, start, seg, sentStart, seg.length);
}

/** Decides whether the period at `dot` ends a sentence, looking at the word before it. */
function endsSentenceAtPeriod(seg: string, from: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > from && !/\s/.test(seg[w - 1]!)) w--;
  const word = seg.slice(w, dot).replace(/^["“‘'«(\[]+/, "");
  if (word === "") return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // "John F. Kennedy": a lone capital is an initial.
  if (SINGLE_CAPITAL.test(word)) return false;
  // "U.S." / "U.N.": only a boundary when the next word usually starts a sentence.
  if (INITIALS.test(word)) {
    const nextWord = /^[\p{L}]+/u.exec(seg.slice(next, next + 20))?.[0]?.toLowerCase();
    return nextWord !== undefined && STARTERS.has(nextWord);
  }
  return true;
}

function push(out: Sentence[], base: number, seg: string, s: number, e: number): void {
  while (s < e && /\s/.test(seg[s]!)) s++;
  while (e > s && /\s/.test(seg[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}
