// findPlaces: toponyms in running text, with the relative phrase around each
// ("35 km north of", "near", "the outskirts of", "... province").
import { fold, looseKey } from "./fold.js";
import { exactRows, gazetteer, looseRows, maxExactWords, NO_ROWS } from "./gazetteer.js";
import { distanceNumberSource, distanceValue, lexicon, type Lexicon } from "./lexicon.js";
import type { PlaceRow } from "./rows.js";
import { wordCharWidth } from "../util/scan.js";

export interface PlaceMention {
  name: string;
  start: number; end: number;
  nameStart: number; nameEnd: number;
  offsetKm?: number;
  bearingDeg?: number;
  /** "near X" / "X area", "the outskirts of X", "X province" (a region), "the X district" (a small area coded at its town X). */
  qualifier?: "near" | "outskirts" | "region" | "district";
  /** "the North Kordofan capital": the region's capital town, not the region. */
  unitCapital?: boolean;
  kind: "place" | "admin1" | "country";
}

// A class, not an object literal: V8 tracks each literal's allocation site and, seeing a report's hundreds of tokens
// alive across a young-generation GC (they live as long as findPlaces does), starts allocating that site's objects
// straight in the old generation ("pretenuring"), which made the token scan several times slower in a warmed
// extraction process than alone (session 26: 42 against 300 µs a report). Objects made by `new` have no such site.
class Tok {
  constructor(
    readonly s: string,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
    /** Written in capitals ("GOMA", "SANA"); only worked out for capitalised tokens. */
    readonly allCaps: boolean,
  ) {}
}

const ARTICLE_LOWER = /^(al|el|ad|ar|as|ash|at|az|an|ez|ed|es)[-‐]\p{Lu}/u;
const LETTER = /\p{L}/u;
const MAX_SPAN = 6;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isJoiner = (c: number) => c === 39 || c === 45 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x2010;

/** An ASCII letter or digit, by char code. */
const asciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Width of the word character (letter, mark, digit) at i: 0 when none, 2 for an astral one. ASCII is
 * decided here, not in the shared wordCharWidth: that helper serves every tokenizer, and its call
 * sites' mixed feedback kept it from being inlined in this loop (measured in session 18: the place
 * scan ran 3-4x slower in a warmed extraction process than the same code alone).
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (asciiWordChar(c) ? 1 : 0) : wordCharWidth(text, i, WORD_CHAR);
}

/**
 * The TOKEN matches of `text` (runs of letters, marks and digits, joined by single hyphens or
 * apostrophes), as [start, end] pairs, scanned by hand: this is the hot loop of place finding.
 */
export function tokenSpans(text: string, joiner: (c: number) => boolean = isJoiner): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!wordCharAt(text, i)) { i++; continue; }
    const start = i;
    i = tokenEndWith(text, i, joiner);
    out.push([start, i]);
  }
  return out;
}

/** The end of the token that starts at `i` (a word character): word characters, single joiners between them. */
function tokenEndWith(text: string, i: number, joiner: (c: number) => boolean): number {
  const n = text.length;
  for (;;) {
    i = wordRunEnd(text, i, n);
    if (i + 1 < n && joiner(text.charCodeAt(i)) && wordCharAt(text, i + 1)) { i++; continue; }
    return i;
  }
}

/** tokenEndWith(text, i, isJoiner), for place finding's own scan: no joiner passed in, so nothing blocks inlining. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    i = wordRunEnd(text, i, n);
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1)) { i++; continue; }
    return i;
  }
}

/** The end of the run of word characters from `i`. */
function wordRunEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!asciiWordChar(c)) break;
      i++;
    } else {
      const w = wordCharWidth(text, i, WORD_CHAR);
      if (!w) break;
      i += w;
    }
  }
  return i;
}

/**
 * Token spans as two flat arrays: token k is text.slice(starts[k], ends[k]); `folds[k]`, its fold(),
 * once someone has worked it out (place finding and country hints fold the same words).
 */
export interface FlatSpans { starts: number[]; ends: number[]; folds: (string | undefined)[] }

// The raw token spans (before a possessive is trimmed) of the last text tokenize() scanned. buildContext
// asks for country hints on the very text it has just found places in: hints reuse this scan.
// (Not pretenured, measured in session 27 with %InYoungGeneration after 2,000 reports: this object, tokenize's
// arrays, countryHints' entries and attachDate's day objects are all born young. The sites a warmed process's
// --trace-pretenuring-statistics still shows as "=> tenure" cost nothing measurable: --no-allocation-site-pretenuring
// changed CPU per report by under 2% side by side, within the host's noise.)
let lastScan: (FlatSpans & { text: string }) | undefined;

/** tokenSpans(text) (with isJoiner), as flat arrays, when place finding has just scanned `text`; else undefined. */
export function scannedSpans(text: string): FlatSpans | undefined {
  return lastScan?.text === text ? lastScan : undefined;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // tokenSpans' scan: each token is made as it is found (no array of spans in between).
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!wordCharAt(text, i)) { i++; continue; }
    const ts = i;
    i = tokenEnd(text, i);
    starts.push(ts);
    ends.push(i);
    let te = i;
    // "Damascus's" / "Aleppo’s": the possessive is not part of the name.
    if (te - ts > 3 && text.charCodeAt(te - 1) === 115 /* s */ && (text.charCodeAt(te - 2) === 39 || text.charCodeAt(te - 2) === 0x2019)) te -= 2;
    const s = text.slice(ts, te);
    const cap = isCapitalised(s);
    const allCaps = cap && s.length > 1 && writtenInCapitals(s);
    out.push(new Tok(s, ts, te, cap, allCaps));
  }
  lastScan = { text, starts, ends, folds: new Array(starts.length) };
  return out;
}

