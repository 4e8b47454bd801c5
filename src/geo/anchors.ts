// placeAnchors: where a report says a place lies that the gazetteer does not know (or knows only
// abroad). Villages are mostly missing from a gazetteer of towns, but reports place them:
// "X, a village near Y", "X, about 30 km west of Y", "X lies in the Y district",
// "the village of X in the Y area". An ACLED coder codes such an event at the nearest known
// place the text relates it to (precision 2), never at the dateline or at a far region capital.
import { fold } from "./fold.js";
import type { PlaceMention } from "./mentions.js";
import { distanceNumberSource, distanceValue, lexicon } from "./lexicon.js";
import { allMatches } from "../util/regex.js";

/** A run of capitalised words (Arabic articles, hyphens, apostrophes inside): the unknown name. */
const NAME = String.raw`(?<![\p{L}\p{M}'’-])((?:al-|el-|an-|ad-|ar-|as-|ash-|at-|az-)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:al-|el-|de|da|du|la|le)?\s?\p{Lu}[\p{L}\p{M}'’-]*){0,3})`;
/** Nouns for a small place. */
const SETTLE = String.raw`(?:village|town|hamlet|settlement|locality|community|kebele|commune|area|camp|peninsula|island|suburb|neighbou?rhood|district|township)`;
/** A distance, its number in digits or words ("30 km", "five km", "some 45 km", "a few kilometres"); also read by
 *  extraction to tell a landmark from a scene. */
export const distancePhraseSource = () => String.raw`(?:(?:about|some|around|roughly|nearly|almost|approximately|barely|just|only|over|under|less\s+than|more\s+than|at\s+least)\s+)?${distanceNumberSource()}\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)`;
const num = distancePhraseSource;
/** The relation to the known place: a distance, "near", or (with a noun for an area after the place) "in". */
const rel = () => String.raw`(?:${num()}\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)[\p{L}-]*\s+)?(?:of|from)|${num()}\s+away\s+from|(?:just\s+)?(?:near|outside)|(?:just\s+|due\s+)?(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:ern)?\s+of|close\s+to|not\s+far\s+from|(?<in>in))`;
let anchorRx: RegExp | null = null;
/** The whole pattern, built once on first use (the number words come from the lexicon). */
function anchorRegex(): RegExp {
  return (anchorRx ??= new RegExp(
  String.raw`${NAME}(?:,\s+(?<noun>(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?${SETTLE}\s+)?|(?<said>\s+${SETTLE}\s+|\s+(?:lies|sits|is\s+located|is\s+situated|located|situated)\s+)|(?<bare>\s+))${rel()}\s+(?:(?<cap>the\s+capital)\b(?![\s,]+(?:city\s+(?:of\s+)?)?\p{Lu})|(?:the\s+)?(?:(?!border|frontier|road|highway|line|way|direction)[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}[\p{L}\p{M}]+(?:[\s-]\p{Lu}[\p{L}\p{M}]+){0,2}(?:\s+(?:state|province|region|governorate|county|district))?['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?)?(?=\p{Lu}))`,
  "gu",
  ));
}
// The regex runs only on texts with one of these words (cheap test first).
const KEY = /\b(?:km|kms|kilomet\w*|miles?|near|outside|close to|lies|sits|located|situated|village|town|hamlet|kebele|area)\b/;

/**
 * What every ANCHOR match holds: its relation (`rel`) is a distance unit ("km", "kilometres", "miles"),
 * "near", "outside", a compass word ("north ... of"), "close to", "not far from", or "in". A bare "in" comes
 * right after the name's last word (capitalised, perhaps with its comma), a noun for a place ("a village in")
 * or "lies"/"sits"/"located"/"situated", with whitespace either side. A stretch holding none of these
 * (about half of those with a place in them) is not scanned: ANCHOR starts with a lookbehind, so it is tried
 * at every position. "in" is found first, its lookbehind tested after.
 */
const ANCHOR_NEEDS = new RegExp(
  String.raw`km|kilomet|mile|near|outside|north|south|east|west|close|far|in\s(?<=(?:\p{Lu}[\p{L}\p{M}'’-]*,?|${SETTLE}|lies|sits|located|situated)\s+in\s)`,
  "u",
);

