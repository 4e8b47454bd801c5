// Finds conflict actors in text: named ones from the registry in data/actors/*.json, and generic
// role words ("Syrian army", "police", "gunmen") from data/actors/generic.json.
// All names live in data/; this file only loads, indexes and matches them.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SitrepError } from "../errors.js";
import { PhraseTrie, tokenize, type Tokens } from "./phrase-trie.js";

export interface ActorEntry {
  name: string;
  aliases: string[];
  /** ISO 3166 alpha-2, or "" for international actors. */
  country: string;
  /** ACLED inter code 1-8. */
  inter: number;
  kind: string;
  /** Validity period: ISO date or year; `to` is exclusive. */
  from?: string | number | null;
  to?: string | number | null;
  parent?: string | null;
}
export interface ActorMention {
  actor: ActorEntry;
  start: number;
  end: number;
  text: string;
}
/** "group": an armed group named by what it is ("vigilantes", "clan militias", "pirates"), with an ACLED name of its own (generic.json `groups`). */
export type GenericKind = "military" | "police" | "protesters" | "rioters" | "civilians" | "unidentified" | "group";
export interface GenericMention {
  kind: GenericKind;
  start: number;
  end: number;
  text: string;
  country?: string;
}

export interface Country {
  code: string;
  name: string;
  region: string;
  aliases: string[];
  demonyms: string[];
}
interface GenericData {
  templates: Record<Exclude<GenericKind, "group">, { name: string; inter: number }>;
  countries_with_article: string[];
  words: Record<Exclude<GenericKind, "group">, { alone: string[]; after_country: string[] }>;
  /** Armed groups told by what they are, each with the name ACLED gives such a group when it is not named. */
  groups?: { name: string; inter: number; words: string[] }[];
  not_followed_by: string[];
  negating_prefixes: string[];
  extra_demonyms: Record<string, string[]>;
  demonym_preference: Record<string, string>;
  associated_groups?: { name: string; words: string[]; for: string[] }[];
  /** A bare word that stands for one named movement in one country ("separatists" in Cameroon). */
  country_groups?: { country: string; actor: string; words: string[] }[];
}

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(DATA + rel, "utf8")) as T;

// ---- countries ---------------------------------------------------------------------------

let countryMap: Map<string, Country> | undefined;
export function countries(): Map<string, Country> {
  countryMap ??= new Map(readJson<{ countries: Country[] }>("countries.json").countries.map((c) => [c.code, c]));
  return countryMap;
}
export function countryByCode(code: string): Country | undefined {
  return countries().get(code);
}

let genericCache: GenericData | undefined;
function genericData(): GenericData {
  genericCache ??= readJson<GenericData>("actors/generic.json");
  return genericCache;
}

/** Country as ACLED writes it inside "Military Forces of ...": with "the" where ACLED puts one. */
function theCountry(code: string): string {
  const c = mustCountry(code);
  return genericData().countries_with_article.includes(code) ? `the ${c.name}` : c.name;
}
/** A template's name without its country part: "Protesters ({country})" -> "Protesters", "Police Forces of {the_country}" -> "Police Forces". */
function countryless(tpl: { name: string; inter: number }): { name: string; inter: number } {
  return { name: tpl.name.replace(/\s*\(\{country\}\)|\s+of\s+\{the_country\}|\{(?:the_)?country\}/g, "").trim(), inter: tpl.inter };
}

function mustCountry(code: string): Country {
  const c = countryByCode(code);
  if (!c) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `unknown country code "${code}" (expected an ISO 3166 alpha-2 code from data/countries.json)`);
  return c;
}

