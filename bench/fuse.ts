// Fusion bench: fuses N generated reports (seeded; 2 years, 5,000 places, 1-4 reports per
// happening, ~10% territory events) through the SQLite store, then times a control as-of query.
// Baseline in the same run: naive all-pairs sameEvent clustering on a 2,000-report subset.
// Run: node --import tsx bench/fuse.ts   (BENCH_FUSE_N=20000 for a quicker run)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Event, SubEventType } from "../src/event.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { sampleArticle, sampleEvent } from "../src/fuse/sample-event.js";
import { sameEvent, type FuseReport } from "../src/fuse/match.js";
import { controlAt } from "../src/control/index.js";

import { prng as mulberry32 } from "../src/util/prng.js";

const PLACES = 5000;
const DAYS = 730;
const SUBS: SubEventType[] = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Peaceful protest", "Arrests"];
const ACTORS = ["Military Forces of Syria (2000-2024)", "Hayat Tahrir al-Sham", "Syrian National Army", "Syrian Democratic Forces", "Islamic State (Syria)"];

interface Doc { key: string; outlet: string; text: string; event: Event }

export function generate(n: number, seed = 1): Doc[] {
  const rnd = mulberry32(seed);
  const places = Array.from({ length: PLACES }, (_, i) => ({ name: `Place ${i}`, lat: 32.5 + rnd() * 4.5, lon: 36 + rnd() * 5.5 }));
  const docs: Doc[] = [];
  let h = 0;
  while (docs.length < n) {
    h++;
    const place = places[Math.floor(rnd() * PLACES)]!;
    const date = new Date(Date.parse("2023-01-01T00:00:00Z") + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const territory = rnd() < 0.1;
    const sub: SubEventType = territory ? "Non-state actor overtakes territory" : SUBS[Math.floor(rnd() * SUBS.length)]!;
    const a1 = ACTORS[1 + Math.floor(rnd() * (ACTORS.length - 1))]!;
    const a2 = ACTORS[0]!;
    const copies = 1 + Math.floor(rnd() * 4);
    for (let c = 0; c < copies && docs.length < n; c++) {
      const key = `bench-${h}-${c}`;
      const outlet = `Outlet ${Math.floor(rnd() * 40)}`;
      docs.push({
        key,
        outlet,
        text: `${outlet} reports ${sub} at ${place.name} on ${date} involving ${a1} (happening ${h}, copy ${c}, ${Math.floor(rnd() * 1e9)}).`,
        event: sampleEvent({
          event_id_cnty: `B${h.toString(36)}-${c}`, event_date: date, sub_event_type: sub, actor1: a1, actor2: a2, inter1: 2, inter2: 1,
          country: "Syria", country_code: "SY", iso: 760, location: place.name, latitude: place.lat, longitude: place.lon,
          source: outlet, fatalities: Math.floor(rnd() * 10), articles: [key],
          claims: [{ source: outlet, stance: "asserts", kind: "outlet" }],
        }),
      });
    }
  }
  return docs;
}

export async function bench(): Promise<void> {
  const n = Number(process.env.BENCH_FUSE_N ?? 100_000);
  const docs = generate(n);
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-fuse-"));
  const store = new SqliteStore(join(dir, "bench.db"));
  try {
    const t0 = performance.now();
    for (const d of docs) {
      const a = await store.putArticle(sampleArticle(d.key, d.text, { outlet: d.outlet }));
      await store.saveExtraction(a.id, [d.event]);
    }
    const secs = (performance.now() - t0) / 1000;
    const s = await store.status();
    console.log(`fuse: ${n} reports -> ${s.events} events in ${secs.toFixed(1)} s (${Math.round(n / secs)} reports/s, ingest + fuse, one transaction per article)`);

    const dates = ["2023-06-01", "2023-12-31", "2024-06-15", "2024-12-31"];
    await controlAt(store, dates[0]!); // warm the statement cache
    const times: number[] = [];
    let places = 0;
    for (const d of dates) {
      const q0 = performance.now();
      places = (await controlAt(store, d)).length;
      times.push(performance.now() - q0);
    }
    console.log(`control as-of: ${places} places on ${dates.at(-1)}, median ${times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1)} ms over ${dates.length} dates (target < 50 ms)`);

    // Naive baseline: all-pairs comparison and union on a subset (what fusion avoids with its index).
    const sub = docs.slice(0, 2000).map((d): FuseReport => ({ rid: d.event.event_id_cnty, articleKey: d.key, event: d.event }));
    const b0 = performance.now();
    let matches = 0;
    for (let i = 0; i < sub.length; i++) for (let j = i + 1; j < sub.length; j++) if (sameEvent(sub[i]!, sub[j]!)) matches++;
    const bms = performance.now() - b0;
    const pairs = (sub.length * (sub.length - 1)) / 2;
    const projected = (bms / pairs) * ((n * (n - 1)) / 2) / 1000;
    console.log(`naive all-pairs: ${sub.length} reports, ${pairs} pairs, ${matches} matches in ${bms.toFixed(0)} ms; projected for ${n}: ${projected.toFixed(0)} s (one full pass, not incremental)`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bench();
