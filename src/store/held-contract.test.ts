// Held events (the keep-check's doubts, kept for a desk to review), on BOTH backends: saved with an
// article's extraction, replaced when it is extracted again, never events (no list, export, fusion
// or control sees them) until restored, when they become a report of their article like any other.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { storeContract } from "./backends-testing.js";
import type { Store } from "./store.js";
import { serializeAll } from "../export/formats.js";
import { controlAt } from "../control/index.js";
import { testArticle, testEvent } from "../../test/records.js";
import { extractPending } from "../pipeline/extract.js";

const contract = storeContract;

const kept = testEvent({ event_id_cnty: "SYR-kept" });
/** A protest in Homs the check doubted (far from the kept event: fused alone). */
const doubted = testEvent({
  event_id_cnty: "SYR-doubt", event_type: "Protests", sub_event_type: "Peaceful protest", disorder_type: "Demonstrations",
  actor1: "Protesters (Syria)", actor2: "", inter1: 6, inter2: 0, interaction: 60, location: "Homs", admin1: "Homs",
  latitude: 34.73, longitude: 36.71, event_date: "2024-12-04", notes: "Residents protested in Homs.",
});
const ids = async (s: Store) => (await s.listEvents({ includeDeleted: true, updatedSince: "2000-01-01T00:00:00Z" })).map((e) => e.event.event_id_cnty).sort();

