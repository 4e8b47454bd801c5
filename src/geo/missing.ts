// Places a report names that the gazetteer cannot find: "the village of X", "X village", "X, a town
// near ...", a dateline, "near X". Wrong places on unseen reports come mostly from such villages (see
// eval/extract/README.md), so `sitrep gazetteer missing` lists them for a desk to add: a GeoNames dump
// of the country (`sitrep gazetteer import XX.txt`) or its own rows. The cue words are the ones that
// vouch for a small place in findPlaces (data/gazetteer/cues.json, smallPlace).
import { fold } from "./fold.js";
import { lexicon, type Lexicon } from "./lexicon.js";
import { candidates, findPlaces, placeInApposition, placeNounOfBefore, prevWord, type PlaceMention } from "./mentions.js";
import { resolvePlace } from "./resolve.js";
import { reverseGeocode } from "./reverse.js";
import { countryHints } from "./hints.js";
import { gazetteer } from "./gazetteer.js";

/** How the text says the name is a place, strongest first. */
export type MissingCue = "place noun" | "apposition" | "distance" | "dateline" | "preposition";

export interface MissingMention {
  name: string;
  start: number;
  end: number;
  cue: MissingCue;
  /** Where the text itself puts it ("X, 10 km south of Y", "X, near Y"): a point to check before adding it. */
  suggested?: SuggestedPoint;
}

export interface SuggestedPoint {
  lat: number;
  lon: number;
  /** The words it comes from ("10 km south of Siocon"). */
  from: string;
}

// A run of capitalised words, with the particles of Arabic, Romance and other place names between
// them ("Kafr al-Sitrep", "Nova Zambezia", "Jebel Moya"); hyphens and apostrophes inside words.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
const PARTICLE = String.raw`(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|de|del|da|do|dos|das|du|la|le|les|bin|ibn|abu|umm)`;
const NAME = new RegExp(String.raw`${WORD}(?:[ ](?:${PARTICLE}[- ])?${WORD}){0,3}`, "gu");

const COMPOUND_ADJECTIVE = /-(?:held|controlled|run|led|backed|based|majority|dominated|speaking|sponsored|era|out|occupied|linked|allied|aligned)$/iu;

let demonyms: Set<string> | null = null;
/** "Syrian", "Congolese", "Afghans": country demonyms (data/countries.json) and their plurals. */
function isDemonym(key: string): boolean {
  if (!demonyms) {
    demonyms = new Set();
    for (const c of gazetteer().countries.values()) for (const d of c.demonyms) demonyms.add(fold(d)).add(fold(d) + "s");
  }
  return demonyms.has(key);
}

// A word inside a run of capitals that makes it an organisation's name ("Islamic State West Africa Province").
const ORG_WORD = /^(?:State|Front|Army|Forces|Movement|Brigades?|Party|Union|Council|Liberation|Resistance|Alliance)$/u;

function inActorName(run: string, rest: string, lx: Lexicon): boolean {
  const next = /^[ \t]+([\p{L}-]+)/u.exec(rest)?.[1] ?? "";
  if (run.split(" ").slice(0, -1).some((w) => ORG_WORD.test(w))) return true;
  return lx.actors.has(fold(run)) || (next !== "" && lx.actors.has(fold(`${run} ${next}`)));
}

function cueFor(text: string, start: number, end: number, lx: Lexicon, leading: string): MissingCue | null {
  const before = leading || prevWord(text, start);
  const afterM = /^[ \t]+([\p{L}-]+)( of\b)?/u.exec(text.slice(end, end + 28));
  const after = afterM?.[1]?.toLowerCase() ?? "";
  if (lx.smallNamesOther.has(after)) return null; // "X University", "the X party": something else's name
  // "Kwahaslalek village", "Shadaw township"; not a site ("Pentecostal church", "Nile road"), and not
  // a word that describes the place named next ("the Amazon town of Puyo").
  if (lx.smallPlaceNouns.has(after)) return afterM![2] ? null : "place noun";
  if (before === "of" && placeNounOfBefore(text, start, lx)) return "place noun";
  if (placeInApposition(text, end)) return "apposition";
  // "KASINDI, Congo —": a dateline the gazetteer cannot place.
  if (start < 3 && /^,\s*\p{Lu}/u.test(text.slice(end, end + 4))) return "dateline";
  if (lx.smallBefore.has(before)) return "preposition";
  return null;
}

