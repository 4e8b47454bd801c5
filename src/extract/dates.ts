// Date expressions in a sentence, resolved against the publication date, preferring the past:
// in a report, "Friday" is the last Friday (or today, if the paper is dated Friday).
// ACLED time_precision: 1 day known, 2 week or range of days (middle coded), 3 month (middle coded).
import * as chrono from "chrono-node";
import { allMatches } from "../util/regex.js";
import { loadJson } from "./lexicon.js";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string; // YYYY-MM-DD (the middle of a range)
  precision: 1 | 2 | 3;
  /** First and last day the expression can mean. */
  from: string;
  to: string;
}

const DAY = 86_400_000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

// A report's dates are few and asked for again and again (every mention, every isOld): both
// conversions are remembered (bounded, cleared when full).
const isoMemo = new Map<number, string>();
const utcMemo = new Map<string, number>();
export const iso = (t: number) => {
  let s = isoMemo.get(t);
  if (s === undefined) {
    s = new Date(t).toISOString().slice(0, 10);
    if (isoMemo.size >= 4096) isoMemo.clear();
    isoMemo.set(t, s);
  }
  return s;
};
const utc = (s: string) => {
  let t = utcMemo.get(s);
  if (t === undefined) {
    t = Date.parse(s.slice(0, 10) + "T00:00:00Z");
    if (utcMemo.size >= 4096) utcMemo.clear();
    utcMemo.set(s, t);
  }
  return t;
};
const mid = (a: number, b: number) => a + Math.floor((b - a) / DAY / 2) * DAY;

function mention(start: number, text: string, from: number, to: number, precision: 1 | 2 | 3): DateMention {
  return { start, end: start + text.length, text, date: iso(mid(from, to)), precision, from: iso(from), to: iso(to) };
}

/** A span of days told as one happening's: ACLED precision 2 for up to ten days (the middle coded), 3 beyond. */
function span(start: number, text: string, from: number, to: number): DateMention {
  return mention(start, text, from, to, to - from <= 10 * DAY ? 2 : 3);
}

/** The most recent `weekday` on or before `ref`. */
function lastWeekday(ref: number, weekday: number): number {
  const back = (new Date(ref).getUTCDay() - weekday + 7) % 7;
  return ref - back * DAY;
}

function monthRange(year: number, month: number): [number, number] {
  return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 0)];
}

