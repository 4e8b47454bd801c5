// Pass 3 of extraction: who did it (actor1) and to whom (actor2), from word order around the cue,
// passive "by X", "from X", speakers speaking for their own forces, and the article's context.
import { actorByName, countryQualifiers, genericActor, genericGroup, countryGroup, localActor, stateForce } from "./actors.js";
import { tokenize } from "./phrase-trie.js";
import { re } from "./lexicon.js";
import { opensSeparately } from "./cues.js";
import { capitalCountry, countrySubject, hasStateForce, stateFireSubject } from "./country-subject.js";
import type { ArticleContext, SentenceInfo } from "./context.js";
import { asides, clauseTiming, type Mention } from "./mentions.js";
import { sentenceSpeakers, type Speaker } from "./attribution.js";

export interface Actor {
  name: string;
  inter: number;
  /** Allies acting with it in this event (ACLED's assoc_actor), e.g. the partners of a joint strike. */
  assoc?: string[];
}

/** An actor ACLED names "Unidentified Armed Group (...)": the text did not say who. */
export const unidentified = (a: Actor): boolean => a.name.startsWith("Unidentified");

interface Candidate extends Actor {
  start: number; // relative to the sentence
  end: number;
  how: string;
  country?: string;
  /** The registry name as the text gave it, before it was localised ("Islamic State" for its branch). */
  named?: string;
}

/** The candidate a speaker's affiliation names, under its own name or the one the text gave it. */
const affiliated = (cands: Candidate[], affiliation: string): Candidate | undefined => cands.find((x) => x.name === affiliation || x.named === affiliation);

