// Language check: sitrep's cue words are English; other languages are skipped with a reason
// rather than turned into garbage events.
import { detect } from "tinyld";

const LATIN_ENGLISH_HINT = /\b(the|and|of|in|said|was|were|on|to)\b/gi;

/** ISO 639-1 code of the text's language, or "und" when too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 1500);
  const letters = sample.replace(/[^\p{L}]/gu, "");
  if (letters.length < 20) return "und";
  const nonLatin = sample.replace(/[^\p{L}]/gu, "").replace(/[\p{Script=Latin}]/gu, "").length;
  if (nonLatin / letters.length < 0.3) {
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
