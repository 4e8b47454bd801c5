// Pass 1 of extraction: what the whole article tells about every sentence in it —
// its story sentences, main country, the places and actors named, and the lead date.
import type { Block, ExtractInput, Sentence } from "../types.js";
import { classifyBlocks, splitSentences } from "../ingest/index.js";
import { countryHints, findPlaces, resolvePlace, type PlaceMention, type ResolvedPlace } from "../geo/index.js";
import { findActors, findGenericActors, type ActorMention } from "./actors.js";
import { findDates, type DateMention } from "./dates.js";
import { bareCapitals, demonymCapitals, placesByEvidence, possessivePlaces, unitCapitals } from "./places.js";
import { newReportFigures, type Figure } from "./fatalities.js";

export interface PlaceHit {
  mention: PlaceMention;
  place: ResolvedPlace | null;
}

export interface SentenceInfo {
  idx: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph number: sentences of one paragraph share context. */
  para: number;
  dates: DateMention[]; // offsets relative to the sentence
  places: PlaceHit[]; // offsets absolute
  actors: ActorMention[]; // offsets relative to the sentence
  generics: ReturnType<typeof findGenericActors>; // offsets relative to the sentence
}

export interface ArticleContext {
  input: ExtractInput;
  published?: string;
  /** Main country (ISO2) of the report, strongest first. */
  countries: string[];
  sentences: SentenceInfo[];
  /** Most-mentioned non-state actor per country: the one "rebels"/"gunmen" most likely refer to. */
  dominantArmedGroup: Map<string, ActorMention["actor"]>;
  leadDate?: DateMention;
  /** Tolls found in a sentence whose event could not carry them, waiting for the violence told next. */
  pendingFigures: (Figure & { sentenceIdx: number })[];
}

export function buildContext(input: ExtractInput): ArticleContext {
  // Steps as functions of their own: V8 recompiles a function whole when one spot in it meets a new
  // array shape, and as one body this was recompiled several times per 1,000 reports.
  newReportFigures();
  const text = input.text;
  const blocks: Block[] = input.blocks ?? classifyBlocks(text);
  const sentences: Sentence[] = splitSentences(text, blocks);
  const published = input.published?.slice(0, 10);
  const found = placeMentions(text);
  const countries = countryHints(text, found).map((h) => h.code);
  const infos = sentenceInfos(text, sentences, blocks, published);
  // Actors' home countries strengthen the country hints (an HTS report is in Syria).
  const actorCountries = new Map<string, number>();
  for (const si of infos) for (const a of si.actors) if (a.actor.country) actorCountries.set(a.actor.country, (actorCountries.get(a.actor.country) ?? 0) + 1);
  for (const [c] of [...actorCountries].sort((a, b) => b[1] - a[1])) if (!countries.includes(c)) countries.push(c);

  // "in the capital": the capital of the country the report is about.
  replaceIn(found, bareCapitals(text, found, countries[0], published));
  // "in the state capital": the seat of the province or state the report names.
  replaceIn(found, unitCapitals(text, found, countries));
  placeSentences(infos, found, text, countries);
  // No clue named a country ("Gunmen killed six villagers in Gao, police said"): the report is about the
  // country of its first resolved town, so "police" and "the army" speak for that country's forces.
  if (!countries.length) {
    const first = infos.flatMap((si) => si.places).find((p) => p.place?.country && p.mention.kind !== "country");
    if (first?.place?.country) countries.push(first.place.country);
  }
  const leadDate = infos.slice(0, 3).flatMap((s) => s.dates).find((d) => d.precision === 1) ?? titleDate(text, blocks, sentences[0]?.start ?? 0, published);
  return { input, published, countries, sentences: infos, dominantArmedGroup: dominantGroups(infos, countries), leadDate, pendingFigures: [] };
}

/**
 * "Daily field report — Thursday, 5 October 2023": a title above the story that gives a full day, up to
 * three days before publication, dates a lead that gives none (the story's own first days come first).
 */
function titleDate(text: string, blocks: Block[], firstSentence: number, published: string | undefined): DateMention | undefined {
  if (!published) return undefined;
  const latest = Date.parse(published);
  for (const b of blocks) {
    if (b.start >= firstSentence) break;
    if (b.kind !== "title" && b.kind !== "dateline") continue;
    const t = text.slice(b.start, b.end);
    if (!TITLE_DAY.test(t)) continue;
    const d = findDates(t, published).find((x) => x.precision === 1 && Date.parse(x.from) <= latest && latest - Date.parse(x.from) <= 3 * 86_400_000);
    if (d) return d;
  }
  return undefined;
}
/** A day's number beside a month's name, in either order. */
const TITLE_DAY = /\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/;

/** Swaps, in place and keeping text order, the mentions a reading drops for those it adds. */
function replaceIn(found: PlaceMention[], { add, drop }: { add: PlaceMention[]; drop: Set<PlaceMention> }): void {
  if (!add.length) return;
  for (let i = found.length - 1; i >= 0; i--) if (drop.has(found[i]!)) found.splice(i, 1);
  found.push(...add), found.sort((a, b) => a.start - b.start);
}

