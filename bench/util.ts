// Shared bench helpers: a seeded PRNG (so every run measures the same corpus), percentiles,
// per-item timing, RSS, and the generated wire-copy corpus the ingest and extract benches share.

export { prng } from "../src/util/prng.js";
import { prng } from "../src/util/prng.js";

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const between = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** The p-th percentile (0..100) of an ascending-sorted array: nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const rssMb = (): string => (process.memoryUsage().rss / 1e6).toFixed(0);

/**
 * Process CPU time (user + system, all threads) since the call, in ms. Wall-clock rates swing when
 * the machine is shared; CPU time says what the work costs. It includes GC and SQLite helper
 * threads, so it can exceed wall time.
 */
export function cpuClock(): () => number {
  const start = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
}

export interface Timing {
  /** Items per second of wall time over the whole loop (per-item timer included). */
  perSec: number;
  /** Items per second of process CPU time, when measured. */
  perCpuSec?: number;
  totalMs: number;
  p50Ms: number;
  p99Ms: number;
  /** The per-item durations (ms) and the CPU time, for merging rounds. */
  times?: number[];
  cpuMs?: number;
}

/** Summarises per-item durations (ms), the loop's wall time and, if given, its CPU time. */
export function summarize(times: number[], totalMs: number, cpuMs?: number): Timing {
  const s = [...times].sort((a, b) => a - b);
  return {
    perSec: (times.length / totalMs) * 1000,
    perCpuSec: cpuMs ? (times.length / cpuMs) * 1000 : undefined,
    totalMs,
    p50Ms: percentile(s, 50),
    p99Ms: percentile(s, 99),
    times,
    cpuMs,
  };
}

/** Runs fn over every input with a timer around each call, after `warm` untimed calls. */
export function timeEach<T>(inputs: readonly T[], fn: (x: T, i: number) => unknown, warm = 0): Timing {
  for (let i = 0; i < Math.min(warm, inputs.length); i++) fn(inputs[i]!, i);
  const times = new Array<number>(inputs.length);
  const cpu = cpuClock();
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) {
    const a = performance.now();
    fn(inputs[i]!, i);
    times[i] = performance.now() - a;
  }
  return summarize(times, performance.now() - t0, cpu());
}

const us = (ms: number) => (ms * 1000).toFixed(0);

/** One aligned result line: label, wall rate, rate per CPU-second, p50/p99 in µs, and a note. */
export function line(label: string, t: Timing, unit = "articles/s", note = ""): string {
  const cpu = t.perCpuSec ? `(${t.perCpuSec.toFixed(0)}/cpu-s)`.padStart(14) : "".padStart(14);
  return `${label.padEnd(44)} ${t.perSec.toFixed(0).padStart(7)} ${unit} ${cpu}   p50 ${us(t.p50Ms).padStart(6)} µs   p99 ${us(t.p99Ms).padStart(7)} µs${note ? `   ${note}` : ""}`;
}

