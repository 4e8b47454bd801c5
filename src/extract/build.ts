// Pass 5 of extraction: a draft becomes an Event record with ACLED's columns, claims, evidence and notes.
import * as crypto from "node:crypto";
import { disorderTypeOf, eventTypeOf, interactionOf, type Claim, type Event, type Evidence } from "../event.js";
import { countryInfo, reverseGeocode } from "../geo/index.js";
import type { ArticleContext } from "./context.js";
import type { Draft } from "./assemble.js";
import { actorAt, airPower, defender, followUps, laterPerpetrator, localised, unidentified, type Actor } from "./roles.js";
import type { PlaceHit, SentenceInfo } from "./context.js";
import { sentenceSpeakers, type Speaker } from "./attribution.js";
import { joinScales, scaleOfSource } from "./sources.js";
import { actorByName, associatedGroups, genericActor, localActor, stateForce } from "./actors.js";
import { findFatalities, lowestReliable } from "./fatalities.js";
import { sceneByEcho, sceneByVillageEcho, sceneInCountry } from "./places.js";
import { COMMEMORATION, figureTown, sameTown, toldOnlyLongAgo } from "./mentions.js";
import { loadJson } from "./lexicon.js";
import type { ResolvedPlace } from "../geo/index.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const longDate = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/** Claim kinds that make a source a party to the fight rather than an independent witness. */
const PARTY_KINDS = new Set(["government", "military", "armed_group", "official"]);

/** The hex SHA-256 of `s`. crypto.hash, the one-shot form (Node 20.12 on), gives the same digest as createHash's
 *  update and digest at about half the cost (no Hash object per event); older Nodes take the long way. */
const sha256Hex: (s: string) => string = typeof crypto.hash === "function" ? (s) => crypto.hash("sha256", s, "hex") : (s) => crypto.createHash("sha256").update(s).digest("hex");

export function buildEvent(d: Draft, ctx: ArticleContext, idx: number, all: readonly Draft[] = []): Event {
  // The steps are functions of their own, not one long body: V8 recompiles a function whole (with what
  // it inlined) when one spot in it meets a new object or array shape, and as one body buildEvent was
  // recompiled several times per 1,000 reports at ~0.3 s of CPU each.
  const input = ctx.input;
  d = placed(d, ctx, all);
  const p = d.place?.place ?? null;
  const cc = p?.country ?? ctx.countries[0] ?? "";
  const ci = cc ? countryInfo(cc) : null;
  const published = ctx.published ?? new Date().toISOString().slice(0, 10);
  const date = d.date?.date ?? published;
  const precision = (d.date ? (d.date.inherited && d.date.precision === 1 ? 1 : d.date.precision) : 2) as 1 | 2 | 3;
  const admin = adminOf(p);
  const { a1, a2, later } = actorsOf(d, ctx, cc, date);
  const followSpeakers = laterSpeakersOf(d, later, ctx);
  const speakers = withoutShortForms([...d.speakers, ...followSpeakers.map((f) => f.speaker)]);
  const inter1 = a1?.inter ?? 0;
  const inter2 = a2?.inter ?? 0;

  const outlet = input.outlet?.trim();
  const claims = claimsOf(d, speakers, outlet, input.id);
  const { verification, reason } = verify(d, claims, outlet);
  const modality = verification === "disputed" ? "denied" : verification === "claimed" ? "claimed" : "reported";
  const evidence = evidenceOf(d, ctx, followSpeakers, a1 ? { name: a1.name, sentences: later } : undefined);
  const sources = [...new Set([outlet, ...speakers.map((s) => s.name), ...d.denials.map((s) => s.name)].filter(Boolean) as string[])];
  const eventType = eventTypeOf(d.sub);
  const location = p?.location || p?.name || d.place?.mention.name || "";
  const iso3 = cc ? (countryInfoIso3(cc) ?? cc) : "XXX";
  const id = sha256Hex(`${input.id}\u0000${idx}\u0000${d.sub}\u0000${date}\u0000${location}`).slice(0, 10);

  return {
    event_id_cnty: `${iso3}-${id}`,
    event_date: date,
    year: Number(date.slice(0, 4)),
    time_precision: precision,
    disorder_type: disorderTypeOf(eventType),
    event_type: eventType,
    sub_event_type: d.sub,
    actor1: a1?.name ?? "",
    assoc_actor_1: [...(a1?.assoc ?? []).filter((n) => n !== a1?.name && n !== a2?.name), ...groupsOf(a1, d, cc)].join("; "),
    inter1,
    actor2: a2?.name ?? "",
    assoc_actor_2: groupsOf(a2, d, cc).join("; "),
    inter2,
    interaction: interactionOf(inter1, inter2),
    civilian_targeting: inter2 === 7 && eventType !== "Protests" ? "Civilian targeting" : "",
    iso: ci?.iso ?? null,
    region: ci?.region ?? "",
    country: ci?.name ?? "",
    admin1: admin.admin1,
    admin2: admin.admin2,
    admin3: admin.admin3,
    location,
    latitude: p?.latitude ?? null,
    longitude: p?.longitude ?? null,
    geo_precision: (p?.geo_precision ?? 3) as 1 | 2 | 3,
    source: sources.join("; "),
    source_scale: joinScales([outlet ? scaleOfSource(outlet, "outlet") : undefined, ...[...speakers, ...d.denials].map((s) => scaleOfSource(s.name, s.kind, s.country))]),
    notes: notesOf(d, date, claims, verification),
    fatalities: d.fatalities || laterToll(d, later, ctx, all),
    tags: d.unverified ? "unverified by outlet" : "",
    timestamp: Math.floor(Date.now() / 1000),
    claims,
    modality,
    verification,
    verification_reason: reason,
    evidence,
    articles: [input.id],
    country_code: cc || undefined,
    rule: d.rule,
    confidence: d.confidence,
    fatalities_reported: d.fatalityFigures.length > 1 ? d.fatalityFigures : undefined,
  };
}

