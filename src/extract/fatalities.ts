// Fatality figures in a clause, by ACLED's rules: killed only (never wounded, missing, freed, arrested),
// the lowest reliable figure, vague words at conventional values (data/cues/numbers.json).
import { loadJson } from "./lexicon.js";
import { allMatches, containsAnyRegex, containsAnyTest, wordTrieAlternation } from "../util/regex.js";

interface NumbersData {
  words: Record<string, number>;
  vague: Record<string, number>;
  multipliers: Record<string, number>;
  killed_words: string;
  not_killed_words: string;
  toll_rose_verbs: string;
  toll_bring_verbs: string;
  added_after_number: string;
  added_before_verb: string;
  attacker_words: string;
  killed_around_verbs: string;
  killed_around_after: string;
  counted_group_words: string;
  aside_openers: string;
}

export interface FatalityMention {
  count: number;
  start: number;
  end: number;
  text: string;
  /** "at least", "more than": the figure is a floor. */
  floor: boolean;
  /** A vague word ("dozens", "several") stood for the number: ACLED's conventional value, not a count. */
  vague: boolean;
  /** A running toll of the event ("the toll rose to 11", "bringing the toll to 11"): it replaces the figures told before it. */
  rose: boolean;
  /** Deaths on top of a toll told before ("five attackers were also killed", "one later died of wounds"). */
  adds: boolean;
  /** The whole toll as someone gives it ("police put the toll at eight", "officials said eight people were killed"): a rival count of the same deaths. */
  said: boolean;
  /** The people counted ("people", "soldiers"; "toll" for a bare toll), lower-case; "" when none is named. */
  who: string;
}

/** A figure as an event's mentions keep it (offsets in the report). */
export type Figure = Pick<FatalityMention, "count" | "start" | "end" | "text" | "vague" | "rose" | "adds" | "said" | "who">;

let compiled: { anyKilled: (text: string) => boolean; anyOther: RegExp; needs: { around: RegExp; lives: RegExp; lost: RegExp; himAnd: RegExp; ofWounded: RegExp }; vagueWord: RegExp; num: RegExp; killedAfter: RegExp; leftHurt: RegExp; figureBeforePlace: RegExp; killedBefore: RegExp; isKilled: RegExp; conjoined: RegExp; andMore: RegExp; himAnd: RegExp; rose: RegExp; added: RegExp; who: RegExp; ofWounded: RegExp; attackers: RegExp; lives: RegExp; lost: RegExp; around: RegExp; groupOf: RegExp; value: (s: string) => number | undefined } | undefined;

