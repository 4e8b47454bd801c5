// The storage contract, run against BOTH backends: SQLite (a temp file) and PostgreSQL (a fresh
// schema per test, dropped after). Postgres tests are skipped, with the reason, only when no
// server answers at SITREP_TEST_PG (default postgres://postgres@127.0.0.1:5432/test).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SqliteStore } from "./sqlite.js";
import { PostgresStore } from "./postgres.js";
import { openStore } from "./index.js";
import { parseFilter } from "./filter-parse.js";
import { BACKENDS, storeContract } from "./backends-testing.js";
import { freshSchema, pgUnavailable } from "./pg-testing.js";
import type { Store } from "./store.js";
import type { Article } from "../types.js";
import type { Event } from "../event.js";
import { tempDir } from "../../test/helpers.js";
import { ingestPaths } from "../pipeline/ingest.js";
import { extractPending } from "../pipeline/extract.js";
import { controlAt } from "../control/index.js";
import { testArticle, testEvent } from "../../test/records.js";

const article = (key: string, text: string) => testArticle(key, text, { outlet: undefined });
const event = testEvent;

const DEMO = fileURLToPath(new URL("../../demo/", import.meta.url));




/** One contract test on every backend; `fn` gets an empty store. */
const contract = storeContract;

describe("store contract", () => {
  contract("articles are keyed by content hash; changed text under the same key is a new revision", async (s) => {
    const a = await s.putArticle(article("k", "one"));
    assert.equal(a.status, "ingested");
    assert.deepEqual(await s.putArticle(article("k", "one")), { status: "unchanged", id: a.id, revision: 1 });
    const r = await s.putArticle(article("k", "one two"));
    assert.equal(r.status, "revised");
    assert.equal(r.revision, 2);
    const cur = await s.getArticleByKey("k");
    assert.equal(cur?.text, "one two");
    assert.deepEqual(cur?.sentences, [{ start: 0, end: 7 }]);
    assert.deepEqual(cur?.blocks, [{ kind: "story", start: 0, end: 7 }]);
    assert.equal((await s.getArticle(a.id))?.text, "one");
    assert.deepEqual((await s.articlesToExtract(10)).map((x) => x.id), [r.id], "only the current revision waits");
    await s.recordSkip("bad.txt", "SITREP_E_EMPTY_INPUT", "the input is empty");
    const st = await s.status();
    assert.deepEqual(
      [st.articles, st.revisions, st.pendingExtraction, st.extracted, st.skippedInputs],
      [1, 2, 1, 0, 1],
    );
  });

  contract("a new revision replaces the old one's events; events resting only on it become tombstones", async (s) => {
    const a1 = await s.putArticle(article("k", "v1"));
    await s.saveExtraction(a1.id, [event({ event_id_cnty: "SYR-old" })]);
    const a2 = await s.putArticle(article("k", "v2"));
    await s.saveExtraction(a2.id, [event({ event_id_cnty: "SYR-new", location: "Homs", latitude: 34.73, longitude: 36.71 })]);
    assert.deepEqual((await s.listEvents({})).map((e) => e.event.event_id_cnty), ["SYR-new"]);
    const synced = await s.listEvents({ updatedSince: "2000-01-01T00:00:00Z" });
    assert.ok(synced.find((e) => e.event.event_id_cnty === "SYR-old")?.deletedAt, "tombstone kept for sync");
    assert.equal((await s.reportsOf("SYR-new")).length, 1);
    assert.equal((await s.status()).extracted, 1);
  });

  contract("two articles on the same capture fuse into one event; withdrawing one keeps the event, both leaves a tombstone", async (s) => {
    const a = await s.putArticle({ ...article("a", "Hama fell."), outlet: "Wire A" });
    const b = await s.putArticle({ ...article("b", "Hama was taken."), outlet: "Wire B" });
    await s.saveExtraction(a.id, [event({ event_id_cnty: "SYR-a1", source: "Wire A", articles: ["a"] })]);
    await s.saveExtraction(b.id, [event({ event_id_cnty: "SYR-b1", source: "Wire B", articles: ["b"] })]);
    const live = await s.listEvents({});
    assert.equal(live.length, 1);
    assert.equal(live[0]!.event.event_id_cnty, "SYR-a1", "the canonical id is the lowest report id");
    assert.deepEqual(live[0]!.event.articles, ["a", "b"]);
    const ctl = await s.controlPeriods({ at: "2024-12-06" });
    assert.deepEqual(ctl.map((p) => [p.place, p.holder]), [["Hama", "Hayat Tahrir al-Sham"]]);
    assert.equal(await s.withdrawArticle("a"), true);
    assert.deepEqual((await s.listEvents({})).map((e) => e.event.articles), [["b"]]);
    assert.equal(await s.withdrawArticle("nope"), false);
    await s.withdrawArticle("b");
    assert.equal((await s.listEvents({})).length, 0);
    assert.equal((await s.controlPeriods({ at: "2024-12-06" })).length, 0, "no territory event left, no control period");
  });

  contract("filters: country by name or code, type, actor, dates, bbox, near, paging; SQL injection is inert", async (s) => {
    await s.putEvents([
      event({ event_id_cnty: "SYR-1" }),
      event({ event_id_cnty: "SYR-2", event_date: "2024-12-07", actor1: "Syrian 100%_Front" }),
      event({ event_id_cnty: "UKR-1", country: "Ukraine", country_code: "UA", event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", actor1: "Military Forces of Russia (2000-)", latitude: 50.45, longitude: 30.52, event_date: "2024-11-17" }),
    ]);
    const ids = async (raw: Record<string, string>) => (await s.listEvents(parseFilter(raw))).map((e) => e.event.event_id_cnty);
    assert.deepEqual(await ids({}), ["UKR-1", "SYR-1", "SYR-2"]);
    assert.deepEqual(await ids({ country: "syria" }), ["SYR-1", "SYR-2"]);
    assert.deepEqual(await ids({ country: "UA" }), ["UKR-1"]);
    assert.deepEqual(await ids({ type: "Air/drone strike" }), ["UKR-1"]);
    assert.deepEqual(await ids({ type: "battles" }), ["SYR-1", "SYR-2"]);
    assert.deepEqual(await ids({ actor: "tahrir" }), ["SYR-1"]);
    assert.deepEqual(await ids({ actor: "100%_" }), ["SYR-2"], "LIKE wildcards in the actor are literal");
    assert.deepEqual(await ids({ actor: "100%x" }), []);
    assert.deepEqual(await ids({ since: "2024-12-01" }), ["SYR-1", "SYR-2"]);
    assert.deepEqual(await ids({ until: "2024-12-01" }), ["UKR-1"]);
    assert.deepEqual(await ids({ bbox: "35,34,38,37" }), ["SYR-1", "SYR-2"]);
    assert.deepEqual(await ids({ near: "50.4,30.5,20" }), ["UKR-1"]);
    assert.deepEqual(await ids({ near: "50.4,30.5,1" }), []);
    assert.deepEqual(await ids({ country: "x' OR '1'='1" }), []);
    assert.deepEqual(await ids({ actor: "%' OR 1=1 --" }), []);
    assert.deepEqual((await s.listEvents({ limit: 2 })).map((e) => e.event.event_id_cnty), ["UKR-1", "SYR-1"]);
    assert.deepEqual((await s.listEvents({ after: "SYR-1" })).map((e) => e.event.event_id_cnty), ["SYR-2"]);
    assert.equal((await s.getEvent("SYR-1"))?.event.location, "Hama");
    assert.equal(await s.getEvent("nope"), undefined);
    await s.deleteEvents(["SYR-2"]);
    assert.deepEqual(await ids({ country: "SY" }), ["SYR-1"]);
    assert.ok((await s.getEvent("SYR-2"))?.deletedAt);
    assert.deepEqual((await s.listEvents({ includeDeleted: true })).length, 3);
  });

  contract("re-saving the same extraction changes nothing (idempotent steps for at-least-once workers)", async (s) => {
    const a = await s.putArticle(article("k", "x"));
    await s.saveExtraction(a.id, [event({ event_id_cnty: "SYR-x" })]);
    const before = await s.listEvents({ updatedSince: "2000-01-01" });
    await s.saveExtraction(a.id, [event({ event_id_cnty: "SYR-x" })]);
    const after = await s.listEvents({ updatedSince: "2000-01-01" });
    assert.deepEqual(after, before, "updated_at moves only when the event changed");
    assert.equal((await s.status()).reports, 1);
  });
});

test("demo -> control gives the same answer on SQLite and PostgreSQL", async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const answers: string[] = [];
  const events: string[] = [];
  for (const b of BACKENDS) {
    const { store, done } = await b.open();
    try {
      await ingestPaths(store, [DEMO]);
      await extractPending(store);
      const recs = await controlAt(store, "2024-12-06");
      answers.push(JSON.stringify(recs));
      const hama = recs.find((r) => r.place === "Hama" && r.country_code === "SY");
      assert.equal(hama?.holder, "Hayat Tahrir al-Sham", `${b.name}: Hama under HTS on 2024-12-06`);
      events.push(JSON.stringify((await store.listEvents({})).map((e) => ({ ...e.event, timestamp: 0 }))));
    } finally {
      await done();
    }
  }
  assert.equal(answers[1], answers[0], "control on 2024-12-06 differs between backends");
  assert.equal(events[1], events[0], "canonical events differ between backends");
});

test("openStore takes postgres:// URLs (and hides the password in its location)", async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const s = await freshSchema();
  try {
    const u = new URL(s.url);
    u.password = "secret";
    const store = await openStore(u.toString()).catch(() => openStore(s.url));
    assert.equal(store.kind, "postgres");
    assert.doesNotMatch(store.location, /secret/);
    await store.close();
  } finally {
    await s.drop();
  }
});