/** Every weekday name holds "day": a text without it has no WEEKDAY_RE match (cheap test first). */
const DAY_WORD = /day/i;
const WEEKDAY_RE = /\b(?:(last|this past|past|on|early on|late on|early|late|by|from|since|until)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b(?:\s+(night|morning|evening|afternoon))?/gi;
const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
/** A month, or a part of one, told by its name: "in September", "in mid-September", "late last month" aside,
 *  "at the end of August", "in the first week of October", "in March 2022", "in January last year" (the year before the
 *  report's even when the month has not yet come round: told in May, "April last year" is not last month). */
const MONTH_PART = String.raw`(?:in\s+(?:(early|mid|late)[-\s]?)?|(early|mid|late)[-\s]|(?:at|towards?)\s+the\s+(start|beginning|end|middle)\s+of\s+|(?:in|during)\s+the\s+(first|second|third|fourth|last|final)\s+(week|half|days|fortnight)\s+of\s+)(${MONTH_NAMES})\b(?:,?\s+((?:19|20)\d\d)\b|\s+(last)\s+year\b(?!['’]s))?(?!\s+\d)`;
const MONTH_PART_RE = new RegExp(`^${MONTH_PART}$`, "i");
const RELATIVE_RE = new RegExp(String.raw`\b(last weekend|over the weekend|(?:at|on|during|since) the weekend|last week|this week|earlier this week|past week|(?:(?:in\s+)?(?:early|earlier|late|later|mid-?)\s*|(?:at|towards?)\s+the\s+(?:start|beginning|end|middle)\s+of\s+)last month|last month|last year(?!['’]s)|earlier this month|(?:(?:in\s+)?(?:early|late|mid-?)\s*|(?:at|towards?)\s+the\s+(?:start|beginning|end|middle)\s+of\s+)this month|this month|(?:the\s+)?day\s+before\s+yesterday|yesterday|today|this morning|last night|tonight|overnight|on (?:new year['’]s|christmas) (?:eve|day)|the previous day|the day before|hours earlier|(?:a few|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:days?|weeks?|months?|years?) ago|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?) (?:earlier|before|after|later)|last (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:in|since|of) (?:early |mid-|late )?(?:19|20)\d\d\b|the (?:19|20)\d\d\b|(?:19|20)\d\d\s+(?:(?:easter|bloody|black|palm|good|holy|ash)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+)?(?:coup|war|election|uprising|revolution|peace deal|kidnapping|attack|offensive|invasion|elections|strike|air strike|bombing|massacre|siege|riots|protests|ceasefire|truce|killings|shootings?|blasts?)|${MONTH_PART})`, "gi");
/**
 * Every RELATIVE_RE match holds one of these (a cheap necessary test, run first): a unit of time
 * ("week", "month", "year", "day" at a word start, "yesterday", "today"), a part of the day ("this
 * morning", "tonight", "overnight"), "earlier" ("hours earlier"), "christmas", a year, or a month.
 * Keep it in step with RELATIVE_RE when a phrase is added there.
 */
const RELATIVE_KEY = new RegExp(String.raw`week|month|year|\bday|yesterday|today|morning|night|earlier|christmas|\b(?:19|20)\d\d|\b(?:${MONTH_NAMES})`, "i");

/** "last month's election", "last week's summit": a possessive span naming a civic happening (a vote, a meeting, a
 *  ruling) that is no deed of the sentence's; the span tells which one, not when the sentence's cue happened. */
const CIVIC_POSSESSIVE = /^['’]s\s+(?:(?:presidential|parliamentary|general|local|legislative|disputed|contested|flawed|runoff|run-off|snap)\s+)?(?:elections?|votes?|vote count|polls?|referendum|ballot|run-?offs?|summit|talks|meeting|negotiations|budget|decision|ruling|verdict|announcement|agreement|deal|accord|speech|visit|report|inauguration|swearing-in|appointment|resignation)\b/i;

/** "on the 7th", "on the 21st of last month": a day told by its number alone, not followed by a noun it counts ("the 7th floor"). */
const NTH_WORD = /\d(?:st|nd|rd|th)\b/i;
const NTH_DAY_RE = /\bon\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:this|last)\s+month)?(?=\s*(?:[,.;:!?)'"”’]|$)|\s+(?:and|at|in|when|after|before|near|as|while|during|outside|local\s+time|morning|night|evening|afternoon)\b)/gi;

/** A day written with dots, day first: "on 09.10.2023", "on 9.10.", "9.10.23" (European, Russian and Latin American
 *  style; the US writes month first with slashes, never with dots, so a dotted date is day.month). Without a year it
 *  counts only after "on" with its closing dot ("on 9.10."), so a decimal ("3.5") is no date. */
const DOTTED_DATE_RE = /(^|[\s(])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?:((?:19|20)\d\d|\d\d)\b(?!\.\d)|(?<=\bon\s+\d{1,2}\.\d{1,2}\.)(?=[\s,;)]|$))/g;

/** Words before a weekday that put it after the report ("next Sunday", "this coming Friday"). */
const NEXT_BEFORE = /\b(?:next|coming)\s+$/i;

/** The place words of a dateline before its day: "NAIROBI, ", "GOMA, Congo, ", and a city in title case with its
 *  country ("Juba, South Sudan, 9 October 2023 –", the style of UN agencies and many regional outlets). */
const DATELINE_BEFORE = /^(?:\p{Lu}[\p{Lu}\p{M}\s.'’/-]*,(?:\s+\p{Lu}[\p{L}\s.]*,)?|\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){0,2},\s+\p{Lu}[\p{L}\s.]*,)\s*$/u;
/** What follows a dateline's day: a dash, maybe after the agency's name ("(Reuters) -"). */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?[—–-]/;

// chrono knows a month only as a whole word (its English month names and their abbreviations) or in
// a numeric date; words that merely start like one ("market", "separate") need no parse.
const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/i;
const DAY_PART_OF = /\b(?:morning|afternoon|evening|night)\s+of\s/i;
const DAY_PART_OF_G = /\b(?:morning|afternoon|evening|night)\s+of(?=\s)/gi;
const CAPITAL_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** "two weeks ago", "a few days earlier": the number words of data/cues/numbers.json (read once, on first use). */
let numberWords: Record<string, number> | undefined;
const numberWord = (w: string): number | undefined => (numberWords ??= loadJson<{ words: Record<string, number> }>("cues/numbers.json").words)[w];

/** A weekday with its month and day's number after it: "on Sunday, March 17", "Sunday 17 March". */
const WEEKDAY_WITH_DATE = new RegExp(String.raw`^(?:(?:on|early on|late on)\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b`, "i");
/** A year and a capitalised name right before a weekday: "the 2019 Easter ", "the 1972 Bloody ". */
const YEAR_NAMED_DAY = /\b(?:19|20)\d\d\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;

/** A weekday's mention alone: "on Sunday", "Sunday night". */
const WEEKDAY_ONLY = /^(?:(?:on|early on|late on|early|late)\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:night|morning|evening|afternoon))?$/i;

/** "an overnight raid on a village near Bama on Sunday": "overnight" as an adjective, with the clause's own weekday after it. */
const OVERNIGHT_ADJECTIVE = /\b(?:an|the|its|their|his|her)\s+$/i;
const WEEKDAY_LATER = /^\s+(?:(?!(?:said|says|told|reported|announced|added|confirmed)\b)[\w'’-]+,?\s+){1,10}?(?:(?:late|early)\s+)?on\s+(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/** [s, e) overlaps a date already found (a module-level helper: no closure made per call). */
function taken(out: DateMention[], s: number, e: number): boolean {
  return out.some((m) => s < m.end && e > m.start);
}

/**
 * All date mentions of `text` (offsets relative to `text`), resolved against `published`.
 * `published` is YYYY-MM-DD (or a date-time); without it, only absolute dates resolve.
 */
export function findDates(text: string, published?: string): DateMention[] {
  const out: DateMention[] = [];
  const ref = published && !Number.isNaN(utc(published)) ? utc(published) : undefined;

  if (ref !== undefined) {
    if (DAY_WORD.test(text)) for (const m of allMatches(WEEKDAY_RE, text)) {
      // "the 2019 Easter Sunday bombings", "the 1972 Bloody Sunday killings": a named day of a year told, no weekday
      // of the report's week (the year's span dates it).
      if (!m[1] && YEAR_NAMED_DAY.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      let day = lastWeekday(ref, wd);
      // "rallies next Sunday", "on the coming Friday": a day still to come, after the report.
      if (!m[1] && NEXT_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) day += 7 * DAY;
      // "last Friday" in a Friday paper means a week ago.
      if (/^(last|this past|past)$/i.test(m[1] ?? "") && day === ref) day -= 7 * DAY;
      // "since Thursday": a range of days up to the report ("from Tuesday's attack" is that day).
      const possessive = /^['’]s\b/.test(text.slice(m.index! + m[0].length));
      if (/^(since|from)$/i.test(m[1] ?? "") && day < ref && !possessive) out.push(mention(m.index!, m[0], day, ref - DAY, 2));
      else out.push(mention(m.index!, m[0], day, day, 1));
    }
    // "on the 7th": a day of the report's month (of the month before, if that day is still to come).
    if (NTH_WORD.test(text)) for (const m of allMatches(NTH_DAY_RE, text)) {
      const n = Number(m[1]);
      const d = new Date(ref);
      let month = d.getUTCMonth() - (/last\s+month/i.test(m[0]) ? 1 : 0);
      if (!/month/i.test(m[0]) && Date.UTC(d.getUTCFullYear(), month, n) > ref) month--;
      const t = Date.UTC(d.getUTCFullYear(), month, n);
      if (new Date(t).getUTCDate() !== n) continue;
      out.push(mention(m.index!, m[0], t, t, 1));
    }
    if (RELATIVE_KEY.test(text)) for (const m of allMatches(RELATIVE_RE, text)) {
      if (taken(out, m.index!, m.index! + m[0].length)) continue;
      // "overnight from Tuesday into Wednesday", "overnight on Saturday": the days told decide, not the night before the report.
      if (/^overnight$/i.test(m[0]) && NIGHT_DAYS_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
      // "killed 63 people in an overnight raid on a village near Bama on Sunday": the night of the weekday told later.
      if (/^overnight$/i.test(m[0]) && OVERNIGHT_ADJECTIVE.test(text.slice(Math.max(0, m.index! - 8), m.index!)) && WEEKDAY_LATER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 100))) continue;
      // "took part in march", "in may": a month is told with a capital.
      if (MONTH_PART_RE.test(m[0]) && !CAPITAL_MONTH.test(m[0])) continue;
      // "the alliance that rejected last month's election attacked positions": the span names which election, it
      // does not date the clause's deed.
      if (/^(?:last|this|past)\s+(?:week|weekend|month)$/i.test(m[0]) && CIVIC_POSSESSIVE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
      const r = resolveRelative(m[0].toLowerCase(), ref);
      if (!r) continue;
      out.push(mention(m.index!, m[0], r[0], r[1], r[2]));
    }
  }
  if (/\d\.\d/.test(text)) for (const m of allMatches(DOTTED_DATE_RE, text)) {
    const at = m.index! + m[1]!.length, told = m[0].slice(m[1]!.length);
    const day = Number(m[2]), month = Number(m[3]) - 1;
    let year = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : ref !== undefined ? new Date(ref).getUTCFullYear() : undefined;
    if (year === undefined) continue;
    let t = Date.UTC(year, month, day);
    if (!m[4] && ref !== undefined && t > ref + 2 * DAY) t = Date.UTC(--year, month, day);
    if (new Date(t).getUTCDate() !== day || taken(out, at, at + told.length)) continue;
    out.push(mention(at, told, t, t, 1));
  }
  // Absolute dates ("5 December", "Dec. 5, 2024", "December 2023") through chrono, year guessed into the past.
  let parsed: chrono.ParsedResult[] = [];
  // chrono is the slow part; only sentences naming a month can hold an absolute date, and only
  // one with a digit or a capitalised month word can hold one that is kept below.
  if (MONTH_WORD.test(text) && (/\d/.test(text) || CAPITAL_MONTH.test(text))) try {
    // chrono reads no month in "the night of October 7": the part of the day is blanked (offsets kept).
    const forChrono = DAY_PART_OF.test(text) ? text.replace(DAY_PART_OF_G, (w) => " ".repeat(w.length)) : text;
    parsed = chrono.en.casual.parse(forChrono, ref !== undefined ? new Date(ref + 12 * 3600_000) : new Date(), { forwardDate: false });
  } catch {
    parsed = [];
  }
  for (const p of parsed) {
    const s = p.index;
    const e = s + p.text.length;
    if (taken(out, s, e)) {
      // "on Sunday, March 17", "Sunday 17 March": a weekday told with its month and day is that date, not the
      // last such weekday before the report; the weekday's own mention gives way to it.
      if (!WEEKDAY_WITH_DATE.test(p.text) || !p.start.isCertain("day") || !p.start.isCertain("month")) continue;
      const own = out.filter((m) => s < m.end && e > m.start);
      if (!own.every((m) => m.precision === 1 && WEEKDAY_ONLY.test(m.text))) continue;
      for (const m of own) out.splice(out.indexOf(m), 1);
    }
    // "NAIROBI, Jan 14 — ...", "MARIB, Yemen, March 2 (Reuters) - ...": the day in a dateline is when the
    // report was filed, not the day the sentence gives its event.
    if (out.length && s < 40 && DATELINE_BEFORE.test(text.slice(0, s)) && DATELINE_AFTER.test(text.slice(e, e + 40))) continue;
    if (/^(sunday|monday|tuesday|wednesday|thursday|friday|saturday|today|yesterday|tonight|this|last|next|now|tomorrow)/i.test(p.text) && !WEEKDAY_WITH_DATE.test(p.text)) continue;
    // "during a march", "troops may": a month name in lower case without a number is a word, not a date.
    if (!/\d/.test(p.text) && !CAPITAL_MONTH.test(p.text)) continue;
    // "on 7/10": July 10 or 7 October; which one the writer meant cannot be told, so it dates nothing.
    const num = /(?:^|\s)(\d{1,2})[/.](\d{1,2})(?:[/.]\d{2,4})?$/.exec(p.text);
    if (num && Number(num[1]) <= 12 && Number(num[2]) <= 12 && num[1] !== num[2]) continue;
    const c = p.start;
    const known = {
      year: c.isCertain("year") ? c.get("year") ?? undefined : undefined,
      month: c.isCertain("month") ? c.get("month") ?? undefined : undefined,
      day: c.isCertain("day") ? c.get("day") ?? undefined : undefined,
    };
    if (known.month === undefined) continue;
    let year = known.year ?? (ref !== undefined ? new Date(ref).getUTCFullYear() : undefined);
    if (year === undefined) continue;
    const month = known.month - 1;
    if (known.day !== undefined) {
      let t = Date.UTC(year, month, known.day);
      if (known.year === undefined && ref !== undefined && t > ref + 2 * DAY) {
        // "a rally on Saturday, March 4" told in February: the weekday names the year (this one, the day still to
        // come) where the year before has no Saturday on that date; a day yet to come is a plan, which the caller judges.
        const wd = WEEKDAY_WITH_DATE.test(p.text) ? WEEKDAYS.indexOf(/(sun|mon|tues|wednes|thurs|fri|satur)day/i.exec(p.text)![0].toLowerCase()) : -1;
        const before = Date.UTC(year - 1, month, known.day);
        if (wd < 0 || new Date(before).getUTCDay() === wd || new Date(t).getUTCDay() !== wd) t = Date.UTC(--year, month, known.day);
      }
      if (new Date(t).getUTCDate() !== known.day) continue; // impossible date like 31 June
      // "from 2 to 6 October", "October 2-6": a span of days, its middle coded (precision 2).
      const endDay = p.end?.isCertain("day") ? p.end.get("day") : null;
      const endMonth = p.end?.get("month");
      const u = endDay != null && endMonth != null ? Date.UTC(year + (endMonth - 1 < month ? 1 : 0), endMonth - 1, endDay) : t;
      out.push(u > t && u - t <= 31 * DAY ? span(s, p.text, t, u) : mention(s, p.text, t, t, 1));
    } else {
      if (known.year === undefined && ref !== undefined && Date.UTC(year, month, 1) > ref) year--;
      const [a, b] = monthRange(year, month);
      out.push(mention(s, p.text, a, b, 3));
    }
  }
  // "Five years ago on Monday": the years decide, the weekday is the anniversary's.
  // "On Tuesday, the day before the town fell, ...": a day counted from another happening, told in apposition to
  // the day it names, only restates that day (counted from publication it would be another).
  const sorted = out.sort((a, b) => a.start - b.start);
  return joinRanges(text, sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.precision === 1 && APPOSED_COUNT.test(d.text) && /^\s*,\s*$/.test(text.slice(prev.end, d.start))) return false;
    return !(prev && /\bago$/i.test(prev.text) && /^\s*$/.test(text.slice(prev.end, d.start)) && /^on\b/i.test(d.text));
  }));
}

/** A day counted from another happening's ("the day before", "a day earlier", "two days before"). */
const APPOSED_COUNT = /^(?:the\s+(?:previous\s+day|day\s+before)|(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(?:earlier|before))$/i;

/** Words joining two days into one span: "Monday and Tuesday", "from Friday to Sunday", "October 2-6". */
const RANGE_JOIN = /^\s*(?:and(?:\s+on)?|to|through|till|until|into|[-–—])\s*$/i;

/** "Saturday night into Sunday", "the night of Saturday to Sunday": one night, dated as before by its first day. */
function overnight(text: string, d: DateMention): boolean {
  return /\b(?:night|evening)$/i.test(d.text) || /\b(?:night\s+of|overnight)\s+$/i.test(text.slice(Math.max(0, d.start - 12), d.start));
}

/** The days of a night told right after "overnight": "from Tuesday into Wednesday", "on Saturday", "into Sunday" (its eve). */
const NIGHT_DAYS_AFTER = /^\s+(?:from\s+|on\s+|into\s+|between\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/**
 * "on Monday and Tuesday", "between Friday and Sunday", "from 2 to 6 October": two days told as the
 * span of one happening are a range (ACLED: time_precision 2, the middle day coded), not its first day.
 */
function joinRanges(text: string, ds: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of ds) {
    const prev = out[out.length - 1];
    if (prev && d.precision === 1 && prev.from <= prev.to && RANGE_JOIN.test(text.slice(prev.end, d.start)) && !/^(?:since|until|by)\b/i.test(prev.text)) {
      // "overnight from Tuesday into Wednesday": one night, dated by its first day (precision 1).
      if (overnight(text, prev)) {
        if (/^from\s/i.test(prev.text) && /^\s*into\s*$/i.test(text.slice(prev.end, d.start))) {
          const first = utc(d.to) - DAY;
          out[out.length - 1] = { ...mention(prev.start, text.slice(prev.start, d.end), first, first, 1), to: d.to };
          continue;
        }
        out.push(d);
        continue;
      }
      let a = utc(prev.from);
      const b = utc(d.to);
      // "from Sunday to Tuesday" read in a Monday paper: the first day is the week before.
      if (b < a && /^(?:on\s+|from\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day/i.test(prev.text)) a -= 7 * DAY;
      if (b > a && b - a <= 31 * DAY) {
        out[out.length - 1] = span(prev.start, text.slice(prev.start, d.end), a, b);
        continue;
      }
    }
    // "overnight into Sunday": the night is dated by its first day, Saturday.
    if (d.precision === 1 && d.from === d.to && /\bovernight\s+into\s+$/i.test(text.slice(Math.max(0, d.start - 16), d.start))) {
      const first = utc(d.from) - DAY;
      out.push({ ...mention(d.start, d.text, first, first, 1), to: d.to });
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * A month or a part of it ("mid-September", "the end of August", "the first week of October"). A part told loosely
 * (early, mid, late, the start or end) keeps the month's precision, 3, with its days as the range; a week of it is
 * a span of days (precision 2). Days after the report are kept (a plan, which the caller judges), else capped at it.
 */
function monthPart(year: number, month: number, part: string, ordinal: string | undefined, unit: string | undefined, ref: number): [number, number, 1 | 2 | 3] {
  let [a, b] = monthRange(year, month);
  const last = new Date(b).getUTCDate();
  let precision: 2 | 3 = 3;
  if (part === "early" || part === "start" || part === "beginning") b = a + 9 * DAY;
  else if (part === "mid" || part === "middle") [a, b] = [a + 10 * DAY, a + 19 * DAY];
  else if (part === "late" || part === "end") a = a + 20 * DAY;
  else if (unit) {
    const first = ordinal === "first";
    const final = ordinal === "last" || ordinal === "final";
    const n = final ? 0 : ({ first: 0, second: 1, third: 2, fourth: 3 } as Record<string, number>)[ordinal!] ?? 0;
    const len = unit === "half" ? Math.ceil(last / 2) : unit === "fortnight" ? 14 : 7;
    if (unit === "days") {
      if (first) b = a + 9 * DAY;
      else a = a + 20 * DAY;
    } else if (final) a = b - (len - 1) * DAY;
    else if (n * len < last) [a, b] = [a + n * len * DAY, Math.min(b, a + (n * len + len - 1) * DAY)];
    if (unit === "week") precision = 2;
  }
  return [a, a > ref ? b : Math.min(b, ref), precision];
}

/** The last day on or before `ref` that falls on `month`/`day` (a day of the year told by name: "on New Year's Eve"). */
function lastDayOfYear(ref: number, month: number, day: number): number {
  const y = new Date(ref).getUTCFullYear();
  const t = Date.UTC(y, month, day);
  return t <= ref ? t : Date.UTC(y - 1, month, day);
}

const HOLIDAYS: Record<string, [number, number]> = { "new year's eve": [11, 31], "new year's day": [0, 1], "christmas eve": [11, 24], "christmas day": [11, 25] };

function resolveRelative(t: string, ref: number): [number, number, 1 | 2 | 3] | undefined {
  const refDay = new Date(ref).getUTCDay();
  const mondayThisWeek = ref - ((refDay + 6) % 7) * DAY;
  if (t === "last week" || t === "past week") return [mondayThisWeek - 7 * DAY, mondayThisWeek - DAY, 2];
  if (t === "this week" || t === "earlier this week") return [mondayThisWeek, ref, 2];
  if (t === "last weekend" || t.endsWith(" the weekend")) {
    const sat = lastWeekday(ref - DAY, 6);
    return [sat, sat + DAY, 2];
  }
  if (t === "last month") {
    const d = new Date(ref);
    const [a, b] = monthRange(d.getUTCFullYear(), d.getUTCMonth() - 1);
    return [a, b, 3];
  }
  if (t === "last year") {
    const y = new Date(ref).getUTCFullYear() - 1;
    return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31), 3];
  }
  if (t === "earlier this month" || t === "this month") {
    const d = new Date(ref);
    return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), ref, 3];
  }
  const holiday = HOLIDAYS[t.replace(/^on\s+/, "").replace("’", "'")];
  if (holiday) {
    const h = lastDayOfYear(ref, holiday[0], holiday[1]);
    return [h, h, 1];
  }
  if (/^(?:the\s+)?day\s+before\s+yesterday$/.test(t)) return [ref - 2 * DAY, ref - 2 * DAY, 1];
  if (t === "a few days ago") return [ref - 4 * DAY, ref - 2 * DAY, 2];
  if (t === "yesterday" || t === "last night" || t === "the previous day" || t === "the day before") return [ref - DAY, ref - DAY, 1];
  if (t === "today" || t === "this morning" || t === "tonight" || t === "hours earlier") return [ref, ref, 1];
  if (t === "overnight") return [ref - DAY, ref, 1];
  let m = /^(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (day|week|month|year)s? ago$/.exec(t);
  if (m) {
    const n = numberWord(m[1]!) ?? Number(m[1]);
    const d = new Date(ref);
    if (m[2] === "day") return [ref - n * DAY, ref - n * DAY, 1];
    // "a week ago" counts back to a day; "three weeks ago" to a week, its middle day coded.
    if (m[2] === "week" && n === 1) return [ref - 7 * DAY, ref - 7 * DAY, 1];
    if (m[2] === "week") return [ref - (n * 7 + 3) * DAY, ref - (n * 7 - 3) * DAY, 2];
    if (m[2] === "month") {
      const [a, b] = monthRange(d.getUTCFullYear(), d.getUTCMonth() - n);
      return [a, b, 3];
    }
    const [a] = monthRange(d.getUTCFullYear() - n, 0);
    return [a, Date.UTC(d.getUTCFullYear() - n, 11, 31), 3];
  }
  m = /^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week)s? (earlier|before)$/.exec(t);
  if (m) {
    const n = (numberWord(m[1]!) ?? Number(m[1])) * (m[2] === "week" ? 7 : 1);
    return [ref - n * DAY, ref - n * DAY, m[2] === "week" ? 2 : 1];
  }
  m = /^last (\w+)$/.exec(t);
  if (m && MONTHS.includes(m[1]!)) {
    const d = new Date(ref);
    const month = MONTHS.indexOf(m[1]!);
    let year = d.getUTCFullYear();
    if (month >= d.getUTCMonth()) year--;
    const [a, b] = monthRange(year, month);
    return [a, b, 3];
  }
  m = MONTH_PART_RE.exec(t);
  if (m) {
    const d = new Date(ref);
    const month = MONTHS.indexOf(m[6]!);
    let year = m[7] ? Number(m[7]) : d.getUTCFullYear() - (m[8] ? 1 : 0);
    if (!m[7] && !m[8] && month > d.getUTCMonth()) year--;
    return monthPart(year, month, m[1] ?? m[2] ?? m[3] ?? "", m[4], m[5], ref);
  }
  m = /^((?:in\s+)?(?:early|earlier|late|later|mid-?)\s*|(?:at|towards?)\s+the\s+(?:start|beginning|end|middle)\s+of\s+)(last|this) month$/.exec(t);
  if (m) {
    const d = new Date(ref);
    const part = /start|beginning|early|earlier/.test(m[1]!) ? "early" : /end|late|later/.test(m[1]!) ? "late" : "mid";
    return monthPart(d.getUTCFullYear(), d.getUTCMonth() - (m[2] === "last" ? 1 : 0), part, undefined, undefined, ref);
  }
  m = /((?:19|20)\d\d)/.exec(t);
  if (m) {
    const y = Number(m[1]);
    return [Date.UTC(y, 0, 1), Math.min(Date.UTC(y, 11, 31), ref), 3];
  }
  return undefined;
}

/** Days from `date` back to `published` (positive when the date is earlier). */
export function daysBefore(date: string, published: string): number {
  return Math.round((utc(published) - utc(date)) / DAY);
}

/** The week up to publication, a range of days (precision 2, its middle day coded, as ACLED does), for a lead that
 *  tells the news with no day of its own; `start` is where it is told. */
export function weekUpTo(published: string, start: number): DateMention {
  return mention(start, "", utc(published) - 6 * DAY, utc(published), 2);
}

/** The same kind of mention moved by `days` ("the following day" after "on Friday"), spanning `start`..`end`. */
export function shiftedDay(d: DateMention, days: number, start: number, text: string): DateMention {
  const t = utc(d.from) + days * DAY;
  return mention(start, text, t, t, 1);
}

/** The days from `back` days before `d` up to `to` days before it ("for a second night" told on Wednesday: Monday and
 *  Tuesday), as one happening's span: ACLED time_precision 2 when it holds more than one day. */
export function daysUpTo(d: DateMention, back: number, to: number, start: number, text: string): DateMention {
  const end = utc(d.from) - to * DAY;
  const from = utc(d.from) - back * DAY;
  return mention(start, text, from, end, from === end ? 1 : 2);
}
