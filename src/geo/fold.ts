// Name folding: the keys the gazetteer is searched by. Shared by the build script and the
// runtime so that a name written "Ḩamāh", "Hamah" or "HAMA" lands on the same entry.

const SPECIAL: Record<string, string> = {
  ø: "o", æ: "ae", œ: "oe", ß: "ss", ı: "i", ł: "l", đ: "d", ð: "d", þ: "th", ħ: "h",
};

/**
 * Exact key: lower case, no diacritics, apostrophes/ayn/hamza dropped, hyphens and
 * punctuation as spaces, single spaces. "Ma'arat al-Nu'man" -> "maarat al numan".
 */
export function fold(s: string): string {
  // Fast path for plain ASCII names (most of the gazetteer and most queries).
  if (isPlainAscii(s)) {
    const t = s.toLowerCase().trim();
    return t.includes("  ") ? t.replace(/ +/g, " ") : t;
  }
  let t = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  t = t.replace(/[øæœßıłđðþħ]/g, (c) => SPECIAL[c] ?? c);
  t = t.replace(/['’‘`´ʿʾʻʼ]/g, "");
  t = t.replace(/[^a-z0-9\u0080-\uffff]+/g, " ");
  return t.trim();
}

/** Only ASCII letters, digits and spaces (a loop: cheaper than a regex on short strings). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32)) return false;
  }
  return true;
}

// Arabic article forms that transliterations attach, drop or assimilate at will.
const ARTICLES = new Set(["e", "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "et", "ez", "en", "ech", "l"]);

/**
 * Loose key, for transliteration variants when the exact key finds nothing:
 * articles dropped, no spaces, common romanisation pairs merged (ou/u, ee/i, ei/ay, dh/d, dj/j,
 * q/k, y/i), doubled letters collapsed, a final vowel+h dropped.
 * "Deir al-Zour" and "Deir ez-Zur" -> "dairzur"; "Hamah" -> "hama"; "Khan Sheikhoun" and
 * "Khan Shaykhun" -> "khanshaikhun".
 */
export function looseKey(folded: string): string {
  // One pass over the words (this runs for every gazetteer name at load time, so no regex chains).
  const words = folded.split(" ");
  let kept = 0;
  for (const w of words) if (w && !ARTICLES.has(w)) kept++;
  let out = "";
  let last = "";
  for (const w of words) {
    if (!w || (kept > 0 && ARTICLES.has(w))) continue;
    let end = w.length;
    // final vowel + h: "hamah" -> "hama"
    if (end > 2 && w[end - 1] === "h" && "aeiou".includes(w[end - 2]!)) end--;
    for (let i = 0; i < end; i++) {
      let c = w[i]!;
      const n = i + 1 < end ? w[i + 1] : "";
      if (c === "o" && n === "u") { c = "u"; i++; }
      else if (c === "e" && n === "e") { c = "i"; i++; }
      else if (c === "e" && n === "i") { c = "a"; } // "Sheikh" / "Shaykh": ei and ay (-> ai) meet
      else if (c === "d" && n === "h") { c = "d"; i++; }
      else if (c === "d" && n === "j") { c = "j"; i++; }
      else if (c === "q") c = "k";
      else if (c === "y") c = "i";
      if (c !== last) out += c;
      last = c;
    }
  }
  return out;
}
