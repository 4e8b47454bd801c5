// Photo credits: "Name / Agency via Getty Images", "Reuters/Name", "AP Photo/Name", "(Photo: AFP)",
// and captions glued to their credit ("...on Thursday.Name / Agency via Getty Images").
import { alternation, loadChromeData, type CreditData } from "./data.js";
import { containsAnyRegex } from "../util/regex.js";

const data = loadChromeData<CreditData>("credits.json");
const A = `(?:${alternation(data.agencies)})`;
// A person's name: 1-5 capitalised tokens, allowing particles common in Arabic, Dutch, Spanish names.
const N = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al|el|de|del|da|di|van|von|der|bin|ibn|abu|la|le)){0,4})`;
const SEP = String.raw`\s*/\s*`;
// Agency-anchored shapes: [Name / | Name for] Agency [/ Name] [via|/ Agency] [/ File|Pool|Handout]
const AGENCY_SHAPE = `(?:${N}(?:${SEP}|\\s+for\\s+))?${A}(?:${SEP}${N})?(?:(?:${SEP}|\\s+via\\s+)${A})?(?:${SEP}(?:File|Pool|Handout))?`;
const agencyLine = new RegExp(`^${AGENCY_SHAPE}$`, "u");
// "Photo: Jane Doe/AFP", "Image by Reuters": the label is matched in any case, the name after it only
// with its capitals ("Photo: A damaged building in Kharkiv." is a caption, not a credit).
const labelPrefix = new RegExp(`^\\(?\\s*(?:${alternation(data.labels)})\\s*(?::|by)\\s*`, "iu");
const labelledAgency = new RegExp(`^(?:${AGENCY_SHAPE})\\s*\\)?\\.?$`, "iu");
const labelledName = new RegExp(`^${N}\\s*\\)?\\.?$`, "u");
const labelled = {
  test(s: string): boolean {
    const m = labelPrefix.exec(s);
    if (!m) return false;
    const rest = s.slice(m[0].length);
    return labelledAgency.test(rest) || labelledName.test(rest);
  },
};
const courtesy = /^\(?\s*(?:photo\s+|image\s+)?courtesy\s+(?:of\s+)?[\p{L}\p{N} .,'’&/-]{2,60}\)?\.?$/iu;
// Cheap pre-filter: a credit names an agency, a label or "courtesy" somewhere. The words are plain
// ASCII, so an ASCII line is lower-cased once and searched without case folding (irregexp's /iu
// folding is the costly part); any other line takes the case-insensitive Unicode regex.
const hintWords = `${alternation(data.agencies)}|${alternation(data.labels)}|courtesy`;
// Set out as a trie of the fewest words (containsAnyRegex): tried at every offset of every line, the long
// list of agencies cost more than the credit shapes behind it.
const hintFolded = containsAnyRegex(hintWords.toLowerCase(), "");
const hintUnicode = new RegExp(hintWords, "iu");
const NON_ASCII = /[^\x00-\x7f]/;
const hint = { test: (s: string) => (NON_ASCII.test(s) ? hintUnicode.test(s) : hintFolded.test(s.toLowerCase())) };

const MAX_CREDIT_CHARS = 110;

/** True when the whole line is a photo credit. */
export function isCredit(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_CREDIT_CHARS) return false;
  if (!hint.test(s)) return false;
  return agencyLine.test(s) || labelled.test(s) || courtesy.test(s);
}

/**
 * If `line` is a caption with its credit glued on the end (with or without a space after the
 * caption's final punctuation), returns the index in `line` where the credit starts.
 */
export function gluedCreditStart(line: string): number | undefined {
  const from = Math.max(1, line.length - MAX_CREDIT_CHARS - 1);
  // A credit lies in the line's tail, and every credit shape holds a hint word: look only there.
  if (!hint.test(line.slice(from))) return undefined;
  for (let i = from; i < line.length; i++) {
    const prev = line.charCodeAt(i - 1);
    // Caption ends with . ! ? or a closing quote/bracket after one.
    if (prev !== 46 && prev !== 33 && prev !== 63 && prev !== 0x201d && prev !== 41) continue;
    let j = i;
    while (j < line.length && line[j] === " ") j++;
    if (j >= line.length) continue;
    if (isCredit(line.slice(j))) {
      // The head must itself be text, not just a few characters.
      if (line.slice(0, i).trim().length < 12) return undefined;
      return j;
    }
  }
  return undefined;
}
