// countryHints: which countries an article is about, from its dateline, the countries,
// demonyms and capitals it names, the actors it mentions, and its unambiguous places.
import type { PlaceMention } from "./mentions.js";
import { fold } from "./fold.js";
import { gazetteer } from "./gazetteer.js";
import { lexicon, namesSite } from "./lexicon.js";
import { candidates, findPlaces, prior, scannedSpans, tokenSpans, type FlatSpans } from "./mentions.js";
import { WordTrie } from "./word-trie.js";

// Weights: a dateline is the strongest single clue; names and actors add up with diminishing returns.
// A place the text puts the story in ("in Dnipro") outweighs a demonym, which often names the attacker
// ("a Russian missile struck ... in Dnipro"), not where it happened.
const W = { dateline: 10, countryName: 4, demonym: 2.5, capital: 3, place: 2, placeIn: 3, repeat: 0.5, cap: 12 };
// The object of a strike, a raid or a capture is its scene as much as "in X" ("Russian missiles struck Kharkiv",
// "Israeli forces entered the town of Jenin").
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|around|inside|into|on the outskirts of|struck|hit|shelled|bombed|bombarded|pounded|targeted|attacked|raided|stormed|entered|captured|seized|retook|recaptured)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|occupied\s+)?(?:(?:town|city|village|port|district)\s+of\s+)?$/i;

/** A candidate town that dwarfs all its namesakes (ten times their people together, and a city itself). */
function dominant(rows: readonly { country: string; pop: number; kind: string }[]): { country: string } | undefined {
  const towns = rows.filter((r) => r.kind === "place");
  const top = towns.reduce<(typeof towns)[number] | undefined>((b, r) => (!b || r.pop > b.pop ? r : b), undefined);
  if (!top || top.pop < 50_000) return undefined;
  const rest = towns.reduce((s, r) => s + (r === top ? 0 : r.pop || 0), 0);
  return top.pop >= 10 * rest ? top : undefined;
}

let nameIndex: Map<string, { code: string; w: number }> | null = null;
let nameTrie: WordTrie<{ code: string; w: number }> | null = null;

/** The same names as a trie, for longest-match walks over a text's words. */
function countryNameTrie(): WordTrie<{ code: string; w: number }> {
  countryNames();
  return nameTrie!;
}

function countryNames(): Map<string, { code: string; w: number }> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map();
  for (const c of gazetteer().countries.values()) {
    const add = (s: string, w: number) => {
      const k = fold(s);
      if (!k || nameIndex!.has(k)) return;
      nameIndex!.set(k, { code: c.code, w });
    };
    add(c.name, W.countryName);
    for (const a of c.aliases) if (a.length > 2 || a === a.toUpperCase()) add(a, W.countryName);
    for (const d of c.demonyms) {
      add(d, W.demonym);
      add(d + "s", W.demonym);
    }
  }
  nameTrie = new WordTrie();
  for (const [k, v] of nameIndex) nameTrie.set(k, v);
  return nameIndex;
}

const DATELINE = /^\s*([\p{Lu}][\p{Lu}\p{M}'’.\- ]{1,40}?)(?:,\s*([\p{L}\p{M}'’.\- ]{2,40}?))?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s/u;

/** Where the first sentence ends (a full stop before a space and a capital, or a paragraph break). */
function leadSentenceEnd(text: string): number {
  const m = /[.!?]["”’]?\s+(?=[\p{Lu}"“])|\n\s*\n/u.exec(text.slice(0, 600));
  return m ? m.index : Math.min(text.length, 600);
}

/** Verbs after a country's name that make it its government speaking ("Rwanda has denied", "Kyiv said"). */
const SPEAKS_AFTER = /^\s+(?:(?:has|have|had|also|repeatedly|strongly)\s+)*(?:said|says|denied|denies|accused|accuses|rejected|rejects|blamed|blames|condemned|condemns|warned|warns|insisted|insists|dismissed|claimed|claims)\b/i;