/** The names in `text` that the words around them say are places and that the gazetteer cannot find. */
export function missingPlaceMentions(text: string): MissingMention[] {
  const lx = lexicon();
  const out: MissingMention[] = [];
  let places: PlaceMention[] | undefined;
  for (const m of text.matchAll(NAME)) {
    // Inside an actor's name ("Islamic State West Africa Province"): no place.
    if (inActorName(m[0], text.slice(m.index! + m[0].length, m.index! + m[0].length + 24), lx)) continue;
    let name = m[0];
    let start = m.index!;
    // "In Kasindi", "The Kasindi camp": a capitalised ordinary word starts the run, not the name.
    let leading = "";
    for (let sp = name.indexOf(" "); sp > 0 && lx.common.has(fold(name.slice(0, sp))); sp = name.indexOf(" ")) {
      leading = name.slice(0, sp).toLowerCase();
      name = name.slice(sp + 1);
      start += sp + 1;
    }
    // "Congo's Ituri", "Kyiv's Holosiivskyi": the part after a possessive is the name; "Haiti's" alone is none.
    const poss = /^.*['’]s /u.exec(name);
    if (poss) {
      leading = "";
      name = name.slice(poss[0].length);
      start += poss[0].length;
    }
    if (/['’]s$/u.test(name)) continue;
    const end = start + name.length;
    const key = fold(name);
    if (key.length < 3 || key.split(" ").every((w) => lx.common.has(w)) || lx.actors.has(key)) continue;
    // "Syrian", "Houthi-held", "Muslim-majority": who holds or lives there, not a place's name.
    if (isDemonym(key) || COMPOUND_ADJECTIVE.test(name)) continue;
    // "Sitrep University", "Sitrep Market": a site or an institution, not a village to add.
    const last = key.slice(key.lastIndexOf(" ") + 1);
    if (key.includes(" ") && (lx.smallNamesOther.has(last) || (lx.smallAfter.has(last) && !lx.smallPlaceNouns.has(last)))) continue;
    // Known names (exact or by transliteration), and runs that start with a known place ("Goma Tuesday").
    if (candidates(name).rows.length || candidates(name.split(" ")[0]!, false).rows.length) continue;
    let cue = cueFor(text, start, end, lx, leading);
    if (cue === null && !NEXT_IS_DISTANCE.test(text.slice(end, end + 40))) continue;
    const suggested = anchorPoint(text, start, end, (places ??= findPlaces(text)));
    // "Dorokala, about 20 km west of Maiduguri": placed by distance from a known town.
    if (cue === null) {
      if (!suggested) continue;
      cue = "distance";
    }
    out.push(suggested ? { name, start, end, cue, suggested } : { name, start, end, cue });
  }
  return out;
}

// A name followed by a distance or nearness ("X, about 20 km west of", "X, near"): worth looking for an anchor.
const NEXT_IS_DISTANCE = /^,\s+(?:(?:some|about|around|roughly|nearly|just|a few)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a few|several|near|outside|north|south|east|west)/i;

// Between an unknown name and the known place that anchors it: ", about", ", a village some", " lies".
const ANCHOR_GAP = /^(?:,?\s+(?:(?:a|an|the|which|lies|is|located|situated|some|about|around|roughly|nearly|almost|just|small|farming|fishing|remote|border|village|town|hamlet|settlement|locality|camp)\s+)*)$/i;

/**
 * A known place right after the name that says where it lies by distance or nearness ("Liki, some
 * 10 km south-east of Arbinda"; "Kwala village, a few kilometres from Mangu town"): that point.
 */
function anchorPoint(text: string, start: number, end: number, places: PlaceMention[]): SuggestedPoint | undefined {
  const m = places.find((p) => p.start >= end && p.start - end <= 60);
  if (!m || m.kind !== "place" || (m.offsetKm === undefined && m.qualifier !== "near")) return undefined;
  if (!ANCHOR_GAP.test(text.slice(end, m.start))) return undefined;
  const r = resolvePlace(m, { text, mentions: places });
  if (!r || r.latitude === null || r.longitude === null) return undefined;
  // A point outside the country the report is about is a wrong namesake of the anchor: no suggestion.
  const country = countryHints(text)[0]?.code;
  if (country && reverseGeocode(r.latitude, r.longitude)?.country !== country) return undefined;
  return { lat: r.latitude, lon: r.longitude, from: text.slice(m.start, m.end) };
}

export interface MissingPlace {
  name: string;
  /** Mentions over all reports, and those with a cue stronger than a preposition. */
  mentions: number;
  strong: number;
  reports: number;
  /** The countries the reports that name it are about (countryHints' first), most reports first. */
  countries: { code: string; reports: number }[];
  /** One report naming it, and the words around the first mention there. */
  example: { id: string; snippet: string };
  /** Where a report itself puts it (the first such), to check before `sitrep gazetteer add`. */
  suggested?: SuggestedPoint & { id: string };
}

/** Counts, over a corpus, the names reports say are places and the gazetteer cannot find. */
export class MissingPlaceTally {
  private byKey = new Map<string, MissingPlace & { seen: Set<string>; byCountry: Map<string, number> }>();

  add(id: string, text: string): void {
    const found = missingPlaceMentions(text);
    if (!found.length) return;
    const country = countryHints(text)[0]?.code ?? "";
    for (const f of found) {
      const key = fold(f.name);
      let p = this.byKey.get(key);
      if (!p) {
        const snippet = text.slice(Math.max(0, f.start - 60), Math.min(text.length, f.end + 60)).replace(/\s+/g, " ").trim();
        p = { name: f.name, mentions: 0, strong: 0, reports: 0, countries: [], example: { id, snippet }, seen: new Set(), byCountry: new Map() };
        this.byKey.set(key, p);
      }
      p.mentions++;
      if (f.suggested && !p.suggested) p.suggested = { ...f.suggested, id };
      if (f.cue !== "preposition") p.strong++;
      if (!p.seen.has(id)) {
        p.seen.add(id);
        p.reports++;
        if (country) p.byCountry.set(country, (p.byCountry.get(country) ?? 0) + 1);
      }
    }
  }

  /** Names with at least `minStrong` strong mentions, most reports first. */
  list(minStrong = 0): MissingPlace[] {
    return [...this.byKey.values()]
      .filter((p) => p.strong >= minStrong)
      .map(({ seen: _seen, byCountry, ...p }) => ({
        ...p,
        countries: [...byCountry].map(([code, reports]) => ({ code, reports })).sort((a, b) => b.reports - a.reports || a.code.localeCompare(b.code)),
      }))
      .sort((a, b) => b.reports - a.reports || b.strong - a.strong || a.name.localeCompare(b.name));
  }
}