/** Actors named in a sentence, registry names first, generic words resolved with the article's country. */
export function candidates(m: Mention, ctx: ArticleContext): Candidate[] {
  const si = m.sentence;
  const date = ctx.published;
  const cc = m.place?.place?.country ?? ctx.countries[0] ?? "";
  // "Islamic State militants" in Mali: the branch registered for the scene's country.
  const out: Candidate[] = si.actors.map((a) => {
    const actor = localActor(a.actor, cc, date);
    return { name: actor.name, inter: actor.inter, start: a.start, end: a.end, how: "named", country: actor.country, ...(actor !== a.actor ? { named: a.actor.name } : {}) };
  });
  // "the HTS-led Military Operations Command": the group that leads it is the actor.
  for (const o of out) {
    const led = si.actors.find((a) => a.end <= o.start && /^[-‐‑]led\s+(?:[\w'’-]+\s+){0,2}$/.test(si.text.slice(a.end, o.start)));
    if (led && led !== (o as unknown)) Object.assign(o, { name: led.actor.name, inter: led.actor.inter, country: led.actor.country });
  }
  for (const g of si.generics) {
    if (out.some((o) => g.start < o.end && g.end > o.start)) continue;
    // "Al-Shabaab fighters", "forces loyal to the GNA": the generic word is the named group's own men.
    const owner = out.find((o) => o.how === "named" && o.inter !== 7 && ((o.end <= g.start && /^\s*$/.test(si.text.slice(o.end, g.start))) || (o.start >= g.end && LOYAL_TO.test(si.text.slice(g.end, o.start)))));
    if (owner) continue;
    // "fighters of the Rapid Support Forces", "militants from X": the named group's own men, acting as it.
    const ofOwner = g.kind !== "civilians" ? out.find((o) => o.how === "named" && o.inter >= 1 && o.inter <= 4 && o.start >= g.end && MEN_OF.test(si.text.slice(g.end, o.start))) : undefined;
    if (ofOwner) {
      ofOwner.start = g.start;
      continue;
    }
    // "Israeli forces raided Jenin ... Soldiers shot dead two men": bare soldiers in a town of another country are the force told.
    const told = g.kind === "military" && !g.country && BARE_FORCE.test(g.text) && !OWN_OR_STATE_BEFORE.test(si.text.slice(Math.max(0, g.start - 25), g.start)) ? foreignForceTold(si, cc, ctx) : undefined;
    if (told) {
      out.push({ ...stateForce(told, "military", date), start: g.start, end: g.end, how: g.kind, country: told });
      continue;
    }
    // "Israeli police arrested two settlers ... On Saturday, police said they had arrested two Israelis": bare police at a
    // scene of another country are the one foreign police force the report named, when it names none of the scene's own.
    const policeTold = g.kind === "police" && !g.country && BARE_POLICE.test(g.text) && !OWN_OR_STATE_BEFORE.test(si.text.slice(Math.max(0, g.start - 25), g.start)) ? foreignPoliceTold(si, cc, m.place?.place?.admin1, ctx) : undefined;
    if (policeTold) {
      out.push({ ...stateForce(policeTold, "police", date), start: g.start, end: g.end, how: g.kind, country: policeTold });
      continue;
    }
    // "armed separatists" in a Cameroonian story: the one movement the word stands for there.
    const r = g.kind === "group" ? genericGroup(g.text, g.country ?? cc, date, cc) : (g.kind === "unidentified" ? countryGroup(g.text, g.country ?? cc, date) : undefined) ?? resolveGeneric(g.kind, g.country ?? cc, ctx, date, si);
    // "Rwandan and Mozambican troops": a joint force led by the first country named, the other its ally.
    const joint = g.country && (g.kind === "military" || g.kind === "police") ? JOINT_BEFORE.exec(si.text.slice(Math.max(0, g.start - 30), g.start)) : null;
    const lead = joint ? countryQualifiers().lookup(joint[1]!)[0] : undefined;
    if (r && lead && lead !== g.country && hasStateForce(lead)) {
      out.push({ ...stateForce(lead, g.kind as "military" | "police", date), assoc: [r.name], start: g.start - joint![0].length, end: g.end, how: g.kind, country: lead });
      continue;
    }
    if (r) out.push({ ...(g.kind === "unidentified" ? otherSide(r, g, m, out, cc) : r), start: g.start, end: g.end, how: g.kind, country: g.country ?? cc });
  }
  // An aside ("— which grew out of X —") names actors that are not the ones acting —
  // except the former holder of a place: "Tal Rifaat, a town that the SDF had held since 2016".
  const aside = asides(si.text);
  return out
    .filter((c) => !aside.some(([a, b]) => c.start >= a && c.end <= b) || HELD_BEFORE.test(si.text.slice(c.end, c.end + 30)))
    .sort((a, b) => a.start - b.start);
}

/** "loyal to a leader of the Aqidat tribe": words after a generic that give its men a tribe's or clan's loyalty. */
const LOYAL_TO_KIN = /^\s+(?:loyal|allied|belonging)\s+to\b[^.;]{0,80}?\b(tribe|tribal|tribesmen|clan)\b/i;

/**
 * "Gunmen loyal to a tribal leader stormed SDF checkpoints": a generic subject ("gunmen", "fighters") stands for the
 * story's most-named armed group only when that group is not the very side its act is aimed at; when the group is
 * named as the cue's object, the generic is another side: an unidentified armed group, or the tribe's or clan's
 * militia it is told loyal to.
 */
function otherSide(r: Actor, g: { start: number; end: number }, m: Mention, named: Candidate[], cc: string): Actor {
  const si = m.sentence;
  const loyalKin = LOYAL_TO_KIN.exec(si.text.slice(g.end, g.end + 120));
  const aimedAt = g.start <= m.cue.start && named.some((o) => o.how === "named" && o.name === r.name && o.start >= Math.max(g.end, m.cue.start) && o.start <= m.cue.end + 40);
  if (!aimedAt && !loyalKin) return r;
  if (loyalKin) {
    const kin = genericGroup(/clan/i.test(loyalKin[1]!) ? "clan militia" : "tribal militia", cc);
    if (kin) return kin;
  }
  return aimedAt ? genericActor("unidentified", cc) : r;
}

/** A force named by no more than its kind: "soldiers", "the troops" (not "the army", "government forces", "the air force"). */
const BARE_FORCE = /^(?:the\s+)?(?:soldiers|troops|forces)$/i;
/** "its troops", "government soldiers", "Syrian and Russian forces": words before that say whose they are. */
const OWN_OR_STATE_BEFORE = /\b(?:its|their|his|her|our|government|regime|state|national|security|allied|and)\s+(?:own\s+)?$/i;

/**
 * The country of the state force the report has named (in `si` or the sentence before) when it is not the
 * scene's country's own and the report names no force of the scene's country up to `si`: whose "soldiers" a bare word means.
 */
function foreignForceTold(si: SentenceInfo, cc: string, ctx: ArticleContext): string | undefined {
  if (!cc) return undefined;
  let foreign: string | undefined;
  // ...named in this sentence or the one before it (a force told further back is no longer the subject).
  if (!ctx.sentences.slice(Math.max(0, si.idx - 1), si.idx + 1).some((s) => s.actors.some((a) => a.actor.inter === 1 && a.actor.country && a.actor.country !== cc) || s.generics.some((x) => x.kind === "military" && x.country && x.country !== cc))) return undefined;
  for (const s of ctx.sentences.slice(0, si.idx + 1)) {
    const forces = [
      ...s.actors.filter((a) => a.actor.inter === 1 && a.actor.country).map((a) => ({ at: a.start, cc: a.actor.country! })),
      ...s.generics.filter((x) => (x.kind === "military" || x.kind === "police") && x.country).map((x) => ({ at: x.start, cc: x.country! })),
    ].sort((a, b) => a.at - b.at);
    for (const f of forces) {
      if (f.cc === cc) return undefined;
      if (hasStateForce(f.cc)) foreign = f.cc;
    }
  }
  return foreign;
}

/** A police force named by no more than its word: "police", "the police", "policemen". */
const BARE_POLICE = /^(?:the\s+)?(?:police|policemen|police\s+officers)$/i;

/**
 * The country of the one police force the report has named with a country up to `si`, in a sentence telling a place of
 * the scene's region, when it is not the scene's country and the report names no police of the scene's country there:
 * police act where their state rules, so a bare word later in the report is that force, however far back it was
 * named (unlike bare soldiers, who may be any side's).
 */
function foreignPoliceTold(si: SentenceInfo, cc: string, admin1: string | undefined, ctx: ArticleContext): string | undefined {
  if (!cc || !admin1) return undefined;
  const told = new Set<string>();
  // (Only "Israeli police" told acting in the scene's own region: a registry name, "the Metropolitan Police", a force
  // told at home, "Russian police detained X in Moscow", or in another region says nothing of whose police act here.)
  for (const s of ctx.sentences.slice(0, si.idx + 1)) {
    if (!s.places.some((p) => p.place?.country === cc && p.place.admin1 === admin1 && p.mention.kind !== "country")) continue;
    for (const x of s.generics) if (x.kind === "police" && x.country) told.add(x.country);
  }
  if (told.size !== 1 || told.has(cc)) return undefined;
  const [only] = told;
  return hasStateForce(only!) ? only : undefined;
}

const DENIES_ROLE = /\bden(?:y|ied|ies|ying)\s+(?:any\s+|all\s+|its\s+|their\s+)?(?:role|involvement|responsibility|being\s+(?:involved|behind)|carrying\s+out|that\s+(?:it|its|they|their)\b)/i;
const NO_CLAIM = /\bno\s+(?:one|group|organi[sz]ation|party)\s+(?:has\s+|had\s+|immediately\s+|yet\s+)*claimed\b/i;
const disownedMemo = new WeakMap<ArticleContext, { denied: Set<string>; all: Set<string> }>();
/** Armed groups the report says deny a role in what it tells ("the TTP denied any role"); with `all`, every group when "no one claimed" it. */
function disowned(ctx: ArticleContext, all = true): Set<string> {
  let memo = disownedMemo.get(ctx);
  if (!memo) {
    memo = { denied: new Set<string>(), all: new Set<string>() };
    for (const si of ctx.sentences) {
      const noClaim = NO_CLAIM.test(si.text);
      const deny = DENIES_ROLE.exec(si.text);
      for (const a of si.actors) {
        if (deny && a.start < deny.index) memo.denied.add(a.actor.name), memo.all.add(a.actor.name);
        if (noClaim) memo.all.add(a.actor.name);
      }
      if (noClaim) for (const a of ctx.dominantArmedGroup.values()) memo.all.add(a.name);
    }
    disownedMemo.set(ctx, memo);
  }
  return all ? memo.all : memo.denied;
}

/** A generic word's actor; `si`, the sentence it is told in, when known ("Elsewhere, gunmen ..." names no group told before). */
export function resolveGeneric(kind: string, cc: string, ctx: ArticleContext, date?: string, si?: SentenceInfo): Actor | undefined {
  if (!cc) return undefined;
  switch (kind) {
    case "military":
    case "police":
      return stateForce(cc, kind, date);
    case "protesters":
    case "rioters":
    case "civilians":
      return genericActor(kind, cc);
    case "unidentified":
    case "rebels": {
      let dom = ctx.dominantArmedGroup.get(cc);
      // A brand with no country of its own ("al-Qaeda", named once as an ally) gives way to the
      // country-specific group the story names more often ("al-Shabaab"): the map runs most-named first.
      if (dom && !dom.country) {
        for (const a of ctx.dominantArmedGroup.values()) {
          if (a === dom) break;
          if (a.country) {
            dom = a;
            break;
          }
        }
      }
      // A group the report says denies any role, or a report saying no one claimed the attack, leaves
      // the hand unseen: the most-named group is not blamed by default.
      if (dom && disowned(ctx).has(dom.name)) dom = undefined;
      // "Elsewhere, gunmen killed ...": a sentence that tells another happening is no more of the story's main
      // group, unless it names that group itself.
      if (dom && si && opensSeparately(si.text) && !si.actors.some((a) => a.actor.name === dom!.name)) dom = undefined;
      return dom ? { name: dom.name, inter: dom.inter } : genericActor("unidentified", cc);
    }
    default:
      return undefined;
  }
}

/** The country whose demonym or name ends `text` ("U.S.", "Israeli", "Russia's"), if any. */
function demonymBefore(text: string): string | undefined {
  const t = tokenize(text);
  const hits = countryQualifiers().findAll(t);
  const last = hits.at(-1);
  if (!last) return undefined;
  const tail = text.slice(last.end);
  if (!/^\.?(?:['’]s)?\s*(?:-led\s+|-backed\s+)?(?:(?:air|drone|missile|military|naval|army|heavy|overnight|deadly|new|latest|fresh|retaliatory|large|massive|renewed)\s+)*$/i.test(tail)) return undefined;
  if (/-(?:led|backed)\s*$/.test(tail)) return undefined;
  return last.values[0];
}

/** Weapons used by a hand the report may never name: an unnamed user is an unidentified armed group. */
const UNSEEN_HAND = new Set(["Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"]);

/** "fired from rebel positions", "fired from the Somaliland army's lines": a side's positions, not a country. */
const FIRED_FROM_SIDE = /\b(?:fired|launched|lobbed)\s+from\s+(?:the\s+)?(rebel|insurgent|militant|jihadist|separatist|army|government|military|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+(?:army|forces|troops|military))?)(?:['’]s?)?[\s-]+(?:positions|lines|trenches|side|-?held\s+(?:areas?|territory))\b/;
const REBEL_WORD = /^(?:rebel|insurgent|militant|jihadist|separatist)$/;
const ARMY_WORD = /^(?:army|government|military)$/;
const FIRED_FROM = /\b(?:fired|launched|flown|sent|lobbed)\s+from\s+(?:the\s+)?(?:neighbou?ring\s+|southern\s+|northern\s+|eastern\s+|western\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})/;

/**
 * "fired from Lebanon": the armed group of that country the article names (Hezbollah in a story
 * that names it), else that state's forces when the registry knows them, else an unidentified group there.
 */
function firedFrom(clause: string, ctx: ArticleContext, home = ""): Actor | undefined {
  // "shells fired from rebel positions", "from Somaliland army positions": the side whose lines they left.
  const side = FIRED_FROM_SIDE.exec(clause);
  if (side) {
    const word = side[1]!;
    if (REBEL_WORD.test(word)) return home ? resolveGeneric("rebels", home, ctx, ctx.published) : undefined;
    if (ARMY_WORD.test(word)) return home && hasStateForce(home) ? stateForce(home, "military", ctx.published) : undefined;
    const bare = word.replace(/\s+(?:army|forces|troops|military)$/i, "");
    const named = actorByName(word, ctx.published) ?? actorByName(bare, ctx.published) ?? actorByName(`${bare} forces`, ctx.published);
    if (named && named.inter >= 1 && named.inter <= 4) return { name: named.name, inter: named.inter };
  }
  const f = FIRED_FROM.exec(clause);
  const cc = f ? countryQualifiers().lookup(f[1]!)[0] : undefined;
  if (!cc) return undefined;
  const dom = ctx.dominantArmedGroup.get(cc);
  if (dom && dom.country === cc) return { name: dom.name, inter: dom.inter };
  if (hasStateForce(cc)) return stateForce(cc, "military", ctx.published);
  return genericActor("unidentified", cc);
}

const BLAMING_STATE = /\b(?:blaming|blamed)\s+(?:it\s+on\s+|the\s+(?:attack|strike)\s+on\s+)?((?:\p{Lu}[\p{L}.'’-]*\s?){1,3})(?=[.,;]|\s+(?:for|and|but|which)\b|$)/u;

/** Strategic moves a state makes with its forces: a country opening the clause makes them. */
const STATE_MOVES = new Set(["Headquarters or base established", "Disrupted weapons use", "Change to group/activity"]);

const JOINT_BEFORE = /\b([A-Z][\w'’.-]+)\s+and\s+$/;
/** Weapons named as the doer of a strike. */
const WEAPONS = "warplanes|aircraft|jets|drones|helicopters|artillery|gunboats";
/** "Warplanes of X", "artillery of X": the means or men of the group that follows, which acts through them. */
const MEANS_OF = new RegExp(`\\b(?:${WEAPONS}|fighters|troops|units|gunmen|militants|members)\\s+of\\s+(?:the\\s+)?$`, "i");
/** A cue that is itself a weapon ("Warplanes of X struck"): its owner acts through it. */
const WEAPON_CUE = new RegExp(`^(?:${WEAPONS})$`, "i");
const MEN_OF = /^\s+(?:of|from)\s+(?:the\s+)?$/i;
const LOYAL_TO = /^\s+(?:loyal|allied|belonging)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** "police officers were killed", "a helicopter was brought down": a passive subject suffers the act
 *  (also told as an apposition: "four people, two of them police officers, were injured"). */
const SUFFERS = /^,?[\w\s'’-]{0,30}?\b(?:was|were|had been|has been|have been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|shot|hit|struck|brought|caught|held|bombed|killed|wounded|hurt|overrun|overwhelmed)\b/i;
/** "Armenian military positions", "an army base": a force's places and things are targets, not actors. */
const TARGET_NOUN = /^\s+(?:positions?|posts?|outposts?|bases?|barracks|checkpoints?|convoys?|vehicles?|patrols?|targets?|installations?|facilities|depots?|headquarters|helicopters?|aircraft|planes?|jets?|airfields?|camps?)\b/i;
/** An actor right after an attack verb is its object: "struck Armenian military positions". */
const OBJECT_OF = /\b(?:struck|hit|attacked|shelled|targeted|bombed|bombarded|ambushed|raided|stormed|killed|shot|at|on|into)\s+(?:the\s+|an?\s+)?$/i;

/** "held by X", "controlled by X", "used by X": a passive that describes a place or a thing, not the act. */
const DESCRIBED_BY = /\b(?:held|controlled|occupied|run|used|manned|guarded|owned|administered|dominated|governed|backed|supported|funded|armed|trained|led|frequented|inhabited|populated|patrolled)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$/i;

const HELD_BEFORE = /^\s*(?:had|has)\s+(?:long\s+)?(?:held|controlled|occupied|seized|captured|taken)\b/i;

// assignRoles' tests on one candidate, module-level: under tsx (keepNames) a named closure costs a rename per call.

/** The candidate lies inside a speaker's span (who said it, not who did it). */
function speakerSpan(m: Mention, c: Candidate): boolean {
  return m.speakers.some((s) => c.start >= s.start && c.end <= s.end);
}

/** The candidate is named by a describing passive after the cue ("the town held by X"): see DESCRIBED_BY. */
function describedBy(text: string, cue: { end: number }, c: Candidate): boolean {
  return DESCRIBED_BY.test(text.slice(Math.max(cue.end, c.start - 40), c.start));
}

// assignRoles is read as named steps over one scene: V8 optimises a function only after running
// bytecode in proportion to its size and recompiles it whole after any deopt, so one 4.6 KB body
// stayed unoptimised through a cold process's first thousand reports. Each step decides one thing.

/** What every step reads: the mention's clause, its cue and the actors named around it. */
interface RoleScene {
  m: Mention;
  ctx: ArticleContext;
  cands: Candidate[];
  text: string;
  /** Clause bounds, relative to the sentence. */
  cs: number;
  ce: number;
  cue: Mention["cue"];
  cc: string;
  sub: string;
  inClause: Candidate[];
  beforeCue: Candidate[];
  afterCue: Candidate[];
  /** The clause is cut off at a trailing "after" (", hours after a car bomb tore through Y"), or follows a lead's
   *  opener told as a clause of its own ("A day after a drone hit X, jets bombed Y"): another happening than the one
   *  told before it in its sentence. */
  trailing: boolean;
}

function roleScene(m: Mention, ctx: ArticleContext): RoleScene {
  const [cs, ce] = m.clause;
  // "Jets struck X on Monday, hours after a car bomb tore through Y": the trailing clause tells another
  // happening, whose sides are its own; the sides the sentence named before it are the other happening's.
  // So do a lead's opening "A day after X," cut off as a clause of its own and the main clause after it: neither
  // takes the other's sides.
  const text = m.sentence.text;
  const timing = clauseTiming(m);
  const trailing = !!timing.trailing || timing.afterOpener;
  const opener = cs === 0 && !!timing.opener;
  const cands = trailing ? candidates(m, ctx).filter((c) => c.start >= cs) : opener ? candidates(m, ctx).filter((c) => c.end <= ce) : candidates(m, ctx);
  const cue = m.cue;
  const inClause = cands.filter((c) => c.start >= cs && c.end <= ce);
  return {
    m, ctx, cands, text, cs, ce, cue,
    cc: m.place?.place?.country ?? ctx.countries[0] ?? "",
    sub: cue.rule.sub,
    inClause,
    beforeCue: inClause.filter((c) => c.end <= cue.start),
    afterCue: inClause.filter((c) => c.start >= cue.end),
    trailing,
  };
}

/**
 * Decides actor1 and actor2 of one mention; `ownA1`, whether actor1 is one its own sentence names (not one taken
 * from the sentences around it).
 */
export function assignRoles(m: Mention, ctx: ArticleContext, previous?: Mention & { roles?: { a1?: Actor; a2?: Actor } }): { a1?: Actor; a2?: Actor; ownA1: boolean } {
  noteLive(ctx, m.sentence.idx);
  const s = roleScene(m, ctx);
  const byAgent = passiveAgent(s);
  const fromLoser = fromSide(s);
  let a1: Actor | undefined = byAgent ?? fellTo(s) ?? launchedBy(s) ?? meansOwner(s) ?? subjectBeforeCue(s) ?? whenSubject(s);
  let a2: Actor | undefined;
  if (!a1) a1 = countryAsSubject(s);
  // "A rocket fired from Lebanon", "missiles launched from Iran": who fires from a country.
  if (!a1 && m.family === "explosion") a1 = firedFrom(s.text.slice(s.cs, s.ce), ctx, s.cc);
  if (!a1 && m.family === "explosion") a1 = blamedState(s);
  // "X said its troops had entered ...", "X claimed responsibility": the speaker's own forces
  // (even when the words before the cue were only "his fighters", a generic word).
  // (...and "The United States said it had killed an al-Shabaab commander in a drone strike": the group named after the
  // speaker's own deed is what it hit, not who struck.)
  const deedObject = objectOfOwnDeed(s, a1 as Candidate) ? a1 : undefined;
  // ("Soldiers escorting a convoy hit a roadside bomb, the army said": the speaker's forces ran into it; they laid nothing.)
  const metBy = s.beforeCue.find((c) => c.inter !== 7 && metDevice(s.text, c.end, s.cue));
  if (metBy && a1?.name === metBy.name) a1 = undefined;
  if (!metBy && (!a1 || speakerSpan(m, a1 as Candidate) || (a1 as Candidate).how !== "named" || deedObject)) a1 = speakersOwnForces(s, a1);
  // "Clashes between the army and a militia": the sides in the order the text names them.
  if (!a1 && m.family === "battle" && !s.cue.rule.territory) a1 = firstSideBetween(s);
  // "attacks from government forces": for strikes, "from" names who struck.
  if (!a1 && fromLoser && m.family === "explosion") a1 = fromLoser;
  else a2 = fromLoser ?? (deedObject && deedObject.name !== a1?.name ? deedObject : undefined);
  // "M23 rebels and the army clashed": both sides are the subject; the first named acts, the other is actor2.
  const pair = m.family === "battle" && !s.cue.rule.territory && a1 ? jointSubjects(s, a1) : undefined;
  if (pair) [a1, a2] = pair;
  // ...never the civilians who tell of a fight ("..., residents said"): a source, not a side.
  a2 = formerHolder(s) ?? a2 ?? s.afterCue.find((c) => c !== a1 && c.name !== a1?.name && !(m.family === "battle" && c.inter === 7 && speakerSpan(m, c)));
  if (!a1) a1 = speakersUnnamedSide(s);
  const r: Roles = { a1, a2 };
  if (s.cue.rule.territory === "withdraw" && !byAgent) handedOver(s, r);
  if (!r.a1) r.a1 = sharedSubject(s);
  // A cue that is itself an actor word ("looters broke into ...") names who acted.
  if (!r.a1 && m.family !== "demonstration") r.a1 = s.inClause.find((c) => c.start < s.cue.end && c.end > s.cue.start && c.inter !== 7);
  // No actor in the sentence: the previous mention of the same kind in the paragraph sets the scene,
  // else the actors of the previous sentence (state forces first for strikes from the air or afar).
  // (A trailing "after" clause tells another happening than the one before it in its sentence: it inherits no side.)
  if (!r.a1 && previous && !(s.trailing && previous.sentence === m.sentence) && previous.sentence.para === m.sentence.para && previous.family === m.family && previous.roles?.a1) r.a1 = previous.roles.a1;
  if (!r.a1 && (m.family === "explosion" || m.family === "battle")) r.a1 = previousSentenceActor(s);
  // (the side that ran into the device is its target, whatever fallback named it the actor)
  if (metBy && r.a1?.name === metBy.name) r.a1 = undefined;
  if (metBy && !r.a2) r.a2 = metBy;
  byKindOfEvent(s, r);
  // "killed 20 al-Shabaab fighters", "Seven soldiers were killed by X": the side a fight or strike hit.
  if (!r.a2 && r.a1 && (m.family === "battle" || m.family === "explosion") && !s.cue.rule.territory) r.a2 = objectInCue(s, r.a1) ?? sufferer(s, r.a1);
  if (r.a1 && r.a2 && r.a1.name === r.a2.name) r.a2 = undefined;
  // A battle is fought between armed sides: civilians it killed ("fighting killed 25 civilians", "left 50 dead, including
  // 12 civilians") are its toll, not its actor2.
  if (m.family === "battle" && r.a2?.inter === 7 && KILLED_BEFORE.test(s.text.slice(Math.max(0, ((r.a2 as Candidate).start ?? 0) - 40), (r.a2 as Candidate).start ?? 0))) r.a2 = undefined;
  if (m.family === "battle" && r.a1) lastBattle.set(ctx, { a1: r.a1, a2: r.a2 });
  const a1Name = r.a1?.name;
  return { a1: r.a1 && { name: r.a1.name, inter: r.a1.inter, ...(r.a1.assoc ? { assoc: r.a1.assoc } : {}) }, a2: r.a2 && { name: r.a2.name, inter: r.a2.inter }, ownA1: !!a1Name && s.cands.some((c) => c.name === a1Name) };
}

/** "... killed 25", "killing at least 12", "left 50 dead, including 12": the words before the dead a fight's toll counts. */
const KILLED_BEFORE = /\b(?:kill(?:ed|ing|s)|including|among them)\s+(?:[\w,-]+\s+){0,4}$/i;

/** The roles as the later steps revise both together (one shape: both keys always present). */
interface Roles {
  a1: Actor | undefined;
  a2: Actor | undefined;
}

/** A town that "fell to", "fell into the hands of", "came under the control of" or "is now in the hands of" a side:
 *  the side named in or right after the cue took it ("fell into rebel hands", "fell to the rebels"). */
const FELL_TO = /^(?:fell|passed|came)\b|\bhands(?: of)?$|\bcontrol of$/i;
/** A side named inside the cue's own words ("fell into rebel hands", "the last French soldiers left"), not civilians. */
const namedInCue = (cands: readonly Candidate[], cue: { start: number; end: number }): Candidate | undefined =>
  cands.find((c) => c.start >= cue.start && c.end <= cue.end && c.inter !== 7);
function fellTo({ m, cue, afterCue, inClause }: RoleScene): Candidate | undefined {
  if (m.cue.rule.territory !== "capture" || !FELL_TO.test(cue.text)) return undefined;
  return namedInCue(inClause, cue) ?? afterCue.find((c) => c.start - cue.end <= 25 && c.inter !== 7);
}

/** Passive: "... struck by X", "killed by X", "launched by X" — but "land held by X", "an area
 *  controlled by X", "a base used by X" describe a place, not who acted: X held it (the loser of a capture). */
function passiveAgent({ text, cue, afterCue, inClause }: RoleScene): Candidate | undefined {
  // "who was seized by armed men": a cue whose words hold its own agent names who acted.
  const inCue = inClause.find((c) => c.start > cue.start && c.start < cue.end && c.inter !== 7 && /\bby\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(cue.start, c.start - 30), c.start)));
  if (inCue) return inCue;
  // A cue may end on its own "by" ("a police station ... was attacked by"): read from the cue's last words.
  const from = Math.max(cue.start, cue.end - 4);
  // ...also through the force's kind: "bombed by warplanes of Khalifa Haftar's Libyan National Army", "by fighters loyal to X".
  return afterCue.find((c) => (/\bby\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(from, c.start - 30), c.start)) || BY_FORCE_OF.test(text.slice(Math.max(cue.start, c.start - 70), c.start))) && !describedBy(text, cue, c));
}

/** "Twelve civilians were killed when suspected rebels of the ADF attacked ...": a passive cue names its victims; the
 *  subject of the "when"/"as" clause right after it is who acted (an armed actor, never civilians). */
const WHEN_SUBJECT_BEFORE = /\b(?:when|as|after)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?$/i;
const PASSIVE_CUE = /\b(?:was|were|been|being)\s+(?:[\w-]+\s+){0,3}?(?:killed|shot|hacked|beheaded|massacred|slaughtered|wounded|injured|abducted|kidnapped|left)\b/i;
function whenSubject({ text, cue, ce, afterCue }: RoleScene): Candidate | undefined {
  if (!PASSIVE_CUE.test(text.slice(Math.max(0, cue.start - 40), cue.end + 20))) return undefined;
  const c = afterCue[0];
  if (!c || c.inter === 7 || c.inter < 1 || c.inter > 4 || c.end > ce) return undefined;
  const gap = text.slice(cue.end, c.start);
  return gap.length <= 60 && WHEN_SUBJECT_BEFORE.test(gap) ? c : undefined;
}
/** "by warplanes of ", "by fighters loyal to the ", "by drones belonging to ": the agent's force, then its owner. */
const BY_FORCE_OF = /\bby\s+(?:the\s+)?(?:[\w-]+\s+)?(?:warplanes|jets|aircraft|planes|helicopters|drones|artillery|forces|troops|fighters|militants|gunmen|units|members|militiamen|soldiers)\s+(?:of|loyal\s+to|belonging\s+to|from|allied\s+(?:to|with))\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;

/** "... launched by X", "carried out by X", anywhere in the sentence. */
function launchedBy({ text, cands }: RoleScene): Candidate | undefined {
  return cands.find((c) => /\b(?:launched|fired|carried out|claimed|flown|operated)\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$/i.test(text.slice(Math.max(0, c.start - 40), c.start)));
}

/** "... from X", "against X" after the cue: the side struck from, or for strikes who struck. */
function fromSide({ text, cue, afterCue }: RoleScene): Candidate | undefined {
  return afterCue.find((c) => /\b(?:from|against)\s+(?:the\s+)?(?:[\w'’.-]+[\s-]+){0,2}$/i.test(text.slice(Math.max(cue.end, c.start - 30), c.start)));
}

/** A cue that is itself the means ("Warplanes of X struck ..."): X flew them. */
function meansOwner({ text, cue, afterCue }: RoleScene): Candidate | undefined {
  if (!WEAPON_CUE.test(text.slice(cue.start, cue.end))) return undefined;
  return afterCue.find((c) => c.inter !== 7 && /^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\w'’.-]*['’]s\s+|[\p{Lu}][\w'’.-]*\s+){0,3}$/u.test(text.slice(cue.end, c.start)));
}

/** "army jets bombed", "army helicopters attacked": the craft right before (or opening) the cue are the actor's means, not its target. */
const MEANS_NOUN = /^\s+(?:helicopters?|aircraft|planes?|warplanes?|jets?|drones?|gunships?)\s*$/i;
function meansBeforeCue(text: string, actorEnd: number, cueStart: number): boolean {
  if (cueStart <= actorEnd + 1) return true;
  return MEANS_NOUN.test(text.slice(actorEnd, cueStart));
}

/** The nearest actor before the cue that acts. Civilians named before the cue are its victims or
 *  bystanders ("soldiers who stormed a compound used by aid workers raped ..."), never the subject
 *  that acts; nor is one the clause tells suffered the act ("police officers were killed when ...")
 *  or was its target. */
function subjectBeforeCue({ text, cs, cue, beforeCue }: RoleScene): Candidate | undefined {
  return [...beforeCue].reverse().find(
    (c) =>
      c.inter !== 7 &&
      (!/\b(?:from|against|of|on|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(cs, c.start - 12), c.start)) || MEANS_OF.test(text.slice(Math.max(cs, c.start - 30), c.start)) || COUNT_OF.test(text.slice(Math.max(cs, c.start - 40), c.start))) &&
      // ...the passive may run into the cue itself ("Two police officers were killed and ...")
      !SUFFERS.test(text.slice(c.end, Math.min(Math.max(cue.start, Math.min(cue.end, c.end + 40)), c.end + 60))) &&
      (!TARGET_NOUN.test(text.slice(c.end, c.end + 20)) || meansBeforeCue(text, c.end, cue.start)) &&
      !OBJECT_OF.test(text.slice(Math.max(cs, c.start - 20), c.start)) &&
      // "rebel fighters backed by Turkish artillery had retaken the town": who backs the subject is not it
      !BACKED_BY.test(text.slice(Math.max(cs, c.start - 30), c.start)) &&
      // "government troops and allied clan militias captured the town": the allies joined to a side named before them are not it
      !(ALLIED_AFTER_AND.test(text.slice(Math.max(cs, c.start - 40), c.start)) && beforeCue.some((o) => o !== c && o.end <= c.start && o.inter !== 7)) &&
      // "According to the SDF, Sunday's strikes ...": the source a clause opens on tells it; it is not the subject
      !ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) &&
      // "Police found the bodies of three men": who found the dead did not kill them
      !FOUND_BEFORE_CUE.test(text.slice(c.end, cue.start)) &&
      // "Soldiers escorting a convoy hit a roadside bomb": who ran into a device is its target, not who laid it
      !metDevice(text, c.end, cue),
  );
}
/** Between a side and a device cue: the side (and what it escorted) ran into it. "hit a roadside bomb", "struck a landmine". */
const MET_DEVICE = /^(?:\s+(?:escorting|guarding|protecting|accompanying|riding\s+in|travell?ing\s+in|aboard|on\s+patrol)\b[^.;]{0,60}?)?\s+(?:had\s+|have\s+)?(?:hit|struck|ran\s+over|drove\s+(?:over|onto|into)|stepped\s+on|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:roadside\s+bombs?|landmines?|(?:land\s+)?mines?|IEDs?|(?:improvised\s+)?explosive\s+devices?|bombs?)\b/i;
function metDevice(text: string, actorEnd: number, cue: { start: number; end: number }): boolean {
  return MET_DEVICE.test(text.slice(actorEnd, Math.min(text.length, cue.end + 40)));
}
const ALLIED_AFTER_AND = /\b(?:and|with|alongside)\s+(?:their\s+|its\s+)?(?:allied|pro-government|government-allied|government-backed|aligned|loyalist|friendly)\s+(?:[\w'’-]+\s+)?$/i;
// ("The vehicle, which was escorted by soldiers, struck an explosive device": an escort is not the subject either.)
const BACKED_BY = /\b(?:backed|supported|aided|assisted|covered|escorted|guarded|protected|accompanied)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+)?$/i;
/** "Hundreds of Israeli settlers", "a group of Hamas militants": a count of an actor's men is the actor, unless
 *  the count is itself the object of a preposition ("an attack on dozens of soldiers"). */
const COUNT_OF = /(?:^|[^\w\s]\s*|\b(?!(?:from|against|of|on|with|at|by|to|into|killed|killing|wounded|injured|arrested|detained)\s)[\w'’-]+\s+)(?:(?:an?|the)\s+)?(?:hundreds|thousands|dozens|scores|tens|group|band|gang|handful|squad|unit|column|number)\s+of\s+(?:the\s+)?$/i;
/** "According to the Kurdish-led ...": the words opening a source's attribution right before a candidate. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
const FOUND_BEFORE_CUE = /^\s+(?:[\w'’-]+\s+){0,2}(?:found|discovered|recovered|retrieved|dug\s+up|exhumed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** An armed side named inside the cue's own words, after its first word: "killed 20 al-Shabaab fighters",
 *  "attacked a police station", "a police station ... was attacked by". */
function objectInCue({ cue, inClause }: RoleScene, a1: Actor): Candidate | undefined {
  return inClause.find((c) => c.start >= cue.start && c.end <= cue.end && c.inter !== 7 && c.name !== a1.name);
}

/** A side the clause tells suffered the act or was its target: "Seven soldiers were killed by X",
 *  "an army convoy was ambushed", "X attacked government positions". */
function sufferer({ text, cs, cue, beforeCue, afterCue }: RoleScene, a1: Actor): Candidate | undefined {
  const hit = (c: Candidate) =>
    metDevice(text, c.end, cue) ||
    SUFFERS.test(text.slice(c.end, Math.min(Math.max(cue.start, Math.min(cue.end, c.end + 40)), c.end + 60))) ||
    TARGET_NOUN.test(text.slice(c.end, c.end + 20)) ||
    OBJECT_OF.test(text.slice(Math.max(cs, c.start - 20), c.start));
  return [...beforeCue].reverse().find((c) => c.inter !== 7 && c.name !== a1.name && hit(c)) ?? afterCue.find((c) => c.inter !== 7 && c.name !== a1.name && TARGET_NOUN.test(text.slice(c.end, c.end + 20)));
}

/** "U.S. airstrikes", "an Israeli strike": a country's word right before the cue names its forces;
 *  "Israel launched strikes on ...": so does a country that is the clause's subject.
 *  "China opened its first overseas base", "Poland shot down drones": the same for a state's own moves. */
function countryAsSubject({ m, ctx, text, cs, cue, sub }: RoleScene): Actor | undefined {
  const strike = m.family === "explosion" || m.family === "battle";
  if (!strike && !STATE_MOVES.has(sub)) {
    // "Israeli fire killed at least 31 people": a killing told with a state's fire as its subject is that state's forces'.
    const fire = m.family === "Attack" ? stateFireSubject(text.slice(cs, cue.end)) : undefined;
    return fire ? stateForce(fire, "military", ctx.published) : undefined;
  }
  const dem = strike ? demonymBefore(text.slice(Math.max(cs, cue.start - 30), cue.start)) : undefined;
  const [cc0, ...allies] = dem ? [dem] : countrySubject(text.slice(cs, cue.end));
  if (!cc0) return undefined;
  const a1 = stateForce(cc0, "military", ctx.published);
  return allies.length ? { ...a1, assoc: allies.map((c) => stateForce(c, "military", ctx.published).name) } : a1;
}

/** "..., the camp's administration said, blaming Turkey": a state the speaker blames flew or fired it. */
function blamedState({ ctx, text, cue }: RoleScene): Actor | undefined {
  const b = BLAMING_STATE.exec(text.slice(cue.end));
  const bc = b ? countryQualifiers().lookup(b[1]!)[0] : undefined;
  return bc && hasStateForce(bc) ? stateForce(bc, "military", ctx.published) : undefined;
}

/**
 * A speaker's own deed: "said (that) it had killed", "says they have struck", "said its forces had captured". One
 * pattern for the three readings below (the deed's object, a state speaking of its forces, a party's own forces).
 */
const SAYS_OWN_DEED = String.raw`(?:said|says|announced|stated|confirmed)\b[^.;"“]{0,30}?\b(?:that\s+)?(?:it|they|its\s+(?:own\s+)?(?:forces|troops|army|military|soldiers|units|jets|warplanes|aircraft|drones|air\s+force|navy|air\s+defen[cs]es))\s+(?:had|has|have)\s+(?:\w+\s+)?(?:killed|begun|launched|struck|hit|targeted|carried\s+out|conducted|fired|shelled|attacked|bombed|started|eliminated|neutrali[sz]ed|captured|seized|took|retook|recaptured|liberated|shot\s+down|downed|intercepted|destroyed)\b`;
const TELLS_OWN_DEED = new RegExp(String.raw`\b${SAYS_OWN_DEED}`, "i");
/** `a1` stands after a speaker's own deed ("said it had killed a commander of X"): the deed's object. */
function objectOfOwnDeed({ text, cs, cue }: RoleScene, a1: Candidate | undefined): boolean {
  if (!a1 || a1.start === undefined || a1.start >= cue.start) return false;
  return TELLS_OWN_DEED.test(text.slice(cs, a1.start));
}

/** A country opening the clause as the speaker of its own deed: "The United States said on Sunday it had killed". */
// ("Russia said its forces had captured ...", "Turkey says its jets have struck ...": its own forces, named as such.)
const STATE_SAYS_OWN_DEED = new RegExp(String.raw`^\W*(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+${SAYS_OWN_DEED}`, "u");

/** A party speaking of its own forces acted; a speaker named as the subject of a report did not. */
function speakersOwnForces({ m, ctx, text, cs, ce, cue, cands }: RoleScene, a1: Actor | undefined): Actor | undefined {
  const aside = asides(text);
  const sp = m.speakers.find((s) => s.party && (s.kind === "government" || s.kind === "military" || s.kind === "armed_group") && !aside.some(([x, y]) => s.start >= x && s.end <= y));
  const own = /\b(its|their|our|his)\s+(?:own\s+)?(troops|forces|fighters|units|soldiers|army|men|militants)\b|claimed (responsibility|the (attack|assault|strike|bombing))|\b(?:that\s+)?(?:it|they|we)\s+(?:had|have|has)\s+(?:\w+\s+)?$/i.test(text.slice(cs, cue.start)) || TELLS_OWN_DEED.test(text.slice(cs, cue.start)) || /\b(its|their|our)\s+(?:own\s+)?(troops|forces|fighters|units|soldiers|army|men|militants)\b|claimed (responsibility|the (attack|assault|strike|bombing))/i.test(text.slice(cs, ce));
  if (sp && own) {
    if (sp.affiliation) return affiliated(cands, sp.affiliation) ?? a1;
    if (sp.country && (sp.kind === "government" || sp.kind === "military")) return stateForce(sp.country, "military", ctx.published);
    return a1;
  }
  // "The United States said it had killed a commander in a drone strike", "Turkey says it has struck ...": a state
  // named as the speaker of its own deed acted, through its forces.
  // (read on through the clause: the deed may be the cue itself, "said its forces had captured", or follow it, "its
  // warplanes had struck"; the pattern holds it to the words right after the speaker)
  const state = !sp ? STATE_SAYS_OWN_DEED.exec(text.slice(cs, ce)) : null;
  // (a capital told as its government, "Washington said it had killed ...", speaks for that country)
  const sc = state ? countryQualifiers().lookup(state[1]!)[0] ?? capitalCountry(state[1]!) : undefined;
  if (sc && hasStateForce(sc)) return stateForce(sc, "military", ctx.published);
  if (a1 && speakerSpan(m, a1 as Candidate) && !/\b(?:said|says|told|claimed|announced)\b[^.;]{0,12}\b(?:it|they|its|their)\b/i.test(text.slice(cs, cue.start))) {
    // "The Israeli military said two mortar rounds had landed": who speaks is a source, not the actor.
    return undefined;
  }
  return a1;
}

/** "X and Y clashed", "X and Y fought": two armed sides joined by "and" right before the cue, the later of them the
 *  subject found; the pair in the order the text names them. */
function jointSubjects({ text, cue, beforeCue }: RoleScene, a1: Actor): [Candidate, Candidate] | undefined {
  const sides = beforeCue.filter((c) => c.inter !== 7);
  const second = sides.at(-1);
  const first = sides.at(-2);
  if (!first || !second || second.name !== a1.name || first.name === second.name) return undefined;
  if (!JOINED_PAIR.test(text.slice(first.end, second.start))) return undefined;
  // "soldiers and police clashed with insurgents": the pair fought together against the side after "with"
  if (/^\s+(?:\w+ly\s+)?(?:with|against)\b/i.test(text.slice(cue.end, cue.end + 30))) return undefined;
  // "soldiers and police": the state's own forces are allies, not two sides
  if (first.inter === 1 && second.inter === 1) return undefined;
  // nothing but an auxiliary or an adverb between the pair and the cue ("... and the army have clashed")
  return JOINED_TO_CUE.test(text.slice(second.end, cue.start)) ? [first, second] : undefined;
}
/** "M23 rebels and the army": a group's name may carry its members' word before "and". */
const JOINED_PAIR = /^(?:\s+(?:rebels|fighters|forces|militants|militias?|militiamen|troops|soldiers|insurgents|jihadists|members|gunmen))?\s*,?\s+and\s+(?:the\s+)?$/i;
const JOINED_TO_CUE = /^\s*(?:(?:have|had|has|again|also|briefly|heavily|reportedly|repeatedly)\s+){0,2}$/i;

/** "Clashes between the army and a militia": the first side the text names. */
function firstSideBetween({ text, ce, cue, afterCue }: RoleScene): Candidate | undefined {
  const btw = /^\s*(?:[\w'’-]+\s+){0,3}?between\s+/i.exec(text.slice(cue.end, Math.min(ce, cue.end + 40)));
  if (!btw) return undefined;
  const from = cue.end + btw[0].length;
  const sides = afterCue.filter((c) => c.start >= from && c.start < from + 100 && c.inter !== 7);
  return sides[0];
}

/** In a battle, who held the place before ("X, which had held the town") lost it. */
function formerHolder({ m, text, cue, afterCue }: RoleScene): Candidate | undefined {
  if (m.family !== "battle") return undefined;
  return afterCue.find((c) => HELD_BEFORE.test(text.slice(c.end, c.end + 30)) || (!!cue.rule.territory && describedBy(text, cue, c)));
}

/** "... told reporters that fighters had entered the city": unnamed fighters are the speaker's side. */
function speakersUnnamedSide({ m, text, cs, cue, cands }: RoleScene): Candidate | undefined {
  // ...not a word of the speaker's own name ("According to the Syrian Democratic Forces, strikes ...").
  const unnamed = [...text.slice(cs, cue.start).matchAll(/\b(fighters|troops|forces|soldiers|units|insurgents|rebels|militants|men)\b/gi)].find((u) => !m.speakers.some((sp) => cs + u.index! >= sp.start && cs + u.index! < sp.end && ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, sp.start - 60), sp.start))));
  // "Three men were shot dead, police said": men who suffer the cue (its passive starts the cue itself) are no one's side.
  if (!unnamed || SUFFERS.test(text.slice(cs + unnamed.index! + unnamed[0].length, cue.end))) return undefined;
  const sp = m.speakers.find((s) => s.party && s.affiliation && (s.kind === "armed_group" || s.kind === "military" || s.kind === "official"));
  return (sp && affiliated(cands, sp.affiliation!)) || undefined;
}

/** Withdrawal: the one who withdrew lost the place; the one it was "handed over to" took it.
 *  The receiver counts even when the one who left is not named ("troops left ... and handed it over to X"). */
function handedOver({ text, cue, afterCue, inClause }: RoleScene, r: Roles): void {
  const receiver = afterCue.find((c) => /\bover\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(Math.max(cue.start, c.start - 30), c.start)));
  // The leaver may be named inside the cue itself ("the last French soldiers left the base ..., which was handed over to").
  const leaver = r.a1 ?? (receiver && namedInCue(inClause.filter((c) => c.name !== receiver.name), cue));
  if (leaver || receiver) {
    r.a2 = leaver ?? (r.a2 && r.a2.name !== receiver?.name ? r.a2 : undefined);
    r.a1 = receiver;
  }
}

/** ", and made them safe": a clause with no subject of its own shares the sentence's subject. */
function sharedSubject({ text, cs, cue, cands }: RoleScene): Candidate | undefined {
  if (cs <= 0 || !/^\W*(?:and|but|then)\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]{2,}ed|made|took|sent|set|left|found|began|shot|hit|seized|struck|fired|blew|drove|held|brought|threw|caught|tore)\b/.test(text.slice(cs, cue.end))) return undefined;
  const lead = cands.find((c) => c.end <= cs && c.inter !== 7);
  return lead && lead.start < 40 ? lead : undefined;
}

/** The actors of the previous sentence in the paragraph, for a strike or battle that names none:
 *  for strikes from the air or afar, state forces first. */
function previousSentenceActor({ m, ctx, cc }: RoleScene): Actor | undefined {
  const prevSentence = ctx.sentences[m.sentence.idx - 1];
  if (!prevSentence || prevSentence.para !== m.sentence.para) return undefined;
  const g = prevSentence.generics.find((x) => x.kind === "military" || x.kind === "police");
  const named = prevSentence.actors.filter((a) => !asides(prevSentence.text).some(([x, y]) => a.start >= x && a.end <= y));
  const remote = m.family === "explosion";
  const state = named.find((a) => a.actor.inter === 1);
  if (remote && state) return { name: state.actor.name, inter: state.actor.inter };
  if (remote && g) return resolveGeneric(g.kind, g.country ?? cc, ctx, ctx.published);
  if (named[0]) return { name: named[0].actor.name, inter: named[0].actor.inter };
  if (g) return resolveGeneric(g.kind, g.country ?? cc, ctx, ctx.published);
  return undefined;
}

/** What the kind of event implies: a deal's signatories, a crowd and its police, an attack's
 *  civilian victims, an unidentified hand for strikes and battles no one is named for. */
function byKindOfEvent(s: RoleScene, r: Roles): void {
  const { m, ctx, cue, cc, sub } = s;
  if (sub === "Agreement") agreementParties(s, r);
  if (m.family === "demonstration") demonstrationRoles(s, r);
  else if (sub === "Attack" || sub === "Abduction/forced disappearance" || sub === "Sexual violence") {
    if (!r.a1 || r.a1.inter === 7) r.a1 = genericActor("unidentified", cc);
    if (!r.a2 || r.a2.inter !== 7) r.a2 = genericActor("civilians", cc);
  } else if (!r.a1 && cc && cue.rule.unnamed_actor && re(cue.rule.unnamed_actor.if).test(s.text.slice(s.cs, cue.start))) {
    // "A former minister was arrested": the state's force, though the sentence does not name it.
    r.a1 = stateForce(cc, cue.rule.unnamed_actor.force, ctx.published);
  } else if (!r.a1 && cc && sub === "Chemical weapon") {
    // Gas is no rebel group's signature weapon: the article's dominant group is as likely its victim.
    r.a1 = genericActor("unidentified", cc);
  } else if (!r.a1 && cc && ((m.family === "battle" && cue.rule.territory !== "withdraw") || UNSEEN_HAND.has(sub))) {
    r.a1 = resolveGeneric("unidentified", cc, ctx, ctx.published);
  }
  // A place a non-state group takes was, unless the text says otherwise, held by the state.
  if (m.family === "battle" && cue.rule.territory && cue.rule.territory !== "withdraw" && r.a1 && r.a1.inter !== 1 && !r.a2 && cc) {
    r.a2 = stateForce(cc, "military", ctx.published);
  }
  // "a missile struck an apartment block, killing nine people": a strike whose dead are people, not fighters, hit civilians.
  // ...and so did one told in the passive: "Two civilians were killed by shelling", "Four children died in an air strike".
  const clause = s.text.slice(s.cs, s.ce);
  if (m.family === "explosion" && !r.a2 && cc && (CIVILIAN_DEAD.test(clause) || CIVILIANS_WERE_KILLED.test(clause)) && !COMBATANT_DEAD.test(clause)) {
    r.a2 = genericActor("civilians", cc);
  }
  // "attacked a police station", "ambushed an army convoy": the post or unit attacked names the other side.
  if (m.family === "battle" && !cue.rule.territory && r.a1 && r.a1.inter !== 1 && !r.a2 && cc) {
    const told = s.text.slice(Math.max(s.cs, cue.start - 12), s.ce); // "an army base ... was attacked": the unit word may come just before the cue
    const target = stateTarget(told);
    if (target) r.a2 = stateForce(targetCountry(told, cc), target, ctx.published);
  }
}

/**
 * The country whose forces a fight's object names: "shot at an Israeli army post near Nablus", "fired on Turkish soldiers
 * near Afrin" hit another country's forces than the place's; with no demonym right before the unit word, the place's.
 */
function targetCountry(object: string, cc: string): string {
  const w = STATE_TARGET.exec(object);
  return (w && demonymBefore(object.slice(0, w.index))) || cc;
}

/** The state force a fight's object names: its posts, units or men ("a police station", "an army base", "11 soldiers"). */
function stateTarget(object: string): "military" | "police" | undefined {
  const w = STATE_TARGET.exec(object);
  if (!w) return undefined;
  return /^(?:police|policem[ae]n|police officers?|gendarmes?|gendarmerie)/i.test(w[1]!) ? "police" : "military";
}
const CIVILIAN_DEAD = /\b(?:killed|killing|kills)\s+(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+|over\s+)?(?:\d[\d,]*|[a-z]+|dozens of|scores of|hundreds of)\s+(?:[\w-]+\s+)?(?:civilians?|residents?|people|person|child(?:ren)?|wom[ae]n|villagers?|worshippers|passengers?|shoppers|family members|inhabitants)\b/i;
const CIVILIANS_WERE_KILLED = /\b(?:\d[\d,]*|[a-z]+|dozens of|scores of|hundreds of)\s+(?:[\w-]+\s+)?(?:civilians?|residents?|people|child(?:ren)?|wom[ae]n|villagers?|worshippers|passengers?|shoppers|family members|inhabitants)\s+(?:were|was|have been|had been)\s+killed\b|\b(?:\d[\d,]*|[a-z]+)\s+(?:civilians?|child(?:ren)?|wom[ae]n|villagers?|residents?)\s+died\b/i;
const COMBATANT_DEAD = /\b(?:militants|fighters|soldiers|troops|rebels|insurgents|combatants|policem[ae]n|police officers|jihadists|gunmen|commanders?|convoys?|bases?|positions|patrols?|checkpoints?|outposts?|barracks|garrisons?)\b/i;
const STATE_TARGET = /\b(police(?: stations?| posts?| checkpoints?| headquarters| patrols?| officers?)|policem[ae]n|gendarmes?|gendarmerie(?: posts?)?|(?:army|military|government) (?:bases?|posts?|outposts?|camps?|convoys?|patrols?|positions?|barracks|checkpoints?|forces|troops)|soldiers?|troops|servicem[ae]n|garrison|barracks)\b/i;

/** A deal binds all its signatories, wherever the sentence names them ("X and the leader of Y signed"). */
function agreementParties({ ctx, text, cue, inClause }: RoleScene, r: Roles): void {
  // "... signed a deal under which police will deploy": a force the deal puts to work is no signatory.
  const instrument = (c: Candidate) => c.start > cue.start && DEAL_PUTS_TO_WORK.test(text.slice(c.end, c.end + 40));
  const tools = inClause.filter(instrument);
  const parties = inClause.filter((c) => c.inter !== 7 && !instrument(c));
  if (r.a1) {
    // Roles read from the sentence stand, but for a force the deal only puts to work.
    const isTool = (a?: Actor) => !!a && tools.some((t) => t.name === a.name) && !parties.some((c) => c.name === a.name);
    if (isTool(r.a1)) r.a1 = parties.find((c) => c.name !== r.a2?.name);
    if (isTool(r.a2)) r.a2 = parties.find((c) => c.name !== r.a1?.name);
    return;
  }
  r.a1 = parties[0];
  r.a2 = parties.find((c) => c.name !== r.a1?.name);
  // "A truce took effect ...": a ceasefire naming no party binds the sides of the fighting told before it.
  const fight = lastBattle.get(ctx);
  if (!r.a1 && fight && TRUCE.test(text.slice(cue.start, cue.end + 40))) {
    r.a1 = fight.a1;
    r.a2 = fight.a2;
  }
}

/** Words after a force named after a deal's verb that make it the deal's instrument ("police will deploy", "police to be deployed"). */
const DEAL_PUTS_TO_WORK = /^\s+(?:(?:will|would|shall|are\s+to|is\s+to|to|must|should|would\s+then|will\s+then)\s+(?:be\s+)?|(?:are|is)\s+(?:due|expected|set)\s+to\s+(?:be\s+)?)(?:deploy|deployed|redeploy|redeployed|patrol|take\s+over|secure|oversee|monitor|guard|replace|enforce|man|return|move|stationed|posted|sent)\b/i;

/** A crowd acts (protesters or rioters); the police, if any, face it. */
function demonstrationRoles({ ctx, text, cc, sub, cands }: RoleScene, r: Roles): void {
  const kind = sub === "Violent demonstration" || sub === "Mob violence" ? "rioters" : "protesters";
  let police: Actor | undefined = cands.find((c) => c.inter === 1);
  // "Security forces" facing a crowd are its police, unless the text says soldiers or the army did it.
  const pc = police as Candidate | undefined;
  if (pc && pc.how === "military" && /\bsecurity\b/i.test(text.slice(pc.start, pc.end)) && !/\b(?:troops|soldiers|army|military)\b/i.test(text)) {
    police = stateForce(pc.country || cc, "police", ctx.published);
  }
  r.a1 = genericActor(kind, cc);
  r.a2 = sub === "Peaceful protest" ? undefined : police ?? (sub === "Excessive force against protesters" || sub === "Protest with intervention" ? stateForce(cc, "police", ctx.published) : undefined);
}

/** A movement with no country of its own, as its branch in the event's country (a claim or blame names "Islamic State"). */
export function localised(actor: Actor | undefined, cc: string, date?: string): Actor | undefined {
  const entry = actor && !actor.assoc ? actorByName(actor.name, date) : undefined;
  if (!entry || entry.country || entry.name !== actor!.name) return actor;
  const local = localActor(entry, cc, date);
  return local === entry ? actor : { name: local.name, inter: local.inter };
}

/** The name a state force had on the event's date ("Military Forces of Syria (2000-2024)" before 9 Dec 2024). */
export function actorAt(actor: Actor | undefined, date: string): Actor | undefined {
  if (!actor) return actor;
  const entry = actorByName(actor.name);
  if (entry && entry.inter === 1 && entry.country && (entry.kind === "military" || entry.kind === "police")) {
    const f = stateForce(entry.country, entry.kind, date);
    const assoc = actor.assoc?.map((n) => actorAt({ name: n, inter: 1 }, date)!.name);
    return assoc?.length ? { ...f, assoc } : f;
  }
  return actor;
}

// ---- follow-up sentences ----------------------------------------------------------------
// A report tells an event in its lead and elaborates it after: who claimed it, who was blamed,
// which monitor gave the toll. Those sentences hold no event of their own; they belong to the
// event told last before them.

/** The sides of the latest fighting told in an article: the parties a bare "truce" binds. */
const lastBattle = new WeakMap<ArticleContext, { a1?: Actor; a2?: Actor }>();
const TRUCE = /\b(?:truce|ceasefire|cease-fire|armistice)\b/i;

/** Sentences (by index) that hold a live mention, per article: recorded as roles are assigned. */
const liveSentences = new WeakMap<ArticleContext, Set<number>>();
function noteLive(ctx: ArticleContext, idx: number): void {
  let s = liveSentences.get(ctx);
  if (!s) liveSentences.set(ctx, (s = new Set()));
  s.add(idx);
}

/** How far (in sentences) a follow-up may lie from the event it elaborates. */
const FOLLOW_UP_SPAN = 5;

/**
 * The sentences after an event's own sentences that tell no other event: they elaborate this one.
 * Stops at the first sentence that tells another event (or a different one of this draft's own).
 */
export function followUps(own: number[], ctx: ArticleContext): SentenceInfo[] {
  const live = liveSentences.get(ctx) ?? new Set<number>();
  const mine = new Set(own);
  const out = new Set<number>();
  for (const i of mine) {
    for (let j = i + 1; j < ctx.sentences.length && j - i <= FOLLOW_UP_SPAN; j++) {
      if (mine.has(j)) continue;
      if (live.has(j)) break;
      out.add(j);
    }
  }
  return [...out].sort((a, b) => a - b).map((j) => ctx.sentences[j]!);
}

// "X claimed responsibility", "X said one of its fighters had carried out the attack".
const CLAIM = /\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit|the\s+(?:attack|attacks|bombing|blast|assault|strike|strikes|killing|killings|kidnapping|abduction|ambush|raid|operation))\b|\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:(?:one|two|three|some)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters|members|militants|men|operatives|suicide\s+bombers?|bombers?|units?|forces|troops|soldiers|fighter|member|militant|operative)\s+(?:had\s+|have\s+|has\s+)?(?:carried\s+out|conducted|launched|staged|executed|mounted)\b/i;
// "the military said it had targeted fighters": a party owning the act.
const OWNS = /\b(?:said|says|confirmed|acknowledged|admitted|announced|stated)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:targeted|struck|hit|attacked|bombed|shelled|carried\s+out|conducted|launched|fired)\b/i;
// "blamed the attack on X", "attributed the bombing to X", "held X responsible", "X was behind the attack".
const BLAME_BEFORE = /\b(?:blamed|blaming|blames)\s+(?:the\s+|it\s+|this\s+)?(?:\w+\s+){0,2}on\s+(?:the\s+)?$|\battribut(?:ed|ing)\s+(?:the\s+|it\s+)?(?:\w+\s+){0,2}to\s+(?:the\s+)?$|\b(?:blamed|accused|held|suspected)\s+(?:the\s+)?$/i;
const BEHIND_AFTER = /^\s+(?:was|were|is|are|had\s+been)\s+(?:\w+\s+)?(?:behind|responsible)\b|^\s+(?:of|for)\s+(?:carrying\s+out|the\s+(?:attack|bombing|strike|killing|killings))\b/i;

/**
 * The perpetrator a report names only around or after its lead: a group claiming the attack, a
 * party saying it carried it out, or the one authorities blame. Claims beat blame; the first
 * sentence that settles it wins.
 */
export function laterPerpetrator(sentences: SentenceInfo[], ctx: ArticleContext): (Actor & { claimed?: boolean }) | undefined {
  let blamed: Actor | undefined;
  for (const si of sentences) {
    const text = si.text;
    const aside = asides(text);
    const actors = si.actors.filter((a) => !aside.some(([x, y]) => a.start >= x && a.end <= y));
    const explicit = CLAIM.exec(text);
    const claim = explicit ?? OWNS.exec(text);
    if (claim) {
      // The claimer: the named actor, else the party speaker, closest before the claim.
      const named = actors.filter((a) => a.end <= claim.index).at(-1);
      if (named) return { name: named.actor.name, inter: named.actor.inter, ...(explicit ? { claimed: true } : {}) };
      const sp = sentenceSpeakers(si, ctx).find((s) => s.party && s.start < claim.index && s.stance !== "denies" && (s.affiliation || s.country));
      if (sp?.affiliation) {
        const a = actorByName(sp.affiliation, ctx.published);
        if (a) return { name: a.name, inter: a.inter };
      }
      if (sp?.country && (sp.kind === "military" || sp.kind === "government")) return stateForce(sp.country, "military", ctx.published);
    }
    if (!blamed) {
      // "the X gang, which controls the area, was responsible": the relative clause is skipped.
      const after = (a: { end: number }) => text.slice(a.end, a.end + 160).replace(/^\s*(?:gang|group|militia|faction|movement)?\s*,\s*(?:which|who)\b[^,;]{0,120},/i, "");
      // "investigating whether a group allied with X was responsible" names no one; nor does blame on a group that denied any role
      const b = actors.find((a) => (BLAME_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) || BEHIND_AFTER.test(after(a))) && !/\b(?:whether|if)\b[^.;]*$/i.test(text.slice(0, a.start)) && !disowned(ctx, false).has(a.actor.name));
      if (b && !/\bden(?:y|ied|ies)\b/i.test(text)) blamed = { name: b.actor.name, inter: b.actor.inter };
      // "attributed the raid to Syrian government aircraft": a state's forces named only by a role word.
      const g = !b ? si.generics.find((x) => x.kind === "military" && BLAME_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start))) : undefined;
      const gc = g?.country ?? ctx.countries[0];
      if (g && gc && hasStateForce(gc) && !/\bden(?:y|ied|ies)\b/i.test(text)) blamed = stateForce(gc, "military", ctx.published);
      // "Iraq's government blamed Turkey, which ...": a state blamed by name fired or flew it.
      if (!b && !g && /\bblam/i.test(text) && !/\bden(?:y|ied|ies)\b/i.test(text)) {
        const bs = BLAMING_STATE.exec(text);
        const bc = bs ? countryQualifiers().lookup(bs[1]!.trim())[0] : undefined;
        if (bc && hasStateForce(bc)) blamed = stateForce(bc, "military", ctx.published);
      }
    }
  }
  return blamed;
}

/**
 * Who flew an air strike no sentence names: aircraft are a state's. The state force the story named
 * last before it, else — in a war at home with a rebel group named — the forces of the country struck.
 * Drones are no longer only a state's: a drone strike is left unnamed.
 */
export function airPower(lastIdx: number, cue: string, cc: string, ctx: ArticleContext): Actor | undefined {
  // Drones are no longer only a state's — but in a war at home between the state's forces, named in
  // the story, and a rebel group of that country, the drone is the state's: rebels there fly none that strike.
  if (/drone/i.test(cue)) return homeWar(lastIdx, cc, ctx) ? stateForce(cc, "military", ctx.published) : undefined;
  for (let i = lastIdx; i >= 0; i--) {
    const si = ctx.sentences[i]!;
    const aside = asides(si.text);
    const out = (x: { start: number; end: number }) => aside.some(([a, b]) => x.start >= a && x.end <= b);
    const named = si.actors.filter((a) => a.actor.inter === 1 && a.actor.kind === "military" && !out(a)).at(-1);
    if (named) return { name: named.actor.name, inter: 1 };
    const g = si.generics.filter((x) => x.kind === "military" && !out(x)).at(-1);
    const gc = g ? g.country ?? cc : undefined;
    if (gc && hasStateForce(gc)) return stateForce(gc, "military", ctx.published);
  }
  const dom = cc ? ctx.dominantArmedGroup.get(cc) : undefined;
  return dom && dom.country === cc && dom.inter >= 2 && dom.inter <= 3 && hasStateForce(cc) ? stateForce(cc, "military", ctx.published) : undefined;
}

/** The story names the forces of the country struck (up to `lastIdx`) and its most-named armed group is a home rebel group. */
function homeWar(lastIdx: number, cc: string, ctx: ArticleContext): boolean {
  const dom = cc ? ctx.dominantArmedGroup.get(cc) : undefined;
  if (!dom || dom.country !== cc || dom.inter < 2 || dom.inter > 3 || !hasStateForce(cc)) return false;
  for (let i = 0; i <= lastIdx && i < ctx.sentences.length; i++) {
    const si = ctx.sentences[i]!;
    if (si.actors.some((a) => a.actor.inter === 1 && a.actor.kind === "military" && a.actor.country === cc)) return true;
    if (si.generics.some((x) => x.kind === "military" && (x.country ?? cc) === cc)) return true;
  }
  return false;
}

/** Who stopped the drones or missiles shot down over a country: unless named, that country's forces. */
export function defender(cc: string, ctx: ArticleContext): Actor | undefined {
  return cc && hasStateForce(cc) ? stateForce(cc, "military", ctx.published) : undefined;
}