/**
 * `s === s.toUpperCase()` with a letter in it ("GOMA", "SANA"). ASCII by char code: most capitalised
 * tokens are names ("Aleppo"), settled at their second character with no upper-cased copy made;
 * a token with any other character is decided by Unicode case as before.
 */
function writtenInCapitals(s: string): boolean {
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && LETTER.test(s);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

/** Starts with a capital, or with a lower-case Arabic article joined to a capital ("al-Qaim"). */
function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  // ASCII by char code (most tokens); anything else by Unicode case.
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return (c === 97 || c === 101) && ARTICLE_LOWER.test(s); // only "al-", "el-", "ad-"... start with a/e
  const first = s[0]!;
  const lowerFirst = first.toLowerCase();
  return (first !== lowerFirst && first === first.toUpperCase()) || (first === lowerFirst && ARTICLE_LOWER.test(s));
}

/** Prior strength of a candidate before any context: population, feature class, kind. */
export function prior(r: PlaceRow, query: string): number {
  if (r.kind === "country") return fold(r.name) === query ? 6.5 : 4.5;
  if (r.kind === "admin1") return 5;
  // Named seas, gulfs and straits are what a report means by those words (admin units share some names).
  if (r.kind === "feature" && /^(SEA|GULF|STRT|BAY|CHN)$/.test(r.fcode)) return 6;
  let s = Math.log10(r.pop + 1);
  // A seat of government the size of a city (La Paz, The Hague, Cotonou) is the capital reports mean; GeoNames also
  // marks a few hamlets and buildings PPLG, hence the size.
  if (r.fcode === "PPLC" || (r.fcode === "PPLG" && r.pop >= 100_000)) s += 2.5;
  else if (r.fcode === "PPLA") s += 1.5;
  else if (r.fcode === "PPLA2") s += 0.7;
  if (r.curated) s = Math.max(s, 4);
  return s;
}

/** Candidates for a name: exact folded match, else the loose transliteration key. */
export function candidates(name: string, allowLoose = true): { rows: PlaceRow[]; exact: boolean } {
  const g = gazetteer();
  const k = fold(name);
  const rows = exactRows(k, g);
  if (rows.length) return { rows, exact: true };
  if (!allowLoose || k.length < 4) return { rows: [], exact: false };
  return { rows: looseRows(looseKey(k), g), exact: false };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join("|");
const PLACE_NOUNS = ["town", "city", "village", "district", "camp", "settlement", "hamlet", "locality", "capital", "area", "suburb", "neighbou?rhood", "port"];
// "70 km east of the provincial capital, Gardez": a capital named in apposition after a comma;
// "the central Syrian city of X": one more word may stand before the noun.
const PLACE_NOUN = `(?:(?:the\\s+)?(?:(?:border|frontline|front-line|port|key|strategic|besieged|northern|southern|eastern|western|central|nearby|small|coastal|mountain|state|provincial|regional|district|national)\\s+)?(?:[a-z-]+\\s+)?(?:(?:${PLACE_NOUNS.join("|")})\\s+(?:of\\s+)?|capital,\\s+))?`;

interface Patterns {
  offset: RegExp; kmFrom: RegExp; near: RegExp; outskirts: RegExp; regionBefore: RegExp; regionAfter: RegExp; unitCapitalAfter: RegExp; nearAfter: RegExp;
  /** The words any of the five patterns before a name ends on (then whitespace): a cheap necessary test. */
  lastWords: string[];
  /** Strings one of which every match of offset and kmFrom holds (a unit), of offset (a bearing), and of outskirts, lower case (see needles). */
  unitNeedles: string[];
  bearingNeedles: string[];
  outskirtsNeedles: string[];
}

/**
 * The first words of literal phrases, lower case, leaving out any that holds another: a text a
 * case-insensitive (not /u) pattern for one of the phrases matches holds one of them, lower-cased.
 */
function needles(phrases: string[]): string[] {
  const words = [...new Set(phrases.map((p) => p.trim().split(/\s+/)[0]!.toLowerCase()))];
  return words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
}

/** Whether the lower-cased text holds one of the needles. */
const holdsAny = (low: string, needles: string[]): boolean => needles.some((n) => low.includes(n));
let patterns: Patterns | null = null;
function pats(lx: Lexicon): Patterns {
  if (patterns) return patterns;
  const c = lx.cues;
  const dir = "(?:(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:ern)?\\s+)?";
  // "30 km", "five km", "a few kilometres": digits or words.
  const num = distanceNumberSource();
  const outsk = c.outskirts.map((s) => s.replace(/^the\s+/, "").replace(/\s+of$/, ""));
  patterns = {
    offset: new RegExp(`(?:(?:${alt(c.approx)})\\s+)?${num}\\s*-?\\s*(${alt(Object.keys(c.units))})\\s*\\(?[^()]{0,20}?\\)?\\s+(?:to\\s+the\\s+)?(${alt(Object.keys(c.bearings))})\\s+of\\s+${PLACE_NOUN}$`, "i"),
    // "about 30 km from Bambari", "40 km (25 miles) from Mopti": a distance with no bearing is near the town (ACLED precision 2).
    kmFrom: new RegExp(`(?:(?:${alt(c.approx)})\\s+)?${num}\\s*-?\\s*(?:${alt(Object.keys(c.units))})(?:\\s*\\([^()]{0,20}\\))?\\s+(?:away\\s+)?from\\s+${PLACE_NOUN}$`, "i"),
    // "in the desert east of the city of Salamiyah": a bearing with no distance puts the scene near the town
    // (ACLED precision 2), not in it; with a distance the offset pattern above reads it first.
    near: new RegExp(`\\b(?:${alt(c.near)}|(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?\\s+of)\\s+${PLACE_NOUN}$`, "i"),
    outskirts: new RegExp(`(?:(?:on|in|at|from)\\s+)?(?:the\\s+)?${dir}(?:${alt(outsk)})\\s+of\\s+${PLACE_NOUN}$`, "i"),
    regionBefore: new RegExp(`(?:the\\s+)?(?:${alt(c.regionBefore)})\\s+$`, "i"),
    regionAfter: new RegExp(`^\\s+(?:${alt(c.regionAfter)})\\b`, "i"),
    unitCapitalAfter: new RegExp(`^\\s+(?:${alt(c.unitCapitalAfter)})\\b`, "i"),
    nearAfter: new RegExp(`^(?:'s|’s)?\\s+(?:${alt(c.nearAfter)})\\b`, "i"),
    // offset, kmFrom, near, outskirts and regionBefore all end "... <word>\\s+$", the word being
    // "of", "from", a place noun, or the last word of a "near" or region cue.
    unitNeedles: needles(Object.keys(c.units)),
    bearingNeedles: needles(Object.keys(c.bearings)),
    outskirtsNeedles: needles(outsk),
    lastWords: [...new Set(["of", "from", ...PLACE_NOUNS.flatMap((n) => (n.includes("u?") ? [n.replace("u?", "u"), n.replace("u?", "")] : [n])), ...[...c.near, ...c.regionBefore].map((w) => w.trim().split(/\s+/).pop()!.toLowerCase())])],
  };
  return patterns;
}

function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === " " || ch === '"' || ch === "“" || ch === "'" || ch === "(" || ch === "\t") continue;
    return ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === ":" || ch === "—" || ch === "-";
  }
  return true;
}

