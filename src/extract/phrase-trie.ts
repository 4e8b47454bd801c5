// A token trie for matching many fixed phrases (actor names, aliases, source names) in one pass.
// Phrases and text are cut into word tokens (letters and digits), so "al-Shabaab", "al Shabaab"
// and "Al Shabaab" are the same phrase and word boundaries come for free.

import { wordCharWidth } from "../util/scan.js";
import { hashOf, KeyFilter } from "../util/key-filter.js";

export interface Tokens {
  /** Original token text. */
  raw: string[];
  /** Lower-case, diacritics removed: the trie key. */
  key: string[];
  start: number[];
  end: number[];
  text: string;
  /**
   * findAll's results, kept with the tokens: by trie (its `slot`), each with the trie's version
   * when found (a phrase added since makes them stale). Callers only read them.
   */
  found?: ({ version: number; hits: PhraseHit<unknown>[] } | undefined)[];
  /** hashOf(key[i]) of each token, worked out once for every trie that asks (see tokenHashes). */
  hashes: Int32Array | undefined;
}

/** The tokens' key hashes (kept with the tokens). */
function tokenHashes(t: Tokens): Int32Array {
  if (t.hashes) return t.hashes;
  const h = new Int32Array(t.key.length);
  for (let i = 0; i < h.length; i++) h[i] = hashOf(t.key[i]!);
  return (t.hashes = h);
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

export function tokenKey(raw: string): string {
  const low = raw.toLowerCase();
  // Only decompose when needed: most tokens are plain ASCII.
  return isAscii(low) ? low : low.normalize("NFD").replace(MARKS, "");
}

// A class, not an object literal of empty arrays: V8 tracks a literal's allocation site and, seeing the tokens of a
// sentence alive across young-generation GCs (the cache above keeps them), starts allocating them straight in the old
// generation ("pretenuring"); every token pushed then costs a write barrier and an old-generation collection frees it.
// Tokenizing a report's text took 370 µs in a warmed extraction process against 55 µs as a class (session 26).
class TokenList implements Tokens {
  raw: string[] = [];
  key: string[] = [];
  start: number[] = [];
  end: number[] = [];
  found: Tokens["found"] = undefined;
  hashes: Int32Array | undefined = undefined;
  constructor(readonly text: string) {}
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Width of the letter or digit at i (2 for an astral one), 0 when there is none: WORD, by hand. */
const wordCharAt = (text: string, i: number) => wordCharWidth(text, i, LETTER_OR_DIGIT); // ASCII by char code there

// The passes of one sentence (actors, role words, sources, speakers) tokenize the same text in turn:
// recent results are kept, so each text is cut once. Tokens are shared: callers only read them.
// A full cache is replaced, not clear()ed: V8 keeps a cleared map's new table in the old generation
// once the map is there, and the dead tables still point at the young entries (scavenges treat them
// as live), so every entry was promoted and waited for a full GC.
let tokenCache = new Map<string, Tokens>();
const TOKEN_CACHE_SIZE = 128;

export function tokenize(text: string): Tokens {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const t: Tokens = new TokenList(text);
  // The runs of letters and digits (WORD), scanned by hand: this is the hot loop of every phrase pass.
  for (let i = 0; i < text.length; ) {
    let w = wordCharAt(text, i);
    if (!w) { i++; continue; }
    const start = i;
    // Whether the token is lower-case ASCII letters and digits only: then it is its own key (tokenKey gives the same
    // string), and neither toLowerCase nor the ASCII check is run for it (most tokens of a report).
    let plain = true;
    while (w) {
      const c = text.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) plain = false;
      i += w;
      w = i < text.length ? wordCharAt(text, i) : 0;
    }
    const raw = text.slice(start, i);
    t.raw.push(raw);
    t.key.push(plain ? raw : tokenKey(raw));
    t.start.push(start);
    t.end.push(i);
  }
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache = new Map();
  tokenCache.set(text, t);
  return t;
}

/**
 * Acronym-like phrases match case-sensitively: "HTS", "IS", "AA", "LeT", "FAMa" must not fire
 * on "is", "aa" or "let". A phrase is acronym-like when it has no lower-case letter, or is one
 * short token with two or more capitals.
 */
export function isCaseSensitive(phrase: string): boolean {
  if (!/\p{Ll}/u.test(phrase)) return /\p{Lu}/u.test(phrase) || /\d/.test(phrase);
  const words = phrase.match(WORD) ?? [];
  return words.length === 1 && words[0]!.length <= 5 && (words[0]!.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

interface Value<T> {
  value: T;
  /** Raw tokens that must match exactly when case-sensitive; undefined otherwise. */
  exact?: string[];
}
interface Node<T> {
  next?: Map<string, Node<T>>;
  values?: Value<T>[];
}

export interface PhraseHit<T> {
  /** Token indices [first, last+1). */
  from: number;
  to: number;
  start: number;
  end: number;
  values: T[];
}

/** Characters that may stand between two tokens of one phrase ("al-Sham", "AFC/M23", "U.S. Central"). */
const GAP_CHARS = " \t-‐‑–'’‘./(),&";

/** Whether text[from, to) is one to three GAP_CHARS: read in place, no slice (this runs at every step of every phrase walk). */
function gapOk(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!GAP_CHARS.includes(text[i]!)) return false;
  return true;
}

function isShout(raw: string | undefined): boolean {
  return !!raw && raw.length >= 2 && !/\p{Ll}/u.test(raw) && /\p{Lu}/u.test(raw);
}

export class PhraseTrie<T> {
  private static tries = 0;
  private root: Node<T> = {};
  size = 0;

  /** Adds a phrase; returns false when it has no word tokens. */
  add(phrase: string, value: T, caseSensitive = isCaseSensitive(phrase)): boolean {
    const t = tokenize(phrase);
    if (!t.key.length) return false;
    let node = this.root;
    for (const k of t.key) {
      node.next ??= new Map();
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = {}));
      node = n;
    }
    node.values ??= [];
    node.values.push({ value, exact: caseSensitive ? t.raw : undefined });
    this.size++;
    this.version++; // earlier findAll results may miss the new phrase
    return true;
  }

  /** The values of a phrase that matches a whole string exactly (case rules applied). */
  lookup(phrase: string): T[] {
    const t = tokenize(phrase);
    const hit = this.longestAt(t, 0, t.key.length);
    return hit && hit.to === t.key.length ? hit.values : [];
  }

  /** Longest phrase starting at token i, or undefined. */
  longestAt(t: Tokens, i: number, limit = t.key.length): PhraseHit<T> | undefined {
    if (!this.firstWords().mayHoldHash(tokenHashes(t)[i]!)) return undefined;
    return this.longestFrom(t, i, this.root.next?.get(t.key[i]!), limit);
  }

  /**
   * The words that begin a phrase, as a filter: asked at every token of every sentence, in several tries (actors, role
   * words, countries, sources), a lookup in the root's Map (thousands of words for the actors) hashed the token and read
   * a table out of the cache by then; most tokens begin no phrase, and the filter says so with one read (session 23).
   * Rebuilt when a phrase with a new first word was added since.
   */
  private firstWords(): KeyFilter {
    const size = this.root.next?.size ?? 0;
    if (!this.filter || this.filterSize !== size) {
      this.filter = new KeyFilter(this.root.next?.keys() ?? [], size);
      this.filterSize = size;
    }
    return this.filter;
  }
  private filter: KeyFilter | undefined;
  private filterSize = -1;

  /** longestAt, from the node of token i's key (findAll has looked it up already). */
  private longestFrom(t: Tokens, i: number, first: Node<T> | undefined, limit: number): PhraseHit<T> | undefined {
    let node = first;
    // The longest match so far, as its last token and values: the hit is made once, at the end.
    let bestJ = -1;
    let bestValues: T[] | undefined;
    for (let j = i; j < limit && node; ) {
      if (node.values) {
        const values = this.matching(node.values, t, i);
        if (values.length) (bestJ = j), (bestValues = values);
      }
      if (++j >= limit || !node.next || !gapOk(t.text, t.end[j - 1]!, t.start[j]!)) break;
      node = node.next.get(t.key[j]!);
    }
    return bestValues && { from: i, to: bestJ + 1, start: t.start[i]!, end: t.end[bestJ]!, values: bestValues };
  }

  /** All leftmost-longest, non-overlapping matches (kept per Tokens: callers only read them). */
  findAll(t: Tokens): PhraseHit<T>[] {
    const known = t.found?.[this.slot];
    if (known && known.version === this.version) return known.hits as PhraseHit<T>[];
    const out: PhraseHit<T>[] = [];
    const first = this.root.next;
    const filter = this.firstWords();
    const hashes = tokenHashes(t);
    for (let i = 0; i < t.key.length; ) {
      const node = filter.mayHoldHash(hashes[i]!) ? first?.get(t.key[i]!) : undefined;
      const hit = node ? this.longestFrom(t, i, node, t.key.length) : undefined;
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    (t.found ??= [])[this.slot] = { version: this.version, hits: out };
    return out;
  }

  /** Where this trie's findAll results are kept on a Tokens, and how many phrases it had then. */
  private readonly slot = PhraseTrie.tries++;
  private version = 0;

  /** The values whose case rules hold at token i. */
  private matching(values: Value<T>[], t: Tokens, i: number): T[] {
    const out: T[] = [];
    for (const v of values) if (!v.exact || this.exactAt(t, i, v.exact)) out.push(v.value);
    return out;
  }

  private exactAt(t: Tokens, i: number, exact: string[]): boolean {
    for (let k = 0; k < exact.length; k++) if (t.raw[i + k] !== exact[k]) return false;
    // An all-caps headline ("WAR IS OVER") is not an acronym mention.
    return !(isShout(t.raw[i - 1]) && isShout(t.raw[i + exact.length]));
  }
}
