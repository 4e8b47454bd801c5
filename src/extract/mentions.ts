// Pass 2 of extraction: event mentions, clause by clause. A mention is one cue for one happening,
// with the place, date, figures and speakers found around it, and its modality.
import { findCues, familyOf, inContext, modality, type CueHit, type CueRule } from "./cues.js";
import { loadJson, re } from "./lexicon.js";
import { countrySubject, hasStateForce } from "./country-subject.js";
import { daysBefore, daysUpTo, shiftedDay, weekUpTo, type DateMention } from "./dates.js";
import { findFatalities, type Figure } from "./fatalities.js";
import { sentenceSpeakers, PERSON, NOT_A_NAME, type Speaker } from "./attribution.js";
import type { ArticleContext, PlaceHit, SentenceInfo } from "./context.js";
import { attachPlace, BETWEEN_BEFORE, causeStart, datelineEnd, datelineLength, isVenue, namesUnitOf, refinePlace, usable } from "./places.js";
import { allMatches } from "../util/regex.js";
import { haversineKm } from "../util/geo-math.js";
import { unitWordAt } from "../geo/mentions.js";
import { roundUpProtest, roundUpScene } from "./roundup.js";

export interface Mention {
  sentence: SentenceInfo;
  /** Clause bounds, relative to the sentence. */
  clause: [number, number];
  cue: CueHit; // relative to the sentence
  cues: CueHit[];
  family: string;
  /** `scene`: carried over from a sentence of the same paragraph that sets the scene ("On Monday, thousands gathered ..."). */
  date?: DateMention & { inherited: boolean; said?: boolean; scene?: boolean; toldNight?: boolean };
  place?: PlaceHit;
  /** The place came from context (an earlier sentence, the dateline), not from the mention's own sentence. */
  placeInherited?: boolean;
  /** The place is only the dateline's: a later sentence naming the scene replaces it. */
  placeFromDateline?: boolean;
  /** The clause told its scene only as an unnamed place ("around a border village"): the place is a town of another
   *  clause, standing in for a scene somewhere in its region. */
  placeVague?: boolean;
  /** Absolute offsets; `vague` when a word like "dozens" stood for the number. */
  fatalities: Figure[];
  /** Offsets relative to `sentence`; left empty on a mention dropped in its own sentence's pass (never read there). */
  speakers: Speaker[];
  /** Speakers from a following sentence that elaborates this mention. */
  laterSpeakers: { sentence: SentenceInfo; speaker: Speaker }[];
  denials: Speaker[];
  unverified: boolean;
  verifiedByOutlet: boolean;
  /** Why the mention is not an event, when it is not. */
  drop?: string;
  /** Told as a round-up's next place ("In Basra, hundreds ..."): another happening than those told at other places. */
  newScene?: boolean;
}

/** A sentence attributed to an analyst, researcher or think tank (speech verb near the role word). */
const ANALYSIS_FULL = /\b(?:said|says|told|according to|wrote|argued?|argues|expects?)\b[^.;]{0,60}\b(?:an?\s+)?(?:analysts?|researchers?|(?:associate\s+|senior\s+)?fellow|think[- ]tank|scholar|professor|lecturer)\b|\b(?:analysts?|researchers?|experts?)\s+(?:say|said|says|believe|expect|warn|argue)\b/i;
/** The role words one of which every ANALYSIS_FULL match holds: a sentence without any (most) is not searched. */
const ANALYSIS_NEEDS = /analyst|researcher|fellow|think|scholar|professor|lecturer|expert/i;
const ANALYSIS = { test: (s: string): boolean => ANALYSIS_NEEDS.test(s) && ANALYSIS_FULL.test(s) };

/**
 * "ANALYSIS — When France announced ...", "Analysis: Lebanon's new government inherits ...": a report its outlet labels
 * an analysis, in its opening line, tells the news's background and outlook; the happenings it names are
 * the context of that argument, not news it reports (in the tuning sets, every such piece codes no event).
 */
const ANALYSIS_LABEL = /^\s*analysis\s*(?:[—–:]|-\s)/i;
/** A lead that frames the report as a commemoration: what it recalls is history. */
const ANNIVERSARY_LEAD = /\b(?:anniversary|(?:one|a|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+(?:years?|decades?)\s+(?:after|since|on\b(?!\s+(?:\w+day|the\b))|(?:have|has)\s+(?:now\s+)?passed\s+since)|commemorat\w+)\b/i;
/** "clashes broke out during the bicentenary commemoration of the battle": the commemoration is where the news
 *  happened, not what the report is about, so the report is no anniversary piece. */
const DURING_COMMEMORATION = /\b(?:during|at|amid)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:commemorations?|anniversary\s+(?:celebrations?|commemorations?|events?|gatherings?|rall(?:y|ies)|march(?:es)?))\b/i;

/** An anniversary named as the day's occasion: "on the anniversary of ...", "marked the anniversary", "a concert held to
 *  celebrate the anniversary of ...". */
const OCCASION = /\b(?:anniversary|(?:bi|tri|ter)?centenary|centennial|commemorat\w+|marked\s+the)\b/i;

/**
 * "Five people were killed when gunmen opened fire in Bor on Sunday evening, as crowds marked the anniversary of the
 * 2013 massacre": an anniversary told after the cue, with a fresh day of the cue's own before it, is the occasion of
 * the news, not what the cue tells; only the part of the scope up to the cue is read for background then.
 */
function occasionAfter(si: SentenceInfo, plain: string, cs: number, best: CueHit, scope: string, ctx: ArticleContext): boolean {
  const upTo = plain.slice(cs, best.end);
  if (compiled().backgroundStrong.test(upTo.replace(LAPSE_OPENER, " "))) return false;
  const at = scope.slice(upTo.length).search(OCCASION);
  if (at < 0) return false;
  const occasion = best.end + at;
  return si.dates.some((d) => d.precision === 1 && !isOld(d, ctx) && d.start >= cs && d.end <= occasion);
}

/** "came a day after", "came two days after": the words that set a happening before the one told first. */
const CAME_AFTER = /^(?:(?:comes?|came)\s|(?:days?|weeks?)\s+after\b)/i;

/**
 * "The bombing came a day after government troops said they had recaptured several villages near Jowhar on Sunday":
 * a happening told after "came ... after" is an earlier one, yet one told with a fresh day of its own after those
 * words is news of its own (a day or two before the lead's), not history. Only when every background word of the
 * scope is such a "came after" before the cue.
 */
function priorWithOwnDay(si: SentenceInfo, cs: number, best: CueHit, scope: string, ctx: ArticleContext): boolean {
  let lastEnd = -1;
  for (const m of scope.matchAll(compiled().backgroundStrongAll)) {
    if (!CAME_AFTER.test(m[0]) || cs + m.index! + m[0].length > best.start) return false;
    lastEnd = cs + m.index! + m[0].length;
  }
  // "A day after the bombing, police arrested ...": a happening named with "the" right after the words points back at
  // one told already; the day after it is the next clause's.
  if (lastEnd < 0 || POINTS_BACK.test(scope.slice(lastEnd - cs, best.start - cs))) return false;
  return si.dates.some((d) => d.precision === 1 && !isOld(d, ctx) && d.start >= lastEnd && !RELATIVE_TO_EVENT.test(d.text));
}

/** What lies between "a day after" and a cue naming a happening told already: "the ", "that deadly ". */
const POINTS_BACK = /^\s*(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+)?$/i;

/** A demonstration cue that tells a crowd marking an anniversary (protest.gathered.demanding). */
const MARKS_ANNIVERSARY = /\b(?:to\s+mark|marking|to\s+commemorate|commemorating|to\s+celebrate|celebrating)\b/i;

