// A cheap necessary condition for a word-anchored regex: the lower-case literal prefixes (up to 12
// characters, and a whole-word alternative with the literal characters after its group: "in a") that
// every match must start with, at a word start. A sentence whose words start with
// none of a rule's prefixes cannot match that rule, so the regex is not run at all. Most cue rules
// are skipped this way on most sentences; the result is always the same as running every regex.
import { matchingParen, splitAlternatives } from "../util/regex.js";

// Long enough to take in a pattern's opening words ("have been ", "troops clash"): a short prefix let every
// common word that begins one ("have", "troops") start a try of the regex. Not longer: the trie of the cue
// rules' prefixes grows with the length (12: ~12,000 nodes; 24: ~74,000, a table far bigger than the cache)
// while the tries it saves barely drop (measured over the bench's reports: 6 characters 42k, 12 18k, 24 17k).
const PREFIX_LEN = 12;
/** How deep the trie's nodes are numbered level by level (see WordPrefilter's layout). */
const SHALLOW = 3;
const WORDISH = /^[a-z0-9]$/;

/**
 * The literal prefixes of `pattern`, or null when some match need not start with a known literal
 * at a word boundary (then the regex must always run). Understands `\b`, literal characters,
 * groups with alternatives (capturing, `(?:`), and optional groups; anything else gives up.
 */
export function literalPrefixes(pattern: string, info?: { startsAtPrefix: boolean }): Set<string> | null {
  try {
    const alts = splitAlternatives(pattern);
    const out = new Set<string>();
    if (info) info.startsAtPrefix = true;
    for (const alt of alts) {
      // A top-level alternative must be anchored at a word boundary for a word-start check to be exact.
      if (!alt.startsWith("\\b")) return null;
      const p = sequencePrefixes(alt.slice(2), info);
      if (!p) return null;
      for (const s of p) out.add(s);
    }
    // A prefix that goes on from another one ("airstrikes" beside "airstrike") marks nothing the shorter one does not.
    for (const p of out) for (const q of out) if (q !== p && p.startsWith(q)) out.delete(p);
    return out.size ? out : null;
  } catch {
    return null;
  }
}

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Many word-anchored patterns, one pass over a text's word starts: which of the patterns can
 * possibly match it. Patterns without usable prefixes are always candidates.
 */
export class WordPrefilter {
  private always: number[] = [];
  // The prefixes in a trie over lower-case ASCII codes, walked from every word start of every sentence: the walk
  // stops at the first character no prefix goes on with (after one or two characters for most words), and a
  // typed-array read per character is cheaper there than a per-word-start list of candidate prefixes to compare.
  // A pattern with a prefix outside ASCII is always a candidate, so a word starting with such a character needs no walk.
  // The codes of the prefixes' characters are numbered 1.. (`symbol`; 0 for any other): under 32 letters, digits and marks.
  // The trie is laid out small: a table with a row per node (~12,000 nodes, ~0.8 MB) was out of the cache by the
  // time the next sentence came, and the scans ran several times slower inside extraction than alone. What a walk
  // reads of a node is one 32-bit word (`info`): a node with one child (most nodes, the prefixes' tails) holds that
  // child's symbol and number; a node with several holds its row in `branch`, where branch[(row << shift) + symbol]
  // is the node after that symbol, or 0 (the root is never a child). Numbering (session 23): a walk rarely goes
  // past its word's third character, and over a report it meets only a few hundred nodes, nearly all of them within
  // three characters of the root; those nodes are numbered first, level by level (with their rows), so they share
  // a few cache lines, and each deeper subtree follows in depth-first order, a prefix's tail in consecutive words.
  // (With three arrays per node read in depth-first order, the scan ran ~4x slower inside extraction than alone.)
  private symbol: Uint8Array;
  private shift: number;
  /** Per node: bits 0-7 the symbol of its only child (0: none or several), bit 8 set when `ends` lists patterns
   *  there, bits 9-31 the only child's number, or (no only child) 1 + its row in `branch` (0: no child). */
  private info: Int32Array;
  private branch: Uint16Array | Int32Array;
  /** ends[node]: the patterns one of whose prefixes ends there (see `info`'s bit 8). */
  private ends: (number[] | undefined)[];
  readonly size: number;
  /** exact[i] is 1 when every match of pattern i starts at a word start with one of its prefixes. */
  private exact: Uint8Array;

