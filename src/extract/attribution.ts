// Who says it: speakers attached to attribution verbs ("X said", "according to X", "X told ..."),
// with their kind (monitor, government, armed group, person...) and whether they are a party to the fight.
import { findSources, type SourceMention } from "./sources.js";
import { countryQualifiers, findActors, findGenericActors, stateForce } from "./actors.js";
import { loadJson, re } from "./lexicon.js";
import { allMatches } from "../util/regex.js";
import type { ArticleContext, SentenceInfo } from "./context.js";

interface ModalityData {
  attribution_verbs: string;
  /** An attribution verb used as a participle ("five people accused of ..."): nobody speaks there. */
  attribution_participle: string;
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
export const PERSON = /\b((?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|al-[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|al-[A-Z][a-z]+|bin|ibn|de|da|van|von|[A-Z]\.)){1,3})\b/g;
const PARTY_ROLE = /\b(commander|spokes(?:man|woman|person)|fighters?|official from|member of|leader of|militant|rebel|insurgent|army|military|troops|minister|ministry|government|general staff|president|governor|junta)\b/i;
const ANALYST_ROLE = /\b(analyst|fellow|researcher|expert|professor|lecturer|think tank|director of the [\w ]+ program|scholar)\b/i;
export const NOT_A_NAME = /^(The|A|An|In|On|At|But|And|This|That|These|Those|It|He|She|They|We|Hours|Both|Despite|Army|Police|Residents|Witnesses|Officials|Troops|Soldiers|Rebels)\b/;

let cache: { verbs: RegExp; participle: RegExp; claim: RegExp; denial: RegExp } | undefined;
function lx() {
  if (!cache) {
    const d = loadJson<ModalityData>("cues/modality.json");
    cache = { verbs: re(d.attribution_verbs, "gi"), participle: re(d.attribution_participle, "i"), claim: re(d.claim_verbs, "i"), denial: re(d.denial, "i") };
  }
  return cache;
}

/** Speech words that are nouns too ("the claim", "its reports"), and what makes them nouns. */
const NOUN_SPEECH = /^(?:claims?|reports?)$/;
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|such|any|no)|['’]s?)\s+$/i;

/** A speaker phrase that is just "the military" / "the armed forces" (possibly with a spokesman). */
const BARE_MILITARY = /^\s*(?:a\s+spokes(?:man|woman|person)\s+for\s+)?the\s+(military|armed forces|military command|high command)(?:['’]s\s+spokes(?:man|woman|person))?\s*,?\s*$/i;

const SENTENCE_FINAL = /^\s*(?:(?:on|late on|early on|in|late|early)\s+\w+(?:\s+\w+)?|in a statement|yesterday|today|this week|overnight)?\s*(?:[.!?"”’]*\s*$|,\s+(?:as|while|amid|adding|citing|without)\s)/i;

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

/**
 * The speakers of one of a report's sentences, as every pass asks for them (the mention pass, then the
 * event builder for follow-ups and claims), so findSpeakers' memo answers the later asks. A sentence
 * that defeats the speaker patterns has none rather than stopping the report.
 */
export function sentenceSpeakers(si: SentenceInfo, ctx: ArticleContext): Speaker[] {
  try {
    return findSpeakers(si.text, { country: ctx.countries[0], date: ctx.published, actors: si.actors });
  } catch {
    return [];
  }
}

// speakersOf and subjectOf are read as named steps: V8 optimises a function only after running
// bytecode in proportion to its size and recompiles it whole after any deopt, so their ~3 KB bodies
// stayed slow well into a cold process.

/** What the steps of speakersOf share for one sentence; `out` collects its speakers. */
interface SpeakerScan {
  sentence: string;
  opts: { country?: string; date?: string; actors?: ReturnType<typeof findActors> };
  sources: SourceMention[];
  actors: ReturnType<typeof findActors>;
  isDenial: boolean;
  out: Speaker[];
}

function speakersOf(sentence: string, opts: { country?: string; date?: string; actors?: ReturnType<typeof findActors> }): Speaker[] {
  const { verbs } = lx();
  const out: Speaker[] = [];
  const verbHits = allMatches(verbs, sentence);
  if (!verbHits.length) return out;
  const sources = findSources(sentence, { country: opts.country });
  const actors = opts.actors ?? findActors(sentence, { date: opts.date });
  const scan: SpeakerScan = { sentence, opts, sources, actors, isDenial: lx().denial.test(sentence), out };
  for (const v of verbHits) speakersAtVerb(scan, v);
  // one entry per name; a speaker inside the longer name the text gives it is that speaker
  const seen = new Set<string>();
  return out.filter((s) => (seen.has(s.name) || within(out, s) ? false : (seen.add(s.name), true)));
}

/** The speakers of one speech verb: who the words before it (or after a post-posed "said") name. */
function speakersAtVerb(scan: SpeakerScan, v: RegExpMatchArray): void {
  const { sentence, out } = scan;
  const { participle, claim } = lx();
  const vs = v.index!;
  const ve = vs + v[0].length;
  const verb = v[0].toLowerCase();
  // "Police arrested five people accused of supporting the RSF": the people are accused; police say nothing.
  if (participle.test(sentence.slice(vs, ve + 8))) return;
  // "could not independently confirm the claim", "the group's claims": a noun, and nobody speaks there.
  if (NOUN_SPEECH.test(verb) && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, vs - 24), vs))) return;
  // "according to X", or a post-posed "...,” said X" after a quotation.
  // ...also after a comma: "..., injuring a woman, said Jane Doe, the regional governor."
  const saidThen = /^(said|says|claimed|added)$/.test(verb) && /^\s+(?:[A-Z]|the\s|a\s|an\s)/.test(sentence.slice(ve, ve + 5));
  // "arrested a journalist who had posted a video", "a man who said on radio ...": a speech verb in a relative
  // clause is its antecedent's, so the speaker phrase is that noun, not the main clause's subject.
  const leftStart = relativeAntecedent(sentence, vs) ?? clauseStart(sentence, vs);
  // The proper name before the verb, worked out once: it both rules out a post-posed reading and is the subject.
  let before: Subject | undefined | null = null;
  const postposed = verb === "according to" || (saidThen && /(?:[”"’']\s*,?|,\s*[”"’'])\s*$/.test(sentence.slice(0, vs))) ||
    // ...also after a comma when the speaker closes the sentence ("..., injuring a woman, said Jane Doe, the governor."),
    // unless a name with its appositive comes before the verb ("X, a rights group, said the army ...")
    (saidThen && /,\s*$/.test(sentence.slice(0, vs)) && sentence.length - ve < 120 && !/\b(?:that|had|has|have|was|were|is|are|would|will)\b/.test(sentence.slice(ve)) && !(before = subjectOf(sentence, leftStart, vs, ve, false)));
  // The speaker's phrase: after "according to" / a post-posed "said X"; otherwise the words before the verb.
  let [ps, pe] = postposed ? [ve, clauseEnd(sentence, ve)] : [leftStart, vs];
  // "..., killing 12 people in fighting with government forces, the Observatory said.": a closing
  // attribution names its speaker after the last comma, not anywhere in the sentence (also when a clause
  // follows it: "..., medics said, as fighting flared ...").
  if (!postposed && SENTENCE_FINAL.test(sentence.slice(ve))) {
    const lastComma = sentence.lastIndexOf(",", vs);
    if (lastComma >= ps) ps = lastComma + 1;
  }
  // "... were arrested by security forces, their parties said, in the latest clampdown": a possessive
  // subject set off by a comma right before the verb is the speaker, whatever follows the verb.
  if (!postposed) {
    const lastComma = sentence.lastIndexOf(",", vs);
    if (lastComma >= ps && POSSESSIVE_SUBJECT.test(sentence.slice(lastComma + 1, vs))) ps = lastComma + 1;
  }
  if (pe <= ps) return;
  const phrase = sentence.slice(ps, pe);
  const stance: Speaker["stance"] = scan.isDenial ? "denies" : claim.test(verb) ? "claims" : "asserts";
  const src = scan.sources.filter((x) => x.start >= ps && x.end <= pe);
  const act = scan.actors.filter((x) => x.start >= ps && x.end <= pe);
  registrySpeakers(out, src, act, stance);
  // "Ukraine's military", "the army", "police": the state's forces of that (or the article's) country.
  if (!src.length && !act.length) forcesSpeaking(scan, phrase, ps, stance);
  // A proper name in the verb's subject slot: a person ("Governor Jane Doe said"), or a body the
  // registries do not know ("The Horan Free League, a network of activists, said"), kept under the
  // name the text gives it.
  const subj = postposed ? subjectOf(sentence, ps, vs, ve, true) : before === null ? subjectOf(sentence, leftStart, vs, ve, false) : before;
  const person = subj?.person ? subj : undefined;
  if (subj) addSubject(out, subj, { phrase, ps, src, act, stance, sentence });
  // "A spokesperson for the regional administration said": a speaker known only by a role.
  if (!out.some((o) => o.start >= ps && o.end <= pe) && !person) {
    const r = roleSpeaker(phrase);
    if (r) out.push({ ...r, start: ps + r.start, end: ps + r.end, stance: r.party && stance === "asserts" ? "claims" : stance });
  }
}

/** A subject that is someone's ("their parties", "his family", "her lawyer") between a comma and the verb. */
const POSSESSIVE_SUBJECT = /^\s*(?:their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+$/i;

/** The sources and actors the registries know in the speaker's phrase (an actor inside a source is that source). */
function registrySpeakers(out: Speaker[], src: SourceMention[], act: ReturnType<typeof findActors>, stance: Speaker["stance"]): void {
  for (const s of src) out.push(fromSource(s, stance));
  for (const a of act) {
    if (src.some((s) => s.start <= a.start && s.end >= a.end)) continue;
    const inter = a.actor.inter;
    out.push({
      name: a.actor.name, kind: inter === 1 ? "military" : "armed_group", party: inter <= 4 || inter === 8,
      affiliation: a.actor.name, country: a.actor.country || undefined, start: a.start, end: a.end, stance: stance === "asserts" ? "claims" : stance,
    });
  }
}

/** A state's forces named by a generic word ("the military", "Kano state police") speak for that state. */
function forcesSpeaking({ sentence, opts, out }: SpeakerScan, phrase: string, ps: number, stance: Speaker["stance"]): void {
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
    // "Saxony police said", "Kano state police said": a region's force speaks under the name the text gives it
    // (its actor stays the state's force).
    const region = g.country ? null : REGION_BEFORE.exec(phrase.slice(0, g.start));
    const own = region && !countryQualifiers().lookup(region[1]!.trim()).length ? region : null;
    const at = own ? ps + own.index + (own[0].length - own[0].trimStart().length) : ps + g.start;
    out.push({ name: own ? sentence.slice(at, ps + g.end) : f.name, kind: "military", party: true, affiliation: f.name, country: cc, start: at, end: ps + g.end, stance: stance === "asserts" ? "claims" : stance });
    break;
  }
}

/** A speaker inside a longer one of the same kind. */
function within(out: Speaker[], s: Speaker): boolean {
  return out.some((o) => o !== s && o.kind === s.kind && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start);
}

/** A place's proper name (and "state", "provincial"...) right before a force word: "Saxony ", "Kano state ". */
const REGION_BEFORE = /(?:^|\s)((?!(?:The|A|An|This|That|Its|Their|Local|Federal|National|State|Military|Army|Border|Traffic|Riot|Secret|Security)\s)\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s+(?:(?:state|regional|provincial|district|county|city|municipal)\s+)?$/u;

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

/** What closes an earlier clause before a speech verb: "that", ";", ", and"/", but", a closing quote, a colon,
 *  a claim named as a noun ("..., a claim the military denied"). */
const CLAUSE_BREAK = /(?:;|\bthat\b|[,—–]\s+(?:and|but|while|as|after|before|when)\b|[”"]\s*,?|:|\b(?:a|the|this|these|those)\s+(?:claims?|reports?|allegations?|accusations?|accounts?)\b)/g;

/** Start of the speaker phrase before a verb: back to the sentence start or a clause break. */
function clauseStart(s: string, verbAt: number): number {
  const left = s.slice(0, verbAt);
  // The nearest "that", ";" or ", and"/", but" that closes an earlier clause.
  let best = 0;
  for (const m of allMatches(CLAUSE_BREAK, left)) {
    best = m.index! + m[0].length;
  }
  return best;
}

/** "who", "who had", "who also" right before a speech verb: the verb is the relative clause's. */
const RELATIVE_BEFORE_VERB = /\bwho\s+(?:(?:had|has|have|also|later|earlier|previously|reportedly|allegedly|then|once|recently)\s+){0,2}$/i;
const DETERMINER_WORD = /^(?:an?|the|his|her|their|its|one|some|several|two|three|four|five|\d+)$/i;

/**
 * Where the antecedent of a relative "who" right before the speech verb at `verbAt` starts ("a journalist" in
 * "arrested a journalist who had posted"): back from "who" over at most four words, up to a determiner or a
 * comma; undefined when no such "who" comes right before the verb.
 */
function relativeAntecedent(s: string, verbAt: number): number | undefined {
  const left = s.slice(Math.max(0, verbAt - 40), verbAt);
  const rel = RELATIVE_BEFORE_VERB.exec(left);
  if (!rel) return undefined;
  // the text before "who" (and its comma), read back word by word
  let end = s.slice(0, verbAt - left.length + rel.index).replace(/[\s,]+$/, "").length;
  let start = end;
  for (let i = 0; i < 4 && end > 0; i++) {
    const w = /[\w'’.-]+$/.exec(s.slice(0, end));
    if (!w) break;
    start = end - w[0].length;
    const before = s.slice(0, start);
    if (DETERMINER_WORD.test(w[0]) || !/\s$/.test(before) || /[,;:(—–]\s*$/.test(before)) break;
    end = before.replace(/\s+$/, "").length;
  }
  return start;
}

function clauseEnd(s: string, from: number): number {
  const m = /[.;]|,\s+(?:who|which|and|but|a |an |the )|\s+(?:that|on|in)\s/.exec(s.slice(from));
  return m ? from + m.index : s.length;
}


// ---------------------------------------------------------------------------------------------
// Named speakers the registries do not know: "The Horan Free League, a network of activists,
// said", "according to the monitoring group Deep South Watch", "Governor Ivan Ivanov said". The
// name is read only from the speech verb's subject slot (right before the verb, across one
// appositive, or right after a post-posed "said"/"according to"), never from anywhere in the clause,
// so places and victims named in the reported clause are not taken for speakers.

/** A proper-name word: capitalised, a number ("3rd"), or an Arabic-article form ("al-Naqib"). */
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\p{M}\p{N}'’.&-]*|(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|ur)-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/** Lower-case words allowed inside a name ("Observatory of Social Conflict", "Defensoría del Pueblo"). */
const NAME_JOIN = new Set(["of", "for", "the", "and", "de", "del", "la", "las", "los", "des", "du", "da", "do", "di", "e", "y", "on", "against", "bin", "ibn", "van", "von", "&"]);
/** Words a name may go on after with "in": "Centre for Human Rights in ...", "Committee for Justice in ...". */
const IN_NAME = /^(?:Rights|Justice|Peace|Democracy|Freedom|Studies|Research|Development|Support|Solidarity|Dialogue|Accountability|Journalists|Women|Children)$/;
/** Capitalised words that start no name: articles, pronouns, days, months, sentence adverbs. */
const NOT_NAME_WORD = /^(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|I|You|But|And|Or|In|On|At|As|If|When|While|After|Before|Since|Later|Earlier|Also|Then|Meanwhile|However|Separately|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|One|Two|Three|Some|Many|Several|Both|All|No|None|Nobody|Everyone|Other|Another|Most|Such)$/;
/** Descriptors ("Kurdish-led", "Norway-based") are not part of the name they precede. */
const DESCRIPTOR_WORD = /-(?:based|led|backed|run|linked|aligned|allied|affiliated|funded|controlled|held|born|owned|sponsored|dominated|supported|appointed|installed|registered|focused)$/i;
/** Titles before a person's name: "Defence Minister Jane Doe", "Governor John Roe", "Maj. Gen. Jan Kowal". */
const TITLE_WORD = /^(?:Minister|President|Vice-President|Premier|Governor|Mayor|Commander|General|Gen\.?|Colonel|Col\.?|Lieutenant|Lt\.?|Lieutenant-Colonel|Major|Maj\.?|Captain|Capt\.?|Brigadier|Brigadier-General|Admiral|Sergeant|Spokesman|Spokeswoman|Spokesperson|Secretary|Chief|Director|Inspector|Superintendent|Commissioner|Senator|Sheikh|Imam|Bishop|Father|Sister|Judge|Prosecutor|Ambassador|Chairman|Chairwoman|Speaker|Deputy|Prince|King|Queen|Emir|Mullah|Maulana|Ayatollah|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Marshal|Air|Commodore|Vice|Leader|Supreme|Secretary-General|President-elect|Prime|Chancellor|Attorney-General|Attorney|Sultan|Patriarch|Pope|Rev\.?|Reverend|Archbishop|Cardinal|Senior|Chief-of-Staff)$/;
/** Portfolio and rank words of a title ("Defence Minister", "Acting Governor"). */
const PORTFOLIO_WORD = /^(?:Defen[cs]e|Interior|Foreign|Information|Health|Prime|Finance|Justice|Security|Home|Deputy|Acting|Former|Senior)$/;
/** Offices that end a title however many words come before ("Lagos State Governor"); not "Sheikh", which names carry inside. */
const OFFICE_WORD = /^(?:Minister|President|Governor|Mayor|Commander|General|Colonel|Secretary|Secretary-General|Spokesman|Spokeswoman|Spokesperson|Director|Leader|Commissioner|Inspector|Ambassador|Chairman|Chairwoman|Ayatollah|Premier|Chancellor|President-elect|Prosecutor|Superintendent)$/;
/** Heads that make a name an organisation rather than a person. */
const ORG_HEAD = /\b(?:observatory|monitor|watch|network|documentation|tracker|rights|association|collective|league|committee|union|federation|confederation|coalition|foundation|society|alliance|organi[sz]ation|institute|centre|center|group|council|commission|ministry|office|secretariat|administration|department|directorate|government|presidency|authority|agency|bureau|service|services|court|tribunal|police|army|forces?|command|division|brigades?|battalion|regiment|corps|guard|gendarmerie|navy|rangers|front|movement|party|militia|news|times|post|herald|tribune|gazette|journal|television|tv|radio|press|media|hospital|clinic|doctors|crescent|cross|lawyers|defensor[íi]a|ombudsman|campaign|project|initiative|program|programme|unit|units|mission|headquarters|cartel|gang)\b/i;
/** A lower-case word naming what kind of body follows or precedes: "the monitoring group X", "X, a rights group". */
const DESCRIBER = /\b(?:group|monitor|monitoring|organi[sz]ation|network|outlet|agency|ngo|charity|watchdog|body|committee|union|movement|militia|channel|newspaper|broadcaster|website|daily|federation|association|coalition|alliance|collective|council)$/i;
const PREPOSITION = /^(?:in|at|of|from|near|to|by|with|for|on|across|around|between|into|outside|inside|towards?|against|over|under|through|via|about|than|like|among)$/i;

/** Kind and party of a named body from its name and the words the text puts beside it. */
const KIND_RULES: [RegExp, SourceMention["kind"], boolean][] = [
  [/\b(?:hospital|clinic|medical|doctors?|health (?:centre|center|post|workers?)|red crescent|ambulance|m[ée]decins|physicians|paramedics)\b/i, "medical", false],
  [/\b(?:community (?:council|group|leaders?|organi[sz]ation)|civil society)\b/i, "ngo", false],
  [/\b(?:ombudsman|defensor[íi]a|protection of citizens|human rights commission)\b/i, "government", false],
  [/\b(?:observatory|monitor\w*|watch|documentation|tracker|human rights|rights|bar association|lawyers|documents|tracks|records|counts)\b/i, "monitor", false],
  [/\b(?:united nations|UN)\b/, "un", false],
  [/\b(?:news|newspaper|times|herald|tribune|gazette|journal|television|tv|radio|broadcast\w*|daily|outlet|channel|website)\b/i, "outlet", false],
  [/\b(?:front|movement|liberation|resistance|militia|mujahideen|people['’]s defen[cs]e|self-defen[cs]e|rebels?|insurgents?|armed group|jihadists?|separatists?|guerrillas?|cartel|gang)\b/i, "armed_group", true],
  [/\b(?:police|army|armed forces|air force|navy|military|command|division|brigade|battalion|regiment|corps|guard|gendarmerie|rangers|general staff|security forces)\b/i, "military", true],
  [/\b(?:ministry|minister|secretariat|administration|department|directorate|government|presidency|governor|municipality|prefecture|prosecutor|court|agency|bureau|authority|service|commission|office|mayor|council)\b/i, "government", true],
  [/\b(?:association|collective|league|committee|union|federation|confederation|coalition|foundation|society|alliance|organi[sz]ation|network|institute|centre|center|group|ngo|charity|campaign|vigilance|volunteers)\b/i, "ngo", false],
];

export function kindOfBody(name: string, context = ""): { kind: SourceMention["kind"]; party: boolean } | undefined {
  for (const [rx, kind, party] of KIND_RULES) if (rx.test(name)) return { kind, party };
  for (const [rx, kind, party] of KIND_RULES) if (rx.test(context)) return { kind, party };
  return undefined;
}

interface Word { w: string; start: number; end: number }
const WORDS = /\((?:\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*/gu;
function wordsOf(s: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of allMatches(WORDS, s)) {
    let w = m[0];
    // a sentence-final full stop is no part of the word ("... said Jane Doe.")
    if (w.endsWith(".") && !/^(?:\p{Lu}\.)+$|^(?:Gen|Col|Lt|Maj|Capt|Dr|Mr|Mrs|Ms|St|Jr)\.$/u.test(w)) w = w.slice(0, -1);
    out.push({ w, start: offset + m.index!, end: offset + m.index! + w.length });
  }
  return out;
}
const isAcronymTok = (w: string) => /^\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)$/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
const isNameWord = (w: string) => (NAME_WORD.test(w) && !NOT_NAME_WORD.test(w.replace(/['’]s$/, "")) && !DESCRIPTOR_WORD.test(w)) || isAcronymTok(w);
/** Only blanks between two words: no comma, quote or dash breaks the name. */
const joined = (s: string, a: Word, b: Word) => /^\s+$/.test(s.slice(a.end, b.start));

interface Subject {
  name: string;
  start: number;
  end: number;
  person: boolean;
  /** Words the text attaches to the name: title, role, appositive, descriptor. */
  role: string;
}

/** The longest name run ending at word index `last` (inclusive), as word indexes [i, last]. */
function runEndingAt(s: string, ws: Word[], last: number): number | undefined {
  if (last < 0 || !isNameWord(ws[last]!.w) || NAME_JOIN.has(ws[last]!.w)) return undefined;
  let i = last;
  while (i > 0 && joined(s, ws[i - 1]!, ws[i]!) && (isNameWord(ws[i - 1]!.w) || NAME_JOIN.has(ws[i - 1]!.w) || (ws[i - 1]!.w === "in" && i > 1 && IN_NAME.test(ws[i - 2]!.w)))) {
    // a possessive ends the name it belongs to: "Gaza's Hamas Ministry" is two names
    if (/['’]s$/.test(ws[i - 1]!.w) && !isAcronymTok(ws[i]!.w) && countryQualifiers().lookup(ws[i - 1]!.w.replace(/['’]s$/, "")).length) break;
    i--;
  }
  while (i < last && NAME_JOIN.has(ws[i]!.w)) i++;
  return i;
}

/** The longest name run starting at word index `first`. */
function runStartingAt(s: string, ws: Word[], first: number): number | undefined {
  if (first >= ws.length || !isNameWord(ws[first]!.w) || isAcronymTok(ws[first]!.w)) return undefined;
  let j = first;
  while (j + 1 < ws.length && joined(s, ws[j]!, ws[j + 1]!) && (isNameWord(ws[j + 1]!.w) || NAME_JOIN.has(ws[j + 1]!.w) || (ws[j + 1]!.w === "in" && IN_NAME.test(ws[j]!.w))) && !(/['’]s$/.test(ws[j]!.w) && countryQualifiers().lookup(ws[j]!.w.replace(/['’]s$/, "")).length)) j++;
  while (j > first && NAME_JOIN.has(ws[j]!.w)) j--;
  return j;
}

/**
 * A name run [i, j] as a speaker: a person ("Jane Doe", after stripping titles) or a body ("Horan
 * Free League", "CISC"). Undefined for what is no name: one plain word at the sentence start,
 * a lone place-like word, a country.
 */
/** A country's word before a title ("Turkish Foreign Minister"). */
function countryTitle(plain: Word[], i: number): boolean {
  return countryQualifiers().lookup(plain[i]!.w.replace(/['’]s$/, "")).length > 0 && i + 1 < plain.length - 1 && (TITLE_WORD.test(plain[i + 1]!.w) || PORTFOLIO_WORD.test(plain[i + 1]!.w));
}

function asSubject(s: string, ws: Word[], i: number, j: number, role: string, sentenceStart: boolean): Subject | undefined {
  const words = ws.slice(i, j + 1);
  const text = s.slice(words[0]!.start, words[words.length - 1]!.end).replace(/['’]s$/, "");
  const plain = words.filter((w) => !isAcronymTok(w.w));
  if (!plain.length) return undefined;
  // "X, a rights group": the role describes X; "the head of the rights group, X": it describes X's post
  const describes = DESCRIBER.test(role.trim()) && !/\b(?:of|for|at|from|with)\b/i.test(role) && !/^(?:who|whose)\b/i.test(role.trim());
  // "Jane Doe of the Crisis Institute": a person and the body she speaks from; the person is the subject
  const of = /^((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+)\s+of\s+the\s+/u.exec(text);
  if (of && !ORG_HEAD.test(of[1]!) && !TITLE_WORD.test(of[1]!.split(/\s+/)[0]!)) {
    const ofEnd = ws.findIndex((w) => w.start >= words[0]!.start + of[1]!.length) - 1;
    if (ofEnd >= i) return asSubject(s, ws, i, ofEnd, role, sentenceStart);
  }
  const org = ORG_HEAD.test(text) || describes || (plain.length === 1 && isAcronym(plain[0]!.w));
  if (!org) {
    // A person: titles go; at least two name words remain ("Ivan Ivanov", "Maulana Hidayat-ur-Rehman").
    let k = 0;
    // "Lagos Governor Jane Doe", "Supreme Leader Ayatollah Ali Rahimi": everything up to the last title word goes
    for (let t = plain.length - 2; t > 0; t--) if (OFFICE_WORD.test(plain[t]!.w)) { k = t + 1; break; }
    // a country's word goes only before a title: "Turkish Foreign Minister Jane Doe", not "Israel Patron"
    while (k < plain.length - 1 && (TITLE_WORD.test(plain[k]!.w) || countryTitle(plain, k) || PORTFOLIO_WORD.test(plain[k]!.w) || /^(?:Police|Army|District|Regional|State|Provincial|Chief|Brig|Air|Vice)$/.test(plain[k]!.w))) k++;
    const titled = k > 0;
    const rest = plain.slice(k);
    if (rest.length < 2 && !(titled && rest.length === 1)) return undefined;
    if (rest.length > 5 || rest.some((w) => /\d/.test(w.w) || isAcronym(w.w))) return undefined;
    if (rest.some((w) => NAME_JOIN.has(w.w) && !/^(?:bin|ibn|van|von|de|da|del|la)$/.test(w.w))) return undefined;
    const name = s.slice(rest[0]!.start, rest[rest.length - 1]!.end).replace(/['’]s$/, "");
    if (countryQualifiers().lookup(name).length) return undefined;
    const title = titled ? s.slice(plain[0]!.start, plain[k - 1]!.end) : "";
    return { name, start: rest[0]!.start, end: rest[0]!.start + name.length, person: true, role: [title, role].filter(Boolean).join(", ") };
  }
  // A body. One plain word opening the sentence ("Police said") is a common noun, not a name, unless
  // it is an acronym; one word elsewhere needs a describer ("the group Hengaw") or to be an acronym.
  if (plain.length === 1 && !isAcronym(plain[0]!.w)) {
    if (sentenceStart) return undefined;
    if (!describes && !ORG_HEAD.test(role)) return undefined;
  }
  if (countryQualifiers().lookup(text).length && plain.length <= 2 && !ORG_HEAD.test(text)) return undefined;
  return { name: text, start: words[0]!.start, end: words[0]!.start + text.length, person: false, role };
}

/** Words between a subject and its verb: "X also said", "X on Monday said", "X has said". */
const AUX_TAIL = /(?:\s+(?:also|later|earlier|previously|separately|again|then|first|initially|meanwhile|now|has|have|had|had\s+earlier|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last\s+(?:week|month|night)|this\s+(?:week|month)|in\s+a\s+statement|on\s+its\s+\w+))+\s*$/i;
/** Words after a subject in its slot that name its voice: "the SDF's media centre", "an ISOC spokesman". */
const VOICE_TAIL = /^(?:['’]s)?\s*(?:(?:press|media|information)\s+)?(?:spokes(?:man|woman|person)|statement|media\s+(?:centre|center|office|wing)|press\s+(?:office|service|release)|information\s+office|office|command|commander|chief|officials?|leadership|secretariat|wing)$/;

/**
 * The subject of a speech verb at [vs, ve) that is a proper name: before the verb (from `from`),
 * or after it when `postposed` ("said X", "according to X").
 */
function subjectOf(s: string, from: number, vs: number, ve: number, postposed: boolean, retry = true): Subject | undefined {
  return postposed ? subjectAfterVerb(s, ve) : subjectBeforeVerb(s, from, vs, ve, retry);
}

/** "said X", "according to X": the name after the verb, with the words that describe it. */
function subjectAfterVerb(s: string, ve: number): Subject | undefined {
  const tailEnd = Math.min(s.length, ve + 200);
  const ws = wordsOf(s.slice(ve, tailEnd), ve);
  let k = 0;
  if (ws[k] && /^(?:the|a|an)$/i.test(ws[k]!.w)) k++;
  // describers before the name: "the monitoring group Deep South Watch", "Chiure district administrator Jane Doe"
  const descStart = k;
  let guard = 0;
  while (ws[k] && guard++ < 6 && !isNameWord(ws[k]!.w) && /^[\p{Ll}-]+$/u.test(ws[k]!.w) && !NAME_JOIN.has(ws[k]!.w) && !PREPOSITION.test(ws[k]!.w)) k++;
  // "according to the director of Hope Hospital": the body a person speaks from
  if (k > descStart && ws[k] && /^(?:at|of|from|for|with|by)$/i.test(ws[k]!.w) && ROLE_NOUN.test(ws[k - 1]!.w)) return bodyOfRoleAfter(s, ws, descStart, k);
  let j = runStartingAt(s, ws, k);
  if (j === undefined) return undefined;
  let describer = k > descStart ? s.slice(ws[descStart]!.start, ws[k - 1]!.end) : "";
  // "Chiure district administrator Jane Doe": a name, then role words, then the person.
  if (!describer && j + 2 < ws.length) {
    let r = j + 1;
    while (ws[r] && r <= j + 3 && /^[\p{Ll}]+$/u.test(ws[r]!.w) && !NAME_JOIN.has(ws[r]!.w) && !PREPOSITION.test(ws[r]!.w)) r++;
    const j2 = r > j + 1 ? runStartingAt(s, ws, r) : undefined;
    if (j2 !== undefined && TITLE_LIKE.test(s.slice(ws[j + 1]!.start, ws[r - 1]!.end))) {
      describer = s.slice(ws[k]!.start, ws[r - 1]!.end);
      k = r;
      j = j2;
    }
  }
  const after = s.slice(ws[j]!.end, tailEnd);
  const appos = /^\s*,\s*([\p{Ll}][^.;]{0,120}|(?:The|A|An)\s[^.;]{0,120})/u.exec(after);
  return asSubject(s, ws, k, j, [describer, appos?.[1] ?? ""].filter(Boolean).join(", "), false);
}

/** "according to the director of Hope Hospital": the body (not the person) the role words at
 *  [descStart, k) speak from. */
function bodyOfRoleAfter(s: string, ws: Word[], descStart: number, k: number): Subject | undefined {
  const role = s.slice(ws[descStart]!.start, ws[k]!.end);
  let b = k + 1;
  if (ws[b] && /^the$/i.test(ws[b]!.w)) b++;
  const jb = runStartingAt(s, ws, b);
  const sub = jb === undefined ? undefined : asSubject(s, ws, b, jb, role, false);
  return sub && !sub.person ? sub : undefined;
}

/** "X said", "X, <appositive>, said", "<role>, X, said": the name before the verb. */
function subjectBeforeVerb(s: string, from: number, vs: number, ve: number, retry: boolean): Subject | undefined {
  let left = s.slice(from, vs);
  const aux = AUX_TAIL.exec(left);
  if (aux) left = left.slice(0, aux.index);
  const ws = wordsOf(left, from);
  if (!ws.length) return undefined;
  return /,\s*$/.test(left) ? subjectWithAppositive(s, from, vs, ve, retry, left, ws) : subjectRightBefore(s, from, ws);
}

/** "X, <appositive>, said" and "<role>, X, said". */
function subjectWithAppositive(s: string, from: number, vs: number, ve: number, retry: boolean, left: string, ws: Word[]): Subject | undefined {
  const inner = left.replace(/,\s*$/, "");
  const k = inner.lastIndexOf(",");
  if (k < 0) {
    // "X, a group that documents killings, said": the clause break at "that" fell inside the appositive
    const k0 = s.lastIndexOf(",", from);
    return retry && k0 > 0 ? subjectBeforeVerb(s, clauseStart(s, k0), vs, ve, false) : undefined;
  }
  const seg2 = inner.slice(k + 1);
  const w2 = ws.filter((w) => w.start >= from + k + 1 && w.end <= from + inner.length);
  const i2 = w2.length ? ws.indexOf(w2[0]!) : -1;
  const last2 = i2 >= 0 ? i2 + w2.length - 1 : -1;
  const run2 = last2 >= 0 ? runEndingAt(s, ws, last2) : undefined;
  if (run2 !== undefined && run2 === i2) {
    // "<role>, X, said": the role is what precedes, back to the last clause break
    const seg1 = inner.slice(0, k);
    const role = seg1.slice(Math.max(0, seg1.search(/[^,;—–]*$/))).trim();
    if (!role || !/^(?:the|a|an|its|their|his|her)\b|^\p{Lu}[\p{L}\p{M}-]*['’]s\s/iu.test(role)) return undefined;
    return asSubject(s, ws, run2, last2, role, false);
  }
  // the appositive describes: it opens with a lower-case word or an article ("a rights group", "senior commander of ...")
  if (seg2.length > 140 || !/^\s*(?:\p{Ll}|(?:The|A|An|One)\s)/u.test(seg2)) return undefined;
  const before = ws.filter((w) => w.end <= from + k);
  const last1 = before.length - 1;
  if (last1 < 0 || !/^\s*$/.test(s.slice(before[last1]!.end, from + k))) return undefined;
  const run1 = runEndingAt(s, ws, last1);
  if (run1 === undefined || !precededOk(s, ws, run1)) return undefined;
  return asSubject(s, ws, run1, last1, seg2.trim(), atStart(s, ws[run1]!, from));
}

/** "X said", "the SDF's media centre said", "an ISOC spokesman said". */
function subjectRightBefore(s: string, from: number, ws: Word[]): Subject | undefined {
  let last = ws.length - 1;
  let voice = "";
  for (let back = 1; back <= 3 && last - back >= 0; back++) {
    const tail = s.slice(ws[last - back + 1]!.start, ws[ws.length - 1]!.end);
    const stem = ws[last - back]!.w;
    const rest = /['’]s$/.test(stem) ? "'s " + tail : tail;
    if (VOICE_TAIL.test(rest) && joined(s, ws[last - back]!, ws[last - back + 1]!)) {
      last -= back;
      voice = tail;
      break;
    }
  }
  const run = runEndingAt(s, ws, last);
  if (run === undefined) return undefined;
  if (!precededOk(s, ws, run)) {
    // "a nurse at Bure Hospital said": the body a person speaks from
    const prep = ws[run - 1]!;
    const role = ws[run - 2];
    if (!/^(?:at|of|from|for|with)$/i.test(prep.w) || !role || !ROLE_NOUN.test(role.w)) return undefined;
    const sub = asSubject(s, ws, run, last, role.w + " " + prep.w, false);
    return sub && !sub.person ? sub : undefined;
  }
  // a describer right before the name: "the Norway-based group Hengaw said"
  const prev = ws[run - 1];
  const describer = prev && joined(s, prev, ws[run]!) && DESCRIBER.test(prev.w) ? prev.w : "";
  return asSubject(s, ws, run, last, [describer, voice].filter(Boolean).join(" "), atStart(s, ws[run]!, from));
}

/** The word opens the sentence (or the subject phrase starting at `from`, after a sentence break). */
function atStart(s: string, w: Word, from: number): boolean {
  return /^[\s"“'‘(—–-]*$/.test(s.slice(0, w.start)) || /(?:^|[.!?]\s+|—\s*|–\s*)$/.test(s.slice(Math.max(0, w.start - 3), w.start)) && w.start === from;
}

/** The name run starting at word i is not the object of a preposition or a participle ("seized by X", "killing X"). */
function precededOk(s: string, ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev || !joined(s, prev, ws[i]!)) return true;
  return !PREPOSITION.test(prev.w) && !/^(?:\p{Ll}+ed|\p{Ll}+ing)$/u.test(prev.w);
}
const ROLE_NOUN = /^(?:nurse|doctor|surgeon|medic|official|officer|spokes(?:man|woman|person)|director|head|chief|member|employee|worker|staff|leader|commander|representative|administrator|source|researcher|lawyer|volunteer|coordinator|manager|secretary|chairman|chairwoman|president|figure|tally|tallie|count|record|report|statement|statistic|data)s?$/i;
const TITLE_LIKE = /\b(?:administrator|governor|mayor|commissioner|spokes(?:man|woman|person)|commander|chief|minister|secretary|director|prefect|official|officer|head|leader|chairman|president)$/i;

/** Roles that make a person a voice of the authorities or an armed force. */
const OFFICIAL_ROLE = /\b(?:(?:security|interior|defen[cs]e|home|foreign|state|cabinet|permanent)\s+secretary|administrator|official|officer|prefect|mayor|commissioner|police|General|Colonel|Major|Captain|Lieutenant|Brigadier|Commodore|Admiral|Sergeant|Lieutenant-Colonel|Marshal|Secretary|Leader|Supreme|King|Emir|Chancellor|Premier|Attorney|Sultan)\b/;
/** A body known only as the one whose spokesman or commander speaks. */
const VOICE_ROLE = /\b(?:spokes(?:man|woman|person)|commander|command)\b/i;

/** A title that names an office, told before the person who holds it: "Defence Minister", "Norland district administrator". */
const OFFICE_TITLE = /^(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:[\p{Ll}-]+\s+){0,2}(?:[Mm]inister|[Gg]overnor|[Mm]ayor|[Aa]dministrator|[Cc]ommissioner|[Pp]refect)$/u;

/** "head of the Zaporizhzhia regional military administration": the body a person speaks for. */
const BODY_IN_ROLE = /\b(?:head|chief|director|spokes(?:man|woman|person)|governor|leader|commander|chairman|chairwoman|secretary|president|coordinator)\s+(?:of|for)\s+the\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,4}(?:[\p{Ll}-]+\s+){0,3}(?:administration|ministry|office|council|command|agency|authority|secretariat|department|police|service|government|committee|commission|directorate|forces|army|front|movement|network|league|association|observatory))\b/u;

/** A party's assertion is a claim. */
function claimIf(party: boolean, stance: Speaker["stance"]): Speaker["stance"] {
  return party && stance === "asserts" ? "claims" : stance;
}

/** The subject slot's context for addSubject's steps. */
type SubjectSlot = { phrase: string; ps: number; src: SourceMention[]; act: ReturnType<typeof findActors>; stance: Speaker["stance"]; sentence: string };

// addSubject is read as steps (a person, registry names inside the name, a body of its own): its
// 2.5 KB body was recompiled whole after any deopt.
/** Adds a subject-slot name to the speakers: a person, a body, or a better name for an actor found there. */
function addSubject(out: Speaker[], subj: Subject, c: SubjectSlot): void {
  const overlaps = out.filter((o) => o.start < subj.end && subj.start < o.end);
  if (subj.person) {
    if (!overlaps.length) addPersonSubject(out, subj, c);
    return;
  }
  // A registry source inside the name keeps its canonical name unless the text's name adds words of
  // its own ("Venezuelan Observatory of Social Conflict" around a shorter alias).
  const inner = overlaps.filter((o) => o.start >= subj.start && o.end <= subj.end);
  if (overlaps.length !== inner.length) return;
  if (inner.length) {
    renameInnerSpeakers(subj, c, inner);
    return;
  }
  // "Jammu and Kashmir Police" is one name; "the European Union and Britain" are two.
  const parts = subj.name.split(/\s+and\s+/);
  if (parts.length > 1 && parts.some((x) => countryQualifiers().lookup(x).length)) return;
  // an analyst's institute comments; it is no source of the news
  if (ANALYST_ROLE.test(subj.role) || /\bthink[- ]tank\b/i.test(subj.role)) return;
  const k = kindOfBody(subj.name, subj.role) ?? (VOICE_ROLE.test(subj.role) ? { kind: "official" as const, party: true } : { kind: "unnamed" as const, party: false });
  out.push({ name: subj.name, kind: k.kind, party: k.party, start: subj.start, end: subj.end, stance: claimIf(k.party, c.stance) });
}

/** A person in the subject slot, with the office and the body their title names as sources too. */
function addPersonSubject(out: Speaker[], subj: Subject, c: SubjectSlot): void {
  if (ANALYST_ROLE.test(subj.role) || ANALYST_ROLE.test(c.phrase)) return;
  const before = c.sentence.slice(Math.max(0, subj.start - 60), subj.start);
  const ofParty = (/\b(?:head|leader|chief|commander|spokes\w+|member|official|director|secretary)\s+(?:of|for|at)\b/i.test(subj.role) && kindOfBody(subj.role)?.party === true) ||
    /\b(?:head|chief|governor|administrator)\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}(?:district|region|province|county|oblast|state|city|town|municipality|prefecture)\b/i.test(subj.role);
  const party = PARTY_ROLE.test(subj.role) || OFFICIAL_ROLE.test(subj.role) || ofParty || PARTY_ROLE.test(before.split(/[,;.]/).pop() ?? "") || (!!c.act.length && !c.src.length);
  const affiliation = c.act[0]?.actor.name ?? c.src[0]?.name;
  out.push({ name: subj.name, kind: party ? "official" : "unnamed", party, affiliation, start: subj.start, end: subj.end, stance: claimIf(party, c.stance) });
  // the office a titled person holds is a source too: "Interior Minister Jane Doe", "Norland district administrator Jane Doe"
  const office = OFFICE_TITLE.exec(subj.role.split(",")[0]!.trim());
  const oat = office ? c.sentence.indexOf(office[0], Math.max(0, subj.start - 80)) : -1;
  if (office && oat >= 0 && oat < subj.start && !out.some((o) => o.name === office[0])) {
    out.push({ name: office[0], kind: "official", party: true, start: oat, end: oat + office[0].length, stance: claimIf(true, c.stance) });
  }
  // the body the role names is a source too: "Jane Doe, head of the Northern regional administration"
  const body = BODY_IN_ROLE.exec(subj.role);
  const at = body ? c.sentence.indexOf(body[1]!, subj.end) : -1;
  if (body && at >= 0 && !DESCRIPTOR_WORD.test(body[1]!.split(/\s+/)[0]!) && !out.some((o) => o.start < at + body[1]!.length && at < o.end)) {
    const k = kindOfBody(body[1]!) ?? { kind: "official" as const, party: true };
    out.push({ name: body[1]!, kind: k.kind, party: k.party, start: at, end: at + body[1]!.length, stance: claimIf(k.party, c.stance) });
  }
}

/** Registry speakers found inside a longer name take the name the text gives it (see addSubject). */
function renameInnerSpeakers(subj: Subject, c: SubjectSlot, inner: Speaker[]): void {
  // words of the name outside every registry span found in it
  let rest = c.sentence.slice(subj.start, subj.end);
  for (const o of inner) rest = rest.slice(0, o.start - subj.start) + " ".repeat(o.end - o.start) + rest.slice(o.end - subj.start);
  rest = rest.replace(/\(\p{Lu}[\p{Lu}\p{N}&-]*\)/gu, " ").trim();
  const addsName = /\p{Lu}\p{Ll}/u.test(rest) && !countryQualifiers().lookup(rest).length;
  for (const o of inner) {
    const fromSrc = c.src.some((x) => x.start === o.start && x.end === o.end);
    const fromActor = c.act.find((a) => a.start === o.start && a.end === o.end);
    // State forces speak under their own name ("the Jammu and Kashmir Police"), not the ACLED actor's.
    const stateVoice = (fromActor ? fromActor.actor.inter === 1 : !fromSrc && o.kind === "military") && subj.name.split(/\s+/).length >= 2;
    if (((fromSrc || fromActor) && addsName) || stateVoice) {
      o.name = subj.name;
      o.start = subj.start;
      o.end = subj.end;
    }
  }
}
