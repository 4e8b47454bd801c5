// Who says it: speakers attached to attribution verbs ("X said", "according to X", "X told ..."),
// with their kind (monitor, government, armed group, person...) and whether they are a party to the fight.
import { findSources, type SourceMention } from "./sources.js";
import { findActors, findGenericActors, stateForce } from "./actors.js";
import { loadJson, re } from "./lexicon.js";

interface ModalityData {
  attribution_verbs: string;
  claim_verbs: string;
  denial: string;
}

export interface Speaker {
  name: string;
  kind: string;
  party: boolean;
  /** The actor (registry name) the speaker speaks for, when known. */
  affiliation?: string;
  /** ISO2 country the speaker belongs to (a ministry, an army), when known. */
  country?: string;
  start: number;
  end: number;
  /** The speaker only claims it ("claimed responsibility", "said it had"), or denies it. */
  stance: "asserts" | "claims" | "denies";
}

// Titles stripped from person names; roles that make a person a party's voice.
const TITLE = /^(?:(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Lieutenant|Lt\.|Captain|Capt\.|Commander|President|Prime Minister|Minister|Governor|Mayor|Spokesman|Spokeswoman|Spokesperson|Senator|Sheikh|Dr\.|Mr\.|Mrs\.|Ms\.|Brigadier|Admiral|Sergeant)\s+)+/;
export const PERSON = /\b((?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|al-[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|al-[A-Z][a-z]+|bin|ibn|de|da|van|von|[A-Z]\.)){1,3})\b/g;
const PARTY_ROLE = /\b(commander|spokes(?:man|woman|person)|fighters?|official from|member of|leader of|militant|rebel|insurgent|army|military|troops|minister|ministry|government|general staff|president|governor|junta)\b/i;
const ANALYST_ROLE = /\b(analyst|fellow|researcher|expert|professor|lecturer|think tank|director of the [\w ]+ program|scholar)\b/i;
export const NOT_A_NAME = /^(The|A|An|In|On|At|But|And|This|That|These|Those|It|He|She|They|We|Hours|Both|Despite|Army|Police|Residents|Witnesses|Officials|Troops|Soldiers|Rebels)\b/;

let cache: { verbs: RegExp; claim: RegExp; denial: RegExp } | undefined;
function lx() {
  if (!cache) {
    const d = loadJson<ModalityData>("cues/modality.json");
    cache = { verbs: re(d.attribution_verbs, "gi"), claim: re(d.claim_verbs, "i"), denial: re(d.denial, "i") };
  }
  return cache;
}