function lexicon() {
  if (compiled) return compiled;
  const d = loadJson<NumbersData>("cues/numbers.json");
  const table = new Map<string, number>([...Object.entries(d.words), ...Object.entries(d.vague)]);
  // The number words longest first (a space read as any run of whitespace), set out as a trie: the figure patterns
  // are tried at every word of a sentence, and a trie dispatches on a word's first letters instead of trying all of them.
  const words = wordTrieAlternation([...table.keys()]);
  const tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)";
  const mult = Object.keys(d.multipliers).join("|");
  // A number: digits (1,200 / 1200), a count of dozens or hundreds ("two dozen", "three hundred"), number words
  // incl. compounds ("twenty-five"), or vague words.
  const numAlt = `(?:\\d{1,3}(?:,\\d{3})+|(?:\\d+|${tens}|${wordTrieAlternation(Object.keys(d.words).filter((w) => d.words[w]! < 100 && !w.includes(" ")))})\\s+(?:${mult})(?!s)\\b|\\d+|${tens}|${words})`;
  // A range is read at its lower end ("between 10 and 15", "10 to 15", "10-15", "two or three"): the lowest reliable figure.
  // (One copy of the number pattern for a figure and its optional upper end: the regex is tried at every word.)
  const rangeAlt = `(?:between\\s+${numAlt}\\s+and\\s+${numAlt}|\\d[\\d,]*\\s*[-–]\\s*\\d[\\d,]*|${numAlt}(?:\\s+(?:to|or)\\s+${numAlt}\\b)?)`;
  const qual = "(?:(no fewer than|not fewer than|no less than|not less than|upwards of|in excess of|well over|at least|more than|over|some|about|around|nearly|almost|roughly|up to|as many as|an estimated|approximately|close to|at most|fewer than|less than|all)\\s+)?";
  const noun = "(?:\\s+(?:(?!(?:and|" + CARDINALS + ")\\b)[a-z'-]+\\s+|\\d+-year-old\\s+){0,3}?(?:" + PEOPLE + "|of them))?";
  const nonCapturing = (g: string) => g.replace(/\((?!\?)/g, "(?:");
  const killed = nonCapturing(d.killed_words);
  const notKilled = nonCapturing(d.not_killed_words);
  const rose = nonCapturing(d.toll_rose_verbs);
  const bring = nonCapturing(d.toll_bring_verbs);
  const aside = nonCapturing(d.aside_openers);
  // "the death toll from Sunday's attack has risen to", "the toll stood at", "a toll rose from 7 to"
  const tollIs = `(?:death\\s+)?toll(?: (?:from|in|of) [^.;,]{1,120}?)?\\s+(?:(?:has|had)\\s+)?(?:(?:since|now|further|later|then|subsequently)\\s+)?(?:${rose}|stands|stood|is|was)(?:\\s+from\\s+${numAlt})?(?:\\s+to|\\s+at)?`;
  // "bringing the death toll to", "put the toll at"
  const tollSet = `(?:${bring}|put|puts|putting|placed|places|set|sets)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?(?:death\\s+)?toll\\s+(?:to|at)`;
  const value = (s: string): number | undefined => {
    const t = s.toLowerCase().replace(/\s+/g, " ").trim();
    const range = RANGE.exec(t);
    if (range) return value(range[1]!);
    const times = /^(\S+) (dozen|hundred|thousand)$/.exec(t);
    if (times && !table.has(t)) {
      const n = value(times[1]!);
      return n === undefined ? undefined : n * d.multipliers[times[2]!]!;
    }
    if (/^\d/.test(t)) return Number(t.replace(/,/g, ""));
    const hy = /^(\w+)-(\w+)$/.exec(t);
    if (hy) return (table.get(hy[1]!) ?? 0) + (table.get(hy[2]!) ?? 0);
    return table.get(t);
  };
  compiled = {
    // Every figure pattern below needs one of these words: text without them is skipped at once.
    // (Set out as a trie of the words: tried at every offset of every sentence, the long list of words cost more than
    // all the figure patterns after it.)
    // Split in two, the killing words and the rest: the pattern of a figure before its verb (killedAfter, the costliest,
    // tried at every number word and "a") counts only a match whose verb is a killing word, so a text holding none
    // (only "wounded", "arrested", "fled" ...) is not searched with it. Together they are the one test they replace.
    // (The killing words' one alternative with a lookahead, "neutralised" not before "bombs", is tried apart: the rest
    // are set out as a trie, which the whole list, with it, could not be.)
    anyKilled: containsAnyTest(killed, "i"),
    anyOther: containsAnyRegex(`${notKilled}|toll|left|lives|lost|losing|loses|body|${nonCapturing(d.killed_around_after)}`, "i"),
    // Words every match of one pattern holds (its words after the figure): a text without them is not
    // searched with that pattern (most sentences hold none; the long patterns are tried at every word).
    needs: {
      around: new RegExp(nonCapturing(d.killed_around_after), "i"),
      lives: /lives/i,
      lost: /\blos(?:t|ing|es)\b/i,
      himAnd: /\b(?:him|her)\s+and\s/i,
      ofWounded: /died|succumbed/i,
    },
    vagueWord: new RegExp(`^(?:${Object.keys(d.vague).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|")})$`, "i"),
    num: new RegExp(numAlt, "i"),
    // "killing at least 32 people", "killed dozens of soldiers", "death toll rose to 90", "bringing the toll to 11",
    // "police put the death toll at eight", "left 12 dead"
    killedBefore: new RegExp(
      `\\b(?:${killed}|body\\s+of|${tollIs}|${tollSet}|left)\\s+(?:of\\s+)?${qual}(${rangeAlt})\\b${noun}`,
      "gi",
    ),
    // "32 people were killed", "at least 100 people", "three died", "Two others were killed"
    killedAfter: new RegExp(
      // ", including the mayor," or ", two of them children," between the figure and its verb is an aside naming some of
      // the dead; a name's abbreviation in brackets ("Five Popular Mobilisation Forces (PMF) fighters were killed") is one of its words.
      // A longer aside counts too when it is set off as one: by commas after an aside's opener (", among them a councillor
      // and two of his bodyguards who had escorted him home,", ", who had guarded the road since dawn,"), by dashes or by
      // brackets. A comma clause opened by any other word is a new clause, and its figure no toll of the verb after it.
      // Such an aside follows the figure's people at once, or a word or two naming them ("A trader, who had ..., was shot dead").
      `\\b${qual}(${rangeAlt})\\b${noun}(?:(?:\\s+(?!(?:and|or|were|was|are|is|have|has|had|been|${CARDINALS})\\b)[\\w'’-]+){0,2}?(?:\\s*,\\s+${aside}\\s+[^,.;:()\\d—–]{1,120},|\\s+[—–]\\s*[^.;:()\\d—–]{1,120}?\\s*[—–]|\\s+\\([^().;:\\d]{1,120}\\)))??(?:\\s*,?\\s+(?:(?:including|among them)\\s+[^,.;:\\d]{1,60},\\s+|(?:\\d+|${CARDINALS}|most|many|some|all|half|none)\\s+of\\s+(?:them|whom)\\s+[^,.;:\\d]{1,40},\\s+|(?!\\d|(?:said|says|told|added|reported|according|${CARDINALS})\\b)[\\w'’.-]+,?\\s+|\\d+-year-old\\s+|\\([\\w .'’-]{1,15}\\)\\s+){0,8}?)?\\s*(?:were|was|have been|had been|are|is|been|have|had|reportedly)?\\s*(?:(?:also|all|later|reportedly)\\s+)?(${killed}|${notKilled})\\b`,
      "gi",
    ),
    // "Five farmers near Gwoza, (some) 25 km from Bama, were killed": the figure told before a town and the distance
    // that places it, whose own figure (the distance) is none (tried only on the words before such a distance).
    figureBeforePlace: new RegExp(`\\b${qual}(${rangeAlt})\\b${noun}\\s+(?:near|in|outside|at|around)\\s+(?:the\\s+(?:village|town|city)\\s+of\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s*,\\s*(?:some|about|around|roughly|nearly|almost|approximately)?\\s*$`, "iu"),
    value,
    leftHurt: new RegExp(`^\\s+(?:(?:seriously|critically|badly|severely|gravely|slightly|lightly)\\s+)?(?:${notKilled}|homeless|stranded|in\\s+(?:critical|serious|stable)\\s+condition)\\b`, "i"),
    isKilled: new RegExp(`^${killed}$`, "i"),
    // "four soldiers and": a noun must follow the first figure ("between 10 and 15 people" is a range).
    conjoined: new RegExp(`\\b(${numAlt})\\b${noun.slice(0, -1)}\\s+and\\s+$`, "i"),
    rose: new RegExp(`\\btoll\\b[^.;]*\\b${rose}\\b|\\b${bring}\\s+(?:the\\s+)?(?:[a-z]+\\s+)?(?:death\\s+)?toll\\b`, "i"),
    // "two more people", "three further bodies"; "were also killed", "later died"
    added: new RegExp(`\\b(?:${numAlt})\\s+${nonCapturing(d.added_after_number)}\\b(?!\\s+than)|\\b${nonCapturing(d.added_before_verb)}\\s+(?:been\\s+)?\\S+$`, "i"),
    who: new RegExp(`\\b(${PEOPLE})\\b`, "i"),
    attackers: new RegExp(`^${nonCapturing(d.attacker_words)}$`, "i"),
    // "burned two women alive", "beat a suspected thief to death": the victims between the verb and the words that make it a killing.
    around: new RegExp(`\\b${nonCapturing(d.killed_around_verbs)}\\s+${qual}(${rangeAlt})\\s+((?:[\\w'-]+\\s+){0,3}?)${nonCapturing(d.killed_around_after)}\\b`, "gi"),
    // "a family of five": the group's size is the count.
    groupOf: new RegExp(`^an?\\s+${nonCapturing(d.counted_group_words)}\\s+of\\s+(${numAlt})\\b`, "i"),
    // "the army said it lost two soldiers", "repelled the attack and lost three of its men": a side's own dead, told
    // by the side ("Ukraine had lost up to 200 servicemen", one side's count of the other's losses, is no toll).
    lost: new RegExp(`\\b(?:(?:it|they|we)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:also\\s+)?|and\\s+(?:had\\s+)?)(?:lost|loses)\\s+${qual}(${rangeAlt})\\s+(?:of\\s+(?:its|their|his|our)\\s+)?(?:[a-z'-]+\\s+){0,2}?(?:soldiers|troops|men|officers|policemen|police officers|fighters|members|personnel|servicemen|gendarmes|guards|commandos|marines|cops|constables|jawans|militiamen|comrades)\\b`, "gi"),
    // "claimed nine lives", "cost at least 12 lives"
    lives: new RegExp(`\\b(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes)\\s+(?:the\\s+)?${qual}(${rangeAlt})\\s+(?:more\\s+|other\\s+|[a-z]+\\s+)?lives\\b`, "gi"),
    ofWounded: new RegExp(`\\b(${numAlt})\\s+(?:more\\s+|other\\s+)?of\\s+(?:the|those)\\s+(?:wounded|injured)(?:\\s+[a-z]+){0,3}?\\s+(?:later\\s+|subsequently\\s+|also\\s+)?(?:died|succumbed)\\b`, "gi"),
    // "... and two US contractors": a second figure of people joined to the first (a noun must follow).
    // "killing him and his nephew", "killed her and her two children": the victim told before, and kin
    himAnd: new RegExp(`\\b(?:${killed})\\s+(?:both\\s+)?(?:him|her)\\s+and\\s+(?:his|her)\\s+(?:(${numAlt})\\s+)?(?:[a-z-]+\\s+)?(nephews?|nieces?|sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|cousins?|uncle|aunt|bodyguards?|drivers?|guards?|child|children|grandsons?|granddaughters?|companions?|assistants?|escorts?)\\b`, "gi"),
    andMore: new RegExp(`^,?\\s+and\\s+(?:at least\\s+)?(${numAlt})\\b(?=\\s+(?:[a-z'-]+\\s+){0,3}?(?:people|persons|civilians?|soldiers?|officers?|contractors?|policem[ae]n|troops|fighters|militants|rebels|children|women|men|villagers|residents|workers|passengers|attackers|gunmen|others|members|guards|students|worshippers|tourists|guides|pilgrims|shepherds|traders|engineers|operators)\\b)`, "i"),
  };
  return compiled;
}

