// Geocoder benchmark: gazetteer load time, warm lookups/s with p50/p99, RSS, and a naive
// linear-scan baseline over the same gazetteer. Seeded, so runs are comparable.
//   node --import tsx bench/geocode.ts
import { fileURLToPath } from "node:url";
import { gazetteer } from "../src/geo/gazetteer.js";
import { fold } from "../src/geo/fold.js";
import { resolvePlace, findPlaces, reverseGeocode } from "../src/geo/index.js";
import { loadGold } from "../eval/geocode/run.js";

import { prng as rng } from "../src/util/prng.js";

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const mb = () => (process.memoryUsage().rss / 1e6).toFixed(0);

export async function bench(): Promise<void> {
  const t0 = performance.now();
  const g = gazetteer();
  const loadWall = performance.now() - t0;
  console.log(`geocode bench: gazetteer ${g.rows.length} entries, ${g.exact.size} names; load ${loadWall.toFixed(0)} ms; RSS ${mb()} MB`);

  const rand = rng(42);
  const names: string[] = [];
  for (let i = 0; i < 20000; i++) {
    const r = g.rows[Math.floor(rand() * g.rows.length)]!;
    // Mix canonical names, aliases and diacritic-free spellings, as news text would.
    const alias = r.aliases.length && rand() < 0.3 ? r.aliases[Math.floor(rand() * r.aliases.length)]! : r.name;
    names.push(rand() < 0.3 ? fold(alias) : alias);
  }
  for (let i = 0; i < 2000; i++) names.push(names[i]!); // warm-up repeats

  // Warm-up
  for (let i = 0; i < 2000; i++) resolvePlace(names[i]!);
  const lat: number[] = [];
  const tStart = performance.now();
  let found = 0;
  for (const n of names) {
    const a = performance.now();
    if (resolvePlace(n)) found++;
    lat.push(performance.now() - a);
  }
  const total = performance.now() - tStart;
  lat.sort((a, b) => a - b);
  console.log(`resolvePlace (no context): ${names.length} lookups, ${(names.length / (total / 1000)).toFixed(0)} lookups/s, p50 ${(pct(lat, 50) * 1000).toFixed(1)} µs, p99 ${(pct(lat, 99) * 1000).toFixed(1)} µs, found ${((100 * found) / names.length).toFixed(1)}%`);

  // With article context (the extraction stage's call): eval sentences, cached per text after first use.
  const gold = loadGold();
  const lat2: number[] = [];
  const t2 = performance.now();
  for (let rep = 0; rep < 20; rep++) for (const x of gold) {
    const a = performance.now();
    resolvePlace(x.name, { text: x.context });
    lat2.push(performance.now() - a);
  }
  const total2 = performance.now() - t2;
  lat2.sort((a, b) => a - b);
  console.log(`resolvePlace (with text context): ${lat2.length} lookups, ${(lat2.length / (total2 / 1000)).toFixed(0)} lookups/s, p50 ${(pct(lat2, 50) * 1000).toFixed(1)} µs, p99 ${(pct(lat2, 99) * 1000).toFixed(1)} µs`);

  // Bulk throughput without a timer per call.
  const t2b = performance.now();
  for (let rep = 0; rep < 3; rep++) for (const n of names) resolvePlace(n);
  console.log(`resolvePlace bulk (no per-call timer): ${((3 * names.length) / ((performance.now() - t2b) / 1000)).toFixed(0)} lookups/s; RSS ${mb()} MB (gazetteer + lookups)`);

  const contexts = [...new Set(gold.map((x) => x.context))];
  const t3 = performance.now();
  let chars = 0, ms = 0;
  for (let rep = 0; rep < 5; rep++) for (const c of contexts) { ms += findPlaces(c).length; chars += c.length; }
  const total3 = performance.now() - t3;
  console.log(`findPlaces: ${(chars / 1000 / (total3 / 1000)).toFixed(0)} kchars/s (${ms} mentions)`);

  const t4 = performance.now();
  reverseGeocode(35.14, 36.75);
  const rvLoad = performance.now() - t4;
  const t5 = performance.now();
  for (let i = 0; i < 2000; i++) reverseGeocode(-40 + rand() * 100, -120 + rand() * 240);
  console.log(`reverseGeocode: first call (polygons + kd-tree) ${rvLoad.toFixed(0)} ms, then ${(2000 / ((performance.now() - t5) / 1000)).toFixed(0)} points/s`);

  // Baseline: naive linear scan over the same (pre-folded) names, 1,000 lookups.
  const folded = g.rows.map((r) => [fold(r.name), ...r.aliases.map(fold)]);
  const t6 = performance.now();
  let hits = 0;
  for (let i = 0; i < 1000; i++) {
    const k = fold(names[i]!);
    let best = -1;
    for (let j = 0; j < folded.length; j++) if (folded[j]!.includes(k) && (best < 0 || g.rows[j]!.pop > g.rows[best]!.pop)) best = j;
    if (best >= 0) hits++;
  }
  const total6 = performance.now() - t6;
  console.log(`baseline linear scan: 1000 lookups, ${(1000 / (total6 / 1000)).toFixed(0)} lookups/s (${hits} found)`);
  console.log(`RSS after bench (adds country polygons, kd-tree and the baseline's arrays): ${mb()} MB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bench();
