// Where a mention happened: the place its clause names, else the scene set by earlier sentences.
// Places that are only reference points (a dateline, "London-based", "fled to X") are not locations.
import type { ArticleContext, PlaceHit, SentenceInfo } from "./context.js";
import type { Mention } from "./mentions.js";
import { haversineKm } from "../util/geo-math.js";
import { countryQualifiers } from "./actors.js";
import { tokenize } from "./phrase-trie.js";

// Words that may stand before a place name inside one toponym ("North Kivu", "Port Sudan", "al-Mawasi").
const TOPONYM_PREFIX = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New|Old|Greater|Al|El|Saint|St|San|Santa|Fort|Port|Mount|Lake|Gulf|Cape|Bay|Ras|Tell|Tal|Bab|Deir|Wadi|Jebel|Jabal|Khan|Kafr|Beit|Ein|Umm|Abu|The|In|At|On|Of|From|To|Near|Outside|Inside|Across|Around|Towards?|And|But|Both|Rebels|Troops|Forces|Police|Army|Residents|Officials|Witnesses|Gunmen|Militants|Authorities|Ukrainian|Russian|Syrian|Israeli|Palestinian|Sudanese|Iraqi|Yemeni|Afghan|Pakistani|Indian|Nigerian|Somali|Malian|Congolese|Burmese|Mexican|Colombian)$/;