  constructor(patterns: readonly string[]) {
    this.size = patterns.length;
    this.exact = new Uint8Array(patterns.length);
    const kids: number[][] = [[]];
    const ends: (number[] | undefined)[] = [undefined];
    patterns.forEach((pattern, idx) => {
      const info = { startsAtPrefix: false };
      const set = literalPrefixes(pattern, info);
      if (!set || [...set].some((p) => /[^\x00-\x7f]/.test(p))) return void this.always.push(idx);
      if (info.startsAtPrefix) this.exact[idx] = 1;
      for (const p of set) {
        let node = 0;
        for (let k = 0; k < p.length; k++) {
          const c = p.charCodeAt(k);
          let next = kids[node]![c];
          if (next === undefined) {
            next = kids.length;
            kids.push([]);
            ends.push(undefined);
            kids[node]![c] = next;
          }
          node = next;
        }
        const list = (ends[node] ??= []);
        if (!list.includes(idx)) list.push(idx);
      }
    });
    this.symbol = new Uint8Array(128);
    let letters = 0;
    kids.forEach((k) => k.forEach((_, c) => void (this.symbol[c] ||= ++letters)));
    this.shift = 0;
    while (1 << this.shift <= letters) this.shift++;
    const childrenOf = (node: number): number[] => {
      const cs: number[] = [];
      kids[node]!.forEach((next) => void cs.push(next));
      return cs;
    };
    // Numbering (see above): the nodes within SHALLOW characters of the root level by level, then each subtree below
    // them in depth-first preorder.
    const order: number[] = [];
    let level = [0];
    for (let depth = 0; depth <= SHALLOW && level.length; depth++) {
      order.push(...level);
      if (depth < SHALLOW) level = level.flatMap(childrenOf);
    }
    for (const top of level) {
      for (const stack = childrenOf(top).reverse(); stack.length; ) {
        const node = stack.pop()!;
        order.push(node);
        stack.push(...childrenOf(node).reverse()); // the first child is visited next
      }
    }
    const n = kids.length;
    if (order.length !== n || n >= 1 << 23) throw new Error("SITREP_E_INTERNAL: word prefilter numbering");
    const id = new Int32Array(n);
    order.forEach((node, i) => void (id[node] = i));
    this.info = new Int32Array(n);
    this.ends = new Array(n).fill(undefined);
    let rows = 0;
    for (const node of order) if (childrenOf(node).length > 1) rows++;
    this.branch = n < 65536 ? new Uint16Array(rows << this.shift) : new Int32Array(rows << this.shift);
    let r = 0;
    for (const node of order) {
      const me = id[node]!;
      let info = 0;
      if (ends[node]) (info |= 256), (this.ends[me] = ends[node]);
      const cs: [number, number][] = [];
      kids[node]!.forEach((next, c) => void cs.push([c, next]));
      if (cs.length === 1) info |= this.symbol[cs[0]![0]]! | (id[cs[0]![1]]! << 9);
      else if (cs.length > 1) {
        info |= (r + 1) << 9;
        for (const [c, next] of cs) this.branch[(r << this.shift) + this.symbol[c]!] = id[next]!;
        r++;
      }
      this.info[me] = info;
    }
  }

