// Pass 2 of extraction: event mentions, clause by clause. A mention is one cue for one happening,
// with the actors, place, date, figures and speakers found around it, and its modality.
import { findCues, familyOf, modality, type CueHit } from "./cues.js";
import { re } from "./lexicon.js";
import { daysBefore, type DateMention } from "./dates.js";
import { findFatalities } from "./fatalities.js";
import { findSpeakers, type Speaker } from "./attribution.js";
import type { ArticleContext, PlaceHit, SentenceInfo } from "./context.js";

export interface ActorRef {
  name: string;
  inter: number;
  country?: string;
  /** Words in the text it came from ("rebel forces"), and where (absolute offsets). */
  text: string;
  start: number;
  end: number;
  /** "named" from the registry, or the generic kind ("military", "protesters", "unidentified", ...). */
  how: string;
}

export interface Mention {
  sentence: SentenceInfo;
  /** Clause bounds, relative to the sentence. */
  clause: [number, number];
  cue: CueHit; // relative to the sentence
  cues: CueHit[];
  family: string;
  date?: DateMention & { inherited: boolean };
  place?: PlaceHit;
  agentText?: { start: number; end: number; text: string; how: string; name?: string; inter?: number; country?: string };
  patientText?: { start: number; end: number; text: string; how: string; name?: string; inter?: number; country?: string };
  fatalities: { count: number; start: number; end: number; text: string }[]; // absolute
  speakers: Speaker[]; // offsets relative to the sentence
  denials: Speaker[];
  unverified: boolean;
  verifiedByOutlet: boolean;
  /** Why the mention is not an event, when it is not. */
  drop?: string;
}

const BACKGROUND_DAYS = 10;

