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
