// The SQLite store: migrations, articles by content hash, revisions, events, filters and tombstones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SqliteStore } from "./sqlite.js";
import { migrationsFor } from "./migrate.js";
import { parseFilter } from "./filter-parse.js";
import type { Article } from "../types.js";
import type { Event } from "../event.js";
import { tempDir } from "../../test/helpers.js";
import { testArticle, testEvent } from "../../test/records.js";

const article = (key: string, text: string) => testArticle(key, text, { outlet: undefined });
const event = testEvent;



test("migrations are numbered files applied once, in order", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, "m.db");
    const s1 = new SqliteStore(file);
    await s1.close();
    const s2 = new SqliteStore(file); // re-opening applies nothing twice
    const rows = s2.db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as { version: number }[];
    assert.deepEqual(rows.map((r) => r.version), migrationsFor("sqlite").map((m) => m.version));
    assert.equal(s2.db.pragma("journal_mode", { simple: true }), "wal");
    await s2.close();
  } finally {
    cleanup();
  }
});

test("articles are keyed by content hash; a changed text under the same key is a new revision", async () => {
  const { dir, cleanup } = tempDir();
  const s = new SqliteStore(join(dir, "a.db"));
  try {
    assert.equal((await s.putArticle(article("k", "one"))).status, "ingested");
    assert.equal((await s.putArticle(article("k", "one"))).status, "unchanged");
    const r = await s.putArticle(article("k", "one two"));
    assert.equal(r.status, "revised");
    assert.equal(r.revision, 2);
    assert.equal((await s.getArticleByKey("k"))?.text, "one two");
    assert.equal((await s.articlesToExtract(10)).length, 1, "only the current revision waits for extraction");
  } finally {
    await s.close();
    cleanup();
  }
});

test("a new revision replaces the events of the old one; events that rested only on it become tombstones", async () => {
  const { dir, cleanup } = tempDir();
  const s = new SqliteStore(join(dir, "t.db"));
  try {
    const a1 = await s.putArticle(article("k", "v1"));
    await s.saveExtraction(a1.id, [event({ event_id_cnty: "SYR-old" })]);
    const a2 = await s.putArticle(article("k", "v2"));
    await s.saveExtraction(a2.id, [event({ event_id_cnty: "SYR-new" })]);
    const live = await s.listEvents({});
    assert.deepEqual(live.map((e) => e.event.event_id_cnty), ["SYR-new"]);
    const synced = await s.listEvents({ updatedSince: "2000-01-01T00:00:00Z" });
    const old = synced.find((e) => e.event.event_id_cnty === "SYR-old");
    assert.ok(old?.deletedAt, "the old event is kept as a tombstone for sync");
  } finally {
    await s.close();
    cleanup();
  }
});

test("filters: country by name or code, type, actor, dates, bbox, near, and SQL injection is inert", async () => {
  const { dir, cleanup } = tempDir();
  const s = new SqliteStore(join(dir, "f.db"));
  try {
    await s.putEvents([
      event({ event_id_cnty: "SYR-1" }),
      event({ event_id_cnty: "UKR-1", country: "Ukraine", country_code: "UA", event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", actor1: "Military Forces of Russia (2000-)", latitude: 50.45, longitude: 30.52, event_date: "2024-11-17" }),
    ]);
    const ids = async (raw: Record<string, string>) => (await s.listEvents(parseFilter(raw))).map((e) => e.event.event_id_cnty);
    assert.deepEqual(await ids({ country: "syria" }), ["SYR-1"]);
    assert.deepEqual(await ids({ country: "UA" }), ["UKR-1"]);
    assert.deepEqual(await ids({ type: "Air/drone strike" }), ["UKR-1"]);
    assert.deepEqual(await ids({ type: "battles" }), ["SYR-1"]);
    assert.deepEqual(await ids({ actor: "tahrir" }), ["SYR-1"]);
    assert.deepEqual(await ids({ since: "2024-12-01" }), ["SYR-1"]);
    assert.deepEqual(await ids({ until: "2024-12-01" }), ["UKR-1"]);
    assert.deepEqual(await ids({ bbox: "35,34,38,37" }), ["SYR-1"]);
    assert.deepEqual(await ids({ near: "50.4,30.5,20" }), ["UKR-1"]);
    assert.deepEqual(await ids({ near: "50.4,30.5,1" }), []);
    assert.deepEqual(await ids({ country: "x' OR '1'='1" }), []);
    assert.deepEqual(await ids({ actor: "%' OR 1=1 --" }), []);
    assert.throws(() => parseFilter({ since: "2024-13-01" }), /since: .*not a real date|since: expected/);
    assert.throws(() => parseFilter({ bbox: "1,2,3" }), /bbox: expected minLon,minLat,maxLon,maxLat/);
    assert.equal((await s.getEvent("SYR-1"))?.event.location, "Hama");
  } finally {
    await s.close();
    cleanup();
  }
});