  /** flags[i] is 1 when pattern i may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    return this.scan(text).flags;
  }

  /**
   * The candidates, and for each candidate pattern whose matches all start at one of its prefixes
   * (see `literalPrefixes`), the word starts where one of them occurs, ascending: the only offsets
   * a match can start at. undefined for the other patterns (they must be searched the usual way).
   */
  scan(text: string): { flags: Uint8Array; starts: (number[] | undefined)[] } {
    const s = this.scanShared(text);
    const starts: (number[] | undefined)[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) {
      if (s.first[i]! < 0) continue;
      const own: number[] = [];
      for (let k = s.first[i]!; k >= 0; k = s.next[k]!) own.push(s.at[k]!);
      starts[i] = own;
    }
    return { flags: s.flags.slice(), starts };
  }

  // The scan's result in buffers kept from one call to the next (a sentence's scan allocates nothing):
  // the start offsets of each exact pattern are a list threaded through `at` and `next`.
  private shared: SharedScan = { flags: new Uint8Array(0), first: new Int32Array(0), last: new Int32Array(0), at: new Int32Array(64), next: new Int32Array(64) };
  private used = 0;

  /**
   * `scan`'s answer in buffers that the next call overwrites: flags[i] as in `scan`; for an exact candidate
   * pattern i, its word starts are at[k] for k = first[i], next[k], ... while k >= 0 (first[i] is -1 for the others).
   */
  scanShared(text: string): Readonly<SharedScan> {
    const s = this.shared;
    if (s.flags.length !== this.size) {
      s.flags = new Uint8Array(this.size);
      s.first = new Int32Array(this.size);
      s.last = new Int32Array(this.size);
    }
    s.flags.fill(0);
    s.first.fill(-1);
    this.used = 0;
    for (const i of this.always) s.flags[i] = 1;
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWordChar(c);
      if (word && !prevWord) this.markAt(text, i);
      prevWord = word;
    }
    return s;
  }

  private markAt(text: string, at: number): void {
    const info = this.info;
    const branch = this.branch;
    const symbol = this.symbol;
    const shift = this.shift;
    let node = 0;
    let inf = info[0]!;
    for (let k = at; k < text.length; k++) {
      const c = lower(text.charCodeAt(k));
      if (c >= 128) return;
      const sym = symbol[c]!;
      if (sym === 0) return;
      const one = inf & 255;
      if (one !== 0) {
        if (one !== sym) return;
        node = inf >>> 9;
      } else {
        const r = inf >>> 9;
        if (r === 0) return;
        node = branch[((r - 1) << shift) + sym]!;
        if (node === 0) return;
      }
      inf = info[node]!;
      if ((inf & 256) === 0) continue;
      this.record(this.ends[node]!, at);
    }
  }

  /** Marks the patterns of `list` as candidates, and `at` as a start of each exact one. */
  private record(list: number[], at: number): void {
    const s = this.shared;
    for (let j = 0; j < list.length; j++) {
      const idx = list[j]!;
      s.flags[idx] = 1;
      if (!this.exact[idx]) continue;
      const tail = s.first[idx]! < 0 ? -1 : s.last[idx]!;
      if (tail >= 0 && s.at[tail] === at) continue; // another prefix of the pattern at the same word start
      const n = this.used++;
      if (n === s.at.length) {
        const at2 = new Int32Array(n * 2);
        at2.set(s.at);
        s.at = at2;
        const next2 = new Int32Array(n * 2);
        next2.set(s.next);
        s.next = next2;
      }
      s.at[n] = at;
      s.next[n] = -1;
      if (tail < 0) s.first[idx] = n;
      else s.next[tail] = n;
      s.last[idx] = n;
    }
  }
}

/** A scan's candidates and start offsets (see `WordPrefilter.scanShared`). */
export interface SharedScan {
  flags: Uint8Array;
  first: Int32Array;
  last: Int32Array;
  at: Int32Array;
  next: Int32Array;
}

/**
 * Prefixes of a sequence (no top-level `|`): literal characters and groups, read on from one to the next while each
 * is read whole ("(?:troops|forces) (?:clashed|fought)": "troops clashed", "forces fought", ...). `relaxed`: the
 * sequence goes on from an atom already read (it need not begin a word); null there means nothing more is known.
 */
