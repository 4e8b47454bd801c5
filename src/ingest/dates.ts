// Publication dates: accept the forms feeds and pages use, normalise to ISO, refuse impossible ones.
import * as chrono from "chrono-node";
import { SitrepError } from "../errors.js";

/** Earliest plausible publication year; older dates in a news pipeline are typos or epoch defaults. */
const MIN_YEAR = 1900;
/** Clock skew and time zones allowed past "now". */
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// RFC 822/2822 as used by RSS pubDate: "Thu, 05 Dec 2024 14:30:00 GMT" / "+0300".
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Z]{1,4}|[+-]\d{4}))?)?$/;
const ZONES: Record<string, string> = { UT: "Z", UTC: "Z", GMT: "Z", Z: "Z", EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00" };

/**
 * Normalises a publication date to `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)` keeping the
 * source's own offset (the local date is what a news report's "Thursday" refers to).
 * Undefined or blank input gives undefined; a present but unreadable or impossible date throws
 * SITREP_E_BAD_DATE naming `where`.
 */
export function parsePublished(s: string | undefined, where: string): string | undefined {
  if (s === undefined || s === null) return undefined;
  const raw = String(s).trim();
  if (raw === "") return undefined;
  const out = parseParts(raw);
  if (!out) throw new SitrepError("SITREP_E_BAD_DATE", `unreadable date "${clip(raw)}"`, where);
  const { y, mo, d, time, zone } = out;
  if (!validYmd(y, mo, d)) throw new SitrepError("SITREP_E_BAD_DATE", `impossible date "${clip(raw)}"`, where);
  if (time && !validTime(time)) throw new SitrepError("SITREP_E_BAD_DATE", `impossible time "${clip(raw)}"`, where);
  if (y < MIN_YEAR) throw new SitrepError("SITREP_E_BAD_DATE", `date before ${MIN_YEAR}: "${clip(raw)}"`, where);
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  const iso = time ? `${date}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}${zone ?? ""}` : date;
  const ms = Date.parse(time ? (zone ? iso : iso + "Z") : date + "T00:00:00Z");
  if (!Number.isFinite(ms) || ms > Date.now() + FUTURE_SLACK_MS) {
    throw new SitrepError("SITREP_E_BAD_DATE", `date in the future: "${clip(raw)}"`, where);
  }
  return iso;
}

interface Parts { y: number; mo: number; d: number; time?: [number, number, number]; zone?: string }

function parseParts(raw: string): Parts | undefined {
  let m = ISO.exec(raw);
  if (m) {
    const time = m[4] !== undefined ? ([+m[4], +m[5]!, m[6] ? +m[6] : 0] as [number, number, number]) : undefined;
    return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, time, zone: m[7] ? zoneOf(m[7]) : undefined };
  }
  m = RFC822.exec(raw);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    if (mo === 0) return undefined;
    let y = +m[3]!;
    if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
    const time = m[4] !== undefined ? ([+m[4], +m[5]!, m[6] ? +m[6] : 0] as [number, number, number]) : undefined;
    return { y, mo, d: +m[1]!, time, zone: m[7] ? zoneOf(m[7]) : undefined };
  }
  // Free forms ("December 5, 2024", "5 Dec 2024 10:00"): chrono, strict mode, one full date only.
  const res = chrono.strict.parse(raw, new Date(Date.UTC(2000, 0, 1)));
  const r = res[0];
  if (!r || res.length !== 1 || !r.start.isCertain("year") || !r.start.isCertain("month") || !r.start.isCertain("day")) return undefined;
  // chrono silently rolls "February 30" over, so the day the text says is checked separately.
  const y = r.start.get("year")!;
  const mo = r.start.get("month")!;
  const d = r.start.get("day")!;
  if (!r.start.isCertain("hour")) return { y, mo, d };
  const off = r.start.get("timezoneOffset");
  const zone = off === null || off === undefined ? undefined : offsetString(off);
  return { y, mo, d, time: [r.start.get("hour")!, r.start.get("minute") ?? 0, r.start.get("second") ?? 0], zone };
}

function zoneOf(z: string): string | undefined {
  const up = z.toUpperCase();
  if (ZONES[up]) return ZONES[up];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return undefined;
  return m[2] === "00" && m[3] === "00" ? "Z" : `${m[1]}${m[2]}:${m[3]}`;
}

function offsetString(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function validYmd(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function validTime([h, mi, s]: [number, number, number]): boolean {
  return h <= 23 && mi <= 59 && s <= 60;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const clip = (s: string) => (s.length > 60 ? s.slice(0, 57) + "..." : s);