const SPACE = /\s/u;

/** The word just before `start` (commas and spaces may sit between), lower case; "" when none. */
export function prevWord(text: string, start: number): string {
  const from = Math.max(0, start - 30);
  let e = start;
  while (e > from) {
    const ch = text[e - 1]!;
    if (ch === "," || ch === " " || (ch.charCodeAt(0) > 127 || ch < " " ? SPACE.test(ch) : false)) e--;
    else break;
  }
  let b = e;
  for (let w = letterBefore(text, b, from); w > 0; w = letterBefore(text, b, from)) b -= w;
  return b < e ? text.slice(b, e).toLowerCase() : "";
}

/** Width (1, or 2 for an astral code point) of the letter ending at `i`, or 0 when that is no letter. */
function letterBefore(text: string, i: number, from: number): number {
  if (i <= from) return 0;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  return LETTER.test(text[i - 1]!) ? 1 : 0;
}

export function findPlaces(text: string): PlaceMention[] {
  const lx = lexicon();
  const g = gazetteer();
  const toks = tokenize(text);
  // Each token folded once; a span's key is its tokens' keys joined by spaces, which is what
  // fold() gives for the span's text (spans only join tokens across " " or "-").
  const folded = lazyFolds(toks, lastScan!);
  const masked = maskActors(toks, folded);
  const out: PlaceMention[] = [];
  // Small places: the names the text has vouched for, those still waiting for a vouch, the end of the last place.
  const vouchedKeys = new Set<string>();
  let unvouched: { m: PlaceMention; key: string }[] | undefined;
  let lastPlaceEnd = -1;
  let listAhead: PlaceMention[] = NONE;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || masked[i]) continue;
    const last = lastSpanEnd(toks, masked, text, i, lx);
    const keys: string[] = [folded(i)];
    for (let j = i + 1; j <= last; j++) keys.push(keys[j - i - 1] + " " + folded(j));
    // Spans longer than any exact key their first word starts are not looked up exactly (most are not).
    const sp = keys[0]!.indexOf(" ");
    const maxTokens = last > i ? maxExactWords(sp < 0 ? keys[0]! : keys[0]!.slice(0, sp), g) : 1;
    let hit: { j: number; rows: PlaceRow[]; exact: boolean } | null = null;
    for (let j = last; j >= i; j--) {
      const k = keys[j - i]!;
      const rows = j - i < maxTokens ? exactRows(k, g) : NO_ROWS;
      if (rows.length) {
        // A district known only as a unit ("Nganzai") is read only as one: "in Nganzai district", "the district of
        // Nganzai"; so is one of several words right after a place and a comma ("Tangkal, Lanao del Norte"), not
        // as a town its first words name.
        // "Lanao del Sur", "Surigao del Norte": a unit's name joined by a lower-case connector to a compass word
        // names no town or person, so it is the unit without its word too.
        if (rows.every(isUnitOnly) && !unitWordAfter(text, toks, j) && !AREA_AFTER.test(text.slice(toks[j]!.end, toks[j]!.end + 8)) && !unitWordBefore(text, toks[i]!.start) && !(j > i && lastPlaceEnd >= 0 && /^, $/.test(text.slice(lastPlaceEnd, toks[i]!.start))) && !connectorJoined(toks, i, j)) continue;
        hit = { j, rows, exact: true };
        break;
      }
      // Loose transliteration keys only for an all-capitalised span (its inner words are capitals or connectors).
      if (!toks[j]!.cap || k.length < 4) continue;
      const loose = looseRows(looseKeyOf(k), g);
      if (loose.length) { hit = { j, rows: loose, exact: false }; break; }
    }
    if (!hit) continue;
    const verdict = accept(text, toks, i, hit.j, hit.rows, hit.exact, lx, lastPlaceEnd);
    if (verdict === Verdict.Reject) continue;
    const m = buildMention(text, toks[i]!.start, toks[hit.j]!.end, hit.rows, lx);
    if (verdict === Verdict.Unvouched || verdict === Verdict.ListAhead) {
      // Read on as if no place began here; kept only if the text vouches for the name elsewhere,
      // or (a name that a list goes on from) if the next name of the list is a place.
      (unvouched ??= []).push({ m, key: keys[hit.j - i]! });
      if (verdict === Verdict.ListAhead) listAhead = listAhead.length && LIST_JOIN.test(text.slice(listAhead.at(-1)!.nameEnd, m.nameStart)) ? [...listAhead, m] : [m];
      continue;
    }
    // "Kafr Batna, Douma and Harasta": a name inside a longer one a list goes on from is part of it, not a place of its own.
    const holder = listAhead.at(-1);
    if (holder && holder.nameStart < m.nameStart && m.nameEnd <= holder.nameEnd) {
      i = hit.j;
      continue;
    }
    if (hit.rows.every((r) => r.pop < SMALL_POP)) vouchedKeys.add(keys[hit.j - i]!);
    // "hit Ariha and Saraqib": the small names a list of places opens with are places too.
    if (listAhead.length && LIST_JOIN.test(text.slice(listAhead.at(-1)!.nameEnd, m.nameStart))) {
      for (const a of listAhead) if (!out.some((o) => o.nameStart < a.nameEnd && a.nameStart < o.nameEnd)) out.push(a);
      out.sort((a, b) => a.nameStart - b.nameStart);
    }
    listAhead = NONE;
    out.push(m);
    lastPlaceEnd = m.nameEnd;
    i = hit.j;
  }
  return unvouched ? withVouchedElsewhere(out, unvouched, vouchedKeys) : out;
}