function sequencePrefixes(seq: string, info?: { startsAtPrefix: boolean }, relaxed = false): Set<string> | null {
  let i = 0;
  while (seq.startsWith("\\b", i)) i += 2;
  if (i >= seq.length) return null;
  if (seq[i] === "(") {
    const close = matchingParen(seq, i);
    // A lookbehind takes no characters: the match starts with what follows it ("(?<=after )dispersing").
    if (seq.startsWith("(?<=", i) || seq.startsWith("(?<!", i)) return sequencePrefixes(seq.slice(close + 1), info, relaxed);
    let inner = seq.slice(i + 1, close);
    if (inner.startsWith("?")) {
      if (!inner.startsWith("?:")) return null; // lookaround or named group: give up
      inner = inner.slice(2);
    }
    const quant = seq[close + 1];
    const alts = splitAlternatives(inner);
    const out = new Set<string>();
    if (quant === "*" || quant === "?" || (quant === "{" && /^\{0[,}]/.test(seq.slice(close + 1)))) {
      // Optional group: the match may also start with what follows it.
      const rest = sequencePrefixes(seq.slice(close + 2 + (quant === "{" ? seq.slice(close + 1).indexOf("}") : 0)), info, relaxed);
      if (!rest) return null;
      for (const s of rest) out.add(s);
      // "(an? )?(huge )?explosion": when every alternative ends in a space, what follows begins a
      // word either way, so its prefixes alone are a necessary condition (and far more selective).
      // A match may then start before any of them ("an explosion"): where matches start is not known.
      // (Not where the sequence goes on from an atom already read: there what follows the group need not come
      // right after that atom, so the group's own prefixes are kept too.)
      // ("(?:deadly\\s+)?shooting": whitespace of any length ends an alternative as well as a space does.)
      if (!relaxed && alts.every((a) => (a.endsWith(" ") && !a.endsWith("\\ ")) || (a.endsWith("\\s+") && !a.endsWith("\\\\s+")))) {
        if (info) info.startsAtPrefix = false;
        return out;
      }
    }
    // "(?:in|during) an? encounter": an alternative that is a whole literal ("in") goes on with what must follow the
    // group ("in a"), so a word that only begins with it ("including") is no candidate.
    // (After an optional group, "(?:the )?palace", what follows its "?"; after a repeated one nothing is known.)
    const after = quant === "?" ? continuation(seq, close + 2) : quant !== undefined && "*+{".includes(quant) ? NOTHING_KNOWN : continuation(seq, close + 1);
    for (const alt of alts) {
      const p = sequencePrefixes(alt, relaxed ? undefined : info, relaxed);
      if (!p) return null;
      if (wholeLiteral(alt)) joined(out, p, after);
      else for (const s of p) out.add(s);
    }
    if (!relaxed && !(quant && "*+?{".includes(quant)) && alts.every(wholeLiteral)) return pastSmallWord([...out], seq, close + 1, info) ?? out;
    return out;
  }
  const { lits, end } = literalRun(seq, i);
  if (!lits[0] || lits.some((lit) => !lit || (!relaxed && !WORDISH.test(lit[0]!)))) return null;
  if (!relaxed) {
    const past = pastSmallWord(lits, seq, end, info);
    if (past) return past;
  }
  // The run stopped at a group ("killed (?:civilians|villagers)"): what that group must match goes on from it.
  if (seq[end] === "(") return joined(new Set<string>(), lits, continuation(seq, end));
  return new Set(lits);
}

/** A word this short ("a", "an", "the") begins too many words of a text to make a useful prefix. */
const SMALL_WORD = 3;