/** Fisher-Yates, in place, with the given PRNG. */
export function shuffle<T>(r: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

// ---------------------------------------------------------------------------------------------
// Generated wire copy. Templates written for the benchmark: a dateline, an event lead with a
// place, a weekday and a figure, attributions to named sources, a denial now and then, and
// non-event paragraphs (background, forecasts, humanitarian context) the extractor must read
// past. Names are public actors, places and monitors of several conflicts.

interface Theatre {
  country: string;
  places: string[];
  /** State forces as reporters write them. */
  state: string;
  rebels: string[];
  monitors: string[];
  officials: string[];
}

const THEATRES: Theatre[] = [
  {
    country: "Syria", places: ["Aleppo", "Hama", "Homs", "Idlib", "Saraqib", "Maarat al-Numan", "Deir ez-Zor"],
    state: "Syrian government forces", rebels: ["Hayat Tahrir al-Sham", "Syrian National Army fighters", "Islamic State militants"],
    monitors: ["the Syrian Observatory for Human Rights", "the White Helmets"], officials: ["the Syrian Defense Ministry", "state news agency SANA"],
  },
  {
    country: "Sudan", places: ["El Fasher", "Omdurman", "Khartoum", "Wad Madani", "Nyala", "El Obeid"],
    state: "the Sudanese army", rebels: ["the Rapid Support Forces", "RSF fighters"],
    monitors: ["the Sudan Doctors Network", "local emergency response rooms"], officials: ["the Sudanese Health Ministry", "an army spokesman"],
  },
  {
    country: "Democratic Republic of Congo", places: ["Goma", "Sake", "Rutshuru", "Bunia", "Beni", "Masisi"],
    state: "Congolese troops", rebels: ["M23 rebels", "ADF militants", "CODECO fighters"],
    monitors: ["the UN peacekeeping mission MONUSCO", "the Kivu Security Tracker"], officials: ["the provincial governor", "an army spokesman"],
  },
  {
    country: "Mali", places: ["Kidal", "Gao", "Timbuktu", "Mopti", "Menaka", "Djenne"],
    state: "Malian soldiers", rebels: ["JNIM militants", "Tuareg separatist fighters", "Islamic State Sahel fighters"],
    monitors: ["local officials", "a humanitarian source"], officials: ["the Malian army", "the transitional government"],
  },
  {
    country: "Somalia", places: ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Jowhar", "Afgooye"],
    state: "Somali troops", rebels: ["al-Shabaab militants", "al-Shabaab fighters"],
    monitors: ["a local elder", "hospital officials"], officials: ["the Somali Information Ministry", "a regional governor"],
  },
  {
    country: "Myanmar", places: ["Sittwe", "Lashio", "Myawaddy", "Mandalay", "Kyaukphyu", "Hpakant"],
    state: "the Myanmar military", rebels: ["the Arakan Army", "People's Defence Force fighters", "the Kachin Independence Army"],
    monitors: ["residents", "a local rescue group"], officials: ["the junta's information team", "state media"],
  },
];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUM_WORDS = ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "17", "21", "dozens of", "more than 30"];
const OUTLETS = ["Example Wire", "Bench Press Agency", "Northern Dispatch", "Field Report Service", "Meridian News"];

type Slots = { s: string; r: string; p: string; q: string; d: string; n: string; m: string; o: string; c: string; w: string };
const fill = (t: string, v: Slots) => t.replace(/\{(\w)\}/g, (_, k: keyof Slots) => v[k]);

// {s} state force, {r} rebel group, {p}/{q} places, {d} weekday, {n} figure, {m} monitor, {o} official, {c} country, {w} outlet
const LEADS = [
  "{r} attacked {s} positions on the outskirts of {p} on {d}, killing at least {n} soldiers, {m} said.",
  "Shelling by {s} hit a crowded market in {p} on {d}, killing {n} civilians and wounding dozens more, {m} said.",
  "A drone strike on a convoy near {p} killed {n} people on {d}, according to {m}.",
  "{r} seized control of {p} on {d} after {s} withdrew overnight, residents and {m} said.",
  "Fighting between {s} and {r} around {p} left {n} dead on {d}, {o} said in a statement.",
  "Gunmen believed to belong to {r} abducted {n} villagers from a farm near {p} on {d}, {m} said.",
  "Hundreds of protesters marched through central {p} on {d} to demand an end to the fighting, and police fired tear gas to disperse them, witnesses said.",
  "An improvised explosive device struck a military vehicle on the road between {p} and {q} on {d}, killing {n} soldiers, {o} said.",
];
const FOLLOWS = [
  "{o} said its forces had repelled the assault and inflicted heavy losses on the attackers.",
  "{r} said in a statement on social media that its fighters had taken several positions near {q}.",
  "{o} denied that any civilians had been harmed in the operation.",
  "{w} could not independently verify the casualty figures.",
  "Residents reached by telephone described hours of heavy gunfire and explosions before dawn.",
  "A medical worker at the main hospital in {p} said {n} wounded people had been admitted by {d} evening.",
  "{m} said the dead included women and children who had been sheltering in a school.",
  "Witnesses said fighters went from house to house looking for young men after the attack.",
];
const CONTEXT = [
  "The conflict in {c} has killed tens of thousands of people since it began and forced millions from their homes.",
  "Aid agencies have warned for months that food stocks in the region around {p} are running out, and fuel for hospital generators is scarce.",
  "Analysts said the fighting could spread to {q} in the coming weeks if talks between the two sides do not resume.",
  "Roads out of {p} have been cut repeatedly, and the price of flour has more than doubled since the start of the year.",
  "Previous rounds of negotiations mediated by regional governments collapsed without an agreement on a ceasefire.",
  "The United Nations has appealed for more funding for its humanitarian operations in {c}, which remain badly underfunded.",
  "Diplomats said a ceasefire would only hold if both sides agreed to withdraw heavy weapons from populated areas.",
  "Many families who fled earlier fighting around {q} are living in schools and mosques with little access to clean water.",
  "Telecommunications in parts of {c} have been disrupted for weeks, making it hard to confirm reports from the front lines.",
  "Officials in neighbouring countries said they were preparing for a new wave of refugees if the violence continues.",
  "\"We heard the first explosions just after the morning prayer, and then the shooting did not stop until noon,\" said a teacher who asked not to be named for fear of reprisals.",
  "Schools in {p} have been closed since the start of the month, and most shops open for only a few hours a day.",
  "The government has accused foreign backers of arming {r}, a charge the group's supporters reject.",
  "A spokesperson for the World Food Programme said trucks carrying food for about 40,000 people were waiting at a checkpoint outside {q}.",
  "In 2019, a similar offensive around {q} displaced more than 200,000 people in a few weeks, according to United Nations figures at the time.",
  "Human rights groups have called for an independent investigation into attacks on hospitals and markets across {c}.",
];
const SECOND_EVENTS = [
  "Separately, an air strike on {q} on {d} destroyed several houses and killed {n} people, {m} said.",
  "In a separate incident, {r} ambushed a patrol near {q}, and {o} said {n} soldiers were killed.",
  "Police in {q} arrested {n} people accused of supporting {r}, {o} said on {d}.",
];

