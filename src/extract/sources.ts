// Finds the sources a report cites: named monitors, UN bodies, NGOs, outlets and state bodies
// (data/sources.json), state bodies built from templates ("Syria's defence ministry" ->
// "Syrian Defense Ministry"), and unnamed sources ("witnesses said"). Names live in data/.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { countryByCode, countryQualifiers, findActorsIn } from "./actors.js";
import { PhraseTrie, tokenize, type Tokens } from "./phrase-trie.js";

export type SourceKind = "monitor" | "un" | "ngo" | "government" | "military" | "armed_group" | "outlet" | "official" | "witness" | "medical" | "unnamed";

export interface SourceMention {
  name: string;
  kind: SourceKind;
  /** True for a side in the conflict or its organs (ministries, armies, state media, armed groups). */
  party: boolean;
  country?: string;
  start: number;
  end: number;
  text: string;
}

interface NamedSource {
  name: string;
  aliases: string[];
  kind: SourceKind;
  country: string;
  party: boolean;
  /** ACLED source_scale of this source, when its kind and country do not tell it. */
  scale?: string;
}
interface Template {
  body: string;
  heads: string[];
  kind: SourceKind;
  party: boolean;
  /** Weak heads ("government", "presidency") count without a country only next to a speech cue. */
  bare_needs_cue?: boolean;
  /** Also a title before a person's name: "Governor Babagana Zulum said" is the person speaking, not the office. */
  title?: boolean;
}
interface Unnamed {
  name: string;
  phrases: string[];
  kind: SourceKind;
  party: boolean;
}
interface SourcesData {
  sources: NamedSource[];
  templates: Template[];
  template_modifiers: string[];
  canonical_demonym: Record<string, string>;
  unnamed: Unnamed[];
  speech_cues: string[];
  scales: { order: string[]; by_kind: Record<string, string>; national_if_country: string[] };
}

interface Index {
  data: SourcesData;
  named: PhraseTrie<NamedSource>;
  heads: PhraseTrie<Template>;
  unnamed: PhraseTrie<Unnamed>;
  modifiers: Set<string>;
  cues: Set<string>;
  byName: Map<string, NamedSource>;
}
let index: Index | undefined;

function idx(): Index {
  if (index) return index;
  const file = fileURLToPath(new URL("../../data/sources.json", import.meta.url));
  const data = JSON.parse(readFileSync(file, "utf8")) as SourcesData;
  const named = new PhraseTrie<NamedSource>();
  for (const s of data.sources) for (const p of new Set([s.name, ...s.aliases])) named.add(p, s);
  const heads = new PhraseTrie<Template>();
  for (const t of data.templates) for (const h of t.heads) heads.add(h, t);
  const unnamed = new PhraseTrie<Unnamed>();
  for (const u of data.unnamed) for (const p of u.phrases) unnamed.add(p, u);
  const byName = new Map(data.sources.map((s) => [s.name, s]));
  index = { data, named, heads, unnamed, modifiers: new Set(data.template_modifiers), cues: new Set(data.speech_cues), byName };
  return index;
}

export function sourceCount(): number {
  return idx().data.sources.length;
}

/** "Syrian", "U.S.", "Sudanese": the demonym used in canonical template names. */
export function canonicalDemonym(code: string): string {
  const c = countryByCode(code);
  const override = idx().data.canonical_demonym[code];
  return override ?? c?.demonyms[0]?.split(/,\s*/)[0] ?? c?.name ?? code;
}

const gap = (t: Tokens, a: number, b: number) => t.text.slice(t.end[a]!, t.start[b]!);

