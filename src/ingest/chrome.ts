// Plain-text block classification: which lines are story, and which are site chrome, captions,
// credits, headings or datelines. Every rule is general (cue lists in data/chrome/*.json);
// the rule name is kept on each block so a wrong call can be traced.
import type { Block, BlockKind } from "../types.js";
import { gluedCreditStart, isCredit } from "./credits.js";
import {
  alternation,
  escapeRe,
  loadChromeData,
  type CaptionData,
  type CreditData,
  type CueData,
  type TimestampData,
} from "./data.js";

const cues = loadChromeData<CueData>("cues.json");
const caps = loadChromeData<CaptionData>("captions.json");
const stamps = loadChromeData<TimestampData>("timestamps.json");
const agencies = loadChromeData<CreditData>("credits.json").agencies;

/** Characters beyond ASCII that /iu matches to ASCII letters ("ſ" to s, the Kelvin sign to k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

const phraseRe = (list: string[]) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(list)})(?=$|[^\\p{L}\\p{N}])`, "iu");
const cueRes: [string, RegExp, PhraseNeed[] | null][] = Object.entries(cues.phrases).map(([cat, list]) => [cat, phraseRe(list), phraseNeeds(list)]);
const strongRe = phraseRe(cues.strongPhrases);
const strongNeeds = phraseNeeds(cues.strongPhrases);
const prefixRe = new RegExp(`^(?:${alternation(cues.linePrefixes)})(?=$|[^\\p{L}\\p{N}])`, "iu");
const exactSet = new Set(cues.exactLines.map((s) => s.toLowerCase()));
const weakSet = new Set(cues.weakWords.map((s) => s.toLowerCase()));
// Reader address ("you", "your", "we", "us"): case-sensitive so that "US" (the country) is not "us".
const readerRe = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(cues.readerWords.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})(?=$|[^\\p{L}])`,
  "u",
);
const attributionRe = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(cues.attributionWords)})(?=$|[^\\p{L}])`, "iu");
const markerSet = new Set(caps.imageMarkers.map((s) => s.toLowerCase()));
const MAX_LISTED_LINE = Math.max(...[...markerSet, ...exactSet].map((s) => s.length));
const captionPrefixRe = new RegExp(`^(?:${alternation(caps.captionPrefixes)})`, "i");
const dateWordEndRe = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(caps.dateWords)})\\.?[.!]["'”’)]*$`, "iu");
const stampSet = new Set(stamps.tokens);
const bylineRe = new RegExp(`^(?:${stamps.bylinePrefixes.map((p) => escapeRe(p.trim())).join("|")})\\s+\\p{Lu}`, "iu");
const markdownImageRe = /^!\[[^\]]*\]\([^)]*\)$/;
const monthOrDigitRe = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|ago|now/i;

/** Wire dateline at the start of a story paragraph: "BAMAKO, Mali —", "KYIV (Reuters) -", "GAZA CITY, Dec 5 (AP) —". */
const AG = alternation(agencies);
const datelineRe = new RegExp(
  String.raw`^((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}` +
    String.raw`(?:(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:,\s*\p{Lu}[a-z]{2,8}\.?\s+\d{1,2})?\s*\((?:${AG}|\p{Lu}{2,6})\)` +
    String.raw`|(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s*\p{Lu}[a-z]{2,8}\.?\s+\d{1,2})?))\s*(?:—|–|--|-)\s+`,
  "u",
);
const datelineOnlyRe = /^\p{Lu}[\p{Lu} .'’-]{2,40}(?:,\s*\p{Lu}[\p{L} .'’-]{1,40})?$/u;