/** Spans between paired dashes or brackets: asides that do not carry the clause's modality. */
export function asides(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(/\s[—–]\s[^—–]{3,200}?\s[—–]\s|\([^()]{1,200}\)/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

function clauses(s: string): [number, number][] {
  const cuts = [0];
  for (const m of s.matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+(?=[a-z]*\s*(?:the|a|an|police|troops|soldiers|rebels|residents|security|his|her|its|their|[A-Z]))|\.\s+(?=[A-Z])|\s+(?:Hours|Minutes|Days) later,?\s+/g)) {
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

export function findMentions(ctx: ArticleContext): Mention[] {
  const md = modality();
  const rx = {
    forecastBefore: re(md.forecast_before_cue),
    forecastClause: re(md.forecast_clause),
    notForecast: re(md.not_forecast, "gi"),
    negation: re(md.negation_before_cue),
    background: re(md.background_clause),
    denial: re(md.denial),
    unverified: re(md.unverified),
    verified: re(md.verified),
  };
  const mentions: Mention[] = [];
  const articleUnverified = ctx.sentences.some((s) => rx.unverified.test(s.text));

  for (const si of ctx.sentences) {
    const text = si.text;
    const plain = blank(text, asides(text)); // asides blanked: modality cues inside them do not count
    const country = ctx.countries[0];
    const speakers = safe(() => findSpeakers(text, { country, date: ctx.published }), []);
    const denials = speakers.filter((s) => s.stance === "denies");
    const figures = findFatalities(text);
    const cues = findCues(plain);
    const found: Mention[] = [];

    for (const [cs, ce] of clauses(plain)) {
      const inClause = cues.filter((c) => c.start >= cs && c.end <= ce);
      if (!inClause.length) continue;
      // One mention per family per clause: the highest-priority cue stands for the family.
      const byFamily = new Map<string, CueHit[]>();
      for (const c of inClause) {
        const f = familyOf(c.rule);
        byFamily.set(f, [...(byFamily.get(f) ?? []), c]);
      }
      let families = [...byFamily.entries()].map(([family, hits]) => ({
        family,
        hits,
        best: hits.reduce((a, b) => (b.rule.priority > a.rule.priority ? b : a)),
      }));
      families = absorb(families);
      for (const { family, hits, best } of families) {
        const clauseText = plain.slice(cs, ce);
        const before = plain.slice(cs, best.start);
        let drop: string | undefined;
        const beforeNoFalse = before.replace(rx.notForecast, " ");
        if (rx.forecastBefore.test(beforeNoFalse) || rx.forecastClause.test(clauseText.replace(rx.notForecast, " "))) drop = "forecast or hypothetical";
        else if (rx.negation.test(plain.slice(Math.max(cs, best.start - 30), best.start)) && !denials.length) drop = "negated";
        found.push({
          sentence: si, clause: [cs, ce], cue: best, cues: hits, family, fatalities: [], speakers, denials,
          unverified: articleUnverified, verifiedByOutlet: rx.verified.test(text), drop,
        });
      }
    }

    // A denial with no event of its own answers the latest claim before it.
    if (!found.length && denials.length) {
      const last = [...mentions].reverse().find((m) => !m.drop);
      if (last) last.denials = [...last.denials, ...denials];
    }

    for (const m of found) {
      attachDate(m, ctx, mentions);
      attachPlace(m, ctx, mentions);
      m.agentText = undefined;
      if (!m.drop && m.date && ctx.published && daysBefore(m.date.date, ctx.published) > BACKGROUND_DAYS) m.drop = "background (dated well before publication)";
      if (!m.drop && rx.background.test(plain.slice(m.clause[0], m.clause[1])) && (!m.date || m.date.inherited)) m.drop = "background";
    }
    // Figures go to the mention of their clause, else the nearest mention in the sentence,
    // else (a sentence of figures only) to the latest mention of the paragraph.
    for (const f of figures) {
      const abs = { count: f.count, start: f.start + si.start, end: f.end + si.start, text: f.text };
      const live = found.filter((m) => !m.drop);
      const own = live.find((m) => f.start >= m.clause[0] && f.start < m.clause[1]) ?? nearest(live, f.start);
      if (own) own.fatalities.push(abs);
      else if (!found.length) {
        const prev = [...mentions].reverse().find((m) => !m.drop && m.sentence.para === si.para);
        if (prev && !si.places.some((p) => p.mention.kind === "place" && p.place && prev.place?.place && p.place.geonameid !== prev.place.place.geonameid)) {
          prev.fatalities.push(abs);
        }
      }
    }
    mentions.push(...found);
  }
  return mentions;
}

/** In one clause, a generic family (a clash, a plain protest) is part of a more specific one. */
function absorb<T extends { family: string; best: CueHit }>(fams: T[]): T[] {
  if (fams.length < 2) return fams;
  const separate = new Set(["Other", "Arrests", "Looting/property destruction", "Agreement", "Disrupted weapons use", "Abduction/forced disappearance", "Change to group/activity"]);
  const sorted = [...fams].sort((a, b) => b.best.rule.priority - a.best.rule.priority);
  const kept: T[] = [];
  for (const f of sorted) {
    const isTerritory = f.best.rule.sub === "territory";
    if (!kept.length || separate.has(f.family) || isTerritory) {
      kept.push(f);
      continue;
    }
    // keep a second violent family only when the stronger one is "separate" (e.g. a prison break)
    if (kept.every((k) => separate.has(k.family) || k.best.rule.sub === "territory") && f.family !== "battle") kept.push(f);
  }
  return kept;
}

function nearest(ms: Mention[], at: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (!best || Math.abs(m.cue.start - at) < Math.abs(best.cue.start - at)) best = m;
  return best;
}

function attachDate(m: Mention, ctx: ArticleContext, earlier: Mention[]): void {
  const si = m.sentence;
  const [cs, ce] = m.clause;
  const inClause = si.dates.filter((d) => d.start >= cs && d.end <= ce);
  const pick = (ds: DateMention[]) => ds.reduce<DateMention | undefined>((b, d) => (!b || Math.abs(d.start - m.cue.start) < Math.abs(b.start - m.cue.start) ? d : b), undefined);
  const own = pick(inClause) ?? pick(si.dates);
  if (own) {
    m.date = { ...own, inherited: false };
    return;
  }
  const recent = (d?: DateMention) => !!d && (!ctx.published || daysBefore(d.date, ctx.published) <= BACKGROUND_DAYS);
  const prev = [...earlier].reverse().find((x) => !x.drop && x.date && x.sentence.para === si.para && recent(x.date));
  if (prev?.date) {
    m.date = { ...prev.date, inherited: true };
    return;
  }
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - 3; i--) {
    const d = ctx.sentences[i]!.dates.filter((x) => recent(x)).at(-1);
    if (d) {
      m.date = { ...d, inherited: true };
      return;
    }
  }
  if (ctx.leadDate && recent(ctx.leadDate)) m.date = { ...ctx.leadDate, inherited: true };
}

const DATELINE = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{2,40})?\s*[—–-]{1,2}\s/;

function usable(p: PlaceHit, si: SentenceInfo): boolean {
  if (!p.place || p.place.latitude == null) return false;
  const rel = p.mention.nameStart - si.start;
  const before = si.text.slice(Math.max(0, rel - 12), rel);
  const after = si.text.slice(p.mention.nameEnd - si.start, p.mention.nameEnd - si.start + 8);
  if (/^-based/.test(after) || /^['’]s\s+(?:army|military|government|troops|forces)/.test(after)) return false;
  if (/\bfrom\s+$/.test(before) && !/\b(retak|recaptur|took|seiz)/i.test(si.text)) return false;
  if (si.actors.some((a) => rel >= a.start && rel < a.end)) return false;
  return true;
}

function attachPlace(m: Mention, ctx: ArticleContext, earlier: Mention[]): void {
  const si = m.sentence;
  const dl = si.idx === 0 ? DATELINE.exec(si.text) : null;
  const outsideDateline = (p: PlaceHit) => !dl || p.mention.start - si.start >= dl[0].length;
  const cands = si.places.filter((p) => usable(p, si) && outsideDateline(p) && p.mention.kind !== "country");
  const [cs, ce] = m.clause;
  const rel = (p: PlaceHit) => p.mention.start - si.start;
  const after = cands.filter((p) => rel(p) >= m.cue.start && rel(p) < ce);
  const before = cands.filter((p) => rel(p) >= cs && rel(p) < m.cue.start);
  const pick =
    after.sort((a, b) => rel(a) - rel(b))[0] ??
    before.sort((a, b) => rel(b) - rel(a))[0] ??
    cands.sort((a, b) => Math.abs(rel(a) - m.cue.start) - Math.abs(rel(b) - m.cue.start))[0];
  if (pick) {
    m.place = pick;
    return;
  }
  const prev = [...earlier].reverse().find((x) => !x.drop && x.place && x.sentence.para === si.para);
  if (prev?.place) {
    m.place = prev.place;
    return;
  }
  for (let i = si.idx - 1; i >= 0 && i >= si.idx - 2; i--) {
    const s = ctx.sentences[i]!;
    const p = s.places.find((x) => usable(x, s) && x.mention.kind !== "country" && (i !== 0 || !DATELINE.test(s.text) || x.mention.start - s.start > 40));
    if (p) {
      m.place = p;
      return;
    }
  }
  // Last resort: the first place of the story (lead or dateline) if it is in the main country.
  const first = ctx.sentences.flatMap((s) => s.places).find((p) => p.place?.latitude != null && p.mention.kind !== "country" && (!ctx.countries[0] || p.place.country === ctx.countries[0]));
  if (first) m.place = first;
  else {
    const country = si.places.find((p) => p.mention.kind === "country" && p.place) ?? ctx.sentences.flatMap((s) => s.places).find((p) => p.mention.kind === "country" && p.place);
    if (country) m.place = country;
  }
}

function safe<T>(f: () => T, dflt: T): T {
  try {
    return f();
  } catch {
    return dflt;
  }
}
