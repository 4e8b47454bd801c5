// Event cue rules (data/cues/events.json) and modality cues (data/cues/modality.json), compiled once.
import type { SubEventType } from "../event.js";
import { loadJson, re } from "./lexicon.js";
import { literalPrefixes, WordPrefilter } from "./word-prefilter.js";
import { allMatches } from "../util/regex.js";

export interface CueRule {
  id: string;
  /** An ACLED sub-type, or "territory" (decided later from who took what). */
  sub: SubEventType | "territory";
  priority: number;
  confidence: number;
  pattern: string;
  /** Lower-case literals of which every match of `pattern` contains at least one ("bod" for "body"/"bodies"): a text
   *  with none of them is not searched. For patterns the word-start prefilter cannot skip (no literal prefix). */
  requires?: string[];
  /** Why the words mean this sub-type (documentation only). */
  why?: string;
  territory?: "capture" | "regain" | "withdraw";
  protest?: boolean;
  /** Context that changes the sub-type: e.g. an "attack" on soldiers is a clash. */
  /** `priority`, when given, is the reclassified cue's rank among its new family's cues ("protesters clashed with
   *  police": a riot cue above the bare "protesters" of a peaceful protest, below the force a crowd met). */
  reclassify?: { if: string; sub: SubEventType; why?: string; priority?: number; scope?: "object" | "subject" | "sentence" }[];
  /** "object": `reclassify` reads only the cue and what follows it (who was attacked), not who attacked.
   *  "subject": only the clause up to the end of the cue (who was killed in "two soldiers were shot dead by rebels"). */
  reclassify_scope?: "object" | "subject";
  /** A territory cue needs a place-like object after it ("took the town"), else it is not territorial. */
  needs_object?: string;
  /** Words right after the cue that name what was taken as no place ("seized a weapons cache", "captured 40 rifles"):
   *  then the cue is not this rule's. */
  not_object?: string;
  /** Context the clause (or the sentence before) must have for the words to mean this: "set fire to" is a riot only with a crowd. */
  needs_context?: string;
  /** Context in which the words are not an event at all ("shortages of artillery shells"). */
  not_if?: string;
  /** A happening of the state as a whole (a seizure of power): placed by the dateline or context, not only its own sentence. */
  national?: boolean;
  /** The cue counts only when a town's name follows it ("attacked Beledweyne"): the verb alone names no target. */
  place_object?: boolean;
  /** The cue counts only when a town's name is its subject, opening its clause ("Nyala was bombed", "the town of
   *  Nyala was bombed"): a building or a person bombed may be a planted bomb's target. */
  place_subject?: boolean;
  /** The words mean this only with an armed actor (forces, a named group, gunmen) before the cue in its clause:
   *  "rebels killed nine people" is an attack; "the floods killed nine people" is none. */
  needs_armed_actor?: boolean;
  /** Not read in a report that tells of a protest ("two people were shot dead" there is the protest's toll, coded by its cues). */
  unless_protest_told?: boolean;
  /** ...unless its clause matches `if`: a killing pinned on gunmen or militants is no protest's toll. */
  despite_protest?: { if: string; why?: string };
  /** When the object is a person ("captured Ovidio Guzman"), the cue means this sub-type instead. */
  object_is_person?: SubEventType;
  /** When no actor is named and the words before the cue in its clause match `if` ("a former minister was arrested"),
   *  the country's state force is the actor. */
  unnamed_actor?: { if: string; force: "police" | "military"; why?: string };
}

export interface CueHit {
  rule: CueRule;
  start: number; // relative to the searched text
  end: number;
  text: string;
}

interface EventsData {
  rules: CueRule[];
}