/** The draft with its scene settled: a place in the report's country, or the town its site lies near. */
function placed(d: Draft, ctx: ArticleContext, all: readonly Draft[]): Draft {
  const force = d.a1?.inter === 1 ? actorByName(d.a1.name)?.country : undefined;
  const scene = sceneInCountry(d.place, Math.min(...d.mentions.map((m) => m.sentence.idx)), ctx, all.filter((o) => o !== d).map((o) => o.place), force);
  if (scene) return { ...d, place: scene };
  const echoed = sceneByEcho(d, ctx) ?? sceneByVillageEcho(d, ctx);
  // The site lies near that town, not in it: precision 2.
  if (echoed?.place) return { ...d, place: { ...echoed, place: { ...echoed.place, geo_precision: Math.max(2, echoed.place.geo_precision) as 2 | 3 } } };
  const next = sceneOfNextTelling(d, all);
  if (next) return { ...d, place: next };
  return d;
}

/**
 * "YEREVAN — Armenia said Azerbaijani forces shelled towns inside its territory overnight ... The ministry said
 * artillery hit positions near Jermuk": a lead told with no place but the dateline (the reporter's desk) takes the
 * town the next telling of the same kind of violence gives, within the two sentences after it.
 */
const SPREAD_TARGETS = /\b(?:towns|villages|cities|settlements|positions|areas|regions|communities|localities|parts\s+of|(?:its|their|the\s+country's)\s+territory)\b/i;
const ANOTHER_HAPPENING = /\b(?:separate|separately|another|elsewhere|also|later|earlier)\b/i;

function sceneOfNextTelling(d: Draft, all: readonly Draft[]): PlaceHit | undefined {
  return nextTelling(d, all)?.place;
}

/**
 * "Azerbaijani forces shelled towns inside Armenia overnight ... The ministry said artillery hit positions near
 * Jermuk shortly after midnight on Tuesday": a lead placed by the next telling (above), of the same kind and on a
 * day that overlaps its own (the night and its early hours), is that telling's summary, not a happening of its own.
 */
export function summaryOfNextTelling(d: Draft, all: readonly Draft[]): boolean {
  const o = nextTelling(d, all);
  return !!o && o.sub === d.sub && !!d.date && !!o.date && d.date.from <= o.date.to && o.date.from <= d.date.to;
}

function nextTelling(d: Draft, all: readonly Draft[]): Draft | undefined {
  if (!d.place?.place || !d.mentions.every((m) => m.placeFromDateline)) return undefined;
  const lead = Math.min(...d.mentions.map((m) => m.sentence.idx));
  if (lead !== 0) return undefined;
  const first = d.mentions[0]!;
  // Only a lead that names no site of its own but places spread over the land ("towns and positions inside its
  // territory"): "a suicide bomber struck a mosque" at the dateline may well be there.
  if (!SPREAD_TARGETS.test(first.sentence.text.slice(first.clause[0], first.clause[1]))) return undefined;
  const family = first.family;
  const next = all
    .filter((o) => o !== d && o.place?.place && o.place.place.country === d.place!.place!.country && o.place.mention.kind === "place")
    .flatMap((o) => o.mentions.filter((m) => m.family === family && !m.placeInherited && !m.placeFromDateline && m.sentence.idx > lead && m.sentence.idx <= lead + 2 && !ANOTHER_HAPPENING.test(m.sentence.text.slice(0, m.cue.start))).map((m) => ({ o, m })))
    .sort((a, b) => a.m.sentence.idx - b.m.sentence.idx || a.m.cue.start - b.m.cue.start)[0];
  return next?.o;
}

/** ACLED's admin columns: the place's own, or the units its point falls in. */
function adminOf(p: ResolvedPlace | null): { admin1: string; admin2: string; admin3: string } {
  const admin = { admin1: p?.admin1 ?? "", admin2: p?.admin2 ?? "", admin3: p?.admin3 ?? "" };
  if (p && !admin.admin1 && p.latitude != null && p.longitude != null) {
    const r = reverseGeocode(p.latitude, p.longitude);
    if (r) return { admin1: r.admin1, admin2: r.admin2, admin3: "" };
  }
  return admin;
}

const PROTEST_EVENT = new Set<string>(["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]);

/** actor1 and actor2 as of the event's date, and the follow-up sentences that tell more of the event. */
function actorsOf(d: Draft, ctx: ArticleContext, cc: string, date: string): { a1?: Actor; a2?: Actor; later: SentenceInfo[] } {
  const own = [...new Set(d.mentions.map((m) => m.sentence.idx))];
  const later = followUps(own, ctx);
  const perpetrator = perpetratorOf(d, eventTypeOf(d.sub), own, later, ctx);
  // ACLED: excessive force against protesters is coded as the force's act (actor1) on the protesters (actor2).
  const [c1, c2] = d.sub === "Excessive force against protesters" && d.a2?.inter === 1 && (d.a1?.inter === 5 || d.a1?.inter === 6) ? [d.a2, d.a1] : [d.a1, d.a2];
  const [r1, r2] = [protestCrowd(c1, d.sub, cc), protestCrowd(c2, d.sub, cc)];
  const a1 = actorAt(localised(perpetrator ?? (unnamed(r1) ? fallbackActor(d, ctx, cc) ?? r1 : r1), cc, date), date);
  const a2raw = actorAt(localised(r2, cc, date), date);
  const a2 = a2raw && a2raw.name !== a1?.name ? a2raw : undefined;
  return { a1, a2, later };
}

/** The crowd of a protest (peaceful, met with intervention or with excessive force) is protesters, though a mention of it
 *  told of stones. */
function protestCrowd(a: Actor | undefined, sub: string, cc: string): Actor | undefined {
  return a?.inter === 5 && PROTEST_EVENT.has(sub) && a.name === genericActor("rioters", cc).name ? { ...a, ...genericActor("protesters", cc) } : a;
}

/**
 * "Nigeria's defence ministry said ... The ministry added": a speaker whose name is another's with middle words
 * left out ("Nigerian Ministry" of "Nigerian Defence Ministry") is that speaker told again, not a second source.
 */
function withoutShortForms(speakers: Speaker[]): Speaker[] {
  return speakers.filter((s) => !speakers.some((o) => shortFormOf(s.name, o.name)));
}

/** "Ahmed Hassan" of "Ahmed Ali Hassan": the same first and last words, fewer between. */
function shortFormOf(short: string, long: string): boolean {
  const [a, b] = [short.split(/\s+/), long.split(/\s+/)];
  return a.length >= 2 && b.length > a.length && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

/** Who tells the event: the outlet, each named source once, and those who deny it. */
function claimsOf(d: Draft, speakers: Speaker[], outlet: string | undefined, articleId: string): Claim[] {
  const claims: Claim[] = [];
  if (outlet) claims.push({ source: outlet, stance: d.outletVoice && !d.unverified ? "asserts" : "claims", kind: "outlet", article_id: articleId });
  for (const s of speakers) {
    if (s.stance === "denies") continue;
    if (claims.some((c) => c.source === s.name && c.stance !== "denies")) continue;
    claims.push({ source: s.name, stance: s.party ? "claims" : "asserts", kind: s.kind, article_id: articleId });
  }
  for (const s of d.denials) claims.push({ source: s.name, stance: "denies", kind: s.kind, article_id: articleId });
  return claims;
}

/**
 * ACLED never leaves actor1 empty: violence nobody in the report is named for is coded to an
 * unidentified armed group of the country. Applied to the finished events, after the keep-check has
 * judged them as the rules built them (its signals were fitted on events with actor1 left empty).
 */
export function withActor1(e: Event): Event {
  if (e.actor1 || !e.country_code || !VIOLENT.has(e.event_type)) return e;
  const a1 = genericActor("unidentified", e.country_code);
  return { ...e, actor1: a1.name, inter1: a1.inter, interaction: interactionOf(a1.inter, e.inter2) };
}

/** Words that make a follow-up's figure history or a running total, not this event's toll. */
const NOT_THIS_TOLL = /\b(?:since|so far|this year|last (?:week|month|year)|in total|overall|conflict|war|tall(?:y|ies)|(?:19|20)\d\d)\b|\bclaim/i;

/** A side telling of its own forces' fight: "its troops had repelled ...", "their fighters killed ...". */
const OWN_FIGHT = /\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|units|soldiers|fighters|army|men)\b[^.;]{0,80}?\b(?:repelled|beaten back|beat back|pushed back|thwarted|foiled|destroyed|eliminated|neutrali[sz]ed)\b/i;

/**
 * A toll told only in the sentences that elaborate the event ("At least 10 soldiers had been killed,
 * a local source said"): the lowest reliable figure among them. Only for violence whose own sentences
 * gave none, and never a running total or history.
 */
function laterToll(d: Draft, later: SentenceInfo[], ctx: ArticleContext, all: readonly Draft[]): number {
  if (!VIOLENT.has(eventTypeOf(d.sub))) return 0;
  // "Jets struck Hodeidah on Saturday, a day after a drone hit Tel Aviv ... The drone that struck Tel Aviv came from the
  // sea. A man was found dead": a sentence that names the scene of another event told in the report, and not this
  // event's own, tells that event; a toll told from there on is that one's (or none's), so the follow-ups end there.
  const toldElsewhere = later.findIndex((si) => namesOtherScene(si, d, all));
  if (toldElsewhere >= 0) later = later.slice(0, toldElsewhere);
  // "About 1,200 were killed in the attack a year ago", "20 leaders were killed in October alone": a sentence
  // whose every date is long past tells an old toll.
  // "its troops had beaten back an attempt ... and killed 50 fighters": a side's account of its own fight is
  // another event's toll, unless the event is that fight.
  // "Burundi has been in crisis since April 2015 ... More than 400 people have been killed": what follows a
  // sentence of history tells that history's toll, so the follow-ups end there.
  const battle = eventTypeOf(d.sub) === "Battles";
  const history = later.findIndex((si) => toldOnlyLongAgo(si, ctx));
  const news = history < 0 ? later : later.slice(0, history);
  // A commemoration's sentence ("at the memorial, where more than 60 were killed, families read out the names") tells an old toll.
  // "shelled Idlib and the towns of Sarmin and Ariha ... 11 civilians were killed in Idlib city": a town of a list told
  // in one sentence (another draft opens on the same cue) takes only a toll told at its own town; the list's toll
  // told at no town is the first's (mentions.ts, attachFigures).
  const lead = d.mentions[0];
  // (Told apart by their first mentions: `d` may be a copy of its own draft in `all`.)
  const listed = !!lead && all.some((o) => o.mentions[0] !== lead && o.mentions[0]?.sentence === lead.sentence && o.mentions[0]?.cue.start === lead.cue.start);
  const ownTown = (si: SentenceInfo, f: { end: number }) => !!d.place && sameTown(figureTown(si, f), d.place);
  const figures = news.filter((si) => !NOT_THIS_TOLL.test(si.text) && !COMMEMORATION.test(si.text) && (battle || !OWN_FIGHT.test(si.text))).flatMap((si) => findFatalities(si.text).filter((f) => !f.vague && (!listed || ownTown(si, f))).map((f) => f.count));
  return figures.length ? lowestReliable(figures) : 0;
}

/** The sentence names the scene (a town or a region, not a country) of another draft of the report told before it, and not `d`'s own. */
function namesOtherScene(si: SentenceInfo, d: Draft, all: readonly Draft[]): boolean {
  const own = d.place?.place?.location;
  const towns = si.places.filter((p) => p.mention.kind !== "country" && p.place?.location).map((p) => p.place!.location);
  if (!towns.length || (own && towns.includes(own))) return false;
  // (Only an event told before the sentence: a sentence naming a scene the report tells later is no telling of it yet.)
  return all.some((o) => o !== d && o.place && o.place.mention.kind !== "country" && !!o.place.place?.location && towns.includes(o.place.place.location) && o.mentions.some((m) => m.sentence.idx < si.idx));
}

const unnamed = (a?: Actor) => !a || unidentified(a);

/** An actor the sub-type itself implies when the text names none: a state's aircraft, a state's air defences. */
function fallbackActor(d: Draft, ctx: ArticleContext, cc: string): Actor | undefined {
  if (d.sub === "Air/drone strike") {
    const lead = d.mentions[0]!;
    const last = Math.max(...d.mentions.map((m) => m.sentence.idx));
    return airPower(last, lead.sentence.text.slice(lead.cue.start, lead.cue.end), cc, ctx);
  }
  if (d.sub === "Disrupted weapons use" && !d.a1) return defender(cc, ctx);
  // Gas dropped from the air ("a helicopter dropped a barrel bomb", "after warplanes struck") came from a
  // state's aircraft, like any air strike; gas told without aircraft stays an unseen hand.
  if (d.sub === "Chemical weapon") {
    const own = [...new Set(d.mentions.map((m) => m.sentence.idx))];
    const told = [...own.map((i) => ctx.sentences[i]!), ...followUps(own, ctx)];
    const last = Math.max(...own);
    if (told.some((si) => FROM_THE_AIR.test(si.text))) {
      // "a government helicopter": the state's own aircraft, named by its role.
      if (cc && told.some((si) => STATE_AIRCRAFT.test(si.text))) return stateForce(cc, "military", ctx.published);
      return airPower(last, "", cc, ctx);
    }
  }
  return undefined;
}

/** Aircraft or their bombs: what delivered a weapon from the air. */
const FROM_THE_AIR = /\b(?:helicopters?|warplanes?|aircraft|jets?|barrel[- ]bombs?|air[- ]?strikes?|bombers?)\b/i;

const STATE_AIRCRAFT = /\b(?:government|regime|army|military|air force)\s+(?:helicopters?|warplanes?|aircraft|jets?|planes?)\b/i;

/** Event types whose actor1 is a perpetrator a later sentence may name (a claim, a blame). */
const VIOLENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians"]);

/** A perpetrator named around or after the lead, when the lead left actor1 open or unidentified. */
function perpetratorOf(d: Draft, type: string, own: number[], later: SentenceInfo[], ctx: ArticleContext): Actor | undefined {
  if (!VIOLENT.has(type)) return undefined;
  const open = unnamed(d.a1);
  // An armed group claiming the attack outranks state forces read off the scene ("the army said it
  // repelled the attack"): only then may a claim replace an actor1 the lead already gave.
  if (!open && d.a1!.inter !== 1) return undefined;
  const own0 = own.map((i) => ctx.sentences[i]!).filter(Boolean);
  const p = laterPerpetrator([...own0, ...later], ctx);
  if (!open && !(p?.claimed && p.inter >= 2 && p.inter <= 4)) return undefined;
  // A group is not the perpetrator of an attack on itself.
  return p && p.name !== d.a2?.name ? { name: p.name, inter: p.inter } : undefined;
}

/** Generic actors whose members a report may name as a group (ACLED's associated actors). */
const GROUPED: Record<number, string> = { 5: "rioters", 6: "protesters", 7: "civilians" };

/** "Gunmen killed two journalists": the group a generic civilian, protester or rioter actor belongs to. */
function groupsOf(a: Actor | undefined, d: Draft, cc: string): string[] {
  const kind = a && GROUPED[a.inter];
  if (!kind || !cc || !/\(/.test(a.name)) return [];
  // Only the clause that tells the event: a group named elsewhere may be other people.
  const clauses = d.mentions.map((m) => m.sentence.text.slice(m.clause[0], m.clause[1]));
  return [...new Set(clauses.flatMap((t) => associatedGroups(t, kind, cc)))];
}

interface FollowSpeaker {
  sentence: SentenceInfo;
  speaker: Speaker;
}

/** Words that show a follow-up sentence is still about the event (a toll, a claim, the attack itself). */
const ABOUT_EVENT = /\b(?:kill\w*|dead|deaths?|died|wounded|injured|casualt\w+|toll|bodies|victims|attack\w*|strikes?|struck|bomb\w*|blast|explosion|shell\w*|fighting|clash\w*|fired|shot|responsib\w+|carried out|behind|seized|captured|took control|targeted)\b/i;

/** Who is quoted, in the follow-up sentences, about the event: sources the lead did not name. */
function laterSpeakersOf(d: Draft, later: SentenceInfo[], ctx: ArticleContext): FollowSpeaker[] {
  const known = new Set([...d.speakers, ...d.denials].map((s) => s.name));
  const out: FollowSpeaker[] = [];
  for (const si of later) {
    // The cheap test first: a sentence not about the event needs no speakers found.
    if (!ABOUT_EVENT.test(si.text)) continue;
    const sp = sentenceSpeakers(si, ctx);
    if (!sp.length) continue;
    for (const s of sp) {
      // A denial in a follow-up is about responsibility, not about the event: not a source of it.
      if (s.stance === "denies" || known.has(s.name)) continue;
      known.add(s.name);
      out.push({ sentence: si, speaker: s });
    }
  }
  return out;
}

function countryInfoIso3(cc: string): string | undefined {
  return ISO3.get(cc);
}
const ISO3 = new Map(loadJson<{ countries: { code: string; iso3: string }[] }>("countries.json").countries.map((c) => [c.code, c.iso3]));

function verify(d: Draft, claims: Claim[], outlet?: string): { verification: Event["verification"]; reason: string } {
  if (d.denials.length) {
    return { verification: "disputed", reason: `denied by ${d.denials.map((s) => s.name).join(", ")}` };
  }
  const independent = claims.filter((c) => c.stance === "asserts" && !PARTY_KINDS.has(c.kind ?? "") && c.kind !== "unnamed");
  if (d.verifiedByOutlet && outlet) return { verification: "confirmed", reason: `${outlet} says it verified the report` };
  if (independent.length) {
    return { verification: "reported", reason: `reported by ${independent.map((c) => c.source).join(", ")}` };
  }
  const parties = claims.filter((c) => c.stance === "claims" && c.kind !== "outlet");
  const who = parties.map((c) => c.source).join(", ") || "a single source";
  return {
    verification: "claimed",
    reason: d.unverified ? `claimed by ${who}; the outlet could not independently confirm it` : `claimed by ${who}`,
  };
}

function evidenceOf(d: Draft, ctx: ArticleContext, follow: FollowSpeaker[] = [], named?: { name: string; sentences: SentenceInfo[] }): Evidence[] {
  const id = ctx.input.id;
  const text = ctx.input.text;
  const out: Evidence[] = [];
  const push = (field: Evidence["field"], start: number, end: number) => {
    if (end <= start || start < 0 || end > text.length) return;
    if (out.some((e) => e.field === field && e.start === start && e.end === end)) return;
    out.push({ field, article_id: id, start, end, text: text.slice(start, end) });
  };
  for (const m of d.mentions) {
    const s = m.sentence.start;
    push("event", s, m.sentence.end);
    push("event_type", s + m.cue.start, s + m.cue.end);
    if (m.date && !m.date.inherited) push("event_date", s + m.date.start, s + m.date.end);
    for (const f of m.fatalities) push("fatalities", f.start, f.end);
    for (const sp of m.speakers) push(sp.stance === "denies" ? "claim" : "source", s + sp.start, s + sp.end);
    for (const l of m.laterSpeakers) push("source", l.sentence.start + l.speaker.start, l.sentence.start + l.speaker.end);
  }
  for (const f of follow) push("source", f.sentence.start + f.speaker.start, f.sentence.start + f.speaker.end);
  if (d.place) push("location", d.place.mention.start, d.place.mention.end);
  for (const m of d.mentions) {
    const cc = m.place?.place?.country ?? ctx.countries[0];
    for (const a of m.sentence.actors) {
      const name = localActor(a.actor, cc, ctx.published).name; // "Islamic State" names its branch there
      if (name === d.a1?.name) push("actor1", m.sentence.start + a.start, m.sentence.start + a.end);
      if (name === d.a2?.name) push("actor2", m.sentence.start + a.start, m.sentence.start + a.end);
    }
  }
  // An actor1 the event's own sentences do not name (a claim, a blame, a group named further on)
  // points at where the follow-up sentences name it.
  if (named && !out.some((e) => e.field === "actor1")) {
    const cc = d.place?.place?.country ?? ctx.countries[0];
    for (const si of named.sentences) for (const a of si.actors) if (localActor(a.actor, cc, ctx.published).name === named.name) push("actor1", si.start + a.start, si.start + a.end);
  }
  return out.sort((a, b) => a.start - b.start || a.field.localeCompare(b.field));
}

function notesOf(d: Draft, date: string, claims: Claim[], verification: string): string {
  const lead = d.mentions[0]!.sentence.text.replace(/\s+/g, " ").trim();
  const body = lead.length > 320 ? lead.slice(0, 317).replace(/\s+\S*$/, "") + "..." : lead;
  const extra = d.mentions.slice(1).map((m) => m.sentence.text.replace(/\s+/g, " ").trim()).find((t) => t.length < 240 && t !== lead);
  const parts = [`On ${longDate(date)}: ${body}`];
  if (extra) parts.push(extra);
  const claimers = claims.filter((c) => c.stance === "claims" && c.kind !== "outlet").map((c) => c.source);
  const deniers = claims.filter((c) => c.stance === "denies").map((c) => c.source);
  if (claimers.length) parts.push(`[Claimed by ${claimers.join(", ")}${deniers.length ? `; denied by ${deniers.join(", ")}` : ""}.]`);
  else if (deniers.length) parts.push(`[Denied by ${deniers.join(", ")}.]`);
  if (verification === "claimed" && d.unverified) parts.push("[Not independently verified.]");
  if (d.fatalityFigures.length > 1) parts.push(`[Fatality figures reported: ${d.fatalityFigures.join(", ")}; lowest coded.]`);
  return parts.join(" ");
}