const OF_PLACE_BEFORE = /\b(?:villages?|towns?|hamlets?|settlements?|localit(?:y|ies)|kebeles?|communes?)\s+of\s+$/i;

/**
 * "X, in support of Somali forces", "in response to", "in retaliation for": after "in", a bare word (no
 * article) followed by a preposition is an idiom naming no area, so the capitalised word after it anchors
 * nothing. Words that do name a stretch of land ("in parts of", "in much of") are kept.
 */
const IN_IDIOM = /^\s+(?!(?:parts?|areas?|much|most|all|some|villages?|towns?|districts?|regions?|provinces?|outskirts|north|south|east|west|central)\s)[\p{Ll}-]+\s+(?:of|to|for|with|against|at)\s/u;

const LEAD = /^(?:(?:In|At|On|Near|From|To|Of|The|And|But|When|While|After|Before|As|For|With|By|Then|Outside|Inside|Around)\s+)+/;

export interface Anchor {
  /**
   * The known place the text relates the unknown one to. "About 40 km north of the capital" names
   * no place: `to` then carries only the distance and bearing, and `capital` is set (the capital of
   * the report's country is only known when resolving).
   */
  to: PlaceMention;
  capital?: boolean;
  /** "in the Y area": the scene lies within Y's area rather than at a stated distance or "near". */
  inside: boolean;
  /** "X, north of Y": a bare bearing, no distance and no "near" (it says least of how far X lies). */
  bearingOnly?: boolean;
}

let offsetRx: RegExp | null = null;
const offsetRegex = () => (offsetRx ??= new RegExp(String.raw`${distanceNumberSource()}\s*-?\s*(km|kms|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+)?((?:north|south|east|west)[\p{L}-]*\s+)?(?:of|from|away)`, "iu"));

/** "about 40 km north of the capital": the distance and bearing, on a mention named later. */
function capitalMention(phrase: string, end: number): PlaceMention {
  const m: PlaceMention = { name: "", start: end, end, nameStart: end, nameEnd: end, kind: "place" };
  const o = offsetRegex().exec(phrase);
  const c = lexicon().cues;
  const bearing = o?.[3] ? c.bearings[o[3].trim().toLowerCase()] : undefined;
  if (o && bearing !== undefined) {
    m.offsetKm = distanceValue(o[1]!) * (c.units[o[2]!.toLowerCase()] ?? 1);
    m.bearingDeg = bearing;
  } else m.qualifier = "near";
  return m;
}

// Replaced when full, not clear()ed: see tokenCache in src/extract/phrase-trie.ts.
let cache = new Map<string, Map<string, Anchor>>();

/**
 * Unknown (or foreign-only) names the text relates to a known place, by folded name. Where a name
 * is related twice, the most precise relation wins: a distance or "near" a town over "in" a region.
 */
/** How precise a relation is: a distance, then "near", then "in" a place, then "in" a region. */
function rank(a: Anchor): number {
  return a.to.offsetKm !== undefined ? 3 : !a.inside ? 2 : a.to.kind === "place" ? 1 : 0;
}

/** A bare bearing in an anchor's words ("Atbara, north of the capital"), and a distance's unit (which makes it no bare bearing). */
const BEARING_ONLY = /[\s,](?:just\s+|due\s+)?(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:ern)?\s+of\s/i;
const UNIT = /\b(?:km|kms|kilomet(?:re|er)s?|miles?)\b/i;

