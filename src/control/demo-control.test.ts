// Control over the demo corpus through the real pipeline (ingest demo/, extract, fuse) into a
// temporary SQLite file, checked against demo/expected-control.json. Each check is its own test
// so the report says which places and dates pass while the extractor improves.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SqliteStore } from "../store/sqlite.js";
import { ingestPaths } from "../pipeline/ingest.js";
import { extractPending } from "../pipeline/extract.js";
import { controlAt, type ControlRecord } from "./index.js";
import { normPlace } from "../fuse/match.js";

const DEMO = fileURLToPath(new URL("../../demo/", import.meta.url));
interface Check { place: string; country: string; date: string; holder: string; because: string }
const { checks } = JSON.parse(readFileSync(join(DEMO, "expected-control.json"), "utf8")) as { checks: Check[] };

/** The gazetteer's name may carry an article the check leaves out ("Ar Rastan" for Rastan). */
const samePlace = (found: string, asked: string) => ` ${normPlace(found)} `.includes(` ${normPlace(asked)} `);

let dir = "";
let store: SqliteStore;
const cache = new Map<string, ControlRecord[]>();

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-demo-control-"));
  store = new SqliteStore(join(dir, "demo.db"));
  await ingestPaths(store, [DEMO]);
  await extractPending(store);
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("the demo checks cover at least 10 places on at least 5 dates", () => {
  assert.ok(new Set(checks.map((c) => `${c.country}:${c.place}`)).size >= 10);
  assert.ok(new Set(checks.map((c) => c.date)).size >= 5);
});

for (const c of checks) {
  test(`${c.place} (${c.country}) on ${c.date} is held by ${c.holder}`, async () => {
    if (!cache.has(c.date)) cache.set(c.date, await controlAt(store, c.date));
    const recs = cache.get(c.date)!.filter((r) => r.country_code === c.country && samePlace(r.place, c.place));
    assert.ok(recs.length, `${c.place} is not a tracked place on ${c.date} (no territory event found for it); ${c.because}`);
    const holders = recs.map((r) => (r.contested ? `contested (claimed by ${r.claimant})` : r.holder));
    assert.ok(holders.includes(c.holder), `expected ${c.holder}, found ${holders.join(" | ")}; ${c.because}`);
  });
}