/** Words before a country that name it only as the neighbour across a border. */
const BORDER_REF = /\b(?:(?:across|over)\s+the\s+border\s+(?:from|in|into)|(?:the|its|a|their)\s+border\s+with|bordering|(?:from|in)\s+neighbou?ring)\s+(?:the\s+)?$/i;

const IN_COUNTRY = /\b(?:in|across|inside|throughout)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A country's score grows with each clue, with diminishing returns, up to a cap. */
function addHint(countries: ReadonlyMap<string, unknown>, score: Map<string, number>, code: string, w: number): void {
  if (!countries.has(code)) return;
  const prev = score.get(code) ?? 0;
  score.set(code, Math.min(W.cap + W.dateline, prev + (prev > 0 ? Math.min(w, W.repeat * w) : w)));
}

/** Word joiners here: apostrophes and the hyphen (place finding also joins on ʼ, ‘ and ‐). */
const hintJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;
const OTHER_JOINERS = /[\u02bc\u2018\u2010]/;

/**
 * The text's words. Place finding has usually just scanned the same text: where the text holds none
 * of the joiners only place finding uses, its tokens are exactly these words, and its scan is reused.
 */
function wordSpans(text: string): FlatSpans {
  const known = scannedSpans(text);
  if (known && !OTHER_JOINERS.test(text)) return known;
  const spans = tokenSpans(text, hintJoiner);
  return { starts: spans.map((s) => s[0]), ends: spans.map((s) => s[1]), folds: new Array(spans.length) };
}

// Replaced when full, not clear()ed: see tokenCache in src/extract/phrase-trie.ts.
let hintCache = new Map<string, { code: string; weight: number }[]>();