/** A sentence all in quotes that carries on (or leads into) an analyst's quote is still the analyst's. */
function quoteGoesOn(si: SentenceInfo, ctx: ArticleContext): boolean {
  if (!/^\s*["“]/.test(si.text) || /\b(?:said|says|told)\b/.test(si.text)) return false;
  return [ctx.sentences[si.idx - 1], ctx.sentences[si.idx + 1]].some((o) => !!o && o.para === si.para && /["”]/.test(o.text) && ANALYSIS.test(o.text));
}

/** A site's own line pasted into the text ("Read more: ...", "Photo: ..."): a link or a caption, not the story. */
const SITE_LINE = /^\s*(?:Read more|Read also|Also read|More from \w+|Related(?: coverage| stories)?|See also|Watch|Listen|Photo(?: caption)?|Caption|Image|Picture|File photo|Video|Sign up|Subscribe)\s*:/i;

/** Families too minor to be placed by context alone. */
const OWN_PLACE_ONLY = new Set(["Change to group/activity", "Other", "Headquarters or base established"]);

/** Events dated more than this many days before publication are background, not news. */
export const BACKGROUND_DAYS = 10;
/** How far before publication a lead dated only to a week or a month may end and still be the news ("last month"). */
const LOOSE_LEAD_DAYS = 62;

/** Spans between paired dashes or brackets: asides that do not carry the clause's modality. */
let asideCache = new Map<string, [number, number][]>(); // replaced when full, not clear()ed: see tokenCache in phrase-trie.ts

/** Sentence adverbs are no names: "Separately, a drone hit ..., the army said" holds no appositive. */
const SENTENCE_ADVERBS = "Separately|Meanwhile|However|Elsewhere|Earlier|Later|Overnight|Yesterday|Today|Instead|Also|Moreover|Nevertheless|Still|Then|Afterwards|Previously|Initially|Finally|Eventually|Similarly|Additionally|Subsequently|Recently|Nearby|Again";
/** Days and months are no names either: "On Sunday, a roadside bomb struck ..." opens the clause, it is no appositive. */
const TIME_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Tonight|Tomorrow";
const ASIDE = new RegExp(String.raw`\s[—–]\s[^—–]{3,200}?\s[—–]\s|\([^()]{1,200}\)|(?=[A-Z])(?!(?:${SENTENCE_ADVERBS}|${TIME_NAMES}),)([A-Z][\w'’-]*),\s(?:an?\s|which\s(?!(?:was|were|had been|has been)\s+(?:\w+ly\s+)?\w+ed\b)|who\s)[^,;]{3,100}?,`, "g");

/**
 * What every ASIDE match holds: a dash (first alternative), "(" (second), or ", a " / ", an " / ", which " /
 * ", who " (the third, after the name's comma). A sentence without any of them holds no aside.
 */
const ASIDE_NEEDS = /[—–(]|,\s(?:an?|which|who)\s/;

/** A count's aside between a subject and its passive verb: "at least 22 people, among them 14 children, were killed". */
const COUNT_ASIDE = /,\s(?:among\s+them|among\s+whom|of\s+whom|including|most\s+of\s+them|many\s+of\s+them|some\s+of\s+them)\s[^,;]{1,60}?,(?=\s+(?:were|was|had\s+been|have\s+been)\s)/g;
// (read once per sentence: a mention's every candidate day asks for the same sentence's asides)
let lastAsides: { text: string; spans: [number, number][] } | undefined;
function countAsides(s: string): [number, number][] {
  if (lastAsides?.text === s) return lastAsides.spans;
  const spans: [number, number][] = s.includes(", ") ? [...s.matchAll(COUNT_ASIDE)].map((m) => [m.index!, m.index! + m[0].length]) : [];
  lastAsides = { text: s, spans };
  return spans;
}

/** A sentence that opens on a subordinate clause, not yet closed by a comma: "Hours after the rebels entered ",
 *  "A day after gunmen attacked ", "When troops reached ". */
const OPENING_SUBORDINATE = /^\W*(?:[\w-]+\s+){0,4}?(?:after|before|when|as|once|following)\s[^,;:]*$/i;
/** An apparent appositive holding a subject's finite passive verb (", a soldier was shot dead on Monday,"): a clause. */
const FINITE_CLAUSE = /^,\s(?:an?\s)(?:(?!(?:who|which|that|where|whose)\s)[\w'’-]+\s){1,4}?(?:was|were)\s/;
/** An apparent appositive holding a subject and its finite active verb, with the verb's object or (for a blast) its
 *  place: ", an armed drone hit one of their positions", ", a bomb exploded in the market". Not a participle telling
 *  the name's past (", a town captured two years ago by the army,"). */
const ACTIVE_CLAUSE = /^,\s(?:an?\s)(?:(?!(?:who|which|that|where|whose)\s)[\w'’-]+\s){0,3}?(?:(?:hit|struck|shot|fired\s+(?:on|at)|blew\s+up|set\s+fire\s+to|threw|stormed|attacked|ambushed|killed|[a-z]+ed)\s+(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|their|its|his|her|\d+)\b(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)|(?:exploded|went\s+off|blew\s+up|detonated)\s+(?:in|at|near|outside|on|beside|inside)\s)/;
/** What follows a main clause, never an appositive: a participle telling its outcome (", killing three"),
 *  perhaps after one more phrase of place (", some 40 km west of the city, killing three"). */
const MAIN_CLAUSE_TAIL = /^\s*(?:[^,;.]{1,60},\s*)?(?:killing|wounding|injuring|leaving|forcing|destroying|damaging|sending|sparking|prompting)\b/i;
/** A sentence that opens on a phrase of place, not yet closed by a comma: "In ", "In nearby ", "Near the town of ",
 *  "Separately, in ", "In Dasmariñas City, ". */
const OPENING_PLACE_PHRASE = /^\W*(?:[A-Z][a-z]+,\s+)?(?:in|at|near|outside|around)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:[\p{L}'’.-]+,\s+)?$/iu;
/** What follows a main clause: who told it (", police said", ", according to the army"). */
const SPEECH_AFTER = /^\s*(?:(?:[\w'’-]+\s+){1,4}?(?:said|says|reported|added|confirmed|told)\b|according\s+to\b)/i;

export function asides(s: string): [number, number][] {
  const hit = asideCache.get(s);
  if (hit) return hit;
  const out: [number, number][] = [];
  // dashes and brackets; and appositives after a name: "The Arakan Army, an ethnic armed group fighting X,"
  // ASIDE is tried at every capital letter; most sentences hold none of what its three alternatives need.
  // A dateline's dash ("LIMA — At least seven ...") opens no aside: read with it blanked, a later dash does not pair with it.
  const dl = datelineEnd(s);
  const scan = dl ? " ".repeat(dl) + s.slice(dl) : s;
  if (ASIDE_NEEDS.test(scan)) for (const m of allMatches(ASIDE, scan)) {
    const start = m.index! + (m[1]?.length ?? 0);
    // "Hours after the rebels entered Ataq, a drone struck a post in Nisab, killing three": the name ends an
    // opening subordinate clause, and what follows its comma is the main clause, not an appositive.
    // So is one whose "appositive" holds a subject and its finite verb ("A few hours after the brigades rolled into
    // Ataq, an armed drone hit one of their positions in Nisab, ..., and three fighters died").
    // (Read after the dateline: "DAMASCUS — A day after Israeli jets struck a depot near Homs, an air strike hit ...".)
    if (m[1] && OPENING_SUBORDINATE.test(s.slice(dl, m.index!)) && (MAIN_CLAUSE_TAIL.test(s.slice(m.index! + m[0].length)) || ACTIVE_CLAUSE.test(m[0].slice(m[1].length)))) continue;
    // "... in eastern Afghanistan, a day after a bomb tore through a mosque in Kabul, killing 14": a trailing "after"
    // clause (TRAILING_AFTER) telling an earlier happening is no appositive of the name before it.
    if (m[1] && TRAILING_AFTER.test(m[0].slice(m[1].length))) continue;
    // "In Cotabato City, a man lobbed a grenade at a bakery on Monday, police said", "In Najafabad, a police officer
    // was shot dead on Monday, a spokesman said": the name ends an opening phrase of place, and what follows its
    // comma is the main clause (a subject and its finite verb, or with a speaker's tail or an outcome after it).
    if (m[1] && OPENING_PLACE_PHRASE.test(s.slice(dl, m.index!))) {
      const after = s.slice(m.index! + m[0].length);
      if (FINITE_CLAUSE.test(m[0].slice(m[1].length)) || MAIN_CLAUSE_TAIL.test(after) || SPEECH_AFTER.test(after)) continue;
    }
    out.push([start, m.index! + m[0].length]);
  }
  if (asideCache.size > 2000) asideCache = new Map();
  asideCache.set(s, out);
  return out;
}

/** ", a day after ", ", less than two days after ": how a trailing clause telling an earlier happening opens (after its
 *  comma); group 1 is the span of time, which dates that happening back from its sentence's day (TRAILING_AFTER). */
const TRAILING_AFTER_WORDS = String.raw`(?:(?:just|only|shortly|barely|some|about|less\s+than)\s+)?(hours|a\s+few\s+hours|a\s+day|one\s+day|two\s+days)\s+after\s+`;
/** Where a sentence's clauses part: ";", ", and" before a new subject (also "suspected militants"), a trailing ", a day after a ..."
 *  (an earlier happening of its own, TRAILING_AFTER), a stop inside the text, "Hours later,". */
const CLAUSE_CUT_CORE = String.raw`;\s+|,\s+(?=${TRAILING_AFTER_WORDS}(?:a|an|two|three|several|\d+|[A-Z][\w-]*)\s)|,\s+(?:and|but|while|whereas)\s+(?=that\b|(?:(?:suspected|armed|unidentified|unknown|masked)\s+)?(?:gunm[ae]n|militants|attackers|assailants|insurgents|jihadists|fighters|bandits|settlers|militiamen|protesters|demonstrators|rioters|fighting|clashes)\b|[a-z]*\s*(?:the|a|an|police|troops|soldiers|rebels|residents|security|his|her|its|their|[A-Z]))|\.\s+(?=[A-Z])`;
const CLAUSE_CUT = new RegExp(String.raw`${CLAUSE_CUT_CORE}|\s+(?:Hours|Minutes|Days) later,?\s+`, "g");
/**
 * CLAUSE_CUT without "Hours later," for the many sentences without " later": that alternative is
 * tried at every run of spaces, so leaving it out where it cannot match saves a try at every word;
 * the cuts found are the same.
 */
const CLAUSE_CUT_NO_LATER = new RegExp(CLAUSE_CUT_CORE, "g");

function clauses(s: string): [number, number][] {
  const cuts = [0];
  for (const m of allMatches(s.includes(" later") ? CLAUSE_CUT : CLAUSE_CUT_NO_LATER, s)) {
    cuts.push(m.index!);
  }
  cuts.push(s.length);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

const blank = (s: string, spans: [number, number][]) => {
  let t = s;
  for (const [a, b] of spans) t = t.slice(0, a) + " ".repeat(b - a) + t.slice(b);
  return t;
};

/** "in Bilozerka, a village west of Kherson, and on Friday ...": an aside blanked with the comma that closes it
 *  keeps that comma when ", and" (or but/while/whereas) follows, so the clauses still part there. */
const CONJUNCTION_AFTER = /^\s+(?:and|but|while|whereas)\s/;
const blankAsides = (s: string, spans: [number, number][]) => {
  let t = blank(s, spans);
  for (const [, b] of spans) if (b > 0 && s[b - 1] === "," && CONJUNCTION_AFTER.test(s.slice(b, b + 10))) t = t.slice(0, b - 1) + "," + t.slice(b);
  return t;
};

let compiledCache: ReturnType<typeof compile> | undefined;
/** The modality patterns, compiled once (the data file is read once too). */
const compiled = () => (compiledCache ??= compile());

function compile() {
  const md = modality();
  return {
    forecastBefore: re(md.forecast_before_cue),
    forecastClause: re(md.forecast_clause),
    // plans a "peace rally": a word of the name may open a quotation, and the cue may be quoted itself.
    forecastRightBefore: new RegExp(`\\b(?:${md.forecast_right_before})\\s+(?:["“‘]?[\\w'’-]+["”’]?\\s+){0,2}["“‘]?$`, "i"),
    question: re(md.question),
    judgedFor: re(md.judged_for),
    followUpOpener: re(md.follow_up_opener),
    quotedAccount: re(md.quoted_account),
    notForecast: re(md.not_forecast, "gi"),
    negation: re(md.negation_before_cue),
    background: re(md.background_clause),
    tally: re(md.tally_clause),
    backgroundStrong: re((md as unknown as { background_strong: string }).background_strong),
    backgroundStrongAll: re((md as unknown as { background_strong: string }).background_strong, "gi"),
    denial: re(md.denial),
    unverified: re(md.unverified),
    verified: re(md.verified),
    protestTold: re(md.protest_told),
    notActorsAct: re(md.not_actors_act),
    notConcludedAfter: re(md.not_concluded_after),
    ongoingAfter: re(md.ongoing_after),
    waveOriginAfter: re(md.wave_origin_after),
    seriesBefore: re(md.series_before),
    dayOfOther: re(md.day_of_other),
    contextBefore: re(md.context_before),
    contextAround: re(md.context_around),
    referenceAround: re(md.reference_around),
    deniedReportBefore: re(md.denied_report_before),
    deniedAccountSubject: re(md.denied_account_subject),
    periodOfBefore: re(md.period_of_before),
    accusedOrderingBefore: re(md.accused_ordering_before),
    cameAfterOpener: re(md.came_after_opener),
    perfectBefore: re(md.perfect_before),
    perfectPeriod: re(md.perfect_period),
    trialLead: re(md.trial_lead),
    trialLeadCourt: re(md.trial_lead_court),
    nameHeadAfter: re(md.name_head_after),
    // Read case-sensitively: a name's capitalised head words before the cue.
    nameHeadBefore: re(md.name_head_before, ""),
  };
}

export function findMentions(ctx: ArticleContext): Mention[] {
  const rx = compiled();
  const mentions: Mention[] = [];
  const flags: ReportFlags = {
    unverified: ctx.sentences.some((s) => rx.unverified.test(s.text)),
    analysisPiece: ANALYSIS_LABEL.test(ctx.input.text ?? ""),
    anniversaryPiece: !!ctx.sentences[0] && ANNIVERSARY_LEAD.test(ctx.sentences[0].text) && !DURING_COMMEMORATION.test(ctx.sentences[0].text),
    trialPiece: !!ctx.sentences[0] && rx.trialLead.test(ctx.sentences[0].text) && rx.trialLeadCourt.test(ctx.sentences[0].text),
    deniedAccount: false,
    protestTold: rx.protestTold.test(ctx.input.text),
  };
  // Each step below is a function of its own rather than one long body: V8 optimises a function only
  // after running bytecode in proportion to its size, and recompiles all of it (with what it inlined)
  // whenever one spot in it meets a new object or array shape. As one body, findMentions was optimised
  // only after ~300 reports, and each of its compiles cost ~0.2-0.5 s of CPU.
  // Every sentence's cues first, in one pass of their own: what the cue scan reads (the word prefilter's tables, the
  // cue rules' compiled code) stays in the CPU caches from one sentence to the next, where the mention work read in
  // between evicted it (the scan ran ~4x slower inside extraction than alone). The cues of a sentence depend on its
  // own text only.
  const plains: string[] = [];
  const cuesOf: CueHit[][] = [];
  for (const si of ctx.sentences) {
    if (SITE_LINE.test(si.text)) {
      plains.push(si.text), cuesOf.push(NO_CUES);
      continue;
    }
    const plain = blankAsides(si.text, asides(si.text)); // asides blanked: modality cues inside them do not count
    plains.push(plain), cuesOf.push(findCues(plain));
  }
  // ...and so are their figures (attachFigures reads every sentence's, findFatalities keeps them for the report).
  for (const si of ctx.sentences) if (cuesOf[si.idx] !== NO_CUES) findFatalities(si.text);
  for (const si of ctx.sentences) {
    if (cuesOf[si.idx] === NO_CUES) continue;
    const plain = plains[si.idx]!;
    // Speakers are worked out only for sentences that need them (a cue, or elaboration of a recent event).
    const said = new SaidOnce(si, ctx);
    const found = cueMentions(si, plain, cuesOf[si.idx]!, ctx, mentions, flags, said);
    // "In Basra, hundreds blocked a road": a round-up's next town, told by its crowd.
    // ("In the city of Moundou, five people were shot dead": a round-up's next town, told by what happened there.)
    const roundUp = found.length ? undefined : roundUpProtest(si, ctx, lastLive(mentions)) ?? roundUpScene(si, ctx, lastLive(mentions));
    if (roundUp) found.push(roundUp);
    else if (!found.length) elaborateLatest(si, ctx, mentions, said);
    else refineFromOpeningClause(si, ctx, mentions, found);
    placeAndDate(found, si, ctx, mentions);
    for (const m of found) if (!m.drop) m.drop = laterDrop(m, si, plain, ctx, mentions, found);
    // Speakers are found only for the mentions still live here: a dropped mention's are never read,
    // and finding them (a pass over the sentence's sources and subjects) is dear.
    for (const m of found) {
      if (m.drop) continue;
      const { speakers, denials } = said.get();
      m.speakers = speakers;
      m.denials = denials;
    }
    attachFigures(si, found, mentions, ctx);
    mentions.push(...found);
    if (si.idx === 0 && flags.anniversaryPiece && leadTellsOwnNews(si, found, ctx)) flags.anniversaryPiece = false;
    if (si.idx === 0 && flags.trialPiece && leadTellsOwnNewsBefore(si, found, ctx, compiled().trialLead)) flags.trialPiece = false;
  }
  return mentions;
}

/** A day of its own after `end` in the sentence, not an old one ("killed 20 villagers in El Fasher on Sunday"): what
 *  follows is news with its own day, so a frame before it (a denial, a span of violence) does not make it history. */
function freshDayAfter(si: SentenceInfo, end: number, ctx: ArticleContext): boolean {
  return si.dates.some((d) => d.start > end && d.precision === 1 && !isOld(d, ctx));
}

/** A lead whose live happening, dated freshly by a day of its own, is told before the words `frame` marks (a verdict's):
 *  the ruling is the occasion of news told first ("Police fired tear gas at crowds on Monday after judges convicted ..."). */
function leadTellsOwnNewsBefore(si: SentenceInfo, found: Mention[], ctx: ArticleContext, frame: RegExp): boolean {
  const at = si.text.search(frame);
  if (at < 0) return false;
  return found.some((m) => !m.drop && m.cue.end <= at && !!m.date && !m.date.inherited && m.date.precision === 1 && !isOld(m.date, ctx));
}

/**
 * "Military aircraft bombed a concert held to celebrate the anniversary of the rebels' movement late on Sunday",
 * "two people were shot dead in Kisumu on Friday, as protests turned violent on the Saba Saba anniversary": a lead
 * whose live happening, dated freshly by a day of its own, is told before the anniversary names that anniversary as
 * the news's occasion; the report is no anniversary piece. A crowd told as marking it ("Thousands marched on Sunday
 * to mark the anniversary of the coup") leaves the report one: its later lines may retell the old happening.
 */
function leadTellsOwnNews(si: SentenceInfo, found: Mention[], ctx: ArticleContext): boolean {
  const at = si.text.search(ANNIVERSARY_LEAD);
  if (at < 0) return false;
  return found.some((m) => !m.drop && m.cue.end <= at && m.cue.rule.sub !== "Peaceful protest" && !!m.date && !m.date.inherited && m.date.precision === 1 && !isOld(m.date, ctx));
}

/** What holds for the whole report while its sentences are read. */
interface ReportFlags {
  /** The outlet says it could not verify what it tells. */
  unverified: boolean;
  /** The outlet labels the report an analysis: what it names is the argument's context, no news it reports. */
  analysisPiece: boolean;
  /** The lead frames the report as an anniversary: only what it dates itself can be news. */
  anniversaryPiece: boolean;
  /** The lead frames the report as a court's ruling, charge or trial: the crimes it retells are history. */
  trialPiece: boolean;
  /** The report has put down an account (reports, claims, allegations) before: a sentence with that account as subject retells it. */
  deniedAccount: boolean;
  /** The report tells of a protest somewhere: police killing in it is left to the protest's cues. */
  protestTold: boolean;
}

/** A protest told before `si` or by the end of the paragraph after its own: a killing told there may be the
 *  protest's toll. One told only paragraphs later ("Two days before, protesters clashed with troops ...") is
 *  another happening, and does not make "three men were shot dead" its toll. */
function protestNear(si: SentenceInfo, ctx: ArticleContext): boolean {
  let end = si.end;
  for (const s of ctx.sentences) if (s.para <= si.para + 1) end = Math.max(end, s.end);
  return compiled().protestTold.test(ctx.input.text.slice(0, end));
}

/** A sentence's speakers, worked out at most once, and only if a mention needs them. */
class SaidOnce {
  private said: Said | undefined;
  constructor(private readonly si: SentenceInfo, private readonly ctx: ArticleContext) {}
  get(): Said {
    return (this.said ??= saidIn(this.si, this.ctx));
  }
}

/** A site line's cues: none are read (findMentions skips the line). */
const NO_CUES: CueHit[] = [];

/** The month's name (capitalised) and a day's number beside it: "25 March", "March 28". */
const MONTH_MARCH = /^March$/;
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s$/;
const DAY_AFTER = /^\s\d{1,2}\b/;

/** The mentions of one sentence's cues, clause by clause, each with why it is no event (if it is not). */
function cueMentions(si: SentenceInfo, plain: string, sentenceCues: CueHit[], ctx: ArticleContext, mentions: Mention[], flags: ReportFlags, said: SaidOnce): Mention[] {
  const rx = compiled();
  const text = si.text;
  const found: Mention[] = [];
  // sentenceCues: findCues(plain), one pass per sentence; hits are handed to their clauses
  // Whether the outlet says it verified what the sentence tells: read once per sentence, for its first mention.
  let verified: boolean | undefined;
  // Most sentences hold no cue: they give no mention, and the clauses' framing below is not worked out for them.
  if (!sentenceCues.length) return found;
  for (const [cs, ce] of leadOpenerClauses(clauses(plain), plain, sentenceCues, mentions)) {
    // ...nor for a clause none of the sentence's cues lies in.
    if (!sentenceCues.some((h) => h.start >= cs && h.end <= ce)) continue;
    const clauseText = plain.slice(cs, ce);
    const prevText = ctx.sentences[si.idx - 1]?.text ?? "";
    // Plain loops, not a filter/map chain: the chain's intermediate arrays came in several elements
    // kinds, and each new one deoptimised the function, whose re-optimisation took V8's compiler
    // thread ~0.5 s each time (several times per 1,000 reports, after warm-up).
    const inClause: CueHit[] = [];
    // The previous sentence sets the scene only when this one names no armed actor of its own.
    const armed = si.actors.some((a) => a.actor.inter >= 1 && a.actor.inter <= 4 && a.actor.kind !== "police");
    // Who told it is no part of what happened: ", the army said" does not make killed villagers a battle.
    // ...but a speech verb with the cue after it ("Residents of X, in the north, said rioters burned cars") opens the
    // report: what it says is the happening, kept whole.
    const tail = SPEECH_TAIL.exec(clauseText);
    const toldWhole = tail ? clauseText.slice(0, tail.index) : clauseText;
    const opener = followUpOpener(plain, cs, ce, sentenceCues, mentions);
    // "A day after a drone killed a man in Tel Aviv, Israeli jets bombed Hodeidah": even in a lead (no event told
    // before), the opener frames only its own cues; what the clause tells after it is read from there on.
    const openedAt = opener < 0 ? openerEnd(plain, cs, ce) : opener;
    for (const hit of sentenceCues) {
      if (!(hit.start >= cs && hit.end <= ce)) continue;
      // "Hours after the rebels entered Ataq, a drone struck ...": the opener's verb is the happening already told.
      if (hit.end <= opener) continue;
      // "..., the latest in a wave of massacres in North Kivu": a cue word naming the run of happenings the news belongs
      // to is background, not a cue of its own (data/cues/modality.json, series_before).
      if (rx.seriesBefore.test(plain.slice(Math.max(0, hit.start - 80), hit.start))) continue;
      // "since March": a cue word inside a date is the month's name.
      if (si.dates.length && si.dates.some((d) => hit.start >= d.start && hit.end <= d.end)) continue;
      // "KINSHASA, March 28 (Reuters) -": a dateline holds no happening (its day is no date of the sentence).
      if (si.idx === 0 && hit.end <= datelineLength(si)) continue;
      // "Saturday, 25 March 2017", "March 28": the month's name beside a day's number, even where no date was read.
      if (MONTH_MARCH.test(text.slice(hit.start, hit.end)) && (DAY_BEFORE.test(text.slice(Math.max(0, hit.start - 4), hit.start)) || DAY_AFTER.test(text.slice(hit.end, hit.end + 4)))) continue;
      const c = { ...hit, start: hit.start - cs, end: hit.end - cs };
      const told = tail && c.start >= tail.index ? clauseText : toldWhole;
      // ...nor when the cue's object is a named person ("Rangers detained Khan"): a protest the sentence before
      // told of does not make the arrest of a notable figure a protest.
      // ...nor when the clause names its own unnamed armed men before the cue ("In X district, gunmen shot dead 23
      // people"): a lead's "coordinated attacks across the province" before it does not make this scene a summary.
      const own = armed || namedObject(plain, c.end + cs, si) || passiveNamedArrest(c.rule, plain, cs, c.start + cs, c.end + cs, si)
        || si.generics.some((g) => g.start >= cs && g.end <= hit.start && (g.kind === "unidentified" || g.kind === "group"));
      // The cue's object ends where a subordinate clause opens ("stormed the town, ... since a commander defected to the army").
      const object = told.slice(c.start);
      const objectEnd = OBJECT_END.exec(object);
      const rule = inContext(c.rule, own && c.rule.reclassify ? told : told + " " + prevText, objectEnd ? object.slice(0, objectEnd.index) : object, told.slice(0, c.end), plain.slice(0, hit.end));
      // A state force told with no name ("the military bombed ..."): the rule's unnamed_actor words stand for the armed actor.
      const unnamedForce = !!rule?.unnamed_actor && re(rule.unnamed_actor.if).test(told.slice(0, c.start));
      if (!rule || (rule.needs_armed_actor && !unnamedForce && !armedBefore(si, plain, cs, cs + c.start, !flags.protestTold)) || (rule.unless_protest_told && flags.protestTold && protestNear(si, ctx) && !killedByArmedGroup(si, plain, hit.end) && !(rule.despite_protest && re(rule.despite_protest.if).test(told)))) continue;
      const kept = personObject({ ...c, rule, start: c.start + cs, end: c.end + cs }, plain, si);
      if (kept) inClause.push(kept);
    }
    if (!inClause.length) continue;
    // "women marched to protest against sexual violence", "families of the kidnapped students protested": a cue
    // told as the topic of another or as a word qualifying a noun is no happening of its own beside that other.
    if (inClause.length > 1) {
      // (A withdrawal is the setting only of a violent deed told before it: "killed 300 civilians after the army withdrew".)
      const own = inClause.filter((h) => !toldAsTopic(plain, h, cs, ce, deedBefore(inClause, h)));
      if (own.length && own.length < inClause.length) inClause.splice(0, inClause.length, ...own);
    }
    const byFamily = new Map<string, CueHit[]>();
    for (const c of inClause) {
      const f = familyOf(c.rule);
      byFamily.set(f, [...(byFamily.get(f) ?? []), c]);
    }
    const scored: { family: string; hits: CueHit[]; best: CueHit }[] = [];
    for (const [family, hits] of byFamily) {
      const best = strongest(hits, plain, si);
      if (best) scored.push({ family, hits, best });
    }
    // A family the words around its cue rule out (history: "the worst attack since the army retook the
    // area"; a forecast) absorbs nothing: the clause's other happenings are read as if it were not there.
    // Within a violent family, a cue ruled out gives way to another the clause tells ("failed to capture the
    // town after heavy fighting": the fighting). A minor development is not looked for behind one ruled out.
    const dropOf = new Map<(typeof scored)[number], string | undefined>();
    // A follow-up's frame is read after its opener: "A day after gunmen attacked X," tells no background of it.
    // ", a day after a drone killed a man in X": the clause cut off by a trailing "after" tells an earlier happening
    // of its own; its "a day after" times it, and is no sign of background.
    // So does a lead's opener cut off as a clause of its own (leadOpenerClauses): its frame starts at its happening.
    const trailing = TRAILING_AFTER.exec(clauseText);
    const leadHead = trailing ? null : leadOpener(plain, cs, ce) && LEAD_AFTER_HEAD.exec(plain.slice(cs, ce));
    const frameFrom = Math.max(cs, opener, trailing ? cs + trailing[0].length : leadHead ? cs + leadHead.index + leadHead[0].length : cs);
    for (let i = 0; i < scored.length; i++) {
      let f = scored[i]!;
      let drop = modalityDrop(si, plain, frameOf(f.best, frameFrom, openedAt), ce, f.best, ctx, mentions, flags, said);
      if (drop && f.hits.length > 1 && !SEPARATE.has(f.family)) {
        const other = strongest(f.hits.filter((h) => h !== f.best && (h.end <= f.best.start || h.start >= f.best.end)), plain, si);
        const otherDrop = other && modalityDrop(si, plain, frameOf(other, frameFrom, openedAt), ce, other, ctx, mentions, flags, said);
        if (other && !otherDrop) (f = scored[i] = { ...f, best: other }), (drop = undefined);
      }
      dropOf.set(f, drop);
    }
    const live = scored.filter((f) => !dropOf.get(f));
    const kept = scored.length > 1 && live.length < scored.length ? [...absorb(live, plain), ...scored.filter((f) => dropOf.get(f))] : absorb(scored, plain);
    for (const f of kept) {
      const { family, hits, best } = f;
      const drop = dropOf.get(f);
      // Every field is set here, even those filled later: one object shape keeps V8's code for mentions fast.
      found.push({
        sentence: si, clause: [cs, ce], cue: best, cues: hits, family, date: undefined, place: undefined, placeInherited: false, placeFromDateline: false,
        fatalities: [], speakers: NO_SPEAKERS, laterSpeakers: [], denials: NO_SPEAKERS, // set below when the mention lives
        unverified: flags.unverified, verifiedByOutlet: (verified ??= rx.verified.test(text) && !rx.unverified.test(text)), drop, // "could not be independently verified" is no verification
      });
    }
  }
  return found;
}

/** A clause cut off at a trailing "after" (CLAUSE_CUT): ", a day after ...", ", hours after ...", ", less than two days after ...". */
export const TRAILING_AFTER = new RegExp(String.raw`^,\s+${TRAILING_AFTER_WORDS}`);

/**
 * The mirror of TRAILING_AFTER at a sentence's start: "A day after a Houthi drone slammed into a depot in Jizan, jets
 * bombed Hodeidah on Sunday". Told in a lead (no event told before), the opener is an earlier happening of its own, not
 * the one told before (followUpOpener); group 1 or 2 is the span of time that dates it back from the main clause's day.
 * Not an opener whose happening is one pointed back at ("A day after the bombing,", "Hours after its fighters ...",
 * "A day after they ..."): that names a happening told or known already.
 */
const LEAD_AFTER = new RegExp(String.raw`^\W*(?:(?:Just|Only|Shortly|Barely|Some|About|Less\s+than)\s+(hours|a\s+few\s+hours|a\s+day|one\s+day|two\s+days)|(Hours|A\s+few\s+hours|A\s+day|One\s+day|Two\s+days))\s+after\s+(?!(?:the|this|that|these|those|its|their|his|her|our|such|it|they|he|she|we|being|having)\b)[^,;]{3,90},\s(?:(?:killing|wounding|injuring|leaving)\s[^,;]{3,60},\s)?`);

/** A violent deed of the clause told before `h` (a withdrawal is the setting only of such a deed). */
function deedBefore(inClause: readonly CueHit[], h: CueHit): boolean {
  return inClause.some((o) => o.end <= h.start && o.rule.sub !== "territory" && !SEPARATE.has(familyOf(o.rule)));
}

/** Where the frame of the cue `h` is read from: the clause's frame, or from the end of an opener ("A day after X, ...") when `h` follows it. */
function frameOf(h: CueHit, frameFrom: number, openedAt: number): number {
  return openedAt > 0 && h.start >= openedAt ? Math.max(frameFrom, openedAt) : frameFrom;
}

/** A lead's opening "A day after X," (LEAD_AFTER) in the clause [cs, ce] of `text`, and where it ends (a dateline before it is skipped). */
function leadAfter(text: string, cs: number, ce: number): { m: RegExpExecArray; end: number } | null {
  const from = cs + (cs === 0 ? datelineEnd(text) : 0);
  const m = LEAD_AFTER.exec(text.slice(from, ce));
  return m ? { m, end: from + m[0].length } : null;
}

/**
 * How a mention's clause is timed by another happening, as every stage reads it (dates, places, sides, merging): a
 * trailing ", a day after X" cut off after the news (TRAILING_AFTER: an earlier happening of its own), a lead's
 * "A day after X," cut off as a clause of its own (LEAD_AFTER), or the main clause after such an opener. Read once per
 * mention, from its sentence's text (asides not blanked).
 */
export interface ClauseTiming { trailing: RegExpExecArray | null; opener: RegExpExecArray | null; afterOpener: boolean }
const timings = new WeakMap<Mention, ClauseTiming>();
export function clauseTiming(m: Mention): ClauseTiming {
  let t = timings.get(m);
  if (!t) {
    const [cs, ce] = m.clause, text = m.sentence.text;
    t = { trailing: cs > 0 ? TRAILING_AFTER.exec(text.slice(cs, ce)) : null, opener: leadOpener(text, cs, ce), afterOpener: cs > 0 && !!leadOpener(text, 0, cs) };
    timings.set(m, t);
  }
  return t;
}

/** Where a lead's opening "A day after X," ends in the clause [cs, ce] of `text`, or -1. */
function leadAfterEnd(text: string, cs: number, ce: number): number {
  return leadAfter(text, cs, ce)?.end ?? -1;
}

/** The lead opener (LEAD_AFTER) that is the whole of the clause [cs, ce], or null: the clause leadOpenerClauses cut off. */
export function leadOpener(text: string, cs: number, ce: number): RegExpExecArray | null {
  const a = leadAfter(text, cs, ce);
  return a && a.end === ce ? a.m : null;
}

/**
 * The clauses with a lead's opening "A day after X," cut off as a clause of its own, when no event was told before and
 * the opener holds a cue: the opener tells an earlier happening (its own place, a day before), not the same happening
 * as the main clause (a cue of the same kind there was absorbed into the main clause's), and no background of it (told
 * whole, "a day after" made it so: "A day after gunmen killed 12 villagers, the governor visited" gave nothing).
 */
function leadOpenerClauses(cl: [number, number][], plain: string, hits: CueHit[], mentions: Mention[]): [number, number][] {
  if (mentions.some((x) => !x.drop)) return cl;
  const [cs, ce] = cl[0]!;
  const end = leadAfterEnd(plain, cs, ce);
  if (end < 0 || !hits.some((h) => h.start >= cs && h.end <= end)) return cl;
  return [[cs, end], [end, ce], ...cl.slice(1)];
}

/** The words of a lead opener (LEAD_AFTER) up to its happening's subject: "A day after ". */
const LEAD_AFTER_HEAD = /\b(?:hours|days?)\s+after\s+/i;

/** Where an opener timing the clause by another happening ("A day after gunmen attacked X, ...") ends, or -1. */
function openerEnd(plain: string, cs: number, ce: number): number {
  // "DUBAI — A day after ...": the opener follows the dateline.
  const from = cs + (cs === 0 ? datelineEnd(plain) : 0);
  const m = compiled().followUpOpener.exec(plain.slice(from, ce));
  return m ? from + m[0].length : -1;
}

/**
 * Where a follow-up's opener ends in the clause [cs, ce], or -1: its cues tell the happening the report told
 * before, and are read neither as an event nor in place of the follow-up's own cue. Only when the report has
 * told an event already (else the opener may be the only telling) and a cue follows the opener.
 */
function followUpOpener(plain: string, cs: number, ce: number, hits: CueHit[], mentions: Mention[]): number {
  const end = openerEnd(plain, cs, ce);
  if (end < 0) return -1;
  if (!mentions.some((x) => !x.drop) || !hits.some((h) => h.start >= end && h.end <= ce)) return -1;
  return end;
}

/** The drop of a protest cue telling where a wave began (wave_origin_after). */
const WAVE_ORIGIN = "background (where a wave began)";

/** Why a cue's mention is no event, read from the words around the cue (modality, background, reference). */
function modalityDrop(si: SentenceInfo, plain: string, cs: number, ce: number, best: CueHit, ctx: ArticleContext, mentions: Mention[], flags: ReportFlags, said: SaidOnce): string | undefined {
  if (flags.analysisPiece) return "analysis (a report labelled as one)";
  const rx = compiled();
  const text = si.text;
  const clauseText = plain.slice(cs, ce);
  const before = plain.slice(cs, best.start);
  // Modality is read near the cue: a modal governs the words right after it, not the whole clause.
  // A day told between the modal and its verb ("vowed on Sunday to retake") is no part of the frame, and
  // a clause opened by "after" ("warned of more attacks after a bomb killed five") tells what came before.
  const near = nearFrame(outsideSlogans(before));
  // ...up to a comma after the cue: "detained 1,200 people, a day after rioters stormed ..." dates the cause, not the cue.
  const tail = plain.slice(best.end, Math.min(ce, best.end + 40));
  const scope = plain.slice(cs, best.end) + (/,\s/.test(tail) ? tail.slice(0, tail.search(/,\s/)) : tail);
  // "Who attacked the police station?": a question asks, it tells nothing.
  // (Every question holds its "?": the pattern, tried at every cue, is run only on a sentence with one.)
  if (text.includes("?") && rx.question.test(text)) return "question";
  // (A slogan's words, "a T-shirt reading \"Everything will be OK\"", are no modal of the sentence's.)
  if (rx.forecastBefore.test(near) || rx.forecastRightBefore.test(near) || rx.forecastClause.test(outsideSlogans(clauseText).replace(rx.notForecast, " ")) || FORECAST_AFTER.test(plain.slice(best.end, best.end + 30))) return "forecast or hypothetical";
  if ((rx.negation.test(lastChars(outsideSlogans(plain.slice(Math.max(cs, best.start - 150), best.start)).replace(NEGATED_RELATIVE, " "))) || NEGATED_AFTER.test(plain.slice(best.end, best.end + 40))) && !said.get().denials.length) return "negated";
  // "police denied rumours that gunmen had attacked a school": a rumour put down tells no happening.
  if (DENIED_RUMOUR_BEFORE.test(plain.slice(cs, best.start))) return "negated";
  // "denied reports that security forces had opened fire", "rejected a report by UN experts that said its army had fought":
  // a denied account's happening is not told by the report (data/cues/modality.json, denied_report_before).
  if (rx.deniedReportBefore.test(plain.slice(cs, best.start)) && !freshDayAfter(si, best.end, ctx)) {
    flags.deniedAccount = true;
    return "negated (a denied account)";
  }
  // "The reports, first posted on Sunday, claimed that fighters had ambushed a patrol": the denied account told again.
  if (flags.deniedAccount && rx.deniedAccountSubject.test(plain.slice(cs, best.start))) return "negated (a denied account told again)";
  // "breaching the Chemical Weapons Convention", "the Mine Ban Treaty": a cue that is part of a name of a treaty,
  // body or day (its words capitalised, a name's head word after it) names that thing, not a happening.
  // ...or a name's head before it ("the Military Council for the Liberation of Syria", "the Popular Front for the Liberation
  // of ...": an organisation named by what it fights for.
  if (/^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$/.test(best.text) && rx.nameHeadAfter.test(plain.slice(best.end, best.end + 40))) return "reference (part of a name)";
  if (/^[A-Z]/.test(best.text) && rx.nameHeadBefore.test(before.slice(-60))) return "reference (part of a name)";
  // "fighting around the dam has continued this month": violence told as going on, with no day of its own, is
  // the background of the news, not a happening.
  if (rx.ongoingAfter.test(plain.slice(best.end, Math.min(ce, best.end + 120))) && !si.dates.some((d) => d.precision === 1 && !isOld(d, ctx))) return "background (ongoing)";
  // "The protests began on Thursday in Mashhad over rising prices and quickly spread": where and when a wave of protests
  // started, told with its spread, is the news's history.
  if (best.rule.protest && rx.waveOriginAfter.test(plain.slice(best.end, ce))) return WAVE_ORIGIN;
  // "A prisoner exchange discussed in Oman was not concluded": a deal the report says came to nothing is no agreement.
  if (familyOf(best.rule) === "Agreement" && rx.notConcludedAfter.test(plain.slice(best.end, Math.min(ce, best.end + 70)))) return "negated (not concluded)";
  // "Thousands gathered on Sunday to mark the anniversary of the uprising": a crowd that marks an anniversary is the
  // news; the anniversary in its own cue does not make it history.
  if (rx.backgroundStrong.test(scope.replace(LAPSE_OPENER, " ")) && !(best.rule.protest && MARKS_ANNIVERSARY.test(best.text)) && !occasionAfter(si, plain, cs, best, scope, ctx) && !priorWithOwnDay(si, cs, best, scope, ctx)) return "background";
  // "convicted two soldiers of killing 12 civilians", "sentenced ... for an attack that killed 20": what a
  // verdict or a charge is for is a happening already told (or not news); the ruling is no new attack.
  if (rx.judgedFor.test(before.slice(-110).trimEnd())) return "reference (what a verdict or charge is for)";
  // "sanctions on commanders it accused of ordering attacks on civilians": the reason for a measure, no new happening.
  if (rx.accusedOrderingBefore.test(before.slice(-120))) return "reference (what an accusation or sanction is for)";
  // "after months of Russian missile and drone attacks": violence named as a span is the setting of the news (unless a
  // day of its own follows: "followed two days of heavy fighting that broke out early on Wednesday").
  if (rx.periodOfBefore.test(before.slice(-80)) && !freshDayAfter(si, best.end, ctx)) return "background (a span of violence the news comes after)";
  // "The speech came three days after Hamas's attack ..., and the start of Israeli bombardment of Gaza": what the news
  // came after, all of it, past the comma background_strong stops at.
  if (rx.cameAfterOpener.test(plain.slice(0, best.start)) && !si.dates.some((d) => d.precision === 1 && !isOld(d, ctx) && !/\b(?:after|before|since)\s*$/i.test(plain.slice(Math.max(0, d.start - 12), d.start)))) return "background (what the news came after)";
  // A report framed as a verdict or a trial retells the crimes judged: only what it dates itself can be news, and
  // crowds are left to their own cues ("supporters clashed with police outside the court").
  if (flags.trialPiece && !best.rule.protest && !si.dates.some((d) => !isOld(d, ctx)) && !sameDayAsNews(si, mentions, ctx)) return "background (a verdict or trial piece)";
  // "anger stoked by the alleged rape of a girl", "resigned after weeks of protests": the cause or the
  // history of the news, told in passing, is not news itself.
  if (CAUSED_BY.test(before.slice(-60).replace(NEGATED_RELATIVE, " "))) return "background (the cause of another event)";
  // "families crossed the river to escape the fighting", "the violence stemmed from fighting between ...", "a truce took
  // effect, ending a week of fighting": the violence is the setting of the news, not a happening it tells.
  if (rx.contextBefore.test(before.slice(-80))) return "background (the setting of the news)";
  // "a cartel fighting for control of the region", "where troops and separatists have clashed repeatedly": a description
  // of a group or a place, or violence told as habitual, is no happening of its own.
  const around = `${before.slice(-60)}«${best.text}»${plain.slice(best.end, Math.min(ce, best.end + 40))}`;
  if (rx.contextAround.test(around)) return "background (a description or a habit)";
  // "schools near the ambush site", "the car used in the attack": the site or means of a happening already told.
  if (rx.referenceAround.test(around) && mentions.some((x) => !x.drop)) return "reference (the site or means of a happening told)";
  // "targeting militants responsible for a missile fired at X": a justification told in passing; it is
  // an event of its own only when the report gives it a day of its own.
  if (JUSTIFIED_BY.test(before.slice(-60)) && !si.dates.some((d) => d.start > best.end && d.start < best.end + 80 && !RELATIVE_TO_EVENT.test(d.text))) return "background (the justification of another event)";
  // An analyst's quote is commentary: "I expect Washington to ...", said an analyst.
  if (ANALYSIS.test(text) || quoteGoesOn(si, ctx)) return "analysis (an analyst's words)";
  // "One year after the rebels took the city, ...": a report framed as an anniversary tells history;
  // only what it dates itself ("gathered on Friday") can be news.
  // ...and what it tells as later the same day as that news ("After nightfall, hooded groups torched two churches").
  if (flags.anniversaryPiece && !si.dates.some((d) => !isOld(d, ctx)) && !sameDayAsNews(si, mentions, ctx)) return "background (anniversary piece)";
  // "parents of the 132 children killed at the school": victims named with "the" and a bare participle
  // are those of a happening the reader is taken to know, a reference, not a telling.
  // In a report framed as an anniversary the bare participle is enough ("parents of the schoolgirls abducted from
  // Chibok gathered on Sunday to mark ten years since ..."): the victims are the old happening's.
  if (KNOWN_VICTIMS_BEFORE.test(before.slice(-25)) && (BARE_PARTICIPLE.test(best.text) || (flags.anniversaryPiece && LONE_PARTICIPLE.test(best.text)))) return "reference (the victims of a known happening)";
  // "they had locked themselves inside the church during the fighting": "the fighting" points back at the
  // happening already told; a sentence with no figure of its own adds no event.
  if (/\b(?:during|throughout|amid)\s+the\s+$/i.test(before.slice(-20)) && mentions.some((x) => !x.drop) && !/\d|\b(?:killed|dead|died|wounded|injured)\b/i.test(text)) return "reference (the happening already told)";
  // "UN envoys condemned the massacre", "the president denounced Sunday's bombing": a happening named by a bare noun
  // as what a reaction is to points back at one the report has told; it is no second happening.
  if (REACTED_TO_BEFORE.test(before.slice(-60)) && /^[\w-]+$/.test(best.text) && !/ed$/i.test(best.text) && mentions.some((x) => !x.drop)) return "reference (a reaction to a happening told)";
  // "rebels who took Hama on Thursday": an event told in a relative clause is a reference, not the news.
  // ...also as the object of the relative clause's verb: "the government, which declared a state of emergency last week".
  if ((/\b(?:who|which)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$/i.test(before) || /,\s+(?:who|which)\s+(?:had\s+|has\s+|have\s+)?(?:declared|imposed|announced|ordered|launched|staged|led|organi[sz]ed|carried\s+out|claimed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i.test(before)) && mentions.some((x) => !x.drop)) return "reference in a relative clause";
  // 'State television broadcast a report about "a terrorist incursion repelled by our forces"': an account quoted
  // as the object of a report or statement retells a happening already told; it is no second one.
  if (rx.quotedAccount.test(plain.slice(Math.max(0, best.start - 90), best.start)) && mentions.some((x) => !x.drop)) return "reference (a quoted account of it)";
  // "the bloodiest day since the military seized power": what a "since" clause tells is history.
  if (SINCE_BEFORE.test(before.slice(-60))) return "background (since ...)";
  // "the prime minister said in a speech that the protests were legitimate": protests a speaker judges are
  // those already told (or the whole wave); the judgement is a statement, not a protest.
  if (familyOf(best.rule) === "demonstration" && JUDGED_AFTER.test(plain.slice(best.end, best.end + 50)) && SPEAKER_THAT_BEFORE.test(before.slice(-80))) return "reference (protests a speaker judges)";
  return undefined;
}
/** A reaction's verb and its object's determiner right before a cue: "condemned the ", "denounced Sunday's deadly ". */
const REACTED_TO_BEFORE = /\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|mourn(?:s|ed|ing)?|lament(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing))\s+(?:the|this|that|these|those|its|their|his|her|(?:\p{Lu}[\p{L}-]*|last\s+\w+|this\s+\w+)['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,2}$/u;
/** After a protest's noun: a judgement of it ("were legitimate", "are a constitutional right"). */
const JUDGED_AFTER = /^(?:\s+(?:in|across)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s+(?:were|was|are|is|had\s+been|have\s+been|remain(?:ed)?)\s+(?:(?:entirely|fully|largely|wholly|completely|not|perfectly|quite)\s+)?(?:legitimate|illegitimate|legal|illegal|lawful|unlawful|justified|unjustified|understandable|constitutional|unconstitutional|a\s+(?:constitutional\s+|democratic\s+|legitimate\s+)?right)\b/iu;
/** A speaker's "that" right before the protest's noun: "said in a speech on Monday that the". */
const SPEAKER_THAT_BEFORE = /\b(?:said|says|told|declared|insisted|argued|acknowledged|conceded|admitted|stressed|agreed)\b[^.;]{0,60}?\bthat\s+(?:the|these|those|such|recent|the\s+recent)\s+(?:[\w-]+\s+)?$/i;

/** A day told inside a modal frame: "vowed on Sunday to", "said late on Monday it would". */
const DAY_IN_FRAME = /\s(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s)|\s(?:yesterday|today|on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})(?=\s)/gi;
/** Where a clause telling an earlier happening opens: "warned of more attacks after a bomb killed five". */
const FRAME_BREAK = /\b(?:after|following|because)\s/gi;

/** The words before a cue that may frame it as a forecast: the last 50 characters of the clause before it,
 *  with days taken out and from the last "after"/"because" on; perfect modals ("may have") blanked. */
function nearFrame(before: string): string {
  let near = before.slice(-70).replace(DAY_IN_FRAME, "");
  let cut = -1;
  for (const m of allMatches(FRAME_BREAK, near)) cut = m.index!;
  if (cut >= 0) near = near.slice(cut);
  return near.slice(-50).replace(compiled().notForecast, " ");
}

const SINCE_WORD = /\bsince\b/i;

/** A sentence with no event of its own elaborates the latest one: who denies it, who said it, where exactly. */
function elaborateLatest(si: SentenceInfo, ctx: ArticleContext, mentions: Mention[], said: SaidOnce): void {
  const text = si.text;
  const last = newsOf(lastLive(mentions), mentions, si);
  if (last && si.idx - last.sentence.idx <= 2) {
    // A sentence telling only an old time ("since April 2015, when the president announced ...") is
    // history: its speakers said nothing of the event before it.
    const { speakers, denials } = toldOnlyLongAgo(si, ctx) ? NOT_SAID : said.get();
    if (denials.length) last.denials = [...last.denials, ...denials];
    // (A lead's next paragraph opening on the sites it hit, "The command said 60 targets were hit. Explosions were
    // reported at X and at Y", elaborates the lead as its own paragraph would.)
    const leadSites = last.sentence.idx === 0 && si.para === last.sentence.para + 1 && TARGETS_TOLD.test(text);
    if (last.sentence.para === si.para || si.idx - last.sentence.idx === 1 || leadSites) {
      if (!ANALYSIS.test(text)) for (const sp of speakers) if (sp.stance !== "denies") last.laterSpeakers.push({ sentence: si, speaker: sp });
      // Every live mention of that sentence shares its scene ("struck nine sites ..., and 26 were killed").
      // (A next paragraph telling background, "Violence has surged since ... the war in Gaza", places nothing.)
      const background = last.sentence.para !== si.para && (SINCE_WORD.test(text) || compiled().background.test(text));
      // (over the mentions as they stand: those pushed for listed sites below are not read again)
      for (let i = 0, n = mentions.length; i < n; i++) {
        const x = mentions[i]!;
        if (x.drop || x.sentence !== last.sentence) continue;
        if (!background) refinePlace(x, si, ctx);
        refineDate(x, si, ctx);
        // "Among the targets were a fuel depot in X and a bridge in Y": the strike told before hit each listed site.
        // (The strike's toll, told for all of them, is no one site's: the first keeps it, the others count none.)
        if (!background) for (const other of sitesListed(x, si, ctx)) mentions.push({ ...x, place: other, placeInherited: false, placeFromDateline: false, fatalities: [] });
      }
    }
  }
}

/** Each new mention's date and place; "captured the towns of X and Y" gives one mention per place. */
function placeAndDate(found: Mention[], si: SentenceInfo, ctx: ArticleContext, mentions: Mention[]): void {
  for (const m of [...found]) {
    attachDate(m, ctx, mentions);
    spanToDay(m);
    attachPlace(m, ctx, mentions);
    // "captured the towns of Maarat al-Numan and Saraqib": one event per place.
    // ("... in Lima on Monday and in Cusco on Wednesday": each place on the day told with it.)
    for (const other of coordinatedPlaces(m)) if (usable(other, si, ctx)) {
      const own = m.date && !m.date.inherited ? dayAfter(si, other) : undefined;
      // (Each town's toll its own: a list's toll told once, "shelled X, Y and Z, killing five", is the first town's, not
      // five at each; a toll told at a town of the list goes to that town: attachFigures, figureTown.)
      found.push({ ...m, place: other, placeInherited: false, fatalities: [], ...(own && own.start !== m.date!.start ? { date: { ...own, inherited: false } } : {}) });
    }
  }
}

/** Why a placed and dated mention is no event after all (background, a forecast by its date, no place of its own). */
function laterDrop(m: Mention, si: SentenceInfo, plain: string, ctx: ArticleContext, mentions: Mention[], found: Mention[]): string | undefined {
  const rx = compiled();
  if (m.date && !m.date.inherited && isOld(m.date, ctx) && !leadsTheReport(m, mentions, found, ctx)) return "background (dated well before publication)";
  if (!m.date && ctx.published) return "no date in the report for it";
  // "Background: ... Last week, six people were killed when a bomb went off in X": a paragraph the report itself labels
  // as background tells what came before the news, whatever its days.
  if (labelledBackground(si, ctx)) return "background (a paragraph labelled background)";
  // "called supporters to rallies next Sunday": a day after publication is a plan, not an event.
  if (m.date && !m.date.inherited && ctx.published && m.date.from > ctx.published.slice(0, 10)) return "forecast (dated after publication)";
  // "Speaking in Kyiv, the minister said troops were fighting ...": a sentence whose only town is where
  // someone spoke tells what was said, not a scene of its own.
  if (m.placeInherited && si.places.some((p) => p.mention.kind === "place" && isVenue(p, si))) return "said at a venue (no scene of its own)";
  if (rx.background.test(plain.slice(m.clause[0], m.clause[1])) && (!m.date || m.date.inherited)) return "background";
  // "At least 170 people were kidnapped in the quarter, the UN said on Monday": a count over a period, dated
  // at most by the day it was published, is no one happening.
  if ((!m.date || m.date.inherited || m.date.said || dateOfSaying(m)) && rx.tally.test(plain.slice(m.clause[0], m.clause[1]))) return "tally (a count over a period)";
  // "police have arrested several opposition politicians this month", "had been kidnapped in Nigeria since Chibok": a
  // perfect over a period counts what happened in it (data/cues/modality.json, perfect_period).
  if ((!m.date || m.date.inherited || m.date.said || dateOfSaying(m) || m.date.precision > 1) && m.cue.rule.sub !== "territory" && rx.perfectBefore.test(plain.slice(Math.max(m.clause[0], m.cue.start - 40), m.cue.start)) && rx.perfectPeriod.test(plain.slice(m.clause[0], m.clause[1]))) return "tally (a perfect over a period)";
  // "judges said he had ordered and taken part in killings, rapes and pillage": a past perfect with a
  // person for subject and no day of its own tells what came before the news (a trial's charges, a record).
  // ("two women who had gone to collect firewood were raped": the past perfect is the relative clause's; "were" is the cue's own tense.)
  const lead = plain.slice(Math.max(m.clause[0], m.cue.start - 60), m.cue.start);
  if ((!m.date || m.date.inherited) && PAST_PERFECT_BEFORE.test(lead) && !OWN_PASSIVE_BEFORE.test(lead)) return "background (past perfect, no day of its own)";
  // "Before that, the coalition carried out thousands of strikes, including the 2018 strike on a bus, and the
  // rebels fired missiles ...": a sentence whose own days are all long past tells history throughout; a
  // clause of it without a day takes that past, not the report's day. ("since 2017" is a span to now.)
  if (m.date?.inherited && si.dates.length && si.dates.every((d) => isOld(d, ctx) && !opensSpan(si, d))) return "background (its sentence tells an old time)";
  // "The attack in April 2015 was the deadliest in years. Four gunmen stormed the campus before dawn": a sentence
  // with no day of its own, right after one of its paragraph whose own days are all long past, goes on with that history.
  if (m.date?.inherited && !si.dates.length && followsOldTime(si, ctx)) return "background (right after a sentence telling an old time)";
  if (!m.date && articleDatesAllOld(ctx)) return "background (no date, and every date in the report is old)";
  // "The protests began after the decree ... On Tuesday, protesters forced their way into parliament": a
  // paragraph opened by how the trouble began retells its history; what it dates before the lead's day is background.
  if (m.date && ctx.leadDate && m.date.to < ctx.leadDate.from && inHistoryParagraph(si, ctx)) return "background (a paragraph telling how it began)";
  // "The protests began last week": a loosely dated recap with no place of its own is the campaign's
  // history, not one more event at the place of the sentence before.
  if (m.placeInherited && m.date && !m.date.inherited && m.date.precision >= 2 && laterNewsExists(m, mentions)) return "background (loosely dated recap, no place of its own)";
  // "alarmed by reports of killings and sexual violence across the region": reports referred to, with no day
  // of their own but the day they were spoken of, are no telling of one happening.
  if ((!m.date || m.date.inherited || m.date.said) && REPORTS_OF.test(plain.slice(Math.max(m.clause[0], m.cue.start - 50), m.cue.start))) return "reference (reports of ...)";
  // "The killings prompted protests on Thursday in several towns": told as spread over places it does not name,
  // it is no happening at the place of the sentence before (the lead is not judged so: its summary frames the report).
  if (m.placeInherited && si.idx > 0 && SPREAD_UNNAMED.test(plain.slice(m.clause[0], m.clause[1]))) return "no place of its own (several towns it does not name)";
  // A minor development is coded only where the sentence itself says where.
  if (OWN_PLACE_ONLY.has(m.family) && !m.cue.rule.national && (!m.place || !si.places.includes(m.place))) return "no place of its own";
  return undefined;
}

/** From a cue to a later day of its sentence: "after overrunning the last outposts there ", "upon entering the town ". */
const UPON_DEED = /^[^.;]{0,100}?\b(?:after|upon)\s+[a-z]+ing\b[^.;]{0,80}$/;

/** A paragraph opened by a label saying it is background ("Background:", "Context:"). */
const BACKGROUND_LABEL = /^\W{0,3}(?:background(?:er)?|context|history)\s*:/i;
function labelledBackground(si: SentenceInfo, ctx: ArticleContext): boolean {
  let first = si;
  for (let k = si.idx - 1; k >= 0 && ctx.sentences[k]!.para === si.para; k--) first = ctx.sentences[k]!;
  return BACKGROUND_LABEL.test(first.text);
}

// Helpers of findMentions live at module level, not as closures made per sentence or clause: under tsx
// (keepNames) every named closure is also renamed at creation, a cost paid on every call.

/** The speakers of a dropped mention: none are looked for (shared, never written to). */
const NO_SPEAKERS: Speaker[] = [];
/** Nothing said (shared, never written to). */
const NOT_SAID: Said = { speakers: NO_SPEAKERS, denials: NO_SPEAKERS };

/** A sentence's speakers, and those of them who deny: worked out only for sentences that need them. */
interface Said { speakers: Speaker[]; denials: Speaker[] }
function saidIn(si: SentenceInfo, ctx: ArticleContext): Said {
  const speakers = sentenceSpeakers(si, ctx);
  return { speakers, denials: speakers.filter((s) => s.stance === "denies") };
}

/** Whether the sentence's dates are all long past ("since April 2015"): it tells history. */
export function toldOnlyLongAgo(si: SentenceInfo, ctx: ArticleContext): boolean {
  return si.dates.length > 0 && si.dates.every((d) => isOld(d, ctx));
}

/** Whether a sentence strictly between sentences a and b tells only an old time. */
function historyBetween(a: number, b: number, ctx: ArticleContext): boolean {
  for (let k = a + 1; k < b; k++) if (toldOnlyLongAgo(ctx.sentences[k]!, ctx)) return true;
  return false;
}

/** The latest mention not dropped. */
/** Words that put a sentence later (or earlier) on the day told just before. */
const SAME_DAY = /\b(?:after\s+(?:nightfall|dark|dusk)|at\s+(?:nightfall|dusk)|by\s+nightfall|(?:in|during|through)\s+the\s+(?:evening|afternoon|night)|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|evening|night|afternoon|morning)|that\s+(?:evening|night|afternoon))\b/i;

/** `si` tells what came later the same day as a happening of the report's news told in the sentence just before
 *  (or the one before it), dated on its own to a recent day. */
function sameDayAsNews(si: SentenceInfo, mentions: Mention[], ctx: ArticleContext): boolean {
  if (!SAME_DAY.test(si.text)) return false;
  const last = lastLive(mentions);
  return !!last && si.idx - last.sentence.idx <= 2 && !!last.date && !last.date.inherited && !isOld(last.date, ctx);
}

function lastLive(mentions: Mention[]): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (!mentions[i]!.drop) return mentions[i];
  return undefined;
}

/** Whether a place name of the sentence (a town, with townOnly) covers some offset in [at, at + width) of its text. */
function placeAt(si: SentenceInfo, at: number, townOnly = false, width = 1): boolean {
  return si.places.some((p) => (!townOnly || p.mention.kind !== "country") && at + width > p.mention.nameStart - si.start && at < p.mention.nameEnd - si.start);
}

/** "gang members stormed the town in an attack that killed 12": "that" opens a clause about the actor's own deed
 *  (the attack, raid or ambush told with "in" or "during"), so it does not make someone else the killer. */
const OWN_DEED_THAT = /\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|assault|ambush|rampage|shooting|massacre|incursion)\s+(?:that|which)\b/gi;

/** The actor ending at `end` acts in what follows up to `to` ("in an attack that killed 12": the relative clause's
 *  antecedent is the actor's own deed, not someone else's). */
function actsOn(plain: string, end: number, to: number): boolean {
  return !compiled().notActorsAct.test(plain.slice(end, to).replace(OWN_DEED_THAT, " "));
}

/**
 * An armed actor (the military, a named armed group, "gunmen", "rebels", "vigilantes") named in [from, to) of the sentence, and
 * doing the killing: not one kept apart from the cue by a relative clause or a charge ("police detained a woman
 * suspected of planting a bomb that killed six"). Police count only in a report that tells no protest: "police shot
 * dead two men" is violence against civilians, but in a protest report the protest's cues code police killing.
 */
// How far past the cue's start the subject's verb may end ("Russia launched drones at": the cue is the verb phrase).
const STATE_VERB_REACH = 20;

function armedBefore(si: SentenceInfo, plain: string, from: number, to: number, police: boolean): boolean {
  // "Israel bombed ...", "Russia launched drones at ...": a state named as the subject acts through its forces.
  if (countrySubject(plain.slice(from, to + STATE_VERB_REACH)).some(hasStateForce)) return true;
  return si.actors.some((a) => a.start >= from && a.end <= to && a.actor.inter >= 1 && a.actor.inter <= 4 && (police || a.actor.kind !== "police") && actsOn(plain, a.end, to)) ||
    si.generics.some((g) => g.start >= from && g.end <= to && (g.kind === "military" || g.kind === "unidentified" || g.kind === "group" || (police && g.kind === "police")) && actsOn(plain, g.end, to));
}

const FACILITY = /\b(City|Town|Province|Airport|Base|Prison|Palace|Hospital|Camp|Port|Square|Bridge|Street|Road|University|School|Command|Headquarters|Market|Mosque|Church|District|State|Region)\b/;

/** A clause's closing attribution: ", the army said.", ", police told reporters on Monday." */
const SPEECH_TAIL = /,\s+(?:[\w'’-]+\s+){0,6}(?:said|says|told|reported|added|confirmed|announced|claimed|stated)\b[^,;]*$/i;

/** A person's past perfect right before a cue ("he had ordered and taken part in"), not a passive toll ("had been killed"). */
const PAST_PERFECT_BEFORE = /\b(?:he|she|they|who)\s+had\s+(?!been\b)(?:[\w-]+,?\s+){1,6}$/i;
/** "... were " right before a cue: the cue's own simple-past passive, after whatever clause came before. */
const OWN_PASSIVE_BEFORE = /\b(?:was|were)\s+$/i;

/** A rumour denied before the cue ("denied rumours on social media that ..."): what it tells did not happen. */
const DENIED_RUMOUR_BEFORE = /\b(?:denied|dismissed|refuted|debunked|quashed)\s+(?:as\s+(?:false|baseless|unfounded)\s+)?(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+)?rumou?rs?\b[^.;]{0,80}$/i;

/** Slogans quoted after the words that carry them ("banners reading", "chanting"): their "not" negates no verb of the clause. */
const SLOGAN = /\b(?:reading|read|chanting|chanted|shouting|shouted|slogans?|banners?|placards?|signs?)\s*[:,]?\s*(?:"[^"]*"|“[^”]*”)(?:,?\s*(?:and|or)?\s*(?:"[^"]*"|“[^”]*”))*/gi;

/** A window before a cue with its quoted slogans blanked: 'banners reading "X is not alone", before dispersing'. */
function outsideSlogans(w: string): string {
  return /["“]/.test(w) ? w.replace(SLOGAN, " ") : w;
}

/** "an elderly man who could not flee was shot dead": a negation inside a relative clause on the victim, before
 *  the passive that tells the act, negates the clause, not the act. */
const NEGATED_RELATIVE = /\b(?:who|that|which)\s+(?:could|did|would|had|was|were|does|do|is|are|has|have)(?:\s+not|n't)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?=(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s|$)/gi;

/** The last `n` characters of `w` without a word cut in two: "Kano" cut to "no" negates nothing. */
function lastChars(w: string, n = 30): string {
  if (w.length <= n) return w;
  const tail = w.slice(-n);
  return /\w/.test(w[w.length - n - 1]!) ? tail.replace(/^\w+/, "") : tail;
}

/** A negation right after the cue: "large-scale fighting has largely not resumed", "no clashes were reported". */
const NEGATED_AFTER = /^\s+(?:has|have|had|did|was|were|is|are)\s+(?:\w+ly\s+)?(?:not|never)\b(?!\s+only\b)/i;

/** A modal right after the cue: "fighting would resume once the pause ends" tells what may come. */
const FORECAST_AFTER = /^\s+(?:would|will|could|might|may|is\s+expected\s+to|are\s+expected\s+to|is\s+likely\s+to|are\s+likely\s+to)\s+(?!later\b|not\s+comment|have\b)/i;

/** Words right before a cue that make it the cause of what the report tells ("fuelled by the killing of"), or what people fled ("families who fled earlier fighting"). */
const CAUSED_BY = /\b(?:stoked|sparked|triggered|fuell?ed|provoked|prompted|caused)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:alleged\s+|reported\s+|recent\s+)?$|\b(?:stoked|sparked|triggered|fuell?ed|provoked|prompted)\s+by\s+(?:reports|allegations|claims|news|rumou?rs)\s+(?:that|of)\s+[^.;]{0,50}$|\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|secure[ds]?|negotiat\w+|press(?:ed|ing)?\s+for)\s+the\s+release\s+of\s+[^.;]{0,40}$|\b(?:after|amid|following)\s+(?:\w+\s+)?(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+)?$|\b(?:fled|flee|flees|fleeing|escaped|escaping|displaced\s+by|uprooted\s+by|driven\s+out\s+by)\s+(?:the\s+)?(?:earlier\s+|recent\s+|previous\s+|renewed\s+|heavy\s+|intense\s+|ongoing\s+)?$/i;

/** Words before a cue that make it the reason given for what the report tells. */
const JUSTIFIED_BY = /\b(?:responsible\s+for|citing|to\s+avenge|in\s+(?:retaliation|revenge)\s+for)\s+(?:the\s+|a\s+|an\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Days counted from the event told, not from publication: they give a justification no day of its own. */
const RELATIVE_TO_EVENT = /\b(?:before|earlier|previous)\b/i;

/** "the 132 ...", "the ..." right before a victims-killed cue: a definite reference. */
const KNOWN_VICTIMS_BEFORE = /\b(?:of|for|to|mourn(?:ed|ing)?|remember(?:ed|ing)?|honou?r(?:ed|ing)?)\s+the\s+(?:[\d,]+\s+|\w+\s+)?$/i;
/** A victims-killed cue with no auxiliary ("children killed", not "children were killed"). */
const BARE_PARTICIPLE = /^\w+\s+(?:killed|slaughtered|massacred|hacked|shot dead)$/i;
/** A cue that is a past participle alone ("abducted", "kidnapped"): after "of the <victims>" it qualifies the noun. */
const LONE_PARTICIPLE = /^(?:abducted|kidnapped|killed|massacred|slaughtered)$/i;

/** "since" opening a clause that tells history ("the worst day since the army seized power"), not "since Monday". */
const SINCE_BEFORE = /\bsince\s+(?!(?:last\s+|early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|morning|midnight|yesterday|the weekend|the morning|\d))(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}$/i;

/** Where a cue's object ends: a subordinate clause about something else (", in the latest bloodshed of a conflict between
 *  the army and ...": the conflict named is background, not who was hit). */
const OBJECT_END = /,\s+(?:(?:in|amid)\s+)?(?:the\s+latest|a\s+day|days|hours|weeks)\b|\s+(?:since|after|following|days?\s+after|weeks?\s+after)\s+(?:an?|the|his|her|their|its)\s/i;

/** "reports of killings and ..." right before a cue. */
const REPORTS_OF = /\b(?:reports|allegations|accounts)\s+of\s+(?:[\w-]+(?:,|\s+and)?\s+){0,4}$/i;

/** Words that introduce the earlier event a reported one answers: a response, a retaliation, a revenge... */
const ANSWERING = String.raw`in response to|in retaliation for|to avenge|in revenge for|retaliation for`;
/** ...or a time after it: the happening before a cue (CAUSE_BEFORE), or only the one answered (ANSWERED_BEFORE). */
const CAUSE_BEFORE = new RegExp(String.raw`\b(?:${ANSWERING}|(?:a|one|two|three|\d+|several|hours|days) (?:days? |weeks? )?after)\s+(?:[\w'’-]+\s+){0,4}$`, "i");
const ANSWERED_BEFORE = new RegExp(String.raw`\b(?:${ANSWERING})\s+(?:[\w'’-]+\s+){0,4}$`, "i");

/** "protest against sexual violence", "anger over the killings", "demanded the release of ...": what a protest is about. */
const TOPIC_BEFORE = /\b(?:protest(?:s|ed|ing)?|demonstrat\w+|rall(?:y|ies|ied|ying)|march(?:ed|es|ing)?|campaign\w*|outcry|anger|outrage|vigils?|sit-ins?)\s+(?:against|over|about|at|for|to\s+(?:denounce|condemn|protest))\s+(?:(?:the|a|an|recent|alleged|rising|widespread|continued|repeated|police|state)\s+)*(?:[\w'’-]+\s+){0,2}$|\bto\s+(?:condemn|denounce|decry|mourn|protest(?:\s+against)?|demand\s+(?:justice\s+for|an\s+end\s+to|the\s+release\s+of))\s+(?:(?:the|a|an|recent|alleged|last\s+\w+'s)\s+)*(?:[\w'’-]+\s+){0,2}$/i;
/** "beat two men accused of trying to kidnap a child": the deed people are accused of, not a happening told beside the cue. */
const ACCUSED_OF = /\b(?:accused|suspected|alleged|charged|convicted)\s+(?:of|with)\s+(?:(?:trying|attempting|planning|plotting|seeking|wanting)\s+to\s+|having\s+|an?\s+|the\s+)?$/i;
/** "the kidnapped students", "of detained activists": a participle cue right after a determiner or "of". */
const ATTRIBUTIVE_BEFORE = /\b(?:the|of|for|their|his|her|its|these|those)\s+(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+)?$/i;
const PARTICIPLE_CUE = /^(?:kidnapped|abducted|detained|arrested|jailed|imprisoned|raped|missing|looted|torched|massacred)$/i;
const NOUN_AFTER = /^\s+(?!(?:by|in|at|on|near|from|during|after|before|and|or|to|last|this|since|was|were|is|are|had|have|has)\b)[a-z][\w-]*\b/;

/** ", in a district where ...": what the clause goes on to say of the place, not of the news. */
const WHERE_BEFORE = /,\s+(?:(?:in|at|near|across)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3})?where\s+[^,;]*$/i;

/** A cue told as the topic of another (what a protest is about, a cause), as a word qualifying a noun, or in a
 *  "where" clause that tells the place's history ("in a district where landmines have killed dozens since 2019"). */
function toldAsTopic(plain: string, h: CueHit, cs: number, ce: number, deed = false): boolean {
  const before = plain.slice(Math.max(0, h.start - 60), h.start);
  if (TOPIC_BEFORE.test(before) || CAUSED_BY.test(before) || ACCUSED_OF.test(before)) return true;
  // "killed 300 civilians in the town after the army withdrew", "looted shops once troops pulled out": a withdrawal
  // told as the time of the clause's deed is its setting, not the clause's happening.
  if (deed && h.rule.territory === "withdraw" && WITHDRAWN_WHEN.test(before.slice(-40))) return true;
  const where = WHERE_BEFORE.exec(plain.slice(cs, h.start));
  if (where && compiled().background.test(plain.slice(cs + where.index, ce))) return true;
  return PARTICIPLE_CUE.test(h.text) && ATTRIBUTIVE_BEFORE.test(before.slice(-25)) && NOUN_AFTER.test(plain.slice(h.end, h.end + 30));
}

/** A time clause's opening right before a withdrawal cue: "after the ", "once ", "hours after government ". */
const WITHDRAWN_WHEN = /\b(?:after|once|when|as\s+soon\s+as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** "by" right before an agent, with a few words between: "by suspected ", "by a group of ". */
const BY_AGENT = /\bby\s+(?:[\w'’-]+\s+){0,4}$/i;
/**
 * A protest told somewhere in the report leaves police killing to the protest's cues, but not a killing the clause
 * puts on a non-state armed group right after "by" ("five people were shot dead by suspected dissidents").
 */
function killedByArmedGroup(si: SentenceInfo, plain: string, cueEnd: number): boolean {
  const agentAt = (start: number) => start >= cueEnd && start - cueEnd <= 90 && !/[;.]/.test(plain.slice(cueEnd, start)) && BY_AGENT.test(plain.slice(cueEnd, start));
  return si.actors.some((a) => a.actor.inter >= 2 && a.actor.inter <= 4 && agentAt(a.start)) || si.generics.some((g) => (g.kind === "unidentified" || g.kind === "group") && agentAt(g.start));
}

/** A cue at `start` tells another, earlier happening: the cause answered ("in response to a chemical attack") or history ("since ... retook X"). */
export function toldAsOther(sentence: string, start: number): boolean {
  return CAUSE_BEFORE.test(sentence.slice(Math.max(0, start - 45), start)) || SINCE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}

/** A town's name as the subject opening a clause, right before the cue: "Nyala ", "On Sunday, the town of Nyala ". */
const PLACE_SUBJECT = /(?:^|[,;:]\s*)(?:[Tt]he\s+(?:[\w-]+\s+)?(?:town|city|village|capital|district|camp|neighbou?rhood|area)\s+of\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+$/u;

/** A capitalised name right before a cue, perhaps with an appositive and "was" between: "Hama ", "Ataq, capital of
 *  the province, was now ". */
const PLACE_BEFORE_CUE = /([A-Z][\w'’-]+)(?:,\s[^,;.]{3,80},)?(?:\s+(?:was|were|is|are|had been|has been))?\s*$/;

/** The cue standing for a family in a clause; territory cues without a place-like object do not count. */
function strongest(hits: CueHit[], sentence: string, si: SentenceInfo): CueHit | undefined {
  const ok = hits
    .map((h) => {
      const after = sentence.slice(h.end, h.end + 100);
      // "seized a weapons cache in Kirkuk": the town named after it is where, not what, was taken.
      if (h.rule.not_object && re(h.rule.not_object).test(after)) return undefined;
      const placeSoon = placeAt(si, h.end, true, 60);
      // "attacked Beledweyne": a verb that names no target of its own counts only with a town's name right after it.
      const gap = /^\s+/.exec(after)?.[0].length ?? 0;
      if (h.rule.place_object && (!gap || !placeAt(si, h.end + gap, true))) return undefined;
      // "Nyala was bombed": a verb told of a town as its subject counts only when the town's name opens the clause.
      if (h.rule.place_subject) {
        const subject = PLACE_SUBJECT.exec(sentence.slice(0, h.start));
        if (!subject || !placeAt(si, subject.index + subject[0].trimEnd().length - 1)) return undefined;
      }
      if (h.rule.needs_object && !re(h.rule.needs_object).test(after) && !/^\s+[A-Z]/.test(after) && !placeSoon) {
        // "Hama fell to the rebels": the place comes first ("Ataq, capital of Shabwa province, was now in their hands":
        // perhaps with a phrase between commas after it).
        const pre = PLACE_BEFORE_CUE.exec(sentence.slice(Math.max(0, h.start - 140), h.start));
        if (!pre || !placeAt(si, pre.index + pre[1]!.length - 1)) return undefined;
      }
      return h;
    })
    .filter((h): h is CueHit => !!h);
  if (!ok.length) return undefined;
  // "fired missiles ... in response to a chemical attack": the cause named is another, earlier event.
  // ...and "the deadliest incident since Azerbaijan retook X": what a "since" clause tells is history.
  const own = ok.filter((h) => !toldAsOther(sentence, h.start));
  // "said its forces had targeted military positions in response to army drone strikes on its villages": a
  // sentence whose only happening is the one answered tells no event of its own (a time after one, "a day
  // after gunmen killed five", may still be the news).
  if (!own.length && ok.every((h) => ANSWERED_BEFORE.test(sentence.slice(Math.max(0, h.start - 45), h.start)))) return undefined;
  return (own.length ? own : ok).reduce((a, b) => (b.rule.priority > a.rule.priority ? b : a));
}

/** The words right after a cue name a person ("detained Khan", "arrested former Prime Minister Imran Khan"). */
function namedObject(sentence: string, end: number, si: SentenceInfo): boolean {
  const m = /^\s+(?:former\s+)?(?:(?:President|Prime\s+Minister|General|opposition\s+leader|leader)\s+)?(\p{Lu}[\p{Ll}'’-]+)/u.exec(sentence.slice(end, end + 60));
  if (!m || NOT_A_NAME.test(m[1]!) || FACILITY.test(m[1]!)) return false;
  return !placeAt(si, end + m[0].length - 1);
}

/** "Sonko, who came third in the election, was detained by gendarmes": the clause's subject, a named person (an
 *  apposition between commas allowed), arrested by a state force told after "by". */
const PASSIVE_NAMED = /^[\s"“‘]*(?:(?:[Ff]ormer|[Oo]pposition\s+leader|[Ll]eader|President|General)\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})(?:,[^,;.:"“”]{3,120},)?\s+(?:was|had\s+been|has\s+been)\s+$/u;

/** An arrest cue whose passive subject is a named person taken by a state force: the person's arrest, which a
 *  protest told in the sentence before does not make a protest met with force. */
function passiveNamedArrest(rule: CueRule, sentence: string, cs: number, start: number, end: number, si: SentenceInfo): boolean {
  if (rule.sub !== "Arrests" || !STATE_AGENT_AFTER.test(sentence.slice(end, end + 60))) return false;
  const m = PASSIVE_NAMED.exec(sentence.slice(cs, start));
  if (!m || NOT_A_NAME.test(m[1]!) || FACILITY.test(m[1]!)) return false;
  return !placeAt(si, cs + m[0].indexOf(m[1]!) + m[1]!.length - 1);
}

/** A person's name (two to four capitalised words) right before a passive "was", and a state force after "by". */
const PASSIVE_PERSON = /((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}),?\s+(?:was|had\s+been|has\s+been)\s+$/u;
const STATE_AGENT_AFTER = /^\s+by\s+(?:[\w-]+\s+){0,3}?(?:police(?:men)?|officers|soldiers|troops|army|rangers|security\s+(?:forces|agents|services)|intelligence\s+(?:agents|officers)|commandos|gendarmes)\b/i;

/** "captured Ovidio Guzman": a cue whose object is a person means another sub-type (an arrest). */
function personObject(h: CueHit, sentence: string, si: SentenceInfo): CueHit | null {
  if (!h.rule.object_is_person) return h;
  // "Former Prime Minister Imran Khan was seized by paramilitary Rangers": the passive of the same act, the person
  // told first and a state force after "by", is the arrest too.
  if (/^(?:seized|captured|grabbed|nabbed)$/i.test(h.text) && STATE_AGENT_AFTER.test(sentence.slice(h.end, h.end + 60))) {
    const before = sentence.slice(Math.max(0, h.start - 80), h.start);
    const subj = PASSIVE_PERSON.exec(before);
    if (subj && !NOT_A_NAME.test(subj[1]!) && !FACILITY.test(subj[1]!) && !placeAt(si, h.start - before.length + subj.index + subj[1]!.length - 1)) return { ...h, rule: { ...h.rule, id: `${h.rule.id}>person`, sub: h.rule.object_is_person, territory: undefined } };
  }
  const p = new RegExp(`^\\s+(?:[Ff]ormer\\s+)?(?:(?:President|Prime Minister|General|[Oo]pposition leader|leader|the)\\s+)?${PERSON.source}`).exec(sentence.slice(h.end, h.end + 100));
  if (!p || NOT_A_NAME.test(p[1]!) || FACILITY.test(p[1]!) || placeAt(si, h.end + p[0].length - p[1]!.length)) return h;
  // "captured Ovidio Guzman" is an arrest; "the fall of President Assad" is no territory at all.
  if (!/^(captur|seiz|took|taken|nabbed|grabbed)/i.test(h.text)) return null;
  return { ...h, rule: { ...h.rule, id: `${h.rule.id}>person`, sub: h.rule.object_is_person, territory: undefined } };
}

/** Cues that stand for other events even in the same clause as a fight (an arrest, a jailbreak...). */
const SEPARATE = new Set(["Other", "Arrests", "Looting/property destruction", "Agreement", "Disrupted weapons use", "Change to group/activity", "Headquarters or base established"]);

/** A fight word that opens the clause ("Fighting between the army and the RSF in Omdurman ..."), with no verb of its own before the killing. */
const FIGHT_SUBJECT = /^(?:heavy\s+|fierce\s+|renewed\s+)?(?:fighting|clashes|battles?|gunfights?|gun\s+battles?|exchanges?\s+of\s+fire|crossfire)\b[^,.;]{0,100}$/i;

/** "Fighting between the army and the RSF killed 25 civilians": the dead are the fight's toll, not a second deed. */
function fightKills(fight: CueHit, other: CueHit, sentence: string): boolean {
  return other !== fight && other.start > fight.start && other.rule.sub === "Attack" && /^kill/i.test(other.text) && FIGHT_SUBJECT.test(sentence.slice(fight.start, other.start).trim());
}

/**
 * In one clause, a weaker violent family (a clash beside an air strike) is part of the stronger one.
 * Non-violent developments stay separate — but a jailbreak done by a bombing is the bombing.
 */
/** Words right before a weapon told after the fight it serves: "fought ... with air strikes", "..., backed by mortar fire". */
const WEAPON_WITH = /\b(?:with|using|including|amid|backed by|supported by|aided by|covered by|with the (?:support|backing|help|cover) of|under (?:the )?cover of)\b[^.;]{0,40}$/i;
/** ...and before a weapon told ahead of the fight as its support: "forces, backed by artillery, attacked ...". */
const WEAPON_SUPPORTING = /\b(?:backed by|supported by|aided by|covered by|with the (?:support|backing|help|cover) of|under (?:the )?cover of|using)\b[^.;]{0,40}$/i;

/** The words between a fight and a later cue end in an "after" clause's opening: "... on Tuesday after coalition ". */
const AFTER_CLAUSE = /^[^.;]{0,120}?\bafter\s+(?:(?!the\s+(?:fighting|clashes|battle)\b)[\w'’-]+\s+){0,4}$/i;

function absorb<T extends { family: string; best: CueHit; hits?: CueHit[] }>(fams: T[], sentence = ""): T[] {
  if (fams.length < 2) return fams;
  const sorted = [...fams].sort((a, b) => b.best.rule.priority - a.best.rule.priority);
  const violent = sorted.filter((f) => !SEPARATE.has(f.family));
  const separate = sorted.filter((f) => SEPARATE.has(f.family));
  // "fought ... with air strikes, artillery and gunfire": the weapons describe the battle.
  const battle = violent.find((f) => f.family === "battle");
  // ...and so do weapons told before the fight as its support ("Azerbaijani forces, backed by artillery and armoured
  // vehicles, attacked Armenian positions", "Under cover of mortar fire, militants stormed an army post").
  const instrumental = battle && violent.length > 1 && violent.every((f) => f === battle || (f.best.start > battle.best.start ? WEAPON_WITH : WEAPON_SUPPORTING).test(sentence.slice(Math.max(0, f.best.start - 45), f.best.start)));
  // "Fighting raged on Sunday, after clashes broke out on Saturday that killed 56 civilians": any of the battle's
  // fight words may be the subject of the killing, not only its strongest.
  // "troops entered the airport compound on Tuesday after coalition aircraft pounded Houthi defences": a strike told in
  // an "after" clause behind the taking of a place is its setting; the sentence's own happening is the taking.
  const setting = battle && battle.best.rule.territory && violent.length > 1 && violent.every((f) => f === battle || (f.best.start > battle.best.end && AFTER_CLAUSE.test(sentence.slice(battle.best.end, f.best.start))));
  const keptViolent = setting || instrumental || (battle && (battle.hits ?? [battle.best]).some((h) => fightKills(h, violent[0]!.best, sentence))) ? [battle!] : violent.slice(0, 1);
  const nonBattleViolence = keptViolent.some((f) => f.family !== "battle");
  // "looted shops and set fire to a kiosk", "opened fire on residents ... and burned homes", "fighters killed 28
  // people and burned hundreds of homes": the looting is part of the riot, the raid or the fight it is told with.
  // ...but not looting told as the clause's own deed, with the violence only in a relative clause of its doers
  // ("stocks had been looted by Tigrayan forces who entered the town at the weekend"): that is a happening of its own.
  const ownLooting = (f: T) => keptViolent.every((v) => v.best.start > f.best.end && LOOTERS_WHO.test(sentence.slice(f.best.end, v.best.start)));
  const keptSeparate = separate.filter((f) => !(f.family === "Looting/property destruction" && keptViolent.length && !ownLooting(f)) && !(nonBattleViolence && f.family === "Other"));
  // "air defences intercepted seven missiles": an interception, not a strike.
  if (keptSeparate.some((f) => f.family === "Disrupted weapons use")) return [...keptViolent.filter((f) => f.family !== "explosion"), ...keptSeparate];
  return [...keptViolent, ...keptSeparate];
}

/** Between a passive looting and a violent cue: its doers, then a relative clause of theirs ("by Tigrayan forces who "). */
const LOOTERS_WHO = /^\s+by\s+(?:[\w'’-]+\s+){1,4}(?:who|which|that)\s+(?:had\s+|have\s+)?$/i;

/** A date is old news when it ends well before publication (a month for month-level dates). */
export function isOld(d: DateMention, ctx: ArticleContext): boolean {
  if (!ctx.published) return false;
  // A month-level date is news only within the publication's own month ("earlier this month"); a third of a month
  // ("in early January", "in mid-March") that ended well before publication is past even within it.
  if (d.precision === 3) return d.to < ctx.published.slice(0, 8) + "01" || (daysBefore(d.from, d.to) <= 10 && daysBefore(d.to, ctx.published) > BACKGROUND_DAYS);
  return daysBefore(d.to, ctx.published) > BACKGROUND_DAYS;
}

/**
 * A report may be published long after what it tells ("survivors' accounts published on Monday"):
 * an event dated to the day in the first sentence leads the report, and later mentions of that day belong to it.
 */
function leadsTheReport(m: Mention, earlier: Mention[], same: Mention[], ctx: ArticleContext): boolean {
  if (!m.date) return false;
  // "Gunmen killed five villagers last month", "... three weeks ago", "... in mid-September": a lead dated to a week
  // or a recent month is coded with that precision (ACLED). A year ("in 2015") dates no event, and a month long
  // past ("recaptured Kidal in November 2023", told in 2025) is history.
  if (m.date.precision !== 1 && !(m.sentence.idx === 0 && daysBefore(m.date.from, m.date.to) <= 31 && ctx.published && daysBefore(m.date.to, ctx.published) <= LOOSE_LEAD_DAYS)) return false;
  // ...unless the lead sentence also tells something recent: then the old date is background in it.
  if (m.sentence.idx === 0) return !same.some((x) => x !== m && x.date && !x.date.inherited && !isOld(x.date, ctx));
  const lead = earlier.find((x) => x.sentence.idx === 0 && !x.drop && x.date?.precision === 1);
  return !!lead && lead.date!.from <= m.date.to && m.date.from <= lead.date!.to;
}

/** An earlier live mention is dated to a day later than this mention's loose date begins: the news the recap leads up to. */
function laterNewsExists(m: Mention, earlier: Mention[]): boolean {
  return earlier.some((x) => !x.drop && x.date && x.date.precision === 1 && x.date.from > m.date!.from);
}

function articleDatesAllOld(ctx: ArticleContext): boolean {
  const all = ctx.sentences.flatMap((s) => s.dates);
  return !!ctx.published && all.length > 0 && all.every((d) => isOld(d, ctx));
}

/** "hit a centre in X and two facilities west of Y": a second target at a second place. */
const SECOND_SITE = /^\s*,?\s+and\s+(?:a|an|another|one|two|three|four|five|several|other)\s+(?:[a-z-]+\s+){0,2}(?:in|near|outside|at|(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of)\s+(?:the\s+)?$/;

/** "struck a substation in X, a rail depot in Y and a warehouse in Z": a site told after a bare comma is one more site of
 *  the list when the list goes on with "and a ... in" (SITE_LIST_GOES_ON); never a town's own description ("X, a town in Y"). */
const SITE_COMMA = /^\s*,\s+(?:a|an|another|one|two|three|four|five|several)\s+(?!(?:[a-z-]+\s+){0,2}?(?:town|city|village|hamlet|district|region|province|area|suburb|neighbou?rhood|municipality|county|state|settlement|community|hub|port|capital|locality|commune)\b)(?:[a-z-]+\s+){0,2}(?:in|near|outside|at)\s+(?:the\s+)?$/;
const SITE_LIST_GOES_ON = /^[^.;]{0,80}?,?\s+and\s+(?:a|an|another|one|two|three|four|five|several|other)\s+(?:[a-z-]+\s+){0,2}(?:in|near|outside|at)\s/;
/** "a mosque complex in X, in the province of P, which India links to a group, and a seminary in Y": an aside on the
 *  first site between two sites of a list of targets. */
const SITE_AFTER_ASIDE = /^\s*,[^.;]{0,120}?,\s+and\s+(?:a|an|another|one|two|three|four|five|several|other)\s+(?:[a-z-]+\s+){0,2}(?:in|near|outside|at)\s+(?:the\s+)?$/;

/** Whether `next`, told after the words `between`, is one more site of a list ("and a bridge in Y", "a depot in Y, and a ...",
 *  "and in Y", "and at a market in the town of Y": a scene word told again, data/assembly/scenes.json site_join). */
function anotherSite(si: SentenceInfo, between: string, next: PlaceHit): boolean {
  return SECOND_SITE.test(between) || siteWords().join.test(between) || (SITE_COMMA.test(between) && SITE_LIST_GOES_ON.test(si.text.slice(next.mention.nameEnd - si.start)));
}

/** The first town told after `cur` in its sentence (a mention's span takes in the "west of" before its name). */
function nextTown(si: SentenceInfo, cur: PlaceHit): PlaceHit | undefined {
  return si.places.filter((p) => p.mention.start > cur.mention.end && p.mention.kind === "place" && p.place?.latitude != null).sort((a, b) => a.mention.start - b.mention.start)[0];
}

/**
 * What joins two places of one list: a comma, "and", "as well as", with "the towns of" after it and a
 * town word after the name before it ("pounded Idlib city, the towns of Ariha and Sarmin").
 */
// ("killed by gunfire in Sokode and nearby Bafilo", "in Kano and neighbouring Kaduna": a second town told as near the first.)
const LIST_JOIN = /^(?:\s+(?:city|town))?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+(?:towns?|villages?|cities|city)\s+of\s+|(?:nearby|neighbou?ring)\s+)?$/;

/** Between a list's last town and the cue that acts on the list: "... and other parts of the zone with heavy ", " were ". */
const LIST_THEN_ACT = /^(?:\s+and\s+other\s+[^,;.]{0,50}?)?\s+(?:with|were|was|came\s+under|have\s+been|had\s+been)\b[^,;.]{0,30}$/i;

/** "on the road between X and Y": one stretch between two towns, not two scenes. */
const betweenTowns = (si: SentenceInfo, p: PlaceHit) => BETWEEN_BEFORE.test(si.text.slice(Math.max(0, p.mention.nameStart - si.start - 40), p.mention.nameStart - si.start));

/** A town a list of scenes may hold. */
function listedTown(p: PlaceHit): boolean {
  return p.mention.kind === "place" && p.place?.latitude != null && p.place.geo_precision === 1 && !p.place.district && !p.place.area;
}

/**
 * The places of the list a mention's place ends ("regime forces pounded X, Y and Z with artillery": a cue
 * told after its places takes the nearest, the last of the list), told before it.
 */
function listBefore(m: Mention): PlaceHit[] {
  const si = m.sentence;
  const out: PlaceHit[] = [];
  let cur = m.place!;
  // Towns only: "operations in Cavite, Batangas and Rizal" names the provinces a round-up spans, not its scenes.
  // ...and only a list the cue tells the act on, right after it ("X, Y and Z with artillery", "X and Y were shelled"):
  // "left X and Y to join a sit-in", "X and Y, prompting the government to impose a state of emergency",
  // "controls X and Y, blamed the army, ... warplanes" tell no event in each town.
  const end = cur.mention.end - si.start;
  // ("struck a site at X and targeted commanders in Y in waves of air strikes": the cue told as the means of the strikes
  // on the sites before it, each told by a verb of striking: data/assembly/scenes.json.)
  const means = m.family === "explosion" && siteWords().meansBefore.test(si.text.slice(end, Math.max(end, m.cue.start)));
  // ("In Bejaia and Tizi Ouzou, thousands marched": a list closed by a comma that opens the sentence sets the scenes of
  // the clause after it, data/assembly/scenes.json list_opening; checked on the list's first town once it is read.)
  const acts = means || LIST_THEN_ACT.test(si.text.slice(end, Math.max(end, m.cue.start)));
  const opening = !acts && m.cue.start >= end && /^\s*,/.test(si.text.slice(end, end + 3));
  if (!listedTown(cur) || m.cue.start < end || (end < m.clause[0] && !opening) || !(acts || opening)) return out;
  for (;;) {
    const prev = si.places
      .filter((p) => p.mention.end <= cur.mention.nameStart && listedTown(p))
      .sort((a, b) => b.mention.end - a.mention.end)[0];
    if (!prev || cur.mention.offsetKm || cur.mention.qualifier || prev.mention.offsetKm || prev.mention.qualifier || betweenTowns(si, prev)) break;
    const between = si.text.slice(prev.mention.end - si.start, cur.mention.nameStart - si.start);
    if (!(LIST_JOIN.test(between) || (means && siteWords().verbJoin.test(between))) || enclosesAfterComma(si, between, prev, cur)) break;
    if (prev.place?.geonameid && prev.place.geonameid === m.place!.place?.geonameid) break;
    out.push(prev);
    cur = prev;
  }
  if (opening && !siteWords().listOpening.test(si.text.slice(0, Math.max(0, cur.mention.nameStart - si.start)))) return [];
  return out;
}

/** Between two places told each with its own day: " on Monday and in ", " late on Monday, and at ". */
// ("killed five people in Douentza on Sunday and three more in Bandiagara on Monday", "... and another in Beryslav on
// Tuesday": the second place's figure told with its verb left out.)
const DAY_EACH = /^\s+(?:(?:early|late)\s+)?on\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:night|morning|evening|afternoon))?,?\s+and\s+(?:(?:another|a\s+further|one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?:more|others?))?(?:\s+(?:people|civilians|villagers|soldiers|residents|men|women|children))?\s+)?(?:in|at|near)\s+$/i;

/** The day told right after a place's name ("in Cusco on Wednesday"), if any. */
function dayAfter(si: SentenceInfo, p: PlaceHit): DateMention | undefined {
  const end = p.mention.nameEnd - si.start;
  return si.dates.find((d) => d.precision === 1 && d.start >= end && /^[\s,]*$/.test(si.text.slice(end, d.start)));
}

/** A sentence naming the targets hit: "Among the targets were ...", "The sites struck included ...". */
// ("Explosions were reported at X and at Y", "Residents reported blasts at X and at Y", "The attacks targeted the camp at X
// and a base at Y": the sites where the happening told before was seen or aimed.)
const TARGETS_TOLD = /\btarget(?:s|ed)?\b|\b(?:explosions|blasts)\s+(?:(?:were|was)\s+(?:also\s+)?(?:reported|heard|seen)\s+)?(?:at|in|near)\s|\b(?:sites|facilities|buildings)\s+(?:hit|struck|damaged|targeted)\b|\b(?:were|was)\s+(?:also\s+)?(?:hit|struck|damaged|destroyed|targeted)\b/i;

/**
 * The further sites a sentence after a mention's own lists, when that sentence just placed the mention at its first
 * one: "Russian missiles struck energy facilities overnight. Among the targets were a fuel depot in X and a bridge in
 * Y": one strike per town. Only sites told each by a thing and its place ("and a bridge in Y", SECOND_SITE), in a
 * sentence that tells them as targets: "a resident in X and a witness in Y said" lists no scenes.
 */
function sitesListed(m: Mention, si: SentenceInfo, ctx: ArticleContext): PlaceHit[] {
  if (m.sentence === si || !m.place || !si.places.includes(m.place) || !TARGETS_TOLD.test(si.text)) return [];
  // (An assault on armed sites too: "The attacks targeted the camp at X and a base at Y", one battle at each.)
  if (m.family !== "explosion" && m.family !== "Attack" && m.family !== "Looting/property destruction" && m.family !== "battle") return [];
  const out: PlaceHit[] = [];
  let cur = m.place;
  for (;;) {
    const next = nextTown(si, cur);
    if (!next || next.mention.offsetKm || next.mention.qualifier) break;
    const between = si.text.slice(cur.mention.end - si.start, next.mention.nameStart - si.start);
    if (!(anotherSite(si, between, next) || SITE_AFTER_ASIDE.test(between)) || !usable(next, si, ctx)) break;
    if (next.place?.geonameid != null && next.place.geonameid === m.place.place?.geonameid) break;
    out.push(next);
    cur = next;
  }
  // ...and the sites listed before it, when the mention was placed at a later one ("Explosions were reported at an air
  // base next to X and at a naval area in Y" after a lead filed from X: the dateline town named again is no refinement,
  // but it is a site of the list).
  for (cur = m.place; ;) {
    const prev = si.places.filter((p) => p.mention.end <= cur.mention.nameStart && p.mention.kind === "place" && p.place?.latitude != null).sort((a, b) => b.mention.end - a.mention.end)[0];
    if (!prev || prev.mention.offsetKm || cur.mention.offsetKm) break;
    const between = si.text.slice(prev.mention.end - si.start, cur.mention.nameStart - si.start);
    if (!siteWords().join.test(between) || !usable(prev, si, ctx)) break;
    if (prev.place?.geonameid != null && prev.place.geonameid === m.place.place?.geonameid) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

interface SiteData { site_clause: string; site_verb_join: string; site_means_before: string; site_join: string; list_opening_before: string }
let siteData: { clause: RegExp; verbJoin: RegExp; meansBefore: RegExp; join: RegExp; listOpening: RegExp } | undefined;
function siteWords(): { clause: RegExp; verbJoin: RegExp; meansBefore: RegExp; join: RegExp; listOpening: RegExp } {
  if (!siteData) {
    const d = loadJson<SiteData>("assembly/scenes.json");
    siteData = { clause: new RegExp(d.site_clause, "i"), verbJoin: new RegExp(d.site_verb_join, "i"), meansBefore: new RegExp(d.site_means_before, "i"), join: new RegExp(d.site_join), listOpening: new RegExp(d.list_opening_before) };
  }
  return siteData;
}

/**
 * "The missiles struck the Ain al-Asad air base ..., and at least one landed near Erbil airport", "hit Natanz, Iran's
 * enrichment facility, and targeted military commanders in Tehran": remote violence told at a second site by a clause
 * of its own in the same sentence (the words `between` one struck town and the next: data/assembly/scenes.json). Each
 * town is a scene of the strike, as in a list "X, Y and Z".
 */
function strikeSite(m: Mention, between: string): boolean {
  if (m.family !== "explosion") return false;
  const w = siteWords();
  return w.verbJoin.test(between) || w.clause.test(between);
}

/** " and nearby ", ", and neighbouring ": a list's next town told as near the one before it. */
const NEARBY_JOIN = /^\s*,?\s+and\s+(?:nearby|neighbou?ring)\s+$/;

/** Places joined to a mention's own place by "and" or commas ("X, Y and Z"). */
function coordinatedPlaces(m: Mention): PlaceHit[] {
  const si = m.sentence;
  if (!m.place || m.placeInherited) return [];
  if (betweenTowns(si, m.place)) return [];
  const out: PlaceHit[] = listBefore(m);
  let cur = m.place;
  for (;;) {
    const next = nextTown(si, cur);
    if (!next) break;
    // Up to the name: a mention's span takes in the "west of" before it.
    const between = si.text.slice(cur.mention.end - si.start, next.mention.nameStart - si.start);
    // "X, about 35 km north of Y" is not a list; "... and two facilities west of Y" (a second site) is.
    // ("..., and at least one landed near Erbil", "..., and targeted commanders in Tehran": a strike's next site told by a
    // clause of its own.)
    // ("in Sokode and nearby Bafilo": a second town told as near the first is a scene of its own, not a point near one.)
    const second = anotherSite(si, between, next) || strikeSite(m, between) || NEARBY_JOIN.test(between);
    if (next.mention.offsetKm || (next.mention.qualifier && !second)) break;
    // "... in Lima on Monday and in Cusco on Wednesday": two places, each told with a day of its own, are a list too.
    if (!LIST_JOIN.test(between) && !second && !(DAY_EACH.test(between) && dayAfter(si, next))) break;
    if (enclosesAfterComma(si, between, cur, next)) break;
    if (next.place?.geonameid && next.place.geonameid === m.place.place?.geonameid) break;
    out.push(next);
    cur = next;
  }
  // "raided about ten villages in Anka and Bukkuyum local government areas": a list closed by one plural unit word
  // names the areas one happening's scenes lay in; "intercepted over Ashkelon and Sderot": an interception is one act
  // over the towns it was seen from. Either way one event, at the first place (data/assembly/merge.json).
  if (out.length && (oneOverMany().families.includes(m.family) || oneOverMany().areasAfter.test(si.text.slice(cur.mention.nameEnd - si.start, cur.mention.nameEnd - si.start + 40)))) return [];
  return out;
}

let areasData: { families: string[]; areasAfter: RegExp } | undefined;
function oneOverMany(): { families: string[]; areasAfter: RegExp } {
  if (!areasData) {
    const d = loadJson<{ one_over_many: string[]; shared_areas_after: string }>("assembly/merge.json");
    areasData = { families: d.one_over_many, areasAfter: new RegExp(d.shared_areas_after, "i") };
  }
  return areasData;
}


/**
 * "in Kiwanja, Rutshuru territory," "in Martissant, Port-au-Prince,": after a bare comma, a unit told with its
 * unit word or by a name only a unit has, or a city close by and larger, is where the place before it lies, not a second scene (unless a
 * list goes on after it: "X, Y and Z").
 */
function enclosesAfterComma(si: SentenceInfo, between: string, cur: PlaceHit, next: PlaceHit): boolean {
  if (!/^\s*,\s*$/.test(between)) return false;
  // ("Celaya, Guanajuato, Mexico", "Nasugbu, Batangas": the name of the town's own province or state, even when a
  // namesake town of it exists elsewhere and more names follow.)
  if (namesUnitOf(cur, next)) return true;
  const end = next.mention.nameEnd - si.start;
  if (/^\s*(?:,\s*)?(?:and|or)\s/.test(si.text.slice(end, end + 6)) || /^,\s*\p{Lu}/u.test(si.text.slice(end, end + 4))) return false;
  // ("Tangkal, Lanao del Norte": a district told by its own name.)
  if (unitWordAt(si.text, end) || next.place?.district) return true;
  const a = cur.place, b = next.place;
  if (a?.latitude == null || a.longitude == null || b?.latitude == null || b.longitude == null) return false;
  // ("in Mir Ali, North Waziristan,": a named area, no town, close to the town before it is where that town lies.)
  if (b.area && cur.mention.kind === "place" && !a.area && a.country === b.country && haversineKm(a.latitude, a.longitude, b.latitude, b.longitude) <= 60) return true;
  return (b.population ?? 0) >= 100000 && (b.population ?? 0) > (a.population ?? 0) * 5 && haversineKm(a.latitude, a.longitude, b.latitude, b.longitude) <= 15;
}

function nearest(ms: Mention[], at: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (!best || Math.abs(m.cue.start - at) < Math.abs(best.cue.start - at)) best = m;
  return best;
}

/**
 * Words before a date that make it the day something was said, or the day a running toll stood
 * ("rose to 100 on Tuesday", "killed ... by Sunday morning"): not the day it happened.
 */
// "In a statement read on state television on Thursday night, the ministry said ...": a statement's day too (and "A
// defence ministry statement, read out on state television on Thursday night, said ...", with the comma).
// "Speaking to journalists on Sunday, the deputy governor said ...", "acknowledged on Tuesday": the day of the telling too.
// "said at the site on Tuesday", "told reporters in Geneva on Friday": a speech verb, where it was spoken, then the day.
// "three villagers were killed ... and more than 30 were still missing on Monday": the day a state was told of (captives
// still held, soldiers still missing) is only an upper bound of the raid's, as a day of telling is (tune14, tune29).
const SPEECH_DATE = /\b(?:said|says|told|announced|reported|stated|claimed|confirmed|acknowledged|conceded|added|published|released|issued|(?:speaking|talking)\s+to(?:\s+\w+){1,3}|(?:rose|risen|climbed|jumped|reached)(?:\s+to)?(?:\s+at\s+least)?\s+[\d,]+)(?:\s+in\s+an?\s+(?:statement|post|video|briefing|report|interview))?(?:\s+\w+){0,2}\s*$|\b(?:said|says|told|announced|stated|confirmed|reported)(?:\s+\w+)?\s+(?:at|in|from|outside|during)\s+(?:the\s+|an?\s+)?[\w'’-]+\s*$|\b(?:by|as\s+of)\s+$|\bstill\s+(?:missing|held|being\s+held|in\s+captivity|unaccounted\s+for)\s+$|\b(?:statement|communiqu[eé]|video|briefing|speech|address|interview|(?:news|press)\s+conference),?\s+(?:read|broadcast|aired|posted|released|issued|published|given|delivered|held)\b[^,.;]{0,30}$/i;

/** "Earlier this month the UN said", "On Monday, the ministry reported": a speech verb right after a date, whose day it takes. */
const SAID_AFTER_DATE = /^,?\s+(?:[\w'’.-]+\s+){0,5}?(?:said|says|reported|told|announced|stated)\b/i;
/** "On Tuesday the army acknowledged its forces had withdrawn": a day opening an admission, which owns up to a happening
 *  already told (an announcement may bring news of its own, "On Tuesday the ministry announced soldiers had killed 12"). */
const ADMITTED_AFTER_DATE = /^,?\s+(?:[\w'’.-]+\s+){0,5}?(?:acknowledged|conceded)\b/i;
/** The mention's own day opens the sentence's saying, before the cue: the day it was told, not the day it happened. */
function dateOfSaying(m: Mention): boolean {
  const d = m.date;
  if (!d || d.inherited || d.end > m.cue.start) return false;
  const said = SAID_AFTER_DATE.exec(m.sentence.text.slice(d.end, d.end + 60));
  return !!said && d.end + said[0].length <= m.cue.start;
}

/** A date that opens a span ("since August"): when something began, not when the news happened. */
const SINCE_DATE = /\bsince\s/i;
const opensSpan = (si: SentenceInfo, d: DateMention) => SINCE_DATE.test(si.text.slice(Math.max(0, d.start - 6), d.start + 6));

/**
 * "Separatists shot dead two teachers, police said on Saturday. X was shot on Thursday afternoon, and Y was killed on
 * Friday morning": a sentence whose opening clause, before any cue's clause, tells a day refines the mentions of the
 * sentence before that were dated only by when it was said, as a sentence with no cue at all does (elaborateLatest).
 */
function refineFromOpeningClause(si: SentenceInfo, ctx: ArticleContext, mentions: Mention[], found: Mention[]): void {
  const first = Math.min(...found.map((m) => m.clause[0]));
  if (!si.dates.some((d) => d.precision === 1 && d.end <= first)) return;
  for (const x of mentions) if (!x.drop && x.sentence.idx === si.idx - 1) refineDate(x, si, ctx, first);
}

/**
 * A mention dated only by when it was said takes the day a following sentence that
 * tells it again gives ("Gunmen stormed the college last Monday evening, residents said"), or the span of days it gives.
 * Only days told before `before` count.
 */
function refineDate(m: Mention, si: SentenceInfo, ctx: ArticleContext, before = Infinity): void {
  // (a night dated only as the one before the day it was told is such a bound too: "The militants attacked the post at
  // about 11 pm on Sunday" after "stormed a police post overnight, police said on Tuesday")
  if (!m.date?.said && !(m.date?.toldNight && !m.date.inherited)) return;
  // A span of days told again ("the assaults took place between April 10 and April 16") refines it as well as a day.
  // ("... had annulled Saturday's election": a weekday owning a vote, a match or a meeting dates that, not the happening.)
  const dayOfOther = compiled().dayOfOther;
  const d = si.dates.find((x) => x.end <= before && x.precision <= 2 && !SPEECH_DATE.test(si.text.slice(Math.max(0, x.start - 40), x.start)) && x.to <= m.date!.to && !isOld(x, ctx) && !dayOfOther.test(si.text.slice(x.end, x.end + 40)));
  if (d) m.date = { ...d, inherited: false };
}

/**
 * "fighting killed 20 on Monday, and shelling continued into Tuesday", "surrounded them on Wednesday afternoon, and the gun
 * battle lasted into the early hours of Thursday": a happening told as running on into a day (data/cues/modality.json
 * `continued_into`), with a day told before its cue in the sentence, spans both days (dated by the first, as a night
 * is), so a telling of either day alone is the same happening, not one more.
 */
let continuedInto: RegExp | undefined;
function ranOnInto(m: Mention, si: SentenceInfo): void {
  const d = m.date;
  if (!d || d.said || d.precision !== 1) return;
  continuedInto ??= new RegExp(modality().continued_into, "i");
  const into = si.dates.find((x) => x.start > m.cue.end && x.precision === 1 && continuedInto!.test(si.text.slice(m.cue.end, x.start)));
  if (!into) return;
  const began = si.dates.filter((x) => x.end <= m.cue.start && x.precision === 1 && !isSpeech(si, x) && x.to < into.from && Date.parse(into.from) - Date.parse(x.to) <= 2 * 86_400_000).at(-1);
  if (!began || (d.from !== began.from && d.from !== into.from)) return;
  m.date = { start: began.start, end: into.end, text: si.text.slice(began.start, into.end), date: began.date, precision: 1, from: began.from, to: into.to, inherited: false };
}

/** A clause opening on "and", told as what came next: "..., and a group then stormed ...". */
const SEQUEL_CLAUSE = /^\W*and\s+(?:[\w'’-]+\s+){0,4}?(?:then|later|afterwards|subsequently)\b/i;

/** A subordinating word between a day and the cue: "... on Monday after gunmen killed ...". */
const SUBORDINATOR = /\b(?:after|before|when|following|days? after|hours? after)\b/i;

/** Only an opening word or two before a sentence's first day ("On Monday,", "Late on Sunday,"). */
const OPENING_DAY = /^\W*(?:(?:late|early|then|and|but|also)\s+)?(?:on\s+)?$/i;

/**
 * "that same month", "later that year", "the same week": a coarse time told by pointing back at the time
 * a sentence before named ("since January 2022, when ... . A car bomb ... that same month ...").
 */
const BACK_TO_TIME = /\b(?:(?:later|earlier)\s+(?:that|the\s+same)|that(?:\s+same)?|the\s+same)\s+(?:week|month|year|spring|summer|autumn|winter)\b/i;
/** A day counted from the day told before it, not from publication: "..., and police arrested two men the following day". */
// ("and a day later a roadside bomb killed ...": "later" ends the phrase whatever follows; "the day after the attack" names
// the happening it counts from.)
const FOLLOWING_DAY = /\b(?:the\s+(?:following|next)\s+(?:day|morning|evening)|(a|one|two|three|four|five|six|[1-6])\s+days?\s+(?:later|after)|the\s+day\s+after)\b(?:(?<=later)|(?!\s+(?:that|the|a|an)\b))/i;
const DAYS_LATER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "A day earlier", "two days before", "the previous day": a day counted back from the happening told before. */
const EARLIER_DAY = /\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|evening|night)|the\s+day\s+before|(a|one|two|three|four|five|six|[1-6])\s+days?\s+(?:earlier|before))\b(?!\s+(?:that|the|a|an|his|her|their|its|\w+'s)\b)/i;
/** A verb of telling anywhere in a sentence. */
const TELLS = /\b(?:said|says|told|reported|stated|claimed|announced|added|according\s+to)\b/i;

/** A sentence opening on the day after one told before: "The next morning, ...", "Two days later, ...". */
const FOLLOWING_OPENER = new RegExp(String.raw`^\W*(?:` + FOLLOWING_DAY.source + String.raw`)\s*,`, "i");
/** A sentence opening on a time later the same day: "Hours later,", "A few hours later,", "Later that day,", "That evening,". */
const SAME_DAY_OPENER = /^\W*(?:(?:(?:a\s+few|several|some|two|three|four|\d+)\s+)?hours\s+later|within\s+(?:(?:a\s+few|several|two|three)\s+)?(?:hours|minutes|an\s+hour)|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|(?:that|the\s+same)\s+(?:morning|afternoon|evening|night|day))\s*,/i;
/** How many sentences back the day a same-day opener points at may be told. */
const SAME_DAY_REACH = 4;

/** The day last told, as a happening's (not the day something was said, nor the start of a span), in the few sentences before `si`. */
function dayLastTold(si: SentenceInfo, ctx: ArticleContext): DateMention | undefined {
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - SAME_DAY_REACH; i--) {
    const s = ctx.sentences[i]!;
    const d = s.dates.filter((x) => x.precision === 1 && !isSpeech(s, x) && setsScene(s, x) && !isOld(x, ctx)).at(-1);
    if (d) return d;
  }
  return undefined;
}

/** A sentence opening on the days since a happening already told: "A day after the attack, ...", "Two days after gunmen ...". */
const DAY_AFTER_OPENER = /^\W*(a|one|two|three|[1-3])\s+days?\s+after\s+[^,;]{3,90},\s/i;

// attachDate's tests on one date of a mention's sentence (module-level, see findMentions' helpers).

/**
 * "police said on Saturday": that is when it was said, not when it happened.
 * "since August" starts a span (a war, a campaign), it does not date the one happening told beside it.
 */
function isSpeech(si: SentenceInfo, d: DateMention): boolean {
  return SPEECH_DATE.test(si.text.slice(Math.max(0, d.start - 40), d.start)) || /^(?:by|as of)\s/i.test(d.text) || opensSpan(si, d) || SPEECH_VERB_AFTER.test(si.text.slice(d.end, d.end + 16)) || CLAIMED_AFTER_DATE.test(si.text.slice(d.end, d.end + 50));
}

/** "The army on Tuesday said its troops had killed 12 militants ... on Sunday", "Police on Monday denied that officers
 *  shot ...": a day between a subject and its verb of telling dates the telling. */
const SPEECH_VERB_AFTER = /^\s+(?:said|says|denied|denies|announced|reported|claimed|confirmed|acknowledged|admitted|insisted|rejected|told)\b/i;

/** "The ELN on Monday claimed responsibility for last week's car bombing": the day a claim was made, not the deed's. */
const CLAIMED_AFTER_DATE = /^,?\s+(?:[\w'’.-]+\s+){0,3}?(?:claimed|claims|accepted|admitted|took)\s+(?:responsibility|credit)\s+for\b/i;

/** A relative clause about a person or thing, closed by a comma: ", a former officer who resigned last month, ". */
const RELATIVE_SPAN = /,\s(?:[\w'’-]+\s){0,6}?(?:who|whom|whose|which)\s[^,;]{3,120}?,/g;
const RELATIVE_WORD = /\b(?:who|whom|whose|which)\s/;

/** The relative clauses of a sentence that do not hold the cue: their days date their own verbs, not the cue's. */
function relativeSpans(m: Mention): [number, number][] {
  const out: [number, number][] = [];
  // "seized Aleppo after government forces collapsed in the face of an offensive launched from Idlib on Wednesday": a
  // campaign's start told with its noun dates the campaign, not a deed that came of it (nor the one it is, read as its own cue).
  // ("The offensive started last week with an attack on X", "began on Thursday, when his forces entered X": a start
  // told by its first deed dates that deed.)
  if (CAMPAIGN_WORD.test(m.sentence.text)) for (const r of allMatches(CAMPAIGN_STARTED, m.sentence.text)) {
    if (/\bwith\b/i.test(r[0]) || /^\s*,?\s*(?:when|as|with)\b/i.test(m.sentence.text.slice(r.index! + r[0].length, r.index! + r[0].length + 8))) continue;
    const span: [number, number] = [r.index!, r.index! + r[0].length];
    if (!(m.cue.start < span[1] && m.cue.end > span[0])) out.push(span);
  }
  // "arrested hundreds since the weekend under a state of emergency first declared last August": a measure told with the
  // day it was decreed dates the measure, not the deed done under it.
  if (DECREE_VERB.test(m.sentence.text)) for (const r of allMatches(DECREED, m.sentence.text)) {
    const span: [number, number] = [r.index!, r.index! + r[0].length];
    if (!(m.cue.start < span[1] && m.cue.end > span[0])) out.push(span);
  }
  if (!RELATIVE_WORD.test(m.sentence.text)) return out;
  for (const r of allMatches(RELATIVE_SPAN, m.sentence.text)) {
    const span: [number, number] = [r.index!, r.index! + r[0].length];
    if (!(m.cue.start >= span[0] && m.cue.end <= span[1])) out.push(span);
  }
  return out;
}
const CAMPAIGN_WORD = /\b(?:launched|began|begun|started)\b/;
const DECREE_VERB = /\b(?:declared|imposed|signed|agreed|announced|introduced|adopted|enacted|passed|brokered|reached|ordered|extended)\b/;
/** "a state of emergency first declared last August", "a curfew imposed on Friday", "a truce agreed in January": a measure and when it
 *  was decreed (up to a verb of its own: in "a ceasefire brokered by Russia came into force late on Tuesday" the day is the truce's start). */
const DECREED = /\b(?:state\s+of\s+(?:emergency|siege)|emergency\s+rule|martial\s+law|curfew|ban|law|decree|ceasefire|cease-fire|truce|deal|agreement|accord|sanctions|measures|lockdown|blockade)\s+(?:(?:first|originally|initially|already|formally)\s+)?(?:declared|imposed|signed|agreed|announced|introduced|adopted|enacted|passed|brokered|reached|ordered|extended)\b(?:(?!\b(?:came|comes|took|takes|went|goes|was|were|is|are|has|had|have|will|would)\b)[^,;.]){0,60}/gi;
/** "an offensive launched from Idlib province on Wednesday", "a campaign that began on Monday": a campaign and its start. */
const CAMPAIGN_STARTED = /\b(?:offensive|campaign|operation|incursion|invasion|uprising|insurgency)\s+(?:that\s+|which\s+)?(?:was\s+)?(?:launched|began|begun|started)\b[^,;.]{0,80}/gi;

/** "arrested a man on suspicion of firing at officers on Sunday", "detained two youths for setting fire to a school on
 *  Saturday": a day after the deed an arrest is for dates the deed, not the arrest. */
const ALLEGED_DEED = /\b(?:on\s+suspicion\s+of|suspected\s+of|accused\s+of|charged\s+with|for)\s+(?:\w+\s+)?(?!questioning\b)\w+ing\b/i;
const allegedDeed = (m: Mention, d: DateMention) => m.family === "Arrests" && d.start > m.cue.end && ALLEGED_DEED.test(m.sentence.text.slice(m.cue.end, d.start));

/** "Seven weeks after voters rejected the deal, the two sides signed ...": a lapse of time that opens the clause
 *  and is closed by its comma dates the news from what came before; it does not make the news background
 *  (years after something stay an anniversary's words). The clause's own day may come first ("On Thursday, a day
 *  after the takeover, residents reported fighting"). */
const LAPSE_OPENER = /(?:^|—\s*)(?:(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,\s*)?(?:(?:some|about|nearly|almost|barely|just|only|more than|less than)\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?)\s+(?:after|since)\s+[^,;—]{1,120},/i;

const SINCE_CLAUSE = /\bsince\s+(?![^]*\bsince\b)\S/i;

/** The day lies inside one of the relative clauses `rel`. */
function inRel(x: DateMention, rel: [number, number][]): boolean {
  return rel.some(([a, b]) => x.start >= a && x.end <= b);
}

/** Dates far after the cue usually sit in a relative clause about something else ("held since ... two years ago").
 *  A day told inside a relative clause that does not hold the cue never governs it, and the clause's length
 *  does not count in the distance ("detained X, a former officer who resigned last month, ... on Saturday"). */
function governs(m: Mention, d: DateMention, rel: [number, number][]): boolean {
  const [cs, ce] = m.clause;
  if (inRel(d, rel)) return false;
  if (allegedDeed(m, d)) return false;
  // "fired on protesters on Sunday, the deadliest day since the army took power on February 1": a day told after a
  // "since" that opens a clause of its own dates the start of a period, never the cue before it.
  // (a "since" closed by a day of its own, "protesters who have camped there since October held a vigil on Friday", is not it)
  if (d.start > m.cue.end) {
    const since = SINCE_CLAUSE.exec(m.sentence.text.slice(m.cue.end, d.start));
    if (since && !m.sentence.dates.some((x) => x !== d && x.end > m.cue.end + since.index && x.start < d.start)) return false;
  }
  // "police said on Tuesday they had detained several people after a suicide car bombing ... late on Sunday": a day told
  // past "after" the deed an arrest answers is that deed's day, not the arrest's.
  if (m.family === "Arrests" && d.start > m.cue.end && ARREST_FOR_DEED.test(m.sentence.text.slice(m.cue.end, d.start))) return false;
  // (a count's aside, ", among them 14 children,", is skipped as a relative clause is: it tells no other time)
  const skipped = [...rel, ...countAsides(m.sentence.text)].reduce((n, [a, b]) => n + (a >= m.cue.end && b <= d.start ? b - a : 0), 0);
  const at = d.start - skipped;
  return d.start >= cs && d.end <= ce && (at < m.cue.end + 60 || (d.precision === 1 && at < m.cue.end + 100 && !m.sentence.dates.some((x) => x !== d && !inRel(x, rel) && x.start >= cs && x.start < d.start && x.start > m.cue.end)));
}

/** Between an arrest's cue and a later day: "after" or "following" the deed it answers ("after a suicide car bombing near"). */
const ARREST_FOR_DEED = /\b(?:after|following|over|in\s+connection\s+with)\s+(?:a|an|the|last\s+\w+'s|\w+day's)\s+(?:[\w'’-]+\s+){0,8}?(?:bombing|attack|blast|explosion|killing|ambush|raid|shooting|massacre|assassination|riot|clashes)\b/i;

/**
 * "declared mourning on Monday after gang members killed 70 people in X on Thursday": a day before a
 * subordinator that opens the cue's clause dates the main verb; a day on the cue's side of it is preferred.
 */
function across(m: Mention, d: DateMention): boolean {
  if (d.end > m.cue.start) return false;
  const between = m.sentence.text.slice(d.end, m.cue.start);
  // (the passive's auxiliary may be part of the cue: "who was killed by separatist fighters")
  return SUBORDINATOR.test(between) || RELATIVE_PASSIVE.test(between) || (RELATIVE_WORD_END.test(between) && PASSIVE_START.test(m.cue.text)) || DAY_THEN_OF.test(between);
}

/**
 * "were counting the cost on Monday of clashes ... last week", "buried on Sunday the victims of an attack", "clearing
 * the debris on Tuesday from a blast": a day right before the "of"/"from" that makes the cue a noun of another verb's
 * object dates that verb (the counting, the burial), not the cue.
 */
const DAY_THEN_OF = /^\s+(?:the\s+(?:victims|dead|bodies|cost|toll|aftermath|damage|debris|rubble|wreckage)\s+)?(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "searched the hills on Monday for a trader, who was abducted by gunmen ... on Sunday": a relative clause told in the
 * passive, opened between a day and the cue, tells a deed of its own; the day before it dates the main verb.
 */
const RELATIVE_PASSIVE = /\b(?:who|whom|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[\w'’-]+\s+){0,2}$/i;
const RELATIVE_WORD_END = /\b(?:who|whom|which)\s+$/i;
const PASSIVE_START = /^(?:was|were|had\s+been|has\s+been|have\s+been)\s/i;

/** The date nearest the cue (the first of equals). */
function nearestDate(ds: DateMention[], at: number): DateMention | undefined {
  return ds.reduce<DateMention | undefined>((b, d) => (!b || Math.abs(d.start - at) < Math.abs(b.start - at) ? d : b), undefined);
}

/**
 * The date for a mention among `ds`: the nearest not across a subordinator, else the nearest.
 * "The protest was organised after a court in Dresden on Wednesday sentenced ...": a day past a subordinator
 * that opens another happening dates that one.
 */
function pickDate(m: Mention, ds: DateMention[]): DateMention | undefined {
  const causeAt = causeStart(m);
  ds = ds.filter((d) => d.start < causeAt);
  // "crossed into Gezira on Friday and entered Wad Madani on Monday": a day that closes the verb joined before the
  // cue's is that verb's when the cue's own stretch tells a day of its own after it.
  // (Only a day told "on ..." after the cue: "and exchanged fire until the early hours of Thursday" ran on into it.)
  if (ds.some((d) => d.start >= m.cue.end && /^on\s/i.test(d.text))) {
    const own = ds.filter((d) => !(d.end <= m.cue.start && JOINED_BEFORE_CUE.test(m.sentence.text.slice(d.end, m.cue.start))));
    if (own.length < ds.length) ds = own;
  }
  return nearestDate(ds.filter((d) => !across(m, d)), m.cue.start) ?? nearestDate(ds, m.cue.start);
}

/** Between a day and the cue: only "and" (or "then", "before") and the cue's own verb, "on Friday and entered". */
const JOINED_BEFORE_CUE = /^\s*,?\s+(?:and|then|before)\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?$/i;

/** Recent news, or the lead's own (old) date. */
function recent(d: DateMention | undefined, ctx: ArticleContext, leadOld: DateMention | undefined): boolean {
  return !!d && (!isOld(d, ctx) || (!!leadOld && d.from === leadOld.from && d.to === leadOld.to));
}

const SPREAD_UNNAMED = /\b(?:in|across)\s+(?:several|many|various|numerous|a\s+number\s+of|dozens\s+of|other)\s+(?:other\s+)?(?:towns|cities|villages|localities|provinces|regions|states|districts)\b(?!\s*(?:,\s*)?(?:including|such\s+as|among\s+them|like)\b)/i;

/** The nearest sentence before `si` in its paragraph (one or two back) that tells a time tells only old ones
 *  ("since 1998" opens a span and is not counted); the lead paragraph is never history. */
function followsOldTime(si: SentenceInfo, ctx: ArticleContext): boolean {
  if (si.para <= 0) return false;
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - 2; i--) {
    const s = ctx.sentences[i]!;
    if (s.para !== si.para) return false;
    if (!s.dates.length) continue;
    const own = s.dates.filter((d) => !opensSpan(s, d));
    return own.length > 0 && own.every((d) => isOld(d, ctx));
  }
  return false;
}

/** A sentence telling how the trouble began or how long it has lasted: "The unrest began after ...",
 *  "The country has been in turmoil since Monday". */
// ...also told by what set it off: "The unrest was triggered by a decree", "The crisis dates back to the election".
const HISTORY_OPENER = /\b(?:crisis|unrest|protests?|tensions?|turmoil|violence|war|conflict|fighting|insurgency|standoff|stand-off|dispute|uprising|demonstrations|movement|trouble)\s+(?:first\s+)?(?:(?:began|started|erupted|broke\s+out|flared|(?:was|were)\s+(?:sparked|triggered))\s+(?:when|with)|(?:was|were)\s+(?:sparked|triggered|set\s+off|prompted)\s+by|(?:dates?|dated|goes|went)\s+back\s+to|(?:stems?|stemmed)\s+from)\b|\b(?:crisis|unrest|protests?|tensions?|turmoil|violence|war|conflict|fighting|insurgency|standoff|stand-off|dispute|uprising|demonstrations|movement|trouble)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|flared|(?:was|were)\s+(?:sparked|triggered))\s+(?:after|over|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|last\s+(?:week|month|year))\b|\b(?:has|have)\s+been\s+(?:in\s+|gripped\s+by\s+|rocked\s+by\s+|shaken\s+by\s+)?(?:turmoil|crisis|chaos|unrest|upheaval)\s+since\b/i;

/** Whether a sentence follows, in its paragraph, an opening that tells how the trouble began (the lead
 *  paragraph never does). The opening itself may still tell the news ("erupted after militia detained X on Monday"). */
function inHistoryParagraph(si: SentenceInfo, ctx: ArticleContext): boolean {
  if (si.para <= 0) return false;
  let first = si;
  for (let i = si.idx - 1; i >= 0 && ctx.sentences[i]!.para === si.para; i--) first = ctx.sentences[i]!;
  return first !== si && HISTORY_OPENER.test(first.text);
}

/** A date opening a "since" span ("the worst night since the vote on November 26") marks where a span
 *  starts, not when the next sentence's happening took place. */
const SINCE_SPAN_BEFORE = /\bsince\b[^.;:,]{0,40}$/i;

/** Whether a date told in an earlier sentence sets the scene for a later one: not the day something was said,
 *  nor the start of a "since" span. */
function setsScene(s: SentenceInfo, d: { start: number }): boolean {
  const before = s.text.slice(Math.max(0, d.start - 40), d.start);
  return !SPEECH_DATE.test(before) && !SINCE_SPAN_BEFORE.test(before);
}

/**
 * "a rights group said on Tuesday that gang members raped 11 women ... during a raid on X on Saturday",
 * "declared an emergency on Tuesday after mobs attacked shops ... in the X area on Monday": where the days
 * before the cue belong to another verb (the telling, or the main verb before a subordinator), the first day
 * told after the cue in its own clause dates it, even past the usual reach, if no other day lies between.
 */
const CLAUSE_OPENER = /\b(?:since|after|before|when|where|while|which|who|whom|whose|following|until|once)\b/i;
function ownDayAfter(m: Mention, rel: [number, number][]): DateMention | undefined {
  const si = m.sentence;
  const [cs, ce] = m.clause;
  const before = si.dates.filter((d) => d.start >= cs && d.end <= m.cue.start);
  if (!before.length || !before.every((d) => isSpeech(si, d) || across(m, d))) return undefined;
  const d = si.dates.find((x) => x.start >= m.cue.end && x.end <= ce);
  if (!d || d.precision !== 1 || d.start - m.cue.end > 300 || isSpeech(si, d) || allegedDeed(m, d) || rel.some(([a, b]) => d.start >= a && d.end <= b)) return undefined;
  const between = si.text.slice(m.cue.end, d.start);
  // "denied that its soldiers massacred civilians in X, after the UN said 22 people were killed there on Friday": an
  // "after" clause whose source retells the deed in the passive, with a day of its own, dates the deed denied or disputed.
  if (RETOLD_AFTER.test(between) && /\bago\b/i.test(d.text) === false) return d;
  if (d.start - m.cue.end > 200) return undefined;
  // not past a word opening another clause ("... since troops crossed the border a week ago", "..., where 100 were killed on May 2")
  return CLAUSE_OPENER.test(between) || /\bago\b/i.test(d.text) ? undefined : d;
}
/** Between a deed and a later day: ", after <a source> said|reported|told ... <toll> were killed|shot dead ... [there|in X] ". */
const RETOLD_AFTER = /^[^.;]{0,160}?,\s+after\s+(?:(?!\b(?:since|before|when|where|while|which|who|until)\b)[^.;]){1,120}?\b(?:said|says|reported|told\s+(?:\w+\s+){0,2}?(?:that\s+)?|alleged|accused)\b(?:(?!\b(?:since|before|when|where|while|which|who|after|until)\b)[^.;]){0,120}?\b(?:were|was|had\s+been|have\s+been)\s+(?:killed|massacred|shot\s+dead|shot|executed|murdered|slaughtered|hacked\s+to\s+death|burned\s+to\s+death)\b[^.;,]{0,50}$/i;

/** A clause that opens on "and" right before its cue: a second verb of the subject told before ("and then" tells a later time);
 *  or one that opens on "and" with a passive of its own ("..., and four workers were kidnapped, sources said on Friday"):
 *  a second thing done in the same happening, told with no day of its own. "But" joins one as "and" does ("detained him on
 *  Thursday, but came under fire from gunmen", "..., but were attacked by a mob": the cue the agent after the passive). */
const CONJOINED_VERB = /^\W*(?:and|but)\s+(?:(?!then\b|later\b|afterwards\b|since\b)(?:[\w'’-]+\s+){0,6}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:[\w'’-]+\s+by\s+(?:an?\s+|the\s+)?)?)?$/i;

/** The day of the clause a conjoined verb ("..., and abducted others") continues: the last day told before it in its sentence. */
function conjoinedDay(m: Mention, ctx: ArticleContext): DateMention | undefined {
  const si = m.sentence;
  const [cs] = m.clause;
  if (!CONJOINED_VERB.test(si.text.slice(cs, m.cue.start))) return undefined;
  return si.dates.filter((d) => d.end <= cs && !isSpeech(si, d) && !isOld(d, ctx)).at(-1);
}

/**
 * A day counted from another ("the following day", "two days later", "a day earlier"), the words `told` at `at`
 * in `si`: from the last day told earlier in the sentence, else from the latest live event's own day (a day carried
 * over, often the day a source spoke, only if none has one). `sign` 1 counts forward, -1 back.
 */
function countedDay(si: SentenceInfo, earlier: Mention[], at: number, told: RegExpExecArray, sign: 1 | -1): Mention["date"] | undefined {
  const live = [...earlier].reverse().filter((x) => !x.drop && x.date?.precision === 1 && !x.date.said);
  const base = si.dates.filter((d) => d.precision === 1 && d.end <= at).at(-1) ?? (live.find((x) => !x.date!.inherited) ?? live[0])?.date;
  if (!base) return undefined;
  const n = told[1] ? DAYS_LATER[told[1].toLowerCase()] ?? Number(told[1]) : 1;
  return { ...shiftedDay(base, sign * n, at, told[0]), inherited: false };
}

/** "for a second night", "for the third straight night": the nights of a streak, counted back from the day it was told. */
const NTH_NIGHT = /\bfor\s+(?:a|the)\s+(second|third|fourth|fifth)\s+(?:straight\s+|consecutive\s+|successive\s+|running\s+)?nights?\b/i;
const NTH: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
/** "after nearly 24 hours of street fighting", "after two days of clashes" right before the cue: the cue lasted up to the day told. */
const AFTER_SPAN = /\bafter\s+(?:nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|over\s+|some\s+)?(\d+|a|one|two|three|four|five|six)\s+(hours?|days?)\s+of\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * A happening told as lasting up to a day: "Rioters burned shops for a second night, officials said on Wednesday"
 * (the nights before the day it was told: Monday and Tuesday); "ordered his men out on Tuesday after 24 hours of
 * street fighting" (the fighting: Monday and Tuesday). The day told stays the span's last day (or the day before it,
 * for nights told on the day after); ACLED codes the span (time_precision 2).
 */
function spanToDay(m: Mention): void {
  const d = m.date;
  if (!d || d.inherited || d.precision !== 1) return;
  const text = m.sentence.text;
  const [cs, ce] = m.clause;
  const nights = d.said ? NTH_NIGHT.exec(text.slice(cs, ce)) : null;
  if (nights) {
    const n = NTH[nights[1]!.toLowerCase()]!;
    m.date = { ...daysUpTo(d, n, 1, d.start, d.text), inherited: false, said: true };
    return;
  }
  const after = AFTER_SPAN.exec(text.slice(Math.max(0, m.cue.start - 60), m.cue.start));
  if (!after || (d.start >= m.cue.start - after[0].length && d.end <= m.cue.end)) return;
  const n = DAYS_LATER[after[1]!.toLowerCase()] ?? Number(after[1]);
  const back = /^hour/i.test(after[2]!) ? Math.round(n / 24) : Math.max(1, n - 1);
  if (back >= 1 && back <= 6) m.date = { ...daysUpTo(d, back, 0, d.start, d.text), inherited: false, ...(d.said ? { said: true } : {}) };
}

/** The days a timing span of TRAILING_AFTER or LEAD_AFTER counts back: "two days" 2, "a day" 1, "hours" 0. */
function daysBack(span: string): number {
  return /^two/i.test(span) ? 2 : /^(?:a|one)\s+day/i.test(span) ? 1 : 0;
}

function attachDate(m: Mention, ctx: ArticleContext, earlier: Mention[]): void {
  const si = m.sentence;
  const [cs, ce] = m.clause;
  // "A day after a drone hit Jizan, jets bombed Hodeidah on Sunday": a lead's opener cut off as a clause of its own
  // (leadOpenerClauses) counts back from the day the main clause tells after it (hours after: that same day).
  const timing = clauseTiming(m);
  const leadOpen = timing.opener;
  if (leadOpen && !si.dates.some((d) => d.start >= cs && d.end <= ce && d.precision === 1)) {
    const later = si.dates.filter((d) => d.start >= ce && d.precision === 1);
    const base = later.find((d) => !isSpeech(si, d)) ?? later[0];
    if (base) {
      const span = leadOpen[1] ?? leadOpen[2]!;
      const n = daysBack(span);
      m.date = { ...shiftedDay(base, -n, cs + leadOpen.index, leadOpen[0]), inherited: false };
      return;
    }
  }
  // "The next morning, gang members blocked the road at X, and kidnapped ...": a sentence's opening counts for each of its clauses.
  const inClause = FOLLOWING_DAY.exec(si.text.slice(cs, ce));
  const opens = inClause || cs === 0 ? null : FOLLOWING_OPENER.exec(si.text.slice(0, cs));
  const fol = inClause ?? opens;
  const folAt = inClause ? cs + inClause.index : opens ? opens.index : 0;
  // "A day after the attack, jets struck ...": a follow-up that opens on the lead's happening counts from the lead's own day.
  const after = cs === 0 && !fol ? DAY_AFTER_OPENER.exec(si.text) : null;
  if (after && !si.dates.some((d) => d.start >= cs && d.end <= ce && d.precision === 1)) {
    const lead = earlier.find((x) => !x.drop && x.date?.precision === 1 && !x.date.inherited && !x.date.said);
    if (lead) {
      const n = DAYS_LATER[after[1]!.toLowerCase()] ?? Number(after[1]);
      m.date = { ...shiftedDay(lead.date!, n, after.index, after[0]), inherited: false };
      return;
    }
  }
  // "Jets struck Hodeidah on Saturday, a day after a drone hit Tel Aviv": the trailing clause counts back from the
  // day its sentence told before it (hours after: that same day).
  const trail = timing.trailing;
  if (trail && !si.dates.some((d) => d.start >= cs && d.end <= ce && d.precision === 1)) {
    const base = si.dates.filter((d) => d.end <= cs && d.precision === 1).pop();
    if (base) {
      const n = daysBack(trail[1]!);
      m.date = { ...shiftedDay(base, -n, cs + trail.index, trail[0]), inherited: false };
      // ("Jets struck camps on Monday, hours after a car bomb tore through Ankara": hours may reach back past midnight,
      // so the bombing told next as "the blast on Sunday evening" is the same one: the day or the eve before it.)
      if (n === 0) m.date.from = shiftedDay(base, -1, cs + trail.index, trail[0]).from;
      return;
    }
  }
  // "A day earlier, soldiers fought rebels near Ilaga": the days before a happening already told count back from its day.
  const back = fol ? null : EARLIER_DAY.exec(si.text.slice(cs, ce));
  // (the date reader counts such words back from the day of publication: a day of their own words is no other day)
  const backAt = back ? cs + back.index : -1, backEnd = back ? backAt + back[0].length : -1;
  if (back && !si.dates.some((d) => d.start >= cs && d.end <= ce && d.precision === 1 && !(d.start < backEnd && d.end > backAt))) {
    const day = countedDay(si, earlier, backAt, back, -1);
    if (day) {
      m.date = day;
      return;
    }
  }
  if (fol && !si.dates.some((d) => d.start >= cs && d.end <= ce && d.precision === 1)) {
    const day = countedDay(si, earlier, folAt, fol, 1);
    if (day) {
      m.date = day;
      return;
    }
  }
  // "Hours later, a mob set fire to ...", "That evening, ...": the day last told before, if the sentence tells none of its own.
  if (!si.dates.some((d) => d.precision === 1 && !isSpeech(si, d)) && SAME_DAY_OPENER.test(si.text)) {
    const told = dayLastTold(si, ctx);
    if (told) {
      m.date = { ...told, inherited: false };
      return;
    }
  }
  const rel = relativeSpans(m);
  const notAcross = pickDate(m, si.dates.filter((d) => governs(m, d, rel) && !isSpeech(si, d) && !across(m, d))) ?? ownDayAfter(m, rel);
  const own = notAcross ?? pickDate(m, si.dates.filter((d) => governs(m, d, rel) && !isSpeech(si, d)));
  // "Ukraine buried the victims on Sunday of a missile strike that killed 20": a day that dates the burial (or the
  // counting of the cost) of the cue's happening is only its upper bound, as the day a source spoke is; a later
  // sentence's own day ("The missile struck on Friday evening") may refine it.
  if (own && !notAcross && own.end <= m.cue.start && DAY_THEN_OF.test(si.text.slice(own.end, m.cue.start))) {
    m.date = { ...own, inherited: false, said: true };
    ranOnInto(m, si);
    return;
  }
  // "raped women ... last week, and abducted several others, a charity said on Tuesday": a verb joined by "and"
  // to the clause before (no subject of its own) shares that clause's day; the day the source spoke is only a bound.
  const shared = own ? undefined : conjoinedDay(m, ctx);
  if (shared) {
    m.date = { ...shared, inherited: false };
    return;
  }
  // Only the day it was said ("officials said on Sunday that ..."): an upper bound a later sentence may refine.
  const said = own ? undefined : pickDate(m, si.dates.filter((d) => governs(m, d, rel)));
  const other = own ?? said ?? pickDate(m, si.dates.filter((d) => !isSpeech(si, d) && d.start >= cs && d.end <= ce && !rel.some(([a, b]) => d.start >= a && d.end <= b)));
  // "The group said on Tuesday it had captured the town after overrunning its last outposts on Monday": a deed dated
  // only by the day it was said is done the day of the deed that completed it, told right after it.
  const upon = said && !own ? si.dates.find((d) => d.precision === 1 && d.start > m.cue.end && !isSpeech(si, d) && d.to <= said.to && !isOld(d, ctx) && UPON_DEED.test(si.text.slice(m.cue.end, d.start))) : undefined;
  if (upon) {
    m.date = { ...upon, inherited: false };
    return;
  }
  if (other) {
    m.date = { ...other, inherited: false, ...(said ? { said: true } : {}) };
    // "On Tuesday the army acknowledged its forces had withdrawn": a day opening an admission before the cue is the
    // day it was owned up to, only an upper bound of the happening's (as "said on Tuesday that" is).
    // (Only a day opening the sentence: in "began patrolling on Tuesday, the ministry said" the day is the patrol's.)
    if (!said && other.end <= m.cue.start && OPENING_DAY.test(si.text.slice(0, other.start)) && ADMITTED_AFTER_DATE.test(si.text.slice(other.end, m.cue.start))) m.date.said = true;
    // "an overnight attack ..., officials said on Monday": the night before the day it was told, not before publication.
    if (/^(?:overnight|last night)$/i.test(other.text)) {
      // (told the day the night began, "overnight ..., officials said on Tuesday" in Wednesday's paper, it is still the night
      // into the day told; and a night dated only by the day it was told is a guess: a later telling of the same happening
      // with a day of its own, "the attackers struck late on Sunday", dates it: toldNight, read by assemble's nightTold)
      const told = si.dates.find((d) => d !== other && d.precision === 1 && isSpeech(si, d) && d.to <= other.to);
      if (told) m.date = { ...shiftedDay(told, -1, other.start, other.text), to: told.from, inherited: false, toldNight: true };
    }
    ranOnInto(m, si);
    return;
  }
  // "... killed more than 100 people, witnesses and media reported on Wednesday": the day it was told,
  // far after the cue, is still this clause's upper bound, which the next sentence may refine.
  const toldFar = pickDate(m, si.dates.filter((d) => isSpeech(si, d) && d.start >= cs && d.end <= ce && !isOld(d, ctx)));
  if (toldFar) {
    m.date = { ...toldFar, inherited: false, said: true };
    return;
  }
  // "A car bomb in X that same month wounded several people": the time pointed back at is the latest one
  // told in this sentence before the clause or in the two sentences before it (often an old one, in a
  // background paragraph); it dates the clause, so an old one makes it background.
  if (BACK_TO_TIME.test(si.text.slice(cs, ce))) {
    const back = si.dates.filter((d) => d.end <= cs).at(-1) ?? [ctx.sentences[si.idx - 1], ctx.sentences[si.idx - 2]].find((s) => s?.dates.length)?.dates.at(-1);
    if (back) {
      m.date = { ...back, inherited: false };
      return;
    }
  }
  // "On Monday, the rebels advanced on X and clashed with the army there": a day opening the sentence dates every clause of it that names none.
  const opening = si.dates.find((d) => d.precision === 1 && d.end < cs && OPENING_DAY.test(si.text.slice(0, d.start)) && /^\s*,/.test(si.text.slice(d.end, d.end + 2)) && !isSpeech(si, d));
  if (opening && !isOld(opening, ctx)) {
    m.date = { ...opening, inherited: false };
    return;
  }
  // "Thousands had rallied on Saturday evening ..., and a group then broke through the gates and burned barricades":
  // a clause told as what came next ("and ... then") shares the day the clause before it in the sentence told.
  const before = SEQUEL_CLAUSE.test(si.text.slice(cs, m.cue.start)) ? si.dates.filter((d) => d.precision === 1 && d.end <= cs && !isSpeech(si, d)).at(-1) : undefined;
  if (before && !isOld(before, ctx)) {
    m.date = { ...before, inherited: false };
    return;
  }
  const leadOld = earlier.find((x) => x.sentence.idx === 0 && !x.drop && x.date)?.date;
  const prev = [...earlier].reverse().find((x) => !x.drop && x.date && x.sentence.para === si.para && recent(x.date, ctx, leadOld));
  // "On Saturday, hundreds gathered outside the embassy. Some set fire to barriers": a day given by a sentence of
  // the same paragraph between the last event told and this one sets the scene for it.
  for (let i = si.idx - 1; i > (prev?.sentence.idx ?? -1) && i >= si.idx - 2; i--) {
    const prevS = ctx.sentences[i]!;
    if (prevS.para !== si.para) break;
    const d = prevS.dates.filter((x) => x.precision === 1 && recent(x, ctx, leadOld) && setsScene(prevS, x)).at(-1);
    if (d) {
      // (A sentence that tells what someone said on its day, "at the funeral on Thursday, his mother said ...", dates the saying, not a scene.)
      m.date = { ...d, inherited: true, ...(TELLS.test(prevS.text) ? {} : { scene: true }) };
      return;
    }
  }
  if (prev?.date) {
    m.date = { ...prev.date, inherited: true, said: false };
    return;
  }
  const lead = earlier.find((x) => !x.drop && x.date && !x.date.inherited && recent(x.date, ctx, leadOld));
  if (lead?.date) {
    m.date = { ...lead.date, inherited: true, said: false };
    return;
  }
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - 3; i--) {
    const prevS = ctx.sentences[i]!;
    const d = prevS.dates.filter((x) => recent(x, ctx, leadOld) && setsScene(prevS, x)).at(-1);
    if (d) {
      m.date = { ...d, inherited: true };
      return;
    }
  }
  if (ctx.leadDate && recent(ctx.leadDate, ctx, leadOld)) {
    m.date = { ...ctx.leadDate, inherited: true };
    return;
  }
  // "Gunmen have killed six villagers in eastern Congo, officials said": a lead that tells the news with no
  // day, in a report that dates nothing before it, happened in the days up to publication (time_precision 2).
  if (ctx.published && si.para === ctx.sentences[0]?.para && !ctx.sentences.slice(0, si.idx + 1).some((s) => s.dates.length)) {
    m.date = { ...weekUpTo(ctx.published, 0), inherited: true };
  }
}

/**
 * Figures go to the mention of their clause, else the nearest mention in the sentence; a sentence of
 * figures only adds to the latest mention nearby. Figures in a background clause count for nothing.
 */
const EARLIER_EVENT = /\b(?:an?|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|months?|hours?)\s+(?:after|since)\b|\b(?:in|over)\s+(?:retaliation|revenge|protest)\s+(?:for|at|against)\b/i;

/** A sentence that tells a commemoration ("at the memorial, where more than 60 were killed, families read out the
 *  names"): the toll it tells is the remembered happening's, not that of the news told before it. */
export const COMMEMORATION = /\b(?:memorials?|commemorat\w*|anniversary|ceremon(?:y|ies)|wreaths?|bereaved|read\s+(?:out\s+)?(?:the\s+)?names)\b/i;

/** Families that do not carry a death toll of their own. */
const NO_TOLL = new Set(["Arrests", "Agreement", "Change to group/activity", "Headquarters or base established", "Disrupted weapons use"]);

/** A sentence that names a town (not a region) and a toll of its own. */
const townWithOwnToll = (si: SentenceInfo) => si.places.some((p) => p.mention.kind === "place" && p.place?.geo_precision === 1) && findFatalities(si.text).length > 0;
/** A sentence whose only places are regions or countries (or none): what it counts is counted region-wide. */
const regionOnly = (si: SentenceInfo | undefined) => !!si && si.places.some((p) => p.place) && si.places.every((p) => p.mention.kind !== "place" || p.place?.geo_precision === 3);

/** How many sentences after the latest event a source's exact count still gives the toll it told by a vague word. */
const VAGUE_REACH = 4;

/** How many sentences after the latest event a running toll told alone still updates its toll. */
const ROSE_REACH = 6;

/** "Jets struck Hodeidah on Saturday, a day after a drone hit Tel Aviv. Three people were killed ...": the latest mention
 *  told is the trailing "after" clause's earlier happening, the news's background; a sentence with no event of its own
 *  that follows (its figures, its sources) tells of the news, the main clause's event of that sentence. */
function newsOf(latest: Mention | undefined, earlier: Mention[], si: SentenceInfo): Mention | undefined {
  if (!latest || latest.clause[0] === 0 || !TRAILING_AFTER.test(latest.sentence.text.slice(latest.clause[0], latest.clause[1]))) return latest;
  const news = earlier.find((m) => m.sentence === latest.sentence && !m.drop && !NO_TOLL.has(m.family) === !NO_TOLL.has(latest.family) && m.clause[1] <= latest.clause[0]);
  // ("In Jazan, two people were killed": a sentence naming the earlier happening's scene, and not the news's, tells of that one.)
  const names = (m: Mention | undefined) => !!m?.place?.place?.location && si.places.some((p) => p.place?.location === m.place!.place!.location);
  return news && !(names(latest) && !names(news)) ? news : latest;
}

/** How many of the latest mentions a toll told at a town may go back over to find that town's event. */
const RECENT_SCENES = 8;
/** Between a toll and the town it is told at: "11 civilians in ", "were killed in clashes in the port city of ". */
const FIGURE_AT = /^(?:\s+[\w'’-]+){0,6}?\s+(?:in|at)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:town|city|village)\s+of\s+)?$/;
/** The town a toll is told at, named right after it ("four civilians in Sarmin"), if any. */
export function figureTown(si: SentenceInfo, f: { end: number }): PlaceHit | undefined {
  for (const p of si.places) {
    const at = p.mention.nameStart - si.start;
    if (p.mention.kind !== "place" || at < f.end || at - f.end > 70) continue;
    if (FIGURE_AT.test(si.text.slice(f.end, at))) return p;
  }
  return undefined;
}
/** Two place hits name the same town (by GeoNames id, else by name). */
export const sameTown = (x: PlaceHit | undefined, y: PlaceHit): boolean =>
  !!x?.place && !!y.place && (x.place.geonameid != null ? x.place.geonameid === y.place.geonameid : x.place.name === y.place.name);
/** Of `own` and `ms`, the event at the town the toll `f` is told at, if the sentence tells it at a town. */
function townsToll(si: SentenceInfo, f: { end: number }, ms: Mention[], own: Mention): Mention | undefined {
  const at = figureTown(si, f);
  if (!at) return undefined;
  return sameTown(own.place, at) ? own : ms.find((m) => m !== own && sameTown(m.place, at));
}

function attachFigures(si: SentenceInfo, found: Mention[], earlier: Mention[], ctx: ArticleContext): void {
  // A toll left waiting by a sentence whose only event was an arrest goes to the violence told right after.
  for (const m of found) {
    if (m.drop || NO_TOLL.has(m.family) || m.fatalities.length) continue;
    // A lead's toll reaches across the paragraph break; a summary toll further on ("17 died across the
    // two regions") does not carry into the next paragraph's event.
    const waiting = ctx.pendingFigures.filter((f) => si.idx - f.sentenceIdx <= 2 && (f.sentenceIdx === 0 || ctx.sentences[f.sentenceIdx]?.para === si.para));
    // "Violence across Zamfara state killed 30 people. In Gusau, gunmen killed eight traders": a region's toll is
    // not the toll of a town's event that tells its own.
    if (waiting.length && townWithOwnToll(si) && waiting.every((f) => regionOnly(ctx.sentences[f.sentenceIdx]))) {
      ctx.pendingFigures.length = 0;
      continue;
    }
    if (waiting.length) {
      m.fatalities.push(...waiting.map(({ sentenceIdx: _, ...f }) => f));
      ctx.pendingFigures.length = 0;
    }
  }
  const figures = findFatalities(si.text);
  const cls = figures.length ? clauses(si.text) : [];
  for (const f of figures) {
    const [cs, ce] = cls.find(([a, b]) => f.start >= a && f.start < b) ?? [0, si.text.length];
    // A toll in a clause dated only long ago ("killed 15 people in November") is history.
    const inClause = si.dates.filter((d) => d.start >= cs && d.end <= ce);
    const oldDate = inClause.some((d) => isOld(d, ctx)) && !inClause.some((d) => !isOld(d, ctx)) && !found.some((m) => !m.drop && m.date && !m.date.inherited && isOld(m.date, ctx));
    if (oldDate) continue;
    const abs: Figure = { count: f.count, start: f.start + si.start, end: f.end + si.start, text: f.text, vague: f.vague, rose: f.rose, adds: f.adds, said: f.said, who: f.who };
    // Deaths belong to violence: an arrest or a deal does not carry the toll of the bomb it mentions.
    const live = found.filter((m) => !m.drop && !NO_TOLL.has(m.family));
    if (found.length && !found.some((m) => !m.drop)) continue; // the sentence's only events were dropped: so are its figures
    const inOwn = live.find((m) => f.start >= m.clause[0] && f.start < m.clause[1]);
    const own = inOwn ?? nearest(live, f.start);
    // "Five people were killed in X on Saturday, a day after a rocket hit Y": a toll told before a trailing "after"
    // clause is the main clause's, not the toll of the earlier happening that clause tells.
    if (!inOwn && own && f.start < own.clause[0] && TRAILING_AFTER.test(si.text.slice(own.clause[0], own.clause[1]))) continue;
    // "..., a day after three girls were stabbed to death": a toll told after a pointer to another,
    // earlier happening belongs to that one, not to this sentence's event.
    if (own && f.start > own.cue.end && EARLIER_EVENT.test(si.text.slice(own.cue.end, f.start))) continue;
    if (own) {
      // "Three people were killed in X and two in Y", "a demonstrator was shot dead in the town of Y": a toll told at a
      // town goes to this sentence's event at that town (one of a list's towns); a toll told at no town stays with the
      // first (a list's toll told once is its lead's).
      (townsToll(si, f, live, own) ?? own).fatalities.push(abs);
      continue;
    }
    if (found.some((m) => !m.drop)) {
      ctx.pendingFigures.push({ ...abs, sentenceIdx: si.idx });
      continue;
    }
    const prev = newsOf([...earlier].reverse().find((m) => !m.drop && !NO_TOLL.has(m.family)), earlier, si);
    if (prev && COMMEMORATION.test(si.text)) continue;
    // A lead that tells its toll before any cue ("ended a siege after gunmen stormed it, killing 21"):
    // the toll waits for the event the next sentences tell.
    if (!prev && si.idx === 0) ctx.pendingFigures.push({ ...abs, sentenceIdx: si.idx });
    // A running toll ("the death toll later rose to 19") is the latest event's, a few paragraphs on too; but not
    // past a sentence of history: "Burundi has been in crisis since April 2015. More than 400 people have been
    // killed" tells the conflict's toll, not the toll of the event told before.
    // "Dozens were killed ... . The health ministry put the toll at 43": a source's exact count, a few sentences on,
    // of the deaths the latest event told only by a vague word (ACLED: the lowest reliable figure, not the word's value).
    const counts = prev && f.said && !f.vague && !f.adds && prev.fatalities.length > 0 && prev.fatalities.every((p) => p.vague && (p.who === f.who || ["toll", "people", ""].includes(f.who)));
    // ...nor past where a wave of protests began ("The protests began on Thursday in Mashhad and quickly spread. At
    // least 21 people have been killed."): that toll is the wave's.
    if (prev && si.idx - prev.sentence.idx <= (f.rose ? ROSE_REACH : counts ? VAGUE_REACH : 2) && !historyBetween(prev.sentence.idx, si.idx, ctx) && !earlier.some((m) => m.sentence.idx > prev.sentence.idx && m.drop === WAVE_ORIGIN)) {
      const otherTown = si.places.some((p) => p.mention.kind === "place" && p.place?.geonameid && prev.place?.place?.geonameid && p.place.geonameid !== prev.place.place.geonameid);
      // ("SMHR documented the death of 11 civilians in Idlib city and four in Sarmin", after shelling on "Idlib and the
      // towns of Sarmin and Ariha": each toll told at a town goes to the event just told there.)
      const there = townsToll(si, f, earlier.slice(-RECENT_SCENES).filter((m) => !m.drop && !NO_TOLL.has(m.family) && m.sentence.idx >= prev.sentence.idx), prev);
      // (A toll told at no town, after a list of towns told in one sentence, is the list's first town's.)
      if (there) there.fatalities.push(abs);
      else if (!otherTown) (earlier.find((m) => !m.drop && m.sentence === prev.sentence && m.cue.start === prev.cue.start && m.family === prev.family) ?? prev).fatalities.push(abs);
    }
  }
}

