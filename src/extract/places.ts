// Where a mention happened: the place its clause names, else the scene set by earlier sentences.
// Places that are only reference points (a dateline, "London-based", "fled to X") are not locations.
import type { ArticleContext, PlaceHit, SentenceInfo } from "./context.js";
import { clauseTiming, TRAILING_AFTER, type Mention } from "./mentions.js";
import { haversineKm } from "../util/geo-math.js";
import { countryQualifiers } from "./actors.js";
import { ACTS_AFTER_COUNTRY } from "./country-subject.js";
import { tokenize } from "./phrase-trie.js";
import { modality } from "./cues.js";
import { candidates, tokenSpans, TOWN_OF_BEFORE, unitWordAt } from "../geo/mentions.js";
import { distancePhraseSource, placeAnchors } from "../geo/anchors.js";
import { lexicon, namesSite } from "../geo/lexicon.js";
import { fold } from "../geo/fold.js";
import { gazetteer } from "../geo/gazetteer.js";
import { capitalOn } from "../geo/capital-moves.js";
import { bearingBefore } from "../geo/country-part.js";
import { missingPlaceMentions } from "../geo/missing.js";
import { resolvePlace, type PlaceMention } from "../geo/index.js";

// Words that may stand before a place name inside one toponym ("North Kivu", "Port Sudan", "al-Mawasi").
const TOPONYM_PREFIX = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New|Old|Greater|Al|El|Saint|St|San|Santa|Fort|Port|Mount|Lake|Gulf|Cape|Bay|Ras|Tell|Tal|Bab|Deir|Wadi|Jebel|Jabal|Khan|Kafr|Beit|Ein|Umm|Abu|The|In|At|On|Of|From|To|Near|Outside|Inside|Across|Around|Towards?|And|But|Both|Rebels|Troops|Forces|Police|Army|Residents|Officials|Witnesses|Gunmen|Militants|Authorities|Ukrainian|Russian|Syrian|Israeli|Palestinian|Sudanese|Iraqi|Yemeni|Afghan|Pakistani|Indian|Nigerian|Somali|Malian|Congolese|Burmese|Mexican|Colombian)$/;

/** "Lula da Silva", "Ekrem İmamoğlu": a capitalised given name (or a particle after one) just before. */
function partOfPersonName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /(?:^|[\s(“"‘'])(\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:da|de|dos|das|del|van|von|bin|ibn|al)\s+)?$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (TOPONYM_PREFIX.test(word) || /['’]s?$/.test(word)) return false; // "Yemen's Ras Isa" is a place
  // "Russian-occupied Melitopol", "Kurdish-held Kobani": a compound ending in a lower-case word is no given name.
  if (/-\p{Ll}+$/u.test(word)) return false;
  // A capitalised word right after a sentence break is not a given name.
  const pre = before.slice(0, before.length - m[0].length + (m[0].length - m[0].trimStart().length));
  if (/(^|[.!?]\s*)$/.test(pre.trimEnd()) && pre.trim() === "") return false;
  return true;
}

/** A role or title, then a given name: the words before a surname that make the name a person's ("presidential candidate
 *  Fernando Villavicencio"; not "Camp Taji" or "Masafer Yatta", where the word before is part of a place's name). */
const PERSON_ROLE_BEFORE = /\b(?:president|candidate|leader|minister|premier|governor|mayor|general|colonel|commander|spokes(?:man|woman|person)|senator|lawmaker|deputy|judge|prosecutor|activist|journalist|reporter|cleric|pastor|priest|imam|bishop|businessman|businesswoman|rapper|singer|artist|lawyer|Mr|Mrs|Ms|Dr|Gen)\.?\s+\p{Lu}[\p{Ll}'’-]+\s+$/u;

/** Whether the report told `name` as the last word of a person's name (a role and a given name before it) before `at`. */
const surnameCache = new WeakMap<ArticleContext, Map<string, number>>();
function surnameTold(ctx: ArticleContext, name: string, at: number): boolean {
  let map = surnameCache.get(ctx);
  if (!map) surnameCache.set(ctx, (map = new Map()));
  let first = map.get(name);
  if (first === undefined) {
    first = Infinity;
    const text = ctx.input.text;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      // (a whole word, closing the person's name: "Fernando Villavicencio", not "Villavicencio's" inside a longer name)
      if (/[\p{L}\d]/u.test(text[i + name.length] ?? "") || /[\p{L}\d]/u.test(text[i - 1] ?? "")) continue;
      if (PERSON_ROLE_BEFORE.test(text.slice(Math.max(0, i - 60), i)) && !/^\s+\p{Lu}/u.test(text.slice(i + name.length, i + name.length + 3))) { first = i; break; }
    }
    map.set(name, first);
  }
  return first < at;
}

// Capitals of any script: "CÚCUTA —", "SÃO PAULO —", "DİYARBAKIR —" are datelines too.
// "ABUJA (Reuters) -": the agency's name may stand between the city and the dash.
// "MARIB, Yemen, March 2 (APN) —": up to two parts after the city (country, filing day).
// "Sokoto, Nigeria —", "Port Sudan (Agency) —": a city in title case is a dateline too when a country, a day or an
// agency follows it.
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu} .'’/-]{2,40}(?:,\s*\p{Lu}[\p{L}\d .'’-]{2,40}){0,2}\s*(?:\([^)]{1,30}\)\s*)?|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}(?:(?:,\s*\p{Lu}[\p{L}\d .'’-]{2,40}){1,2}\s*(?:\([^)]{1,30}\)\s*)?|\s*\([^)]{1,30}\)\s*))[—–-]{1,2}\s/u;
// (A lookbehind here follows the word it qualifies: at the head of a pattern V8 would try it at every position.)
// "troops moved into Aghdam": a force that moves into a town takes it; the town is the scene, not a refuge.
const DESTINATION = /\b(?:fled|flee|fleeing|escaped|displaced|evacuated|moved(?<!\b(?:troops|forces|soldiers|army|fighters|rebels|militants|militiamen|units|tanks|columns?|convoys?)\s(?:(?:also|then|later|finally)\s)?moved)|flown|bus(?:s)?ed|taken(?!\s+(?:in|into)\s+custody\b)|brought(?<=\b(?:were|was|been|being|are|is)\sbrought)|sent|transferred|relocated|headed|travel(?:l)?(?:ed|ing)|arrive[ds]?|returned|sought refuge|took refuge)\b(?:\s+[\p{L}'’-]+){0,4}\s+(?:to|in|into|toward|towards)\s+(?:the\s+)?(?:(?:cities|city|towns?|capital|neighbouring|nearby)\s+(?:of\s+)?)?(?:[\p{L}'’-]+\s+(?:and|or)\s+)?(?:(?:the\s+)?(?:(?:provincial|regional|state|district|county)\s+)?capital,?\s+)?$/iu;

/**
 * "the militants withdrew towards X", "retreated to X", "fell back east along the desert roads towards X": where fighters
 * went after a fight, not its scene.
 * (Not in a relative clause: "rebels who had retreated to X attacked a post there" fight at X.)
 */
const RETREAT_TO = /\b(?:withdr[ea]w|withdrawn|withdrawing|retreat(?:ed|ing)?|pulled\s+back|fell\s+back)(?<!\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:withdr[ea]w|withdrawn|withdrawing|retreat(?:ed|ing)?|pulled\s+back|fell\s+back))\s+(?:[\p{Ll}'’-]+\s+){0,8}?(?:to|into|toward|towards|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?:(?:town|village|city|area|forests?|hills?)\s+(?:of\s+)?)?$/iu;

/** Words every match of ORIGIN, PEOPLE_FROM and FORCE_FROM ("from"), and of RETREAT_TO, holds. */
const FROM = /from/i;
const RETREAT_WORD = /withdr|retreat|back/i;

/** "They took our wives and our children into the bush toward the Zamfara border": where captives were taken (session 28). */
const TAKEN_TOWARD = /\b(?:took|taken|taking|carried|led|dragged|marched|herded)\s+(?:[\p{L}'’-]+\s+){1,10}?(?:toward|towards)\s+(?:the\s+)?$/iu;

/** "displaced families in X": the displaced who are in X (an adjective), not where people fled to. */
const DISPLACED_THERE = /\b(?:internally\s+)?displaced\s+(?:families|people|persons|civilians|residents|children|women|men|Palestinians|Sudanese|Syrians|villagers)\s+(?:(?:were|are|had\s+been|have\s+been|who\s+(?:were|are|had\s+been))\s+)?(?:(?:sheltering|staying|living|camping|camped|housed|sleeping)\s+)?(?:in|at)\s+(?:the\s+)?$/iu;

/** "attackers believed to have come from neighbouring X", "fighters who crossed from X": where they came from, not the scene. */
// ("arrived in trucks from the direction of X": the way they came, whatever the verb.)
const ORIGIN = /\b(?:come|came|coming|crossed|infiltrated|slipped\s+in|travel(?:l)?ed|arrived|arriving|hail(?:ed|ing)?|originat(?:ed|ing))\s+(?:over\s+|across\s+|in\s+)?from\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|adjacent)\s+)?$|\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$/iu;

/** "water cannon against farmers from Punjab crossing the border at X": where marchers or workers come from, whatever verb the sentence holds; "police from nearby Saint-Marc arrived": where a force set out from. */
// ("about 1,000 people, many from the neighbouring island of X, gathered outside parliament": an aside on where the
// crowd came from. Only after a comma and a share word: "evacuate soldiers from the town of X" may name the scene.)
const PEOPLE_FROM = /\b(?:(?:men|women|people|passengers|travell?ers|drivers|truck\s+drivers|farmers|migrants|pilgrims|workers|labou?rers|students|protesters|demonstrators|marchers|miners|supporters|traders|tribesmen|activists|delegates|fans|police|policem[ae]n|officers|troops|soldiers|reinforcements)\s+from\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|adjacent)\s+)?|,\s+(?:many|most|some|several|all)(?:\s+of\s+them)?\s+from\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|adjacent)\s+)?(?:(?:island|province|region|state|district|town|city)\s+of\s+)?)$/iu;

/** Verbs after a city that make it the government speaking or acting ("Moscow denied", "Beijing has lodged"). */
const GOVERNMENT_VERB = /^\s+(?:(?:has|had|have|was|is|would|will|also|initially|later|quickly|swiftly|repeatedly|[a-z]{3,}ly)\s+)*(?:(?:likely|unlikely|expected|ready|prepared|determined|willing|keen|eager)\s+to\b|said|says|denied|denies|insisted|insists|accused|accuses|rejected|rejects|lodged|warned|warns|blamed|blames|condemned|condemns|responded|wants|wanted|demanded|demands|trying|tried|refused|refuses|called|calls|claimed|claims|announced|vowed|threatened|urged|dismissed|protested)\b/i;

/** Verbs whose object, a city followed by "of"/"for"/"over" (or "against"/"to"/"not"), is its government ("accusing
 *  Moscow of", "warned Washington against any response", "pressed Kyiv to"). */