describe("held events", () => {
  contract("are saved with the extraction, with article, probability and event; newest first, paged by id", async (s) => {
    const a = await s.putArticle(testArticle("a", "Fighters took Hama. Residents protested in Homs.", { title: "Hama falls" }));
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.31 }]);
    const b = await s.putArticle(testArticle("b", "Another report."));
    await s.saveExtraction(b.id, [], undefined, [{ event: { ...doubted, event_id_cnty: "SYR-b1" }, probability: 0.2 }, { event: { ...doubted, event_id_cnty: "SYR-b2" }, probability: 0.1 }]);
    const all = await s.listHeld(10);
    assert.deepEqual(all.map((h) => h.event.event_id_cnty), ["SYR-b2", "SYR-b1", "SYR-doubt"], "newest first");
    const h = all[2]!;
    assert.deepEqual([h.articleId, h.articleKey, h.title, h.outlet, h.probability], [a.id, "a", "Hama falls", "Test Wire", 0.31]);
    assert.deepEqual(h.event, doubted);
    assert.deepEqual((await s.getHeld(h.id))?.event, doubted);
    const page1 = await s.listHeld(2);
    assert.deepEqual((await s.listHeld(2, page1.at(-1)!.id)).map((x) => x.id), [h.id]);
    assert.equal(await s.getHeld(999_999), undefined);
  });

  contract("are not events: no list, lookup, export, status count or control sees them", async (s) => {
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    assert.deepEqual(await ids(s), ["SYR-kept"]);
    assert.equal(await s.getEvent("SYR-doubt"), undefined);
    assert.deepEqual(await s.reportsOf("SYR-doubt"), []);
    assert.ok(!serializeAll("jsonl", (await s.listEvents({})).map((e) => e.event)).includes("SYR-doubt"));
    assert.equal((await s.listEvents({ near: { lat: 34.73, lon: 36.71, km: 5 } })).length, 0, "not on the map");
    assert.equal((await s.status()).events, 1);
    assert.ok(!(await controlAt(s, "2024-12-31")).some((c) => c.place === "Homs"));
  });

  contract("are replaced when the article is extracted again (a new revision too), and go with a withdrawn article", async (s) => {
    const a = await s.putArticle(testArticle("a", "v1"));
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    assert.equal((await s.listHeld(10)).length, 1, "idempotent");
    const a2 = await s.putArticle(testArticle("a", "v2"));
    await s.saveExtraction(a2.id, [kept], undefined, [{ event: { ...doubted, event_id_cnty: "SYR-v2" }, probability: 0.4 }]);
    assert.deepEqual((await s.listHeld(10)).map((h) => [h.articleId, h.event.event_id_cnty]), [[a2.id, "SYR-v2"]]);
    await s.saveExtraction(a2.id, [kept]);
    assert.deepEqual(await s.listHeld(10), [], "an extraction that holds nothing back clears them");
    await s.saveExtraction(a2.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    assert.ok(await s.withdrawArticle("a"));
    assert.deepEqual(await s.listHeld(10), []);
  });

  contract("restored, one becomes a normal event of its article (a report, fused) and leaves the held list", async (s) => {
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    const h = (await s.listHeld(10))[0]!;
    const eventId = await s.restoreHeld(h.id);
    assert.equal(eventId, "SYR-doubt");
    assert.deepEqual(await ids(s), ["SYR-doubt", "SYR-kept"]);
    const e = await s.getEvent("SYR-doubt");
    assert.equal(e?.event.sub_event_type, "Peaceful protest");
    assert.equal(e?.deletedAt, null);
    assert.deepEqual((await s.reportsOf("SYR-doubt")).map((r) => [r.articleId, r.idx]), [[a.id, 1]], "after the article's own reports");
    assert.deepEqual((await s.reportsOf("SYR-kept")).map((r) => [r.articleId, r.idx]), [[a.id, 0]], "which stay as they were");
    assert.deepEqual(await s.listHeld(10), []);
    await assert.rejects(s.restoreHeld(h.id), { code: "SITREP_E_CONFLICT" }, "twice: restored already");
    assert.equal(await s.restoreHeld(999_999), undefined, "no such held event");
    assert.equal((await s.listEvents({ near: { lat: 34.73, lon: 36.71, km: 5 } })).length, 1, "on the map now");
  });

  contract("restored next to another article's report of the same happening, it fuses into that event", async (s) => {
    const other = await s.putArticle(testArticle("o", "other"));
    await s.saveExtraction(other.id, [{ ...doubted, event_id_cnty: "SYR-other", articles: ["o"] }]);
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    const live = async () => (await s.listEvents({})).map((e) => e.event.event_id_cnty).sort();
    assert.equal((await live()).length, 2);
    const eventId = await s.restoreHeld((await s.listHeld(1))[0]!.id);
    const after = await live();
    assert.equal(after.length, 2, "no new event: it joined the other report's");
    assert.ok(eventId && after.includes(eventId));
    assert.deepEqual((await s.reportsOf(eventId!)).map((r) => r.articleId).sort(), [other.id, a.id].sort());
  });

  contract("dismissed, one is gone and nothing else changes", async (s) => {
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [kept], undefined, [{ event: doubted, probability: 0.3 }]);
    const h = (await s.listHeld(10))[0]!;
    assert.equal(await s.dismissHeld(h.id), true);
    await assert.rejects(s.dismissHeld(h.id), { code: "SITREP_E_CONFLICT" }, "twice: dismissed already");
    await assert.rejects(s.restoreHeld(h.id), { code: "SITREP_E_CONFLICT" }, "a dismissed one cannot be restored");
    assert.equal(await s.dismissHeld(999_999), false, "no such held event");
    assert.deepEqual(await s.listHeld(10), []);
    assert.deepEqual(await ids(s), ["SYR-kept"]);
  });

  contract("extraction of stored articles keeps what the keep-check held back (src/pipeline/extract.ts)", async (s) => {
    const text = [
      "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.",
      "Residents said protesters later gathered in the town to denounce the killings.",
      "Al-Shabaab fighters also clashed with troops near Balcad, witnesses said.",
    ].join("\n\n");
    await s.putArticle(testArticle("so", text, { published: "2023-03-09" }));
    const t = await extractPending(s);
    const held = await s.listHeld(10);
    assert.deepEqual(held.map((h) => [h.articleKey, h.event.sub_event_type]), [["so", "Peaceful protest"]]);
    assert.ok(held[0]!.probability > 0 && held[0]!.probability < 0.5);
    assert.equal((await s.listEvents({})).length, t.events, "the held one is not among the events");
  });
});