/**
 * Adds the small places the text vouches for elsewhere ("in Torodi ... Torodi residents said"),
 * each replacing any shorter mention found inside its name.
 */
function withVouchedElsewhere(out: PlaceMention[], unvouched: { m: PlaceMention; key: string }[], vouched: Set<string>): PlaceMention[] {
  const add = unvouched.filter((u) => vouched.has(u.key)).map((u) => u.m);
  if (!add.length) return out;
  const kept = out.filter((o) => !add.some((a) => o.nameStart < a.nameEnd && a.nameStart < o.nameEnd));
  return [...kept, ...add].sort((a, b) => a.nameStart - b.nameStart);
}

/** Tokens i..j name a part of a country by a compass word after a lower-case connector ("Lanao del Sur", "Agusan del
 *  Norte"); a name joined so without one may be a person's ("Francisco de Miranda", a municipality and an avenue). */
const COMPASS_LAST = /^(?:Sur|Norte|Sul|Nord|Sud|Este|Oeste|Oriental|Occidental)$/;
function connectorJoined(toks: Tok[], i: number, j: number): boolean {
  if (j < i + 2 || !COMPASS_LAST.test(toks[j]!.s)) return false;
  for (let k = i + 1; k < j; k++) if (!toks[k]!.cap) return true;
  return false;
}

/** An admin2 unit (a district, LGA, territory) with no town of its name: see scripts/build-gazetteer.ts. */
const isUnitOnly = (r: PlaceRow) => r.fcode === "ADM2";
const ADMIN1_WORD = /^(?:state|province|region|governorate)$/i;
/** The words of second-level units, told after ("Rutshuru territory") or before ("the district of Nawa") a name. */
const UNIT_WORDS = String.raw`district|territory|county|township|department|municipality|municipio|tehsil|local\s+government\s+area|lga|woreda|cercle|commune|prefecture|sub-?county|sub-?district|division|locality`;
const UNIT_WORD_AFTER = new RegExp(String.raw`^\s+(?:${UNIT_WORDS}|territoire|zone|sub-?division|hromada|province|regency)\b`, "i");
/** "Kajuru local government area", "Rutshuru territory": an administrative unit's word right after offset `end`. */
export const unitWordAt = (text: string, end: number) => UNIT_WORD_AFTER.test(text.slice(end, end + 28));
const unitWordAfter = (text: string, toks: Tok[], j: number) => unitWordAt(text, toks[j]!.end);
/** "in Niger state's Shiroro area", "the Tsafe area": a district known only as a unit, told by the area it names. */
const AREA_AFTER = /^\s+area\b/i;
/** "the municipality of Heliodoro Castillo", "the district of Nawa": a unit's word and "of" right before offset `start`. */
const UNIT_WORD_BEFORE = new RegExp(String.raw`\b(?:${UNIT_WORDS})\s+of\s+$`, "i");
const unitWordBefore = (text: string, start: number) => UNIT_WORD_BEFORE.test(text.slice(Math.max(0, start - 32), start));

