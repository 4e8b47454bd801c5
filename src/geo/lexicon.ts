// Word lists the geocoder reads from data/gazetteer/ (knowledge as data; the code stays generic).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "./gazetteer.js";
import { fold } from "./fold.js";
import { WordTrie } from "./word-trie.js";

export interface Cues {
  units: Record<string, number>;
  bearings: Record<string, number>;
  approx: string[];
  /** Distances told in words ("five km from", "a few kilometres west of"): the number each stands for. */
  numberWords: Record<string, number>;
  near: string[];
  outskirts: string[];
  regionBefore: string[];
  regionAfter: string[];
  /** Words after a region's name that name its capital town ("30 km south of the North Kordofan capital"). */
  unitCapitalAfter: string[];
  nearAfter: string[];
  speechAfter: string[];
  personBefore: string[];
  locative: string[];
  /** Words around a name that vouch for a place too small to know by name alone (see accept() in mentions.ts). */
  smallPlace: { before: string[]; beforeOf: string[]; after: string[]; afterFeature: string[]; namesOther: string[] };
  connectors: string[];
  /** Words after a demonym that make it the attacker's ("Russian missiles"), not the scene's country. */
  demonymAttacker: { after: string[] };
  countryActs: { after: string[] };
  /** Words after a demonym that make it a neighbour named as a landmark ("the Afghan border"). */
  demonymNeighbour: { after: string[] };
  /** Words (one or two) after a country's name or demonym that make it a state's office speaking or commanding from afar ("U.S. Africa Command said"). */
  countryOffice: { after: string[] };
  /** A compass word before a name ("central Gaza") that makes it the region, and the regions bare names stand for. */
  compassRegion: { words: string[]; regionWords: string[]; cityPopulation: number; regionOf: Record<string, string> };
  /** Words that, after a comma past an event's cue, open an aside of what was said or charged ("..., accusing X of ..."). */
  asideAfterCue: { words: string[] };
  /** Words right before a name that make it a reference point, not the scene ("a convoy bound for X", "sent from X", "treated in X"). */
  referenceBefore: { words: string[] };
  /** Kinds of named site a clause may give as its only scene ("in Liberty Square"), and those that stand in a city's centre. */
  namedSite: { sites: string[]; cityCentre: string[] };
}

export interface Lexicon {
  cues: Cues;
  common: Set<string>;
  locative: Set<string>;
  connectors: Set<string>;
  speechAfter: Set<string>;
  personBefore: Set<string>;
  smallBefore: Set<string>;
  smallBeforeOf: Set<string>;
  /** smallPlace.after and .afterFeature: the kinds of place and of site. */
  smallAfter: Set<string>;
  /** smallPlace.after only: the kinds of place ("village", "district"), not of site ("church", "road"). */
  smallPlaceNouns: Set<string>;
  smallNamesOther: Set<string>;
  demonymAttacker: Set<string>;
  /** Verbs after a country's name that make it the state that struck, not the scene ("Russia launched"). */
  countryActs: Set<string>;
  demonymNeighbour: Set<string>;
  /** countryOffice.after: one word or two, space-joined. */
  countryOffice: Set<string>;
  /** folded actor phrase -> countries with weight */
  actors: Map<string, { codes: string[]; weight: number }>;
  /** The same actor phrases, as a trie for longest-match walks. */
  actorTrie: WordTrie<{ codes: string[]; weight: number }>;
  actorMaxWords: number;
}

let lex: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (lex) return lex;
  const cues = JSON.parse(readFileSync(join(DATA_DIR, "cues.json"), "utf8")) as Cues;
  const lines = (f: string) =>
    readFileSync(join(DATA_DIR, f), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const common = new Set(lines("common-words.txt").map(fold));
  const actors = new Map<string, { codes: string[]; weight: number }>();
  const actorTrie = new WordTrie<{ codes: string[]; weight: number }>();
  let actorMaxWords = 1;
  for (const l of lines("actors.tsv")) {
    const [name, codes, weight] = l.split("\t");
    if (!name || !codes) continue;
    const k = fold(name);
    const v = { codes: codes.split(",").map((c) => c.trim()), weight: Number(weight) || 1 };
    actors.set(k, v);
    actorTrie.set(k, v);
    actorMaxWords = Math.max(actorMaxWords, k.split(" ").length);
  }
  lex = {
    cues, common, actors, actorTrie, actorMaxWords,
    locative: new Set(cues.locative), connectors: new Set(cues.connectors),
    speechAfter: new Set(cues.speechAfter), personBefore: new Set(cues.personBefore),
    smallBefore: new Set(cues.smallPlace.before), smallBeforeOf: new Set(cues.smallPlace.beforeOf), smallAfter: new Set([...cues.smallPlace.after, ...cues.smallPlace.afterFeature]), smallPlaceNouns: new Set(cues.smallPlace.after), smallNamesOther: new Set(cues.smallPlace.namesOther),
    demonymAttacker: new Set(cues.demonymAttacker.after), countryActs: new Set(cues.countryActs.after), demonymNeighbour: new Set(cues.demonymNeighbour.after),
    countryOffice: new Set(cues.countryOffice.after),
  };
  return lex;
}

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

let siteAfterRe: RegExp | undefined;
/** A site's noun right after a name (" penitentiary", " prison", " stadium": cues.json, smallPlace.afterFeature). */
const siteNounAfter = (): RegExp => (siteAfterRe ??= new RegExp(String.raw`^\s+(?:${lexicon().cues.smallPlace.afterFeature.map(escape).join("|")})\b`, "i"));

/**
 * A one-word name told bare right before a site's noun ("the Litoral penitentiary in Guayaquil"): it names the site, not
 * the region of that name. `after` is the text right after the name.
 */
export function namesSite(m: { name: string; end: number; nameEnd: number }, after: string): boolean {
  return m.end <= m.nameEnd && !/\s/.test(m.name) && siteNounAfter().test(after);
}

/** Regex source for a distance's number, digits or words ("30", "2.5", "five", "a few"), as one capture group. */
export function distanceNumberSource(): string {
  const words = Object.keys(lexicon().cues.numberWords).sort((a, b) => b.length - a.length).map(escape);
  return String.raw`\b(\d+(?:[.,]\d+)?|${words.join("|")})`;
}

/** The number a distance's number stands for ("2,5" is 2.5, "five" is 5); NaN when it is neither. */
export function distanceValue(s: string): number {
  const w = lexicon().cues.numberWords[s.toLowerCase().replace(/\s+/g, " ")];
  return w ?? Number(s.replace(",", "."));
}