const SENTENCE_FINAL = /^\s*(?:(?:on|late on|early on|in|late|early)\s+\w+(?:\s+\w+)?|in a statement|yesterday|today|this week|overnight)?\s*[.!?"”’]*\s*$/i;

/** The speakers of one sentence. `country` (ISO2) helps name "the defence ministry". */
export function findSpeakers(sentence: string, opts: { country?: string; date?: string; actors?: ReturnType<typeof findActors> } = {}): Speaker[] {
  const { verbs, claim, denial } = lx();
  const out: Speaker[] = [];
  const verbHits = [...sentence.matchAll(verbs)];
  if (!verbHits.length) return out;
  const sources = findSources(sentence, { country: opts.country });
  const actors = opts.actors ?? findActors(sentence, { date: opts.date });
  const isDenial = denial.test(sentence);

  for (const v of verbHits) {
    const vs = v.index!;
    const ve = vs + v[0].length;
    const verb = v[0].toLowerCase();
    // "according to X", or a post-posed "...,” said X" after a quotation.
    const postposed = verb === "according to" || (/^(said|says|claimed|added)$/.test(verb) && /^\s+(?:[A-Z]|the\s|a\s|an\s)/.test(sentence.slice(ve, ve + 5)) && /(?:[”"’']\s*,?|,\s*[”"’'])\s*$/.test(sentence.slice(0, vs)));
    // The speaker's phrase: after "according to" / a post-posed "said X"; otherwise the words before the verb.
    let [ps, pe] = postposed ? [ve, clauseEnd(sentence, ve)] : [clauseStart(sentence, vs), vs];
    // "..., killing 12 people in fighting with government forces, the Observatory said.": a closing
    // attribution names its speaker after the last comma, not anywhere in the sentence.
    if (!postposed && SENTENCE_FINAL.test(sentence.slice(ve))) {
      const lastComma = sentence.lastIndexOf(",", vs);
      if (lastComma >= ps) ps = lastComma + 1;
    }
    if (pe <= ps) continue;
    const phrase = sentence.slice(ps, pe);
    const stance: Speaker["stance"] = isDenial ? "denies" : claim.test(verb) ? "claims" : "asserts";
    const inPhrase = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= ps && x.end <= pe);
    const src = inPhrase(sources);
    const act = inPhrase(actors);
    for (const s of src) out.push(fromSource(s, stance));
    for (const a of act) {
      if (src.some((s) => s.start <= a.start && s.end >= a.end)) continue;
      const inter = a.actor.inter;
      out.push({
        name: a.actor.name, kind: inter === 1 ? "military" : "armed_group", party: inter <= 4 || inter === 8,
        affiliation: a.actor.name, country: a.actor.country || undefined, start: a.start, end: a.end, stance: stance === "asserts" ? "claims" : stance,
      });
    }
    // "Ukraine's military", "the army", "police": the state's forces of that (or the article's) country.
    if (!src.length && !act.length) {
      for (const g of findGenericActors(phrase)) {
        if (g.kind !== "military" && g.kind !== "police") continue;
        const cc = g.country ?? opts.country;
        if (!cc) continue;
        const f = stateForce(cc, g.kind, opts.date);
        out.push({ name: f.name, kind: "military", party: true, affiliation: f.name, country: cc, start: ps + g.start, end: ps + g.end, stance: stance === "asserts" ? "claims" : stance });
        break;
      }
    }
    // A named person with a role: "Hassan Abdul-Ghani, senior commander of the HTS-led forces, told ..."
    const person = personIn(phrase);
    if (person && !out.some((o) => o.start <= ps + person.start && o.end >= ps + person.end)) {
      const srcName = src[0] ? src[0].name : undefined;
      const role = phrase.slice(person.end);
      const affiliation = act[0]?.actor.name ?? srcName;
      const party = PARTY_ROLE.test(role) || PARTY_ROLE.test(phrase.slice(0, person.start)) || (!!act.length && !src.length);
      if (!ANALYST_ROLE.test(phrase)) {
        out.push({
          name: person.name, kind: party ? "official" : "unnamed", party, affiliation,
          start: ps + person.start, end: ps + person.end, stance: party && stance === "asserts" ? "claims" : stance,
        });
      }
    }
  }
  // one entry per name
  const seen = new Set<string>();
  return out.filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
}

function fromSource(s: SourceMention, stance: Speaker["stance"]): Speaker {
  return {
    name: s.name, kind: s.kind, party: s.party, country: s.country, start: s.start, end: s.end,
    stance: s.party && stance === "asserts" ? "claims" : stance,
  };
}

/** Start of the speaker phrase before a verb: back to the sentence start or a clause break. */
function clauseStart(s: string, verbAt: number): number {
  const left = s.slice(0, verbAt);
  // The nearest "that", ";" or ", and"/", but" that closes an earlier clause.
  let best = 0;
  for (const m of left.matchAll(/(?:;|\bthat\b|[,—–]\s+(?:and|but|while|as|after|before|when)\b|[”"]\s*,?|:)/g)) {
    best = m.index! + m[0].length;
  }
  return best;
}

function clauseEnd(s: string, from: number): number {
  const m = /[.;]|,\s+(?:who|which|and|but|a |an |the )|\s+(?:that|on|in)\s/.exec(s.slice(from));
  return m ? from + m.index : s.length;
}

function personIn(phrase: string): { name: string; start: number; end: number } | undefined {
  let found: { name: string; start: number; end: number } | undefined;
  for (const m of phrase.matchAll(PERSON)) {
    let name = m[1]!;
    let start = m.index!;
    const t = TITLE.exec(name);
    if (t) {
      name = name.slice(t[0].length);
      start += t[0].length;
    }
    if (!/\s/.test(name) || NOT_A_NAME.test(name) || /['’]s\b/.test(name)) continue; // "Russia's Wagner" is no person
    found = { name, start, end: start + name.length };
    break;
  }
  return found;
}
