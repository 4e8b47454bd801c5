// The DeskStore contract, run against BOTH backends: SQLite (a temp file) and PostgreSQL (a fresh
// schema per test, dropped after). Postgres tests are skipped, with the reason, only when no
// server answers at SITREP_TEST_PG (default postgres://postgres@127.0.0.1:5432/test).
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SqliteStore } from "./sqlite.js";
import { PostgresStore } from "./postgres.js";
import { storeContract } from "./backends-testing.js";
import type { Store } from "./store.js";
import type { DeskStore } from "./desk.js";
import type { Article } from "../types.js";
import type { Event } from "../event.js";
import { tempDir } from "../../test/helpers.js";
import { deskStoreFor } from "../desk/index.js";
import { addUser, changePassword, checkLogin, FREE_FAILURES, startSession } from "../desk/accounts.js";
import { editEvent, rejectEvent } from "../desk/review.js";
import { sha256 } from "../desk/secrets.js";
import { buildApp } from "../api/app.js";
import { seedSample } from "../api/sample-data.js";
import { testArticle, testEvent } from "../../test/records.js";

const article = testArticle;
const event = (over: Partial<Event> = {}) => testEvent({ event_id_cnty: "SYR-d1", sub_event_type: "Armed clash", fatalities: 12, articles: ["k"], ...over });

process.env.SITREP_ARGON2_FAST = "1";


/** One desk contract test on every backend; `fn` gets an empty store and its DeskStore. */
function contract(name: string, fn: (desk: DeskStore, s: Store) => Promise<void>) {
  storeContract(name, async (store, backend) => {
    const desk = deskStoreFor(store);
    assert.ok(desk, `${backend} has a DeskStore`);
    await fn(desk, store);
  });
}

/** Runs raw SQL on either backend (to prove the database itself refuses, not only the app). */
async function rawSql(s: Store, sql: string): Promise<void> {
  if (s instanceof SqliteStore) s.db.prepare(sql).run();
  else await (s as PostgresStore).pool.query(sql);
}

const ADMIN = "cli";
const PW = "correct horse battery";



