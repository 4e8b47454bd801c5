// `sitrep migrate`: a SQLite database WITH desk data (users, sessions, tokens, invites, outbox,
// settings, audit rows, review locks, tips) copied into a fresh PostgreSQL schema by the real
// command; row counts checked on both sides, and the copy works as a desk afterwards (log-in,
// hand-edit locks over re-fusion, the append-only trigger, ids continuing after the copied ones).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SqliteStore } from "./sqlite.js";
import { PostgresStore } from "./postgres.js";
import { freshSchema, pgUnavailable } from "./pg-testing.js";
import { runCli, tempDir } from "../../test/helpers.js";
import { SAMPLE_ARTICLES, sampleEvent, seedSample } from "../api/sample-data.js";
import { parseJsonlLine } from "../ingest/index.js";
import { deskStoreFor } from "../desk/index.js";
import { addUser, checkLogin, issueOneTime, startSession } from "../desk/accounts.js";
import { editEvent, rejectEvent } from "../desk/review.js";
import { sha256 } from "../desk/secrets.js";
import { SKIPPED } from "./pg-copy.js";

const PW = "correct horse battery";

test("migrate copies a SQLite desk (users, audit log, review locks, tips...) into PostgreSQL and verifies counts", async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const { dir, cleanup } = tempDir();
  const schema = await freshSchema();
  const file = join(dir, "desk.db");
  try {
    // --- a SQLite desk in use
    const src = new SqliteStore(file);
    await seedSample(src);
    const desk = deskStoreFor(src)!;
    const admin = await addUser(desk, "admin@example.org", "admin", PW, "cli");
    const ed = await addUser(desk, "ed@example.org", "editor", PW, "cli");
    await startSession(desk, ed.id);
    await desk.createToken({ userId: ed.id, name: "script", scope: "write", tokenHash: sha256("tok-1") }, { actor: `user:${ed.id}`, action: "token.create", subjectType: "token", subjectId: "?" });
    await issueOneTime(desk, "invite", { email: "new@example.org", role: "viewer" }, `user:${admin.id}`);
    await desk.addOutbox({ to: "new@example.org", subject: "invitation", body: "link" });
    await desk.setSetting("public", false, { actor: `user:${admin.id}`, action: "setting.set", subjectType: "setting", subjectId: "public", after: false });
    await editEvent(src, desk, "SYR-S2", { fatalities: 9, notes: "Desk: 9 killed." }, `user:${ed.id}`, "count revised");
    await rejectEvent(src, desk, "MMR-S4", `user:${ed.id}`, "not verifiable");
    const tip = await desk.addTip({ text: "Heavy shelling heard near the river crossing.", link: null, contact: null });
    await desk.updateTip(tip.id, { state: "dismissed", note: "duplicate", by: `user:${ed.id}` }, { actor: `user:${ed.id}`, action: "tip.dismiss", subjectType: "tip", subjectId: String(tip.id) });
    await desk.addTip({ text: "A second tip, still waiting for triage.", link: "https://example.org/a", contact: "x@example.org" });
    const n = (table: string) => (src.db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const expected: Record<string, number> = {};
    for (const table of ["users", "api_tokens", "one_time_tokens", "outbox", "settings", "audit_log", "event_review", "tips", "articles", "events", "reports"]) expected[table] = n(table);
    assert.ok(expected.audit_log! >= 7 && expected.users === 2 && expected.event_review === 2, JSON.stringify(expected));
    assert.equal(n("sessions"), 1);
    await src.close();

    // --- the real command
    const r = runCli(["migrate", "--from", `sqlite:${file}`, "--to", schema.url]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /row counts verified/);
    assert.match(r.stderr, /skipped sessions \(1 rows\): live log-in sessions/);
    assert.doesNotMatch(r.stderr, /not copied/);
    for (const table of Object.keys(expected)) assert.match(r.stdout, new RegExp(`\\b${table}\\b`), `${table} in the report`);

    // --- the copy, checked from PostgreSQL itself
    const dst = await PostgresStore.open(schema.url);
    try {
      for (const [table, count] of Object.entries(expected)) {
        const got = (await dst.pool.query(`SELECT COUNT(*)::int AS n FROM "${table}"`)).rows[0].n;
        assert.equal(got, count, `${table}: ${count} rows on SQLite, ${got} on PostgreSQL`);
      }
      assert.equal((await dst.pool.query("SELECT COUNT(*)::int AS n FROM sessions")).rows[0].n, 0, `sessions are skipped (${SKIPPED.sessions})`);
      const pdesk = deskStoreFor(dst)!;
      // Accounts work: the argon2id hash came across; tokens resolve; the invite is still usable once.
      assert.equal((await checkLogin(pdesk, "ed@example.org", PW)).id, ed.id);
      assert.equal((await pdesk.getTokenByHash(sha256("tok-1")))?.userId, ed.id);
      assert.deepEqual(await pdesk.getSettings(), { public: false });
      // Identity columns continue after the copied ids.
      const third = await addUser(pdesk, "third@example.org", "viewer", PW, "cli");
      assert.equal(third.id, 3);
      const audit = await pdesk.listAudit({});
      assert.equal(audit.length, expected.audit_log! + 1);
      assert.deepEqual(audit.map((a) => a.id), [...audit.map((a) => a.id)].sort((a, b) => a - b));
      assert.deepEqual(audit.find((a) => a.action === "event.edit")?.before, { fatalities: 12, notes: "" });
      await assert.rejects(dst.pool.query("DELETE FROM audit_log"), /append-only/);
      // Review locks came across and still rule over re-fusion on PostgreSQL.
      assert.deepEqual((await pdesk.reviewOf("SYR-S2"))?.locked, { fatalities: 9, notes: "Desk: 9 killed." });
      const a = SAMPLE_ARTICLES.find((x) => x.id === "sample-hama-20241203")!;
      const art = parseJsonlLine(JSON.stringify({ id: a.id, outlet: a.outlet, title: a.title, published: a.published, text: a.text + "\n\nAn update gave 15 dead." }), "sample", 1);
      const put = await dst.putArticle(art);
      assert.equal(put.status, "revised");
      await dst.saveExtraction(put.id, a.reports.map((x) => sampleEvent({ source: a.outlet, ...x.event, fatalities: 15, admin3: "Machine v2", articles: [a.id], evidence: [] } as Parameters<typeof sampleEvent>[0])));
      const e = (await dst.getEvent("SYR-S2"))!;
      assert.equal(e.event.fatalities, 9);
      assert.equal(e.event.admin3, "Machine v2");
      assert.ok((await dst.getEvent("MMR-S4"))?.deletedAt, "the rejected event stays a tombstone");
      assert.deepEqual((await pdesk.listTips("all", 10)).map((x) => x.state), ["new", "dismissed"]);
    } finally {
      await dst.close();
    }

    // --- a second run into the same (now non-empty) schema refuses and copies nothing
    const again = runCli(["migrate", "--from", `sqlite:${file}`, "--to", schema.url]);
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /already holds/);
  } finally {
    await schema.drop();
    cleanup();
  }
});