export interface ModalityData {
  forecast_before_cue: string;
  forecast_clause: string;
  /** Words right before a cue (up to two words between) that make it something planned, banned, ordered or
   *  demanded: "a planned protest", "preparing an assault", "ordered the army to retake". */
  forecast_right_before: string;
  /** A sentence that asks ("Who attacked the police station?"): it tells nothing. */
  question: string;
  /** A verdict or a charge right before a cue ("convicted two soldiers of killing"): what it is for is no new event. */
  judged_for: string;
  not_forecast: string;
  negation_before_cue: string;
  /** Words right after a cue saying the deal or exchange it names came to nothing ("... discussed in Oman was not concluded"). */
  not_concluded_after: string;
  /** Words right after a cue that tell it as going on, with no day of its own ("fighting around the dam has continued this month"). */
  ongoing_after: string;
  /** After a protest cue: the wave's start told with its spread ("The protests began on Thursday in Mashhad ... and
   *  quickly spread"): the history of the news, not a happening of its own. */
  wave_origin_after: string;
  /** Words right before a cue that make the violence the setting of the news ("to escape the fighting", "stemmed from fighting", "ending a week of fighting"). */
  context_before: string;
  /** A cue marked «...» with the words on both sides: a group described by what it fights for, violence told as habitual. */
  context_around: string;
  /** A cue marked «...» naming the site or means of a happening already told ("the ambush site", "used in the attack"). */
  reference_around: string;
  /** The head word of a name right after a capitalised cue ("Chemical Weapons Convention", "Mine Ban Treaty"). */
  name_head_after: string;
  /** Read case-sensitively: a name's capitalised head words and its "for the"/"of" right before a capitalised cue
   *  ("Military Council for the Liberation of Syria"): the cue is part of an organisation's name. */
  name_head_before: string;
  /** A report, claim or allegation put down right before the cue ("denied reports that troops had opened fire"). */
  denied_report_before: string;
  /** In a report that puts one down, a sentence whose subject is the account ("The reports ... claimed that ..."). */
  denied_account_subject: string;
  /** Violence named as a span the news comes after or amid ("after months of missile and drone attacks"). */
  period_of_before: string;
  /** What a sanction or accusation names someone for, with their role ("accused of ordering attacks on"). */
  accused_ordering_before: string;
  /** A sentence opening by timing the news against another happening ("The speech came three days after ..."). */
  came_after_opener: string;
  /** A perfect right before a cue, and a period in its clause: a count over that time ("have arrested ... this month"). */
  perfect_before: string;
  perfect_period: string;
  /** A lead framing the report as a court's ruling, charge or trial: a judging verb and a court. */
  trial_lead: string;
  trial_lead_court: string;
  background_clause: string;
  /** A count over a period, not one happening ("170 people were kidnapped in the quarter", "so far this year"). */
  tally_clause: string;
  attribution_verbs: string;
  claim_verbs: string;
  denial: string;
  unverified: string;
  verified: string;
  hearsay: string;
  /** Words that tell of a protest anywhere in a report: police who kill in such a report are coded by the protest's cues. */
  protest_told: string;
  /** Words between an actor and a killing cue that make someone else the killer ("police detained a woman suspected of
   *  planting a bomb that killed six"). */
  not_actors_act: string;
  /** A sentence's opening words that say it tells another happening than those before it ("In a separate incident,", "Elsewhere,"). */
  separate_happening: string;
  /** "Heavy clashes erupted on Friday", "the fighting broke out at around 3 a.m.": when fighting began, told with its day or hour (keep.ts toldAsOnset). */
  onset_told: string;
  /** "made them safe", "destroyed in a controlled explosion", "were brought down": a cue telling a weapon made harmless (keep.ts foiledTold). */
  foiled_told: string;
  /** A sentence's opening words that say its happening followed the one before ("Hours later,", "The next day,"). */
  later_happening: string;
  /** Words between a cue and a later day that say the happening ran on into that day ("shelling continued into Tuesday"). */
  continued_into: string;
  /** The words right before a cue word that make it the name of a run of happenings ("the latest in a wave of massacres"). */
  series_before: string;
  /** The words right after a weekday that make it a gathering's day, not a happening's ("Saturday's election"). */
  day_of_other: string;
  /** A follow-up's opening words that time it by the happening told before ("Hours after the rebels entered X, ..."):
   *  the cues inside them tell that happening, not the follow-up. */
  follow_up_opener: string;
  /** A quote opened as the object of a report or statement, before a cue ('a report about "a terrorist incursion ...'):
   *  an account of a happening already told. */
  quoted_account: string;
}

let rules: { rule: CueRule; re: RegExp }[] | undefined;
let prefilter: WordPrefilter | undefined;
/** The same patterns, sticky: tried only at the offsets where the prefilter says a match can start. */
let sticky: RegExp[] = [];
/** Per rule, a case-insensitive test for one of its `requires` literals, or undefined. */
let required: (RegExp | undefined)[] = [];

