// Parse-only throughput of the ingest stage (no SQLite): 10,000 generated plain-text articles
// through parseText and 1,000 generated HTML pages through parseHtml, with a baseline of
// split-lines + sha256 measured in the same run. Run: node --import tsx bench/ingest-parse.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { parseHtml, parseText } from "../src/ingest/index.js";

import { prng } from "../src/util/prng.js";

const PLACES = ["Hama", "Aleppo", "Homs", "Idlib", "Kherson", "Goma", "El Fasher", "Kidal", "Mosul", "Sittwe", "Bakhmut", "Rafah"];
const ACTORS = ["rebel fighters", "government troops", "a militia", "police", "an armed group", "protesters", "the army", "drone operators"];
const VERBS = ["attacked", "shelled", "entered", "withdrew from", "surrounded", "marched through", "struck", "patrolled"];
const SOURCES = ["officials said", "witnesses said", "a monitoring group said", "the ministry said in a statement", "residents told reporters"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const CHROME = ["Share", "Facebook Twitter Email", "Advertisement", "Sign up for our newsletter to get the news in your inbox.", "Read more: Earlier fighting in the region", "Log in with your account", "Sending"];

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const n = 1 + Math.floor(r() * 40);
  return `${pick(ACTORS)[0]!.toUpperCase()}${pick(ACTORS).slice(1)} ${pick(VERBS)} positions near ${pick(PLACES)} on ${pick(DAYS)}, ${pick(SOURCES)}, and at least ${n} people were reported hurt by Dr. Haddad's team in the U.S.-funded clinic.`;
}

export function makeTextArticle(r: () => number): string {
  const paras: string[] = [];
  const n = 6 + Math.floor(r() * 10);
  for (let i = 0; i < n; i++) {
    const k = 1 + Math.floor(r() * 3);
    paras.push(Array.from({ length: k }, () => sentence(r)).join(" "));
    if (r() < 0.25) paras.push(CHROME[Math.floor(r() * CHROME.length)]!);
    if (r() < 0.08) paras.push(`Smoke rises over ${PLACES[Math.floor(r() * PLACES.length)]} on ${DAYS[Math.floor(r() * 7)]}.Sam Roe / AFP via Getty Images`);
  }
  return paras.join("\n\n") + "\n";
}

function makeHtmlPage(r: () => number, i: number): string {
  const body = makeTextArticle(r)
    .split("\n\n")
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><title>Report ${i}</title>
<meta property="og:site_name" content="Bench Wire"><meta property="article:published_time" content="2024-12-0${1 + (i % 9)}T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav></header>
<main><article><h1>Report ${i}</h1>${body}
<figure><img src="x.jpg"><figcaption>Fighters near the city on Monday. <span class="credit">AP Photo/Sam Roe</span></figcaption></figure>
</article><aside class="related"><ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul></aside></main>
<footer><p>© 2024 Bench Wire. All rights reserved.</p></footer></body></html>`;
}

function stats(label: string, times: number[], totalMs: number): string {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const rate = (times.length / totalMs) * 1000;
  return `${label.padEnd(34)} ${String(Math.round(rate)).padStart(8)} articles/s   p50 ${(q(0.5) * 1000).toFixed(0).padStart(5)} µs   p99 ${(q(0.99) * 1000).toFixed(0).padStart(6)} µs`;
}

function run(label: string, inputs: string[], fn: (s: string, i: number) => unknown): string {
  // Warm-up so JIT compilation is not measured.
  for (let i = 0; i < Math.min(200, inputs.length); i++) fn(inputs[i]!, i);
  const times: number[] = new Array(inputs.length);
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) {
    const a = performance.now();
    fn(inputs[i]!, i);
    times[i] = performance.now() - a;
  }
  return stats(label, times, performance.now() - t0);
}

export async function bench(): Promise<void> {
  const r = prng(20241205);
  const texts = Array.from({ length: 10_000 }, () => makeTextArticle(r));
  const pages = Array.from({ length: 1_000 }, (_, i) => makeHtmlPage(r, i));
  const avg = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  const avgHtml = Math.round(pages.reduce((n, t) => n + t.length, 0) / pages.length);
  console.log(`ingest-parse: ${texts.length} plain-text articles (avg ${avg} chars), ${pages.length} HTML pages (avg ${avgHtml} chars), one core`);
  console.log(run("baseline split+sha256 (text)", texts, (t) => createHash("sha256").update(t.split("\n").join("\n")).digest("hex")));
  console.log(run("parseText", texts, (t, i) => parseText(t, { key: `k${i}`, origin: `bench/${i}.txt`, published: "2024-12-05" })));
  console.log(run("baseline split+sha256 (html)", pages, (t) => createHash("sha256").update(t.split("\n").join("\n")).digest("hex")));
  console.log(run("parseHtml (linkedom+Readability)", pages, (t, i) => parseHtml(t, { key: `h${i}`, origin: `bench/${i}.html` })));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bench();
}
