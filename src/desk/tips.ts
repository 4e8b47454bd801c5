// Public tips: checks on what the form sends. Links are stored as text and never fetched.
import { SitrepError } from "../errors.js";

export const TIP_MAX_TEXT = 10_000;
export const TIP_BODY_LIMIT = 32 * 1024;

export interface TipInput {
  text: string;
  link: string | null;
  contact: string | null;
}

/** Cleans a tip; `null` when the honeypot field was filled (a bot: answer as if accepted). */
export function checkTip(b: { text?: unknown; link?: unknown; contact?: unknown; website?: unknown }): TipInput | null {
  if (typeof b.website === "string" && b.website.trim()) return null;
  const text = typeof b.text === "string" ? b.text.normalize("NFC").replace(/\r\n?/g, "\n").trim() : "";
  if (text.length < 10) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "text: write at least 10 characters");
  if (text.length > TIP_MAX_TEXT) throw new SitrepError("SITREP_E_TOO_LARGE", `text: at most ${TIP_MAX_TEXT} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "text: contains control characters");
  let link: string | null = null;
  if (typeof b.link === "string" && b.link.trim()) {
    let u: URL;
    try {
      u = new URL(b.link.trim());
    } catch {
      throw new SitrepError("SITREP_E_BAD_ARGUMENT", "link: not a URL");
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new SitrepError("SITREP_E_BAD_ARGUMENT", "link: only http and https links");
    link = u.href;
  }
  const contact = typeof b.contact === "string" && b.contact.trim() ? b.contact.trim() : null;
  return { text, link, contact };
}