/** One generated report: ~`targetWords` words of wire copy, with its outlet and publication date. */
export interface WireReport {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

export function makeWireReport(r: () => number, i: number, targetWords = 500): WireReport {
  const t = pick(r, THEATRES);
  const p = pick(r, t.places);
  let q = pick(r, t.places);
  if (q === p) q = t.places[(t.places.indexOf(p) + 1) % t.places.length]!;
  const outlet = pick(r, OUTLETS);
  const v = (): Slots => ({
    s: t.state, r: pick(r, t.rebels), p, q, d: pick(r, WEEKDAYS), n: pick(r, NUM_WORDS),
    m: pick(r, t.monitors), o: pick(r, t.officials), c: t.country, w: outlet,
  });
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const day = 1 + Math.floor(r() * 28);
  const published = `2024-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const paras: string[] = [`${p.toUpperCase()}, ${t.country} (${outlet}) — ${cap(fill(pick(r, LEADS), v()))}`];
  // Follow-ups and context are dealt from shuffled decks, so a report does not repeat itself.
  const decks = new Map<string[], string[]>();
  const draw = (from: string[]) => {
    let deck = decks.get(from);
    if (!deck?.length) decks.set(from, (deck = shuffle(r, [...from])));
    return cap(fill(deck.pop()!, v()));
  };
  paras.push(`${draw(FOLLOWS)} ${draw(FOLLOWS)}`);
  if (r() < 0.5) paras.push(cap(fill(pick(r, SECOND_EVENTS), v())));
  let words = paras.reduce((n, s) => n + wordCount(s), 0);
  while (words < targetWords) {
    const para = r() < 0.7 ? `${draw(CONTEXT)} ${draw(CONTEXT)}` : draw(FOLLOWS);
    paras.push(para);
    words += wordCount(para);
  }
  return { id: `bench-${i}`, outlet, published, title: `Fighting near ${p}`, text: paras.join("\n\n") + "\n" };
}

/** The same report as an HTML page with site chrome around the article, as a newsroom serves it. */
export function wireReportHtml(w: WireReport): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = w.text.trim().split("\n\n").map((p) => `<p>${esc(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><title>${esc(w.title)} | ${esc(w.outlet)}</title>
<meta property="og:site_name" content="${esc(w.outlet)}"><meta property="article:published_time" content="${w.published}T09:30:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>${esc(w.title)}</h1><p class="byline">By Staff Reporter</p>${body}
<figure><img src="photo.jpg"><figcaption>Smoke rises after shelling on Monday. <span class="credit">Photo: Field Photographer</span></figcaption></figure>
<div class="share">Share on Facebook Share on X Email</div>
</article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Earlier clashes in the region</a></li><li><a href="/b">Aid convoy reaches the city</a></li></ul></aside></main>
<footer><p>Sign up for our newsletter.</p><p>© 2024 ${esc(w.outlet)}. All rights reserved.</p></footer></body></html>`;
}
