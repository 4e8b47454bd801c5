// Language check: sitrep's cue words are English; other languages are skipped with a reason
// rather than turned into garbage events.
import { detect } from "tinyld";

const LATIN_ENGLISH_HINT = /\b(the|and|of|in|said|was|were|on|to)\b/gi;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters in `s`, and how many of them are not Latin script (one pass; ASCII needs no regex). */
function letterCounts(s: string): { letters: number; nonLatin: number } {
  let letters = 0;
  let nonLatin = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    } else if (LETTER.test(ch)) {
      letters += ch.length; // UTF-16 units, as the thresholds were set
      if (!LATIN.test(ch)) nonLatin += ch.length;
    }
  }
  return { letters, nonLatin };
}

/** ISO 639-1 code of the text's language, or "und" when too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 1500);
  const { letters, nonLatin } = letterCounts(sample);
  if (letters < 20) return "und";
  if (nonLatin / letters < 0.3) {
    // English function words are a strong, cheap signal for Latin-script text.
    const words = sample.split(/\s+/).length;
    const hits = sample.match(LATIN_ENGLISH_HINT)?.length ?? 0;
    if (words > 0 && hits / words > 0.06) return "en";
  }
  try {
    return detect(sample) || "und";
  } catch {
    return "und";
  }
}