const TERMINAL_RE = /[.!?…:;,]["'”’)\]]*$/;
const SENTENCE_END_RE = /[.!?…]["'”’)\]]*$/;
const QUOTE_RE = /[“”"«»]/;

interface Unit {
  start: number;
  end: number;
  text: string;
  para: number;
  words: number;
}

interface Verdict {
  kind: BlockKind | "heading" | "marker";
  rule: string;
  /** For glued caption+credit: where the credit starts (absolute offset). */
  split?: number;
}

/** Classifies the lines (or, for hard-wrapped text, the paragraphs) of normalised text. */
export function classifyBlocks(text: string): Block[] {
  const units = toUnits(text);
  const v: Verdict[] = units.map((u) => classifyAlone(u, text));
  applyContext(units, v);
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const d = v[i]!;
    if (d.split !== undefined) {
      blocks.push({ kind: "caption", start: u.start, end: trimEnd(text, u.start, d.split), rule: d.rule });
      blocks.push({ kind: "credit", start: d.split, end: u.end, rule: d.rule });
      continue;
    }
    const kind: BlockKind = d.kind === "heading" ? "title" : d.kind === "marker" ? "chrome" : d.kind;
    blocks.push({ kind, start: u.start, end: u.end, rule: d.rule });
  }
  return blocks;
}

/** The dateline ("BAMAKO, Mali") at the start of the first story block, if any. */
export function findDateline(text: string, blocks: Block[]): string | undefined {
  const first = blocks.find((b) => b.kind === "story");
  if (!first) return undefined;
  const m = datelineRe.exec(text.slice(first.start, Math.min(first.end, first.start + 120)));
  return m ? m[1]!.trim() : undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Lines of each paragraph, or whole paragraphs when the text is hard-wrapped. */
function toUnits(text: string): Unit[] {
  const lines: Unit[] = [];
  let para = 0;
  let pos = 0;
  let prevBlank = true;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    if (s === e) {
      if (!prevBlank) para++;
      prevBlank = true;
    } else {
      lines.push({ start: s, end: e, text: text.slice(s, e), para, words: 0 });
      prevBlank = false;
    }
    pos = nl + 1;
  }
  if (isHardWrapped(lines)) {
    const merged: Unit[] = [];
    for (const l of lines) {
      const last = merged[merged.length - 1];
      if (last && last.para === l.para) {
        last.end = l.end;
        last.text = text.slice(last.start, last.end);
      } else merged.push({ ...l });
    }
    lines.length = 0;
    lines.push(...merged);
  }
  for (const u of lines) u.words = countWords(u.text);
  return lines;
}

/** Hard-wrapped text (e-mail, wire copy): most lines inside paragraphs have a similar width. */
function isHardWrapped(lines: Unit[]): boolean {
  let cont = 0;
  let wrapish = 0;
  let ended = 0;
  let maxLen = 0;
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i]!.end - lines[i]!.start;
    if (len > maxLen) maxLen = len;
    const next = lines[i + 1];
    if (next && next.para === lines[i]!.para) {
      cont++;
      if (len >= 40 && len <= 100) wrapish++;
      if (SENTENCE_END_RE.test(lines[i]!.text)) ended++;
    }
  }
  // Wrapped lines break mid-sentence; one-paragraph-per-line text ends its lines with punctuation.
  return cont >= 3 && wrapish >= cont * 0.8 && ended < cont * 0.5 && maxLen <= 120;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function classifyAlone(u: Unit, text: string): Verdict {
  const t = u.text;
  if (isCredit(t)) return { kind: "credit", rule: "credit-shape" };
  const glued = gluedCreditStart(t);
  if (glued !== undefined && looksLikeCaption(t.slice(0, glued))) {
    return { kind: "caption", rule: "caption-glued-credit", split: u.start + glued };
  }
  // Whole-line lists hold short lines only; a story paragraph never needs its bare form.
  const bare = coreLength(t) <= MAX_LISTED_LINE ? t.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "") : "";
  if (markerSet.has(bare)) return { kind: "marker", rule: "image-marker" };
  if (markdownImageRe.test(t) || /^\[(?:image|photo|picture|video|graphic|map)\b[^\]]*\]$/i.test(t)) {
    return { kind: "marker", rule: "image-marker" };
  }
  if (exactSet.has(bare)) return { kind: "chrome", rule: `exact:${bare}` };
  if (u.words <= 8 && isWeakOnly(t)) return { kind: "chrome", rule: "share-buttons" };
  if (u.words <= cues.maxWords) {
    if (prefixRe.test(t)) return { kind: "chrome", rule: "cue:prefix" };
    const words = lineWords(t); // a cheap necessary condition before each phrase regex
    if (mayHold(strongNeeds, words) && strongRe.test(t)) return { kind: "chrome", rule: "cue:strong" };
    for (const [cat, re, first] of cueRes) {
      if (!mayHold(first, words) || !re.test(t)) continue;
      const short = u.words <= 3 || (u.words <= cues.shortWords && !t.endsWith("."));
      if (short || (readerRe.test(t) && !QUOTE_RE.test(t) && !attributionRe.test(t))) return { kind: "chrome", rule: `cue:${cat}` };
    }
  }
  if (u.words <= 14 && isTimestamp(t)) return { kind: "chrome", rule: "timestamp" };
  if (u.words <= 12 && bylineRe.test(t) && !t.endsWith(".")) return { kind: "chrome", rule: "byline" };
  if (captionPrefixRe.test(t)) return { kind: "caption", rule: "caption-prefix" };
  if (isHeadingLike(u)) {
    if (u.words <= 6 && datelineOnlyRe.test(t) && /\p{Lu}{3}/u.test(t)) return { kind: "dateline", rule: "dateline-line" };
    return { kind: "heading", rule: "heading" };
  }
  void text;
  return { kind: "story", rule: "story" };
}