let qualifierTrie: PhraseTrie<string> | undefined;
/** Demonyms, names and aliases of every country -> code ("Syrian", "Sudan", "DRC", "U.S."). */
export function countryQualifiers(): PhraseTrie<string> {
  if (qualifierTrie) return qualifierTrie;
  const g = genericData();
  const trie = new PhraseTrie<string>();
  const seen = new Set<string>();
  const add = (phrase: string, code: string) => {
    const pref = g.demonym_preference[phrase];
    if (pref && pref !== code) return;
    const k = phrase.toLowerCase() + "\u0000" + code;
    if (seen.has(k)) return;
    seen.add(k);
    trie.add(phrase, code);
  };
  for (const c of countries().values()) {
    for (const d of c.demonyms.flatMap((s) => s.split(/,\s*/))) add(d, c.code);
    for (const d of g.extra_demonyms[c.code] ?? []) add(d, c.code);
    add(c.name, c.code);
    for (const a of c.aliases) add(a, c.code);
  }
  qualifierTrie = trie;
  return trie;
}

// ---- registry ----------------------------------------------------------------------------

interface Indexed {
  entry: ActorEntry;
  fromKey: string;
  toKey: string;
}
interface Registry {
  all: Indexed[];
  byEntry: Map<ActorEntry, Indexed>;
  byName: Map<string, Indexed[]>;
  children: Map<string, Indexed[]>;
  trie: PhraseTrie<Indexed>;
}
let registry: Registry | undefined;

/** Start of a period as an ISO date; years and months start on their first day. */
function fromKeyOf(v: string | number | null | undefined): string {
  if (v == null || v === "") return "0000-01-01";
  const s = String(v);
  return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
}
/** Exclusive end of a period: a bare year or month runs to its end. */
function toKeyOf(v: string | number | null | undefined): string {
  if (v == null || v === "") return "9999-12-31";
  const s = String(v);
  if (s.length === 4) return `${Number(s) + 1}-01-01`;
  if (s.length === 7) {
    const [y, m] = s.split("-").map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  }
  return s;
}

/** "Military Forces of Syria (2000-2024)" -> "Military Forces of Syria"; other names unchanged. */
export function baseName(name: string): string {
  return name.replace(/\s*\(\d{4}(?:-\d{4}|-)?\)\s*$/, "");
}

export function loadActorFiles(dir = DATA + "actors/"): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".json") || f === "generic.json") continue;
    const doc = JSON.parse(readFileSync(dir + f, "utf8")) as { actors?: ActorEntry[] };
    if (!Array.isArray(doc.actors)) throw new SitrepError("SITREP_E_INTERNAL", `data/actors/${f} has no "actors" array`);
    out.push(...doc.actors);
  }
  return out;
}

function reg(): Registry {
  if (registry) return registry;
  const r: Registry = { all: [], byEntry: new Map(), byName: new Map(), children: new Map(), trie: new PhraseTrie() };
  for (const entry of loadActorFiles()) {
    const ix: Indexed = { entry, fromKey: fromKeyOf(entry.from), toKey: toKeyOf(entry.to) };
    r.all.push(ix);
    r.byEntry.set(entry, ix);
    for (const n of [entry.name, baseName(entry.name)]) r.byName.set(n.toLowerCase(), [...(r.byName.get(n.toLowerCase()) ?? []), ix]);
    if (entry.parent) r.children.set(entry.parent, [...(r.children.get(entry.parent) ?? []), ix]);
    const phrases = new Set([entry.name, baseName(entry.name), ...entry.aliases]);
    for (const p of phrases) r.trie.add(p, ix);
  }
  registry = r;
  return r;
}

function distance(ix: Indexed, date: string): number {
  if (date < ix.fromKey) return Date.parse(ix.fromKey) - Date.parse(date);
  if (date >= ix.toKey) return Date.parse(date) - Date.parse(ix.toKey) + 1;
  return 0;
}

/** The candidate valid at `date` (else the nearest in time); without a date the current one. */
function choose(cands: Indexed[], date?: string): Indexed | undefined {
  const uniq = [...new Set(cands)];
  if (uniq.length <= 1) return uniq[0];
  if (date) {
    const d = date.slice(0, 10);
    return uniq.reduce((best, c) => (distance(c, d) < distance(best, d) ? c : best));
  }
  return uniq.reduce((best, c) => (c.toKey > best.toKey || (c.toKey === best.toKey && c.fromKey > best.fromKey) ? c : best));
}

/**
 * A group named without its local branch ("Islamic State" in a Nigerian story) becomes the
 * branch registered for that country, when exactly one is valid then.
 */