/** The people of every nation as a plural noun ("Palestinians", "Ukrainians"), from the demonyms in
 *  data/countries.json: a cue pattern writes `{nationals}` where people told by their nation may stand ("killed
 *  three Palestinians"). Demonyms whose plural is the adjective ("French", "Swiss", "Sudanese") are left out. */
function nationalsAlternation(): string {
  const data = loadJson<{ countries: { demonyms: string[] }[] }>("countries.json");
  const plurals = new Set<string>();
  for (const c of data.countries) {
    for (const d of c.demonyms.flatMap((s) => s.split(/,\s*/))) {
      // "Sudanese", "French": the plural is the adjective too ("killed in a clash with Chinese troops").
      if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$/.test(d) || /(?:sh|ch|ss|ese)$/.test(d)) continue;
      plurals.add(d + "s");
    }
  }
  return `(?:${[...plurals].sort((a, b) => b.length - a.length).join("|")})`;
}

/** A rule's pattern with its placeholders filled from the data files. */
function expanded(rule: CueRule): CueRule {
  if (!rule.pattern.includes("{nationals}")) return rule;
  return { ...rule, pattern: rule.pattern.replaceAll("{nationals}", nationalsAlternation()) };
}

export function cueRules(): { rule: CueRule; re: RegExp }[] {
  if (!rules) {
    rules = loadJson<EventsData>("cues/events.json").rules.map(expanded).map((rule) => ({ rule, re: re(rule.pattern, "gi") }));
    prefilter = new WordPrefilter(rules.map((r) => r.rule.pattern));
    sticky = rules.map((r) => new RegExp(r.rule.pattern, "iy"));
    required = rules.map(({ rule }) =>
      rule.requires?.length ? new RegExp(rule.requires.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i") : undefined,
    );
  }
  return rules;
}

export function modality(): ModalityData {
  return loadJson<ModalityData>("cues/modality.json");
}

let separateOpener: RegExp | undefined;
/** "Elsewhere, ...", "In a separate incident, ...": the sentence's opening words say it tells another happening than those before it. */
export function opensSeparately(sentence: string): boolean {
  separateOpener ??= new RegExp(modality().separate_happening, "i");
  return separateOpener.test(sentence.slice(0, 80));
}

/** Every cue rule hit in `text`. */
export function findCues(text: string): CueHit[] {
  const out: CueHit[] = [];
  const all = cueRules();
  const { flags: may, first, at, next } = prefilter!.scanShared(text); // rules no word of the text can begin are not run
  for (let i = 0; i < all.length; i++) {
    if (!may[i]) continue;
    const { rule, re: r } = all[i]!;
    if (first[i]! >= 0) {
      // The matches a global search finds, left to right, tried only where one can start.
      const y = sticky[i]!;
      let from = 0;
      for (let k = first[i]!; k >= 0; k = next[k]!) {
        const p = at[k]!;
        if (p < from) continue;
        y.lastIndex = p;
        // test, not exec: a sticky regex's lastIndex after a match is where it ends, and no match array (with a
        // substring per capturing group: the cue patterns have many) is made.
        if (!y.test(text)) continue;
        const end = y.lastIndex;
        out.push({ rule, start: p, end, text: text.slice(p, end) });
        from = end > p ? end : p + 1;
      }
      continue;
    }
    const req = required[i];
    if (req && !req.test(text)) continue; // none of the literals every match contains
    r.lastIndex = 0;
    for (const m of allMatches(r, text)) {
      out.push({ rule, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.rule.priority - a.rule.priority);
}

const PROTEST_SUBS = new Set(["Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence"]);
const EXPLOSION_SUBS = new Set(["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"]);

/** Rule families: cues of one family in a clause describe one event. */
export function familyOf(rule: CueRule): string {
  if (rule.sub === "territory" || rule.sub === "Armed clash") return "battle";
  if (rule.protest || PROTEST_SUBS.has(rule.sub)) return "demonstration";
  if (EXPLOSION_SUBS.has(rule.sub)) return "explosion";
  return rule.sub;
}

/**
 * Every context pattern of the cue rules (not_if, needs_context, reclassify) in one word-start prefilter, and each
 * pattern's index in it: a text read for several of them is scanned once, not once per pattern (see gatedTest).
 */
let contextGate: { filter: WordPrefilter; index: Map<string, number> } | undefined;

function contextGateOf(): { filter: WordPrefilter; index: Map<string, number> } {
  if (!contextGate) {
    const index = new Map<string, number>();
    for (const { rule } of cueRules()) {
      for (const p of [rule.not_if, rule.needs_context, ...(rule.reclassify ?? []).map((r) => r.if)]) if (p && !index.has(p)) index.set(p, index.size);
    }
    contextGate = { filter: new WordPrefilter([...index.keys()]), index };
  }
  return contextGate;
}

/** Per context pattern that is none of the cue rules' (a caller's own rule), a word-start prefilter (null when its
 *  matches need not begin with known words). */
const gates = new Map<string, WordPrefilter | null>();

/**
 * `re(pattern).test(text)`, for the context patterns inContext reads at every cue: a text none of whose words begins
 * with one of the pattern's literal prefixes (see literalPrefixes) cannot match, and the regex, a long alternation
 * tried at every offset of the clause and the sentence before it, is not run.
 */
function gatedTest(pattern: string, text: string): boolean {
  let memo = testMemo.get(text);
  if (memo === undefined) {
    if (testMemo.size >= 64) testMemo = new Map();
    testMemo.set(text, (memo = { may: undefined, answers: new Map() }));
  }
  let hit = memo.answers.get(pattern);
  if (hit === undefined) memo.answers.set(pattern, (hit = gatedTestOnce(pattern, text, memo)));
  return hit;
}

/**
 * The context patterns' answers per text, then per pattern: a clause is read again for each cue in it (and a rule's
 * patterns again for each of its hits there), about a quarter of the reads over the bench's reports. An answer
 * depends on the two strings alone (the patterns are non-global, so no lastIndex is read). Replaced, not cleared,
 * once it holds 64 texts (a report's cues read a few dozen). `may`: the context gate's candidates for the text.
 */
let testMemo = new Map<string, { may: Uint8Array | undefined; answers: Map<string, boolean> }>();

function gatedTestOnce(pattern: string, text: string, memo: { may: Uint8Array | undefined }): boolean {
  const { filter, index } = contextGateOf();
  const i = index.get(pattern);
  if (i !== undefined) {
    memo.may ??= filter.scanShared(text).flags.slice(); // a copy: the next scan overwrites the shared buffer
    return memo.may[i] === 1 && re(pattern).test(text);
  }
  let gate = gates.get(pattern);
  if (gate === undefined) gates.set(pattern, (gate = literalPrefixes(pattern) ? new WordPrefilter([pattern]) : null));
  if (gate && !gate.scanShared(text).flags[0]) return false;
  return re(pattern).test(text);
}

/** The rule as it applies in this clause (after `reclassify`), or null when `not_if` rules it out. `object`: the clause from
 *  the cue on; `subject`: the clause up to the cue's end; `sentence`: the whole sentence up to the cue's end (the clauses
 *  before the cue's own, which the clause alone does not hold: "police fired tear gas at protesters ..., and detained 60"). */
export function inContext(rule: CueRule, clause: string, object?: string, subject?: string, sentence?: string): CueRule | null {
  if (rule.not_if && gatedTest(rule.not_if, clause)) return null;
  if (rule.needs_context && !gatedTest(rule.needs_context, clause)) return null;
  const scope = rule.reclassify_scope === "object" && object !== undefined ? object : rule.reclassify_scope === "subject" && subject !== undefined ? subject : clause;
  for (const r of rule.reclassify ?? []) {
    // One entry may read another part than the rule's own scope: the victims before a passive verb.
    const own = r.scope === "subject" ? subject ?? clause : r.scope === "object" ? object ?? clause : r.scope === "sentence" ? sentence ?? clause : scope;
    if (gatedTest(r.if, own)) {
      // (An entry of the rule's own sub-type keeps the rule as it is: read before the others, it only holds them off.)
      if (r.sub === rule.sub) return rule;
      return { ...rule, id: `${rule.id}>${r.sub}`, sub: r.sub, priority: r.priority ?? rule.priority, territory: undefined, protest: PROTEST_SUBS.has(r.sub), reclassify: undefined };
    }
  }
  return rule;
}
