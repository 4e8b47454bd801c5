// A cheap necessary condition for a word-anchored regex: the lower-case literal prefixes (up to 6
// characters, and a whole-word alternative with the literal characters after its group: "in a") that
// every match must start with, at a word start. A sentence whose words start with
// none of a rule's prefixes cannot match that rule, so the regex is not run at all. Most cue rules
// are skipped this way on most sentences; the result is always the same as running every regex.

const PREFIX_LEN = 6;
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
  // Prefixes by their first one or two character codes, in arrays indexed by ASCII codes: markAt runs at
  // every word start of every sentence, and an array read is cheaper there than a Map lookup. A pattern
  // with a prefix outside ASCII is always a candidate, so a word starting with such a character needs no table.
  /** One-character prefixes, by character code. */
  private oneAscii: (number[] | undefined)[] = new Array(128);
  /** Prefixes of two or more characters, by their first two character codes (c0 * 128 + c1). */
  private twoAscii: ({ p: string; idx: number }[] | undefined)[] = new Array(128 * 128);
  readonly size: number;
  /** exact[i] is 1 when every match of pattern i starts at a word start with one of its prefixes. */
  private exact: Uint8Array;

  constructor(patterns: readonly string[]) {
    this.size = patterns.length;
    this.exact = new Uint8Array(patterns.length);
    patterns.forEach((pattern, idx) => {
      const info = { startsAtPrefix: false };
      const set = literalPrefixes(pattern, info);
      if (!set || [...set].some((p) => /[^\x00-\x7f]/.test(p.slice(0, 2)))) return void this.always.push(idx);
      if (info.startsAtPrefix) this.exact[idx] = 1;
      for (const p of set) {
        if (p.length === 1) (this.oneAscii[p.charCodeAt(0)] ??= []).push(idx);
        else (this.twoAscii[p.charCodeAt(0) * 128 + p.charCodeAt(1)] ??= []).push({ p, idx });
      }
    });
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
    const flags = new Uint8Array(this.size);
    const starts: (number[] | undefined)[] = new Array(this.size);
    for (const i of this.always) flags[i] = 1;
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWordChar(c);
      if (word && !prevWord) this.markAt(text, i, flags, starts);
      prevWord = word;
    }
    return { flags, starts };
  }

  private note(idx: number, at: number, flags: Uint8Array, starts: (number[] | undefined)[]): void {
    flags[idx] = 1;
    if (!this.exact[idx]) return;
    const list = starts[idx];
    if (!list) starts[idx] = [at];
    else if (list[list.length - 1] !== at) list.push(at);
  }

  private markAt(text: string, at: number, flags: Uint8Array, starts: (number[] | undefined)[]): void {
    const c0 = lower(text.charCodeAt(at));
    if (c0 >= 128) return;
    const one = this.oneAscii[c0];
    if (one) for (const idx of one) this.note(idx, at, flags, starts);
    if (at + 1 >= text.length) return;
    const c1 = lower(text.charCodeAt(at + 1));
    if (c1 >= 128) return;
    const list = this.twoAscii[c0 * 128 + c1];
    if (!list) return;
    for (const { p, idx } of list) {
      // Once a pattern is a candidate, its further prefixes matter only for where its matches start.
      if (flags[idx] && !this.exact[idx]) continue;
      let k = 2;
      while (k < p.length && at + k < text.length && lower(text.charCodeAt(at + k)) === p.charCodeAt(k)) k++;
      if (k === p.length) this.note(idx, at, flags, starts);
    }
  }
}

/** Prefixes of a sequence (no top-level `|`): literal characters, then at most one group. */
function sequencePrefixes(seq: string, info?: { startsAtPrefix: boolean }): Set<string> | null {
  let i = 0;
  while (seq.startsWith("\\b", i)) i += 2;
  if (i >= seq.length) return null;
  if (seq[i] === "(") {
    const close = matchingParen(seq, i);
    // A lookbehind takes no characters: the match starts with what follows it ("(?<=after )dispersing").
    if (seq.startsWith("(?<=", i) || seq.startsWith("(?<!", i)) return sequencePrefixes(seq.slice(close + 1), info);
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
      const rest = sequencePrefixes(seq.slice(close + 2 + (quant === "{" ? seq.slice(close + 1).indexOf("}") : 0)), info);
      if (!rest) return null;
      for (const s of rest) out.add(s);
      // "(an? )?(huge )?explosion": when every alternative ends in a space, what follows begins a
      // word either way, so its prefixes alone are a necessary condition (and far more selective).
      // A match may then start before any of them ("an explosion"): where matches start is not known.
      if (alts.every((a) => a.endsWith(" ") && !a.endsWith("\\ "))) {
        if (info) info.startsAtPrefix = false;
        return out;
      }
    }
    // "(?:in|during) an? encounter": an alternative that is a whole literal ("in") goes on with the literal
    // characters after the group ("in a"), so a word that only begins with it ("including") is no candidate.
    const cont = quant !== undefined && "?*+{".includes(quant) ? "" : literalRun(seq, close + 1).lit;
    for (const alt of alts) {
      const p = sequencePrefixes(alt, info);
      if (!p) return null;
      if (cont && wholeLiteral(alt)) for (const s of p) out.add(s + cont);
      else for (const s of p) out.add(s);
    }
    return out;
  }
  const { lit } = literalRun(seq, i);
  if (!lit || !WORDISH.test(lit[0]!)) return null;
  return new Set([lit]);
}

/** The lower-case literal characters of `seq` from `i` on (up to PREFIX_LEN), and where the run stopped. */
function literalRun(seq: string, i: number): { lit: string; end: number } {
  let lit = "";
  for (; i < seq.length && lit.length < PREFIX_LEN; i++) {
    const ch = seq[i]!;
    if ("\\[](){}|.^$*+?".includes(ch) || ch.charCodeAt(0) > 127) break; // ASCII literals only (case folding stays simple)
    const next = seq[i + 1];
    if (next === "?" || next === "*" || next === "{") break; // this character is optional
    lit += ch.toLowerCase();
    if (next === "+") return { lit, end: i }; // repeated: what follows is not read
  }
  return { lit, end: i };
}

/** `alt` (after any leading `\b`) is literal characters only, all of them read into its prefix: every match of it is that prefix. */
function wholeLiteral(alt: string): boolean {
  let i = 0;
  while (alt.startsWith("\\b", i)) i += 2;
  return i < alt.length && literalRun(alt, i).end === alt.length;
}

/**
 * The syntax characters of a pattern from `from` on, with the group depth after each: escapes
 * (`\x`) and character classes (`[...]`) are stepped over, since their `(`, `)` and `|` are literal.
 */
function* syntax(s: string, from = 0): Generator<{ i: number; ch: string; depth: number }> {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "\\") { i++; continue; }
    if (ch === "[") { i = classEnd(s, i); continue; }
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    yield { i, ch, depth };
  }
}

function matchingParen(s: string, open: number): number {
  for (const { i, ch, depth } of syntax(s, open)) if (ch === ")" && depth === 0) return i;
  throw new Error("unbalanced group");
}

function classEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") { i++; continue; }
    if (s[i] === "]") return i;
  }
  throw new Error("unbalanced class");
}

/** Splits at top-level `|`. */
function splitAlternatives(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const { i, ch, depth } of syntax(s)) {
    if (ch === "|" && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}
