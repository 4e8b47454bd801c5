// Text normalisation shared by every input kind, so offsets mean the same thing everywhere.

// Zero-width characters that carry no meaning in news text. ZWJ (U+200D) and ZWNJ (U+200C)
// are kept on purpose: they change spelling in Persian, Arabic-script and Indic text.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const TRAILING_WS = /[ \t\u00A0\u3000]+$/gm;
const MANY_BLANK_LINES = /\n{3,}/g;

/** NFC, \r\n and \r to \n, invisible characters stripped, trailing spaces removed, blank-line runs collapsed to one. */
export function normalizeText(s: string): string {
  let t = s.normalize("NFC");
  if (t.includes("\r")) t = t.replace(/\r\n?/g, "\n");
  t = t.replace(INVISIBLE, "");
  // NBSP inside text behaves like a space for every later stage (word splitting, regexes).
  if (t.includes("\u00A0")) t = t.replace(/\u00A0/g, " ");
  t = t.replace(TRAILING_WS, "");
  t = t.replace(MANY_BLANK_LINES, "\n\n");
  // Leading blank lines and trailing whitespace of the whole text carry nothing.
  return t.replace(/^\s*\n/, "").trimEnd();
}
