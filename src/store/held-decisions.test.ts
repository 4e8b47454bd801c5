// An editor's decision on a held event, on BOTH backends: written with its audit row in one
// transaction, and kept when the article is extracted again (same text or a new revision).
import { describe } from "node:test";
import assert from "node:assert/strict";
import { storeContract as contract } from "./backends-testing.js";
import type { HeldInput, Store } from "./store.js";
import type { AuditEntry } from "./desk.js";
import type { HeldAudit } from "./held-decisions.js";
import { deskStoreFor } from "../desk/index.js";
import { testArticle, testEvent } from "../../test/records.js";

const kept = testEvent({ event_id_cnty: "SYR-kept" });
/** Protests the check doubted, far from the kept event (each fused alone). */
const protest = (id: string, location: string, lat: number, notes = `Residents protested in ${location}.`) =>
  testEvent({
    event_id_cnty: id, event_type: "Protests", sub_event_type: "Peaceful protest", disorder_type: "Demonstrations",
    actor1: "Protesters (Syria)", actor2: "", inter1: 6, inter2: 0, interaction: 60, location, admin1: location,
    latitude: lat, longitude: 36.71, event_date: "2024-12-04", notes,
  });
const homs = protest("SYR-homs", "Homs", 34.73);
const idlib = protest("SYR-idlib", "Idlib", 35.93);
const held = (...events: typeof homs[]): HeldInput[] => events.map((event) => ({ event, probability: 0.3 }));

const entry = (action: string): HeldAudit => (h, eventId) => ({
  actor: "user:ed@example.org", action, subjectType: "held", subjectId: String(h.id), before: { event: h.event.event_id_cnty }, after: { event_id: eventId },
});
const heldAudit = async (s: Store) => (await deskStoreFor(s)!.listAudit({ subjectType: "held" })).map((r) => [r.action, r.subjectId]);
const heldIds = async (s: Store) => (await s.listHeld(100)).map((h) => h.event.event_id_cnty).sort();
const live = async (s: Store) => (await s.listEvents({})).map((e) => e.event.event_id_cnty).sort();
const reportsOfKey = async (s: Store, id: string) => (await s.reportsOf(id)).map((r) => [r.articleId, r.event.notes]);