function localise(ix: Indexed, country?: string, date?: string): Indexed {
  if (!country || ix.entry.country === country) return ix;
  const local = (reg().children.get(ix.entry.name) ?? []).filter((c) => c.entry.country === country);
  const pick = date ? local.filter((c) => distance(c, date.slice(0, 10)) === 0) : local.filter((c) => c.toKey === "9999-12-31");
  return pick.length === 1 ? pick[0]! : ix;
}

/**
 * A movement with no country of its own named in an event in `country`: its branch registered for that
 * country, when exactly one is valid then ("Islamic State" in Mali). A group with a home country is
 * itself the local one ("JNIM" in Burkina Faso stays JNIM).
 */
export function localActor(entry: ActorEntry, country?: string, date?: string): ActorEntry {
  const ix = !entry.country && country ? reg().byEntry.get(entry) : undefined;
  return ix ? localise(ix, country, date).entry : entry;
}

export function findActors(text: string, opts: { date?: string; country?: string } = {}): ActorMention[] {
  return findActorsIn(tokenize(text), opts);
}

export function findActorsIn(t: Tokens, opts: { date?: string; country?: string } = {}): ActorMention[] {
  const out: ActorMention[] = [];
  for (const hit of reg().trie.findAll(t)) {
    const ix = choose(hit.values, opts.date);
    if (!ix) continue;
    const actor = localise(ix, opts.country, opts.date).entry;
    out.push({ actor, start: hit.start, end: hit.end, text: t.text.slice(hit.start, hit.end) });
  }
  return out;
}

/** An actor by exact name, base name ("Military Forces of Syria") or alias. */
export function actorByName(name: string, date?: string): ActorEntry | undefined {
  const r = reg();
  const exact = r.byName.get(name.trim().toLowerCase());
  return choose(exact ?? r.trie.lookup(name), date)?.entry;
}

/**
 * Two registry names for one side: a group and the movement it belongs to, as its data names it ("Allied Democratic
 * Forces", whose parent is the "Islamic State Central Africa Province"). A report may call one armed group by its
 * local name and by the name of the province of the movement it pledged to; those are not two perpetrators.
 */
export function sameSide(x: string, y: string): boolean {
  if (x === y) return true;
  const a = actorByName(x), b = actorByName(y);
  return !!a && !!b && (a.parent === b.name || b.parent === a.name);
}

export function actorCount(): number {
  return reg().all.length;
}

export function allActors(): ActorEntry[] {
  return reg().all.map((i) => i.entry);
}

/** The ACLED state-force name for a country at a date, from the registry, else the template. */
export function stateForce(countryCode: string, branch: "military" | "police", date?: string): { name: string; inter: number } {
  // A report whose country could not be told still gets its forces named, without a country.
  if (!countryByCode(countryCode)) return countryless(genericData().templates[branch]);
  // Asked many times per report with the same country, branch and date: the registry scan is remembered.
  const key = `${countryCode}|${branch}|${date ?? ""}`;
  let hit = stateForceMemo.get(key);
  if (!hit) {
    if (stateForceMemo.size >= 5000) stateForceMemo.clear();
    stateForceMemo.set(key, (hit = stateForceOf(countryCode, branch, date)));
  }
  return { name: hit.name, inter: hit.inter };
}

const stateForceMemo = new Map<string, { name: string; inter: number }>();

function stateForceOf(countryCode: string, branch: "military" | "police", date?: string): { name: string; inter: number } {
  mustCountry(countryCode);
  const prefix = branch === "military" ? "Military Forces of " : "Police Forces of ";
  const cands = reg().all.filter((i) => i.entry.country === countryCode && i.entry.kind === branch && i.entry.name.startsWith(prefix));
  // Plain "Military Forces of X (years)" beats faction-suffixed names ("... Government of National Unity").
  const plain = cands.filter((i) => baseName(i.entry.name) !== i.entry.name);
  const pick = choose(plain.length ? plain : cands, date);
  if (pick) return { name: pick.entry.name, inter: pick.entry.inter };
  const tpl = genericData().templates[branch];
  return { name: tpl.name.replace("{the_country}", theCountry(countryCode)), inter: tpl.inter };
}