/** `places`: the text's place mentions when the caller has them already (saves a second pass). */
export function countryHints(text: string, places?: readonly PlaceMention[]): { code: string; weight: number }[] {
  const hit = hintCache.get(text);
  if (hit) return hit;
  const g = gazetteer();
  const lx = lexicon();
  const score = new Map<string, number>();
  // Countries only actors point to ("al-Shabaab" to Somalia), and those of towns told as the scene.
  const actorOnly = new Set<string>(), sceneCountries = new Set<string>(), otherClue = new Set<string>();
  const add = (code: string, w: number) => addHint(g.countries, score, code, w);
  const addOther = (code: string, w: number) => (add(code, w), otherClue.add(code));
  // Dateline: "BAMAKO, Mali —" or "KYIV (Reuters) -".
  const d = DATELINE.exec(text.slice(0, 120));
  let datelineCountry = "";
  if (d) {
    const second = d[2] ? countryNames().get(fold(d[2])) : undefined;
    if (second) addOther(second.code, W.dateline);
    else {
      const c = candidates(d[1]!, false).rows.filter((r) => r.kind !== "admin1");
      const q = fold(d[1]!);
      const best = c.sort((a, b) => prior(b, q) - prior(a, q))[0];
      if (best) {
        addOther(best.country, W.dateline);
        // Reporters file from capitals far from the story ("DAKAR —" over a report on Mali).
        if (best.fcode === "PPLC") datelineCountry = best.country;
      }
    }
  }
  // The lead sentence's countries, by name: a bare dateline ("DAKAR —") over a lead that names
  // another country is where the reporter filed from, a weaker clue than the country of the story.
  const leadEnd = d ? leadSentenceEnd(text) : 0;
  const leadNamed = new Set<string>(), leadAny = new Set<string>();
  // Country names, aliases, demonyms and actors: the longest known phrase at each capitalised word.
  const { starts, ends, folds } = wordSpans(text);
  const wordAt = (j: number) => text.slice(starts[j]!, ends[j]!);
  const foldAt = (j: number) => (folds[j] ??= fold(wordAt(j))); // each word folded once, on demand
  // "Sudan's": a word ending in a possessive, read in place.
  const possessive = (j: number) => ends[j]! - starts[j]! >= 2 && text.charCodeAt(ends[j]! - 1) === 115 /* s */ && (text.charCodeAt(ends[j]! - 2) === 39 || text.charCodeAt(ends[j]! - 2) === 0x2019);
  const names = countryNameTrie();
  for (let i = 0; i < starts.length; i++) {
    // Names are capitalised ("al-Shabaab" aside). An ASCII first letter is read by its code (this runs for every
    // word of the report); any other character by its lower case, as before.
    const code = text.charCodeAt(starts[i]!);
    const lowerFirst = code < 128 ? code < 65 || code > 90 : text[starts[i]!]! === text[starts[i]!]!.toLowerCase();
    if (lowerFirst && !((code === 97 || code === 101) && /^(al|el)-/i.test(wordAt(i)))) continue;
    const w0 = wordAt(i);
    const actorAt = lx.actorTrie.walk();
    const nameAt = names.walk();
    let n = 0;
    let a: { codes: string[]; weight: number } | undefined;
    let c: { code: string; w: number } | undefined;
    for (let j = i; j < starts.length && (actorAt.alive || nameAt.alive); j++) {
      const f = foldAt(j);
      actorAt.step(f);
      // "Sudan's Gezira state": a country's possessive names the country.
      nameAt.step(j > i && possessive(j - 1) ? "" : possessive(j) ? fold(text.slice(starts[j]!, ends[j]! - 2)) : f);
      if (actorAt.value || nameAt.value) (n = j - i + 1), (a = actorAt.value), (c = nameAt.value);
    }
    if (!n) continue;
    if (a) for (const code of a.codes) add(code, a.weight), actorOnly.add(code);
    // "CAIRO — Egyptian jets struck ...": an actor of the dateline's country in the lead keeps it the story's.
    if (a && starts[i]! < leadEnd) for (const code of a.codes) leadAny.add(code);
    // "Niger state", "Niger State": another country's first-level unit named like a country, no clue to that country.
    if (c && i + n < starts.length && foldAt(i + n) === "state" && candidates(text.slice(starts[i]!, ends[i + n]!), false).rows.some((r) => r.kind === "admin1" && r.country !== c!.code)) {
      i += n;
      continue;
    }
    // "on the Niger River", "the Congo Basin", "the Niger Delta": a river or a land named like a country, no clue to it.
    if (c && i + n < starts.length && /^(?:river|delta|basin)$/.test(foldAt(i + n))) {
      i += n;
      continue;
    }
    if (c && !(n === 1 && w0.length <= 3 && w0 !== w0.toUpperCase())) {
      // "Cúcuta, across the border from Venezuela": the neighbour is a landmark, barely a clue to the story's country,
      // less than a force's demonym ("near the border with Libya, the Chadian army said": Chad).
      if (BORDER_REF.test(text.slice(Math.max(0, starts[i]! - 40), starts[i]!))) {
        addOther(c.code, W.repeat / 2);
        i += n - 1;
        continue;
      }
      // "Russian missiles struck Kharkiv", "near the Afghan border": the attacker or a landmark, barely a clue.
      // "Russia launched drones at Kyiv": the state that struck, likewise.
      // "U.S. Africa Command said", "the French foreign ministry said", "U.S. air strikes": a state's office speaking
      // from afar, or its forces (a name used as a demonym), likewise.
      const next = (c.w === W.demonym || c.w === W.countryName) && i + n < starts.length ? foldAt(i + n) : "";
      const office = next && (lx.countryOffice.has(next) || (i + n + 1 < starts.length && lx.countryOffice.has(next + " " + foldAt(i + n + 1))));
      if (next && (office || (c.w === W.demonym ? lx.demonymAttacker.has(next) || lx.demonymNeighbour.has(next) : lx.countryActs.has(next) || lx.demonymAttacker.has(next)))) {
        addOther(c.code, W.repeat);
        i += n - 1;
        continue;
      }
      // "Rwanda denied involvement": a government speaking, not a scene; it counts like a demonym.
      addOther(c.code, c.w === W.countryName && SPEAKS_AFTER.test(text.slice(ends[i + n - 1]!, ends[i + n - 1]! + 40)) ? W.demonym : c.w);
      if (starts[i]! < leadEnd && starts[i]! >= d![0].length) {
        // Only "in (northern) Mali", "in Sudan's Gezira state" says where the story is ("Russia's Wagner group" does not).
        const where = c.w === W.countryName && IN_COUNTRY.test(text.slice(Math.max(0, starts[i]! - 40), starts[i]!));
        (where ? leadNamed : leadAny).add(c.code);
      }
    }
    i += n - 1;
  }
  // Places named in the text whose candidates all lie in one country (capitals count more).
  // A city that dwarfs its namesakes (Goma, DRC beside a Philippine hamlet), told as the scene, counts as if it were alone.
  for (const m of places ?? findPlaces(text)) {
    if (m.kind === "country") continue;
    // The candidates other than countries, read in one pass (no filtered copy, no set of their countries: a
    // name may have hundreds of namesakes, and this runs for every place of every report): the first, whether
    // all lie in its country, whether one is a capital, whether one is a town.
    const all = candidates(m.name, false).rows;
    let first: (typeof all)[number] | undefined;
    let oneCountry = true, capital = false, town = false;
    for (const r of all) {
      if (r.kind === "country") continue;
      if (!first) first = r;
      else if (r.country !== first.country) oneCountry = false;
      if (r.fcode === "PPLC") capital = true;
      if (r.kind === "place") town = true;
    }
    // "at the Litoral penitentiary in Guayaquil": a region's one-word name told bare before a site's noun names the site,
    // no clue to the region's country.
    if (!town && namesSite(m, text.slice(m.end, m.end + 30))) continue;
    const one = first !== undefined && oneCountry;
    const locative = LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
    if (one) addOther(first!.country, capital ? W.capital : locative ? W.placeIn : W.place);
    // ("near Mandera": the qualifier is part of the mention, so the scene's word is read before the name)
    // ("in a village about 100 km south-east of Garissa": a place told with a distance and bearing is the scene's anchor)
    const scene = locative || m.offsetKm !== undefined || (m.nameStart > m.start && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.nameStart - 40), m.nameStart)));
    if (one && scene && town) sceneCountries.add(first!.country);
    else if (locative) {
      const top = dominant(all.filter((r) => r.kind !== "country"));
      if (top) addOther(top.country, W.placeIn);
    }
  }
  if (datelineCountry && leadNamed.size && !leadNamed.has(datelineCountry) && !leadAny.has(datelineCountry)) {
    score.set(datelineCountry, (score.get(datelineCountry) ?? 0) - W.dateline);
  }
  sceneOverActors(score, sceneCountries, [...actorOnly].filter((c) => !otherClue.has(c)));
  const out = [...score].map(([code, weight]) => ({ code, weight })).sort((a, b) => b.weight - a.weight);
  if (hintCache.size > 256) hintCache = new Map();
  hintCache.set(text, out);
  return out;
}

/**
 * "Al-Shabaab fighters attacked a police post in Mandera": a town told as the scene that lies in one country
 * only outweighs a country no clue but an actor's home points to (the group fights across the border).
 */
function sceneOverActors(score: Map<string, number>, scenes: Set<string>, actorOnly: string[]): void {
  if (!scenes.size || !actorOnly.length) return;
  const strongestScene = Math.max(...[...scenes].map((c) => score.get(c) ?? 0));
  for (const c of actorOnly) {
    if (scenes.has(c)) continue;
    const w = score.get(c) ?? 0;
    if (w >= strongestScene) score.set(c, strongestScene - 0.01);
  }
}
