// Language check: sitrep's cue words are English; other languages are skipped with a reason
// rather than turned into garbage events.
import { detect } from "tinyld";

const LATIN_ENGLISH_HINT = /\b(the|and|of|in|said|was|were|on|to)\b/gi;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters in `s`, and how many of them are not Latin script (one pass; ASCII by char code, no string made for it). */
function letterCounts(s: string): { letters: number; nonLatin: number } {
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      i++;
      continue;
    }
    // One code point, as for...of gives it (a surrogate pair, else one unit).
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    i += ch.length;
    if (LETTER.test(ch)) {
      letters += ch.length; // UTF-16 units, as the thresholds were set
      if (!LATIN.test(ch)) nonLatin += ch.length;
    }
  }
  return { letters, nonLatin };
}

const SPACE = /\s/;

/** sample.split(/\s+/).length, counted without making the words: one more than the runs of whitespace. */
function wordCount(s: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}

/** ISO 639-1 code of the text's language, or "und" when too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 1500);
  const { letters, nonLatin } = letterCounts(sample);
  if (letters < 20) return "und";
  if (nonLatin / letters < 0.3) {
    // English function words are a strong, cheap signal for Latin-script text.
    const words = wordCount(sample);
    const hits = sample.match(LATIN_ENGLISH_HINT)?.length ?? 0;
    if (words > 0 && hits / words > 0.06) return "en";
  }
  try {
    return detect(sample) || "und";
  } catch {
    return "und";
  }
}