describe("desk store contract", () => {
  contract("users: create (audited, e-mail unique), log-in failures lock the account, a new password clears the counter", async (desk) => {
    const u = await addUser(desk, "Ed@Example.org", "editor", PW, ADMIN);
    assert.equal(u.email, "ed@example.org");
    assert.equal(u.role, "editor");
    assert.equal(u.failedLogins, 0);
    await assert.rejects(addUser(desk, "ed@example.org", "viewer", PW, ADMIN), (e: Error & { code?: string }) => e.code === "SITREP_E_CONFLICT");
    assert.equal(await desk.countUsers(), 1);
    const created = await desk.listAudit({ subjectType: "user", subjectId: String(u.id) });
    assert.deepEqual(created.map((a) => [a.action, a.actor, a.after]), [["user.create", ADMIN, { email: "ed@example.org", role: "editor" }]]);

    const t0 = new Date("2030-01-01T00:00:00Z");
    for (let i = 0; i < FREE_FAILURES; i++) {
      await assert.rejects(checkLogin(desk, u.email, "wrong password!", t0), (e: Error & { code?: string }) => e.code === "SITREP_E_BAD_LOGIN");
    }
    const locked = (await desk.getUser(u.id))!;
    assert.equal(locked.failedLogins, FREE_FAILURES);
    assert.equal(locked.lockedUntil, new Date(t0.getTime() + 60_000).toISOString());
    // Locked: even the right password is refused until the lock ends.
    await assert.rejects(checkLogin(desk, u.email, PW, t0), (e: Error & { code?: string }) => e.code === "SITREP_E_LOCKED");
    const later = new Date(t0.getTime() + 61_000);
    assert.equal((await checkLogin(desk, u.email, PW, later)).id, u.id);
    const ok = (await desk.getUser(u.id))!;
    assert.deepEqual([ok.failedLogins, ok.lockedUntil], [0, null], "a good log-in clears the counter");

    await desk.setLoginFailures(u.id, 3, "2099-01-01T00:00:00.000Z");
    const pw = await desk.updateUser(u.id, { passwordHash: "x".repeat(20) }, null);
    assert.deepEqual([pw.failedLogins, pw.lockedUntil], [0, null], "a password reset clears the lock");
    const role = await desk.updateUser(u.id, { role: "admin" }, { actor: ADMIN, action: "user.role", subjectType: "user", subjectId: String(u.id), after: { role: "admin" } });
    assert.equal(role.role, "admin");
    await assert.rejects(desk.updateUser(9999, { role: "viewer" }, null), /user 9999/);
    assert.deepEqual((await desk.listUsers()).map((x) => x.email), ["ed@example.org"]);
    assert.equal((await desk.getUserByEmail("nobody@example.org")), undefined);
  });

  contract("sessions: create, look up by hash, end one, end all but the current; disabling ends them all", async (desk) => {
    const u = await addUser(desk, "an@example.org", "viewer", PW, ADMIN);
    const a = await startSession(desk, u.id);
    const b = await startSession(desk, u.id);
    const c = await startSession(desk, u.id);
    const got = (await desk.getSession(sha256(a.id)))!;
    assert.equal(got.userId, u.id);
    assert.equal(got.csrf, a.csrf);
    assert.equal(await desk.getSession(a.id), undefined, "the raw id is not what is stored");
    await desk.deleteSession(sha256(c.id));
    assert.equal(await desk.getSession(sha256(c.id)), undefined);
    // Password change: every other session ends, the current one stays.
    const user = (await desk.getUser(u.id))!;
    assert.equal(await changePassword(desk, user, "another long password", `user:${u.id}`, sha256(a.id)), 1);
    assert.ok(await desk.getSession(sha256(a.id)));
    assert.equal(await desk.getSession(sha256(b.id)), undefined);
    await startSession(desk, u.id);
    assert.equal(await desk.deleteSessionsOf(u.id), 2, "log-out everywhere ends all");
    await startSession(desk, u.id);
    const off = await desk.updateUser(u.id, { disabled: true }, { actor: ADMIN, action: "user.disable", subjectType: "user", subjectId: String(u.id) });
    assert.ok(off.disabledAt);
    assert.equal(await desk.deleteSessionsOf(u.id), 0, "disabling already ended every session");
    assert.equal((await desk.listAudit({ subjectType: "user", subjectId: String(u.id) })).map((x) => x.action).join(","), "user.create,password.change,user.disable");
  });

  contract("API tokens: found by hash only while not revoked; last use stamped; creation and revocation audited", async (desk) => {
    const u = await addUser(desk, "bot@example.org", "editor", PW, ADMIN);
    const audit = { actor: `user:${u.id}`, action: "token.create", subjectType: "token" as const, subjectId: "?" };
    const t = await desk.createToken({ userId: u.id, name: "nightly", scope: "read", tokenHash: sha256("secret-1") }, audit);
    assert.deepEqual([t.userId, t.name, t.scope, t.lastUsed, t.revokedAt], [u.id, "nightly", "read", null, null]);
    assert.equal(await desk.getTokenByHash(sha256("secret-2")), undefined);
    assert.equal((await desk.getTokenByHash(sha256("secret-1")))?.id, t.id);
    assert.ok((await desk.listTokens(u.id))[0]!.lastUsed, "lookup stamps last use");
    assert.equal(await desk.revokeToken(t.id, u.id + 1, { ...audit, action: "token.revoke" }), false, "only the owner revokes");
    assert.equal(await desk.revokeToken(t.id, u.id, { ...audit, action: "token.revoke", subjectId: String(t.id) }), true);
    assert.equal(await desk.revokeToken(t.id, u.id, { ...audit, action: "token.revoke", subjectId: String(t.id) }), false);
    assert.equal(await desk.getTokenByHash(sha256("secret-1")), undefined, "a revoked token opens nothing");
    const rows = await desk.listAudit({ subjectType: "token" });
    assert.deepEqual(rows.map((r) => [r.action, r.subjectId]), [["token.create", String(t.id)], ["token.revoke", String(t.id)]]);
    assert.equal(JSON.stringify(rows).includes("secret-1"), false);
  });

  contract("one-time links are single-use and expire; outbox and settings round-trip", async (desk) => {
    const at = "2030-01-01T00:00:00.000Z";
    await desk.createOneTime("h1", { kind: "reset", userId: null, email: "x@example.org", role: null, createdBy: ADMIN, createdAt: at, expiresAt: "2030-01-01T01:00:00.000Z" });
    assert.equal(await desk.consumeOneTime("h1", "invite", at), undefined, "wrong kind");
    assert.equal(await desk.consumeOneTime("h1", "reset", "2030-01-01T02:00:00.000Z"), undefined, "expired");
    assert.equal((await desk.consumeOneTime("h1", "reset", at))?.email, "x@example.org");
    assert.equal(await desk.consumeOneTime("h1", "reset", at), undefined, "used once only");
    await desk.addOutbox({ to: "x@example.org", subject: "one", body: "b1" });
    await desk.addOutbox({ to: "y@example.org", subject: "two", body: "b2" });
    assert.deepEqual((await desk.listOutbox(10)).map((m) => m.subject), ["two", "one"]);
    await desk.setSetting("public", false, { actor: ADMIN, action: "setting.set", subjectType: "setting", subjectId: "public", before: true, after: false });
    await desk.setSetting("public", { a: [1, "ü"] }, { actor: ADMIN, action: "setting.set", subjectType: "setting", subjectId: "public" });
    assert.deepEqual(await desk.getSettings(), { public: { a: [1, "ü"] } });
    assert.equal((await desk.listAudit({ subjectType: "setting" })).length, 2);
  });

  contract("audit log: appended rows page by id; the database itself refuses UPDATE and DELETE", async (desk, s) => {
    for (let i = 1; i <= 5; i++) {
      await desk.appendAudit({ actor: "a", action: `x.${i}`, subjectType: "event", subjectId: i % 2 ? "E1" : "E2", before: { n: i - 1 }, after: { n: i }, reason: i === 5 ? "why" : null });
    }
    const all = await desk.listAudit({});
    assert.deepEqual(all.map((r) => r.action), ["x.1", "x.2", "x.3", "x.4", "x.5"]);
    assert.deepEqual(all[4]!.before, { n: 4 });
    assert.equal(all[4]!.reason, "why");
    assert.ok(all.every((r) => /^\d{4}-\d\d-\d\dT/.test(r.at)));
    assert.deepEqual((await desk.listAudit({ subjectType: "event", subjectId: "E2" })).map((r) => r.action), ["x.2", "x.4"]);
    assert.deepEqual((await desk.listAudit({ afterId: all[1]!.id, limit: 2 })).map((r) => r.action), ["x.3", "x.4"]);
    await assert.rejects(rawSql(s, "UPDATE audit_log SET actor = 'someone else'"), /append-only/);
    await assert.rejects(rawSql(s, "DELETE FROM audit_log WHERE action = 'x.1'"), /append-only/);
    if (s instanceof PostgresStore) await assert.rejects(rawSql(s, "TRUNCATE audit_log"), /append-only/);
    const again = await desk.listAudit({});
    assert.deepEqual(again, all, "nothing changed");
  });

  contract("tips: stored as sent, listed newest first by state, triage audited", async (desk) => {
    const a = await desk.addTip({ text: "Shelling reported near the bridge at dawn.", link: "https://example.org/x?y=1", contact: null });
    const b = await desk.addTip({ text: "<script>alert(1)</script> second tip", link: null, contact: "me@example.org" });
    assert.deepEqual([a.state, a.articleKey, a.triagedBy, a.link], ["new", null, null, "https://example.org/x?y=1"]);
    assert.equal((await desk.getTip(b.id))?.text, "<script>alert(1)</script> second tip", "stored verbatim; escaping is the UI's job");
    assert.deepEqual((await desk.listTips("new", 10)).map((t) => t.id), [b.id, a.id]);
    const t = await desk.updateTip(a.id, { state: "ingested", articleKey: "tip-1", note: "checked", by: "user:1" }, { actor: "user:1", action: "tip.ingest", subjectType: "tip", subjectId: String(a.id) });
    assert.deepEqual([t.state, t.articleKey, t.note, t.triagedBy], ["ingested", "tip-1", "checked", "user:1"]);
    assert.ok(t.triagedAt);
    assert.deepEqual((await desk.listTips("new", 10)).map((x) => x.id), [b.id]);
    assert.equal((await desk.listTips("all", 10)).length, 2);
    await assert.rejects(desk.updateTip(9999, { state: "dismissed", by: "user:1" }, { actor: "user:1", action: "tip.dismiss", subjectType: "tip", subjectId: "9999" }), /tip 9999/);
    assert.deepEqual((await desk.listAudit({ subjectType: "tip" })).map((x) => x.action), ["tip.ingest"], "the failed triage wrote no audit row");
  });

  contract("review: a hand edit is kept over re-fusion of a revised article, a rejection stays rejected, the queue follows", async (desk, s) => {
    const a1 = await s.putArticle(article("k", "Clashes in Hama killed 12."));
    await s.saveExtraction(a1.id, [event()]);
    const a2 = await s.putArticle(article("r", "A claim from Idlib."));
    await s.saveExtraction(a2.id, [event({ event_id_cnty: "SYR-d2", location: "Idlib", admin1: "Idlib", latitude: 35.93, longitude: 36.63, articles: ["r"] })]);
    assert.deepEqual((await desk.reviewQueue("unreviewed", 10)).map((q) => q.eventId), ["SYR-d1", "SYR-d2"]);

    await editEvent(s, desk, "SYR-d1", { fatalities: 9, notes: "Desk: 9 killed." }, "user:2", "monitor revised its count");
    await rejectEvent(s, desk, "SYR-d2", "user:2", "not verifiable");
    // The articles change; extraction and fusion run again with new machine values.
    const a1b = await s.putArticle(article("k", "Clashes in Hama killed 15, a later update said."));
    await s.saveExtraction(a1b.id, [event({ fatalities: 15, notes: "machine v2", admin3: "Machine v2" })]);
    const a2b = await s.putArticle(article("r", "The claim from Idlib was repeated."));
    await s.saveExtraction(a2b.id, [event({ event_id_cnty: "SYR-d2", location: "Idlib", admin1: "Idlib", latitude: 35.93, longitude: 36.63, articles: ["r"], fatalities: 1 })]);

    const e = (await s.getEvent("SYR-d1"))!;
    assert.equal(e.deletedAt, null);
    assert.equal(e.event.fatalities, 9, "hand-set fatalities kept");
    assert.equal(e.event.notes, "Desk: 9 killed.");
    assert.equal(e.event.admin3, "Machine v2", "fields not edited by hand follow the machine");
    assert.ok((await s.getEvent("SYR-d2"))!.deletedAt, "re-fusion resurrected a rejected event");
    assert.deepEqual((await s.listEvents({})).map((x) => x.event.event_id_cnty), ["SYR-d1"]);

    const r = (await desk.reviewOf("SYR-d1"))!;
    assert.equal(r.state, "edited");
    assert.deepEqual(r.locked, { fatalities: 9, notes: "Desk: 9 killed." });
    assert.equal(await desk.reviewOf("SYR-x"), undefined);
    assert.deepEqual((await desk.reviewQueue("unreviewed", 10)).map((q) => q.eventId), []);
    assert.deepEqual((await desk.reviewQueue("all", 10)).map((q) => [q.eventId, q.state]), [["SYR-d1", "edited"], ["SYR-d2", "rejected"]]);
    assert.deepEqual((await desk.reviewQueue("all", 10, "SYR-d1")).map((q) => q.eventId), ["SYR-d2"], "paging after an id");
    const trail = await desk.listAudit({ subjectType: "event" });
    assert.deepEqual(trail.map((x) => [x.action, x.subjectId]), [["event.edit", "SYR-d1"], ["event.reject", "SYR-d2"]]);
    assert.deepEqual(trail[0]!.before, { fatalities: 12, notes: "" });
  });

  contract("a failed change leaves nothing behind (one transaction per method)", async (desk, s) => {
    const a = await s.putArticle(article("k", "Clashes in Hama."));
    await s.saveExtraction(a.id, [event()]);
    const before = await desk.listAudit({});
    // The audit row is invalid (subject_id NOT NULL): the review row and the event write roll back.
    await assert.rejects(desk.applyEventChange({
      reviews: [{ eventId: "SYR-d1", state: "edited", locked: { fatalities: 1 }, reason: "x", mergedInto: null, byUser: "u" }],
      write: [event({ fatalities: 1 })],
      audit: [{ actor: "u", action: "event.edit", subjectType: "event", subjectId: null as unknown as string }],
    }));
    assert.equal(await desk.reviewOf("SYR-d1"), undefined);
    assert.equal((await s.getEvent("SYR-d1"))!.event.fatalities, 12);
    assert.deepEqual(await desk.listAudit({}), before);
  });

  contract("the desk's HTTP routes are registered on this backend: log-in, review edit, audit, tips, log-out", async (desk, s) => {
    await seedSample(s);
    await addUser(desk, "ed@example.org", "editor", PW, "test");
    const app = await buildApp({ store: s, webDist: false });
    try {
      const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "ed@example.org", password: PW } });
      assert.equal(login.statusCode, 200, login.body);
      const h = { cookie: `sitrep_session=${login.cookies[0]!.value}`, "x-csrf-token": login.json().csrf_token as string };
      const queue = await app.inject({ method: "GET", url: "/api/v1/review", headers: h });
      assert.equal(queue.statusCode, 200, queue.body);
      assert.equal(queue.json().items.length, 4);
      const edit = await app.inject({ method: "PATCH", url: "/api/v1/review/SYR-S1", headers: h, payload: { fields: { fatalities: 3 }, reason: "desk check" } });
      assert.equal(edit.statusCode, 200, edit.body);
      assert.equal((await s.getEvent("SYR-S1"))!.event.fatalities, 3);
      const audit = await app.inject({ method: "GET", url: "/api/v1/audit?subject_type=event&subject_id=SYR-S1", headers: h });
      assert.equal(audit.statusCode, 200, audit.body);
      assert.match(audit.body, /event\.edit/);
      const tip = await app.inject({ method: "POST", url: "/api/v1/tips", payload: { text: "Shelling reported near the bridge at dawn." }, remoteAddress: "10.0.0.9" });
      assert.equal(tip.statusCode, 202, tip.body);
      assert.equal((await desk.listTips("new", 10)).length, 1);
      assert.equal((await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: h })).statusCode < 300, true);
      assert.equal((await app.inject({ method: "GET", url: "/api/v1/review", headers: h })).statusCode, 401, "the session ended");
    } finally {
      await app.close();
    }
  });
});
