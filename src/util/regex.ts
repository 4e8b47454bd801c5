// Regex helpers for the extraction hot paths.

/**
 * Every match of a global regex in `text`, the same as `[...text.matchAll(re)]`: from `re.lastIndex`
 * on, empty matches stepped over by one code point under /u or /v, and `re.lastIndex` left as it
 * was. Why not matchAll: it clones the regex on every call, which costs up to ~1 µs for the large
 * cue and place patterns, and extraction runs ~170 such scans per report (mostly per sentence).
 * The matches are collected before returning, so the caller may run the same regex again inside its loop.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a global regex");
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  const unicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = from;
  return out;
}

/** The index after the character at `i`: two UTF-16 units for a surrogate pair under /u (the spec's AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * The strings a pattern made only of literal characters, groups of alternatives, `[...]` sets of literal
 * characters and `?` after a character or a group can match ("deaths?" -> "death", "deaths"), or null
 * for any other pattern (an escape, an anchor, a repeat) or one with more than `limit` strings.
 */
export function literalStrings(pattern: string, limit = 5000): string[] | null {
  let i = 0;
  const LITERAL = /^[\p{L}\p{N} '’-]$/u;
  // An alternation up to `)` or the end: the union of its sequences.
  const alternation = (): string[] | null => {
    const out: string[] = [];
    for (;;) {
      const seq = sequence();
      if (!seq) return null;
      out.push(...seq);
      if (out.length > limit) return null;
      if (pattern[i] !== "|") return out;
      i++;
    }
  };
  // A sequence up to `|`, `)` or the end: every combination of its atoms' strings.
  const sequence = (): string[] | null => {
    let acc = [""];
    while (i < pattern.length && pattern[i] !== "|" && pattern[i] !== ")") {
      let atom: string[] | null;
      const ch = pattern[i]!;
      if (ch === "(") {
        i += pattern.startsWith("(?:", i) ? 3 : 1;
        if (pattern[i] === "?") return null; // a lookaround or a named group
        atom = alternation();
        if (!atom || pattern[i] !== ")") return null;
        i++;
      } else if (ch === "[") {
        const close = pattern.indexOf("]", i);
        const set = close < 0 ? "" : pattern.slice(i + 1, close);
        if (!set || [...set].some((c) => c === "-" || !LITERAL.test(c))) return null; // a range ("a-z") is no set of literals
        atom = [...set];
        i = close + 1;
      } else if (LITERAL.test(ch)) {
        atom = [ch];
        i++;
      } else return null;
      if (pattern[i] === "?") {
        atom = ["", ...atom];
        i++;
      } else if (i < pattern.length && "*+{".includes(pattern[i]!)) return null;
      acc = acc.flatMap((a) => atom!.map((b) => a + b));
      if (acc.length > limit) return null;
    }
    return acc;
  };
  const out = alternation();
  return out && i === pattern.length ? out : null;
}

/**
 * A regex (with `flags`, no `g`/`y`) that finds a match in a text exactly when the unanchored `pattern` does, or the
 * pattern itself when it is not a set of literal strings (see `literalStrings`). The strings are cut down to those
 * holding no other ("lives" stands for "claimed the lives of" too) and set out as a trie ("kill(?:ed|ing|s)"):
 * the engine then tries far fewer alternatives at each offset. For a yes/no test only: what it matches differs.
 */
export function containsAnyRegex(pattern: string, flags: string): RegExp {
  const strings = literalStrings(pattern);
  // ASCII only: its letters fold one to one, so a string and its lower case match the same text.
  if (!strings || strings.includes("") || /[gy]/.test(flags) || strings.some((s) => /[^\x00-\x7f]/.test(s))) return new RegExp(pattern, flags);
  // With `i`, case folding is left to the regex (it folds the trie's lower-case letters as it folds the pattern's);
  // only strings holding another exactly, in lower case, are dropped, so the set matched is the same. Without it,
  // the strings are kept as written.
  const lower = [...new Set(flags.includes("i") ? strings.map((s) => s.toLowerCase()) : strings)];
  const minimal = lower.filter((s) => !lower.some((o) => o !== s && s.includes(o)));
  const root = charTrie(minimal);
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  // A node that ends a string has no children: a longer string through it would hold that one, and was dropped.
  const emit = (n: TrieNode): string => {
    const alts = [...n.next].map(([c, k]) => esc(c) + (k.end ? "" : emit(k)));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
  };
  return new RegExp(emit(root), flags);
}

/**
 * The top-level alternatives of `pattern` (a bare alternation, or one group around the whole pattern), or null when
 * they cannot be read apart safely (a backreference, an unbalanced bracket).
 */
export function topAlternatives(pattern: string): string[] | null {
  if (/\\(?:[1-9]|k<)/.test(pattern) || !balanced(pattern)) return null;
  const alts = splitAlternatives(pattern);
  if (alts.length > 1 || !pattern.startsWith("(") || matchingParen(pattern, 0) !== pattern.length - 1) return alts;
  // "(?:a|b)" or "(a|b)": the group's own alternatives (a lookaround or named group is not one).
  if (pattern[1] === "?" && !pattern.startsWith("(?:")) return alts;
  return splitAlternatives(pattern.slice(pattern.startsWith("(?:") ? 3 : 1, -1));
}

/** Every group and class of `s` is closed, and none closed that was not opened. */
function balanced(s: string): boolean {
  let depth = 0;
  try {
    for (const t of syntax(s)) if ((depth = t.depth) < 0) return false;
  } catch {
    return false; // an unclosed class
  }
  return depth === 0;
}

/**
 * `new RegExp(pattern, flags).test(text)` (no `g`/`y`), faster: a text matches an alternation exactly when it matches one
 * of its alternatives, so those made of literal strings are tried as one trie (containsAnyRegex) and the others (a
 * lookahead, an escape) as a regex of their own, only when the trie finds nothing. For a pattern whose few
 * non-literal alternatives kept the whole list from being set out as a trie.
 */
export function containsAnyTest(pattern: string, flags: string): (text: string) => boolean {
  const alts = /[gy]/.test(flags) ? null : topAlternatives(pattern);
  const literal = alts?.filter((a) => a !== "" && literalStrings(a)) ?? [];
  const rest = alts?.filter((a) => a === "" || !literalStrings(a)) ?? [];
  if (!alts || !literal.length || !rest.length) {
    const whole = containsAnyRegex(pattern, flags);
    return (text) => whole.test(text);
  }
  const trie = containsAnyRegex(literal.join("|"), flags);
  const other = new RegExp(rest.map((a) => `(?:${a})`).join("|"), flags);
  return (text) => trie.test(text) || other.test(text);
}

/**
 * An alternation of literal words, longest first (`[...words].sort((a, b) => b.length - a.length).join("|")`
 * with each space written `space`), set out as a trie: "fi(?:fteen|fty|ve)" in place of "fifteen|fifty|five".
 * The engine then dispatches on a word's first letters instead of trying every word at every offset.
 * It matches the same text and backtracks in the same order: two words that both match at one offset are
 * one the other's prefix (the words hold only literal characters and spaces), and the trie tries a longer
 * word before a shorter one on its path, as the longest-first alternation does. No capturing groups.
 * For words of letters, digits, spaces, apostrophes and hyphens; throws on any other character.
 */
export function wordTrieAlternation(words: readonly string[], space = String.raw`\s+`): string {
  for (const w of words) {
    if (!/^[\p{L}\p{N} '’-]+$/u.test(w)) throw new Error(`SITREP_E_INTERNAL: not a literal word for wordTrieAlternation: ${w}`);
  }
  const root = charTrie(words);
  const atom = (c: string) => (c === " " ? space : c === "-" ? "\\-" : c);
  // Longest first along a path: a node's children before its own end (the empty alternative last).
  const emit = (n: TrieNode): string => {
    const alts = [...n.next].map(([c, k]) => atom(c) + emit(k));
    if (!alts.length) return "";
    if (n.end) return `(?:${alts.join("|")})?`;
    return alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
  };
  return `(?:${emit(root)})`;
}

/** A trie of strings, one node per character: the shape both literal alternations above are written from. */
type TrieNode = { next: Map<string, TrieNode>; end: boolean };
function charTrie(strings: readonly string[]): TrieNode {
  const root: TrieNode = { next: new Map(), end: false };
  for (const s of strings) {
    let n = root;
    for (const c of s) {
      let k = n.next.get(c);
      if (!k) n.next.set(c, (k = { next: new Map(), end: false }));
      n = k;
    }
    n.end = true;
  }
  return root;
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

export function matchingParen(s: string, open: number): number {
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
export function splitAlternatives(s: string): string[] {
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