/** A killing of one person told by a pronoun: "shot him dead", "beat her to death", "burned him alive". */
const HIM_DEAD = /\b(?:shot|gunned|beat|beaten|hacked|stabbed|clubbed|stoned|burned|burnt|bludgeoned|strangled|kicked)\s+(?:him|her)\s+(?:dead|to death|alive)\b/gi;

/** One person found killed: "was found dead", "was found beheaded" (the singular verb counts one). */
const FOUND_DEAD_ONE = /\bwas\s+found\s+(?:dead|murdered|shot dead|beheaded|decapitated|hacked to death|stabbed to death|strangled)\b/gi;

/** The one-victim patterns, each with the word a text must hold for it to be tried. */
const ONE_VICTIM: [needs: RegExp, one: RegExp][] = [[/\b(?:him|her)\b/i, HIM_DEAD], [/\bfound\b/i, FOUND_DEAD_ONE]];

/** The people a figure may count ("people", "soldiers", "attackers"). */
const PEOPLE = "people|persons?|civilians?|soldiers?|officers?|students?|members?|m[ae]n|wom[ae]n|child(?:ren)?|policem[ae]n|policewom[ae]n|cops|constables|jawans|troopers|person|troops|fighters|militants|rebels|insurgents|members|officers|policemen|police officers|gendarmes|protesters|demonstrators|students|children|women|men|villagers|residents|workers|crew members|crew|passengers|worshippers|attackers|assailants|gunmen|militiamen|jihadists|personnel|servicemen|trainees|guards?|contractors?|drivers?|journalists?|farmers?|herders?|miners?|others|victims|palestinians|israelis|ukrainians|russians|tourists?|pilgrims?|guides?|shepherds?|traders?|engineers?";

