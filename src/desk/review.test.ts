// Review actions on a real SQLite store seeded through ingest + fusion: hand edits survive
// re-extraction and re-fusion, rejections stay rejected, merge and split, the audit trail, and
// the audit log's append-only trigger.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../store/index.js";
import { SqliteStore } from "../store/sqlite.js";
import { SAMPLE_ARTICLES, sampleEvent, seedSample } from "../api/sample-data.js";
import { parseJsonlLine } from "../ingest/index.js";
import type { DeskStore } from "../store/desk.js";
import { deskStoreFor } from "./index.js";
import { acceptEvent, editEvent, mergeEvents, rejectEvent, splitEvent } from "./review.js";

let dir: string;
let store: Store;
let desk: DeskStore;
const ED = "user:2 ed@example.org";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-review-"));
  store = await openStore(join(dir, "r.db"));
  await seedSample(store);
  desk = deskStoreFor(store)!;
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Re-ingests a sample article with new wording and re-extracts it with `over` on its report. */
async function revise(id: string, extra: string, over: Record<string, unknown>) {
  const a = SAMPLE_ARTICLES.find((x) => x.id === id)!;
  const article = parseJsonlLine(JSON.stringify({ id: a.id, outlet: a.outlet, title: a.title, published: a.published, text: a.text + "\n\n" + extra }), "sample", 1);
  const put = await store.putArticle(article);
  assert.equal(put.status, "revised");
  const reports = a.reports.map((r) => sampleEvent({ source: a.outlet, ...r.event, ...over, articles: [a.id], evidence: [] } as Parameters<typeof sampleEvent>[0]));
  await store.saveExtraction(put.id, reports);
}

test("the queue starts with every machine-coded event unreviewed", async () => {
  const q = await desk.reviewQueue("unreviewed", 100);
  assert.deepEqual(q.map((i) => i.eventId).sort(), ["MMR-S4", "SYR-S1", "SYR-S2", "UKR-S3"]);
});

test("a hand edit survives re-extraction and re-fusion of a revised article", async () => {
  await editEvent(store, desk, "SYR-S2", { fatalities: 9, notes: "Corrected by the desk: 9 killed.", actor1: "Military Forces of Syria (2000-2024)", actor2: "Hayat Tahrir al-Sham" }, ED, "monitor revised its count");
  await revise("sample-hama-20241203", "A later update said 15 fighters had died.", { fatalities: 15, notes: "machine notes v2", admin3: "Machine v2" });
  const e = (await store.getEvent("SYR-S2"))!;
  assert.equal(e.deletedAt, null);
  assert.equal(e.event.fatalities, 9);
  assert.equal(e.event.notes, "Corrected by the desk: 9 killed.");
  assert.equal(e.event.actor1, "Military Forces of Syria (2000-2024)");
  // fields not edited by hand follow the machine
  assert.equal(e.event.admin3, "Machine v2");
  const r = (await desk.reviewOf("SYR-S2"))!;
  assert.equal(r.state, "edited");
  assert.deepEqual(Object.keys(r.locked).sort(), ["actor1", "actor2", "fatalities", "notes"]);
  const audit = await desk.listAudit({ subjectType: "event", subjectId: "SYR-S2" });
  assert.equal(audit.length, 1);
  assert.deepEqual(audit[0]!.before, { actor1: "Hayat Tahrir al-Sham", actor2: "Military Forces of Syria (2000-2024)", fatalities: 12, notes: "" });
  assert.equal((audit[0]!.after as { fatalities: number }).fatalities, 9);
  assert.equal(audit[0]!.actor, ED);
  assert.equal(audit[0]!.reason, "monitor revised its count");
});

test("edits are checked: unknown fields, actors outside the registry, impossible values", async () => {
  await assert.rejects(editEvent(store, desk, "SYR-S1", { event_id_cnty: "X" }, ED, "x"), /not an editable field/);
  await assert.rejects(editEvent(store, desk, "SYR-S1", { actor1: "<script>alert(1)</script>" }, ED, "x"), /not in the actor registry/);
  await assert.rejects(editEvent(store, desk, "SYR-S1", { latitude: 123 }, ED, "x"), /latitude/);
  await assert.rejects(editEvent(store, desk, "SYR-S1", { event_type: "Riots" }, ED, "x"), /not a kind of/);
  const e = await editEvent(store, desk, "SYR-S1", { sub_event_type: "Armed clash", latitude: 35.2, longitude: 36.7 }, ED, "it was a clash");
  assert.equal(e.event_type, "Battles");
  assert.equal(e.disorder_type, "Political violence");
});

test("a rejected event stays rejected when its article is re-extracted", async () => {
  await rejectEvent(store, desk, "MMR-S4", ED, "claim not verifiable");
  assert.ok((await store.getEvent("MMR-S4"))!.deletedAt);
  await revise("sample-maungdaw-20241209", "The claim was repeated on Tuesday.", {});
  assert.ok((await store.getEvent("MMR-S4"))!.deletedAt, "re-fusion resurrected a rejected event");
  const listed = await store.listEvents({});
  assert.ok(!listed.some((r) => r.event.event_id_cnty === "MMR-S4"));
});

test("accept, merge and split", async () => {
  await acceptEvent(store, desk, "UKR-S3", ED, null);
  assert.equal((await desk.reviewOf("UKR-S3"))!.state, "accepted");
  const merged = await mergeEvents(store, desk, "SYR-S1", ["SYR-S2"], ED, "same fighting");
  assert.deepEqual(merged.articles.sort(), ["sample-hama-20241203", "sample-hama-20241205"]);
  const gone = (await store.getEvent("SYR-S2"))!;
  assert.ok(gone.deletedAt);
  assert.equal(gone.mergedInto, "SYR-S1");
  const split = await splitEvent(store, desk, "SYR-S1", ["sample-hama-20241203"], ED, "two separate events after all");
  assert.equal(split.event_id_cnty, "SYR-S1-x1");
  assert.deepEqual(split.articles, ["sample-hama-20241203"]);
  assert.deepEqual((await store.getEvent("SYR-S1"))!.event.articles, ["sample-hama-20241205"]);
  await assert.rejects(splitEvent(store, desk, "SYR-S1", ["sample-hama-20241205"], ED, "x"), /at least one/);
  const actions = (await desk.listAudit({ subjectType: "event" })).map((a) => a.action);
  for (const a of ["event.edit", "event.reject", "event.accept", "event.merge", "event.merged_into", "event.split", "event.split_from"]) assert.ok(actions.includes(a), a);
});

test("the audit log is append-only in the database itself", async () => {
  const db = (store as SqliteStore).db;
  assert.throws(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run(), /append-only/);
  assert.throws(() => db.prepare("DELETE FROM audit_log").run(), /append-only/);
  assert.ok((await desk.listAudit({})).length >= 7);
});
