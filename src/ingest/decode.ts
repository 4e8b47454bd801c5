// Bytes to text: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or NUL-byte pattern), else a
// legacy single-byte encoding guessed by chardet and decoded by iconv-lite. Binary refused.
import chardet from "chardet";
import iconv from "iconv-lite";
import { SitrepError } from "../errors.js";

const SNIFF_BYTES = 64 * 1024;
const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
// Single-byte encodings chardet may propose for western news text; anything else with low
// confidence is more likely a misguess on short text, so Windows-1252 is the fallback.
const FALLBACK_ENCODING = "windows-1252";

export function decodeBytes(buf: Buffer, where: string): string {
  if (buf.length === 0) throw new SitrepError("SITREP_E_EMPTY_INPUT", undefined, where);
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = decodeUtf8OrLegacy(buf.subarray(3), where);
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = decodeUtf16(buf.subarray(2), "utf16le", where);
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = decodeUtf16(buf.subarray(2), "utf16be", where);
  } else {
    const guess = sniffUtf16(buf);
    if (guess) text = decodeUtf16(buf, guess, where);
    else {
      if (looksBinary(buf)) throw new SitrepError("SITREP_E_BINARY_INPUT", undefined, where);
      text = decodeUtf8OrLegacy(buf, where);
    }
  }
  if (text.trim() === "") throw new SitrepError("SITREP_E_EMPTY_INPUT", "only whitespace", where);
  return text;
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte. */
function sniffUtf16(buf: Buffer): "utf16le" | "utf16be" | undefined {
  const n = Math.min(buf.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Text in UTF-16: one parity is mostly zero, the other almost never.
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf16be";
  return undefined;
}

/** NUL bytes or many C0 control characters (other than tab, newline, form feed, CR, ESC) mean binary. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  return controls > n * 0.01 + 2;
}

function decodeUtf16(buf: Buffer, enc: "utf16le" | "utf16be", where: string): string {
  if (buf.length % 2 === 1) buf = buf.subarray(0, buf.length - 1);
  let text: string;
  if (enc === "utf16le") text = buf.toString("utf16le");
  else {
    const swapped = Buffer.from(buf);
    swapped.swap16();
    text = swapped.toString("utf16le");
  }
  // Lone surrogates or control characters in bulk mean it was not UTF-16 text after all.
  const bad = countMatches(text, /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g);
  if (bad > text.length * 0.01 + 2) throw new SitrepError("SITREP_E_BINARY_INPUT", `not UTF-16 text (${enc})`, where);
  return text;
}

function decodeUtf8OrLegacy(buf: Buffer, where: string): string {
  try {
    return utf8Fatal.decode(buf);
  } catch {
    const enc = guessLegacy(buf);
    if (!iconv.encodingExists(enc)) throw new SitrepError("SITREP_E_ENCODING", `unsupported encoding ${enc}`, where);
    return iconv.decode(buf, enc);
  }
}

function guessLegacy(buf: Buffer): string {
  const matches = chardet.analyse(buf.subarray(0, SNIFF_BYTES));
  const top = matches[0];
  if (!top) return FALLBACK_ENCODING;
  const name = top.name.toLowerCase();
  // chardet calls Windows-1252 text "ISO-8859-1" most of the time; 1252 is the superset
  // (curly quotes, dashes in 0x80-0x9F), so decoding as 1252 is never worse.
  if (name === "iso-8859-1" || name === "windows-1252") return FALLBACK_ENCODING;
  if (name.startsWith("utf-") || top.confidence < 50) return FALLBACK_ENCODING;
  return top.name;
}

function countMatches(s: string, re: RegExp): number {
  let n = 0;
  for (const _ of s.matchAll(re)) n++;
  return n;
}