/** ", and " before "a"/"an" that may open one more victim. */
const AND_A = /^,?\s+and\s+(?=an?\s)/i;

/** "between 10 and 15", "10 to 15", "10-15", "two or three": the lower end. */
const RANGE = /^(?:between\s+)?(.+?)(?:\s+(?:and|to|or)\s+|\s*[-–]\s*(?=\d))\S/;

/** The person nouns after "a" (and a country's people: "a 19-year-old Palestinian was shot dead"). */
const PERSON_NOUNS = "person|civilian|soldier|officer|student|member|man|woman|child|policeman|boy|girl|journalist|worker|fighter|protester|demonstrator|contractor|sergeant|guard|teacher|farmer|villager|resident|driver|doctor|nurse|pilot|worshipper|passenger|commander|officials?|constable|gendarme|ranger|policewoman|militiaman|militant|rebel|insurgent|gunman|attacker|cleric|imam|priest|nun|pastor|teenager|youth|pharmacist|trader|shopkeeper|herder|fisherman|motorist|pedestrian|reporter|photographer|activist|lawyer|judge|mayor|chief|leader|councillor|porter|smuggler|migrant|refugee|prisoner|inmate|detainee|hostage|bystander|patient|baby|infant|toddler|son|daughter|mother|father|husband|wife|thief|robber|kidnapper|suspect|rapist|witch|wizard|rustler|bandit|criminal|vendor|hawker|businessman|businesswoman|herdsman|labourer|laborer|pupil|tourist|guide|operator|pilgrim|shepherd|engineer|interpreter|translator|cook|watchman|caretaker|ferryman|boatman";
let aPersonRx: RegExp | undefined;
/** A person noun after the article "a" (with up to two words before it): "a 27-year-old man", "a soldier", "an Afghan". */
function aPerson(): RegExp {
  if (!aPersonRx) {
    const demonyms = loadJson<{ countries: { demonyms: string[] }[] }>("countries.json").countries.flatMap((c) => c.demonyms).filter((d) => /^[A-Za-z]+$/.test(d));
    aPersonRx = new RegExp(`^an?\\s+(?:[\\w'-]+\\s+){0,2}?(?:${PERSON_NOUNS}|${demonyms.join("|")})\\b`, "i");
  }
  return aPersonRx;
}