/**
 * "an?\s+explosion", "(?:a|the)\s+(?:deadly\s+)?shooting": when a match opens with a short word and whitespace of any
 * length (`\s+`: no literal to read on into), the words after it begin a word in every match, so their prefixes are a
 * necessary condition too, and far more selective ("a" is a prefix of every word that starts with it). Matches then start
 * before them, so where they start is not known (`startsAtPrefix`). null when the match does not open so, or what follows
 * is unknown or no longer.
 */
function pastSmallWord(heads: readonly string[], seq: string, end: number, info?: { startsAtPrefix: boolean }): Set<string> | null {
  if (!seq.startsWith("\\s+", end) || heads.some((h) => h.length > SMALL_WORD || !/^[a-z]+$/.test(h))) return null;
  const rest = sequencePrefixes(seq.slice(end + 3));
  if (!rest || [...rest].some((r) => r.length <= SMALL_WORD)) return null; // "(?:in|at)\s+the": no better
  if (info) info.startsAtPrefix = false;
  return rest;
}

/** "Nothing more is known": the empty continuation. */
const NOTHING_KNOWN: readonly string[] = [""];
/** At most this many prefixes from joining a group to what follows it; beyond, the group's own are kept. */
const MAX_JOINED = 500;

/** What the text must go on with after offset `from` of `seq` (the prefixes of the rest), or [""] when nothing is known. */
function continuation(seq: string, from: number): readonly string[] {
  if (from >= seq.length) return NOTHING_KNOWN;
  const rest = sequencePrefixes(seq.slice(from), undefined, true);
  return rest ? [...rest] : NOTHING_KNOWN;
}

/** Adds to `out` every head followed by every continuation, cut at PREFIX_LEN (heads alone when there would be too many). */
function joined(out: Set<string>, heads: Iterable<string>, after: readonly string[]): Set<string> {
  const hs = [...heads];
  const tails = hs.length * after.length > MAX_JOINED ? NOTHING_KNOWN : after;
  for (const h of hs) for (const t of tails) out.add((h + t).slice(0, PREFIX_LEN));
  return out;
}

/** At most this many strings from reading on past optional characters ("drones?", "air ?strikes?"). */
const MAX_RUNS = 8;

/**
 * The lower-case literal characters of `seq` from `i` on (up to PREFIX_LEN), and where the run stopped. An optional
 * character ("drones? hit", "an? ") is read both ways, so the run goes on past it: "drone hit", "drones hit" (a word
 * that only begins with "drone" is no candidate), while there are at most MAX_RUNS strings.
 */
function literalRun(seq: string, i: number): { lits: string[]; end: number } {
  let lits = [""];
  for (; i < seq.length && lits.some((lit) => lit.length < PREFIX_LEN); i++) {
    const ch = seq[i]!;
    if ("\\[](){}|.^$*+?".includes(ch) || ch.charCodeAt(0) > 127) break; // ASCII literals only (case folding stays simple)
    const next = seq[i + 1];
    if (next === "*" || next === "{") break; // repeated or optional: what follows is not read
    const c = ch.toLowerCase();
    if (next === "?") {
      // Not at the start: a match need not begin with this character, and the run's first character is checked to begin a word.
      if (lits[0] === "" || lits.length * 2 > MAX_RUNS || seq[i + 2] === "?") break;
      lits = [...lits, ...lits.map((lit) => lit + c)];
      i++;
      continue;
    }
    lits = lits.map((lit) => lit + c);
    if (next === "+") return { lits: cut(lits), end: i }; // repeated: what follows is not read
  }
  return { lits: cut(lits), end: i };
}

/** Each string cut at PREFIX_LEN, once. */
const cut = (lits: string[]): string[] => [...new Set(lits.map((lit) => lit.slice(0, PREFIX_LEN)))];

/** `alt` (after any leading `\b`) is literal characters only, all of them read into its prefixes: every match of it is one of them. */
function wholeLiteral(alt: string): boolean {
  let i = 0;
  while (alt.startsWith("\\b", i)) i += 2;
  return i < alt.length && literalRun(alt, i).end === alt.length;
}