export function genericActor(kind: "protesters" | "rioters" | "civilians" | "unidentified", countryCode: string): { name: string; inter: number } {
  const tpl = genericData().templates[kind];
  if (!countryByCode(countryCode)) return countryless(tpl);
  return { name: tpl.name.replace("{country}", mustCountry(countryCode).name).replace("{the_country}", theCountry(countryCode)), inter: tpl.inter };
}

let groupNames: PhraseTrie<{ name: string; inter: number }> | undefined;
/**
 * The ACLED actor for a group told by what it is ("vigilantes" -> "Vigilante Group (Nigeria)",
 * "pirates" -> "Unidentified Armed Group (Somalia)"): never the story's dominant armed group.
 */
export function genericGroup(text: string, countryCode: string, date?: string, scene?: string): { name: string; inter: number } | undefined {
  if (!groupNames) {
    groupNames = new PhraseTrie();
    for (const g of genericData().groups ?? []) for (const w of g.words) groupNames.add(w, { name: g.name, inter: g.inter });
  }
  // "Somali pirates": the group word follows the demonym.
  const t = tokenize(text);
  let hit: { name: string; inter: number } | undefined;
  for (let i = 0; i < t.key.length && !hit; i++) hit = groupNames.longestAt(t, i)?.values[0];
  if (!hit) return undefined;
  // "peacekeepers" (even "Moroccan peacekeepers"): the UN or AU mission registered for the scene's country then, if any.
  if (hit.name === PEACE_MISSION) return peaceMission(scene ?? countryCode, date);
  const c = countryByCode(countryCode);
  return c ? { name: hit.name.replace("{country}", c.name), inter: hit.inter } : countryless(hit);
}

const PEACE_MISSION = "{peace_mission}";
/** The peace mission (a registry entry of kind "un" or "au") deployed in a country on a date. */
function peaceMission(countryCode: string, date?: string): { name: string; inter: number } | undefined {
  const cands = reg().all.filter((i) => i.entry.country === countryCode && (i.entry.kind === "un" || i.entry.kind === "au"));
  const d = date?.slice(0, 10);
  const pick = choose(d ? cands.filter((c) => distance(c, d) === 0) : cands, d);
  return pick ? { name: pick.entry.name, inter: pick.entry.inter } : undefined;
}

/**
 * The movement a bare word stands for in the story's country ("armed separatists" in Cameroon -> Ambazonian
 * Separatists), from data/actors/generic.json's country_groups; undefined elsewhere.
 */
export function countryGroup(text: string, countryCode: string, date?: string): { name: string; inter: number } | undefined {
  const words = text.toLowerCase().replace(/\s+/g, " ").trim();
  const g = (genericData().country_groups ?? []).find((x) => x.country === countryCode && x.words.includes(words));
  const entry = g ? actorByName(g.actor, date) : undefined;
  return entry ? { name: entry.name, inter: entry.inter } : undefined;
}

// ---- generic role words ------------------------------------------------------------------

interface GenericTries {
  alone: PhraseTrie<GenericKind>;
  any: PhraseTrie<GenericKind>;
  negating: Set<string>;
  modifierOf: Set<string>;
}
let genericTries: GenericTries | undefined;
function gtries(): GenericTries {
  if (genericTries) return genericTries;
  const g = genericData();
  const alone = new PhraseTrie<GenericKind>();
  const any = new PhraseTrie<GenericKind>();
  for (const [kind, w] of Object.entries(g.words) as [GenericKind, GenericData["words"]["military"]][]) {
    for (const p of w.alone) (alone.add(p, kind), any.add(p, kind));
    for (const p of w.after_country) any.add(p, kind);
  }
  for (const grp of g.groups ?? []) for (const p of grp.words) (alone.add(p, "group"), any.add(p, "group"));
  genericTries = { alone, any, negating: new Set(g.negating_prefixes), modifierOf: new Set(g.not_followed_by) };
  return genericTries;
}