const GOVERNMENT_OBJECT_BEFORE = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|punish(?:es|ed|ing)?|warn(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+$/i;
const GOVERNMENT_OBJECT_AFTER = /^\s+(?:of|for|over|against|to|not)\b/i;
/** "the (left|right|west|east) bank(s) of the": the name after it is a river. */
const RIVER_BEFORE = /\b(?:(?:left|right|east(?:ern)?|west(?:ern)?|north(?:ern)?|south(?:ern)?|opposite|far)\s+)?banks?\s+of\s+the\s+(?:river\s+)?$/i;
/** The officials or leaders before a place are the ones a deed struck ("killed a community leader in Tumaco, the
 *  ombudsman said", "abducted two officials in Kumbo"): people of that place, so it is the scene, not a speakers' seat. */
const DEED_ON_SPEAKERS = /\b(?:killed|killing|shot|shooting|murdered|assassinated|gunned\s+down|abducted|kidnapped|seized|attacked|beheaded|stabbed|wounded|injured|beat|beaten|lynched|executed|targeted)\s+(?:dead\s+)?(?:an?\s+|the\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,3}?(?:officials?|officers?|leaders?|chiefs?|administrators?|representatives?|activists?|commanders?)\s+(?:in|from)\s+(?:\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?\s*(?:,|and)\s+)?$/u;
/**
 * Words before a place that make it the venue of something said or of a visit ("Speaking in Kyiv",
 * "told reporters in Quetta", "a statement from Islamabad", "visited the wounded in Maiduguri"):
 * what was said there did not happen there.
 */
const SPEAKERS_IN = /\b(?:officials?|officers?|authorities|sources?|spokes(?:m[ae]n|wom[ae]n|persons?|people)|diplomats|ministers?|leaders?|chiefs?|administrators?|representatives?|activists?|commanders?|lawmakers?|analysts?|experts?|governments?)\s+(?:in|from)\s+(?:\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?\s*(?:,|and)\s+)?$/u;
/** A subordinator opening another, earlier happening after the cue: "..., after a police officer shot dead a teenager in X";
 *  with a day or hours between, any happening told after it ("..., a day after demonstrations erupted in Cairo"); the
 *  grievance a crowd's anger is told to be over ("..., as anger spread over the killing of a driver in Jakarta"). */
const CAUSE_AFTER = /,?\s+(?:(?:a|one|two|three|\d+|several|hours|days)\s+(?:days?\s+|weeks?\s+)?after|after|following)\s+(?=(?:an?|the|his|her|their|its|[\w-]+\s+){1,6}?(?:shot|killed|killing|attacked|stabbed|died|detained|arrested|bombed|struck|raided|seized|captured|sentenced|convicted|jailed|acquitted|banned|blamed|accused)\b)|,?\s+(?:a|one|two|three|\d+|several|hours|days)\s+(?:days?\s+|weeks?\s+|nights?\s+)?after\s+(?=(?:[\w'’-]+\s+){1,10}?(?:erupted|broke\s+out|began|started|flared|spread|swept|took\s+place|(?:was|were)\s+held|marched|rallied|protested|demonstrated|gathered|clashed|stormed|burned|torched|rioted)\b)|,\s+as\s+(?:public\s+|popular\s+|widespread\s+)?(?:anger|fury|outrage|rage|tensions?|discontent|indignation|grief)\s+(?:spread|grew|mounted|rose|simmered|swelled|boiled\s+over)\s+(?:over|at|about|after|following)\b/i;

const causeMemo = new WeakMap<Mention, number>();
/**
 * Where, in its sentence, a clause opening another, earlier happening begins after the mention's cue
 * (CAUSE_AFTER); Infinity when none. Its places and days are that happening's, not the mention's.
 */
export function causeStart(m: Mention): number {
  let at = causeMemo.get(m);
  if (at === undefined) {
    const c = CAUSE_AFTER.exec(m.sentence.text.slice(m.cue.end, m.clause[1]));
    causeMemo.set(m, (at = c ? m.cue.end + c.index : Infinity));
  }
  return at;
}
/** After a region's name: the kind of place named next ("... village of"). */
const REGION_MODIFIES = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|city|hamlet|settlement|camp|port|harbou?r|resort|island|oasis|enclave|suburb|neighbou?rhood|refugee\s+camp)\s+of\s+(?:the\s+)?/u;
/** ", east of ", ", some 45 km west of the capital," or ", a West Bank village east of " right after a place name: the place is the scene, the one named next only a landmark. */
let referenceBearing: RegExp | undefined;
const REFERENCE_BEARING = () => (referenceBearing ??= new RegExp(
  String.raw`,\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:village|town|hamlet|settlement|suburb|neighbou?rhood|district|city|community)\s+)?(?<dist>${distancePhraseSource()}\s+(?:\([^)]{0,20}\)\s+)?)?(?:just\s+|due\s+)?(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:city|town|provincial|regional|district|state)\s+(?:capital\s+|of\s+)?)?$`,
  "iu",
));
/** ", about 20 km from ", ", some 30 kilometres away from the town of " right after a place name: a distance with no bearing. */
let distanceFromAfterPlace: RegExp | undefined;
const DISTANCE_FROM_AFTER_PLACE = () => (distanceFromAfterPlace ??= new RegExp(
  String.raw`,\s+${distancePhraseSource()}\s+(?:away\s+)?from\s+(?:the\s+)?(?:(?:city|town|provincial|regional|state)\s+(?:capital\s+|of\s+)?)?$`,
  "iu",
));
/** An office told with its seat ("the defence ministry in Moscow", "the embassy in Kabul") and the word it gives right after. */
const OFFICE_IN = /\b(?:ministry|ministries|embassy|embassies|consulate|department|foreign\s+office|high\s+command|general\s+staff)\s+in\s+$/i;
const OFFICE_SPEAKS = /^\s*,?\s+(?:(?:has|had|have|also|later|quickly|initially)\s+)*(?:said|says|called|calls|described|describes|branded|termed|dubbed|reported|confirmed|announced|stated|claimed|claims|denied|denies|blamed|accused|insisted|told)\b/i;
/** "police from nearby", "reinforcements sent from the": a force told by the town it came from ("evacuate soldiers
 *  from the town of Nasir" names the scene: no nearby, no sending). */
const FORCE_FROM = /\b(?:police(?:men)?|officers|troops|soldiers|reinforcements|forces|units|gendarmes|militiamen|fighters)\s+(?:(?:sent|dispatched|deployed|rushed|drawn)\s+from\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?|from\s+(?:the\s+)?(?:nearby|neighbou?ring)\s+)(?:(?:town|city|garrison|base|camp)\s+(?:of\s+)?)?$/i;

/** A speech verb soon after the place: "officials in Washington and London said". */
const SPOKE_AFTER = /^(?:(?!\b(?:residents|witnesses|villagers|survivors|relatives|police|sources|activists|the\s+army|a\s+spokes\w+)\b|,\s+(?:the|an?|its|their|his|her)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:capital|city|town|port|village|district|province|region|state|country['’]s|area|hub|seat)\b))[^.;]){0,45}?\b(?:said|say|says|told|confirmed|reported|claimed|claim|denied|deny|stated|added|warned|accused|blamed|announced|insisted|acknowledged|according|estimated|put\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|number|figure|count)|gave\s+(?:a|the)\s+(?:death\s+)?(?:toll|figure))\b/;
/** "Police in ", "police from " right before a town, and what follows it when the police confirm a happening told before. */
const POLICE_IN = /\bpolice\s+(?:in|from)\s+$/i;
const POLICE_CONFIRMED = /^\s+(?:(?:have|has|had|also|later)\s+)*confirmed\s+(?:the|that\s+the)\s+(?:[\w-]+\s+){0,2}?(?:abduction|kidnapping|attack|raid|killings?|ambush|bombing|blast|explosion|shooting|clash(?:es)?|incident|deaths?|toll)\b/i;
const SPOKE_BEFORE = /\b(?:according\s+to|said|says|told|quoted|citing|cited)\b/i;
const VENUE = /\b(?:speaking|spoke|said|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|parliament|lawmakers)|(?:news|press)\s+conference|briefing|statement|speech|(?<!\bat\s+(?:an|the|his|her|their)\s+)address|summit|talks|meeting|visit(?:ed|ing)?(?:\s+[\w'’-]+){0,4}?|met(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+|last\s+week\s+|this\s+week\s+|yesterday\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;

/** An institution named after its town, then its people: "University students", "College lecturers". */
const INSTITUTION_PEOPLE_AFTER = /^\s+(?:University|College|Polytechnic|Academy|Seminary)\s+(?:students|lecturers|staff|professors|pupils|graduates|teachers|employees|workers|academics)\b/;
/** Nouns after a region's name that make it a people ("Kachin civilians", "Shan communities"). */
const PEOPLE_AFTER = /^\s+(?:civilians|communit(?:y|ies)|people|peoples|militias?|nationalists|farmers|herders|families|villagers|minority|majority|refugees|elites?|fighters|youths?|leaders)\b/i;
/** Capitalised words after a place that end in an organisation's noun ("Kassala Resistance Committee"). */
// ("told the Lagos Daily Wire": an outlet named after its city is no scene either.)
const ORG_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:Committees?|Council|Union|Association|Network|Brigades?|Movement|Front|Party|Organi[sz]ation|Society|Institute|Foundation|Coalition|Alliance|Observatory|Commission|Federation|Syndicate|Wire|Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Chronicle|Newspaper)\b/u;

/** A lower-case armed group's noun right after a place told with "the": "the Grand Ravine gang", "the Sinaloa cartel". */
const GROUP_AFTER = /^\s+(?:gangs?|cartels?|clans?|crews?|posses?|mafia)\b/;

/** A place before an office's title and its holder's capitalised name, then a speech verb ("Papua police spokesman
 *  Ahmad Mustofa Kamal said"): the office that speaks. (No i flag: the name's capitals tell it from a clause.) */
const OFFICE_TITLE_NAME_SPOKE = /^\s+(?:[Pp]olice|[Aa]rmy|[Mm]ilitary|[Pp]rovincial\s+police|[Rr]egional\s+police|[Ss]tate\s+police|[Dd]istrict\s+police|[Cc]ounty\s+[Pp]olice)\s+(?:[Ss]pokes(?:man|woman|person)|[Cc]hief|[Cc]ommander|[Hh]ead|[Cc]hief\s+[Ii]nspector)\s+(?:[A-Z][\p{L}'’.-]*\s+){1,5}(?:said|says|told|confirmed|reported|announced|added|stated)\b/u;

/** "one year since a deadly raid on the village of": a place in what an anniversary recalls ("a festival held to
 *  celebrate the anniversary of the movement in Falam" is held there: not read). */
const SINCE_RECALLED = /\b(?:one|a|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+(?:years?|decades?)\s+since\s+(?:the\s+|an?\s+)?[^.;,]{0,60}$/i;
/** "City police arrested", "city police have detained": the police of a city making an arrest. */
const CITY_POLICE_ARREST = /^\s+(?:city|metropolitan|municipal)\s+police\s+(?:(?:have|has|had|also|later|then)\s+)*(?:arrested|detained|apprehended|nabbed|rounded\s+up|picked\s+up|raided)\b/i;
/** After a place's name, the office it titles: "Donetsk regional governor", "Zamfara state police", "the Zaporizhzhia
 *  regional military administration" (a wartime region's office is its military administration). */
const OFFICE_AFTER = /^\s+(?:regional|provincial|state|district|city|region|province|metropolitan|municipal|county)\s+(?:(?:military|civil|civilian)\s+)?(?:governor|administration|police|officials?|council|authorities|head|chief|prosecutor)/i;

/**
 * "KYIV — Russian drones struck a power plant, Odesa regional governor Oleh Kiper said": a clause that names no
 * scene, in a sentence whose only place titles the office that speaks, happened in that office's region (ACLED's
 * precision 3), not at the dateline. Only a region (first-level unit) of the report's country.
 */
function officeRegion(si: SentenceInfo, ctx: ArticleContext): PlaceHit | undefined {
  for (const p of si.places) {
    if (p.place?.latitude == null || p.mention.kind === "country") continue;
    const after = si.text.slice(p.mention.nameEnd - si.start, p.mention.nameEnd - si.start + 40);
    // "Zamfara state police": a region (its unit word may be inside the name)
    if (p.mention.kind === "admin1") {
      if (REGION_OFFICE_AFTER.test(after) && p.place.country === ctx.countries[0]) return p;
      continue;
    }
    // "Donetsk regional governor": the name is read as the region's, whatever town shares it: a region of the
    // report's countries, or the only region of that name ("Russian shelling ..., Donetsk regional governor said")
    if (!REGIONAL_OFFICE_AFTER.test(after)) continue;
    const units = candidates(p.mention.name, false).rows.filter((r) => r.kind === "admin1");
    const home = units.find((r) => ctx.countries.slice(0, 3).includes(r.country)) ?? (units.length && units.every((r) => r.country === units[0]!.country) ? units[0] : undefined);
    if (!home) continue;
    const region = resolvePlace({ ...p.mention, kind: "admin1", qualifier: "region" }, { text: ctx.input.text, countries: [home.country] });
    if (region?.geo_precision === 3 && region.admin1 && region.latitude != null && region.country === home.country) return { ...p, place: region };
  }
  return undefined;
}
const REGION_OFFICE_AFTER = /^\s+(?:(?:regional|provincial|state|region|province)\s+)?(?:governor|administration|police|officials?|authorities|prosecutor)\b/i;
const REGIONAL_OFFICE_AFTER = /^\s+(?:regional|provincial|region|oblast)\s+(?:(?:military|civil|civilian)\s+)?(?:governor|administration|police|officials?|authorities|prosecutor)\b/i;

/** The place is only where something was said or visited. */
export function isVenue(p: PlaceHit, si: SentenceInfo): boolean {
  const rel = p.mention.nameStart - si.start;
  return VENUE.test(si.text.slice(Math.max(0, rel - 60), rel));
}

/** The length of the dateline opening `text` ("LIMA — ", "KINSHASA, March 28 (Reuters) - "), or 0. */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

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

const placeKey = (q: NonNullable<PlaceHit["place"]>) => q.geonameid != null ? String(q.geonameid) : `${q.country}|${q.latitude},${q.longitude}`;

/**
 * Places outside the main country that some sentence ties to their country ("the West Bank city of
 * X"), with the first such sentence: later bare mentions of the same place need no country again.
 */
const tiedCache = new WeakMap<ArticleContext, Map<string, number>>();
function tiedToCountry(ctx: ArticleContext): Map<string, number> {
  let map = tiedCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const s of ctx.sentences) {
      for (const p of s.places) {
        const q = p.place;
        if (!q?.country || q.country === ctx.countries[0]) continue;
        // "struck camps in northern Iraq": the country itself named as a scene ties its places too.
        const rel = p.mention.nameStart - s.start;
        const key = p.mention.kind === "country" ? (SCENE_BEFORE.test(s.text.slice(Math.max(0, rel - 20), rel)) ? `country:${q.country}` : "") : placeKey(q);
        if (key && !map.has(key) && countriesNamedIn(s).has(q.country)) map.set(key, s.idx);
      }
    }
    tiedCache.set(ctx, map);
  }
  return map;
}

let referenceBeforeRe: RegExp | undefined;
/** "bound for ", "sent from the town of ", "treated in ": words that make the name after them a reference point (cues.json, referenceBefore). */
const referenceBefore = () => (referenceBeforeRe ??= new RegExp(String.raw`\b(?:${lexicon().cues.referenceBefore.words.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join("|")})\s+(?:the\s+|a\s+)?(?:(?:town|city|village|port|capital|(?:provincial|regional|state|district)\s+capital)\s+(?:of\s+)?)?$`, "i"));
/** "a bridge linking Kaduna with ", "the pipeline connecting X and ": a link's other end, a reference point like its first. */
const LINK_OTHER_END = /\b(?:bridge|railway|rail\s+line|railway\s+line|line|pipeline)\s+(?:linking|connecting)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:with|and|to)\s+(?:the\s+)?$/u;
/** "two men were in hospital, one in X and one in ": where each of the wounded lies, told one by one. */
const HOSPITAL_EACH = /\b(?:in|to)\s+(?:a\s+)?hospitals?\b[^.;]{0,40}?\b(?:one|two|three|four|five|some|others?|another|the\s+other|the\s+rest)\s+(?:of\s+them\s+)?(?:in|at)\s+(?:the\s+)?$/i;
/** "the evacuation of the fighters and their families to ", "the transfer of prisoners to ": where a move leads, told as a noun. */
const MOVE_TO = /\b(?:[Ee]vacuation|[Tt]ransfer|[Rr]elocation|[Dd]eportation|[Dd]eparture|[Rr]eturn|[Ee]xodus)\s+of\s+(?:[\p{L}'’-]+\s+){1,6}?to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*['’]s\s+)?$/u;
const SCENE_BEFORE = /\b(?:in|across|inside|over|into)\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?$/i;

/** A march's heading: "marchers crossing the bridge towards central X", "workers trying to reach the centre of X". */
const MARCH_TOWARD = /\b(?:heading|headed|marching|marched|crossing|crossed|converging|making\s+(?:their|its)\s+way|on\s+(?:their|its)\s+way)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:to|toward|towards|into)\s+(?:the\s+)?(?:(?:centre|center|heart)\s+of\s+|central\s+|downtown\s+)?$|\b(?:trying|tried|attempting|attempted|seeking|sought)\s+to\s+(?:reach|enter|get\s+to|march\s+(?:to|on|into))\s+(?:the\s+)?(?:(?:centre|center|heart)\s+of\s+|central\s+|downtown\s+)?$/iu;
const PROTEST_WORD = /\b(?:march|protest|demonstrat|rall(?:y|ies|ied)|crowds?\b)/i;
/**
 * "a train travelling from Quetta to Peshawar in the Bolan Pass", "a bus headed from Kano to Lagos near Zaria": a
 * journey whose two ends are told already is placed where it was when it happened, by the "in"/"near" after them;
 * that place is no destination.
 */
const ROUTE_THEN_PLACE = /\b(?:travel(?:l)?(?:ed|ing)|headed|heading|running|bound)\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:to|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:in|near|at|outside)\s+(?:the\s+)?$/u;

/** A place mention that can be an event's location. */
export function usable(p: PlaceHit, si: SentenceInfo, ctx: ArticleContext): boolean {
  if (!p.place || p.place.latitude == null) return false;
  const rel = p.mention.nameStart - si.start;
  const relEnd = p.mention.nameEnd - si.start;
  if (rel < datelineLength(si)) return false;
  const before = si.text.slice(Math.max(0, rel - 80), rel);
  // "a riot at the Litoral penitentiary in Guayaquil": a region's one-word name told bare before a site's noun names the
  // site (Equatorial Guinea's Litoral province is not told); the town told after it in the sentence is the scene.
  if (p.mention.kind === "admin1" && namesSite(p.mention, si.text.slice(relEnd, relEnd + 30))
    && si.places.some((q) => q !== p && !!q.place && q.mention.kind !== "country" && q.mention.nameStart > p.mention.nameEnd)) return false;
  const after = si.text.slice(relEnd, relEnd + 10);
  if (/\b(?:based|headquartered|registered)\s+in\s+$/i.test(before) || /^-based/.test(after) || /^['’]s\s+(?:army|military|government|troops|forces|defen[cs]e|interior|health|civil)/.test(after)) return false;
  // "on the road from Zaria to Kano": the first town of a road is where it is coded (see `between`).
  const roadFrom = ROAD_FROM.test(before.slice(-40)) && /^\s+to\s+\p{Lu}/u.test(si.text.slice(relEnd, relEnd + 12));
  if (!roadFrom && /\bfrom\s+(?:the\s+)?$/.test(before.slice(-12)) && p.mention.qualifier !== "near" && !/\b(retak|recaptur|took|seiz|driv|drove|push|expel|withdr|pulled|abduct|kidnap|carried off|snatch)/i.test(si.text)) return false;
  // ("a house sheltering displaced families in Deir al-Balah": where the displaced now are is a scene.)
  // (ORIGIN, PEOPLE_FROM and FORCE_FROM all end on "from ...", RETREAT_TO on its verb: each is tried only where its word
  // is. These run for every place of every cue's sentence.)
  const from = FROM.test(before);
  if ((DESTINATION.test(before) && !DISPLACED_THERE.test(before) && !ROUTE_THEN_PLACE.test(before)) || (from && (ORIGIN.test(before) || PEOPLE_FROM.test(before))) || (RETREAT_WORD.test(before) && RETREAT_TO.test(before)) || TAKEN_TOWARD.test(before.slice(-120))) return false;
  if (VENUE.test(before.slice(-60))) return false;
  // "on the day the country marked one year since a deadly raid on the village of Banjska": the scene of what an
  // anniversary recalls, not of the news.
  if (SINCE_RECALLED.test(before)) return false;
  // "In Omdurman, police fired tear gas to stop marchers crossing the bridge towards central Khartoum": where a march
  // was heading is not its scene when the sentence told a town of its own before (not where the marchers came from:
  // "miners from Oruro marching into La Paz" are met in La Paz).
  if (MARCH_TOWARD.test(before) && PROTEST_WORD.test(si.text) && si.places.some((q) => q !== p && !!q.place && q.mention.kind !== "country" && q.mention.nameEnd <= p.mention.nameStart && q.mention.nameStart - si.start >= datelineLength(si) && !/\bfrom\s+(?:the\s+)?$/i.test(si.text.slice(Math.max(0, q.mention.nameStart - si.start - 12), q.mention.nameStart - si.start)))) return false;
  // "..., officials in Washington and London said": where the speakers sit, not the scene.
  // ...but "abducted a municipal official in Kumbo": with no speech verb after, the place is the scene.
  if (SPEAKERS_IN.test(before.slice(-60)) && !DEED_ON_SPEAKERS.test(before.slice(-80)) && (SPOKE_AFTER.test(si.text.slice(relEnd, relEnd + 80)) || SPOKE_BEFORE.test(before.slice(-60)))) return false;
  // "Police in Sokoto confirmed the abduction": the seat of a police command confirming a happening told before, not
  // its scene (the village told before is); "Police in Addis Ababa said they had arrested ..." still tells a scene.
  if (POLICE_IN.test(before.slice(-24)) && POLICE_CONFIRMED.test(si.text.slice(relEnd, relEnd + 40))) return false;
  // "what the defence ministry in Moscow called a missile attack", "..., the embassy in Kabul said": the seat of an office that speaks.
  if (OFFICE_IN.test(before.slice(-40)) && OFFICE_SPEAKS.test(si.text.slice(relEnd, relEnd + 40))) return false;
  // "..., a charity said, citing survivors treated at its clinic in Tawila": where the source heard it, not the scene.
  if (/\bciting\b[^.;]{0,80}$/i.test(before)) return false;
  // "... in response to a chemical attack in the town of Douma": the scene of the cause, not of the event.
  if (/\b(?:in response to|in retaliation for|to avenge|in revenge for)\b[^.;,]{0,60}$/i.test(before)) return false;
  // "police from nearby Saint-Marc arrived", "reinforcements from Gao": where a force came from, not the scene.
  if (from && FORCE_FROM.test(before.slice(-60))) return false;
  // "a convoy bound for Gao", "a unit was sent from the capital", "treated in Mandera", "a bridge linking Quetta with ...":
  // where a journey led, where a force came from, where the wounded lie, a link's far end.
  if (referenceBefore().test(before.slice(-60)) || LINK_OTHER_END.test(before) || HOSPITAL_EACH.test(before) || MOVE_TO.test(before)) return false;
  // "on its way from Quetta to Peshawar": both ends of a journey are references, not the scene.
  if (!roadFrom && /\b(?:way|route|journey|trip|travel(?:l)?ing|bound|heading)\s+(?:back\s+)?(?:from|to)\s+(?:[\w'’-]+\s+){0,3}$/i.test(before.slice(-50)) || /\bfrom\s+[\p{Lu}][\w'’ -]{1,30}\s+to\s+$/u.test(before.slice(-45))) return false;
  // "Donetsk regional governor": a place in a title names the office, not the scene.
  // ("Cotabato City police arrested a man": a city's police making an arrest there tells the arrest's scene.)
  if (OFFICE_AFTER.test(si.text.slice(relEnd, relEnd + 40)) && !CITY_POLICE_ARREST.test(si.text.slice(relEnd, relEnd + 60))) return false;
  // "..., Saxony police said", "its Maiduguri spokesman said": the office that speaks, not the scene.
  if (/^\s+(?:police|authorities|officials|prosecutors?|governor|government|(?:military\s+|army\s+|police\s+|regional\s+)?(?:spokes(?:man|woman|person)|bureau|correspondent|command))\s+(?:(?:have|has|had)\s+)?(?:said|say|says|told|reported|confirmed|announced|stated|warned|vowed|threatened|pledged|appealed)\b/i.test(si.text.slice(relEnd, relEnd + 40))) return false;
  // "..., Papua police spokesman Ahmad Mustofa Kamal said", "Zamfara police spokesman Mohammed Shehu confirmed": the
  // office's seat before a title and a person's name (capitalised: the words between are a name, not a clause).
  if (OFFICE_TITLE_NAME_SPOKE.test(si.text.slice(relEnd, relEnd + 90))) return false;
  // "Beijing had lodged protests", "Kyiv initially insisted": a city standing for its government.
  if (!/\b(?:in|at|near|of|from|to|into|outside|around|across)\s+(?:the\s+)?$/i.test(before) && GOVERNMENT_VERB.test(si.text.slice(relEnd, relEnd + 30))) return false;
  // "accusing Moscow of breaking the convention", "blamed Kigali for the attack": a city that is accused,
  // urged or condemned stands for its government, not a scene.
  if (GOVERNMENT_OBJECT_BEFORE.test(before.slice(-40)) && GOVERNMENT_OBJECT_AFTER.test(after)) return false;
  // "on the left bank of the Dnipro", "along the banks of the Nile": a river that shares a city's name.
  if (RIVER_BEFORE.test(before.slice(-40))) return false;
  // "15 km south of the besieged state capital El Fasher": a reference point the offset parser missed.
  if (p.mention.offsetKm === undefined && p.mention.qualifier !== "near" && /\b\d+(?:[.,]\d+)?\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:[\w-]+\s+){0,2}(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(before)) return false;
  // "the village of Burqa, east of Ramallah": a town named by bearing after another place is its landmark.
  const landmark = REFERENCE_BEARING().exec(before);
  // ...and so is one told with a distance the offset parser did not use ("Bariire, some 45 km west of the capital,
  // came under attack"); one the parser placed the scene from ("Nova Zambezia, 25 km south of Macomia") stays.
  // A town the gazetteer knows, lying about where the distance puts it ("near Gohatsion, about 180 km north of
  // Addis Ababa"), is the scene itself: the distance only describes it.
  const described = landmark ? si.places.find((q) => q !== p && q.mention.nameEnd - si.start === rel - landmark[0].length) : undefined;
  if (described && (p.mention.offsetKm === undefined || !landmark!.groups?.dist || describesKnownTown(described, p))) return false;
  // "near the village of Zabarmari, about 20 km from Maiduguri": a distance with no bearing after a town the gazetteer
  // knows, lying within it, only describes that town; the town told with it is the landmark.
  // (Tried only where "from" occurs, as ORIGIN and the others above.)
  const distanceOnly = landmark || !from ? null : DISTANCE_FROM_AFTER_PLACE().exec(before);
  const measured = distanceOnly ? si.places.find((q) => q !== p && q.mention.nameEnd - si.start === rel - distanceOnly[0].length) : undefined;
  if (measured && liesAtDistance(measured, p, distanceOnly![0])) return false;
  if (si.actors.some((a) => rel >= a.start && rel < a.end)) return false;
  // "ethnic Kachin villagers", "Kachin communities": a region named after a people, standing for the people.
  if (/\bethnic\s+$/i.test(before) || (/\bof\s+$/i.test(before) && /^\s+(?:ethnicity|descent|extraction|origin)\b/i.test(si.text.slice(relEnd, relEnd + 14))) || (p.mention.kind === "admin1" && !p.mention.qualifier && PEOPLE_AFTER.test(si.text.slice(relEnd, relEnd + 30)))) return false;
  // "the Kassala Resistance Committee": a town in an organisation's name is not a scene.
  if (ORG_AFTER.test(si.text.slice(relEnd, relEnd + 60))) return false;
  // "the Grand Ravine gang", "the Sinaloa cartel": a place naming an armed group is the group's name, not a scene.
  if (/\bthe\s+$/i.test(before) && GROUP_AFTER.test(si.text.slice(relEnd, relEnd + 20))) return false;
  // "the Esplanada dos Ministérios", "the Alameda de Colón": a town's name after "the", opening a longer Portuguese or
  // Spanish name the gazetteer does not hold, is that name's word, not the town ("in La Cruz de Elota" is the town).
  if (p.mention.kind === "place" && /\bthe\s+$/i.test(before) && LONGER_NAME_AFTER.test(si.text.slice(relEnd, relEnd + 24))) return false;
  // "the Debre Markos University students", "Bayero University lecturers": the people of an institution named after its town, not a scene.
  if (INSTITUTION_PEOPLE_AFTER.test(si.text.slice(relEnd, relEnd + 50))) return false;
  if (partOfPersonName(si.text, rel)) return false;
  // "candidate Fernando Villavicencio was shot dead ... as Villavicencio left": a name the report first told as a
  // person's surname stands for that person later too (wire style: the full name once, then the surname alone).
  if (p.mention.kind === "place" && surnameTold(ctx, p.mention.name, p.mention.nameStart)) return false;
  if (/^(north|south|east|west)(ern|east|west|eastern|western)?$/i.test(p.mention.name)) return false; // "Northeastern Command"
  if (countryQualifiers().lookup(p.mention.name).length && p.mention.kind === "place") return false; // "Canadian" is a demonym
  // "Russia launched drones at Kyiv": the country that acts is the attacker, not the scene.
  if (p.mention.kind === "country" && ACTS_AFTER_COUNTRY.test(si.text.slice(relEnd, relEnd + 60))) return false;
  // A place abroad when the article is about another country is a reference, not a scene.
  const cc = p.place.country;
  if (cc && ctx.countries.length && !ctx.countries.slice(0, 3).includes(cc)) return false;
  // A place outside the report's main country needs that country named in its own sentence
  // ("... in southern Lebanon"); otherwise a same-named place abroad (al-Hamdaniya, Iraq) slips in.
  // "In Tel Aviv on Tuesday, ..." opening the sentence sets the scene as plainly as naming the country would.
  // A place an earlier sentence already tied to its country keeps that tie.
  // A city of the report's second country, a country the report names, is no namesake slipping in
  // ("Russian missiles struck Kharkiv. ... Ukrainian drones hit Belgorod"); "Phoenix" in a South African report is.
  // The country may be told by a region only it has ("ISLAMABAD — A drone strike ... in Paktika province ..., a day
  // after a suicide attack at Kabul airport"), and a city far bigger than every namesake abroad is no namesake either
  // (Kabul, not the Israeli village; Kandahar, not an Indian hamlet).
  // ...nor is a town the report's second country alone holds that the sentence tells as a town ("rockets hit the town of
  // Kiryat Shmona" in a report on strikes on Lebanon): no namesake can slip in, and "the town of" makes it the scene.
  const pop = p.place.population ?? 0;
  const city = (pop >= 100_000 || ((pop >= 50_000 || TOWN_OF_BEFORE.test(before)) && onlyIn(p.mention.name, cc))) && ctx.countries[1] === cc && outweighsNamesakes(p.mention.name, cc, pop, ctx.countries[0]) && countryTold(ctx, cc);
  if (cc && ctx.countries[0] && cc !== ctx.countries[0] && !city && !countriesNamedIn(si).has(cc) && !(rel <= 3 && /^In\s+$/.test(si.text.slice(0, rel))) && !regionOfOneCountry(p, si, rel, cc)) {
    const tiedMap = tiedToCountry(ctx);
    const tied = Math.min(tiedMap.get(placeKey(p.place)) ?? Infinity, tiedMap.get(`country:${cc}`) ?? Infinity);
    if (tied >= si.idx) return false;
  }
  return true;
}

/** A Portuguese or Spanish name going on after a town's: " dos Ministérios", " de la Reforma". */
const LONGER_NAME_AFTER = /^\s+(?:dos|das|do|da|de|del|de\s+la|de\s+los|de\s+las)\s+\p{Lu}/u;

/** Whether `town`, a gazetteer town named right before ", about 20 km from" `ref`, lies about that far from it (so it is the scene, `ref` its landmark). */
function liesAtDistance(town: PlaceHit, ref: PlaceHit, words: string): boolean {
  const a = town.place, b = ref.place;
  if (town.mention.kind !== "place" || a?.latitude == null || a.longitude == null || b?.latitude == null || b.longitude == null || a.country !== b.country || a.location === b.location) return false;
  const n = /(\d+(?:[.,]\d+)?)/.exec(words);
  const km = n ? Number(n[1]!.replace(",", ".")) * (/\bmiles?\b/i.test(words) ? 1.609 : 1) : NaN;
  return Number.isFinite(km) && haversineKm(a.latitude, a.longitude, b.latitude, b.longitude) <= 1.5 * km + 15;
}

/** Whether `town`, a gazetteer town named right before the distance that places `offset`, lies near the point the distance gives (so the gazetteer's town, not the point, is the scene). */
function describesKnownTown(town: PlaceHit, offset: PlaceHit): boolean {
  const a = town.place, b = offset.place;
  if (town.mention.kind !== "place" || a?.latitude == null || a.longitude == null || b?.latitude == null || b.longitude == null || a.country !== b.country) return false;
  // (A village the gazetteer lacks is placed at the distance's point itself: that is no town of its own.)
  if (a.location === b.location || (a.geonameid != null && a.geonameid === b.geonameid)) return false;
  return haversineKm(a.latitude, a.longitude, b.latitude, b.longitude) <= Math.max(40, 0.6 * (offset.mention.offsetKm ?? 0));
}

/** Whether every place the gazetteer has by this name lies in one country (no namesake abroad). */
/**
 * A region whose name no other country has ("Lower Shabelle" in a report filed from Nairobi) is no namesake either,
 * unless the name is a demonym too ("the Somali capital" is not Ethiopia's Somali Region). Only a name of more than
 * one word, or one told with its unit word ("Diyala province"): a single word may be another thing's name ("the
 * Litoral penitentiary" is no Equatorial Guinean province). A compass word before it says a region as plainly
 * ("BEIRUT — ... in northern Idlib", "in northern Aleppo"), even where a town of the region bears its name.
 */
function regionOfOneCountry(p: PlaceHit, si: SentenceInfo, rel: number, cc: string): boolean {
  const name = p.mention.name;
  const bearing = !!bearingBefore(si.text, rel);
  if (p.mention.kind !== "admin1" && !bearing) return false;
  const units = candidates(name, false).rows.filter((r) => r.kind === "admin1");
  if (!units.length) return false;
  const compassed = bearing && units.some((r) => r.country === cc);
  if (p.mention.kind !== "admin1" && !compassed) return false;
  return (/\s/.test(name) || p.mention.end > p.mention.nameEnd || compassed) && onlyIn(name, cc) && !countryQualifiers().lookup(name).length;
}

/** Whether every place abroad sharing `name` is a tenth of `pop` or less, and none lies in the report's main country `home`. */
function outweighsNamesakes(name: string, cc: string, pop: number, home: string | undefined): boolean {
  return candidates(name, false).rows.every((r) => r.kind === "country" || r.country === cc || (r.kind === "place" && r.country !== home && r.pop * 10 <= pop));
}

/** Whether the report tells country `cc`: a sentence names it, or names a region no other country has (regionOfOneCountry). */
const toldCache = new WeakMap<ArticleContext, Map<string, boolean>>();
function countryTold(ctx: ArticleContext, cc: string): boolean {
  let map = toldCache.get(ctx);
  if (!map) toldCache.set(ctx, (map = new Map()));
  let told = map.get(cc);
  if (told === undefined) {
    told = ctx.sentences.some((s) => countriesNamedIn(s).has(cc) || s.places.some((q) => q.mention.kind === "admin1" && q.place?.country === cc && q.mention.nameStart - s.start >= datelineLength(s) && regionOfOneCountry(q, s, q.mention.nameStart - s.start, cc)));
    map.set(cc, told);
  }
  return told;
}

function onlyIn(name: string, cc: string): boolean {
  return candidates(name, false).rows.every((r) => r.kind === "country" || r.country === cc);
}

/** Two hits within a few km of each other: one scene named two ways. */
function sameScene(a: PlaceHit, b: PlaceHit): boolean {
  const x = a.place, y = b.place;
  if (x?.latitude == null || x.longitude == null || y?.latitude == null || y.longitude == null) return false;
  return haversineKm(x.latitude, x.longitude, y.latitude, y.longitude) <= 15;
}

function specificity(p: PlaceHit): number {
  if (p.mention.kind === "country") return 0;
  if (p.mention.kind === "admin1" || p.place?.geo_precision === 3) return 1;
  // A town named outright is more precise than "near X" or "the X area", which is more precise than a named area ("North Waziristan").
  if (p.place?.area) return 1.2;
  return p.place?.geo_precision === 2 ? 1.5 : 2;
}

// attachPlace's helpers are module-level: under tsx (keepNames) a named closure costs a rename per call.

/** A place's offset in its sentence. */
function rel(si: SentenceInfo, p: PlaceHit): number {
  return p.mention.start - si.start;
}

/**
 * "in Assam's Cachar district": the possessor is the wider frame, the district after it the scene
 * ("Bogota's Colon Theatre" is a building in the city, not a second place). So is a region owning a
 * person or an office when its clause goes on to name a town ("the home of Kasai's governor, in
 * Tshikapa"): the town, up to the clause's end, is the scene.
 */
function possessor(si: SentenceInfo, cands: PlaceHit[], p: PlaceHit, clauseEnd: number): boolean {
  const e = p.mention.nameEnd - si.start;
  if (!possessive(si, p)) return possessorOfKind(si, cands, p, e);
  const owned = possessiveEnd(si, p);
  if (cands.some((q) => q !== p && rel(si, q) > e && rel(si, q) <= owned && (!!q.mention.qualifier || q.mention.kind === "admin1" || unitWordAt(si.text, q.mention.nameEnd - si.start)))) return true;
  return p.mention.kind === "admin1" && cands.some((q) => q.mention.kind === "place" && rel(si, q) > e && rel(si, q) < clauseEnd);
}

/** "Kasai's", "Tehran's", "Ghazni province's": the place owns what follows. */
function possessive(si: SentenceInfo, p: PlaceHit): boolean {
  return possessiveEnd(si, p) >= 0;
}
/** Where, in its sentence, what a possessive place owns begins (past "'s "); -1 when the place owns nothing. */
function possessiveEnd(si: SentenceInfo, p: PlaceHit): number {
  const e = p.mention.nameEnd - si.start;
  const m = POSSESSIVE_AFTER_NAME.exec(si.text.slice(e, e + 16));
  return m ? e + m[0].length : -1;
}
const POSSESSIVE_AFTER_NAME = /^(?:\s+(?:province|state|region|governorate|oblast|county|district))?['’]s\s/;

/** A place named as a place: neither owning something ("Tehran's influence") nor naming a building ("Bogota's Colon Theatre"). */
function plainScene(si: SentenceInfo, cands: PlaceHit[], p: PlaceHit): boolean {
  return !possessive(si, p) && !namedForPlace(si, cands, p);
}

/** After a place's name, a word that makes it a stretch of land at that place, not a building named after it. */
const PLACE_STRETCH_AFTER = /^\s+(?:border|crossing|checkpoint|junction|roundabout|outskirts|area|village|town|neighbou?rhood)\b/;

/** After a name, the capitalised head word of a building named after it (case matters: "the Lima Hotel", not "a Lima hotel"). */
const BUILDING_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}?(?:Theat(?:re|er)|Hotel|Stadium|Arena|Convention\s+Cent(?:re|er)|Conference\s+Cent(?:re|er)|Exhibition\s+Cent(?:re|er)|Concert\s+Hall|Opera\s+House|Cathedral)\b/u;
const buildingName = (si: SentenceInfo, p: PlaceHit) => BUILDING_AFTER.test(si.text.slice(p.mention.nameEnd - si.start, p.mention.nameEnd - si.start + 50));

/** "Bogota's Colon Theatre": a name right after a possessive place, and no district of it, names a building there. */
function namedForPlace(si: SentenceInfo, cands: PlaceHit[], p: PlaceHit): boolean {
  // "at the Colon Theatre in Bogota", "outside the Santander Stadium in Bogota": a name before a building's capitalised
  // head word names the building, when the sentence names another place that is no building's name.
  if (buildingName(si, p) && cands.some((q) => q !== p && !buildingName(si, q))) return true;
  if (p.mention.qualifier || p.mention.kind === "admin1" || unitWordAt(si.text, p.mention.nameEnd - si.start)) return false;
  // ("Delhi's Singhu border", "Gaza's Kerem Shalom crossing": a stretch of land named by its place, not a building.)
  if (PLACE_STRETCH_AFTER.test(si.text.slice(p.mention.nameEnd - si.start, p.mention.nameEnd - si.start + 20)) || PLACE_STRETCH_AFTER.test(" " + p.mention.name.slice(p.mention.name.lastIndexOf(" ") + 1))) return false;
  return cands.some((q) => q !== p && rel(si, p) === possessiveEnd(si, q));
}

/** "the West Bank village of Burqa", "the Paris suburb of Nanterre": a region or a city naming the kind of a place that follows. */
function possessorOfKind(si: SentenceInfo, cands: PlaceHit[], p: PlaceHit, e: number): boolean {
  const kindOf = REGION_MODIFIES.exec(si.text.slice(e, e + 40));
  return !!kindOf && cands.some((q) => q !== p && rel(si, q) === e + kindOf[0].length);
}

/** After a town's name, the rest of a road named for two towns ("Maiduguri-Damaturu highway"). */
const ROAD_PAIR_AFTER = /^\s*[-–—]\s*\p{Lu}[\p{L}'’]+\s+(?:road|highway|expressway|motorway)\s+/u;
/** "on the Maiduguri-Damaturu highway near Mainok": the town the road is told to pass, right after it, is the scene, not the road's first town. */
function roadThenTown(si: SentenceInfo, after: PlaceHit[]): PlaceHit | undefined {
  const first = after[0];
  if (!first || after.length < 2) return first;
  const e = first.mention.nameEnd - si.start;
  const road = ROAD_PAIR_AFTER.exec(si.text.slice(e, e + 60));
  if (!road) return first;
  const next = after.find((q) => q.mention.nameStart - si.start >= e + road[0].length);
  if (!next) return first;
  const gap = si.text.slice(e + road[0].length, next.mention.nameStart - si.start);
  return /^(?:near|at|outside|in|close to)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i.test(gap) ? next : first;
}

let asideAfterCue: RegExp | undefined;
/** ", accusing", ", saying": a comma opening an aside of what was said or charged (cues.json, asideAfterCue). */
const ASIDE_AFTER_CUE = () => (asideAfterCue ??= new RegExp(String.raw`,\s+(?:${lexicon().cues.asideAfterCue.words.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join("|")})\b`, "i"));

/** What lies between a place and a second place named in its appositive: ", a trading town on the border in ". */
const APPOSITIVE_BETWEEN = /^,\s+(?:an?|the)\s[^,;.—–()]{0,80}\b(?:in|of|near)\s+(?:the\s+)?$/;

/**
 * "In Nasugbu, Batangas, ...": a name right after a town and a comma that is the name of the town's own district or
 * region (the gazetteer's admin2 or admin1 of the town) frames the town; it is no second scene, even when a namesake
 * town of that name exists elsewhere.
 */
function framesTownBefore(si: SentenceInfo, cands: PlaceHit[], p: PlaceHit): boolean {
  const at = p.mention.nameStart - si.start;
  return cands.some((q) => {
    if (q === p || q.mention.kind !== "place" || !q.place) return false;
    const e = q.mention.nameEnd - si.start;
    if (e > at || !/^(?:\s+City)?,\s+$/.test(si.text.slice(e, at))) return false;
    return namesUnitOf(q, p);
  });
}

/** Whether `p`'s name is the name of `town`'s own second- or first-level unit ("Batangas" for Nasugbu, in "Province of Batangas"). */
export function namesUnitOf(town: PlaceHit, p: PlaceHit): boolean {
  const name = fold(p.mention.name).replace(/[^\p{L}\d]+/gu, " ").trim();
  if (!name || !town.place) return false;
  return [town.place.admin2, town.place.admin1].some((u) => !!u && ` ${fold(u).replace(/[^\p{L}\d]+/gu, " ")} `.includes(` ${name} `));
}

/**
 * "the mayor of Istanbul's Esenyurt district", "Lagos's Ikeja suburb": a city whose own quarter is named right after
 * its possessive frames that quarter; the quarter (within QUARTER_REACH_KM) is the scene, not the city.
 */
function ownsQuarterAfter(si: SentenceInfo, cands: PlaceHit[], q: PlaceHit): boolean {
  if (q.mention.kind !== "place" || q.place?.latitude == null || q.place.longitude == null) return false;
  const e = q.mention.nameEnd - si.start;
  if (!/^['’]s?\s/.test(si.text.slice(e, e + 4))) return false;
  return cands.some((p) => {
    if (p === q || p.mention.kind !== "place" || p.place?.latitude == null || p.place.longitude == null) return false;
    const at = p.mention.nameStart - si.start;
    if (at <= e || !/^['’]s?\s+$/.test(si.text.slice(e, at))) return false;
    if (!QUARTER_WORD_AFTER.test(si.text.slice(p.mention.nameEnd - si.start, p.mention.nameEnd - si.start + 20))) return false;
    return haversineKm(q.place!.latitude!, q.place!.longitude!, p.place.latitude, p.place.longitude) <= QUARTER_REACH_KM;
  });
}
const QUARTER_WORD_AFTER = /^\s+(?:district|neighbou?rhood|suburb|quarter|township|borough|municipality|commune|area)\b/i;

/** "the city's ", "the town's ", "the capital's " right before a name: a quarter of the city told before it. */
const CITYS_BEFORE = /\b(?:the\s+)?(?:city|town|capital|port)['’]s\s+$/i;
/** How far from the city told before it a quarter it names may lie. */
const QUARTER_REACH_KM = 40;

/**
 * "In Kherson, ... artillery shelled the city's Dniprovskyi district": a quarter named by the city's possessive whose
 * namesake the gazetteer holds far from every town the sentence named before it (a district of another city) is no
 * scene of its own: the city told before it is.
 */
function farQuarter(si: SentenceInfo, p: PlaceHit, ctx: ArticleContext): boolean {
  const at = rel(si, p);
  const cityBefore = CITYS_BEFORE.test(si.text.slice(Math.max(0, at - 16), at));
  // (Called for every place of every mention: the cheap tests of the words around the name come first.)
  if (!cityBefore && !QUARTER_WORD_AFTER.test(si.text.slice(p.mention.nameEnd - si.start, p.mention.nameEnd - si.start + 20))) return false;
  const q = p.place;
  if (q?.latitude == null || q.longitude == null) return false;
  const placed = (o: PlaceHit) => o !== p && o.mention.kind === "place" && o.place?.latitude != null && o.place.longitude != null;
  // "Kherson's Dniprovskyi district": a town's possessive before a district's name owns it just as "the city's" does.
  const owner = si.places.find((o) => placed(o) && possessiveEnd(si, o) === at);
  if (!cityBefore && !owner) return false;
  let towns = owner ? [owner] : si.places.filter((o) => placed(o) && rel(si, o) < at);
  // "Missiles struck the city of Zaporizhzhia ... A missile hit a building in the city's Oleksandrivskyi district": with
  // no town before it in its own sentence, the city is the one the sentences before it named last.
  for (let k = si.idx - 1; !towns.length && k >= 0; k--) towns = ctx.sentences[k]?.places.filter(placed) ?? [];
  return towns.length > 0 && towns.every((o) => haversineKm(o.place!.latitude!, o.place!.longitude!, q.latitude!, q.longitude!) > QUARTER_REACH_KM);
}

export function attachPlace(m: Mention, ctx: ArticleContext, earlier: Mention[]): void {
  const si = m.sentence;
  const all = si.places.filter((p) => usable(p, si, ctx) && p.mention.kind !== "country" && !farQuarter(si, p, ctx));
  const cands = all.length > 1 ? all.filter((p) => !framesTownBefore(si, all, p) && !ownsQuarterAfter(si, all, p)) : all;
  const [cs, ce] = m.clause;
  // "Rioters burned cars across France, after an officer shot a teenager in Nanterre": places past a
  // subordinator that opens another happening are that happening's scene, not this one's.
  const causeAt = causeStart(m);
  const cause = causeAt < Infinity;
  let ownCands = cause ? cands.filter((p) => !(rel(si, p) > causeAt && rel(si, p) < ce)) : cands;
  // "killed a planner in a drone strike in eastern Afghanistan, less than two days after a suicide bombing at Kabul
  // airport": when the news names its own part of a country (or a country abroad), the town of a trailing "after"
  // clause is that earlier happening's, not the news's.
  if (TRAILING_AFTER.test(si.text.slice(ce, ce + 40)) && si.places.some((p) => p.mention.kind === "country" && p.place && rel(si, p) > m.cue.start && rel(si, p) < ce && ABROAD_BEFORE.test(si.text.slice(Math.max(0, rel(si, p) - 20), rel(si, p))) && (p.place.country !== ctx.countries[0] || !!bearingBefore(si.text, rel(si, p))))) ownCands = ownCands.filter((p) => rel(si, p) < ce);
  // "Hours after a car bomb ripped through Ankara, killing 37, warplanes pounded camps in northern Iraq": an opener
  // that tells the happening answered holds that one's scene; when the clause names a place of its own after the
  // cue (or a country abroad), the opener's places are not this one's.
  // (A lead's opener cut off as a clause of its own, leadOpener, is read the same way from the main clause after it.)
  const afterLead = clauseTiming(m).afterOpener;
  const openerEnd = afterLead ? cs : followUpEnd(si.text, si.idx === 0 ? Math.max(cs, datelineLength(si)) : cs, m.cue.start);
  if (openerEnd >= 0) {
    const own = ownCands.filter((p) => (!afterLead && rel(si, p) < cs) || rel(si, p) >= openerEnd);
    if (own.some((p) => rel(si, p) >= m.cue.start && rel(si, p) < ce) || si.places.some((p) => p.mention.kind === "country" && p.place && rel(si, p) > m.cue.start && rel(si, p) < ce && ABROAD_BEFORE.test(si.text.slice(Math.max(0, rel(si, p) - 20), rel(si, p))))) ownCands = own;
  }
  // "Lwegel, a trading town in Momauk township, is now in the hands of ...": a place named in an appositive of a place
  // told before it describes that place; the place it describes is the scene.
  const before = ownCands.filter((p) => rel(si, p) >= cs && rel(si, p) < m.cue.start && !ownCands.some((q) => q !== p && rel(si, q) >= cs && rel(si, q) < rel(si, p) && APPOSITIVE_BETWEEN.test(si.text.slice(q.mention.nameEnd - si.start, rel(si, p)))));
  // "chanting against Tehran's influence": a place owning a thing is no scene while the clause names a place plainly.
  const anyAfter = ownCands.filter((p) => rel(si, p) >= m.cue.start && rel(si, p) < ce && !possessor(si, cands, p, ce));
  const plainAfter = anyAfter.filter((p) => plainScene(si, cands, p));
  let after = plainAfter.length || before.some((p) => plainScene(si, cands, p)) ? plainAfter : anyAfter;
  // "Demonstrators stormed embassies in Kinshasa and set them ablaze, accusing Western nations of backing Rwanda as
  // rebels battled into Goma": past an aside of what was said or charged, a town is the aside's, when the clause
  // named its own town before the cue.
  if (after.length && before.some((p) => p.mention.kind === "place" && plainScene(si, cands, p))) {
    const aside = ASIDE_AFTER_CUE().exec(si.text.slice(m.cue.end, ce));
    if (aside) after = after.filter((p) => rel(si, p) < m.cue.end + aside.index);
  }
  // "at the gate of Kolofata's cattle market in the Far North region": a town owning the site is more precise than
  // the region that holds it, the only place the clause names plainly.
  if (plainAfter.length && plainAfter.every((p) => p.mention.kind === "admin1")) {
    // (Named outright: "the capital's airports" stands for the city by a title, no site of the clause's scene.)
    const owner = anyAfter.find((p) => p.mention.kind === "place" && p.place?.geo_precision === 1 && si.text.slice(rel(si, p), p.mention.nameEnd - si.start) === p.mention.name && possessive(si, p) && !namedForPlace(si, cands, p) && plainAfter.some((r) => !!r.place?.admin1 && r.place.country === p.place!.country && r.place.admin1 === p.place!.admin1));
    if (owner) after = [owner];
  }
  // "... across France": a whole country told as the scene, when the clause names no town of its own.
  const nationwide = cause && !after.length && !before.length ? si.places.find((p) => p.mention.kind === "country" && p.place && rel(si, p) > m.cue.start && rel(si, p) < causeAt && /\b(?:across|throughout|all\s+over)\s+$/i.test(si.text.slice(Math.max(0, rel(si, p) - 12), rel(si, p)))) : undefined;
  if (nationwide) {
    m.place = nationwide;
    return;
  }
  const pick =
    roadThenTown(si, [...after].sort((a, b) => rel(si, a) - rel(si, b))) ??
    [...before].sort((a, b) => specificity(b) - specificity(a) || rel(si, b) - rel(si, a))[0] ??
    [...ownCands].sort((a, b) => specificity(b) - specificity(a) || Math.abs(rel(si, a) - m.cue.start) - Math.abs(rel(si, b) - m.cue.start))[0];
  // "Turkish warplanes struck targets in Iraq and Syria, ... near Ankara": a country the clause names as the
  // scene, before any town of another country, is where it happened.
  const abroad = si.places.find((p) => p.mention.kind === "country" && p.place && rel(si, p) > m.cue.start && rel(si, p) < ce && ABROAD_BEFORE.test(si.text.slice(Math.max(0, rel(si, p) - 20), rel(si, p))));
  if (abroad && (!pick ? si.places.some((p) => p.mention.kind === "place" && rel(si, p) < datelineLength(si) && p.place?.country !== abroad.place!.country) : rel(si, abroad) < rel(si, pick) && pick.place?.country !== abroad.place!.country)) {
    m.place = abroad;
    return;
  }
  // "A rocket attack on the city of Belgorod killed two people, and fighting flared around a border village": a clause
  // that tells its scene only as an unnamed place, and names none, is not at a town of another clause; that town
  // only stands in for somewhere in its region (a later telling may name the village).
  if (pick && !after.length && !before.length && (rel(si, pick) < cs || rel(si, pick) >= ce) && pick.mention.kind === "place" && VAGUE_SCENE.test(si.text.slice(m.cue.end, ce))) {
    m.place = nearOnly(pick);
    m.placeInherited = true;
    m.placeVague = true;
    return;
  }
  if (pick) {
    const inside = insideNamedUnit(si, ownCands, pick, ce);
    if (inside) {
      m.place = inside;
      return;
    }
    const town = townOfRegion(si, ownCands, pick, ce) ?? cityOfFarQuarter(si, cands, pick, ctx);
    m.place = town ?? roadMidpoint(si, pick, cs, ce) ?? (between(si, pick) ? nearOnly(pick) : pick);
    return;
  }
  // "ABUJA — Gunmen killed 12 people in northwest Nigeria": the part of the country the clause tells
  // is the scene, not the dateline's city where the reporter filed.
  const home = si.places.find((p) => p.mention.kind === "country" && p.place?.latitude != null && rel(si, p) > m.cue.start && rel(si, p) < Math.min(ce, causeAt) && bearingBefore(si.text, rel(si, p)) && /\b(?:in|across|inside|throughout)\s+(?:the\s+)?[\p{L}-]+\s+$/u.test(si.text.slice(Math.max(0, rel(si, p) - 40), rel(si, p))));
  if (home) {
    m.place = home;
    return;
  }
  inheritPlace(m, ctx, earlier);
  // "gunmen killed three people in a nearby village": an unnamed place near the scene told before.
  if (m.place && m.place.mention.kind === "place" && NEARBY_UNNAMED.test(si.text.slice(cs, ce))) m.place = nearOnly(m.place);
  // "Russia fired missiles at cities across Ukraine" after a paragraph on Belgorod: a country the clause
  // names as the scene outweighs a place carried over from another country's event.
  if (abroad && m.place?.place?.country !== abroad.place!.country) {
    m.place = abroad;
    m.placeInherited = false;
    m.placeFromDateline = false;
    return;
  }
  // "Jordan said its air force had also shot down objects that entered its airspace": a state that acts in its own
  // airspace or territory acts there, not at the scene carried over from another country's event.
  if (OWN_GROUND.test(si.text.slice(m.cue.end, ce))) {
    const state = si.places.find((p) => p.mention.kind === "country" && p.place && rel(si, p) >= cs && rel(si, p) < m.cue.start && STATE_SUBJECT_AFTER.test(si.text.slice(p.mention.nameEnd - si.start, m.cue.start)));
    if (state && m.place?.place?.country !== state.place!.country) {
      m.place = state;
      m.placeInherited = false;
      m.placeFromDateline = false;
    }
  }
}

/** A state's own ground or sky after its deed: "that entered its airspace", "over its territory". */
const OWN_GROUND = /^[^.;]{0,80}?\b(?:its|their)\s+(?:own\s+)?(?:airspace|air\s+space|skies|territory|territorial\s+waters)\b/i;
/** What follows a state named as the clause's subject up to its deed: "said its air force had also ", "'s air defences ". */
const STATE_SUBJECT_AFTER = /^(?:['’]s\s+(?:[\w-]+\s+){1,3}|\s+(?:said|says|announced|reported|stated)\s+(?:that\s+)?(?:its|it)\s+(?:[\w-]+\s+){0,5})$/i;

/** Before a country named as a scene: "in northern ", "across ". */
const ABROAD_BEFORE = /\b(?:in|across|inside|over|into)\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?$/i;

let followUp: RegExp | undefined;
/** Where a clause's opening "Hours after X," ends (before the cue at `cueStart`), or -1. */
function followUpEnd(text: string, cs: number, cueStart: number): number {
  followUp ??= new RegExp(modality().follow_up_opener, "i");
  const f = followUp.exec(text.slice(cs, cueStart));
  return f ? cs + f[0].length : -1;
}

/** A quarter of a city: its kind word after its name ("the San José neighbourhood"), or "colonia(s)"/"barrio(s)" before (not "the neighbourhoods of X": X is the town). */
const QUARTER_AFTER = /^\s+(?:neighbou?rhoods?|suburbs?|quarters?|barrios?|colonias?)\b/i;
const QUARTER_BEFORE = /\b(?:colonias?|barrios?)\s+(?:(?:\p{Lu}[\p{L}'’-]*|de|del|la|las|los|el)(?:,\s+|\s+))*(?:and\s+)?$/u;
/** Farther than this from its city, a quarter's namesake is another place. */
const QUARTER_KM = 30;

/** A word for a city quarter right before the place ("the colonias ..."). */
function quarterBefore(si: SentenceInfo, c: PlaceHit): boolean {
  return QUARTER_BEFORE.test(si.text.slice(Math.max(0, rel(si, c) - 80), rel(si, c)));
}

/**
 * "in Barranquilla's San José neighbourhood", "in the colonias Lomas del Real, Bienestar and Almaguer" (of a
 * city told in the sentence): a city quarter the gazetteer only knows as a namesake town far away lies in the
 * city, so the city is the scene.
 */
function cityOfFarQuarter(si: SentenceInfo, cands: PlaceHit[], pick: PlaceHit, ctx: ArticleContext): PlaceHit | undefined {
  const q = pick.place;
  if (pick.mention.kind !== "place" || q?.latitude == null || q.longitude == null) return undefined;
  const at = rel(si, pick), e = pick.mention.nameEnd - si.start;
  const owner = cands.find((c) => c !== pick && c.mention.kind === "place" && possessiveEnd(si, c) === at);
  const quarter = owner ? QUARTER_AFTER.test(si.text.slice(e, e + 16)) : quarterBefore(si, pick);
  if (!quarter) return undefined;
  // the city owning it, else the nearest city of its country in the sentence, else the dateline's city
  const first = ctx.sentences[0];
  const city = owner ?? cands.filter((c) => c !== pick && c.mention.kind === "place" && c.place?.country === q.country && !quarterBefore(si, c)).sort((a, b) => Math.abs(rel(si, a) - at) - Math.abs(rel(si, b) - at))[0]
    ?? first?.places.find((c) => c.mention.kind === "place" && c.place?.country === q.country && c.mention.nameStart - first.start < datelineLength(first));
  const c = city?.place;
  if (c?.latitude == null || c.longitude == null) return undefined;
  return haversineKm(c.latitude, c.longitude, q.latitude, q.longitude) > QUARTER_KM ? city : undefined;
}

/**
 * "Fighting broke out in Kunduz province as Taliban fighters stormed the provincial capital": a town of the
 * region picked, named later in the clause, is the more precise scene (the region only framed it).
 */
function townOfRegion(si: SentenceInfo, cands: PlaceHit[], pick: PlaceHit, clauseEnd: number): PlaceHit | undefined {
  const region = pick.place;
  if (pick.mention.kind !== "admin1" || !region?.admin1) return undefined;
  // "on the southern edge of Tigray, around the town of Kobo in the Amhara region": a region told by its edge is where
  // the scene lies against, and the town the clause names after it is the scene, in whatever region it lies.
  const at = pick.mention.nameStart - si.start;
  if (REGION_EDGE_BEFORE.test(si.text.slice(Math.max(0, at - 40), at))) {
    const town = cands.find((q) => q !== pick && rel(si, q) > rel(si, pick) && rel(si, q) < clauseEnd && q.mention.kind === "place" && q.place?.country === region.country && q.place.geo_precision < 3 && !possessive(si, q));
    if (town) return town;
  }
  // a first-level unit itself, not a district told with its unit word ("Haryana's Nuh district")
  if (!candidates(pick.mention.name, false).rows.some((r) => r.kind === "admin1" && r.country === region.country && fold(r.name) === fold(region.admin1))) return undefined;
  return cands.find((q) => q !== pick && rel(si, q) > rel(si, pick) && rel(si, q) < clauseEnd && q.mention.kind === "place" &&
    q.place?.country === region.country && q.place.admin1 === region.admin1 && q.place.geo_precision < 3 && !possessive(si, q));
}

/** Before a region told as the line a scene lies against: "on the southern edge of ", "along the border of ". */
const REGION_EDGE_BEFORE = /\b(?:edges?|fringes?|borders?|boundary|outskirts)\s+of\s+(?:the\s+)?$/i;

/**
 * Between a place and the unit that frames it: ", in Mudiyah district of ", ", in ", " of " (no second scene), and the
 * address form of local outlets and NGO bulletins, ", Mudiyah district, " ("in Wadi X, Mudiyah district, Abyan
 * governorate").
 */
const FRAME_GAP = /^(?:\s+(?:valley|area|district|village|town))?(?:,?\s+(?:in|of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+(?:district|county|area)\s+(?:of|in)\s+(?:the\s+)?)?|,\s+(?:[\p{L}'’-]+\s+){1,2}(?:district|county|area),\s+)$/u;
/** After a unit's name, the word that makes it a first-level unit told as a frame. */
const UNIT_WORD_AFTER = /^\s+(?:governorate|province|state|region)\b/;
const UNIT_WORD_END = /\s(?:governorate|province|state|region)$/i;

/**
 * "in Wadi X, in Y district of Z governorate": when the first place after the cue lies outside the unit the
 * sentence names as its frame right after it (a namesake elsewhere in the country), a place told inside
 * that unit, or the unit itself, is the scene.
 */
function insideNamedUnit(si: SentenceInfo, cands: PlaceHit[], pick: PlaceHit, clauseEnd: number): PlaceHit | undefined {
  const a1 = pick.place?.admin1;
  if (!a1 || !pick.place) return undefined;
  const e = pick.mention.nameEnd - si.start;
  const unit = cands.find((q) => q !== pick && q.mention.kind === "admin1" && q.mention.nameStart - si.start > e && rel(si, q) < clauseEnd &&
    (UNIT_WORD_END.test(q.mention.name) || UNIT_WORD_AFTER.test(si.text.slice(q.mention.nameEnd - si.start, q.mention.nameEnd - si.start + 14))));
  const region = unit?.place;
  if (!unit || !region?.admin1 || region.country !== pick.place.country || region.admin1 === a1) return undefined;
  const u = unit.mention.nameStart - si.start;
  if (!FRAME_GAP.test(si.text.slice(e, u))) return undefined;
  const town = cands.find((q) => q !== pick && q !== unit && q.mention.kind === "place" && q.mention.nameStart - si.start > e && q.mention.nameStart - si.start < u && q.place?.admin1 === region.admin1);
  return town ?? unit;
}

/** An unnamed place told only as near the scene: "a nearby village", "the neighbouring town". */
const NEARBY_UNNAMED = /\b(?:a|an|the|another)\s+(?:nearby|neighbou?ring|adjacent|surrounding)\s+(?:villages?|towns?|hamlets?|settlements?|camps?|localit(?:y|ies)|communit(?:y|ies)|areas?)\b/i;

/** A scene told only as an unnamed place after the cue: "around a border village", "in a remote village", "at a nearby camp". */
const VAGUE_SCENE = /\b(?:around|in|at|near|into|outside|on)\s+(?:a|an|another|one)\s+(?:(?:nearby|neighbou?ring|remote|border|frontier|small|rural|mountain|desert|farming|fishing|isolated)\s+)?(?:villages?|towns?|hamlets?|settlements?|localit(?:y|ies)|communit(?:y|ies)|outposts?|border\s+posts?)\b/i;

/** The same scene, known only to lie near the named place (ACLED: geo_precision 2). */
function nearOnly(p: PlaceHit): PlaceHit {
  const q = p.place;
  return !q || q.geo_precision >= 2 ? p : { ...p, place: { ...q, geo_precision: 2 } };
}

/** "between" (or "between the towns of") right before a place name: the stretch between two towns. */
export const BETWEEN_BEFORE = /\b(?:between|(?:road|highway|route|motorway|expressway)\s+(?:linking|connecting))\s+(?:the\s+)?(?:(?:towns?|cities|city|villages?)\s+of\s+)?$/i;

/** "the road from Zaria (to Kano)": a road told by the town it starts from. */
const ROAD_FROM = /\b(?:road|highway|route|motorway|expressway)\s+from\s+$/i;

/**
 * "on the road between Beni and Butembo", "on the road from Zaria to Kano": somewhere between two towns,
 * coded at the first (precision 2).
 */
function between(si: SentenceInfo, p: PlaceHit): boolean {
  const r = rel(si, p);
  const before = si.text.slice(Math.max(0, r - 30), r);
  const join = BETWEEN_BEFORE.test(before) ? /^\s+and\s+$/ : ROAD_FROM.test(before) ? /^\s+to\s+$/ : undefined;
  return !!join && si.places.some((q) => q !== p && q.mention.kind === "place" && join.test(si.text.slice(p.mention.nameEnd - si.start, rel(si, q))));
}

/** The words between the two ends of a road told as "between Y and W" or "from Y to W". */
const ROAD_AND = /^\s+and\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
const ROAD_TO = /^\s+(?:to|towards?)\s+(?:the\s+)?$/i;
/** "the Gao–Ansongo road": a dash between two names, then a word for a road. */
const ROAD_DASH = /^\s*[-–—]\s*$/;
const ROAD_WORD_AFTER = /^\s+(?:main\s+)?(?:road|highway|expressway|motorway|route|axis|corridor)\b/i;
const ROAD_ON_BEFORE = /\b(?:road|highway|expressway|motorway|route|axis)\s+$/i;
/** A road's two ends this far apart or more are too far for the middle to stand for a spot on it. */
const ROAD_MAX_KM = 160;
let distanceInClause: RegExp | undefined;

/**
 * "on the road between Kaya and Dori", "on the Gao–Ansongo road", "on the road linking Beni and Butembo": a spot on a
 * road told only by the towns at its ends is coded at the road's middle (precision 2), not at its first town: the
 * middle is never more than half the road from the spot, the first town may be the whole road away. Not when the
 * clause places the spot by a distance ("about 10 km from Kaya": that town is the anchor) or names a known place on
 * the road ("near Mainok": that place was picked, no end of the road); nor when the ends lie in two countries.
 */
function roadMidpoint(si: SentenceInfo, pick: PlaceHit, cs: number, ce: number): PlaceHit | undefined {
  const a = pick.place;
  if (pick.mention.kind !== "place" || a?.latitude == null || a.longitude == null || a.geo_precision === 3) return undefined;
  const r = rel(si, pick);
  const e = pick.mention.nameEnd - si.start;
  const before = si.text.slice(Math.max(0, r - 40), r);
  const gapTo = (q: PlaceHit) => si.text.slice(e, rel(si, q));
  const gapFrom = (q: PlaceHit) => si.text.slice(q.mention.nameEnd - si.start, r);
  const others = si.places.filter((q) => q !== pick && q.mention.kind === "place");
  let other: PlaceHit | undefined;
  if (BETWEEN_BEFORE.test(before)) other = others.find((q) => rel(si, q) > r && ROAD_AND.test(gapTo(q)));
  else if (ROAD_FROM.test(before)) other = others.find((q) => rel(si, q) > r && ROAD_TO.test(gapTo(q)));
  if (!other) {
    // "the Gao–Ansongo road": the pick is either end.
    other = others.find((q) => rel(si, q) > r && ROAD_DASH.test(gapTo(q)) && ROAD_WORD_AFTER.test(si.text.slice(q.mention.nameEnd - si.start, q.mention.nameEnd - si.start + 20)));
    if (!other && ROAD_WORD_AFTER.test(si.text.slice(e, e + 20))) other = others.find((q) => rel(si, q) < r && ROAD_DASH.test(gapFrom(q)));
  }
  // ("the road from Kaya": a road told by one town only stays at that town.)
  if (!other && ROAD_ON_BEFORE.test(before)) return undefined;
  const b = other?.place;
  if (b?.latitude == null || b.longitude == null || b.country !== a.country || b.geo_precision === 3) return undefined;
  const km = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
  if (km <= 0 || km > ROAD_MAX_KM) return undefined;
  distanceInClause ??= new RegExp(distancePhraseSource(), "i");
  if (distanceInClause.test(si.text.slice(cs, ce))) return undefined;
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return { ...pick, place: { ...a, latitude: round((a.latitude + b.latitude) / 2), longitude: round((a.longitude + b.longitude) / 2), geo_precision: 2 } };
}

let namedSiteRe: RegExp | undefined;
/** A site told by its own name ("Liberty Square", "Hamid Karzai International Airport"): its kind word is group 1. */
// Case matters: each word of the name and the kind word are capitalised ("Liberty Square", not "the main square").
const NAMED_SITE = () => (namedSiteRe ??= new RegExp(String.raw`\b(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(${lexicon().cues.namedSite.sites.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")})\b`, "gu"));

/** The kind of named site a stretch of text gives as a scene ("gathered in Liberty Square" -> "square"), if any. */
function namedSiteIn(text: string): string | undefined {
  const re = NAMED_SITE();
  re.lastIndex = 0;
  const x = re.exec(text);
  return x ? x[1]!.toLowerCase() : undefined;
}

/**
 * "gathered in Liberty Square", "at the gate of the International Airport": a clause whose only scene is a named
 * site takes the town the report ties that kind of site to ("at Kabul airport", "the main market in X", "X's
 * square"), the latest told up to this sentence; a city square with no such tie is the dateline's city. Not the
 * previous sentence's town, which may be another event's.
 */
function townOfNamedSite(m: Mention, ctx: ArticleContext): PlaceHit | undefined {
  const si = m.sentence;
  let kind = namedSiteIn(si.text.slice(m.clause[0], m.clause[1]));
  let siteIdx = si.idx;
  // "Thursday's bombing hit crowds at the gate of X International Airport. A bomber set off a vest ...": the
  // sentence before in the paragraph, naming no town either, gives the site.
  const prev = ctx.sentences[si.idx - 1];
  if (!kind && prev && prev.para === si.para && !prev.places.some((p) => usable(p, prev, ctx) && p.mention.kind !== "country")) {
    kind = namedSiteIn(prev.text);
    siteIdx = prev.idx;
  }
  if (!kind) return undefined;
  const noun = String.raw`(?:international\s+)?${kind}s?\b`;
  const after = new RegExp(String.raw`^(?:\s+|['’]s\s+(?:[\p{Ll}-]+\s+){0,2})${noun}`, "iu");
  const before = new RegExp(String.raw`\b${noun}\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?$`, "iu");
  let tied: PlaceHit | undefined;
  for (const s of ctx.sentences) {
    // (A town in the site's own sentence would have been the scene: one named there is the site's own name, "Toi Market".)
    if (s.idx >= siteIdx) break;
    for (const p of s.places) {
      if (p.mention.kind !== "place" || p.place?.latitude == null || p.place.geo_precision !== 1) continue;
      const r = p.mention.nameStart - s.start, e = p.mention.nameEnd - s.start;
      if (after.test(s.text.slice(e, e + 60)) || before.test(s.text.slice(Math.max(0, r - 60), r))) tied = p;
    }
  }
  if (tied) return tied;
  if (!lexicon().cues.namedSite.cityCentre.includes(kind)) return undefined;
  const first = ctx.sentences[0];
  return first?.places.find((p) => p.mention.kind === "place" && p.place?.latitude != null && p.place.geo_precision === 1 && p.mention.nameStart - first.start < datelineLength(first) && (!ctx.countries[0] || p.place.country === ctx.countries[0]));
}

/** A clause that names no scene of its own takes the latest event's, else a nearby sentence's, else the dateline's. */
/** "into ", "into the province of ": what went there, not where something happened. */
const INTO_BEFORE = /\binto\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:of\s+)?$/u;

function inheritPlace(m: Mention, ctx: ArticleContext, earlier: Mention[]): void {
  const si = m.sentence;
  m.placeInherited = true;
  const site = townOfNamedSite(m, ctx);
  if (site) {
    m.place = site;
    return;
  }
  const live = [...earlier].reverse().filter((x) => !x.drop && x.place);
  const samePara = live.find((x) => x.sentence.para === si.para);
  if (samePara) {
    m.place = samePara.place;
    m.placeFromDateline = samePara.placeFromDateline;
    return;
  }
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - 2; i--) {
    const s = ctx.sentences[i]!;
    // Places past "after a court in X sentenced ..." in a sentence whose event was told are that cause's scene.
    const causes = live.filter((x) => x.sentence === s && causeStart(x) < Infinity).map((x) => [causeStart(x), x.clause[1]]);
    const p = s.places.filter((x) => usable(x, s, ctx) && x.mention.kind !== "country" && !causes.some(([a, b]) => x.mention.start - s.start > a! && x.mention.start - s.start < b!)).sort((a, b) => specificity(b) - specificity(a))[0];
    // "... carried over the frontier into Yunnan province in China. ... A junta jet dropped bombs on a quarter": a place
    // abroad that something went into, in a sentence with no event of its own, is no scene to carry over while the
    // report's latest event lies in its own country ("sirens sounded in the Israeli town of X" still is).
    if (p && !live.some((x) => x.sentence === s) && live[0]?.place?.place && ctx.countries[0] && p.place?.country !== ctx.countries[0] && live[0].place.place.country === ctx.countries[0] && INTO_BEFORE.test(s.text.slice(Math.max(0, p.mention.nameStart - s.start - 30), p.mention.nameStart - s.start))) continue;
    if (p) {
      // "the base, about 60 km north of Kabul": a sentence describing the latest event's scene again.
      // (A road's first town that the latest event was coded beside, at the road's middle, is that event's scene again,
      // unless this sentence names the town itself: "residents who returned to Tarhuna found shops looted" is in town.)
      const road = live[0]?.place?.mention === p.mention && !si.places.some((q) => q.place?.geonameid != null && q.place.geonameid === p.place?.geonameid);
      m.place = live[0] && (road || sameScene(live[0].place!, p)) ? live[0].place : p;
      return;
    }
  }
  if (live[0]) {
    m.place = live[0].place;
    m.placeFromDateline = live[0].placeFromDateline;
    return;
  }
  const office = officeRegion(si, ctx);
  if (office) {
    m.place = office;
    return;
  }
  // The dateline comes late: reporters file from capitals far from the events.
  const first = ctx.sentences[0];
  const dl = first?.places.find((p) => p.place?.latitude != null && p.mention.nameStart - first.start < datelineLength(first) && (!ctx.countries[0] || p.place.country === ctx.countries[0]));
  if (dl) {
    // "... in the town of Zarabad" that the gazetteer lacks: the dateline is where the reporter filed, not the
    // scene, which lies somewhere in its country. ACLED's precision 3 says only that larger area is known.
    m.place = sceneUnknown(m) && dl.place!.geo_precision < 3 ? { ...dl, place: { ...dl.place!, geo_precision: 3 } } : dl;
    m.placeFromDateline = true;
    return;
  }
  const all = ctx.sentences.flatMap((s) => s.places.filter((p) => usable(p, s, ctx) && p.mention.kind !== "country" && p.place?.country === ctx.countries[0]));
  if (all[0]) m.place = all[0];
  else {
    const country = ctx.sentences.flatMap((s) => s.places).find((p) => p.mention.kind === "country" && p.place && (!ctx.countries[0] || p.place.country === ctx.countries[0]));
    if (country) m.place = country;
  }
}

const BEARING_OF = /\b(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
const DISTANCE_BEARING = /\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s|miles)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** How far from a town told by its outskirts a place may lie and still be that scene told more closely (a suburb). */
const OUTSKIRTS_KM = 20;

/**
 * A later sentence naming a more precise place nearby ("The strike hit a village in Nawnghkio
 * township") refines a mention placed only at a region, a country, "near"/"outskirts of" a town,
 * or at the dateline (where the reporter filed from, not where it happened). The first such
 * place in the sentence wins: reference points ("70 km south of the state capital") come later.
 */
export function refinePlace(m: Mention, si: SentenceInfo, ctx?: ArticleContext): void {
  const cur = m.place?.place;
  if (!cur || cur.latitude == null || cur.longitude == null) return;
  const fromDateline = !!m.placeFromDateline;
  const coarse = fromDateline || m.place!.mention.kind !== "place" || cur.geo_precision > 1;
  if (!coarse) return;
  // A region or a country is refined by a town, or by "the X area"; a town-level "near X" only by a town.
  const broad = fromDateline || m.place!.mention.kind !== "place" || cur.geo_precision === 3;
  const places = [...si.places].sort((a, b) => a.mention.start - b.mention.start);
  // "Fighting broke out in Debre Markos on Tuesday, a day after a drone strike near the town of Dembecha killed seven.
  // Two residents of Debre Markos said ...": a next sentence naming a town the mention's own sentence told as another
  // clause's scene elaborates that scene, not this one ("near Dembecha" stays).
  const own = m.sentence;
  const otherScene = (q: NonNullable<PlaceHit["place"]>) => si !== own && !fromDateline && !m.placeInherited && m.place!.mention.kind === "place" &&
    own.places.some((o) => o !== m.place && o.mention.kind === "place" && o.mention.nameStart - own.start >= datelineLength(own) && !!o.place && (o.place.geonameid != null ? o.place.geonameid === q.geonameid : o.place.name === q.name) && (o.place.geonameid == null || o.place.geonameid !== cur.geonameid));
  for (const p of places) {
    const q = p.place;
    if (!q || q.latitude == null || q.longitude == null || p.mention.kind === "country") continue;
    if (otherScene(q)) continue;
    // Past a dateline even a region will do ("in the eastern Lublin region"); else a town or "the X area".
    // A country is refined by a region of its own too ("in eastern Afghanistan" - "in Nangarhar province").
    const regionOfCountry = m.place!.mention.kind === "country" && p.mention.kind === "admin1";
    if (p.mention.kind !== "place" && !fromDateline && !regionOfCountry) continue;
    // "near X" (a bearing, no distance) is refined by a point the text fixes more closely ("Y, 40 km east of X").
    const closer = !broad && m.place!.mention.qualifier === "near" && q.geo_precision === 2 && (p.mention.offsetKm !== undefined || fold(p.mention.name) !== fold(q.location)) && haversineKm(cur.latitude, cur.longitude, q.latitude, q.longitude) > 3;
    if (q.geo_precision !== 1 && !(broad && q.geo_precision === 2) && !fromDateline && !regionOfCountry && !closer) continue;
    if (q.country !== cur.country) continue;
    // A region is refined only by a place inside it.
    if (!fromDateline && m.place!.mention.kind === "admin1" && q.admin1 && cur.admin1 && q.admin1 !== cur.admin1) continue;
    if (ctx && !usable(p, si, ctx)) continue;
    // "west of the state capital Kassala": a bearing with no distance makes the town a landmark
    // for describing the scene, not a more precise scene.
    // A distance before the bearing ("The village lies 30 km north of X") places the scene off the town: past a
    // dateline that town is where an ACLED coder puts it.
    const lead = si.text.slice(Math.max(0, p.mention.nameStart - si.start - 60), p.mention.nameStart - si.start);
    if (BEARING_OF.test(lead) && !(fromDateline && DISTANCE_BEARING.test(lead))) continue;
    // A dateline city is no anchor: the scene may be anywhere in its country. A region is coded at its
    // capital, which may lie far from a town inside it: being in the region is enough.
    const inRegion = m.place!.mention.kind === "admin1" && !!q.admin1 && q.admin1 === cur.admin1;
    // "in northern Iraq" is coded at one region at that end of the country: any town of it may refine the scene.
    const countryPart = m.place!.mention.kind === "country" && !!ctx && !!bearingBefore(ctx.input.text, m.place!.mention.nameStart);
    if (!fromDateline && !inRegion && !countryPart && haversineKm(cur.latitude, cur.longitude, q.latitude, q.longitude) > 150) continue;
    // "shelled the outskirts of Orikhiv" is at that town: only a suburb of it refines the scene, not a city 50 km
    // away that a later sentence (the attacker's statement) names ("struck facilities in Zaporizhzhia").
    if (!broad && m.place!.mention.qualifier === "outskirts" && haversineKm(cur.latitude, cur.longitude, q.latitude, q.longitude) > OUTSKIRTS_KM) continue;
    // The dateline town named again is no refinement; a village placed off it ("Koya, 60 km east of
    // Erbil") carries the town's geonameid but lies elsewhere, so the point decides too.
    if (fromDateline && p.place?.geonameid != null && p.place.geonameid === cur.geonameid && haversineKm(cur.latitude, cur.longitude, q.latitude, q.longitude) < 3) continue;
    // "KERCH, Crimea — ...; officials in Crimea said": a region holding the dateline town confirms the town.
    if (fromDateline && p.mention.kind !== "place" && q.admin1 && q.admin1 === cur.admin1) continue;
    m.place = p;
    m.placeFromDateline = false;
    return;
  }
}

// How a clause vouches for a place the gazetteer lacks: "the village of X", "X, a town ...", "X, 20 km north of Y".
const SURE_MISSING = new Set(["place noun", "apposition", "distance"]);
/** The mention's clause names its scene, a place the gazetteer cannot find. */
const sceneUnknown = (m: Mention) => missingPlaceMentions(m.sentence.text.slice(m.clause[0], m.clause[1])).some((x) => SURE_MISSING.has(x.cue));

/** A run of capitalised words (with Arabic articles and hyphens): a candidate toponym. */
const NAME = String.raw`((?:al-|el-|an-|ad-|ar-|as-|ash-|at-|az-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]*){0,3})`;
/**
 * Wording that says a name is a place whatever else the name may look like: "the town of Douma said",
 * "Bagram airfield", a dateline "BAGRAM, Afghanistan —". The toponym finder is cautious with small
 * places (no population, a speech verb after, a capital before); this evidence outweighs that.
 */
const OF_PLACE = new RegExp(String.raw`\b(?:(?:towns?|villages?|city|cities|hamlets?|settlements?|camp|suburbs?|neighbou?rhoods?|locality|district|township|commune)\s+of\s+(?:the\s+)?|(?:district|provincial|regional|state|county|departmental|municipal)\s+capital,?\s+)${NAME}`, "gu");
const FACILITY_WORD = /\b(?:[Aa]irfield|[Aa]irport|[Aa]ir\s+[Bb]ase|[Aa]irbase|[Mm]ilitary\s+[Bb]ase|[Nn]aval\s+[Bb]ase|[Rr]efugee\s+[Cc]amp|[Bb]order\s+[Cc]rossing|[Cc]rossing|[Vv]alley|[Pp]ass)\b/;
const PLACE_FACILITY = new RegExp(String.raw`${NAME}\s+${FACILITY_WORD.source.slice(2, -2)}\b`, "gu");
const PLACE_AREA = new RegExp(String.raw`(?:\bthe|\p{L}['’]s)\s+${NAME}\s+(?:district|township|county|municipality)\b`, "gu");
/**
 * "the Abuja-Kaduna road", "the Kabul-Jalalabad highway": the first town of the pair (group 1). A match is found at
 * its hyphen, the first town read back from there (the match starts group 1's length before its index): written
 * from the first town's capital, with the look-behind for a word start in front, the regex was tried at every
 * offset of the report (~80 µs a report, session 23), where now the engine skips to the hyphens. The matches are
 * the same: the first town's letters and its capital are told apart from the hyphen back, one way only.
 */
const TWO_TOWN_ROAD = /-(?<=(?<![\p{L}-])(\p{Lu}[\p{Ll}'’]+)-)\p{Lu}[\p{Ll}'’]+\s+(?:road|highway|expressway|motorway)\b/gu;
const DATELINE_NAME = /^\s*(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2}),\s+\p{Lu}/u;

/** "the Somali capital" not followed by the city's name ("the Somali capital Mogadishu" names it outright). */
const DEMONYM_CAPITAL = /\bthe\s+(\p{Lu}[\p{L}'’-]+)\s+capital\b(?!,?\s+\p{Lu})/gu;

/** The capital of the country a demonym names, when the demonym names one country only. */
function capitalOf(demonym: string): string | undefined {
  const key = fold(demonym);
  const hits = [...gazetteer().countries.values()].filter((c) => c.demonyms.some((d) => fold(d) === key));
  return hits.length === 1 && hits[0]!.capital ? hits[0]!.capital : undefined;
}

/**
 * "in the Somali capital": the capital of the country the demonym names (ACLED codes it as that city).
 * It replaces whatever the finder took the demonym for (the Somali Region of Ethiopia).
 */
export function demonymCapitals(text: string, found: readonly PlaceMention[]): { add: PlaceMention[]; drop: Set<PlaceMention> } {
  const add: PlaceMention[] = [];
  const drop = new Set<PlaceMention>();
  if (!/\scapital\b/.test(text)) return { add, drop };
  for (const m of text.matchAll(DEMONYM_CAPITAL)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    const end = m.index! + m[0].length;
    const capital = capitalOf(m[1]!);
    if (!capital) continue;
    for (const f of found) if (at < f.nameEnd && end > f.nameStart) drop.add(f);
    add.push({ name: capital, start: at, end, nameStart: at, nameEnd: end, kind: "place" });
  }
  return { add, drop };
}

/** "the capital" told alone: not "the capital, Nairobi" nor "the capital Bamako" (the finder has the name), not
 *  "the state capital" (no word between), and "the capital of X" only when X is a country. */
const BARE_CAPITAL = /\bthe\s+capital\b(?!,?\s+\p{Lu}|\s+(?:city|region|district|territory|area)\b)(?:\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))?/gu;

/** "a region north of", "an area about 100 km south of" right before "the capital": an area told by its bearing. */
const AREA_BEARING_BEFORE = /\b(?:region|area|zone|belt|plain|valley|part|district|province)\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?\s+of\s+$/i;

let nearCapital: RegExp | undefined;
/** Words before "the capital" that put the scene near it or on its edge (the gazetteer's near and outskirts cues). */
function capitalQualifier(before: string): "near" | "outskirts" | undefined {
  if (!nearCapital) {
    const cues = lexicon().cues;
    const alt = (ws: string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|");
    nearCapital = new RegExp(String.raw`(?:\b(${alt(cues.near)}|(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?\s+of)|\b(${alt(cues.outskirts)}|suburb\s+of|outlying\s+\w+\s+of))\s+$`, "i");
  }
  const m = nearCapital.exec(before);
  return !m ? undefined : m[1] ? "near" : "outskirts";
}

/**
 * "in the capital" with no country named with it: the capital of the country the report is about (ACLED codes
 * it as that city, precision 1; "near", "on the outskirts of" or "in a suburb of the capital" at precision 2).
 * "the capital of Kenya" names its country. Not when a name stands in apposition before ("Mogadishu, the capital,").
 */
export function bareCapitals(text: string, found: readonly PlaceMention[], country: string | undefined, published?: string): { add: PlaceMention[]; drop: Set<PlaceMention> } {
  const out: PlaceMention[] = [];
  const drop = new Set<PlaceMention>();
  if (!/\bthe\s+capital\b/.test(text)) return { add: out, drop };
  const byCode = gazetteer().countries;
  for (const m of text.matchAll(BARE_CAPITAL)) {
    const at = m.index!;
    const end = at + m[0].length;
    // "the capital of Kenya": the country's mention gives way to its capital's.
    const over = found.filter((f) => at < f.end && end > f.start);
    if (over.some((f) => !(m[1] && f.kind === "country"))) continue;
    if (/\p{Lu}[\p{L}'’-]*,\s*$/u.test(text.slice(Math.max(0, at - 30), at))) continue; // "Mogadishu, the capital"
    // "stormed X ..., in a rice-growing region north of the capital": an area told by its bearing from the capital
    // describes where the town named before it in the sentence lies; the capital is no scene of its own.
    if (AREA_BEARING_BEFORE.test(text.slice(Math.max(0, at - 60), at))) {
      const from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at));
      if (found.some((f) => f.kind === "place" && f.start > from && f.end <= at)) continue;
    }
    // "In Ettadhamen, a poor neighbourhood on the capital's western outskirts, ...": the capital in a town's
    // apposition says where that town lies; it is no scene of its own.
    if (found.some((f) => f.kind === "place" && f.end <= at && at - f.end <= 60 && PART_OF_CAPITAL_APPOSITION.test(text.slice(f.end, at)))) continue;
    let code = country;
    if (m[1]) {
      const key = fold(m[1]);
      code = [...byCode.values()].find((c) => fold(c.name) === key || c.aliases.some((a) => fold(a) === key))?.code;
    } else {
      // "In Kyiv, a missile hit a warehouse, killing 16 people in the capital" (a Moscow-datelined report): a country's
      // capital the same sentence named just before is the capital meant.
      const named = capitalNamedBefore(text, found, at, byCode);
      if (named) code = named;
    }
    const capital = code ? capitalOn(code, published) ?? byCode.get(code)?.capital : undefined;
    if (!capital) continue;
    const nameStart = at + m[0].indexOf("capital");
    const q = capitalQualifier(text.slice(Math.max(0, at - 40), at));
    out.push({ name: capital, start: at, end, nameStart, nameEnd: nameStart + 7, kind: "place", ...(q ? { qualifier: q } : {}) });
    for (const f of over) drop.add(f);
  }
  return { add: out, drop };
}

/** ", a poor neighbourhood on ", ", a district on the western edge of ": an apposition after a town's name, up to "the capital". */
const PART_OF_CAPITAL_APPOSITION = /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:neighbou?rhood|district|suburb|village|town|area|slum|township|quarter|commune|municipality)\s+(?:on|in|at|near|outside|of|just\s+outside)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** The country whose capital a place mention names earlier in the same sentence, within 200 characters of `at`. */
function capitalNamedBefore(text: string, found: readonly PlaceMention[], at: number, byCode: ReturnType<typeof gazetteer>["countries"]): string | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.end > at) continue;
    if (at - f.end > 200 || /[.!?]["”]?\s/.test(text.slice(f.end, at))) break;
    const key = fold(f.name);
    const c = [...byCode.values()].find((c) => fold(c.capital) === key);
    if (c) return c.code;
  }
  return undefined;
}

const UNIT_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** "the state capital", "the provincial capital of Ghazni", "the Tigray regional capital", "Zamfara's state capital":
 *  the seat of a first-level unit, with no town named after it ("the state capital Maiduguri" is the finder's). */
const UNIT_CAPITAL = new RegExp(String.raw`(?:\bthe\s+(?:(${UNIT_NAME})\s+)?|\b(${UNIT_NAME})['’]s\s+)(?:state|provincial|province|regional|region|governorate)(?:['’]s)?\s+capital\b(?!,?\s+\p{Lu}|\s+(?:city|town)\b)(?:\s+of\s+(${UNIT_NAME}))?`, "gu");

/**
 * "in the state capital": the capital of the first-level unit the report names there ("Zamfara's state capital",
 * "the provincial capital of Ghazni") or last named before ("... in Zamfara state ... in the state capital"), coded
 * as that town (precision 1; "near" or "on the outskirts of" it, 2). Not after a name in apposition ("Gusau, the
 * state capital"), and not when no unit is named before it.
 */
export function unitCapitals(text: string, found: readonly PlaceMention[], countries: string[]): { add: PlaceMention[]; drop: Set<PlaceMention> } {
  const out: PlaceMention[] = [];
  const drop = new Set<PlaceMention>();
  if (!/\scapital\b/.test(text)) return { add: out, drop };
  for (const m of text.matchAll(UNIT_CAPITAL)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (/\p{Lu}[\p{L}'’-]*,\s*$/u.test(text.slice(Math.max(0, at - 30), at))) continue; // "Gusau, the state capital"
    const named = m[1] ?? m[2] ?? m[3];
    const inside = found.filter((f) => at < f.end && end > f.start);
    const unit: PlaceMention | undefined = named
      ? { name: named, start: at, end, nameStart: at, nameEnd: end, kind: "admin1", qualifier: "region" }
      : [...found].reverse().find((f) => f.kind === "admin1" && f.end <= at);
    if (!unit) continue;
    const seat = capitalOfUnit(unit, text, countries, found);
    if (!seat) continue;
    const nameStart = at + m[0].indexOf("capital");
    const q = capitalQualifier(text.slice(Math.max(0, at - 40), at));
    out.push({ name: seat, start: at, end, nameStart, nameEnd: nameStart + 7, kind: "place", ...(q ? { qualifier: q } : {}) });
    for (const f of inside) drop.add(f);
  }
  return { add: out, drop };
}

/** The seat of a first-level unit as the gazetteer knows it (the town it codes the unit at), if it knows one. */
function capitalOfUnit(unit: PlaceMention, text: string, countries: string[], found: readonly PlaceMention[]): string | undefined {
  const r = resolvePlace({ ...unit, kind: "admin1", qualifier: "region" }, { text, countries, mentions: found });
  if (!r?.admin1 || r.geo_precision !== 3 || !r.location) return undefined;
  // a unit whose seat the gazetteer does not know sits at the mean of its towns, under its own name
  return r.location !== r.admin1 || capitalNamedLikeUnit(r) ? r.location : undefined;
}

/** Kherson oblast's seat is Kherson: a town of the unit's name in that unit. */
function capitalNamedLikeUnit(r: NonNullable<ReturnType<typeof resolvePlace>>): boolean {
  return candidates(r.location, false).rows.some((row) => row.kind === "place" && row.country === r.country && fold(gazetteer().admin1[`${row.country}.${row.a1}`] ?? "") === fold(r.admin1));
}

/** Places the wording vouches for that the toponym finder left out (offsets into `text`). */
export function placesByEvidence(text: string, found: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const hits: [string, number][] = [];
  // The regexes run only where their key words occur: most reports have none of them.
  const d = DATELINE_NAME.exec(text);
  if (d) hits.push([d[1]!, d.index + d[0].indexOf(d[1]!)]);
  if (/\b(?:of|capital)\s/.test(text)) for (const m of text.matchAll(OF_PLACE)) hits.push([m[1]!, m.index! + m[0].lastIndexOf(m[1]!)]);
  if (FACILITY_WORD.test(text)) for (const m of text.matchAll(PLACE_FACILITY)) hits.push([m[1]!, m.index! + m[0].indexOf(m[1]!)]);
  // "the Tamenglong district", "Assam's Cachar district": a small town named for the area around it (precision 2).
  const areaAt = new Set<number>();
  if (/\b(?:district|township|county|municipality)\b/.test(text)) {
    for (const m of text.matchAll(PLACE_AREA)) {
      const at = m.index! + m[0].indexOf(m[1]!);
      hits.push([m[1]!, at]);
      areaAt.add(at);
    }
  }
  // "the Abuja-Kaduna road": a road named for the two towns it links is coded near the first (precision 2).
  if (/\b(?:road|highway|expressway|motorway)\b/.test(text)) {
    for (const m of text.matchAll(TWO_TOWN_ROAD)) {
      const at = m.index! - m[1]!.length;
      hits.push([m[1]!, at]);
      areaAt.add(at);
    }
  }
  for (const [name, at] of hits) {
    if (found.some((f) => at < f.nameEnd && at + name.length > f.nameStart) || out.some((f) => f.nameStart === at)) continue;
    // The longest leading run of words the gazetteer knows as a place ("Bagram" of "Bagram Air"), but not one a
    // name-like word goes on from: "the village of Kan Thar Yar" is no "Kan", "King Khalid air base" no "King".
    const words = name.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      if (n < words.length && !lexicon().common.has(fold(words[n]!))) continue;
      const span = words.slice(0, n).join(" ");
      const rows = candidates(span, false).rows.filter((r) => r.kind === "place" || r.kind === "feature");
      if (!rows.length) continue;
      const end = at + text.slice(at).indexOf(words[n - 1]!) + words[n - 1]!.length;
      const p: PlaceMention = { name: text.slice(at, end), start: at, end, nameStart: at, nameEnd: end, kind: "place" };
      if (areaAt.has(at)) p.qualifier = "near";
      out.push(p);
      break;
    }
  }
  // Names the gazetteer lacks that the text places relative to a known place ("Dovrenka, about 25 km
  // west of Balakliya"): every capitalised occurrence is a place, resolved at that known place.
  const anchors = placeAnchors(text, out.length ? [...found, ...out] : found);
  if (anchors.size) {
    const lx = lexicon();
    const taken = [...found, ...out];
    const keys = [...anchors.keys()].filter((k) => !k.split(" ").every((w) => lx.common.has(w)));
    const spans = keys.length ? tokenSpans(text) : [];
    for (const key of keys) {
      // Placed only "in the Lublin region": the name stands for that region, and is refined like it.
      // Placed off "the North Kordofan capital", it is a place near that town.
      const to = anchors.get(key)!.to;
      const kind = to.kind === "admin1" && !to.unitCapital && candidates(to.name, false).rows.some((r) => r.kind === "admin1") ? "admin1" : "place";
      for (let i = 0; i < spans.length; i++) {
        const at = spans[i]![0];
        const c = text[at]!;
        if (c === c.toLowerCase() && !/^(?:al|el|an|ad|ar|as|ash|at|az)-/.test(text.slice(at, at + 4))) continue;
        // Tokens join across spaces and hyphens: "Wad al-Hilal" is two tokens, three folded words.
        let j = i, k = fold(text.slice(at, spans[i]![1]));
        while (k.length < key.length && j + 1 < spans.length && key.startsWith(k + " ")) j++, k = fold(text.slice(at, spans[j]![1]));
        const end = spans[j]![1];
        if (k !== key || taken.some((f) => at < f.nameEnd && end > f.nameStart)) continue;
        const p: PlaceMention = { name: text.slice(at, end), start: at, end, nameStart: at, nameEnd: end, kind };
        out.push(p);
        taken.push(p);
      }
    }
  }
  return out;
}

/**
 * An event placed only at a foreign country ("struck camps in northern Iraq") takes the first place in
 * that country a later sentence names ("... targets in the Qandil mountains"), unless another event
 * already stands there: the report told where, just not in the event's own sentence. The country is
 * foreign to the report's main country, or to the actor's: a state's forces striking abroad
 * (`actorCountry`), whatever country the report is mostly about.
 */
export function sceneInCountry(place: PlaceHit | undefined, from: number, ctx: ArticleContext, taken: readonly (PlaceHit | undefined)[], actorCountry?: string): PlaceHit | undefined {
  const cc = place?.place?.country;
  if (!place || place.mention.kind !== "country" || !cc || (cc === ctx.countries[0] && (!actorCountry || actorCountry === cc))) return undefined;
  for (const s of ctx.sentences) {
    if (s.idx <= from) continue;
    for (const p of s.places) {
      if (p.mention.kind === "country" || p.place?.country !== cc || !usable(p, s, ctx)) continue;
      if (taken.some((t) => t && (t === p || sameScene(t, p)))) continue;
      return p;
    }
  }
  return undefined;
}

/** Nouns for the site of a happening that a later sentence may name again with "the". */
const SITE_NOUN = /\b(crossing|border\s+post|checkpoint|camp|base|airport|airfield|port|market|bridge|dam|prison|mine|oilfield|refinery|compound|garrison|outpost)\b/gi;

/**
 * An event placed only at the dateline (the reporter's desk) takes the town a later sentence gives for
 * the site the lead named ("clashed at the main border crossing ..." — "the crossing, about 5 km west of
 * the town of X"): the report told where, just not in the event's own sentence. The town may be a reference
 * point ("5 km west of X"): that is where an ACLED coder places the site (precision 2).
 */
export function sceneByEcho(d: { place?: PlaceHit; mentions: Mention[] }, ctx: ArticleContext): PlaceHit | undefined {
  if (!d.place || !d.mentions.every((m) => m.placeFromDateline)) return undefined;
  const lead = d.mentions[0]!;
  const clause = lead.sentence.text.slice(lead.clause[0], lead.clause[1]);
  const nouns = new Set([...clause.matchAll(SITE_NOUN)].map((x) => x[1]!.toLowerCase().replace(/\s+/g, " ")));
  if (!nouns.size) return undefined;
  for (const s of ctx.sentences) {
    if (s.idx <= lead.sentence.idx) continue;
    for (const noun of nouns) {
      const at = s.text.toLowerCase().indexOf("the " + noun);
      if (at < 0) continue;
      const p = s.places.find((x) => {
        const rel = x.mention.start - s.start;
        return rel > at && rel - at < 120 && x.mention.kind === "place" && x.place?.latitude != null && x.place.country === d.place!.place?.country && x.place.geonameid !== d.place!.place?.geonameid && !isVenue(x, s);
      });
      if (p) return p;
    }
  }
  return undefined;
}

/** Between a village named again and the unit or town a later sentence puts it in: " is in ", " lies in the ", ", a village in ". */
const VILLAGE_IN = /^(?:\s+(?:is|lies|sits)\s+(?:located\s+|situated\s+)?in|,\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:village|town|locality|hamlet|settlement|community)\s+in)\s+(?:the\s+)?$/u;

/**
 * "... shot dead by gunmen in Mautu, a village in Cameroon's South-West region ... Mautu is in Muyuka subdivision":
 * an event whose lead names a village the gazetteer lacks, coded at the dateline or at a region (precision 3), takes
 * the town or district a later sentence puts that village in (ACLED: near it, precision 2).
 */
export function sceneByVillageEcho(d: { place?: PlaceHit; mentions: Mention[] }, ctx: ArticleContext): PlaceHit | undefined {
  const cur = d.place?.place;
  if (!cur || !(cur.geo_precision === 3 || d.mentions.every((m) => m.placeFromDateline))) return undefined;
  const lead = d.mentions[0]!;
  const names = missingPlaceMentions(lead.sentence.text.slice(lead.clause[0], lead.clause[1])).map((x) => x.name);
  for (const s of names.length ? ctx.sentences : []) {
    if (s.idx <= lead.sentence.idx) continue;
    for (const n of names) {
      const at = s.text.indexOf(n);
      if (at < 0) continue;
      const end = at + n.length;
      const p = s.places.find((x) => {
        const r = x.mention.nameStart - s.start;
        return r > end && r - end < 40 && VILLAGE_IN.test(s.text.slice(end, r)) && x.mention.kind !== "country" && x.place?.latitude != null && x.place.country === cur.country && x.place.geonameid !== cur.geonameid;
      });
      if (p) return p;
    }
  }
  return undefined;
}

/** "Cox's Bazar", "King's Lynn": a name with a possessive inside, which the toponym finder splits at the apostrophe. */
const POSSESSIVE_NAME = /\b(\p{Lu}[\p{L}]+['’]s\s+\p{Lu}[\p{L}]+)/gu;

/** What follows the apostrophe of a possessive name: "'s Bazar". */
const POSSESSIVE_AFTER = /['’]s\s+\p{Lu}/gu;
const ONE_LETTER = /^\p{L}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/**
 * Whether the text may hold a possessive name: /\p{Lu}[\p{L}]+['’]s\s+\p{Lu}/u, read from each apostrophe
 * back over the letters before it (that regex, tried at every capital of the text, cost more than
 * the rest of possessivePlaces): some capital must stand before the last of them.
 */
function hasPossessiveName(text: string): boolean {
  POSSESSIVE_AFTER.lastIndex = 0;
  for (let m; (m = POSSESSIVE_AFTER.exec(text)); ) {
    let seenLetter = false;
    for (let j = m.index; j > 0; ) {
      const c = text.charCodeAt(j - 1);
      const w = c >= 0xdc00 && c <= 0xdfff && j >= 2 && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff ? 2 : 1;
      const ch = c < 128 ? "" : text.slice(j - w, j);
      if (!(c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : ONE_LETTER.test(ch))) break;
      if (seenLetter && (c < 128 ? c >= 65 && c <= 90 : ONE_CAPITAL.test(ch))) return true;
      seenLetter = true;
      j -= w;
    }
  }
  return false;
}

/**
 * Places whose names hold a possessive ("Cox's Bazar"): the gazetteer knows the whole name, the finder
 * found at most its first word (as some other place). Returns the mentions to add and those they replace.
 */
export function possessivePlaces(text: string, found: readonly PlaceMention[]): { add: PlaceMention[]; drop: Set<PlaceMention> } {
  const add: PlaceMention[] = [];
  const drop = new Set<PlaceMention>();
  if (!hasPossessiveName(text)) return { add, drop };
  for (const m of text.matchAll(POSSESSIVE_NAME)) {
    const name = m[1]!;
    const rows = candidates(name, false).rows.filter((r) => r.kind === "place" || r.kind === "feature" || r.kind === "admin1");
    if (!rows.length) continue;
    const at = m.index!;
    const end = at + name.length;
    const inside = found.filter((f) => f.nameStart < end && f.nameEnd > at);
    // Only where the finder took a part of it (or nothing): a longer name found around it stands.
    if (inside.some((f) => f.nameStart < at || f.nameEnd > end)) continue;
    for (const f of inside) drop.add(f);
    add.push({ name, start: at, end, nameStart: at, nameEnd: end, kind: rows.every((r) => r.kind === "admin1") ? "admin1" : "place" });
  }
  return { add, drop };
}