/** The place names of the text, in order: the finder's, and those the wording vouches for. */
function placeMentions(text: string): PlaceMention[] {
  const found = findPlaces(text);
  // Small places the finder passed over where the wording says they are places ("the town of X").
  // "Cox's Bazar": names with a possessive inside replace the part the finder took for a place.
  replaceIn(found, possessivePlaces(text, found));
  // "the Somali capital": that country's capital, not what the finder took the demonym for.
  replaceIn(found, demonymCapitals(text, found));
  const vouched = placesByEvidence(text, found);
  if (vouched.length) found.push(...vouched), found.sort((a, b) => a.start - b.start);
  return found;
}

/** A group whose own name is an all-lower-case alias ("anti-balaka") that opens the words matched. */
function lowerCaseNamed(a: ActorMention): boolean {
  return a.actor.aliases.some((x) => x === x.toLowerCase() && !/\s/.test(x) && /[a-z]/.test(x) && a.text.startsWith(x) && /^\s/.test(a.text.slice(x.length)));
}

/** Each sentence with its paragraph, dates, actors and generic actors (places are handed out later). */
function sentenceInfos(text: string, sentences: Sentence[], blocks: Block[], published: string | undefined): SentenceInfo[] {
  const infos: SentenceInfo[] = [];
  const storyBlocks = blocks.filter((b) => b.kind === "story");
  // Names valid on the report's lead day ("Taliban" until 15 August 2021, the state's forces after).
  // The first sentences' dates are worked out once, here, and kept for their SentenceInfo below.
  const leadDates = sentences.slice(0, 3).map((s) => findDates(text.slice(s.start, s.end), published));
  const actorDate = leadDates.flat().find((d) => d.precision === 1)?.date ?? published;
  // One pass per finder over all the sentences, not one sentence through every finder in turn: each finder's tables and
  // regexes then stay in the CPU caches from one sentence to the next (as the cue scan, findMentions). Each finder reads
  // its sentence only.
  const texts = sentences.map((s) => text.slice(s.start, s.end));
  const dates = texts.map((st, idx) => leadDates[idx] ?? findDates(st, published));
  // "the al-Qaeda-linked group": a descriptor, not an actor in the story.
  const actors = texts.map((st) =>
    findActors(st, { date: actorDate }).filter(
      (a) =>
        !/^[-‐‑]?\s?(linked|backed|affiliated|aligned|allied|inspired|sponsored|supported|run|controlled|administered|installed|appointed)\b/i.test(st.slice(a.end, a.end + 12)) &&
        // a proper name written all in lower case ("the group's military operations command") is a description,
        // unless the group's own name is written in lower case and opens it ("the anti-balaka militia")
        !(/\s/.test(a.text) && a.text === a.text.toLowerCase() && !lowerCaseNamed(a)),
    ),
  );
  const generics = texts.map((st) => findGenericActors(st));
  for (const [idx, s] of sentences.entries()) {
    const para = storyBlocks.findIndex((b) => s.start >= b.start && s.start < b.end);
    infos.push({ idx, start: s.start, end: s.end, text: texts[idx]!, para, dates: dates[idx]!, places: [], actors: actors[idx]!, generics: generics[idx]! });
  }
  return infos;
}

/** Hands each sentence the place names it holds, resolved with the whole article as context. */
function placeSentences(infos: SentenceInfo[], found: PlaceMention[], text: string, countries: string[]): void {
  const resolvedNear: { lat: number; lon: number }[] = [];
  for (const si of infos) {
    for (const m of found) if (m.start >= si.start && m.end <= si.end) si.places.push({ mention: m, place: null });
  }
  for (const si of infos) {
    for (const p of si.places) {
      p.place = safeResolve(p.mention, { text, countries, near: resolvedNear, mentions: found });
      if (p.place?.latitude != null && p.place.longitude != null && p.mention.kind === "place") {
        resolvedNear.push({ lat: p.place.latitude, lon: p.place.longitude });
      }
    }
  }
}

/** Most-mentioned non-state actor per country: the one "rebels" or "gunmen" most likely refer to. */
function dominantGroups(infos: SentenceInfo[], countries: string[]): Map<string, ActorMention["actor"]> {
  const dominant = new Map<string, ActorMention["actor"]>();
  const counts = new Map<string, { actor: ActorMention["actor"]; n: number }>();
  for (const si of infos) {
    for (const a of si.actors) {
      if (a.actor.inter < 2 || a.actor.inter > 4) continue;
      const c = counts.get(a.actor.name) ?? { actor: a.actor, n: 0 };
      c.n++;
      counts.set(a.actor.name, c);
    }
  }
  for (const { actor, n } of [...counts.values()].sort((a, b) => b.n - a.n)) {
    const key = actor.country || countries[0] || "";
    if (!dominant.has(key)) dominant.set(key, actor);
    void n;
  }

  return dominant;
}

function safeResolve(m: PlaceMention, ctx: Parameters<typeof resolvePlace>[1]): ResolvedPlace | null {
  try {
    return resolvePlace(m, ctx);
  } catch {
    return null;
  }
}