export function placeAnchors(text: string, mentions: readonly PlaceMention[]): Map<string, Anchor> {
  const hit = cache.get(text);
  if (hit) return hit;
  const out = new Map<string, Anchor>();
  if (KEY.test(text)) {
    const byStart = new Map(mentions.map((m) => [m.nameStart, m]));
    for (const r of anchorMatches(text, mentions)) {
      // "In Tavira, in the Ségou area": words that only lead into the name are not part of it.
      const name = r[1]!.replace(LEAD, "");
      if (!name) continue;
      const inside = !!r.groups?.in;
      const end = r.index! + r[0].length;
      const to = r.groups?.cap ? capitalMention(r[0], end) : byStart.get(end);
      if (!to || to.kind === "country" || (!r.groups?.cap && fold(to.name) === fold(name))) continue;
      // "in Armenia's southern Syunik province": a possessor is the frame, never the anchor.
      if (/^['’]s\s/.test(text.slice(to.nameEnd, to.nameEnd + 3))) continue;
      // A bare "X in Y" says where X lies only after "the village of"; otherwise it is any phrase
      // ("the Security Service in Kyiv").
      if (r.groups?.bare !== undefined && !OF_PLACE_BEFORE.test(text.slice(Math.max(0, r.index! - 24), r.index!))) continue;
      // "X, in the Y area": a bare "in" after a comma needs Y to name an area (district, province, "the Y area").
      if (inside && r.groups?.noun === undefined && r.groups?.said === undefined && r.groups?.bare === undefined && !to.qualifier && to.kind !== "admin1") continue;
      if (inside && IN_IDIOM.test(text.slice(r.index! + r[0].lastIndexOf(" in ") + 3, to.nameStart))) continue;
      const key = fold(name);
      const prev = out.get(key);
      // "Kamuthe, a village in Garissa county about 100 km south-east of Garissa town": a distance told right after the
      // area places the name more precisely than the area does.
      // (Only after a province, state or county: a district is often as precise as a distance of 100 km or more.)
      const far = inside && to.kind === "admin1" ? distanceAfter(text, to, mentions) : undefined;
      const a: Anchor = far ? { to: far, inside: false } : { to, inside, ...(r.groups?.cap ? { capital: true } : {}), ...(!inside && BEARING_ONLY.test(r[0]) && !UNIT.test(r[0]) ? { bearingOnly: true } : {}) };
      if (!prev || rank(a) > rank(prev)) out.set(key, a);
    }
  }
  if (cache.size > 256) cache = new Map();
  cache.set(text, out);
  return out;
}

/** What may stand between an area and a distance told after it: a comma, "about 100 km south-east of (the town of)". */
const AREA_THEN_DISTANCE = /^,?\s+[^.;:()\n]{1,60}$/;
/**
 * The place right after area `to` that the text puts the name a distance from ("..., a village in Y county, about 40 km
 * north of Z"): the next place named, within a short stretch holding a distance unit, with its distance read.
 */
function distanceAfter(text: string, to: PlaceMention, mentions: readonly PlaceMention[]): PlaceMention | undefined {
  let next: PlaceMention | undefined;
  for (const m of mentions) if (m.nameStart >= to.nameEnd && (!next || m.nameStart < next.nameStart)) next = m;
  if (!next || next.offsetKm === undefined || next.kind === "country") return undefined;
  const gap = text.slice(to.nameEnd, next.nameStart);
  return AREA_THEN_DISTANCE.test(gap) && UNIT.test(gap) ? next : undefined;
}

/** Where a match can never run on: a sentence stop (a period not inside a number like "2.5"), "!", "?", ";". */
const STOP = /[!?;]|\.(?!\d)/g;
const CAPITAL = /\bthe\s+capital\b/;

/**
 * The matches of ANCHOR over the text, as matchAll gives them, but only in the stretches that can
 * yield an anchor: no match holds a sentence stop, so each stretch between stops is matched on its
 * own, and a stretch with no place name starting in it (nor "the capital") is never scanned.
 */
function* anchorMatches(text: string, mentions: readonly PlaceMention[]): Generator<RegExpExecArray> {
  const starts = mentions.filter((m) => m.kind !== "country").map((m) => m.nameStart).sort((a, b) => a - b);
  let from = 0;
  let k = 0;
  STOP.lastIndex = 0;
  for (;;) {
    const stop = STOP.exec(text);
    const to = stop ? stop.index : text.length;
    while (k < starts.length && starts[k]! < from) k++;
    const live = (k < starts.length && starts[k]! < to) || CAPITAL.test(text.slice(from, to));
    const stretch = live ? text.slice(from, to) : "";
    if (live && ANCHOR_NEEDS.test(stretch)) {
      // The stretch alone: its edges are a stop or the text's ends, which look the same to ANCHOR's
      // lookbehind, lookaheads and \b as they do in the whole text.
      for (const r of allMatches(anchorRegex(), stretch)) {
        r.index! += from;
        yield r;
      }
    }
    if (!stop) return;
    from = to + 1;
  }
}
