// Hand-written character scanning for the hot tokenizers (places, phrases): ASCII is decided by
// char code, anything else by the caller's Unicode class, one code point at a time.

/**
 * Width in UTF-16 units (1, or 2 for an astral code point) of the character at `i` when it is an
 * ASCII letter or digit or, beyond ASCII, matches `nonAscii` (a one-character /u class); else 0.
 */
export function wordCharWidth(text: string, i: number, nonAscii: RegExp): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return nonAscii.test(text.slice(i, i + 2)) ? 2 : 0;
  return nonAscii.test(text[i]!) ? 1 : 0;
}