describe("held-event decisions", () => {
  contract("a restore and its audit row are one transaction: if the audit write fails, the event stays held", async (s) => {
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    const [h1, h2] = await s.listHeld(10);
    // A real failure in the database: audit_log.actor is NOT NULL.
    const broken: HeldAudit = (h, e) => ({ ...entry("held.restore")(h, e), actor: null as unknown as AuditEntry["actor"] });
    await assert.rejects(s.restoreHeld(h1!.id, broken));
    await assert.rejects(s.dismissHeld(h2!.id, broken));
    assert.deepEqual(await heldIds(s), ["SYR-homs", "SYR-idlib"], "both still held");
    assert.deepEqual(await live(s), ["SYR-kept"], "no restored event on the map");
    assert.deepEqual(await heldAudit(s), []);
    // Nor was a decision recorded: extracted again, both are held again, and both can still be decided.
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    const again = await s.listHeld(10);
    assert.equal(again.length, 2);
    assert.ok(await s.restoreHeld(again[0]!.id, entry("held.restore")));
    assert.ok(await s.dismissHeld(again[1]!.id, entry("held.dismiss")));
    assert.deepEqual((await heldAudit(s)).map((r) => r[0]), ["held.restore", "held.dismiss"]);
  });

  contract("decisions made at the same moment: one wins, the others get a conflict, one audit row", async (s) => {
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs));
    const id = (await s.listHeld(1))[0]!.id;
    const results = await Promise.allSettled([
      s.restoreHeld(id, entry("held.restore")), s.dismissHeld(id, entry("held.dismiss")), s.restoreHeld(id, entry("held.restore")),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    assert.equal(won.length, 1, JSON.stringify(results));
    for (const r of results) if (r.status === "rejected") assert.equal((r.reason as { code?: string }).code, "SITREP_E_CONFLICT");
    assert.equal((await heldAudit(s)).length, 1);
    assert.deepEqual(await s.listHeld(10), []);
  });

  contract("a restored event stays restored when its article is extracted again, and re-ingest stays idempotent", async (s) => {
    const a = await s.putArticle(testArticle("a", "v1"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    const h = (await s.listHeld(10)).find((x) => x.event.event_id_cnty === "SYR-homs")!;
    assert.equal(await s.restoreHeld(h.id, entry("held.restore")), "SYR-homs");
    const before = { events: await s.listEvents({}), status: await s.status() };
    // The same text extracted again: the keep-check holds both back again.
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    assert.deepEqual(await heldIds(s), ["SYR-idlib"], "only the undecided one is listed");
    assert.deepEqual(await live(s), ["SYR-homs", "SYR-kept"]);
    assert.deepEqual(await reportsOfKey(s, "SYR-homs"), [[a.id, homs.notes]], "one report, of its article");
    assert.deepEqual((await s.listEvents({})).map((e) => e.event), before.events.map((e) => e.event), "the events unchanged");
    assert.deepEqual(await s.status(), before.status, "no report or event added");
    // A new revision that renumbers and rewords the event: still the same protest (type, date, place).
    const a2 = await s.putArticle(testArticle("a", "v2"));
    const reworded = { ...homs, event_id_cnty: "SYR-homs-v2", notes: "Hundreds protested in Homs on Wednesday." };
    await s.saveExtraction(a2.id, [kept], undefined, held(idlib, reworded));
    assert.deepEqual(await heldIds(s), ["SYR-idlib"]);
    const now = await live(s);
    assert.equal(now.length, 2, now.join());
    const restoredId = now.find((x) => x !== "SYR-kept")!;
    assert.deepEqual(await reportsOfKey(s, restoredId), [[a2.id, reworded.notes]], "the new revision's coding, fused as usual");
  });

  contract("a dismissed event is not listed again when its article is extracted again", async (s) => {
    const a = await s.putArticle(testArticle("a", "v1"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    const h = (await s.listHeld(10)).find((x) => x.event.event_id_cnty === "SYR-homs")!;
    assert.equal(await s.dismissHeld(h.id, entry("held.dismiss")), true);
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    assert.deepEqual(await heldIds(s), ["SYR-idlib"]);
    const a2 = await s.putArticle(testArticle("a", "v2"));
    await s.saveExtraction(a2.id, [kept], undefined, held({ ...homs, event_id_cnty: "SYR-homs-v2" }, idlib));
    assert.deepEqual(await heldIds(s), ["SYR-idlib"]);
    assert.deepEqual(await live(s), ["SYR-kept"], "nor is it an event");
  });

  contract("an extraction that no longer finds the decided event resurrects nothing; the audit row stays", async (s) => {
    const a = await s.putArticle(testArticle("a", "v1"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, idlib));
    const [first, second] = await s.listHeld(10);
    await s.restoreHeld(first!.id, entry("held.restore"));
    await s.dismissHeld(second!.id, entry("held.dismiss"));
    const a2 = await s.putArticle(testArticle("a", "v2"));
    await s.saveExtraction(a2.id, [kept]);
    assert.deepEqual(await live(s), ["SYR-kept"], "the restored event went with the text that reported it");
    assert.deepEqual(await s.listHeld(10), []);
    assert.equal((await heldAudit(s)).length, 2);
    // A decision is about a held event: one the check now keeps is an event like any other.
    await s.saveExtraction(a2.id, [kept, homs, idlib]);
    assert.deepEqual(await live(s), ["SYR-homs", "SYR-idlib", "SYR-kept"]);
  });

  contract("an editor who restores one event and dismisses its duplicate keeps both decisions over re-extraction", async (s) => {
    const dup = { ...homs, event_id_cnty: "SYR-homs-dup", notes: "A crowd gathered in Homs." };
    const a = await s.putArticle(testArticle("a", "v1"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, dup));
    const all = await s.listHeld(10);
    await s.restoreHeld(all.find((h) => h.event.event_id_cnty === "SYR-homs")!.id, entry("held.restore"));
    await s.dismissHeld(all.find((h) => h.event.event_id_cnty === "SYR-homs-dup")!.id, entry("held.dismiss"));
    await s.saveExtraction(a.id, [kept], undefined, held(homs, dup));
    assert.deepEqual(await s.listHeld(10), []);
    assert.deepEqual(await live(s), ["SYR-homs", "SYR-kept"]);
    assert.deepEqual(await reportsOfKey(s, "SYR-homs"), [[a.id, homs.notes]], "the restored one, not its duplicate");
    // Reworded in a new revision: the restore wins, so the protest is not lost from the record.
    const a2 = await s.putArticle(testArticle("a", "v2"));
    await s.saveExtraction(a2.id, [kept], undefined, held({ ...homs, event_id_cnty: "SYR-homs-v2", notes: "Hundreds marched in Homs." }));
    assert.deepEqual(await s.listHeld(10), []);
    assert.equal((await live(s)).length, 2);
  });

  contract("decisions are per article: the same protest held back in another article is listed there", async (s) => {
    const a = await s.putArticle(testArticle("a", "text"));
    await s.saveExtraction(a.id, [], undefined, held(homs));
    await s.dismissHeld((await s.listHeld(1))[0]!.id, entry("held.dismiss"));
    const b = await s.putArticle(testArticle("b", "other text"));
    await s.saveExtraction(b.id, [], undefined, held({ ...homs, event_id_cnty: "SYR-homs-b", articles: ["b"] }));
    assert.deepEqual((await s.listHeld(10)).map((h) => h.articleKey), ["b"]);
  });
});