/** A country qualifier ("Syrian", "Syria", "Syria's") ending just before token `end`; returns its first token and code. */
function qualifierBefore(t: Tokens, end: number): { from: number; code: string } | undefined {
  let k = end;
  if (k > 1 && t.key[k - 1] === "s" && /^['’]$/.test(gap(t, k - 2, k - 1))) k--;
  if (k === end && k > 0 && !/^\s+$/.test(gap(t, k - 1, end))) return undefined;
  const quals = countryQualifiers();
  for (let s = Math.max(0, k - 6); s < k; s++) {
    const q = quals.longestAt(t, s, k);
    if (q && q.to === k) return { from: s, code: q.values[0]! };
  }
  return undefined;
}

/** What may stand between an outlet's description and its name: "state news agency IRNA", "SANA, the state news agency". */
const APPOSED = /^\s*(?:,\s*)?(?:the\s+)?$/i;

/** Prepositions that open where a speaker works: "a doctor at ...", "an official in ...". */
const PLACE_OF_WORK = new Set(["at", "in", "from", "with"]);
const CLAUSE_PUNCT = /[,;.!?]/;

/** A speech cue within 4 tokens after, or "according to" just before, tokens [from, to). */
function nearCue(t: Tokens, from: number, to: number, cues: Set<string>): boolean {
  if (t.key.slice(to, to + 4).some((k) => cues.has(k))) return true;
  // "a local official, who asked not to be named, said": the cue comes after a relative clause.
  if ((t.key[to] === "who" || t.key[to] === "which") && t.key.slice(to, to + 14).some((k) => cues.has(k))) return true;
  // "a doctor at the city's main hospital said": the cue comes after where the speaker works.
  if (PLACE_OF_WORK.has(t.key[to] ?? "")) {
    for (let j = to + 1; j < Math.min(to + 9, t.key.length); j++) {
      if (CLAUSE_PUNCT.test(gap(t, j - 1, j))) break;
      if (cues.has(t.key[j]!)) return true;
    }
  }
  return from >= 2 && t.key[from - 2] === "according" && t.key[from - 1] === "to";
}

/** "Ministry of Defence of Ukraine", "health ministry in Gaza": a qualifier after the head. */
function qualifierAfter(t: Tokens, from: number): { to: number; code: string } | undefined {
  if (!["of", "in"].includes(t.key[from] ?? "")) return undefined;
  let j = from + 1;
  if (t.key[j] === "the") j++;
  const q = countryQualifiers().longestAt(t, j);
  return q ? { to: q.to, code: q.values[0]! } : undefined;
}

/** A capitalised region name ("Jubaland's", "Michoacan") right before token `end`, not opening the sentence. */
function regionBefore(t: Tokens, end: number): { from: number; name: string } | undefined {
  let k = end;
  const possessive = k > 1 && t.key[k - 1] === "s" && /^['’]$/.test(gap(t, k - 2, k - 1));
  if (possessive) k--;
  const at = k - 1;
  if (at < 0 || !/^\s+$|^$/.test(possessive ? "" : gap(t, at, end))) return undefined;
  const raw = t.raw[at]!;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(raw) || REGION_STOP.has(raw)) return undefined;
  // the first word of a sentence is capitalised anyway: only a possessive says it is a name there
  if (!possessive && (at === 0 || /[.!?:"“]\s*$/.test(t.text.slice(Math.max(0, t.start[at]! - 3), t.start[at]!)))) return undefined;
  return { from: at, name: raw };
}
const REGION_STOP = new Set(["The", "This", "That", "Its", "Their", "His", "Her", "Our", "State", "National", "Federal", "Regional", "Provincial", "Central", "Interim", "Transitional", "Former", "Acting", "New", "Local", "Israeli", "Palestinian"]);

/**
 * "the governor said", "a provincial governor said": an office told bare, with nothing of its own. Not a title
 * before a name ("Governor Babagana Zulum"), nor an office whose words say whose it is ("the Borno governor",
 * "Hiiraan's deputy governor", "the governor of Belgorod region"): those are read as the text gives them.
 */
function bareOffice(t: Tokens, from: number, to: number): boolean {
  if (!["the", "a", "an"].includes(t.key[from - 1] ?? "")) return false;
  if (t.key[to] === "of") return false;
  return !(/^\p{Lu}/u.test(t.raw[to] ?? "") && /^\s+$/.test(gap(t, to - 1, to)));
}

function templateMentions(t: Tokens, country: string | undefined): SourceMention[] {
  const { heads, modifiers, cues } = idx();
  const out: SourceMention[] = [];
  for (const h of heads.findAll(t)) {
    const tpl = h.values[0]!;
    let k = h.from;
    // "Gaza's Hamas-run health ministry": skip "<word>-run" between the country and the body.
    if (k >= 2 && modifiers.has(t.key[k - 1]!) && /^[-‐‑]$/.test(gap(t, k - 2, k - 1))) k -= 2;
    const before = qualifierBefore(t, k);
    const after = before ? undefined : qualifierAfter(t, h.to);
    if (!before && !after && tpl.bare_needs_cue && !nearCue(t, h.from, h.to, cues)) continue;
    if (tpl.title && !before && !after && !bareOffice(t, h.from, h.to)) continue;
    // "Jubaland's information ministry", "the Michoacan public security secretariat": a region's own body
    const region = before || after || tpl.bare_needs_cue ? undefined : regionBefore(t, k);
    const code = region ? undefined : before?.code ?? after?.code ?? country;
    const startTok = before ? before.from : region ? region.from : h.from;
    const endTok = after ? after.to : h.to;
    const start = t.start[startTok]!;
    const end = t.end[endTok - 1]!;
    // the spelling the text uses: "defence ministry" is the Defence Ministry, "defense ministry" the Defense Ministry
    const body = /defence/i.test(t.text.slice(h.start, h.end)) ? tpl.body.replace(/Defense/g, "Defence") : tpl.body;
    out.push({
      name: region ? `${region.name} ${body}` : code ? `${canonicalDemonym(code)} ${body}` : body,
      kind: tpl.kind,
      party: tpl.party,
      ...(code ? { country: code } : {}),
      start,
      end,
      text: t.text.slice(start, end),
    });
  }
  return out;
}

/** Unnamed sources count only next to a speech cue: "witnesses said", "according to residents". */
function unnamedMentions(t: Tokens): SourceMention[] {
  const { unnamed, cues } = idx();
  const out: SourceMention[] = [];
  for (const h of unnamed.findAll(t)) {
    if (!nearCue(t, h.from, h.to, cues)) continue;
    const u = h.values[0]!;
    out.push({ name: u.name, kind: u.kind, party: u.party, start: h.start, end: h.end, text: t.text.slice(h.start, h.end) });
  }
  return out;
}

function actorMentions(t: Tokens, opts: { date?: string; country?: string }): SourceMention[] {
  return findActorsIn(t, opts).map((m) => {
    const un = m.actor.inter === 8 && m.actor.kind === "un";
    const kind: SourceKind = un ? "un" : m.actor.inter === 1 ? "military" : "armed_group";
    return { name: m.actor.name, kind, party: !un, ...(m.actor.country ? { country: m.actor.country } : {}), start: m.start, end: m.end, text: m.text };
  });
}

/**
 * Every source named in `text`. `country` is the story's country, used for bare "the defence
 * ministry"; `actors: true` also returns registry actors (armed groups, state forces) as party
 * sources, for callers that have already found a speech verb.
 */
export function findSources(text: string, opts: { country?: string; date?: string; actors?: boolean } = {}): SourceMention[] {
  const t = tokenize(text);
  const { named } = idx();
  const groups: SourceMention[][] = [
    named.findAll(t).map((h) => {
      const s = h.values[0]!;
      return { name: s.name, kind: s.kind, party: s.party, ...(s.country ? { country: s.country } : {}), start: h.start, end: h.end, text: text.slice(h.start, h.end) };
    }),
    templateMentions(t, opts.country),
    opts.actors ? actorMentions(t, opts) : [],
    unnamedMentions(t),
  ];
  // Overlaps: the longer span wins; on a tie the earlier group (named before template...).
  const ranked = groups.flatMap((g, rank) => g.map((m) => ({ m, rank })));
  ranked.sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.rank - b.rank);
  const kept: SourceMention[] = [];
  for (const { m } of ranked) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  // "Iran's state news agency IRNA", "SANA, the state news agency": an outlet described, then named, is the named one.
  const described = (m: SourceMention) => groups[1]!.includes(m) && m.kind === "outlet" &&
    groups[0]!.some((n) => (APPOSED.test(text.slice(m.end, n.start)) || APPOSED.test(text.slice(n.end, m.start))));
  return kept.filter((m) => !described(m)).sort((a, b) => a.start - b.start);
}

/**
 * ACLED's source_scale of one cited source: a named source's own scale, else its kind's
 * ("government" National, "un" International; an outlet or NGO tied to one country National,
 * a global one International). Undefined for informants (witnesses, officials, people).
 */
export function scaleOfSource(name: string, kind?: string, country?: string): string | undefined {
  const { data, byName, named } = idx();
  const known = byName.get(name) ?? named.lookup(name)[0];
  if (known?.scale) return known.scale;
  const k = known?.kind ?? kind;
  const cc = known ? known.country : country;
  if (!k) return undefined;
  if (data.scales.by_kind[k]) return data.scales.by_kind[k];
  if (data.scales.national_if_country.includes(k) && (known || cc !== undefined)) return cc ? "National" : "International";
  return undefined;
}

/** Several scales as ACLED joins them: distinct, in ACLED's order, '-'-separated ("National-International"). */
export function joinScales(scales: (string | undefined)[]): string {
  const order = idx().data.scales.order;
  const set = new Set(scales.filter((s): s is string => !!s));
  return [...order.filter((s) => set.has(s)), ...[...set].filter((s) => !order.includes(s)).sort()].join("-");
}