/** What a line must hold for a listed phrase to be in it (see phraseNeeds). */
interface PhraseNeed {
  /** The phrase's lower-case ASCII words, each a whole word of any line it is in. */
  words: string[];
  /** Its caseless characters beyond ASCII ("©"), each in the line as written. */
  symbols: string[];
  /** Whether it is all ASCII: one that is not is never in an ASCII line. */
  ascii: boolean;
}

/**
 * A cheap necessary condition for each phrase regex (a literal alternation matched case-insensitively
 * between non-letters): a line lacking some word or symbol of every phrase is never run through it.
 * Null when a phrase holds "ſ" or the Kelvin sign, which Unicode case folding matches to ASCII
 * letters (then the regex always runs).
 */
function phraseNeeds(list: string[]): PhraseNeed[] | null {
  const out: PhraseNeed[] = [];
  for (const p of list) {
    if (FOLDS_TO_ASCII.test(p)) return null;
    const symbols = [...new Set(p.match(/[^\x00-\x7f]/g) ?? [])].filter((c) => /[^\p{L}\p{N}\p{M}]/u.test(c) && c.toLowerCase() === c && c.toUpperCase() === c);
    out.push({ words: p.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w), symbols, ascii: !/[^\x00-\x7f]/.test(p) });
  }
  return out;
}

interface LineWords {
  line: string;
  words: Set<string>;
  ascii: boolean;
}

/**
 * The lower-case ASCII words of a line. Null when it holds a character /iu matches to an ASCII
 * letter (then every phrase regex runs). Lower-casing maps no other character beyond ASCII into
 * ASCII letters or digits except "İ", which only matches itself and maps alike in the phrase.
 */
function lineWords(line: string): LineWords | null {
  if (FOLDS_TO_ASCII.test(line)) return null;
  return { line, words: new Set(line.toLowerCase().split(/[^a-z0-9]+/)), ascii: !/[^\x00-\x7f]/.test(line) };
}

/** Whether the line may hold one of the phrases: all of some phrase's needs are in it. */
function mayHold(needs: PhraseNeed[] | null, lw: LineWords | null): boolean {
  if (!needs || !lw) return true;
  next: for (const n of needs) {
    if (lw.ascii && !n.ascii) continue;
    for (const w of n.words) if (!lw.words.has(w)) continue next;
    for (const c of n.symbols) if (!lw.line.includes(c)) continue next;
    return true;
  }
  return false;
}

