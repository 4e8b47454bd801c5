// Pass 3 of extraction: who did it (actor1) and to whom (actor2), from word order around the cue,
// passive "by X", "from X", speakers speaking for their own forces, and the article's context.
import { actorByName, countryQualifiers, genericActor, stateForce } from "./actors.js";
import { tokenize } from "./phrase-trie.js";
import type { ArticleContext } from "./context.js";
import { asides, type Mention } from "./mentions.js";

export interface Actor {
  name: string;
  inter: number;
}

interface Candidate extends Actor {
  start: number; // relative to the sentence
  end: number;
  how: string;
  country?: string;
}

/** Actors named in a sentence, registry names first, generic words resolved with the article's country. */
export function candidates(m: Mention, ctx: ArticleContext): Candidate[] {
  const si = m.sentence;
  const date = ctx.published;
  const cc = m.place?.place?.country ?? ctx.countries[0] ?? "";
  const out: Candidate[] = si.actors.map((a) => ({ name: a.actor.name, inter: a.actor.inter, start: a.start, end: a.end, how: "named", country: a.actor.country }));
  // "the HTS-led Military Operations Command": the group that leads it is the actor.
  for (const o of out) {
    const led = si.actors.find((a) => a.end <= o.start && /^[-‐‑]led\s+(?:[\w'’-]+\s+){0,2}$/.test(si.text.slice(a.end, o.start)));
    if (led && led !== (o as unknown)) Object.assign(o, { name: led.actor.name, inter: led.actor.inter, country: led.actor.country });
  }
  for (const g of si.generics) {
    if (out.some((o) => g.start < o.end && g.end > o.start)) continue;
    const r = resolveGeneric(g.kind, g.country ?? cc, ctx, date);
    if (r) out.push({ ...r, start: g.start, end: g.end, how: g.kind, country: g.country ?? cc });
  }
  // An aside ("— which grew out of X —") names actors that are not the ones acting —
  // except the former holder of a place: "Tal Rifaat, a town that the SDF had held since 2016".
  const aside = asides(si.text);
  return out
    .filter((c) => !aside.some(([a, b]) => c.start >= a && c.end <= b) || HELD_BEFORE.test(si.text.slice(c.end, c.end + 30)))
    .sort((a, b) => a.start - b.start);
}

export function resolveGeneric(kind: string, cc: string, ctx: ArticleContext, date?: string): Actor | undefined {
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
      const dom = ctx.dominantArmedGroup.get(cc);
      return dom ? { name: dom.name, inter: dom.inter } : genericActor("unidentified", cc);
    }
    default:
      return undefined;
  }
}

const SUBJECT_VERB = /^\s*(?:[\w'’-]+\s+){0,2}?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:['’]s\s+(?:military|army|armed forces|forces|air force|navy|troops))?\s+(?:\w+ly\s+)?(?:launched|fired|struck|carried out|attacked|bombed|shelled|hit|targeted|used|deployed|began|conducted|pounded|sent|retaliated|responded)\b/;

/** "Israel launched ...", "Russia's army shelled ...": the country the clause opens with, if any. */
function countrySubject(clause: string): string | undefined {
  const m = SUBJECT_VERB.exec(clause);
  if (!m) return undefined;
  const hits = countryQualifiers().lookup(m[1]!);
  return hits[0];
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

const HELD_BEFORE = /^\s*(?:had|has)\s+(?:long\s+)?(?:held|controlled|occupied|seized|captured|taken)\b/i;

/** Decides actor1 and actor2 of one mention. */
export function assignRoles(m: Mention, ctx: ArticleContext, previous?: Mention & { roles?: { a1?: Actor; a2?: Actor } }): { a1?: Actor; a2?: Actor } {
  const cands = candidates(m, ctx);
  const si = m.sentence;
  const [cs, ce] = m.clause;
  const cue = m.cue;
  const cc = m.place?.place?.country ?? ctx.countries[0] ?? "";
  const text = si.text;
  const speakerSpan = (c: Candidate) => m.speakers.some((s) => c.start >= s.start && c.end <= s.end);

  const inClause = cands.filter((c) => c.start >= cs && c.end <= ce);
  const beforeCue = inClause.filter((c) => c.end <= cue.start);
  const afterCue = inClause.filter((c) => c.start >= cue.end);
  let a1: Actor | undefined;
  let a2: Actor | undefined;

  // Passive: "... struck by X", "killed by X", "launched by X"
  const byAgent = afterCue.find((c) => /\bby\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(cue.end, c.start - 30), c.start)));
  const launchedBy = cands.find((c) => /\b(?:launched|fired|carried out|claimed|flown|operated)\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$/i.test(text.slice(Math.max(0, c.start - 40), c.start)));
  const fromLoser = afterCue.find((c) => /\b(?:from|against)\s+(?:the\s+)?(?:[\w'’.-]+[\s-]+){0,2}$/i.test(text.slice(Math.max(cue.end, c.start - 30), c.start)));

  if (byAgent || launchedBy) a1 = byAgent ?? launchedBy;
  else {
    const subj = [...beforeCue].reverse().find((c) => !/\b(?:from|against|of|on|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(cs, c.start - 12), c.start)));
    if (subj) a1 = subj;
  }
  // "U.S. airstrikes", "an Israeli strike": a country's word right before the cue names its forces;
  // "Israel launched strikes on ...": so does a country that is the clause's subject.
  if (!a1 && (m.family === "explosion" || m.family === "battle")) {
    const cc0 = demonymBefore(text.slice(Math.max(cs, cue.start - 30), cue.start)) ?? countrySubject(text.slice(cs, cue.start));
    if (cc0) a1 = stateForce(cc0, "military", ctx.published);
  }
  // "X said its troops had entered ...", "X claimed responsibility": the speaker's own forces
  // (even when the words before the cue were only "his fighters", a generic word).
  if (!a1 || speakerSpan(a1 as Candidate) || (a1 as Candidate).how !== "named") {
    const aside = asides(text);
    const sp = m.speakers.find((s) => s.party && (s.kind === "government" || s.kind === "military" || s.kind === "armed_group") && !aside.some(([x, y]) => s.start >= x && s.end <= y));
    const own = /\b(its|their|our|his)\s+(?:own\s+)?(troops|forces|fighters|units|soldiers|army|men|militants)\b|claimed (responsibility|the (attack|assault|strike|bombing))|\b(?:that\s+)?(?:it|they|we)\s+(?:had|have|has)\s+(?:\w+\s+)?$/i.test(text.slice(cs, cue.start)) || /\b(its|their|our)\s+(?:own\s+)?(troops|forces|fighters|units|soldiers|army|men|militants)\b|claimed (responsibility|the (attack|assault|strike|bombing))/i.test(text.slice(cs, ce));
    if (sp && own) {
      if (sp.affiliation) {
        const c = cands.find((x) => x.name === sp.affiliation);
        a1 = c ?? a1;
      } else if (sp.country && (sp.kind === "government" || sp.kind === "military")) {
        a1 = stateForce(sp.country, "military", ctx.published);
      }
    } else if (a1 && speakerSpan(a1 as Candidate) && !/\b(?:said|says|told|claimed|announced)\b[^.;]{0,12}\b(?:it|they|its|their)\b/i.test(text.slice(cs, cue.start))) {
      // "The Israeli military said two mortar rounds had landed": who speaks is a source, not the actor.
      a1 = undefined;
    }
  }
  // "attacks from government forces": for strikes, "from" names who struck.
  if (!a1 && fromLoser && m.family === "explosion") a1 = fromLoser;
  else a2 = fromLoser;
  const formerHolder = m.family === "battle" ? afterCue.find((c) => HELD_BEFORE.test(text.slice(c.end, c.end + 30))) : undefined;
  a2 = formerHolder ?? a2 ?? afterCue.find((c) => c !== a1 && c.name !== a1?.name);
  // "... told reporters that fighters had entered the city": unnamed fighters are the speaker's side.
  if (!a1 && /\b(fighters|troops|forces|soldiers|units|insurgents|rebels|militants|men)\b/i.test(text.slice(cs, cue.start))) {
    const sp = m.speakers.find((s) => s.party && s.affiliation && (s.kind === "armed_group" || s.kind === "military" || s.kind === "official"));
    const side = sp && cands.find((c) => c.name === sp.affiliation);
    if (side) a1 = side;
  }

  // Withdrawal: the one who withdrew lost the place; the one it was "handed over to" took it.
  if (cue.rule.territory === "withdraw" && a1 && !byAgent) {
    a2 = a1;
    a1 = afterCue.find((c) => /\bover\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(Math.max(cue.end, c.start - 30), c.start)));
  }
  // No actor in the sentence: the previous mention of the same kind in the paragraph sets the scene,
  // else the actors of the previous sentence (state forces first for strikes from the air or afar).
  if (!a1 && previous && previous.sentence.para === si.para && previous.family === m.family && previous.roles?.a1) a1 = previous.roles.a1;
  if (!a1 && (m.family === "explosion" || m.family === "battle")) {
    const prevSentence = ctx.sentences[si.idx - 1];
    if (prevSentence && prevSentence.para === si.para) {
      const g = prevSentence.generics.find((x) => x.kind === "military" || x.kind === "police");
      const named = prevSentence.actors.filter((a) => !asides(prevSentence.text).some(([x, y]) => a.start >= x && a.end <= y));
      const remote = m.family === "explosion";
      const state = named.find((a) => a.actor.inter === 1);
      if (remote && state) a1 = { name: state.actor.name, inter: state.actor.inter };
      else if (remote && g) a1 = resolveGeneric(g.kind, g.country ?? cc, ctx, ctx.published);
      else if (named[0]) a1 = { name: named[0].actor.name, inter: named[0].actor.inter };
      else if (g) a1 = resolveGeneric(g.kind, g.country ?? cc, ctx, ctx.published);
    }
  }

  const sub = cue.rule.sub;
  if (m.family === "demonstration") {
    const kind = sub === "Violent demonstration" || sub === "Mob violence" ? "rioters" : "protesters";
    const police = cands.find((c) => c.inter === 1);
    a1 = genericActor(kind, cc);
    a2 = sub === "Peaceful protest" ? undefined : police ?? (sub === "Excessive force against protesters" || sub === "Protest with intervention" ? stateForce(cc, "police", ctx.published) : undefined);
  } else if (sub === "Attack" || sub === "Abduction/forced disappearance" || sub === "Sexual violence") {
    if (!a1 || a1.inter === 7) a1 = genericActor("unidentified", cc);
    if (!a2 || a2.inter !== 7) a2 = genericActor("civilians", cc);
  } else if (!a1 && cc && (m.family === "battle" || sub === "Suicide bomb" || sub === "Remote explosive/landmine/IED")) {
    a1 = resolveGeneric("unidentified", cc, ctx, ctx.published);
  }
  // A place a non-state group takes was, unless the text says otherwise, held by the state.
  if (m.family === "battle" && cue.rule.territory && cue.rule.territory !== "withdraw" && a1 && a1.inter !== 1 && !a2 && cc) {
    a2 = stateForce(cc, "military", ctx.published);
  }
  if (a1 && a2 && a1.name === a2.name) a2 = undefined;
  return { a1: a1 && { name: a1.name, inter: a1.inter }, a2: a2 && { name: a2.name, inter: a2.inter } };
}

/** The name a state force had on the event's date ("Military Forces of Syria (2000-2024)" before 9 Dec 2024). */
export function actorAt(actor: Actor | undefined, date: string): Actor | undefined {
  if (!actor) return actor;
  const entry = actorByName(actor.name);
  if (entry && entry.inter === 1 && entry.country && (entry.kind === "military" || entry.kind === "police")) {
    return stateForce(entry.country, entry.kind, date);
  }
  return actor;
}
