// Pass 4 of extraction: mentions of one happening merge into one event; each event gets its ACLED
// sub-type, actors, date, place, fatalities, sources and claims, with every evidence span.
import { eventTypeOf, type SubEventType } from "../event.js";
import type { ArticleContext, PlaceHit } from "./context.js";
import { BETWEEN_BEFORE } from "./places.js";
import { clauseTiming, toldAsOther, type Mention } from "./mentions.js";
import { assignRoles, unidentified, type Actor } from "./roles.js";
import { attackersCounted, LONE, lowestReliable, type Figure } from "./fatalities.js";
import { haversineKm } from "../util/geo-math.js";
import type { DateMention } from "./dates.js";
import type { Speaker } from "./attribution.js";
import type { SentenceInfo } from "./context.js";
import { familyOf, findCues, modality, opensSeparately } from "./cues.js";
import { actorByName, genericActor, sameSide } from "./actors.js";
import { loadJson } from "./lexicon.js";

export interface Draft {
  mentions: Mention[];
  sub: SubEventType;
  rule: string;
  confidence: number;
  a1?: Actor;
  a2?: Actor;
  date?: DateMention & { inherited: boolean };
  place?: PlaceHit;
  fatalities: number;
  fatalityFigures: number[];
  speakers: Speaker[];
  denials: Speaker[];
  unverified: boolean;
  verifiedByOutlet: boolean;
  /** Some evidence is in the outlet's own voice (no attribution in the sentence). */
  outletVoice: boolean;
  /** Some mention's own sentence names its actor1 (not one taken from context). */
  ownA1: boolean;
  /** Split from the mentions of another happening at its place and day by an explicit telling ("Later that evening,
   *  a crowd set fire to ..." after a peaceful rally): a happening of its own, which the keep-check never drops. */
  splitApart?: boolean;
}

// A place taken as its holders' last troops left ('as the last French troops departed'): a handover, no fight (session 25).
const NON_VIOLENT = /\b(without (a fight|fighting|resistance|a shot|firing a shot)|unopposed|unchallenged|little resistance|no resistance|hand(?:ed|ing|s)? (?:(?:it|them|the \w+) )?(?:over|back)|peacefully|walked into|after (government |the )?(forces|troops|army) (withdrew|pulled out|left)|as (?:the )?(?:last|remaining|final) (?:[\w'’-]+ ){0,2}?(?:forces|troops|soldiers|contingents?|peacekeepers) (?:had )?(?:withdrew|withdrawn|pulled out|left|departed|moved out)|under (?:an? |the )(?:[\w-]+ ){0,3}(?:deal|agreement|accord))\b/i;
/** Fighting told as what a deal ended or as what went before is no fight over this place ("a deal that ended six weeks of fighting",
 *  "an agreement that ended more than a year of fighting"). */
const FOUGHT = /\b(fighting|clashes|battle|fierce|heavy losses)\b/gi;
const FOUGHT_BEFORE = /\b(?:ended|end|ending|halted|after|since|following)\s+(?:[\w-]+\s+){0,4}(?:of\s+)?$/i;

/** The takers left again ("entered the town ... before withdrawing", "briefly seized", "only to withdraw hours later",
 *  "entered the town and then withdrew"):
 *  a raid, not a change of hands (ACLED codes it as the clash it was). */
// ("entered the camp to arrest militants and came under fire": a raid, in and out, takes nothing either.)
// ("entered the town and fought troops before the army pushed them out", "entered two villages, where border guards
// engaged them": driven out again, or met by defenders where they entered, they held nothing.)
const HELD_BRIEFLY = /\bbefore\s+(?:[\w'’-]+\s+){0,4}?(?:pushed|drove|forced|chased|beat)\s+them\s+(?:back|out|off|away)\b|\b(?:entered|entering)\b[^.;]{0,80}?,\s+where\s+(?:[\w'’-]+\s+){1,6}?(?:engaged|fought|clashed\s+with|repelled|repulsed)\s+them\b|\b(?:entered|entering)\b[^.;]{0,80}?\b(?:to\s+(?:arrest|detain|search|raid)|in\s+(?:a|an)\s+(?:raid|arrest\s+operation|search\s+operation))\b|\b(?:before|only\s+to)\s+(?:being\s+)?(?:withdraw(?:ing)?|pull(?:ing)?\s+(?:back|out)|retreat(?:ing)?|leav(?:e|ing)|pushed\s+back|driven\s+(?:back|out)|repelled|repulsed|forced\s+(?:back|out))\b|\bbriefly\s+(?:seized|captured|took|taken|entered|held|occupied|overran|controlled)\b|\b(?:withdrew|pulled\s+out|retreated)\s+(?:hours|a\s+day|days|shortly)\s+later\b|\band\s+(?:then\s+|later\s+|subsequently\s+)?(?:withdrew|pulled\s+(?:back|out)|retreated)\b/i;

/** Demonstration sub-types, gravest first: the one a group of mentions of one demonstration is coded as. A mob's deed
 *  told at the scene of a blockade or of police dispersing a crowd ("youths blocked roads in Jos, and a mob beat to
 *  death a herder ... officers dispersed the crowd with tear gas") is what the crowd did: it outranks the intervention. */
const DEMONSTRATION_RANK = ["Violent demonstration", "Excessive force against protesters", "Mob violence", "Protest with intervention", "soft violence", "Peaceful protest"] as const;

/** A mention with its roles; `ownA1`, whether its own sentence names its actor1 (not one taken from context). */
type Roled = Mention & { roles?: { a1?: Actor; a2?: Actor }; ownA1?: boolean };

export function assemble(mentions: Mention[], ctx: ArticleContext): Draft[] {
  const live: Roled[] = [];
  let previous: Roled | undefined;
  for (const m of mentions) {
    if (m.drop || tally(m)) continue;
    const r = m as Roled;
    const { ownA1, ...roles } = assignRoles(m, ctx, previous);
    r.roles = roles;
    r.ownA1 = ownA1;
    live.push(r);
    previous = r;
  }
  const groups: Roled[][] = [];
  for (const m of live) {
    // Complete link: a mention joins a group only if it fits every member (a vague one must not chain two events).
    // Of the happenings it fits, a mention retells the one told last ("Some set fire to barriers" after the embassy crowd).
    const g = groups.filter((g) => g.every((x) => sameHappening(x, m))).reduce<Roled[] | undefined>((b, g) => (!b || g.at(-1)!.sentence.idx > b.at(-1)!.sentence.idx ? g : b), undefined);
    if (g) g.push(m);
    else groups.push([m]);
  }
  let drafts = groups.flatMap((g) => {
    const parts = crowdsApart(g);
    return parts.map((p) => {
      const d = draftOf(p, ctx);
      if (d && (parts.length > 1 || p.some((m) => toldApartFrom.has(m)))) d.splitApart = true;
      return d;
    });
  }).filter((d): d is Draft => !!d);
  // A country-wide summary ("six killed across the country") next to town-level events of its kind is not one more event.
  drafts = drafts.filter((d) => {
    const vague = !d.place || d.place.mention.kind === "country";
    return !(vague && drafts.some((o) => o !== d && familyKey(o.sub) === familyKey(d.sub) && o.place && o.place.mention.kind !== "country"));
  });
  // "CAIRO — Suicide bombers killed 44 people at two churches", then church by church in towns of their own: the
  // lead's sum, placed only by the dateline, is the events told after it, not one more at the filing city.
  drafts = drafts.filter((d) => {
    const sum = d.mentions.find((m) => m.placeFromDateline && m.place?.place?.location === d.place?.place?.location && MANY_SCENES.test(m.sentence.text));
    if (!d.place || !sum) return true;
    // (...merged with the first scene told after it, the event is that scene's.)
    const own = d.mentions.find((m) => !m.placeFromDateline && !m.placeInherited && m.place?.place && m.place.mention.kind !== "country");
    if (own) {
      d.place = own.place;
      return true;
    }
    // (scenes counted by the places their own mentions tell: two told scenes may have merged into one event)
    const scenes = new Set(drafts.filter((o) => o !== d && eventTypeOf(o.sub) === eventTypeOf(d.sub)).flatMap((o) => o.mentions)
      .filter((m) => !m.placeFromDateline && !m.placeInherited && m.place?.place && m.place.mention.kind !== "country" && m.place.place.location !== d.place!.place?.location)
      .map((m) => m.place!.place!.location));
    return scenes.size < 2;
  });
  return drafts;
}

/** An attack told with no way of attacking: "came under attack". */
const VAGUE_ATTACK = /^(?:came|comes|come|coming)\s+under\s+(?:an?\s+)?attack$/i;

/** A lead telling several scenes at once: "at two churches", "in three villages", "in separate attacks". */
const MANY_SCENES = /\b(?:two|three|four|five|both|several|separate|multiple)\s+(?:(?:separate|different|coordinated|simultaneous|[A-Z][\w-]+)\s+){0,2}(?:churches|mosques|cathedrals|temples|attacks|bombings|blasts|explosions|towns|villages|cities|markets|schools|locations|sites)\b/;

/** Words that tell many happenings at once ("clashes", "attacks", "fighting", "violence"). */
const MANY_HAPPENINGS = /^(?:clashes|attacks|raids|strikes|air ?strikes|airstrikes|bombings|killings|fighting|violence|hostilities|shelling)$/i;

/** ...or such a word opening the clause whose verb is the cue, or the cue itself ("Attacks by gunmen in Zamfara killed 150 ..."). */
const MANY_AS_SUBJECT = /^\W*(?:the\s+|recent\s+|renewed\s+|repeated\s+)?(?:clashes|attacks|raids|strikes|air ?strikes|airstrikes|bombings|killings|fighting|violence|hostilities|shelling)\b/i;

/**
 * "Clashes in North Kivu killed 300 people last week", "attacks this month killed 200": a toll of many
 * happenings over a week or more, told for a region or no place, is a tally, not an event on one day.
 * (A single deed told with a week's date, "gunmen attacked Gusau last week", stays an event.)
 */
function tally(m: Mention): boolean {
  if (!m.fatalities.length) return false;
  const told = m.sentence.text;
  // "Over the past three days, clashes in El Fasher killed 45", "a week of clashes killed 40": a span of days told
  // in so many words is many happenings' toll wherever they were; "across the state" spreads them over many places.
  // (A day of its own told, "fighting continued on Saturday ... since February", is that day's event.)
  if (m.date && !m.date.inherited && m.date.precision === 1) return false;
  const span = SPAN_TOLD.test(told);
  if (!span && (!m.date || m.date.inherited)) return false;
  if (!span && daysApart({ from: m.date!.from, to: m.date!.from }, { from: m.date!.to, to: m.date!.to }) < 6) return false;
  const spread = ACROSS_PLACES.test(told);
  if (!spread && !MANY_HAPPENINGS.test(told.slice(m.cue.start, m.cue.end).trim()) && !MANY_AS_SUBJECT.test(told.slice(m.clause[0], m.cue.end)) && !(span && MANY_IN.test(told))) return false;
  return span || spread || !m.place || !!m.placeInherited || coarseness(m) === 1;
}

/** A span of several days or more told in words: "over the past three days", "in the last two weeks", "a week of clashes", "since January". */
const SPAN_TOLD = /\b(?:(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|two|three|four|five|six|seven|ten|\d+)\s+(?:days|weeks|months)|week|month|fortnight)|(?:(?:a|one)\s+(?:week|month|fortnight)|(?:two|three|four|five|six|several|\d+)\s+(?:days|weeks|months))\s+of\s+(?:heavy\s+|fierce\s+|intense\s+|renewed\s+|deadly\s+)?(?:clashes|fighting|attacks|violence|raids|strikes|air ?strikes|airstrikes|bombardment|shelling|hostilities)|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:year|month)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)))/i;

/** Many happenings named anywhere in the sentence ("killed 40 people in clashes"), read only where a span is told. */
const MANY_IN = /\b(?:clashes|attacks|raids|strikes|air ?strikes|airstrikes|bombings|killings|fighting|violence|hostilities|shelling)\b/i;

