// Storage bench (issue 8), both backends side by side:
//  - article ingest rate through Store.putArticle (one transaction per article);
//  - bulk event load (Store.putEvents in batches) and the control timeline at the same scale;
//  - query latency at that scale: the as-of control query (who holds what on a date), one place's
//    timeline, and a filtered event page (country + dates, 100 rows).
// Default 1,000,000 events as the issue asks (about 105 s for both backends on 2 cores; set
// BENCH_STORAGE_EVENTS=100000 for a quick run). The control timeline gets one place per 10 events,
// 5 periods each; the as-of query returns one row per place in force, so it grows with places.
// Run: node --import tsx bench/storage.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Event } from "../src/event.js";
import type { Article } from "../src/types.js";
import type { Store } from "../src/store/store.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { PostgresStore } from "../src/store/postgres.js";
import { freshSchema, pgUnavailable } from "../src/store/pg-testing.js";
import { readInputs } from "../src/ingest/index.js";
import { syntheticJsonl } from "../src/worker/synthetic.js";

const COUNTRIES: [string, string, number, number][] = [["Syria", "SY", 35, 38], ["Ukraine", "UA", 48, 35], ["Sudan", "SD", 15, 30], ["Myanmar", "MM", 20, 96], ["Iraq", "IQ", 33, 44]];

function syntheticEvent(i: number): Event {
  const [country, cc, lat, lon] = COUNTRIES[i % COUNTRIES.length]!;
  const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
  return {
    event_id_cnty: `${cc}-b${i.toString(36).padStart(8, "0")}`, event_date: day, year: Number(day.slice(0, 4)), time_precision: 1,
    disorder_type: "Political violence", event_type: "Battles", sub_event_type: i % 7 === 0 ? "Non-state actor overtakes territory" : "Armed clash",
    actor1: `Armed group ${i % 40}`, assoc_actor_1: "", inter1: 2, actor2: `Armed group ${(i + 7) % 40}`, assoc_actor_2: "", inter2: 2, interaction: 22,
    civilian_targeting: "", iso: 760, region: "Middle East", country, admin1: "", admin2: "", admin3: "", location: `Place ${i % 20000}`,
    latitude: lat + ((i * 7919) % 1000) / 250, longitude: lon + ((i * 104729) % 1000) / 250, geo_precision: 1, source: "Bench Wire",
    source_scale: "National", notes: "Generated for the storage benchmark.", fatalities: i % 5, tags: "", timestamp: 0, claims: [],
    modality: "reported", verification: "reported", evidence: [], articles: [`bench-${i}`], country_code: cc,
  };
}

/** Control periods: `places` places, each changing hands `per` times over the years. */
async function loadPeriods(store: Store, places: number, per: number): Promise<void> {
  const rows: unknown[][] = [];
  for (let p = 0; p < places; p++) {
    const [country, cc, lat, lon] = COUNTRIES[p % COUNTRIES.length]!;
    for (let k = 0; k < per; k++) {
      const from = k === 0 ? null : new Date(Date.UTC(2015, 0, 1) + (k * 3650 / per + (p % 50)) * 86_400_000).toISOString().slice(0, 10);
      const to = k === per - 1 ? null : new Date(Date.UTC(2015, 0, 1) + ((k + 1) * 3650 / per + (p % 50)) * 86_400_000).toISOString().slice(0, 10);
      rows.push([`${cc}|p${p}`, `Place ${p}`, country, cc, lat + (p % 100) / 50, lon + (p % 97) / 50, `Armed group ${(p + k) % 40}`, 0, from, to, "bench"]);
    }
  }
  const cols = "place_key, place, country, country_code, latitude, longitude, holder, contested, valid_from, valid_to, reason";
  if (store instanceof SqliteStore) {
    const ins = store.db.prepare(`INSERT INTO control_periods (${cols}) VALUES (${cols.split(",").map(() => "?").join(", ")})`);
    store.db.transaction(() => rows.forEach((r) => ins.run(...r)))();
  } else if (store instanceof PostgresStore) {
    for (let i = 0; i < rows.length; i += 5000) {
      const part = rows.slice(i, i + 5000);
      const col = (j: number) => part.map((r) => r[j]);
      await store.pool.query(
        `INSERT INTO control_periods (${cols}) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[],
           $7::text[], $8::int[], $9::text[], $10::text[], $11::text[])`,
        Array.from({ length: 11 }, (_, j) => col(j)),
      );
    }
    await store.pool.query("ANALYZE control_periods; ANALYZE events");
  }
}

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function measure(name: string, store: Store, articles: Article[], events: number): Promise<void> {
  let t0 = performance.now();
  for (const a of articles) await store.putArticle(a);
  const ingest = articles.length / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  for (let i = 0; i < events; i += 5000) {
    await store.putEvents(Array.from({ length: Math.min(5000, events - i) }, (_, k) => syntheticEvent(i + k)));
  }
  const load = events / ((performance.now() - t0) / 1000);
  const places = Math.max(100, Math.floor(events / 10));
  await loadPeriods(store, places, 5);
  const asOf = await median(() => store.controlPeriods({ at: "2020-06-01" }));
  const inForce = (await store.controlPeriods({ at: "2020-06-01" })).length;
  const one = await median(() => store.controlPeriods({ at: "2020-06-01", placeKey: "SY|p500" }));
  const page = await median(() => store.listEvents({ country: "Syria", since: "2019-01-01", until: "2019-12-31", limit: 100 }));
  console.log(
    `${name.padEnd(8)}: ingest ${ingest.toFixed(0)} articles/s; ${events} events loaded at ${load.toFixed(0)}/s; ` +
      `as-of control (${inForce} places in force of ${places}, ${places * 5} periods) ${asOf.toFixed(1)} ms; ` +
      `one place ${one.toFixed(2)} ms; filtered page of 100 events ${page.toFixed(1)} ms; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

export async function bench(): Promise<void> {
  const events = Number(process.env.BENCH_STORAGE_EVENTS ?? 1_000_000);
  const nArticles = Number(process.env.BENCH_STORAGE_ARTICLES ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-storage-"));
  try {
    const file = join(dir, "a.jsonl");
    writeFileSync(file, syntheticJsonl(nArticles, "store"));
    const articles: Article[] = [];
    for await (const it of readInputs([file])) if (it.article) articles.push(it.article);
    const s = new SqliteStore(join(dir, "s.db"));
    try {
      await measure("sqlite", s, articles, events);
    } finally {
      await s.close();
    }
    const why = await pgUnavailable();
    if (why) return void console.log(`postgres: skipped (${why})`);
    const schema = await freshSchema();
    const p = await PostgresStore.open(schema.url);
    try {
      await measure("postgres", p, articles, events);
    } finally {
      await p.close();
      await schema.drop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