/** Neighbours decide captions after image markers or before credits, and what a heading is. */
function applyContext(units: Unit[], v: Verdict[]): void {
  const n = units.length;
  for (let i = 0; i < n; i++) {
    const d = v[i]!;
    // A picture's caption follows its marker.
    if (d.kind === "marker" && i + 1 < n && (v[i + 1]!.kind === "story" || v[i + 1]!.kind === "heading") && looksLikeCaption(units[i + 1]!.text)) {
      v[i + 1] = { kind: "caption", rule: "caption-after-image-marker" };
    }
    // A caption precedes its stand-alone credit: same paragraph, or ends like a caption ("... on Thursday.").
    if (d.kind === "credit" && d.split === undefined && i > 0) {
      const p = units[i - 1]!;
      const pv = v[i - 1]!;
      // ...but never the report's only story line: a one-paragraph report above a credit is still the story.
      const otherStory = v.some((x, j) => j !== i - 1 && x.kind === "story");
      if (pv.kind === "story" && otherStory && looksLikeCaption(p.text) && (p.para === units[i]!.para || dateWordEndRe.test(p.text))) {
        v[i - 1] = { kind: "caption", rule: "caption-before-credit" };
      }
    }
  }
  const isPictureStuff = (j: number) => {
    const k = v[j]?.kind;
    return k === "caption" || k === "credit" || k === "marker";
  };
  const isChrome = (j: number) => v[j]?.kind === "chrome" || v[j]?.kind === "marker";
  const firstStory = v.findIndex((d) => d.kind === "story");
  let headline = false;
  for (let i = 0; i < n; i++) {
    if (v[i]!.kind !== "heading") continue;
    // The first real heading above the story (among menus, bylines, timestamps) is its headline.
    if (!headline && (firstStory === -1 || i < firstStory) && units[i]!.words >= 4 && !isPictureStuff(i + 1)) {
      v[i] = { kind: "title", rule: "headline" };
      headline = true;
      continue;
    }
    // A headline sitting on a picture is a related-story link, not a heading of this story.
    if (isPictureStuff(i + 1) || isPictureStuff(i - 1)) v[i] = { kind: "chrome", rule: "related-headline" };
    else if (isChrome(i - 1) || isChrome(i + 1)) v[i] = { kind: "chrome", rule: "chrome-cluster" };
    else v[i] = { kind: "title", rule: "subheading" };
  }
  // Short unpunctuated leftovers inside a run of chrome are chrome too ("Sending", "Forgot?").
  for (let i = 1; i < n - 1; i++) {
    if (v[i]!.kind === "story" && units[i]!.words <= cues.shortWords && !SENTENCE_END_RE.test(units[i]!.text) && isChrome(i - 1) && isChrome(i + 1)) {
      v[i] = { kind: "chrome", rule: "chrome-cluster" };
    }
  }
}

/** A caption: descriptive, not a quote, not long. */
function looksLikeCaption(s: string): boolean {
  const t = s.trim();
  if (t.length < 12) return false;
  if (QUOTE_RE.test(t)) return false;
  return countWords(t) <= caps.maxWords;
}

function isHeadingLike(u: Unit): boolean {
  const t = u.text;
  if (u.words > 16) return false;
  if (TERMINAL_RE.test(t)) return false;
  if (/^["“'‘«(\[-]/.test(t)) return false;
  // Lower-case start: a fragment of a sentence, not a heading.
  return !/^\p{Ll}/u.test(t);
}

const EDGE = /[\s\p{P}\p{S}]/u;
/** Length without leading and trailing spaces, punctuation and symbols (lower-casing never shortens it). */
function coreLength(t: string): number {
  let a = 0;
  let b = t.length;
  // By code point: an emoji at the edge is one symbol in two UTF-16 units.
  for (let cp = t.codePointAt(a); a < b && cp !== undefined && EDGE.test(String.fromCodePoint(cp)); cp = t.codePointAt(a)) a += cp > 0xffff ? 2 : 1;
  while (b > a) {
    const low = t.charCodeAt(b - 1);
    const w = low >= 0xdc00 && low <= 0xdfff && b - 2 >= a ? 2 : 1;
    if (!EDGE.test(t.slice(b - w, b))) break;
    b -= w;
  }
  return b - a;
}

function isWeakOnly(t: string): boolean {
  const toks = t.toLowerCase().split(/[\s|·•/,]+/).filter(Boolean);
  return toks.length > 0 && toks.every((w) => weakSet.has(w));
}

/** "Dec. 5, 2024, 10:31 AM EST", "Updated 3 hours ago": nothing left after removing date tokens. */
function isTimestamp(t: string): boolean {
  if (!monthOrDigitRe.test(t)) return false;
  const toks = t.toLowerCase().split(/[\s,.:|·•/()\-–—]+/).filter(Boolean);
  if (toks.length === 0) return false;
  let dated = false;
  for (const w of toks) {
    if (/^\d+(?:st|nd|rd|th|h)?$/.test(w)) {
      dated = true;
      continue;
    }
    if (!stampSet.has(w)) return false;
    if (w !== "on" && w !== "at" && w !== "and" && w !== "of" && w !== "|") dated = true;
  }
  return dated;
}
