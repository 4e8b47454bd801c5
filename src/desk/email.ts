// E-mail addresses as account names: one canonical form (NFKC, lowercase) and no characters that
// make two different addresses look alike or reorder on screen (bidi controls, invisibles,
// non-ASCII look-alikes). International domains are accepted in their ASCII (punycode) form.
import { SitrepError } from "../errors.js";

// Bidi embeddings/overrides/isolates, zero-width and other invisible format characters, controls.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;
const SHAPE = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The canonical form of an address, or a SITREP_E_BAD_ARGUMENT saying what is wrong with it. */
export function normalizeEmail(raw: unknown): string {
  if (typeof raw !== "string" || !raw.trim()) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "email: required");
  if (raw.length > 320) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "email: longer than 320 characters");
  if (INVISIBLE.test(raw)) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", "email: contains invisible or text-direction control characters");
  }
  const e = raw.normalize("NFKC").trim().toLowerCase();
  if (/[^\x20-\x7e]/.test(e)) {
    throw new SitrepError(
      "SITREP_E_BAD_ARGUMENT",
      "email: contains non-ASCII characters, which can imitate other addresses; write an international domain in its xn-- form",
    );
  }
  if (!SHAPE.test(e) || e.includes("..")) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `email: "${e}" is not an e-mail address`);
  return e;
}
