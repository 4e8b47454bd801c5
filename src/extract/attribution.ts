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

/** A speaker phrase that is just "the military" / "the armed forces" (possibly with a spokesman). */
const BARE_MILITARY = /^\s*(?:a\s+spokes(?:man|woman|person)\s+for\s+)?the\s+(military|armed forces|military command|high command)(?:['’]s\s+spokes(?:man|woman|person))?\s*,?\s*$/i;

const SENTENCE_FINAL = /^\s*(?:(?:on|late on|early on|in|late|early)\s+\w+(?:\s+\w+)?|in a statement|yesterday|today|this week|overnight)?\s*[.!?"”’]*\s*$/i;

/** The speakers of one sentence. `country` (ISO2) helps name "the defence ministry". */
export function findSpeakers(sentence: string, opts: { country?: string; date?: string; actors?: ReturnType<typeof findActors> } = {}): Speaker[] {
  // A sentence's speakers are asked for more than once (its own mentions, then as an earlier event's
  // follow-up): remembered per sentence, keyed by the sentence's actor list. Callers never mutate them.
  if (!opts.actors) return speakersOf(sentence, opts);
  let memo = speakerMemo.get(opts.actors);
  if (!memo) speakerMemo.set(opts.actors, (memo = new Map()));
  const key = `${opts.country ?? ""}\u0000${opts.date ?? ""}\u0000${sentence}`;
  let hit = memo.get(key);
  if (!hit) memo.set(key, (hit = speakersOf(sentence, opts)));
  return hit;
}

const speakerMemo = new WeakMap<object, Map<string, Speaker[]>>();

function speakersOf(sentence: string, opts: { country?: string; date?: string; actors?: ReturnType<typeof findActors> }): Speaker[] {
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
      // "The military said": a bare "the military" speaks for the state's forces (as a role word
      // alone it is too vague: "military operations"), so it is read here, before a speech verb.
      const bare = BARE_MILITARY.exec(phrase);
      const cc0 = opts.country;
      if (bare && cc0 && !findGenericActors(phrase).length) {
        const f = stateForce(cc0, "military", opts.date);
        out.push({ name: f.name, kind: "military", party: true, affiliation: f.name, country: cc0, start: ps + bare.index + bare[0].length - bare[1]!.length, end: ps + bare.index + bare[0].length, stance: stance === "asserts" ? "claims" : stance });
      }
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
      // "..., said Ahmed Hassan, a spokesman for the regional government": the appositive after a
      // post-posed name carries the role even beyond the speaker phrase.
      const role = postposed ? sentence.slice(ps + person.end, Math.min(sentence.length, ps + person.end + 80)).split(/[.;]/)[0]! : phrase.slice(person.end);
      const affiliation = act[0]?.actor.name ?? srcName;
      const party = PARTY_ROLE.test(role) || PARTY_ROLE.test(phrase.slice(0, person.start)) || (!!act.length && !src.length);
      if (!ANALYST_ROLE.test(phrase)) {
        out.push({
          name: person.name, kind: party ? "official" : "unnamed", party, affiliation,
          start: ps + person.start, end: ps + person.end, stance: party && stance === "asserts" ? "claims" : stance,
        });
      }
    }
    // "A spokesperson for the regional administration said": a speaker known only by a role.
    if (!out.some((o) => o.start >= ps && o.end <= pe) && !person) {
      const r = roleSpeaker(phrase);
      if (r) out.push({ ...r, start: ps + r.start, end: ps + r.end, stance: r.party && stance === "asserts" ? "claims" : stance });
    }
  }
  // one entry per name
  const seen = new Set<string>();
  return out.filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
}

// A role noun that ends a speaker phrase, with an optional "for/of the <body>" after it.
const ROLE_HEAD = /(?:^|[\s,])((?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|commissioner|governor|mayor|administrator|director|chief|head|council|agency|office|administration|authority|committee|commission|coordinator|commander|prefect|deputy|administrator)(?:['’]s\s+office)?(?:\s+(?:for|of|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)\s*,?\s*$/i;

/**
 * A speaker named only by a role ("the district commissioner", "a spokesperson for the regional
 * administration"): kept as a source under that description. Medical roles are independent
 * witnesses; news bodies are outlets (state ones a party); other officials speak for a side.
 */
function roleSpeaker(phrase: string): Omit<Speaker, "stance"> | undefined {
  const m = ROLE_HEAD.exec(phrase);
  if (!m) return undefined;
  const raw = m[1]!;
  if (raw.split(/\s+/).length > 9 || NOT_A_ROLE.test(raw)) return undefined;
  const start = m.index + m[0].indexOf(raw);
  const name = raw.replace(/^(?:a|an|the)\s+/i, "").trim();
  const medical = /\b(?:hospital|clinic|medical|health|morgue|ambulance)\b/i.test(name);
  const outlet = /\b(?:news|agency|newspaper|broadcaster|television|radio)\b/i.test(name) && !/\bspokes/i.test(name);
  const kind = medical ? "medical" : outlet ? "outlet" : "official";
  const party = medical ? false : outlet ? /\b(?:state|official|government)\b/i.test(name) : true;
  return { name, kind, party, start, end: start + raw.length };
}

/** Role words in phrases that are no speaker ("the head of the attack", "the office was hit"). */
const NOT_A_ROLE = /\b(?:attack|bomb|strike|blast|fire|building|head of state)\b/i;

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