/** "Lula da Silva", "Ekrem İmamoğlu": a capitalised given name (or a particle after one) just before. */
function partOfPersonName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /(?:^|[\s(“"‘'])(\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:da|de|dos|das|del|van|von|bin|ibn|al)\s+)?$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (TOPONYM_PREFIX.test(word) || /['’]s?$/.test(word)) return false; // "Yemen's Ras Isa" is a place
  // A capitalised word right after a sentence break is not a given name.
  const pre = before.slice(0, before.length - m[0].length + (m[0].length - m[0].trimStart().length));
  if (/(^|[.!?]\s*)$/.test(pre.trimEnd()) && pre.trim() === "") return false;
  return true;
}

const DATELINE = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{2,40})?\s*[—–-]{1,2}\s/;
const DESTINATION = /\b(?:fled|flee|fleeing|escaped|displaced|evacuated|moved|flown|taken|sent|transferred|relocated|headed|travel(?:l)?ed|arrive[ds]?|returned|sought refuge|took refuge)\b(?:\s+[\p{L}'’-]+){0,4}\s+(?:to|in|into|toward|towards)\s+(?:the\s+)?(?:(?:cities|city|towns?|capital|neighbouring|nearby)\s+(?:of\s+)?)?(?:[\p{L}'’-]+\s+(?:and|or)\s+)?$/iu;

export function datelineLength(si: SentenceInfo): number {
  if (si.idx !== 0) return 0;
  return DATELINE.exec(si.text)?.[0].length ?? 0;
}

const namedCache = new WeakMap<SentenceInfo, Set<string>>();
function countriesNamedIn(si: SentenceInfo): Set<string> {
  let set = namedCache.get(si);
  if (!set) {
    set = new Set(countryQualifiers().findAll(tokenize(si.text)).flatMap((h) => h.values));
    for (const p of si.places) if (p.mention.kind === "country" && p.place) set.add(p.place.country);
    namedCache.set(si, set);
  }
  return set;
}

/** A place mention that can be an event's location. */
export function usable(p: PlaceHit, si: SentenceInfo, ctx: ArticleContext): boolean {
  if (!p.place || p.place.latitude == null) return false;
  const rel = p.mention.nameStart - si.start;
  const relEnd = p.mention.nameEnd - si.start;
  if (rel < datelineLength(si)) return false;
  const before = si.text.slice(Math.max(0, rel - 80), rel);
  const after = si.text.slice(relEnd, relEnd + 10);
  if (/\b(?:based|headquartered|registered)\s+in\s+$/i.test(before) || /^-based/.test(after) || /^['’]s\s+(?:army|military|government|troops|forces|defen[cs]e|interior|health)/.test(after)) return false;
  if (/\bfrom\s+(?:the\s+)?$/.test(before.slice(-12)) && !/\b(retak|recaptur|took|seiz|driv|push|expel|withdr|pulled)/i.test(si.text)) return false;
  if (DESTINATION.test(before)) return false;
  // "on its way from Quetta to Peshawar": both ends of a journey are references, not the scene.
  if (/\b(?:way|route|journey|trip|travel(?:l)?ing|bound|heading)\s+(?:back\s+)?(?:from|to)\s+(?:[\w'’-]+\s+){0,3}$/i.test(before.slice(-50)) || /\bfrom\s+[\p{Lu}][\w'’ -]{1,30}\s+to\s+$/u.test(before.slice(-45))) return false;
  if (si.actors.some((a) => rel >= a.start && rel < a.end)) return false;
  if (partOfPersonName(si.text, rel)) return false;
  if (/^(north|south|east|west)(ern|east|west|eastern|western)?$/i.test(p.mention.name)) return false; // "Northeastern Command"
  if (countryQualifiers().lookup(p.mention.name).length && p.mention.kind === "place") return false; // "Canadian" is a demonym
  // A place abroad when the article is about another country is a reference, not a scene.
  const cc = p.place.country;
  if (cc && ctx.countries.length && !ctx.countries.slice(0, 3).includes(cc)) return false;
  // A place outside the report's main country needs that country named in its own sentence
  // ("... in southern Lebanon"); otherwise a same-named place abroad (al-Hamdaniya, Iraq) slips in.
  if (cc && ctx.countries[0] && cc !== ctx.countries[0] && !countriesNamedIn(si).has(cc)) return false;
  return true;
}

function specificity(p: PlaceHit): number {
  if (p.mention.kind === "country") return 0;
  if (p.mention.kind === "admin1" || p.place?.geo_precision === 3) return 1;
  return 2;
}

export function attachPlace(m: Mention, ctx: ArticleContext, earlier: Mention[]): void {
  const si = m.sentence;
  const cands = si.places.filter((p) => usable(p, si, ctx) && p.mention.kind !== "country");
  const [cs, ce] = m.clause;
  const rel = (p: PlaceHit) => p.mention.start - si.start;
  const after = cands.filter((p) => rel(p) >= m.cue.start && rel(p) < ce);
  const before = cands.filter((p) => rel(p) >= cs && rel(p) < m.cue.start);
  const pick =
    [...after].sort((a, b) => rel(a) - rel(b))[0] ??
    [...before].sort((a, b) => specificity(b) - specificity(a) || rel(b) - rel(a))[0] ??
    [...cands].sort((a, b) => specificity(b) - specificity(a) || Math.abs(rel(a) - m.cue.start) - Math.abs(rel(b) - m.cue.start))[0];
  if (pick) {
    m.place = pick;
    return;
  }
  m.placeInherited = true;
  const live = [...earlier].reverse().filter((x) => !x.drop && x.place);
  const samePara = live.find((x) => x.sentence.para === si.para);
  if (samePara) {
    m.place = samePara.place;
    return;
  }
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - 2; i--) {
    const s = ctx.sentences[i]!;
    const p = s.places.filter((x) => usable(x, s, ctx) && x.mention.kind !== "country").sort((a, b) => specificity(b) - specificity(a))[0];
    if (p) {
      m.place = p;
      return;
    }
  }
  if (live[0]) {
    m.place = live[0].place;
    return;
  }
  // The dateline comes late: reporters file from capitals far from the events.
  const first = ctx.sentences[0];
  const dl = first?.places.find((p) => p.place?.latitude != null && p.mention.nameStart - first.start < datelineLength(first) && (!ctx.countries[0] || p.place.country === ctx.countries[0]));
  if (dl) {
    m.place = dl;
    return;
  }
  const all = ctx.sentences.flatMap((s) => s.places.filter((p) => usable(p, s, ctx) && p.mention.kind !== "country" && p.place?.country === ctx.countries[0]));
  if (all[0]) m.place = all[0];
  else {
    const country = ctx.sentences.flatMap((s) => s.places).find((p) => p.mention.kind === "country" && p.place && (!ctx.countries[0] || p.place.country === ctx.countries[0]));
    if (country) m.place = country;
  }
}

/**
 * A later sentence naming a more precise place nearby ("The strike hit a village in Nawnghkio
 * township") refines a mention placed only at a region or "near"/"outskirts of" a town.
 */
export function refinePlace(m: Mention, si: SentenceInfo): void {
  const cur = m.place?.place;
  if (!cur || cur.latitude == null || cur.longitude == null) return;
  const coarse = m.place!.mention.kind !== "place" || cur.geo_precision > 1;
  if (!coarse) return;
  for (const p of si.places) {
    const q = p.place;
    if (!q || q.latitude == null || q.longitude == null || p.mention.kind !== "place" || q.geo_precision !== 1) continue;
    if (q.country !== cur.country) continue;
    if (haversineKm(cur.latitude, cur.longitude, q.latitude, q.longitude) > 150) continue;
    m.place = p;
    return;
  }
}