/** True when the token before `i` is a hyphenated "pro-"/"anti-" that reverses who is meant. */
function negated(t: Tokens, i: number, negating: Set<string>): boolean {
  // The hyphen first, read in place: asked at every token, and most follow a space.
  if (i === 0 || t.start[i]! - t.end[i - 1]! !== 1) return false;
  const c = t.text.charCodeAt(t.end[i - 1]!);
  return (c === 45 || c === 0x2010 || c === 0x2011) && negating.has(t.key[i - 1]!);
}

/**
 * Role words for unnamed actors. "Syrian army", "Sudan's army", "Russian troops" carry the
 * country; "police" alone has none. Words inside a registry name ("Syrian National Army") are not
 * generic and are skipped.
 */
export function findGenericActors(text: string): GenericMention[] {
  const t = tokenize(text);
  const named = reg().trie.findAll(t);
  const { alone, any, negating, modifierOf } = gtries();
  const quals = countryQualifiers();
  const out: GenericMention[] = [];
  let n = 0;
  for (let i = 0; i < t.key.length; ) {
    while (n < named.length && named[n]!.to <= i) n++;
    const nextNamed = named[n];
    if (nextNamed && nextNamed.from <= i) {
      i = nextNamed.to;
      continue;
    }
    const limit = nextNamed ? nextNamed.from : t.key.length;
    let hit: { to: number; kind: GenericKind; country?: string } | undefined;
    // ("non-state armed groups": a word after a negating prefix names no actor; read once per token.)
    const neg = negated(t, i, negating);
    const q = neg ? undefined : quals.longestAt(t, i, limit);
    if (q) {
      let j = q.to;
      // "Sudan's army": the possessive s is its own token after an apostrophe.
      if (t.key[j] === "s" && /^['’]$/.test(t.text.slice(t.end[j - 1]!, t.start[j]!))) j++;
      const w = j < limit && /^\.?\s{1,2}$/.test(t.text.slice(t.end[j - 1]!, t.start[j]!)) ? any.longestAt(t, j, limit) : undefined;
      if (w) hit = { to: w.to, kind: w.values[0]!, country: q.values[0] };
    }
    if (!hit && !neg) {
      const w = alone.longestAt(t, i, limit);
      if (w) hit = { to: w.to, kind: w.values[0]! };
    }
    // "U.S. military aid": the role word modifies a noun and names no actor.
    if (!hit || modifierOf.has(t.key[hit.to] ?? "")) {
      i++;
      continue;
    }
    const start = t.start[i]!;
    const end = t.end[hit.to - 1]!;
    out.push({ kind: hit.kind, start, end, text: text.slice(start, end), ...(hit.country ? { country: hit.country } : {}) });
    i = hit.to;
  }
  return out;
}

// ---- associated groups -------------------------------------------------------------------

const SPEAKS_AFTER = /^\s+(?:[\w'’-]+\s+){0,2}?(?:said|say|says|told|reported|added|described|recounted)\b/i;

let groupTrie: PhraseTrie<{ name: string; for: string[] }> | undefined;

/**
 * The groups (ACLED's associated actors) named in `text` that may qualify a generic actor of
 * `kind` ("civilians", "protesters", "rioters"): "journalists" -> "Journalists (Mexico)".
 */
export function associatedGroups(text: string, kind: string, countryCode: string): string[] {
  if (!groupTrie) {
    groupTrie = new PhraseTrie();
    for (const g of genericData().associated_groups ?? []) for (const w of g.words) groupTrie.add(w, { name: g.name, for: g.for });
  }
  const c = countryByCode(countryCode);
  if (!c) return [];
  const out = new Set<string>();
  for (const h of groupTrie.findAll(tokenize(text))) {
    const g = h.values[0]!;
    // "..., health workers said": the group that speaks is a source, not the one acted on.
    if (SPEAKS_AFTER.test(text.slice(h.end, h.end + 30)) || /\baccording\s+to\s+(?:the\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (g.for.includes(kind)) out.add(g.name.replace("{country}", c.name));
  }
  return [...out];
}
