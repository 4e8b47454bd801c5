// Fusion must depend only on the set of reports, not on the order articles arrive in. The
// property test in fuse-store.test.ts shuffles generated reports; this one runs the real pipeline
// (ingest one article at a time, then extract) over the demo corpus in several seeded orders, so
// the reports real extraction produces (week-level dates, district-level places) are covered too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SqliteStore } from "../store/sqlite.js";
import { readInputs } from "../ingest/index.js";
import { extractPending } from "../pipeline/extract.js";
import { controlAt } from "../control/index.js";
import type { Article } from "../types.js";
import type { Event } from "../event.js";
import { sampleArticle, sampleEvent } from "./sample-event.js";
import { prng } from "../util/prng.js";

const DEMO = fileURLToPath(new URL("../../demo/", import.meta.url));
const DATES = ["2024-11-29", "2024-12-01", "2024-12-04", "2024-12-06", "2024-12-08", "2024-12-11"];

/** Seeded, so a failing order can be replayed. */
const rng = prng;

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function demoArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([DEMO])) if (item.article) out.push(item.article);
  return out;
}

/** Ingests `articles` one at a time in the given order, extracts, and returns what fusion made. */
async function runInOrder(articles: Article[]): Promise<{ events: string[]; control: Record<string, string[]> }> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-demo-order-"));
  const store = new SqliteStore(join(dir, "demo.db"));
  try {
    for (const a of articles) {
      await store.putArticle(a);
      // Extract right away, so each article's reports are fused against only those before it.
      await extractPending(store);
    }
    const events = (await store.listEvents({})).map(({ event: e }) =>
      [e.event_id_cnty, e.event_date, e.sub_event_type, e.location, e.actor1, e.verification, e.articles.join(",")].join(" | "),
    );
    const control: Record<string, string[]> = {};
    for (const d of DATES) {
      control[d] = (await controlAt(store, d)).map((r) =>
        [r.place_key, r.contested ? `contested:${r.claimant}` : r.holder, r.since, r.until, r.event_id].join(" | "),
      );
    }
    return { events: events.sort(), control };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the demo corpus gives the same events and control whatever order its articles arrive in", async () => {
  const articles = await demoArticles();
  assert.ok(articles.length >= 20, `demo corpus has ${articles.length} articles`);
  const natural = await runInOrder(articles);
  assert.ok(natural.events.length > 10);
  assert.ok(Object.values(natural.control).some((c) => c.length > 5));
  for (const seed of [1, 7, 2024]) {
    const other = await runInOrder(shuffled(articles, seed));
    assert.deepEqual(other.events, natural.events, `events differ for shuffle seed ${seed}`);
    assert.deepEqual(other.control, natural.control, `control differs for shuffle seed ${seed}`);
  }
});

// Generated reports where the first version of incremental fusion depended on order: vague reports
// (week-level, district- or province-level) around latitude 48, where a degree of longitude is
// under 80 km, with articles revised and withdrawn after the fact.
const SUBS = ["Armed clash", "Non-state actor overtakes territory", "Government regains territory"] as const;
function crowdedDocs(seed: number): { key: string; reports: Event[] }[] {
  const r = rng(seed);
  return Array.from({ length: 25 }, (_, i) => ({
    key: `k${i}`,
    reports: Array.from({ length: 1 + Math.floor(r() * 2) }, (_, j) => {
      const tp = r() < 0.25 ? 2 : 1;
      const gp = r() < 0.3 ? (r() < 0.5 ? 2 : 3) : 1;
      return sampleEvent({
        event_id_cnty: `UKR-${seed}-${i}-${j}`, event_date: `2024-12-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}`,
        time_precision: tp, geo_precision: gp, sub_event_type: SUBS[Math.floor(r() * 3)]!, actor1: ["A", "B", ""][Math.floor(r() * 3)]!,
        country: "Ukraine", country_code: "UA", location: `P${Math.floor(r() * 6)}`, latitude: 48 + r() * 1.5, longitude: 36 + r() * 2.5,
        source: `o${i}`, claims: [{ source: `o${i}`, stance: "asserts", kind: "outlet" }],
      });
    }),
  }));
}

/** Every article in `order`, then (in `later` order) some revised to their first report and some withdrawn. */
async function runGenerated(order: { key: string; reports: Event[] }[], later: { key: string; reports: Event[] }[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-gen-order-"));
  const store = new SqliteStore(join(dir, "g.db"));
  const put = async (key: string, text: string, reports: Event[]) => {
    const p = await store.putArticle(sampleArticle(key, text, { outlet: `o${key}`, published: "2024-12-13" }));
    await store.saveExtraction(p.id, reports.map((e) => ({ ...e, articles: [key] })));
  };
  try {
    for (const d of order) await put(d.key, `first ${d.key}`, d.reports);
    for (const d of later) {
      const i = Number(d.key.slice(1));
      if (i % 7 === 3) await store.withdrawArticle(d.key);
      else if (i % 5 === 0) await put(d.key, `revised ${d.key}`, d.reports.slice(0, 1));
    }
    return (await store.listEvents({})).map(({ event: e }) => `${e.event_id_cnty} | ${e.sub_event_type} | ${e.articles.join(",")}`).sort();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("vague reports at high latitude, revised and withdrawn articles: same events in any order", async () => {
  for (const seed of [4, 9]) {
    const docs = crowdedDocs(seed);
    const natural = await runGenerated(docs, docs);
    assert.ok(natural.length > 5);
    for (const s of [1, 2, 3]) {
      assert.deepEqual(await runGenerated(shuffled(docs, seed * 100 + s), shuffled(docs, seed * 100 + s + 50)), natural, `seed ${seed}, order ${s}`);
    }
  }
});