/**
 * The last token a place name starting at token i may end on: tokens joined by a single space or
 * hyphen, none inside an actor's name, inner words capitalised or connectors ("Deir ez-Zor",
 * "Bab al-Hawa"); only the last word may be lower case, when the gazetteer has that exact phrase
 * ("Yarmouk camp"). At most MAX_SPAN tokens.
 */
function lastSpanEnd(toks: Tok[], masked: boolean[], text: string, i: number, lx: Lexicon): number {
  let last = i;
  for (let k = i + 1; k < toks.length && k < i + MAX_SPAN; k++) {
    if (masked[k]) break;
    // Joined by exactly one space or hyphen.
    const at = toks[k - 1]!.end;
    if (toks[k]!.start - at !== 1) break;
    const gap = text.charCodeAt(at);
    if (gap !== 32 && gap !== 45) break;
    last = k;
    if (!toks[k]!.cap && !lx.connectors.has(toks[k]!.s.toLowerCase())) break;
  }
  return last;
}

/** Two tokens with one space between them (module-level: no closure made per candidate). */
function adjacent(text: string, a: Tok, b: Tok): boolean {
  return text.slice(a.end, b.start) === " ";
}

/** Unvouched, but a list of places goes on after it ("Ariha and Saraqib"): a place if the next name is. */
const enum Verdict { Reject, Accept, Unvouched, ListAhead }
const NONE: PlaceMention[] = [];
/** The words between two names of one list. */
const LIST_JOIN = /^(?:,? (?:and|or) |, )$/;
/** A list of names goes on after a name. */
const LIST_AHEAD = /^(?:,? (?:and|or) |, )\p{Lu}/u;
const listGoesOnAfter = (text: string, end: number) => LIST_AHEAD.test(text.slice(end, end + 8));