/** Number words a figure may not skip over on its way to its verb: the nearer figure is the one killed. */
const CARDINALS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores|hundreds|thousands|several";

/** "a large number of", "a total of", "a trail of": the article starts a quantity or a thing, not one person. */
const A_QUANTITY = /^an?\s+(?:(?:large|small|significant|great|huge|growing|high|higher|unknown|record|further|total|number|lot|series|handful|trail|wave|toll|string|spate|dozen)\b|(?:[\w'-]+\s+){0,2}?(?:number|total|toll|figure)\b)/i;

// A sentence's figures are asked for by its own mentions and again by the events it elaborates:
// they are kept for the report being read (buildContext starts each report afresh, so one report's
// results never serve another). Callers only read them.
// Replaced, not clear()ed, per report: see tokenCache in phrase-trie.ts.
let memo = new Map<string, FatalityMention[]>();

/** Forgets the figures kept for the previous report. */
export function newReportFigures(): void {
  memo = new Map();
}

/** Fatality mentions in `text` (offsets relative to it). */
export function findFatalities(text: string): FatalityMention[] {
  let hit = memo.get(text);
  if (hit === undefined) {
    if (memo.size >= 256) memo = new Map();
    memo.set(text, (hit = figuresIn(text)));
  }
  return hit;
}

const QUOTE_MARK = /["“”]/;
const QUOTE_MARKS = /["“”]/g;

/** [s, e) overlaps a figure already found (module-level: no closure made per call). */
function overlaps(out: FatalityMention[], s: number, e: number): boolean {
  return out.some((m) => s < m.end && e > m.start);
}

function figuresIn(quoted: string): FatalityMention[] {
  // 'adding that "scores" of militants had been killed': quotation marks around a figure word hide it from
  // the patterns; read as spaces (the offsets stay those of the text).
  const text = QUOTE_MARK.test(quoted) ? quoted.replace(QUOTE_MARKS, " ") : quoted;
  const lx = lexicon();
  const out: FatalityMention[] = [];
  const hasKilled = lx.anyKilled(text);
  if (!hasKilled && !lx.anyOther.test(text) && !/\bsuccumbed\b/i.test(text)) return out;
  const said = SAID.test(text);
  for (const m of allMatches(lx.killedBefore, text)) {
    let count = lx.value(m[2]!);
    if (count === undefined) continue;
    // "killed a large number of civilians", "left a trail": the article "a" counts one person, not a quantity.
    // "killed a family of five": the group's size is the count.
    let groupEnd = 0;
    if (/^an?$/i.test(m[2]!)) {
      const at = m.index! + m[0].search(/\ban?\b/i);
      const group = lx.groupOf.exec(text.slice(at, at + 60));
      const size = group ? lx.value(group[1]!) : undefined;
      if (size !== undefined) (count = size), (groupEnd = at + group![0].length);
      else if (A_QUANTITY.test(text.slice(at, at + 60))) continue;
      // "the body of a missing trader" (one dead); "the body of a car" is none.
      else if (/^body\b/i.test(m[0]) && !aPerson().test(text.slice(at, at + 60))) continue;
    }
    // "protests over the death of a young woman", "revenge for the killing of a leader": a cause, not this event's toll.
    if (/^(?:deaths?|killings?)\s+of\b/i.test(m[0]) && /\b(?:over|after|following|since|about|against|into|for|of|avenge|mourn\w*|protest\w*)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    let end = Math.max(m.index! + m[0].length, groupEnd);
    // "killing one soldier and two contractors": the conjoined figure counts too ("and wounding 102" does not).
    const more = lx.andMore.exec(text.slice(end, end + 60));
    const extra = more ? lx.value(more[1]!) : undefined;
    if (more && extra !== undefined && !/^an?$/i.test(more[1]!)) (count += extra), (end += more[0].length);
    else {
      // "killing 11 civilians and a local journalist": one person more.
      const one = AND_A.exec(text.slice(end, end + 8));
      if (one && aPerson().test(text.slice(end + one[0].length, end + one[0].length + 60))) (count += 1), (end += one[0].length);
    }
    // "left three people wounded", "left thousands homeless": the figure after "left" counts the hurt or the homeless, not the dead.
    if (/^left\b/i.test(m[0]) && lx.leftHurt.test(text.slice(end, end + 40))) continue;
    // "killing at least 38 people and wounding 102": the first figure only.
    out.push(figure(lx, text, count, m.index!, end, !!m[1], lx.vagueWord.test(m[2]!), said));
  }
  if (lx.needs.around.test(text)) for (const m of allMatches(lx.around, text)) {
    const count = lx.value(m[2]!);
    if (count === undefined || overlaps(out, m.index!, m.index! + m[0].length)) continue;
    // "beat a suspected thief to death": the article counts one only before a person ("burned a car alive" is none).
    if (/^an?$/i.test(m[2]!) && !aPerson().test(`${m[2]} ${m[3]}`)) continue;
    out.push(figure(lx, text, count, m.index!, m.index! + m[0].length, !!m[1], lx.vagueWord.test(m[2]!), said));
  }
  // One person killed, told by a pronoun ("shot him dead") or by "was found dead": each tried only where its word is.
  for (const [needs, one] of ONE_VICTIM) {
    if (needs.test(text)) for (const m of allMatches(one, text)) {
      if (overlaps(out, m.index!, m.index! + m[0].length)) continue;
      out.push(figure(lx, text, 1, m.index!, m.index! + m[0].length, false, false, said));
    }
  }
  if (lx.needs.lives.test(text)) for (const m of allMatches(lx.lives, text)) {
    const count = lx.value(m[2]!);
    if (count === undefined || /^an?$/i.test(m[2]!) || overlaps(out, m.index!, m.index! + m[0].length)) continue;
    out.push(figure(lx, text, count, m.index!, m.index! + m[0].length, !!m[1], lx.vagueWord.test(m[2]!), said));
  }
  if (lx.needs.lost.test(text)) for (const m of allMatches(lx.lost, text)) {
    const count = lx.value(m[2]!);
    if (count === undefined || /^an?$/i.test(m[2]!) || overlaps(out, m.index!, m.index! + m[0].length)) continue;
    out.push(figure(lx, text, count, m.index!, m.index! + m[0].length, !!m[1], lx.vagueWord.test(m[2]!), said));
  }
  if (lx.needs.himAnd.test(text)) for (const m of allMatches(lx.himAnd, text)) {
    if (overlaps(out, m.index!, m.index! + m[0].length)) continue;
    const plural = /(?:s|children)$/i.test(m[2]!);
    const kin = m[1] ? lx.value(m[1]) : plural ? undefined : 1;
    if (kin === undefined || /^an?$/i.test(m[1] ?? "")) continue;
    out.push(figure(lx, text, 1 + kin, m.index!, m.index! + m[0].length, false, false, said));
  }
  // (Every match it keeps has a killing word as its verb: none in the text, none kept.)
  if (hasKilled) for (const m of allMatches(lx.killedAfter, text)) {
    const verb = m[3]!.toLowerCase();
    if (!lx.isKilled.test(verb)) continue;
    if (overlaps(out, m.index!, m.index! + m[0].length)) continue;
    const count = lx.value(m[2]!);
    if (count === undefined) continue;
    const numEnd = m.index! + m[0].indexOf(m[2]!) + m[2]!.length; // where the figure's words end
    // "12 were killed and 353 injured, one of them found beheaded": a part of a figure told before, not a toll.
    if (out.some((f) => f.start < m.index!) && /^\s+of\s+(?:them|whom)\b/i.test(text.slice(numEnd))) continue;
    // "no one was killed"
    if (/\b(?:no|not a single)\s*$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    // "Thousands of mourners marched behind the coffin of a slain activist": the dead named by an adjective were killed
    // before, and the figure counts the crowd, not them.
    const verbAt = m.index! + m[0].length - m[3]!.length;
    if (ATTRIBUTIVE_KILLED.test(verb) && ARTICLE_BEFORE.test(text.slice(Math.max(0, verbAt - 8), verbAt)) && /^\s+[a-z]/i.test(text.slice(m.index! + m[0].length))) continue;
    // '"hundreds" of enemy fighters were killed, wounded or captured': a count of the dead, hurt and taken together is no toll.
    if (KILLED_OR_HURT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    // "a 'significant number' of deaths": the article "a" is a number only before a person noun.
    if (/^an?$/i.test(m[2]!) && !aPerson().test(m[0].slice((m[1] ?? "").length).trim())) continue;
    // "who had sold cattle there for twenty years, was shot dead": a span of time is no count of people.
    // "near Konduga, some 25 km from Maiduguri, were shot dead": a distance is no count of people either.
    if (TIME_UNIT_AFTER.test(text.slice(numEnd, numEnd + 12))) continue;
    // "was shot five times ... and later died": a count of shots is no count of people.
    if (SHOTS_AFTER.test(text.slice(numEnd, numEnd + 12))) continue;
    if (DISTANCE_UNIT_AFTER.test(text.slice(numEnd, numEnd + 14))) {
      // (...the figure before the town the distance places is the toll: "Five farmers near Gwoza, 25 km from Bama, were killed")
      const from = Math.max(0, m.index! - 120);
      const lead = lx.figureBeforePlace.exec(text.slice(from, m.index!));
      const n = lead ? lx.value(lead[2]!) : undefined;
      if (lead && n !== undefined && !/^an?$/i.test(lead[2]!) && !overlaps(out, from + lead.index, m.index! + m[0].length)) {
        out.push(figure(lx, text, n, from + lead.index, m.index! + m[0].length, !!lead[1], lx.vagueWord.test(lead[2]!), said));
      }
      continue;
    }
    // A year or a time ("in 2019", "at 3:30") is not a toll.
    if (count >= 1900 && count <= 2100) continue;
    // "Juan Perez, 45, was shot dead": a number set off by commas right after a name is the victim's age.
    if (/^\d{1,3}$/.test(m[2]!) && AGE_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!)) && /^\s*,/.test(text.slice(numEnd))) continue;
    // "a man aged 37 was shot dead": the number after "aged" is the victim's age.
    const digit = m[0].search(/\d/);
    if (digit >= 0 && /\b(?:aged|age)\s+(?:about\s+|around\s+|between\s+|from\s+)?$/i.test(text.slice(Math.max(0, m.index! + digit - 30), m.index! + digit))) continue;
    // "Sector 57 of Gurugram", "Route 9": a number that labels a place is not a toll.
    if (/\d/.test(m[2]!) && (LABEL_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || /^\s+of\s+\p{Lu}/u.test(text.slice(numEnd, numEnd + 6)))) continue;
    // "10 soldiers and 19 gunmen were killed": the conjoined figure counts too.
    const before = lx.conjoined.exec(text.slice(Math.max(0, m.index! - 60), m.index!));
    const extra = before ? lx.value(before[1]!) ?? 0 : 0;
    const start = before ? m.index! - before[0].length : m.index!;
    out.push(figure(lx, text, count + extra, start, m.index! + m[0].length, !!m[1], lx.vagueWord.test(m[2]!) && !before, said));
  }
  // "He died in hospital", "she later succumbed to her injuries", "... was shot five times and later died": the lone
  // victim told before died of the attack. One death, the same victim as any told dead before it (no more on top).
  if (LONE_DIED_NEEDS.test(text)) for (const m of allMatches(LONE_DIED, text)) {
    const s = m.index!, e = s + m[0].length;
    if (overlaps(out, s, e) || OLD_AFTER.test(text.slice(e, e + 30))) continue;
    // "... and died": only a lone subject's ("A lawyer was shot ... and later died"; "were shot and died" is counted by its figure or not at all).
    if (/^and\b/i.test(m[0]) && !LONE_SUBJECT.test(text.slice(Math.max(0, s - 160), s))) continue;
    out.push({ ...figure(lx, text, 1, s, e, false, false, said), adds: false, who: LONE });
  }
  // "One of the wounded later died in hospital": a death on top of the toll told before.
  if (lx.needs.ofWounded.test(text)) for (const m of allMatches(lx.ofWounded, text)) {
    const count = lx.value(m[1]!);
    if (count === undefined || overlaps(out, m.index!, m.index! + m[0].length)) continue;
    const f = figure(lx, text, count, m.index!, m.index! + m[0].length, false, false, said);
    out.push({ ...f, adds: true });
  }
  // "killing three policemen, and the toll rose to four when a wounded man died": a risen toll replaces the other figures.
  // "The conflict has killed tens of thousands since it began": a running total, no event's toll.
  const own = out.filter((f) => !RUNNING_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) && !RUNNING_AFTER.test(text.slice(f.end, f.end + 50)));
  const risen = own.filter((f) => f.rose);
  const kept = risen.length ? own.filter((f) => !risen.some((r) => r !== f && f.count < r.count)) : own;
  if (text !== quoted) for (const m of kept) m.text = quoted.slice(m.start, m.end);
  return kept.sort((a, b) => a.start - b.start);
}
/** ", wounded or captured", " or injured": the killing word is one of a list that counts the hurt or taken too. */
const KILLED_OR_HURT_AFTER = /^(?:\s*,\s*(?:wounded|injured|captured|arrested|abducted|missing))*\s*,?\s+(?:or|and\/or)\s+(?:wounded|injured|captured|taken\s+prisoner|arrested|abducted|missing)\b/i;
/** The people a lone victim's later death counts (no other figure's people: it is no rival count, no exact figure for a vague toll). */
export const LONE = "lone";
/** "shot five times": a count of shots right after a figure. */
const SHOTS_AFTER = /^\s+times\b/i;
/** "the coffin of a slain activist": a killing word used as an adjective, after an article or a possessive and before its noun. */
const ATTRIBUTIVE_KILLED = /^(?:slain|murdered|martyred|assassinated)$/i;
const ARTICLE_BEFORE = /\b(?:the|a|an|his|her|their|its|our)\s+$/i;
/** A lone victim's death told after the attack: "he died in hospital", "she later succumbed to her injuries", "the victim was
 *  pronounced dead", "the driver died at the scene", "... and later died". (Not "who died": a relative clause may tell anyone's death.) */
const LONE_DIED = new RegExp(`\\b(?:he|she|the\\s+(?:victim|(?:[\\w'-]+\\s+)?(?:${PERSON_NOUNS}))|and)\\s+(?:later\\s+|subsequently\\s+|eventually\\s+|then\\s+)?(?:died|succumbed\\s+to\\s+(?:his|her|the)\\s+(?:gunshot\\s+|bullet\\s+)?(?:wounds|injuries)|was\\s+(?:pronounced|declared|confirmed)\\s+dead)\\b`, "gi");
const LONE_DIED_NEEDS = /\b(?:died|succumbed|dead)\b/i;
/** A date right after a death that puts it long ago ("he died in 2019", "she died years ago"). */
const OLD_AFTER = /^[^.;]{0,12}\b(?:in\s+(?:19|20)\d\d|years?\s+ago|last\s+year)\b/i;
/** The clause before "and died" has one person as its subject, told as suffering ("A lawyer was shot several times in X on Monday"). */
const LONE_SUBJECT = /(?:^|[.;:!?]\s+|\n)(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:was|had\s+been)\s+(?:[^.;]*?)$/i;
/** A unit of time right after a figure ("for twenty years"): the figure counts time, not the dead. */
const TIME_UNIT_AFTER = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b/i;
const DISTANCE_UNIT_AFTER = /^\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b/i;
/** A name and its comma, before a number that is the person's age ("Juan Perez, 45, was killed"). */
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s*$/u;
const LABEL_BEFORE = /\b(?:Sector|Block|Phase|Route|Highway|Road|Street|Camp|Zone|Area|Gate|Unit|Ward|Kilometre|Km|No\.?|Number|Building|Checkpoint|Post|Base|Platform|Terminal|Section|District|Brigade|Battalion|Regiment|Division|Resolution|Article|Flight)\s+$/;
const RUNNING_BEFORE = /\b(?:conflict|war|insurgency|crisis|uprising|violence)\b[^.;,]{0,40}\b(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?$/i;
/** "... killed since 2019", "since it began", and a count over months: "between April 18 and mid-May", "over the past
 *  six months", "so far this year". A span of days ("between Friday and Sunday") may be one event's toll, so only months. */
const RUNNING_AFTER = /^[^.;]{0,30}?\b(?:since\s+(?:(?:19|20)\d\d|it\s+(?:began|started|erupted)|the\s+(?:start|beginning|outbreak)|its\s+(?:start|beginning|outbreak))|between\s+(?:(?:early|mid|late)[-\s])?(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|\w+\s+)?(?:months|years)|so\s+far\s+this\s+year)\b/i;

/** A sentence that says who gives its figures: a figure there is someone's count of the toll. */
const SAID = /\b(?:said|says|told|according to|reported|put|puts|estimated|counted|confirmed)\b/i;
/** "... died of his wounds", "... succumbed to their injuries": a death after the event, added to its toll. */
const DIED_OF_WOUNDS = /^\s+(?:later\s+)?(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b/i;

/** One figure of `text`, with what its words say of its place in the event's toll. */
function figure(lx: NonNullable<typeof compiled>, text: string, count: number, start: number, end: number, floor: boolean, vague: boolean, said: boolean): FatalityMention {
  const t = text.slice(start, end);
  const rose = lx.rose.test(t);
  const adds = !rose && (lx.added.test(t) || /\banother\s+$/i.test(text.slice(Math.max(0, start - 10), start)) || DIED_OF_WOUNDS.test(text.slice(end, end + 40)));
  const who = lx.who.exec(t)?.[1]!.toLowerCase() ?? (/\btoll\b/i.test(t) ? "toll" : "");
  return { count, start, end, text: t, floor, vague, rose, adds, said, who };
}

/**
 * For tests of figuresIn's gate: whether `text` holds a killing word, and how many matches of the figure-before-verb
 * pattern (killedAfter) in it have a killing word as their verb (the only ones figuresIn keeps).
 */
export function killedAfterGate(text: string): { killing: boolean; kept: number } {
  const lx = lexicon();
  let kept = 0;
  for (const m of allMatches(lx.killedAfter, text)) if (lx.isKilled.test(m[3]!)) kept++;
  return { killing: lx.anyKilled(text), kept };
}

/** "attackers", "gunmen": a figure's people are the attacking side (whose dead ACLED counts in the toll too). */
export function attackersCounted(who: string): boolean {
  return who !== "" && lexicon().attackers.test(who);
}

/** The figure an event keeps: the lowest reliable one among those reported for it. */
export function lowestReliable(figures: number[]): number {
  const f = figures.filter((n) => Number.isFinite(n) && n >= 0);
  return f.length ? Math.min(...f) : 0;
}
