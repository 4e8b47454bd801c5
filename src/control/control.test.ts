// The control timeline: pure rules, then through the SQLite store and the public functions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleArticle, sampleEvent } from "../fuse/sample-event.js";
import type { Event } from "../event.js";
import { SqliteStore } from "../store/sqlite.js";
import { controlAreas, controlAt, controlChanges, periodAt, timelineOf } from "./index.js";

const gov = "Military Forces of Syria (2000-2024)";
const hts = "Hayat Tahrir al-Sham";
const HAMA = { country: "Syria", country_code: "SY", iso: 760, location: "Hama", latitude: 35.1318, longitude: 36.7578 };
const ALEPPO = { country: "Syria", country_code: "SY", iso: 760, location: "Aleppo", latitude: 36.2021, longitude: 37.1343 };
const HOMS = { country: "Syria", country_code: "SY", iso: 760, location: "Homs", latitude: 34.7324, longitude: 36.7137 };

const take = (id: string, date: string, place: typeof HAMA, winner: string, loser: string, verification: Event["verification"] = "corroborated") =>
  sampleEvent({
    event_id_cnty: id, event_date: date, sub_event_type: winner === gov ? "Government regains territory" : "Non-state actor overtakes territory",
    actor1: winner, inter1: winner === gov ? 1 : 2, actor2: loser, inter2: loser === gov ? 1 : 2, ...place, verification, verification_reason: "test",
  });

test("the side that lost a place held it before; the taker holds it from the day of the capture", () => {
  const periods = timelineOf([take("E2", "2024-12-20", HAMA, gov, hts), take("E1", "2024-12-05", HAMA, hts, gov)]);
  assert.equal(periodAt(periods, "2024-12-04")?.holder, gov);
  assert.equal(periodAt(periods, "2024-12-05")?.holder, hts);
  assert.equal(periodAt(periods, "2024-12-19")?.holder, hts);
  assert.equal(periodAt(periods, "2024-12-20")?.holder, gov);
  assert.equal(periodAt(periods, "2024-12-20")?.previousHolder, hts);
});

test("a claim without independent support, or rival claims on one day, are contested, not guessed", () => {
  const claimed = timelineOf([take("E1", "2024-12-05", HAMA, hts, gov, "claimed")]);
  const p = periodAt(claimed, "2024-12-06")!;
  assert.equal(p.holder, null);
  assert.equal(p.contested, true);
  assert.equal(p.claimant, hts);
  assert.equal(periodAt(claimed, "2024-12-04")?.holder, gov);
  const rival = timelineOf([take("E1", "2024-12-05", HAMA, hts, gov), take("E2", "2024-12-05", HAMA, "Syrian National Army", gov)]);
  assert.equal(periodAt(rival, "2024-12-05")?.contested, true);
  const disputed = timelineOf([take("E1", "2024-12-05", HAMA, hts, gov, "disputed")]);
  assert.equal(periodAt(disputed, "2024-12-05")?.contested, true);
});

test("controlAt, controlChanges and controlAreas read the timeline the store keeps", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-control-"));
  const store = new SqliteStore(join(dir, "c.db"));
  try {
    const docs: [string, Event][] = [
      ["a1", take("SYR1", "2024-11-30", ALEPPO, hts, gov, "reported")],
      ["h1", take("SYR2", "2024-12-05", HAMA, hts, gov, "reported")],
      ["m1", take("SYR3", "2024-12-08", HOMS, hts, gov, "reported")],
    ];
    for (const [key, e] of docs) {
      const r = await store.putArticle(sampleArticle(key, `Report ${key} on ${e.location}.`, { outlet: `Outlet ${key}` }));
      await store.saveExtraction(r.id, [{ ...e, source: `Outlet ${key}` }]);
    }
    const at = async (d: string) => Object.fromEntries((await controlAt(store, d)).map((r) => [r.place, r.holder]));
    assert.deepEqual(await at("2024-12-04"), { Aleppo: hts, Hama: gov, Homs: gov });
    assert.deepEqual(await at("2024-12-06"), { Aleppo: hts, Hama: hts, Homs: gov });
    const changes = await controlChanges(store, "2024-12-01");
    assert.deepEqual(changes.map((c) => [c.date, c.place, c.from, c.to]), [
      ["2024-12-05", "Hama", gov, hts],
      ["2024-12-08", "Homs", gov, hts],
    ]);
    const areas = await controlAreas(store, "2024-12-06");
    assert.equal(areas.features.length, 3);
    const hama = areas.features.find((f) => f.properties.place === "Hama")!;
    assert.equal(hama.properties.holder, hts);
    assert.match(hama.geometry.type, /Polygon/);
    // Clipped to Syria: no vertex far outside the country's box.
    const coords = JSON.stringify(hama.geometry.coordinates).match(/-?\d+\.\d+/g)!.map(Number);
    assert.ok(coords.every((c) => c > 32 && c < 43), "cell stays inside Syria's bounding box");
    // Withdrawing the only Hama report puts Hama back out of the tracked places.
    assert.equal(await store.withdrawArticle("h1"), true);
    assert.deepEqual(await at("2024-12-06"), { Aleppo: hts, Homs: gov });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