function accept(text: string, toks: Tok[], i: number, j: number, rows: PlaceRow[], exact: boolean, lx: Lexicon, lastPlaceEnd: number): Verdict {
  const first = toks[i]!;
  const strong = rows.some((r) => r.kind === "country" || r.kind === "admin1" || r.curated);
  const maxPop = Math.max(...rows.map((r) => r.pop));
  const words = toks.slice(i, j + 1);
  if (words.every((w) => lx.common.has(fold(w.s)))) {
    // Only ordinary words: accept only a country or curated feature ("United States", "Red Sea"), or a
    // capitalised region with its unit word ("Unity state": South Sudan's state, not unity) or told in
    // capitals throughout ("the West Bank", "Blue Nile").
    if (!rows.some((r) => r.kind === "country" || r.kind === "feature") && !(first.cap && i < j && !sentenceInitial(text, first.start) && rows.some((r) => r.kind === "admin1") && (ADMIN1_WORD.test(words[words.length - 1]!.s) || words.every((w) => w.cap)))) return Verdict.Reject;
  }
  // "The marches passed off peacefully": a name whose only capital is an ordinary word opening the sentence ("The")
  // and whose other words are lower case is that ordinary phrase, not the region "The Marches" ("in Unity state",
  // capitalised inside the sentence, is still a state).
  if (i < j && lx.common.has(fold(first.s)) && sentenceInitial(text, first.start) && words.every((w, k) => k === 0 || !w.cap)) return Verdict.Reject;
  // A unit known only as a district was matched with its unit word after it ("Nganzai LGA"): that is enough.
  if (rows.every(isUnitOnly)) return Verdict.Accept;
  if (!exact && ((maxPop < 5000 && !strong) || (i === j && (first.s.length < 6 || sentenceInitial(text, first.start))))) return Verdict.Reject;
  // A place too small to know by name alone: people, peoples and groups share names with villages
  // somewhere (a full GeoNames import holds millions), so the words around it must say a place is
  // meant, here or where the text names it again.
  const small = !strong && maxPop < SMALL_POP;
  // "Begum Rokeya University", "the Komala party", "Jubaland security forces": the name of something else.
  if (small && toks[j + 1] && /^[ \t]+$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start)) && lx.smallNamesOther.has(toks[j + 1]!.s.toLowerCase())) return Verdict.Reject;
  // "Pushkin Square", "Kirov Street", "the upper Naryn river": a square, street or river named after a town, a
  // region or a person lies elsewhere; that name is no scene (a known feature of that name still is).
  if (toks[j + 1] && text.slice(toks[j]!.end, toks[j + 1]!.start) === " " && streetAfter(text, toks[j + 1]!.s, first.start) && !rows.some((r) => r.kind === "feature")) return Verdict.Reject;
  const ok = small && !vouchedAsPlace(text, toks, i, j, lx, lastPlaceEnd) ? Verdict.Unvouched : Verdict.Accept;
  const nextWord = toks[j + 1] && text.slice(toks[j]!.end, toks[j + 1]!.start).trim() === "" ? toks[j + 1]!.s.toLowerCase() : "";
  const prevW = prevWord(text, first.start).replace(/\.$/, "");
  // "Police in Nekemte said": a body "in" a name with a speech verb after speaks from its town; the name is no person.
  const personal = (lx.speechAfter.has(nextWord) && !BODY_IN.test(text.slice(Math.max(0, first.start - 30), first.start))) || lx.personBefore.has(prevW);
  // "President Omar Bashir said": a person, even where a village shares the name, unless the words around say a place.
  if (i !== j) return ok === Verdict.Unvouched ? (personal ? Verdict.Reject : listGoesOnAfter(text, toks[j]!.end) ? Verdict.ListAhead : ok) : ok;
  // Short all-caps words are acronyms ("SANA", "RSF") unless a country or a dateline ("GOMA, Congo —").
  if (first.allCaps && first.s.length <= 4 && !rows.some((r) => r.kind === "country")) {
    if (!(sentenceInitial(text, first.start) && /^,/.test(text.slice(first.end)))) return Verdict.Reject;
  }
  if (!strong && personal) return Verdict.Reject;
  if (/^\p{Lu}[\p{Ll}]*$/u.test(first.s) === false && !first.allCaps && !ARTICLE_LOWER.test(first.s) && !/['’\-]/.test(first.s)) return Verdict.Reject;
  // Part of a longer proper name ("Vladimir Putin", "Omar Hassan") unless the neighbour is a cue word.
  const next = toks[j + 1], prev = toks[i - 1];
  // ("Kukawa LGA", "Nawa District": a unit word in capitals after the name is no second word of a proper name.)
  const properNeighbour =
    (next && next.cap && adjacent(text, first, next) && !lx.common.has(fold(next.s)) && !unitWordAfter(text, toks, j)) ||
    (prev && prev.cap && adjacent(text, prev, first) && !lx.common.has(fold(prev.s)) && !sentenceInitial(text, prev.start));
  // (A name matched only loosely, "Al-Baraa Ibn Malik", is part of a longer name even where a curated place shares its key.)
  if (properNeighbour && (!strong || !exact) && maxPop < 100000) return Verdict.Reject;
  if (sentenceInitial(text, first.start)) return strong || maxPop >= 10000 ? Verdict.Accept : Verdict.Reject;
  // "Idlib, Ariha and Saraqib": a name the list before it vouches for is read as the list's places are;
  // "North Kivu's Rutshuru territory": so is one its own words vouch for, owned by a place before it.
  if (lx.locative.has(prevW) || strong || maxPop >= 1000 || (small && ok === Verdict.Accept && inListAfter(text, first.start, lastPlaceEnd))) return ok;
  // (A name with a region's word after it, "Manipur's Tamenglong district", is read as that unit elsewhere.)
  if (ok === Verdict.Accept && /\p{L}['’]s\s+$/u.test(text.slice(Math.max(0, first.start - 6), first.start)) && !lx.cues.regionAfter.includes(nextWord)) return ok;
  return small && listGoesOnAfter(text, toks[j]!.end) ? Verdict.ListAhead : Verdict.Reject;
}

/** The word after a name that makes it a street's, square's or river's name ("Kangundo Road" in Nairobi lies 40 km
 *  from Kangundo). A lower-case "road" stays a road to or through the town ("on the Mora road", "the Beni-Kasindi road"). */
const NAMED_AFTER = /^(?:Square|Street|Avenue|Boulevard|Road|Prospekt|Prospect|[Rr]iver)$/;
/** ...and a lower-case street word, unless "a" or "an" makes the name the street's town ("on a Managua avenue", "a
 *  Bahir Dar street" lie in those towns; "near the Abancay avenue" in Lima does not lie in Abancay). */
const STREET_LOWER = /^(?:avenue|boulevard|street)$/;
function streetAfter(text: string, word: string, nameStart: number): boolean {
  if (NAMED_AFTER.test(word)) return true;
  return STREET_LOWER.test(word) && !/^an?$/i.test(prevWord(text, nameStart));
}

/** "Police in", "authorities at": a body named by the town it sits in. */
const BODY_IN = /\b(?:police|authorities|officials|residents|witnesses|activists)\s+(?:in|at)\s+$/i;

/** The name at `at` follows the place that ended at `lastPlaceEnd` in a list ("Goma, Bukavu", "Masisi and Rutshuru"). */
function inListAfter(text: string, at: number, lastPlaceEnd: number): boolean {
  return lastPlaceEnd >= 0 && at - lastPlaceEnd <= 6 && LIST_JOIN.test(text.slice(lastPlaceEnd, at));
}

/** Below this population (and not curated, no country or admin1) a name needs words around it saying it is a place. */
const SMALL_POP = 1000;
const AND_OR = /^,? (?:and|or) $/;
const LIST_GOES_ON = /^(?: and | or |, (?!who\b|said\b|says\b|told\b)\p{Lu})/u;
const APPOSITION = /^, (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:village|town|city|settlement|hamlet|camp|locality|district|suburb|neighbou?rhood|port|market town|border town)\b/u;

/** "Shasha, a village on the road to ...": the words after a name (ending at `end`) say what kind of place it is. */
export function placeInApposition(text: string, end: number): boolean {
  return APPOSITION.test(text.slice(end, end + 48));
}

/** "the city of ", "the northern border town of ": words right before a name that tell it as a town (not the region or
 *  the country named like it, and a scene the sentence places there). */
export const TOWN_OF_BEFORE = /\b(?:town|city|village|kibbutz|settlement)\s+of\s+$/i;

/** "the village of X", "north of X", "parts of X": the words before the "of" before `start` are a kind of place or a bearing. */
export function placeNounOfBefore(text: string, start: number, lx: Lexicon): boolean {
  if (prevWord(text, start) !== "of") return false;
  let e = start;
  while (e > 0 && (text[e - 1] === " " || text[e - 1] === ",")) e--;
  return lx.smallBeforeOf.has(prevWord(text, e - 2));
}

/**
 * "in X", "near X", "the village of X", "north of X", "X village", or a dateline ("X, Congo —"):
 * the words around a small place's name say a place is meant.
 */
function vouchedAsPlace(text: string, toks: Tok[], i: number, j: number, lx: Lexicon, lastPlaceEnd: number): boolean {
  const start = toks[i]!.start;
  // "Istiklal Avenue", "Bolan Pass", "Kasindi airport": the name itself says what the place is.
  if (j > i && lx.smallAfter.has(toks[j]!.s.toLowerCase())) return true;
  // "Shasha, a village on the road to ...", "Kasindi, a town in eastern Congo".
  if (placeInApposition(text, toks[j]!.end)) return true;
  // "in Masisi and Rutshuru", "over Ashkelon, Sderot and Netivot": one of a list of places.
  if (lastPlaceEnd >= 0 && start - lastPlaceEnd <= 6) {
    const join = text.slice(lastPlaceEnd, start);
    // A bare comma joins a list only when the list goes on ("Goma, Bukavu and Uvira"), not before
    // an appositive person ("the governor of Kivu, Jean Bamba, said").
    if (AND_OR.test(join) || (join === ", " && LIST_GOES_ON.test(text.slice(toks[j]!.end, toks[j]!.end + 12)))) return true;
  }
  if (lx.smallBefore.has(prevWord(text, start)) || placeNounOfBefore(text, start, lx)) return true;
  const next = toks[j + 1];
  if (next && /^[ \t]+$/.test(text.slice(toks[j]!.end, next.start)) && lx.smallAfter.has(next.s.toLowerCase())) return true;
  return toks[i]!.allCaps && sentenceInitial(text, start) && /^,/.test(text.slice(toks[j]!.end));
}

// The same capitalised words recur in report after report ("Reuters", "President"): their loose
// keys are remembered (bounded, cleared when full).
const looseMemo = new Map<string, string>();
function looseKeyOf(folded: string): string {
  let k = looseMemo.get(folded);
  if (k === undefined) {
    if (looseMemo.size >= 20_000) looseMemo.clear();
    looseMemo.set(folded, (k = looseKey(folded)));
  }
  return k;
}

/**
 * Each token's fold(), worked out the first time it is asked for (most tokens never are). A token
 * that is its whole span (no possessive trimmed) shares its fold with the scan, for country hints.
 */
function lazyFolds(toks: Tok[], scan: FlatSpans): (i: number) => string {
  const trimmed: (string | undefined)[] = [];
  return (i) => {
    const t = toks[i]!;
    return t.end === scan.ends[i] ? (scan.folds[i] ??= fold(t.s)) : (trimmed[i] ??= fold(t.s));
  };
}

/**
 * Whether a token's fold may start with "a" or "e": it starts with one, or with a non-ASCII letter
 * (which folding may strip or turn into one). Most lower-case words are not folded to learn they are no article.
 */
function mayFoldToArticle(s: string): boolean {
  const c = s.charCodeAt(0) | 32;
  return c === 97 || c === 101 || s.charCodeAt(0) >= 128;
}

/** Tokens inside an actor's name ("Free Syrian Army", "al-Shabaab"): never the start of a place name. */
function maskActors(toks: Tok[], folded: (i: number) => string): boolean[] {
  const trie = lexicon().actorTrie;
  const masked = new Array<boolean>(toks.length).fill(false);
  for (let i = 0; i < toks.length; i++) {
    // Actor names start with a capital or an Arabic article ("al-Shabaab").
    if (!toks[i]!.cap && !(toks[i]!.s.length <= 6 && mayFoldToArticle(toks[i]!.s) && /^(al|el|ad|ar|as|ash|an|at)$/.test(folded(i)))) continue;
    const cur = trie.walk();
    let end = -1;
    for (let j = i; j < toks.length && cur.step(folded(j)); j++) if (cur.value) end = j;
    if (end < 0) continue;
    for (let m = i; m <= end; m++) masked[m] = true;
    i = end;
  }
  return masked;
}

/**
 * Whether `before` ends in one of `words` (ASCII, lower case) and then whitespace, as every
 * pattern read before a name needs. Their `i` flag matches ASCII letters only to ASCII letters,
 * so lower-casing the tail decides it exactly.
 */
function mayRelate(before: string, words: readonly string[]): boolean {
  let e = before.length;
  while (e > 0 && SPACE.test(before[e - 1]!)) e--;
  if (e === before.length || e === 0) return false;
  // "... the provincial capital, Gardez": the word before the comma decides.
  if (before[e - 1] === ",") e--;
  const tail = before.slice(Math.max(0, e - 16), e).toLowerCase();
  for (const w of words) if (tail.endsWith(w)) return true;
  return false;
}

let compassBefore: { any: RegExp; part: RegExp; anyEnds: Set<string> | null; partEnds: Set<string> | null } | undefined;

/** The last three characters of every word, lower case ("ern" for "northern"), or null when one of them is
 *  not three ASCII letters (then no word is ruled out by them). */
function lastThree(words: string[]): Set<string> | null {
  const out = new Set<string>();
  for (const w of words) {
    const e = w.slice(-3).toLowerCase();
    if (!/^[a-z]{3}$/.test(e)) return null;
    out.add(e);
  }
  return out;
}

/**
 * Whether the compass tail regex (a word of the list, then whitespace, at the end) may match `before`: its last
 * word ends (before the trailing whitespace, which the regex needs) with the last three letters of a word of the
 * list. The regex, with Unicode case folding, is tried at every offset of the 120 characters; most names follow
 * "in ", which this rules out at once. Characters outside ASCII (which may fold to a letter) leave it to the regex.
 */
function mayEndWithWord(before: string, ends: Set<string> | null): boolean {
  if (!ends) return true;
  const t = before.trimEnd(); // the regex's \s and trimEnd's white space are the same set
  if (t.length === before.length) return false;
  const last = t.slice(-3);
  for (let i = 0; i < last.length; i++) if (last.charCodeAt(i) > 127) return true;
  return ends.has(last.toLowerCase());
}

/** One of the words `ws` ending the text before a name. (Module-level: tsx names each closure it makes, even one made
 *  on every call and used only on the first.) */
function compassTail(ws: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}-])(?:${ws.map((w) => w.replace(/-/g, "[-\\s]?")).join("|")})\\s+$`, "iu");
}

/**
 * "northern Idlib", "southern Kherson", "central Gaza": a compass word before a name that is also a region's
 * (a first-level unit, or one `compassRegion.regionOf` names) makes it that region, not its namesake town;
 * a large city's quarters ("eastern Aleppo") stay the city's.
 */
function compassRegion(m: PlaceMention, before: string, rows: PlaceRow[], lx: Lexicon): void {
  const { words, regionWords, cityPopulation, regionOf } = lx.cues.compassRegion;
  compassBefore ??= { any: compassTail([...words, ...regionWords]), part: compassTail(words), anyEnds: lastThree([...words, ...regionWords]), partEnds: lastThree(words) };
  const region = regionOf[m.name];
  if (region && mayEndWithWord(before, compassBefore.anyEnds) && compassBefore.any.test(before)) {
    m.name = region;
    m.qualifier = "region";
  } else if (mayEndWithWord(before, compassBefore.partEnds) && compassBefore.part.test(before) && rows.some((r) => r.kind === "admin1") && !rows.some((r) => r.kind === "country" || (r.kind === "place" && r.pop >= cityPopulation))) {
    // ("northern Mexico" is the country's north, not Mexico state's)
    m.qualifier = "region";
  }
}

function buildMention(text: string, nameStart: number, nameEnd: number, rows: PlaceRow[], lx: Lexicon): PlaceMention {
  const p = pats(lx);
  const name = text.slice(nameStart, nameEnd);
  const m: PlaceMention = { name, start: nameStart, end: nameEnd, nameStart, nameEnd, kind: "place" };
  const after = text.slice(nameEnd, nameEnd + 40);
  let r: RegExpExecArray | null;
  // "30 km south of the North Kordofan capital": the capital town is the place, the distance is from it.
  const unitCap = p.unitCapitalAfter.exec(after);
  const whole = text.slice(Math.max(0, nameStart - 120), nameStart);
  const before = unitCap ? whole.replace(/\bthe\s+$/i, "") : whole;
  const cut = whole.length - before.length; // "the " left out before a unit's capital
  // The distance and outskirts patterns are tried only where the text before holds words they need
  // (a unit, a bearing or "from", an outskirts word): most names follow "of" or "in" with none of them.
  const low = mayRelate(before, p.lastWords) ? before.toLowerCase() : "";
  const unit = low && holdsAny(low, p.unitNeedles);
  if (!low) {
    // None of the patterns before the name can match: no offset, no qualifier from before.
  } else if (unit && holdsAny(low, p.bearingNeedles) && (r = p.offset.exec(before))) {
    const unit = lx.cues.units[r[2]!.toLowerCase().replace(/\s+/g, " ")] ?? 1;
    m.offsetKm = Math.round(distanceValue(r[1]!) * unit * 100) / 100;
    m.bearingDeg = lx.cues.bearings[r[3]!.toLowerCase()];
    m.start = nameStart - cut - r[0].length;
  } else if (unit && low.includes("from") && (r = p.kmFrom.exec(before))) {
    m.qualifier = "near";
    m.start = nameStart - cut - r[0].length;
  } else if (holdsAny(low, p.outskirtsNeedles) && (r = p.outskirts.exec(before))) {
    m.qualifier = "outskirts";
    m.start = nameStart - cut - r[0].length;
  } else if ((r = p.near.exec(before))) {
    m.qualifier = "near";
    m.start = nameStart - cut - r[0].length;
  } else if ((r = p.regionBefore.exec(before))) {
    m.qualifier = "region";
    m.start = nameStart - cut - r[0].length;
  }
  if ((r = unitCap)) {
    m.unitCapital = true;
    m.end = nameEnd + r[0].length;
  } else if ((r = p.regionAfter.exec(after)) && m.offsetKm === undefined) {
    m.qualifier = "region";
    m.end = nameEnd + r[0].length;
  } else if (!m.qualifier && m.offsetKm === undefined && (r = p.nearAfter.exec(after))) {
    m.qualifier = /outskirts|suburbs|environs/i.test(r[0]) ? "outskirts" : /district/i.test(r[0]) ? "district" : "near";
    m.end = nameEnd + r[0].length;
  }
  if (!m.qualifier && m.offsetKm === undefined) compassRegion(m, before, rows, lx);
  const q = fold(name);
  const top = [...rows].sort((a, b) => prior(b, q) - prior(a, q))[0]!;
  if (m.qualifier === "region" || top.kind === "admin1") m.kind = "admin1";
  else if (top.kind === "country") m.kind = "country";
  // Trim leading whitespace the patterns may have swallowed.
  while (m.start < nameStart && /\s/.test(text[m.start]!)) m.start++;
  return m;
}