/** "across the state", "throughout the region": the toll's happenings spread over many places. */
const ACROSS_PLACES = /\b(?:across|throughout)\s+(?:the\s+|several\s+|many\s+|multiple\s+)?(?:[\w'’-]+\s+){0,3}?(?:state|states|region|regions|province|provinces|country|districts?|counties|county|governorates?|villages|towns|areas|localities)\b/i;

function familyKey(sub: SubEventType): string {
  if (["Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"].includes(sub)) return "battle";
  if (["Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence"].includes(sub)) return "demonstration";
  return sub;
}

/** How far from a city named again a quarter of it told as a scene may lie. */
const CITY_REACH_KM = 30;
/** A sentence opening on a city as the scene of what follows: "In Lagos,", "In the capital Dhaka,". */
const CITY_OPENER = /^\W*(?:In|At)\s+(?:the\s+(?:capital|city\s+of|port\s+city\s+of)\s+)?[^,;.]{2,40},\s?$/;

function placesCompatible(ma: Mention, mb: Mention): boolean {
  const a = ma.place;
  const b = mb.place;
  const pa = a?.place;
  const pb = b?.place;
  if (!pa || !pb) return true;
  // A place taken from the dateline says nothing about the scene: the lead's event told again, with its place, next.
  if ((ma.placeFromDateline || mb.placeFromDateline) && Math.abs(ma.sentence.idx - mb.sentence.idx) <= 1) return true;
  // A country-level place fits any place in that country, not one abroad.
  if (a?.mention.kind === "country" || b?.mention.kind === "country") return pa.country === pb.country;
  if (pa.geonameid && pa.geonameid === pb.geonameid && pa.geo_precision === pb.geo_precision && !a?.mention.offsetKm && !b?.mention.offsetKm) return true;
  // A district named as such ("in Negros Oriental province") holds every place of that district, however far from its centre.
  if ((pa.district || pb.district) && pa.admin2 && pa.admin2 === pb.admin2 && pa.country === pb.country) return true;
  // ...and so does one told by its unit word and read as the town it is named for ("in Dera Ismail Khan district", then
  // "between Kulachi and a checkpoint"): the district told first, a town of it told the second time.
  if ((namedAsUnit(ma) || namedAsUnit(mb)) && pa.admin2 && pa.admin2 === pb.admin2 && pa.country === pb.country) return true;
  // "an air strike hit a house in Razih district of Saada province on Wednesday ... The coalition said on Thursday its
  // aircraft had struck targets in Saada": a later telling dated only by the day it was said, placed by the name the
  // earlier telling's own sentence gave as the province holding its scene, is that scene told at province level.
  if (provinceRestated(ma, mb) || provinceRestated(mb, ma)) return true;
  // "ambushed a convoy on the road between Dikwa and Marte", then "hit about 15 km from the town" (Marte): a stretch
  // between two towns is placed at the first, and a telling at the other end is the same stretch.
  if (roadEnd(ma, mb) || roadEnd(mb, ma)) return true;
  // "terrorists had killed civilians in the Hama countryside": the rural part of the province named for its city, not
  // the city; any place of that province fits.
  if ((countrysideOf(ma) && sameProvince(pa, pb)) || (countrysideOf(mb) && sameProvince(pb, pa))) return true;
  // "fighting flared around a border village" (placed at the city another clause named): the unnamed village is
  // somewhere in that city's province, so a telling that names a place there may be the same happening.
  if ((ma.placeVague || mb.placeVague) && pa.country === pb.country && !!pa.admin1 && pa.admin1 === pb.admin1) return true;
  if (pa.latitude == null || pb.latitude == null || pa.longitude == null || pb.longitude == null) return pa.name === pb.name;
  // A place taken from context or a vague one ("outskirts", a region, a sea) matches more loosely.
  // ...but two sentences that each name a town of their own ("a raid on a village south of Mora", "ambushed a patrol
  // near Kolofata") tell two scenes.
  // (A later "the village of Ywathit in Salingyi" after "a village west of Monywa" names the same village: no other scene.)
  const ownTowns = ma.sentence !== mb.sentence && !ma.placeInherited && !mb.placeInherited && !ma.placeFromDateline && !mb.placeFromDateline &&
    a?.mention.kind === "place" && b?.mention.kind === "place" && !pa.district && !pb.district && !!pa.location && !!pb.location && pa.location !== pb.location &&
    !namesSameVillage(ma.sentence.idx > mb.sentence.idx ? ma : mb);
  // ("Police fired tear gas at protesters in Lagos", then "In Lagos, demonstrators gathered at the Ikeja underpass before
  // police fired tear gas": a later sentence that names the earlier town again and places its scene at a quarter of it
  // tells that town's happening, a city's reach away.)
  const [early, late] = ma.sentence.idx <= mb.sentence.idx ? [ma, mb] : [mb, ma];
  // (Only a sentence opening on the city, "In Lagos, ...": a city named in passing, "a suburb 13 km from the capital",
  // "Basra protesters had stormed ... in Zubair district", tells where, not which happening.)
  const restated = ownTowns && !!early.place!.place!.geonameid && late.sentence.places.some((p) => p !== late.place && p.place?.geonameid === early.place!.place!.geonameid && CITY_OPENER.test(late.sentence.text.slice(0, p.mention.nameEnd - late.sentence.start + 2)));
  if (restated && haversineKm(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= CITY_REACH_KM) return true;
  const radius = Math.max(pa.geo_precision, pb.geo_precision) === 3 ? 400 : ownTowns ? 12 : ma.placeInherited || mb.placeInherited || Math.max(pa.geo_precision, pb.geo_precision) === 2 ? 50 : 12;
  return haversineKm(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= radius;
}

/** `m` is placed on a stretch "between X and Y" (at X), and `n`'s own sentence names Y, the stretch's other end. */
function roadEnd(m: Mention, n: Mention): boolean {
  const hit = m.place, p = n.place?.place;
  if (!hit?.place || !p || m.placeInherited || m.placeFromDateline || n.placeInherited || n.placeFromDateline || (n.sentence === m.sentence && n.cue.start === m.cue.start)) return false;
  const si = m.sentence;
  if (!BETWEEN_BEFORE.test(si.text.slice(Math.max(0, hit.mention.nameStart - si.start - 40), hit.mention.nameStart - si.start))) return false;
  const other = si.places.filter((x) => x.mention.start >= hit.mention.end && x.place).sort((a, b) => a.mention.start - b.mention.start)[0];
  if (!other || !/^\s+and\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i.test(si.text.slice(hit.mention.end - si.start, other.mention.nameStart - si.start))) return false;
  const o = other.place!;
  return (!!o.geonameid && o.geonameid === p.geonameid) || (o.name === p.name && o.country === p.country);
}

/** "the Hama countryside", "rural Idlib": a province's rural part, told by the name it shares with its chief city. */
function countrysideOf(m: Mention): boolean {
  const hit = m.place;
  if (!hit?.place || m.placeInherited || m.placeFromDateline || hit.mention.kind !== "place") return false;
  const si = m.sentence, at = hit.mention.nameStart - si.start, end = hit.mention.nameEnd - si.start;
  return COUNTRYSIDE_AFTER.test(si.text.slice(end, end + 20)) || RURAL_BEFORE.test(si.text.slice(Math.max(0, at - 12), at));
}
const COUNTRYSIDE_AFTER = /^\s+countryside\b/i;
const RURAL_BEFORE = /\brural\s+$/i;
/** `p`, a city named as its province, and `q` lie in that province. */
function sameProvince(p: { name: string; admin1?: string; country: string }, q: { admin1?: string; country: string }): boolean {
  return !!p.admin1 && p.admin1 === q.admin1 && p.country === q.country && p.name.toLowerCase() === p.admin1.toLowerCase();
}

/** `m` is placed at the first town of a stretch "between X and Y" and another mention of its group tells Y: the
 *  scene is the end the other telling names ("hit about 15 km from the town"), not the stretch's first name. */
function stretchStart(m: Mention, g: Mention[]): boolean {
  return g.some((o) => o !== m && roadEnd(m, o));
}

/** `late`, dated only by the day it was said, is placed by a bare name that `early`'s own sentence tells as the province
 *  (state, region) holding `early`'s place: "Razih district of Yemen's northern Saada province", then "in Saada". */
function provinceRestated(late: Mention, early: Mention): boolean {
  if (late.sentence.idx <= early.sentence.idx || !late.date?.said || !early.date || early.date.said) return false;
  if (late.placeInherited || late.placeFromDateline || early.placeInherited || early.placeFromDateline) return false;
  const lp = late.place?.place, ep = early.place?.place;
  if (!lp || !ep || !lp.admin1 || lp.admin1 !== ep.admin1 || lp.country !== ep.country || late.place!.mention.offsetKm) return false;
  const name = late.sentence.text.slice(late.place!.mention.nameStart - late.sentence.start, late.place!.mention.nameEnd - late.sentence.start).trim();
  if (name.length < 3) return false;
  const told = early.sentence.text;
  for (let at = told.indexOf(name); at >= 0; at = told.indexOf(name, at + 1)) {
    if (PROVINCE_AFTER.test(told.slice(at + name.length, at + name.length + 16))) return true;
  }
  return false;
}
const PROVINCE_AFTER = /^\s+(?:province|state|region|governorate|oblast)\b/i;

/** "in Dera Ismail Khan district": a place told with a district's or county's unit word after its name and read, at
 *  precision 2, as the town the unit is named for (its own district, admin2, bears its name). */
function namedAsUnit(m: Mention): boolean {
  const p = m.place?.place;
  if (!p || p.geo_precision !== 2 || !p.admin2 || !p.admin2.toLowerCase().startsWith(p.name.toLowerCase()) || m.placeInherited || m.placeFromDateline) return false;
  const end = m.place!.mention.nameEnd - m.sentence.start;
  return end > 0 && UNIT_AFTER.test(m.sentence.text.slice(end, end + 16));
}
const UNIT_AFTER = /^\s+(?:district|county|municipality|prefecture|department)\b/i;

/** Whether the mention's place is named as the village or town already told ("the village of Ywathit in Salingyi"). */
function namesSameVillage(m: Mention): boolean {
  const at = (m.place?.mention.nameStart ?? 0) - m.sentence.start;
  return at > 0 && THE_VILLAGE_OF.test(m.sentence.text.slice(Math.max(0, at - 60), at));
}

/** "the village of Ywathit in ", "Ywathit village, ": a place named as the village or town already told. */
const THE_VILLAGE_OF = /\bthe\s+(?:village|town|hamlet|settlement|camp|neighbou?rhood)\s+of\s+[^.;]*$|\b(?:village|hamlet|settlement)(?:\s*,|\s+(?:in|of))\s+$/i;

/** How far a day carried over from another sentence may lie from a mention's own day and still be one happening. */
const INHERITED_SPAN_DAYS = 3;

/** How long before it was said a happening dated only by the day it was said may lie. */
const SAID_SPAN_DAYS = 3;

function datesCompatible(a: Mention, b: Mention): boolean {
  if (!a.date || !b.date) return true;
  // (A day set by a scene-setting sentence of the mention's own paragraph is as good as its own.)
  const carried = (m: Mention) => m.date!.inherited && !m.date!.scene;
  if (carried(a) || carried(b)) {
    // "In Moscow, police detained 1,300 people" (the lead's Saturday) and "Navalny was detained on Jan. 17" (its
    // own day, a week earlier): a day of its own days before the one carried over tells an earlier happening.
    // (A carried-over day earlier than a mention's own is often a background day picked up on the way: no bar.)
    const [inh, own] = carried(a) ? [a, b] : [b, a];
    return own.date!.inherited || inh.date!.precision !== 1 || own.date!.precision !== 1 || own.date!.to >= inh.date!.from || daysApart(inh.date!, own.date!) <= INHERITED_SPAN_DAYS;
  }
  if (a.date.from <= b.date.to && b.date.from <= a.date.to) return true;
  // "M23 said on Tuesday it had taken Goma" dates the claim, not the taking: the day it was said is only an
  // upper bound, so a mention a few days earlier ("entered late on Sunday") may be the same happening.
  const [early, late] = a.date.to <= b.date.to ? [a, b] : [b, a];
  return (!!late.date!.said && !early.date!.said && daysApart(early.date!, late.date!) <= SAID_SPAN_DAYS) || nightRetold(late, early);
}

/** `early`, told after the night `late` guessed by the day it was told (toldNight), opens on the perpetrators told
 *  before ("The attackers struck late on Sunday"): that night's raid with its own day (data/assembly/merge.json). */
function nightRetold(late: Mention, early: Mention): boolean {
  return !!late.date!.toldNight && !late.date!.inherited && !early.date!.inherited && !early.date!.said && early.date!.precision === 1 && early.sentence.idx > late.sentence.idx &&
    daysApart(early.date!, late.date!) <= 2 && merging().nightRetold.test(early.sentence.text);
}

/**
 * "Protests also turned violent in X, where a shop was burned. The president said on Friday the protests were ...":
 * when a group's only day of its own is the day a later sentence said something of it, the day carried over to a
 * mention told before that sentence (a few days earlier at most) is the happening's; the day said is only a bound.
 */
function toldBeforeSaid(g: Mention[]): Mention | undefined {
  const said = g.find((m) => m.date && !m.date.inherited && m.date.said);
  if (!said) return undefined;
  return g.find((m) => m.date?.inherited && m.date.precision === 1 && m.sentence.idx < said.sentence.idx && m.date.to < said.date!.from && daysApart(m.date, said.date!) <= SAID_SPAN_DAYS);
}

/**
 * "shelled towns overnight ... rounds landed near Kapan shortly after midnight on Wednesday": a night told as one
 * (a span of two days at precision 1: "overnight", "overnight into Wednesday") and, by another mention of the same
 * happening, the day of its early hours alone: that day is the happening's, not the eve the night is dated by.
 */
function earlyHours(night: Mention, g: Mention[]): Mention | undefined {
  const n = night.date!;
  if (n.precision !== 1 || n.from >= n.to) return undefined;
  return g.find((m) => m !== night && m.date && !m.date.inherited && !m.date.said && m.date.precision === 1 && m.date.from === m.date.to && m.date.from > n.from && m.date.to <= n.to);
}

/**
 * "Jets struck camps on Monday, hours after a car bomb tore through Ankara", then "the blast on Sunday evening": a
 * trailing "hours after" clause is dated by the day before its sentence's and that day, and a mention of the same
 * happening told on one of those days names the day it happened.
 */
function dayInSpan(span: Mention, g: Mention[]): Mention | undefined {
  const s = span.date!;
  if (s.precision !== 1 || s.from >= s.to || !trailingClause(span)) return undefined;
  return g.find((m) => m !== span && m.date && !m.date.inherited && !m.date.said && m.date.precision === 1 && m.date.from === m.date.to && m.date.from >= s.from && m.date.to <= s.to);
}

/**
 * "killed 14 villagers in an overnight raid ..., an official said on Tuesday", then "The attackers struck late on Sunday":
 * a night dated only as the one before the day it was told (toldNight) is a guess; another telling of the same happening
 * with a day of its own, up to two days before, names the day it happened.
 */
function nightTold(night: Mention, g: Mention[]): Mention | undefined {
  const n = night.date!;
  if (!n.toldNight || n.inherited) return undefined;
  return g.find((m) => m !== night && m.sentence.idx > night.sentence.idx && m.date && !m.date.inherited && !m.date.said && m.date.precision === 1 && m.date.from === m.date.to && m.date.to <= n.from && daysApart(m.date, n) <= 2);
}

/**
 * "M23 rebels killed 131 civilians ... late last month", then "were killed on November 29 and 30 in Kishishe": a lead's
 * loose span (a part of a month, precision 3) and, by a later mention of the same happening, its day or days within
 * that span: those days are the happening's, not the middle of the span. (A week, precision 2, keeps its middle: a
 * later day in it is often where the happening began, "entered the town on December 6 and held it for days".)
 */
function dayInLooseSpan(loose: Mention, g: Mention[]): Mention | undefined {
  const s = loose.date!;
  if (s.precision !== 3) return undefined;
  return g.find((m) => m !== loose && m.date && !m.date.inherited && !m.date.said && m.date.precision === 1 && m.date.from >= s.from && m.date.to <= s.to && (Date.parse(m.date.to) - Date.parse(m.date.from)) / 86_400_000 <= 2);
}

/**
 * "Fighting broke out ... over the weekend", then "its fighters had attacked Taliban positions ... on Sunday": a weekend
 * (two days, precision 2) and, by another mention of the same happening, one day of it: that day is the happening's,
 * not the weekend's first.
 */
function dayInWeekend(weekend: Mention, g: Mention[]): Mention | undefined {
  const s = weekend.date!;
  // (Only a Saturday and Sunday: a night "between Tuesday and Wednesday" is no weekend.)
  if (s.precision !== 2 || new Date(Date.parse(s.from)).getUTCDay() !== 6 || (Date.parse(s.to) - Date.parse(s.from)) / 86_400_000 !== 1) return undefined;
  return g.find((m) => m !== weekend && m.date && !m.date.inherited && !m.date.said && m.date.precision === 1 && m.date.from === m.date.to && m.date.from >= s.from && m.date.to <= s.to);
}

function daysApart(x: { from: string; to: string }, y: { from: string; to: string }): number {
  const gap = x.to < y.from ? Date.parse(y.from) - Date.parse(x.to) : Date.parse(x.from) - Date.parse(y.to);
  return Math.max(0, gap / 86_400_000);
}

/** Families whose mentions at one place and time are one happening told two ways. */
function familiesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  if (pair.has("battle") && pair.has("Attack")) return true; // an assault on a town: fight or massacre
  if (pair.has("Other") && (pair.has("explosion") || pair.has("Attack"))) return true; // a jailbreak by bombing is the bombing
  if (pair.has("explosion") && pair.has("Attack")) return true; // a bombing retold as "people were massacred"
  if (pair.has("Attack") && pair.has("Abduction/forced disappearance")) return true; // a raid on a school to take its pupils
  if (pair.has("explosion") && pair.has("Abduction/forced disappearance")) return true; // a convoy stopped by a bomb, its passengers taken
  if (pair.has("demonstration") && pair.has("Looting/property destruction")) return true; // rioters who loot: the looting is the riot's
  if (pair.has("Change to group/activity") || pair.has("Other")) {
    const strategic = ["Arrests", "Change to group/activity", "Other", "Agreement", "Looting/property destruction"];
    return [...pair].every((f) => strategic.includes(f));
  }
  return false;
}

/** A sentence opening on a place ("In nearby Najafabad, ...", "In the town of X, ..."). */
const OPENING_PLACE = /^\W*(?:In|At|Near|Outside)\s+(?:nearby\s+|neighbou?ring\s+)?(?:the\s+(?:town|village|city|district)\s+of\s+)?$/;

/** The mention's own place is the town its sentence opens on, closed by a comma. */
function opensAtOwnPlace(m: Roled): boolean {
  if (!ownTown(m)) return false;
  const p = m.place!;
  const si = m.sentence;
  const at = p.mention.nameStart - si.start, end = p.mention.nameEnd - si.start;
  if (at > 0 && at < 60 && OPENING_PLACE.test(si.text.slice(0, at)) && si.text[end] === ",") return true;
  // "A protester shot dead an officer in nearby Najafabad": a town told as another one near the scene before, anywhere in its sentence.
  return NEARBY_TOWN_BEFORE.test(si.text.slice(Math.max(0, at - 40), at));
}
/** `late`'s sentence opens on its own place, told with its compass or unit word ("In the southern district of Hambantota,",
 *  "In neighbouring Adamawa state,"), and `early`'s place lies in another country or first-level unit (merge.json region_opening). */
function opensAtOtherRegion(late: Roled, early: Roled): boolean {
  const p = late.place, q = early.place?.place;
  if (!p?.place || !q || late.placeInherited || late.placeFromDateline || early.placeFromDateline || p.mention.kind === "country" || early.place!.mention.kind === "country") return false;
  const apart = p.place.country !== q.country || (!!p.place.admin1 && !!q.admin1 && p.place.admin1 !== q.admin1);
  if (!apart) return false;
  const si = late.sentence, at = p.mention.nameStart - si.start, end = p.mention.nameEnd - si.start;
  const d = merging();
  return at > 0 && at < 80 && d.regionOpening.test(si.text.slice(0, at)) && d.regionOpeningAfter.test(si.text.slice(end, end + 20));
}

/** "in nearby", "in the neighbouring town of": words that tell a town apart from the scene told before. */
const NEARBY_TOWN_BEFORE = /\b(?:in|at|near)\s+(?:the\s+)?(?:nearby|neighbou?ring|adjacent|adjoining)\s+(?:(?:town|village|city|district|hamlet|settlement|locality)\s+of\s+)?$/i;

/** The mention's clause tells an earlier happening than its sentence's news: a trailing ", a day after X" or a lead's opening "Hours after X,". */
function afterClause(m: Mention): boolean {
  const t = clauseTiming(m);
  return m.clause[0] > 0 ? !!t.trailing : !!t.opener;
}
/** The mention's clause is a trailing ", a day after X" one (TRAILING_AFTER). */
function trailingClause(m: Mention): boolean {
  return !!clauseTiming(m).trailing;
}

/**
 * Whether two mentions tell one happening. A pair told apart in so many words (toldApart: an "Earlier in the day,"
 * opening, two doers' deeds, strikes on the attackers) is two happenings; when nothing else would have parted them,
 * both are marked told apart (toldApartFrom), so the keep-check never drops the one split off.
 */
function sameHappening(a: Roled, b: Roled): boolean {
  if (a.sentence === b.sentence || !toldApart(a, b)) return joins(a, b);
  if (joins(a, b)) apart(a, b);
  return false;
}

/** Two mentions in different sentences told apart in so many words (see sameHappening). */
function toldApart(a: Roled, b: Roled): boolean {
  // "Crowds looted shops in the capital. Earlier in the day, police opened fire on marchers in Jatrabari": a sentence
  // opening on what came earlier that day, a gathering or force on a crowd told after a crowd's own violence, tells
  // another happening (data/assembly/merge.json, earlier_apart).
  // "Taliban fighters attacked police checkpoints ... Aircraft carried out air strikes on Taliban positions, killing 20
  // insurgents": strikes from the air or by guns on the side the fight told as attacking, with a toll of their own, are
  // the other side's answer, a happening of their own, even told with no doer or day of their own.
  // "An air force strike killed 12 vigilantes on Saturday ... bandits who raided a nearby village before dawn on
  // Saturday, killing three": two kinds of violence, each told by a doer of its own with a day of its own, neither
  // doer the other's target, are two happenings.
  return earlierCrowdApart(a, b) || strikeOnAttackers(a, b) || strikeOnAttackers(b, a) || twoDoers(a, b);
}

function joins(a: Roled, b: Roled): boolean {
  // One cue over coordinated places ("the towns of X and Y") is one event per place.
  if (a.sentence === b.sentence && a.cue.start === b.cue.start && a.place !== b.place) return false;
  // "Hours after shelling killed 12 in Omdurman, army jets bombed Bahri", "youths threw fireworks at police in X, hours
  // after a march in his memory": the clause timed by the other happening tells another one, even on the same day and
  // a few km away. (A lead's opener at the same town on the same day, "Hours after fighting erupted in X, the army said
  // it had repelled an assault there", may tell one fight: the usual tests decide.)
  if (a.sentence === b.sentence && a.clause[0] !== b.clause[0] && (trailingClause(a) || trailingClause(b) || ((afterClause(a) || afterClause(b)) && (a.place?.place?.location !== b.place?.place?.location || a.date?.from !== b.date?.from)))) return false;
  // "In Basra province, hundreds blocked a road": a round-up's next place is another happening than any told elsewhere.
  if ((a.newScene || b.newScene) && a.place?.place?.location !== b.place?.place?.location) return false;
  // "In nearby Najafabad, a police officer was shot dead ...": a sentence that opens on a town of its own sets a new scene.
  if (a.sentence !== b.sentence && a.place?.place?.location !== b.place?.place?.location && opensAtOwnPlace(a.sentence.idx > b.sentence.idx ? a : b) && ownTown(a.sentence.idx > b.sentence.idx ? b : a)) return false;
  // "In neighbouring Adamawa state, gunmen abducted 20 passengers" after a killing in Borno: a sentence that opens on a
  // region of its own, outside the one holding the other's place, sets a new scene (data/assembly/merge.json).
  if (a.sentence !== b.sentence && (a.sentence.idx > b.sentence.idx ? opensAtOtherRegion(a, b) : opensAtOtherRegion(b, a))) return false;
  // "In a separate incident, ...", "Elsewhere, ...": a sentence that says it tells another happening joins none told before it.
  // "Hours later, ...", "The next day, ...": one that tells what followed is no echo of what came before.
  const opens = a.sentence === b.sentence ? Opens.None : opener(a.sentence.idx > b.sentence.idx ? a.sentence : b.sentence);
  // ("Further west, the legion said it was fighting near Kozinka": a move of the scene from the last sentence may
  // still name the unnamed village a vague telling before it placed nowhere in particular.)
  if (opens === Opens.Separate && !((a.sentence.idx < b.sentence.idx ? a : b).placeVague && SCENE_SHIFT.test((a.sentence.idx > b.sentence.idx ? a : b).sentence.text.slice(0, 40)))) return false;
  // "Earlier on Thursday, police had broken up a demonstration near the arena" after a night's mob attacks: a happening
  // of another kind told as earlier the same day is another event (one kind at one place on one day is one).
  // (A crowd's own violence is one kind, whether told as burning, storming or looting.)
  // (A telling with no place or day of its own, "Protesters chanted against ...", is no kind of happening apart.)
  if (a.sentence !== b.sentence && (crowdKind(a) ?? a.cue.rule.sub) !== (crowdKind(b) ?? b.cue.rule.sub) && !bare(a) && !bare(b) && earlierSameDay((a.sentence.idx > b.sentence.idx ? a : b).sentence)) return false;
  // "Air defences shot down a cruise missile over Dnipro. Debris from the missile fell on a house in Pidhorodne": the
  // interception's debris, on the interception's day (data/assembly/merge.json).
  if (debrisOf(a.sentence.idx >= b.sentence.idx ? a : b, a.sentence.idx >= b.sentence.idx ? b : a) || (a.sentence === b.sentence && debrisOf(b, a))) return datesCompatible(a, b);
  // "A roadside bomb struck a minibus ... Hours later, mortar rounds landed near the palace": remote violence told by
  // weapons of different classes, sentences apart, is two happenings (data/assembly/merge.json).
  if (a.sentence !== b.sentence && (Math.abs(a.sentence.idx - b.sentence.idx) >= 2 || opens === Opens.Later) && otherWeapons(a, b) && !echoes(a.sentence.idx > b.sentence.idx ? a : b)) return false;
  // "A roadside bomb hit an army truck ... Troops repelled the attack": a fight told only as the answer to the attack
  // already told, with nothing of its own, is that attack told from the defenders' side (data/assembly/merge.json).
  const answer = a.sentence !== b.sentence && answersTold(a.sentence.idx > b.sentence.idx ? a : b, a.sentence.idx > b.sentence.idx ? b : a);
  // "the building collapsed during the fighting": a violent mention with nothing of its own retells the story's violence, whatever its word.
  const echo = answer || (opens !== Opens.Later && (echoes(a) || echoes(b)) && !QUIET.has(a.family) && !QUIET.has(b.family));
  if (clashAndKilling(a, b) && !echo && !(opens === Opens.None && retells(a, b))) return false;
  // (A killing told with a toll of civilians of its own is no echo of the fight: "the assailants fanned out into the
  // town and shot dead 35 civilians".)
  if ((clashThenKilling(a, b) && (!echo || opens === Opens.Later || civilianToll(a.family === "Attack" ? a : b))) || ((killingThenClash(a, b) || killersAlsoFought(a, b)) && !echo)) return false;
  if (!familiesCompatible(a.family, b.family) && !echo && !(opens === Opens.None && retells(a, b)) && !oneRaid(a, b)) return false;
  // "A Nigerian Air Force strike killed 16 vigilantes ... after the criminals attacked two villages, kidnapping 12 women":
  // people are taken by a bombing's doers on the ground (a convoy stopped by a bomb), never by a strike from the air or afar.
  if (a.sentence !== b.sentence && (remoteThenTaken(a, b) || remoteThenTaken(b, a))) return false;
  // Two kinds of happening are read as one only when told side by side — or when one has nothing of its
  // own (a quote's "our people were massacred": no place, day or perpetrator but those of the story).
  // ...or when both name the same perpetrator: the army's "operation against terrorists" and the witnesses' massacre.
  if (a.family !== b.family && Math.abs(a.sentence.idx - b.sentence.idx) > 3 && !echoes(a) && !echoes(b) && !answer && !samePerpetrator(a, b)) return false;
  if (!placesCompatible(a, b)) return false;
  // "Police arrested six suspects on Tuesday over the bombing": the bombing told before, not one more on Tuesday.
  if (!datesCompatible(a, b) && !(a.sentence !== b.sentence && refersBack(a.sentence.idx > b.sentence.idx ? a : b, a.sentence.idx > b.sentence.idx ? b : a))) return false;
  // Two different named perpetrators are two events (unless one is only generic).
  const x = a.roles?.a1;
  const y = b.roles?.a1;
  if (x && y && !sameSide(x.name, y.name) && x.inter === y.inter && a.family !== "battle" && !unidentified(x) && !unidentified(y)) return false;
  // "Gunmen killed six villagers. Soldiers later clashed with the attackers": a side that acts afterwards, named
  // for itself, tells a happening of its own.
  const late = a.sentence.idx > b.sentence.idx ? a : b;
  const lateA1 = late.roles?.a1;
  if (opens === Opens.Later && !answer && VIOLENT_FAMILIES.has(a.family) && VIOLENT_FAMILIES.has(b.family) && x && y && x.name !== y.name && lateA1 && !unidentified(lateA1) && late.sentence.actors.length + late.sentence.generics.length > 0) return false;
  return true;
}

/**
 * "RSF fighters raped women ... last week, and abducted several others": sexual violence and an abduction or a killing
 * told in one sentence by one perpetrator are one raid, told by its deeds (ACLED codes two events only for two
 * happenings; the place and the day must still agree). Across sentences only a retelling by the same named side joins.
 */
function oneRaid(a: Roled, b: Roled): boolean {
  const pair = new Set([a.family, b.family]);
  if (!pair.has("Sexual violence") || !(pair.has("Attack") || pair.has("Abduction/forced disappearance"))) return false;
  if (a.sentence !== b.sentence) return samePerpetrator(a, b);
  const x = a.roles?.a1, y = b.roles?.a1;
  return !x || !y || x.name === y.name;
}

interface MergeData { weapon_class: Record<string, string>; weapon_generic_rules: string[]; weapon_generic_words: string; answers_told: string; refers_back_before: string; refers_back_noun: string; armed_hit: string; debris_before: string; night_retold_subject: string; crowds_apart_later: string; armed_dead: string; earlier_apart: string; lone_killing: string; region_opening_before: string; region_opening_after: string }
type Merging = MergeData & { genericWords: RegExp; answersTold: RegExp; refersBefore: RegExp; refersNoun: RegExp; armedHit: RegExp; debrisBefore: RegExp; nightRetold: RegExp; crowdsLater: RegExp; armedDead: RegExp; earlierApart: RegExp; loneKilling: RegExp; regionOpening: RegExp; regionOpeningAfter: RegExp };
let mergeData: Merging | undefined;
function merging(): Merging {
  if (!mergeData) {
    const d = loadJson<MergeData>("assembly/merge.json");
    mergeData = { ...d, genericWords: new RegExp(d.weapon_generic_words, "i"), answersTold: new RegExp(d.answers_told, "i"), refersBefore: new RegExp(d.refers_back_before, "i"), refersNoun: new RegExp(d.refers_back_noun, "i"), armedHit: new RegExp(d.armed_hit, "i"), debrisBefore: new RegExp(d.debris_before, "i"), nightRetold: new RegExp(d.night_retold_subject, "i"), crowdsLater: new RegExp(d.crowds_apart_later, "i"), armedDead: new RegExp(d.armed_dead, "i"), earlierApart: new RegExp(d.earlier_apart, "i"), loneKilling: new RegExp(d.lone_killing, "i"), regionOpening: new RegExp(d.region_opening_before, "i"), regionOpeningAfter: new RegExp(d.region_opening_after, "i") };
  }
  return mergeData;
}

/** Mentions the rules told apart from another happening at their place and day on an explicit telling (an "Earlier in
 *  the day," opening, a doer of their own): the drafts holding them are splitApart, which the keep-check never drops. */
const toldApartFrom = new WeakSet<Mention>();
/** `a` and `b` are two happenings told apart in so many words: marks both (toldApartFrom). */
function apart(a: Mention, b: Mention): void {
  toldApartFrom.add(a);
  toldApartFrom.add(b);
}

/** Of two crowd mentions, the one told second opens on what came earlier that day (merge.json earlier_apart) and tells
 *  no crowd's own violence (a peaceful gathering, force on marchers), and the one told first does (storming, burning,
 *  looting). (The same crowd's violence told as earlier that day, "Earlier on Friday, protesters set fire to the offices
 *  of several parties", is the riot's own.) */
function earlierCrowdApart(a: Mention, b: Mention): boolean {
  const [early, late] = a.sentence.idx < b.sentence.idx ? [a, b] : [b, a];
  return ofCrowd(early) && ofCrowd(late) && crowdKind(early) === "violent" && crowdKind(late) !== "violent" && earlierSameDay(late.sentence);
}

/** A crowd's happening: a demonstration or looting. */
function ofCrowd(m: Mention): boolean {
  return m.family === "demonstration" || m.family === "Looting/property destruction";
}

/** `strike` tells strikes from the air or by guns (an air strike, shelling) on the side `fight`, a fight, tells as
 *  attacking (its actor1, named), with a toll of its own in its own sentence, and is no deed of that side itself. */
function strikeOnAttackers(strike: Roled, fight: Roled): boolean {
  if (strike.family !== "explosion" || fight.family !== "battle" || fight.cue.rule.sub !== "Armed clash") return false;
  const attackers = fight.roles?.a1, hit = strike.roles?.a2, doer = strike.roles?.a1;
  if (!attackers || unidentified(attackers) || !hit || !sameSide(hit.name, attackers.name) || (doer && sameSide(doer.name, attackers.name))) return false;
  const weapons = weaponsOf(strike);
  const si = strike.sentence;
  return (weapons.has("air") || weapons.has("artillery")) && strike.fatalities.some((f) => f.start >= si.start && f.end <= si.end);
}

/** Two kinds of violence (a strike, an attack on civilians, an abduction), each told by a doer its own sentence names,
 *  with a day of its own, the doers on no one side and neither the other's target, one of them named: two doers' deeds. */
function twoDoers(a: Roled, b: Roled): boolean {
  const kinds = ["explosion", "Attack", "Abduction/forced disappearance"];
  if (a.family === b.family || !kinds.includes(a.family) || !kinds.includes(b.family) || !a.ownA1 || !b.ownA1) return false;
  const x = a.roles?.a1, y = b.roles?.a1;
  if (!x || !y || sameSide(x.name, y.name) || (unidentified(x) && unidentified(y))) return false;
  if ((a.roles?.a2 && sameSide(a.roles.a2.name, y.name)) || (b.roles?.a2 && sameSide(b.roles.a2.name, x.name))) return false;
  const ownDay = (m: Mention) => !!m.date && !m.date.inherited && !m.date.said;
  return ownDay(a) && ownDay(b);
}

/** How a demonstration mention's cue tells the crowd: gathering peacefully, its own violence (storming, burning,
 *  looting), or neither (force on it, a clash with police). */
function crowdKind(m: Mention): "peaceful" | "violent" | undefined {
  if (m.family !== "demonstration" && m.family !== "Looting/property destruction") return undefined;
  const sub = m.cue.rule.sub;
  if (sub === "Peaceful protest") return "peaceful";
  if ((sub === "Violent demonstration" || sub === "Mob violence" || sub === "Looting/property destruction") && !m.cue.rule.id.startsWith("clash>")) return "violent";
  return undefined;
}

/**
 * "Hundreds rallied outside the mosque on Monday ... Later in the evening, a group of young men set the former mayor's
 * house alight", "crowds then broke into shops": a peaceful gathering and a crowd's own violence at one place and day,
 * the one told second told as coming after the other, are two happenings (data/assembly/merge.json, crowds_apart): the
 * peaceful mentions make a protest of their own, the rest stays the violent one. Told with no such word ("marched and
 * threw stones"), the crowd that turned violent stays one violent demonstration.
 */
function crowdsApart(g: Roled[]): Roled[][] {
  if (g.length < 2 || !g.every((m) => m.family === "demonstration" || m.family === "Looting/property destruction")) return [g];
  const peaceful = g.filter((m) => crowdKind(m) === "peaceful");
  if (!peaceful.length || !g.some((m) => crowdKind(m) === "violent")) return [g];
  // (Read where the telling turns from one kind to the other: "They set fire to a building next to parliament, and
  // later torched a bank" tells the gathered crowd turning violent at once, and its later deeds are that riot's.)
  const later = merging().crowdsLater;
  const told = g.filter((m) => crowdKind(m)).sort((a, b) => a.sentence.start + a.cue.start - (b.sentence.start + b.cue.start));
  const apart = told.some((m, i) => i > 0 && crowdKind(m) !== crowdKind(told[i - 1]!) && later.test(m.sentence.text.slice(m.clause[0], Math.min(m.clause[1], m.cue.end + 30))));
  if (!apart) return [g];
  return [peaceful, g.filter((m) => !peaceful.includes(m))];
}

/** `late` tells the falling debris of a missile or drone whose interception `early` told just before ("intercepted a
 *  ballistic missile ... fragments of the missile fell on farmland"): the interception's, not one more strike. */
function debrisOf(late: Roled, early: Roled): boolean {
  if (early.family !== "Disrupted weapons use" || late.family !== "explosion" || late.sentence.idx < early.sentence.idx || late.sentence.idx - early.sentence.idx > 2) return false;
  if (late.sentence === early.sentence && late.cue.start < early.cue.start) return false;
  if (!merging().debrisBefore.test(late.sentence.text.slice(Math.max(0, late.cue.start - 50), late.cue.start))) return false;
  const pa = late.place?.place, pb = early.place?.place;
  // (Debris falls a few km from where the missile was hit: a town nearby, not one across the region.)
  return !pa || !pb || pa.latitude == null || pb.latitude == null || pa.longitude == null || pb.longitude == null || haversineKm(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= 40;
}

/** `late` names a happening of `early`'s kind by a noun after "the", as what another deed of its sentence was for
 *  ("arrested six suspects over the bombing"): the happening told before, whatever day the sentence tells. */
function refersBack(late: Roled, early: Roled): boolean {
  if (late.family !== early.family || early.sentence.idx >= late.sentence.idx) return false;
  const d = merging();
  return d.refersNoun.test(late.cue.text.trim()) && d.refersBefore.test(late.sentence.text.slice(Math.max(0, late.cue.start - 60), late.cue.start));
}

/** `late` fights back against "the attack" `early` told ("troops repelled the attack"; a raid that took villagers
 *  away is such an attack too), with no place or day of its own: both come from context. */
function answersTold(late: Roled, early: Roled): boolean {
  return late.family === "battle" && (VIOLENT_FAMILIES.has(early.family) || early.family === "Abduction/forced disappearance") && bare(late) && merging().answersTold.test(late.cue.text.trim());
}
/** The weapon classes a mention's own cues name ("air", "artillery", "bomb"); none for words that name no weapon of
 *  their own ("the blast") or one fired from the air and the ground alike ("missiles"). */
function weaponsOf(m: Mention): Set<string> {
  const d = merging();
  return new Set(m.cues.filter((c) => !d.weapon_generic_rules.includes(c.rule.id) && !d.genericWords.test(c.text)).map((c) => d.weapon_class[c.rule.sub as string]).filter((x): x is string => !!x));
}
/**
 * "Gunmen shot dead the mayor at his home. ... Police later exchanged fire with the suspects": the killing of one or
 * two people told in a sentence of its own, with its own place or day, is no part of a gunfight told in another
 * sentence (the same sentence, or a bare retelling in the next, may still tie them).
 */
function clashAndKilling(a: Roled, b: Roled): boolean {
  if (a.sentence === b.sentence) return false;
  const pair = new Set([a.family, b.family]);
  if (!pair.has("battle") || !pair.has("Attack")) return false;
  const [clash, killing] = a.family === "battle" ? [a, b] : [b, a];
  // (A massacre told beside the fighting it came with is one happening: only a killing of one or two people stands apart.)
  // (One person killed told with no figure, "Moise was shot dead at his residence", is such a killing: merge.json lone_killing.)
  return clash.cue.rule.sub === "Armed clash" && !bare(killing) && !bare(clash) &&
    (killing.fatalities.length > 0 ? killing.fatalities.every((f) => f.count <= 2) : merging().loneKilling.test(killing.cue.text.trim()));
}

/**
 * "Gang members stormed the town and exchanged fire with police for hours ... Residents said the gunmen then went from
 * house to house, shooting people": a fight between two armed sides, then, in a later sentence, a deed of the attackers'
 * own on civilians (a named doer, no armed side among those hit) are two happenings: the clash, and the killing.
 */
function clashThenKilling(a: Roled, b: Roled): boolean {
  if (a.sentence === b.sentence) return false;
  const [early, late] = a.sentence.idx < b.sentence.idx ? [a, b] : [b, a];
  // (The fight's own toll counts armed men only — "two officers were killed" — so the civilians' deaths are not its:
  // "attacked the village, killing more than 100 people ... at least 104 people were killed" is one massacre retold.)
  // (...or the attackers: "80 militants had been neutralised".)
  const armed = armedToll(early);
  // (The killers may be unnamed gunmen: what marks the killing as their own deed is that no armed side is among those hit.)
  const doer = late.roles?.a1;
  return armed && early.family === "battle" && late.family === "Attack" && twoSidedClash(early) && late.roles?.a2?.inter === 7 && !!doer && doer.inter !== 7 &&
    (ownDeedOnCivilians(late) || (unidentified(doer) && opener(late.sentence) === Opens.Later && !merging().armedHit.test(late.sentence.text.slice(late.cue.start, late.clause[1]))) ||
      // ("Fighters attacked a military detachment ... Seven soldiers were killed. While the troops were engaged, the
      // assailants fanned out into the town and shot dead 35 civilians": the fight's own attackers, unnamed, turning on
      // civilians where nothing armed is hit.)
      (unidentified(doer) && !!early.roles?.a1 && sameSide(doer.name, early.roles.a1.name) && onCiviliansOnly(late)));
}

/** A toll's dead are armed men of either side (data/assembly/merge.json, armed_hit and armed_dead). */
function armedDead(who: string): boolean {
  const d = merging();
  return d.armedHit.test(who) || d.armedDead.test(who);
}

/** The mention counts dead of its own, all of them armed men ("seven soldiers were killed", "80 militants had been
 *  neutralised"), or (civilianToll) none of them. */
function armedToll(m: Mention): boolean {
  return m.fatalities.length > 0 && m.fatalities.every((f) => !!f.who && armedDead(f.who));
}
function civilianToll(m: Mention): boolean {
  return m.fatalities.length > 0 && m.fatalities.every((f) => !!f.who && !armedDead(f.who));
}

/** An attack mention whose victims are civilians and whose clause names nothing armed as hit (ownDeedOnCivilians
 *  without its named doer). */
function onCiviliansOnly(m: Roled): boolean {
  if (m.roles?.a2?.inter !== 7) return false;
  const from = PASSIVE.test(m.cue.text) ? Math.max(m.clause[0], m.cue.start - 80) : m.cue.start;
  return !merging().armedHit.test(m.sentence.text.slice(from, m.clause[1]));
}

/**
 * "Militiamen attacked the neighbourhood, killing 26 civilians ... Peacekeepers exchanged fire with the attackers for
 * hours": a deed of the attackers' own on civilians, then, in a later sentence, another side named for itself fighting
 * those attackers, are two happenings: the killing, and the clash (the civilians were not in the fight).
 */
function killingThenClash(a: Roled, b: Roled): boolean {
  if (a.sentence === b.sentence) return false;
  const [early, late] = a.sentence.idx < b.sentence.idx ? [a, b] : [b, a];
  // (The killers may be unnamed, "Militants killed six fishermen": what marks the killing as their own deed is that
  // nothing armed is among those its clause hit.)
  if (early.family !== "Attack" || late.family !== "battle" || !twoSidedClash(late) || early.roles?.a2?.inter !== 7 || !early.roles.a1 || !(ownDeedOnCivilians(early) || onCiviliansOnly(early))) return false;
  // (The other side acts, named for itself, against the killers; and the fight is told with a day of its own: "returned
  // fire", told with nothing of its own, is the defenders' side of the attack itself, and the killers' own account of
  // a fight, "the army said it neutralised 203 terrorists", is the same operation told their way. A day the other side
  // told it on, after the killing's own day, is a day of its own too: "The army said on Tuesday its troops had clashed
  // with the militants", after their killing on Monday.)
  const killer = early.roles.a1, x = late.roles!.a1!, y = late.roles!.a2!;
  const ownDay = !!late.date && !late.date.inherited && (!late.date.said || (!!early.date && !early.date.inherited && !early.date.said && late.date.from > early.date.to));
  return ownDay && sameSide(y.name, killer.name) && !unidentified(x) && !sameSide(x.name, killer.name);
}

/**
 * "Dozens of civilians were killed when militants stormed the town ... Hundreds of fighters attacked a military
 * detachment and the town at the same time, the army said. Seven soldiers were killed": the killers, unnamed, also
 * fighting a named armed force, the fight told in a sentence of its own with a day of its own and a toll of armed men
 * only, are two happenings: the massacre, and the clash (ACLED codes each).
 */
function killersAlsoFought(a: Roled, b: Roled): boolean {
  if (a.sentence === b.sentence) return false;
  const [early, late] = a.sentence.idx < b.sentence.idx ? [a, b] : [b, a];
  if (early.family !== "Attack" || late.family !== "battle" || !twoSidedClash(late) || !onCiviliansOnly(early)) return false;
  const killer = early.roles?.a1, x = late.roles!.a1!, y = late.roles!.a2!;
  return !!killer && unidentified(killer) && sameSide(x.name, killer.name) && !unidentified(y) && !!late.date && !late.date.inherited && armedToll(late);
}

/** `strike` tells remote violence by a weapon fired from the air or afar (an air strike, shelling) and `taken` an abduction. */
function remoteThenTaken(strike: Mention, taken: Mention): boolean {
  if (strike.family !== "explosion" || taken.family !== "Abduction/forced disappearance") return false;
  const w = weaponsOf(strike);
  return w.has("air") || w.has("artillery");
}

/** Both mentions name a weapon, and no weapon class is named by both. */
function otherWeapons(a: Mention, b: Mention): boolean {
  const x = weaponsOf(a), y = weaponsOf(b);
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** Families of violence one deed may be told as: a bomb and the gunfire of one ambush, a raid and its killings. */
const VIOLENT_FAMILIES = new Set(["battle", "explosion", "Attack"]);

/**
 * "Militants killed seven police officers in an ambush. The convoy was hit by a roadside bomb before gunmen
 * opened fire": the very next sentence, with no place, day or new side of its own, tells the lead's deed in
 * other words, whatever kind of violence its words are.
 */
function retells(a: Roled, b: Roled): boolean {
  const [early, late] = a.sentence.idx <= b.sentence.idx ? [a, b] : [b, a];
  // (A restatement at the lead's own place may open the next paragraph: the official account after the lead.)
  const restated = restates(late, early);
  if (late.sentence.idx !== early.sentence.idx + 1 || (late.sentence.para !== early.sentence.para && !restated)) return false;
  if (!VIOLENT_FAMILIES.has(a.family) || !VIOLENT_FAMILIES.has(b.family) || !(bare(late) || restated)) return false;
  // A side its own sentence names acting ("army jets bombed rebel positions") does a deed of its own, unless it is the lead's doer.
  const doer = late.roles?.a1;
  if (doer && late.ownA1 && !unidentified(doer) && doer.name !== early.roles?.a1?.name) return false;
  const told = new Set([early.roles?.a1?.name, early.roles?.a2?.name]);
  return [late.roles?.a1, late.roles?.a2].every((x) => !x || unidentified(x) || told.has(x.name));
}

/**
 * "Soldiers were killed in an ambush near X on Wednesday. In a statement on Thursday, the ministry said the unit was
 * attacked with explosive devices near X": a sentence whose place is the lead's own and whose only day is the day
 * it was said brings nothing new of its own either (a day of its own, or another place, would).
 */
function restates(late: Roled, early: Roled): boolean {
  if (!late.date?.said || !early.date || early.date.said || late.placeInherited) return false;
  const lp = late.place?.place, ep = early.place?.place;
  return !!lp && !!ep && lp.name === ep.name && lp.country === ep.country && !late.place?.mention.offsetKm;
}

/** A sentence opening on a bearing from the last scene told ("Further west,"), not on another happening. */
const SCENE_SHIFT = /^\W*further\s+(?:north|south|east|west)(?:-?(?:north|south|east|west))?\b/i;

const enum Opens { None, Separate, Later }
/** "Soldiers later clashed with ...", "Police subsequently arrested ...": the subject, then the word that says what followed. */
// ("Residents said the gunmen then went from house to house": the same after a speaker's "X said (that)".)
const LATER_AFTER_SUBJECT = /^\W*(?:(?:[\w'’-]+\s+){1,3}(?:said|say|says|told\s+\w+)\s+(?:that\s+)?)?(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:later|afterwards|subsequently|then)\s+[a-z]{3,}\b/i;
let laterOpener: RegExp | undefined;
const openerOf = new WeakMap<SentenceInfo, Opens>();
/** The sentence opens on an earlier time of the same day ("Earlier on Thursday,": data/assembly/merge.json, earlier_apart). */
function earlierSameDay(si: SentenceInfo): boolean {
  return merging().earlierApart.test(si.text.slice(0, 60));
}

/** What a sentence's opening words say of its happening: another one ("Elsewhere,"), or one that followed ("Hours later,"). */
function opener(si: SentenceInfo): Opens {
  let o = openerOf.get(si);
  if (o === undefined) {
    laterOpener ??= new RegExp(modality().later_happening, "i");
    o = opensSeparately(si.text) ? Opens.Separate : laterOpener.test(si.text.slice(0, 80)) || LATER_AFTER_SUBJECT.test(si.text.slice(0, 80)) ? Opens.Later : Opens.None;
    openerOf.set(si, o);
  }
  return o;
}

function samePerpetrator(a: Roled, b: Roled): boolean {
  const x = a.roles?.a1;
  const y = b.roles?.a1;
  // ...and one of them has no place or day of its own: a version of the story, not another happening.
  // (The bare one names it in its own sentence: a side only carried over from the mention before names no one.)
  return !!x && !!y && x.name === y.name && !unidentified(x) && ((bare(a) && !!a.ownA1) || (bare(b) && !!b.ownA1));
}

/** No place and no day of its own: both came from context. */
function bare(m: Roled): boolean {
  return (!!m.placeInherited || !!m.placeFromDateline) && (!m.date || m.date.inherited);
}


/** Families that are no violence: an echo of a fight does not join them. */
// (Looting is not among them: "many homes were looted", told with nothing of its own, is the raid's damage.)
const QUIET = new Set(["Arrests", "Agreement", "Change to group/activity", "Headquarters or base established", "Disrupted weapons use", "Other", "demonstration"]);

/** A mention with no place, day or named perpetrator of its own: it can only retell the story's event. */
function echoes(m: Roled): boolean {
  const a1 = m.roles?.a1;
  return bare(m) && (!a1 || unidentified(a1));
}

/** A mention telling a fight between two armed sides: an armed clash with both sides told, neither of them civilians. */
function twoSidedClash(m: Roled): boolean {
  const a1 = m.roles?.a1, a2 = m.roles?.a2;
  return m.family === "battle" && m.cue.rule.sub === "Armed clash" && !!a1 && !!a2 && a1.name !== a2.name && a1.inter !== 7 && a2.inter !== 7;
}

/** An attack mention that tells a deed of its own on civilians: a doer named for itself, and no armed side among what
 *  its clause says was hit or killed (data/assembly/merge.json, armed_hit). */
function ownDeedOnCivilians(m: Roled): boolean {
  const a1 = m.roles?.a1;
  if (!a1 || unidentified(a1)) return false;
  // What was hit: the cue's object ("fired at the station and ..."), or, told in the passive, the victims before it
  // ("19 fighters and two civilians had been killed"); not the doer opening an active clause ("Soldiers fired on ...").
  const passive = PASSIVE.test(m.cue.text);
  const from = passive ? Math.max(m.clause[0], m.cue.start - 80) : m.cue.start;
  return !merging().armedHit.test(m.sentence.text.slice(from, m.clause[1]));
}
const PASSIVE = /\b(?:was|were|had\s+been|have\s+been|has\s+been|being)\b/i;

/** A capture told only by "entered", or a withdrawal ("the attackers retreated from the area"), in a sentence after `lead`'s. */
function enteredAfter(m: Roled, lead: Roled): boolean {
  return m.cue.rule.sub === "territory" && (m.cue.rule.territory === "withdraw" || /^enter/i.test(m.cue.text)) && m.sentence.idx > lead.sentence.idx;
}

/** "was detained by gendarmes", "has been arrested by the country's police": an arrest whose agent follows "by". */
const BY_FORCE = /^\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police(?:men)?|gendarmes|gendarmerie|security\s+(?:forces|agents|services)|troops|soldiers|army|military|agents|officers|authorities|intelligence|forces)\b/i;

/** The arrest is told in the passive with a state force as its agent ("was detained by gendarmes"). */
function arrestedBy(m: Roled): boolean {
  return BY_FORCE.test(m.sentence.text.slice(m.cue.end, m.cue.end + 120));
}

/** A state force (police or army) among the speakers of an arrest's own sentences: the force that told of its arrest. */
function arrestingSpeaker(g: Roled[], date?: string): Actor | undefined {
  for (const m of g) {
    for (const sp of m.speakers) {
      const entry = sp.affiliation ? actorByName(sp.affiliation, date) : undefined;
      if (entry?.inter === 1 && /^(?:Police|Military) Forces of /.test(entry.name)) return { name: entry.name, inter: 1 };
    }
  }
  return undefined;
}

function draftOf(g: Roled[], ctx: ArticleContext): Draft | undefined {
  // A mention that only echoes the story ("during the bombardment") does not re-type the happening it retells.
  const core = g.filter((m) => !echoes(m));
  const lead = g.reduce((a, b) => (b.sentence.idx < a.sentence.idx ? b : a));
  // "FARC rebels attacked a police station ... Fighters fired at the station and at houses around it": a lead telling a
  // fight between two armed sides is not retyped as an attack on civilians by a later sentence that tells no deed of
  // its own on them (no named doer, or the fight's armed side among what it hit or counts: "19 fighters and two civilians").
  const typing = twoSidedClash(lead) ? core.filter((m) => m.family !== "Attack" || m.sentence.idx <= lead.sentence.idx || ownDeedOnCivilians(m)) : core;
  const pool = typing.length ? typing : core.length ? core : g;
  // Kinds of violence merged only because a sentence retold the lead ("the convoy was hit by a roadside bomb"
  // after "killed seven officers in an ambush"): the lead's own words type the deed.
  const retold = pool.some((m) => !familiesCompatible(m.family, pool[0]!.family));
  const first = retold ? pool.filter((m) => m.sentence.idx === Math.min(...pool.map((x) => x.sentence.idx))) : pool;
  const top = first.reduce((a, b) => (b.cue.rule.priority > a.cue.rule.priority ? b : a));
  // A lead that names no way of attacking ("the boat came under attack") is typed by the weapon the next words tell.
  const strongest = VAGUE_ATTACK.test(top.cue.text) ? g.find((m) => m.family === "explosion" && m.sentence.idx >= top.sentence.idx && m.sentence.idx - top.sentence.idx <= 1) ?? top : top;
  // "Gunmen killed 12 soldiers ... The soldiers fought back": the side the lead tells was hit is not the
  // perpetrator because a later sentence has it act (its own name does not outrank the lead's unnamed gunmen).
  // "Militiamen attacked a camp for displaced people, killing 12. The attackers entered the camp after dark ...":
  // entering, told after an attack on civilians, is how the attack was done, not a place changing hands; and so is
  // the attackers' leaving ("... as they retreated from the area"), told after it.
  // "A candidate was shot dead as he left a rally in Quito ... One suspect died after an exchange of fire with guards":
  // a fight told later with no day or place of its own is how the attack ended, not what it was.
  // (Only after a lead that tells no fight of its own: "Fano fighters attacked Debre Markos, fighting federal forces"
  // was a battle from the first.)
  let leadFights: boolean | undefined;
  const foughtAfter = (m: Roled) => bare(m) && m.sentence.idx > lead.sentence.idx && onCiviliansOnly(lead) &&
    !(leadFights ??= findCues(lead.sentence.text).some((c) => familyOf(c.rule) === "battle"));
  const best = strongest.family === "battle" && lead.family === "Attack" && pool.includes(lead) && pool.every((m) => m.family !== "battle" || enteredAfter(m, lead) || foughtAfter(m)) ? lead : strongest;
  const hit = lead.roles?.a1 && unidentified(lead.roles.a1) ? lead.roles.a2?.name : undefined;
  // (...nor are its sides taken from such a mention: the police hit in the clash, not the civilians.)
  const sided = typing.length && typing.length < core.length ? g.filter((m) => typing.includes(m) || !core.includes(m)) : g;
  const withA1 = [...sided].sort((a, b) => b.cue.rule.priority - a.cue.rule.priority).find((m) => m.roles?.a1 && !unidentified(m.roles.a1) && (m === lead || m.roles.a1.name !== hit))
    ?? (lead.roles?.a1 ? lead : sided.find((m) => m.roles?.a1));
  let a1 = withA1?.roles?.a1;
  // (...and the guards who fought the attackers are not its perpetrators: the lead's attacker is.)
  if (best !== strongest && lead.roles?.a1 && withA1?.family === "battle" && g.includes(withA1) && foughtAfter(withA1)) a1 = lead.roles.a1;
  // "police said they had detained several people after a bombing claimed by the BLA", then "police raided homes and
  // arrested four suspects": of the arrest's tellings, the one naming a state force tells who arrested (ACLED codes
  // arrests by state forces; an armed group's captives are abducted).
  if (best.family === "Arrests" && a1 && a1.inter !== 1) a1 = g.map((m) => m.roles?.a1).find((x) => x?.inter === 1) ?? a1;
  let a2 = withA1?.roles?.a2 ?? sided.find((m) => m.roles?.a2 && m.roles.a2.name !== a1?.name)?.roles?.a2;
  // "A suspect has been detained by Turkish police", "Kosovo police arrested two men ..., police said": a state force
  // named after "by" the passive arrest, or a force that told of an arrest it made (told with no agent of its own in
  // the active voice), made the arrest when no other state force is named.
  if (best.family === "Arrests" && (!a1 || a1.inter !== 1)) {
    const force = g.filter(arrestedBy).map((m) => m.roles?.a2).find((x) => x?.inter === 1) ?? arrestingSpeaker(g.filter((m) => !PASSIVE.test(m.sentence.text.slice(Math.max(0, m.cue.start - 25), m.cue.start))), ctx.published);
    if (force) {
      if (a2?.name === force.name) a2 = a1;
      a1 = force;
    }
  }
  // (...and its victims are the attack's, not the side the entering met.)
  if (best !== strongest) a2 = lead.roles?.a2 ?? a2;
  const captures = g.filter((m) => m.cue.rule.sub === "territory" && m.cue.rule.territory !== "withdraw");
  if (!a1 && captures.length === 0) {
    const w = g.find((m) => m.cue.rule.territory === "withdraw");
    if (w) a2 = w.roles?.a2 ?? a2;
  }
  let sub: SubEventType;
  if (best.family === "battle") {
    // Who took the place is told by the capture's own words ("militants overran a camp"), not by a fight
    // merged with it ("the fighting lasted three hours, army sources said", whose actor is the army).
    const taker = captures.map((m) => m.roles?.a1).find((x) => x && !unidentified(x)) ?? captures.map((m) => m.roles?.a1).find((x) => x);
    sub = battleSub(g, taker ?? a1, ctx);
    // ...and the taker is actor1 of a change of hands; the side a merged mention named first is the loser.
    if (sub !== "Armed clash" && taker && taker.name !== a1?.name && !(unidentified(taker) && a1 && !unidentified(a1) && a1.inter !== 1)) {
      const holder = captures.map((m) => m.roles?.a2).find((x) => x && x.name !== taker.name);
      a2 = holder ?? (a1 && a1.name !== taker.name ? a1 : a2);
      a1 = taker;
    }
    // The loser of a place taken from the state is the state's forces.
    if (sub !== "Armed clash" && !a2 && a1 && a1.inter !== 1) {
      const loser = g.map((m) => m.roles?.a2).find((x) => x && x.name !== a1!.name);
      a2 = loser;
    }
  } else if (best.family === "demonstration") {
    sub = demonstrationSub(g);
    a1 = crowdAsCoded(a1, sub, g, ctx);
  } else sub = otherSub(best, g, a1);
  // (...and an attack read off burned homes and deaths has the dead as its victims: civilians, as every attack's actor2.)
  if (sub === "Attack" && best.cue.rule.sub === "Looting/property destruction" && a2?.inter !== 7) {
    const cc = g.map((m) => m.place?.place?.country).find(Boolean) ?? ctx.countries[0];
    if (cc) a2 = genericActor("civilians", cc);
  }
  if (a1 && a2 && a1.name === a2.name) a2 = undefined;
  // "Clashes broke out ... Somaliland forces said they repelled the attack": the other side a fight's mentions name acting is its actor2.
  if (!a2 && a1 && familyKey(sub) === "battle") a2 = g.map((m) => m.roles?.a1).find((x) => x && x.name !== a1!.name && !unidentified(x) && x.inter !== 7);

  // A day of its own beats the day a claim or a running toll was given ("rose to 100 on Tuesday").
  const ownDay = g.find((m) => m.date && !m.date.inherited && !m.date.said);
  const dated = (ownDay && (earlyHours(ownDay, g) ?? dayInSpan(ownDay, g) ?? nightTold(ownDay, g) ?? dayInLooseSpan(ownDay, g) ?? dayInWeekend(ownDay, g))) ?? ownDay ?? toldBeforeSaid(g) ?? g.find((m) => m.date && !m.date.inherited) ?? g.find((m) => m.date);
  // The most precise place any mention gives from its own sentence, else one from context (a town of a district told
  // by its unit word before the district: "in Dera Ismail Khan district", then "near Kulachi").
  const located = g.filter((m) => m.place && m.place.mention.kind !== "country" && m.place.place?.latitude != null);
  const placed =
    [...located].sort((a, b) => Number(stretchStart(a, g)) - Number(stretchStart(b, g)) || Number(!!a.placeFromDateline) - Number(!!b.placeFromDateline) || Number(!!a.placeInherited) - Number(!!b.placeInherited) || coarseness(a) - coarseness(b) || Number(namedAsUnit(a)) - Number(namedAsUnit(b)) || a.sentence.idx - b.sentence.idx)[0] ??
    g.find((m) => m.place);
  const figures = g.flatMap((m) => m.fatalities.map((f) => f.count));
  const speakers = g.flatMap((m) => [...m.speakers, ...m.laterSpeakers.map((l) => l.speaker)]);
  const denials = g.flatMap((m) => m.denials);
  // "The army blamed the RSF for the attack": the blamed group is the perpetrator when the text names no other.
  if (!a1 || unidentified(a1)) {
    const blamed = blamedActor(g, ctx);
    if (blamed) a1 = blamed;
  }
  if (!placed && !a1) return undefined;
  // An arrest is coded when we know who made it; "a man was arrested" alone is a police-blotter line.
  if (sub === "Arrests" && !a1) return undefined;
  // A blast nobody is said to have caused may be an accident: not coded on the word "explosion" alone.
  if (g.every((m) => m.cue.rule.id === "explosion") && (!a1 || unidentified(a1))) return undefined;
  const outletVoice = g.some((m) => m.speakers.length === 0);
  const confidence = Math.min(1, best.cue.rule.confidence * (placed ? 1 : 0.7) * (a1 ? 1 : 0.8) * (dated && !dated.date!.inherited ? 1 : 0.9) + Math.min(0.1, (g.length - 1) * 0.05));
  return {
    mentions: g,
    sub,
    rule: best.cue.rule.id,
    confidence: Math.round(confidence * 100) / 100,
    a1,
    a2,
    date: dated?.date,
    place: placed?.place,
    // The toll of the lead mention; later figures are often parts ("one attacker blew himself up").
    fatalities: leadFigure(g, ctx) ?? lowestReliable(figures),
    fatalityFigures: [...new Set(figures)],
    speakers: dedupe(speakers),
    denials: dedupe(denials),
    unverified: g.some((m) => m.unverified),
    verifiedByOutlet: g.some((m) => m.verifiedByOutlet),
    outletVoice,
    ownA1: g.some((m) => m.ownA1),
  };
}

// draftOf's sub-type, by family, as steps of their own: V8 recompiled its 2 KB body whole after any deopt.

/** The place a capture's cue takes, told by a word for the town named before ("retook the town"). */
const TAKING_CUE = /^(?:re)?(?:took|taken|captured|seized|gained|overran|overrun)\b|^(?:retook|retaken|recaptured|regained|liberated)\b/i;
const TAKEN_BACK_ANAPHOR = /^\s+(?:back\s+)?(?:the|that)\s+(?:same\s+)?(?:town|city|village|locality|settlement)\b/i;

/** A battle: fighting, or a place changing hands (and how). */
interface SubtypeData { unfought_after: string; fight_shunned_before: string; fought_told: string }
type SubtypeWords = { unfoughtAfter: RegExp; shunnedBefore: RegExp; foughtTold: RegExp };
let subtypeData: SubtypeWords | undefined;
/** Words of data/assembly/subtypes.json: a place taken without a fight, told in a sentence after the capture's; a fight
 *  told only as what someone sought protection from. */
function subtypeWords(): SubtypeWords {
  if (!subtypeData) {
    const d = loadJson<SubtypeData>("assembly/subtypes.json");
    subtypeData = { unfoughtAfter: new RegExp(d.unfought_after, "i"), shunnedBefore: new RegExp(d.fight_shunned_before, "i"), foughtTold: new RegExp(d.fought_told, "i") };
  }
  return subtypeData;
}

/** One of the two sentences after a capture's own tells it was taken without a fight, and tells no fighting itself
 *  ("The army said it had retaken X. Residents said the militia pulled out without a fight as troops approached."). */
function unfoughtAfter(g: Roled[], ctx: ArticleContext): boolean {
  const { unfoughtAfter: words, foughtTold } = subtypeWords();
  const last = Math.max(...g.map((m) => m.sentence.idx));
  for (const m of g) {
    if (m.cue.rule.sub !== "territory" || m.cue.rule.territory === "withdraw") continue;
    for (let i = m.sentence.idx + 1; i <= m.sentence.idx + 2 && i <= last + 2; i++) {
      const s = ctx.sentences[i]?.text;
      if (!s || opensSeparately(s)) break;
      if (words.test(s) && !foughtTold.test(s)) return true;
    }
  }
  return false;
}

function battleSub(g: Roled[], a1: Actor | undefined, ctx: ArticleContext): SubEventType {
  // A change of hands is coded only where a mention names the place taken; a capture placed by
  // context alone ("has taken dozens of villages west of the city") is fighting, not the city changing hands.
  // "the army retook the town" names the place taken as plainly as its name would, when a town was told before.
  const territory = g.some((m) => m.cue.rule.sub === "territory" && (!m.placeInherited || (m.place?.mention.kind === "place" && TAKING_CUE.test(m.sentence.text.slice(m.cue.start, m.cue.end)) && TAKEN_BACK_ANAPHOR.test(m.sentence.text.slice(m.cue.end, m.cue.end + 40)))));
  if (!territory) return "Armed clash";
  // "Militants entered the town and fought soldiers before withdrawing": the place did not change hands.
  if (g.some((m) => m.cue.rule.sub === "territory" && m.cue.rule.territory !== "withdraw" && HELD_BRIEFLY.test(m.sentence.text.slice(Math.max(0, m.cue.start - 10))))) return "Armed clash";
  const text = g.map((m) => m.sentence.text).join(" ");
  const shunned = subtypeWords().shunnedBefore;
  const before = (t: string, at: number) => { const b = t.slice(Math.max(0, at - 60), at); return FOUGHT_BEFORE.test(b.slice(-40)) || shunned.test(b); };
  const fought = g.some((m) => m.cues.some((c) => c.rule.sub === "Armed clash" && !before(m.sentence.text, c.start))) || [...text.matchAll(FOUGHT)].some((f) => !before(text, f.index!));
  // A withdrawal with no one told taking the place by force is a handover (ACLED: territory changes hands without fighting).
  const onlyWithdrawn = g.every((m) => m.cue.rule.sub !== "territory" || m.cue.rule.territory === "withdraw");
  if ((NON_VIOLENT.test(text) || onlyWithdrawn || unfoughtAfter(g, ctx)) && !fought) return "Non-violent transfer of territory";
  // "Troops pulled out of the camp after a two-day raid in which gunmen fought them": the side that fought and left took
  // nothing; with no one told taking the place, it is the fight.
  // (the one who left is the withdrawal's subject, its actor1, unless the place was handed over to someone: then its actor2)
  const leavers = new Set(g.filter((m) => m.cue.rule.territory === "withdraw").map((m) => (/\bover\s+to\b/i.test(m.sentence.text) ? m.roles?.a2?.name : (m.roles?.a1 ?? m.roles?.a2)?.name)));
  if (onlyWithdrawn && a1 && leavers.has(a1.name)) return "Armed clash";
  if (a1?.inter === 1 && !foreignForce(a1, g)) return "Government regains territory";
  return "Non-state actor overtakes territory";
}

/** A state's forces taking territory abroad from that country's state, or from no one told ("Russian troops took a
 *  village in Donetsk"): ACLED codes it as a non-state actor's taking, not as a government regaining its own. Allied
 *  troops retaking a town from insurgents ("Rwandan troops retook X from the militants") stay the government's side. */
function foreignForce(a1: Actor, g: Roled[]): boolean {
  const home = actorByName(a1.name)?.country;
  const scene = g.find((m) => m.place?.place?.country && m.place.mention.kind !== "country")?.place?.place?.country;
  const loser = g.map((m) => m.roles?.a2).find((x) => x && x.name !== a1.name);
  return !!home && !!scene && home !== scene && (!loser || loser.inter === 1);
}

/**
 * A demonstration is what its lead sentence says it was when the lead calls it a mob; otherwise ACLED
 * codes the gravest thing told of it: demonstrators who stormed, burned or looted make a riot whatever
 * force met them; force short of that on a peaceful crowd is force against protesters, then intervention.
 * Each mention counts by the cue standing for it (not by words of a cause it tells, "a day after rioters stormed ...").
 * "Police clashed with protesters" says nothing of who was violent: after the lead it counts below intervention.
 * A lead that tells force on the crowd ("soldiers opened fire on demonstrators") keeps it; violence told only in a
 * party's own claim ("the junta accuses protesters of rioting") counts below intervention too.
 */
function demonstrationSub(all: Roled[]): SubEventType {
  // "Six were killed as protests turned violent across Bangladesh. In the city of Rangpur, police opened fire on
  // protesters": a lead summing up the country, placed by no town of its own, lends the scene told at its own town
  // its place and day, not its kind (the scene's own words tell what happened there).
  // (A lead that itself tells force on protesters or a mob, "as security forces fired on protesters across Chad", keeps its kind.)
  const leadSub = all[0]!.cue.rule.sub;
  const scene = leadSub !== "Mob violence" && leadSub !== "Excessive force against protesters" && countrySum(all[0]!) ? all.filter((m) => !countrySum(m)) : undefined;
  const g = scene?.some((m) => !m.placeFromDateline && !m.placeInherited) ? scene : all;
  const sub = g[0]!.cue.rule.sub as SubEventType;
  if (sub === "Mob violence" || sub === "Excessive force against protesters") return sub;
  const told = new Set<string>();
  for (const m of g) {
    if (m.family !== "demonstration" && m.family !== "Looting/property destruction") continue;
    for (const c of m.cues) {
      if (c !== m.cue && toldAsOther(m.sentence.text, c.start)) continue;
      const s = c.rule.sub === "Looting/property destruction" ? "Violent demonstration" : c.rule.sub;
      const claimed = m.speakers.length > 0 && m.speakers.every((x) => x.party && x.stance !== "asserts");
      // A clash told beside another protest cue of its clause ("protesters clashed with police") is soft even as the lead's cue.
      const clash = c.rule.id.startsWith("clash>") && (c !== g[0]!.cue || m.cues.some((o) => o !== c && o.rule.protest));
      told.add(s === "Violent demonstration" && (clash || (c !== g[0]!.cue && claimed)) ? "soft violence" : s);
    }
  }
  return ((x) => (x === "soft violence" ? "Violent demonstration" : x))(DEMONSTRATION_RANK.find((x) => told.has(x)) ?? sub) as SubEventType;
}

/** Riot sub-types: their crowd is ACLED's rioters (inter 5); a protest's crowd is protesters (inter 6). */
const RIOT_SUBS: ReadonlySet<string> = new Set(["Violent demonstration", "Mob violence"]);

/**
 * The generic crowd of a demonstration as its sub-type codes it: a protest's mentions merged with a riot's ("protesters
 * gathered ... students broke through barricades") name "Protesters (X)" from the first; the riot they make is coded
 * with "Rioters (X)", and a protest with "Protesters (X)". A crowd the report names (a movement, a party) is kept.
 */
function crowdAsCoded(a1: Actor | undefined, sub: SubEventType, g: Roled[], ctx: ArticleContext): Actor | undefined {
  if (!a1 || (a1.inter !== 5 && a1.inter !== 6) || sub === "Excessive force against protesters") return a1;
  const cc = g.map((m) => m.place?.place?.country).find(Boolean) ?? ctx.countries[0];
  if (!cc) return a1;
  const want = RIOT_SUBS.has(sub) ? "rioters" : "protesters";
  const other = genericActor(want === "rioters" ? "protesters" : "rioters", cc);
  return a1.name === other.name ? { ...a1, ...genericActor(want, cc) } : a1;
}

/** A mention placed by no town of its own whose clause sums up a whole country or region: "turned violent across Bangladesh". */
function countrySum(m: Mention): boolean {
  return !!(m.placeFromDateline || m.placeInherited) && COUNTRY_SPREAD.test(m.sentence.text.slice(m.clause[0], m.clause[1]));
}
const COUNTRY_SPREAD = /\b(?:across|throughout)\s+(?:the\s+)?(?:country|nation|[A-Z][\w'’-]+)\b/;

/** "The device exploded", "the blast": an explosion told with no weapon of its own (no roadside bomb, mine or car bomb). */
const BARE_BLAST = /^(?:the\s+)?(?:(?:explosive\s+)?device|blast|explosion|bomb)\s+(?:went\s+off|exploded|detonated)\b/i;

/** A killing told beside an abduction in its sentence: "killing nine people", "shot dead two guards". */
const KILLING_TOO = /\b(?:killing|killed|shot\s+dead|shooting\s+dead|gunned\s+down|massacred|murdered|hacked\s+to\s+death)\b/i;

/** Any other family: the strongest mention's sub-type. */
function otherSub(best: Roled, g: Roled[], a1: Actor | undefined): SubEventType {
  const sub = best.cue.rule.sub as SubEventType;
  // "A man threw a grenade at a police post ... The device exploded at the entrance": the device is that grenade.
  if (sub === "Remote explosive/landmine/IED" && BARE_BLAST.test(best.cue.text) && g.some((m) => m.cue.rule.sub === "Grenade")) return "Grenade";
  // "Seven people were killed as looters ransacked businesses": looting by rioters (ACLED inter 5) that killed people is
  // a violent crowd, mob violence; looting by an armed group, or by a crowd with no one killed, stays looting.
  if (sub === "Looting/property destruction" && a1?.inter === 5 && g.some((m) => m.fatalities.some((f) => f.count > 0))) return "Mob violence";
  // "Fighters looted shops ... At least three civilians were shot dead as they tried to stop them": looting told with a
  // killing of its own at the same place and day is an attack; ACLED codes the gravest act.
  if (sub === "Looting/property destruction" && g.some((m) => m.cue.rule.sub === "Attack" && m.fatalities.some((f) => f.count > 0))) return "Attack";
  // "Troops torched 200 houses, and three residents who could not flee were burned to death": homes burned by an armed
  // actor with people killed in the same telling is an attack too, though no attack cue told the deaths (ACLED codes
  // the gravest act; looting/property destruction is for property alone).
  if (sub === "Looting/property destruction" && a1 && a1.inter >= 1 && a1.inter <= 4 && g.some((m) => m.fatalities.some((f) => f.count > 0))) return "Attack";
  // A raid that killed dozens and took a few away is an attack; an abduction is the sub-type when taking people was the deed.
  if (sub === "Abduction/forced disappearance" && g.some((m) => m.cue.rule.sub === "Attack") && g.some((m) => m.fatalities.some((f) => f.count > 0))) return "Attack";
  // ...and so is one told in a single clause ("raided cattle camps, killing at least nine people and abducting four
  // children"), where the taking outranked the killing among the clause's cues.
  if (sub === "Abduction/forced disappearance" && g.some((m) => m.cue.rule.sub === "Abduction/forced disappearance" && m.fatalities.some((f) => f.count > 0) && KILLING_TOO.test(m.sentence.text))) return "Attack";
  return sub;
}

/** 0 a town, 1 a region or a whole province: the lead's own town wins over a later, vaguer place. */
function coarseness(m: Mention): number {
  return m.place?.mention.kind === "place" && m.place.place?.geo_precision !== 3 ? 0 : 1;
}

// ("It blamed the paramilitary Rapid Support Forces", "blaming forces loyal to Khalifa Haftar": a few words between, none
// that opens what the blame is for: "accused the army of" blames the army.)
const BLAME = /\b(?:blamed|blaming|accused|held)\s+(?:the\s+)?(?:(?!(?:of|for|over|with|on)\b)[\w'’-]+\s+){0,4}$/i;

/** The actor a sentence of the mentions (or the one after) blames or holds responsible. */
function blamedActor(g: Mention[], ctx: ArticleContext): Actor | undefined {
  const idx = new Set(g.flatMap((m) => [m.sentence.idx, m.sentence.idx + 1]));
  for (const i of [...idx].sort((a, b) => a - b)) {
    const si = ctx.sentences[i];
    if (!si) continue;
    const a = si.actors.find((x) => BLAME.test(si.text.slice(Math.max(0, x.start - 30), x.start)));
    if (a) return { name: a.actor.name, inter: a.actor.inter };
  }
  return undefined;
}

const dist = (f: { start: number; end: number }, at: number) => (at < f.start ? f.start - at : at > f.end ? at - f.end : 0);

/** A mention that names a town of its own in its own sentence (not a region, not a place from context). */
const ownTown = (m: Mention) => !!m.place && !m.placeInherited && !m.placeFromDateline && coarseness(m) === 0;

function leadFigure(g: Mention[], ctx: ArticleContext): number | undefined {
  const told = [...g].sort((a, b) => a.sentence.idx - b.sentence.idx).filter((m) => m.fatalities.length);
  // "Fighting across the province killed 40 people. In Beni, 12 people died": a toll told for a whole region
  // counts more than the town's event; a mention at the town with a figure of its own gives the toll.
  const first = told.find((m) => ownTown(m) || !told.some(ownTown));
  // "Thirteen officers were killed when ..., and six civilians died in a truck bombing": of the lead
  // sentence's figures, the one told closest to the event's own cue.
  const at = first ? first.sentence.start + first.cue.start : 0;
  const own = first?.fatalities.filter((f) => f.start >= (first?.sentence.start ?? 0) && f.end <= (first?.sentence.end ?? 0)) ?? [];
  const lead = own.length > 1 ? own.reduce((a, b) => (dist(b, at) < dist(a, at) ? b : a)) : first?.fatalities[0];
  if (!lead || !first) return undefined;
  const townToll = townFigure(first, g, ctx);
  if (townToll !== undefined) return townToll;
  // ACLED: a conventional value ("dozens" = 12) stands in only when no number is reported. A vague
  // lead ("dozens were killed") gives way to the lowest exact figure told later ("at least 29").
  const exact = lead.vague ? g.flatMap((m) => m.fatalities).filter((f) => !f.vague && !f.adds && f.who !== LONE).map((f) => f.count) : [];
  let count = exact.length ? lowestReliable(exact) : lead.count;
  // The sentences after the lead tell how its toll stands: a running toll replaces it ("the toll rose to 11"),
  // deaths told as more add to it ("five attackers were also killed", "one later died of wounds"), and
  // another source's count of the same people is a rival figure, of which ACLED keeps the lowest
  // ("police put the toll at eight"). Other figures there are parts of it ("six of the dead were children").
  // Only the next few sentences, in the lead's paragraph or the one after, tell of its toll so.
  const seen = new Set<number>();
  const near = ctx.sentences.filter((s) => s.idx > first.sentence.idx && s.idx <= first.sentence.idx + NEAR_SENTENCES && s.para <= first.sentence.para + 1);
  // A running toll of the event ("The death toll later rose to 19"), handed to it by the mention it follows, counts wherever it is told.
  const after = ctx.sentences.filter((s) => s.idx > first.sentence.idx);
  const sentenceOf = (f: Figure) => near.find((s) => f.start >= s.start && f.end <= s.end) ?? (f.rose ? after.find((s) => f.start >= s.start && f.end <= s.end) : undefined);
  const later = g.flatMap((m) => m.fatalities).filter((f) => f.start >= first.sentence.end && sentenceOf(f) && !seen.has(f.start) && seen.add(f.start));
  // A rival count stands alone in its sentence ("A woman was shot dead and three other people died" are parts).
  const alone = (f: Figure) => later.filter((o) => sentenceOf(o) === sentenceOf(f)).length === 1;
  for (const f of later.sort((a, b) => a.start - b.start)) {
    if (f.rose) count = f.count;
    else if (f.adds || (attackersCounted(f.who) && f.who !== lead.who)) count += f.count;
    else if (f.said && !f.vague && lead.who && (f.who === lead.who || f.who === "toll") && f.count < count && words(f.text) <= 7 && alone(f) && !/\bothers?\b/i.test(f.text)) count = f.count;
  }
  return count;
}

/** A toll counted over a whole area: "across the province", "throughout the region". */
const AREA_WIDE = /\b(?:across|throughout)\b/i;

/**
 * "Fighting across the province killed 40 people. In Beni, 12 people died": when the lead counts its toll over a
 * whole area and names no town of its own, a later sentence that names the event's own town gives the town's toll.
 */
function townFigure(first: Mention, g: Mention[], ctx: ArticleContext): number | undefined {
  const id = first.place?.place?.geonameid;
  if (!id || !(first.placeInherited || coarseness(first) === 1) || !AREA_WIDE.test(first.sentence.text)) return undefined;
  const inTown = g.flatMap((m) => m.fatalities).filter((f) => {
    if (f.start < first.sentence.end || f.vague) return false;
    const si = ctx.sentences.find((s) => f.start >= s.start && f.end <= s.end);
    return !!si && si.places.some((p) => p.place?.geonameid === id && p.place.geo_precision === 1);
  });
  return inTown.length ? lowestReliable(inTown.map((f) => f.count)) : undefined;
}

const words = (s: string) => s.split(/\s+/).length;
const NEAR_SENTENCES = 3;

function dedupe(xs: Speaker[]): Speaker[] {
  const seen = new Set<string>();
  return xs.filter((s) => (seen.has(s.name + s.stance) ? false : (seen.add(s.name + s.stance), true)));
}
