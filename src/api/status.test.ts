// GET /api/v1/status on PostgreSQL: no queue before a worker or --enqueue created one, then the
// queued jobs per step. (The SQLite case, queue: null, is in api.test.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshSchema, pgUnavailable } from "../store/pg-testing.js";
import { openStore } from "../store/index.js";
import { INGEST_QUEUE, openQueue } from "../worker/queue.js";
import { buildApp } from "./app.js";
import { queueByStep } from "./status.js";

test("queueByStep regroups the CLI's flat counts by step; empty is null", () => {
  assert.equal(queueByStep({}), null);
  assert.deepEqual(queueByStep({ "ingest queued": 2, "ingest active": 1, "extract failed": 4, "odd key": 9 }), {
    ingest: { queued: 2, retry: 0, active: 1, completed: 0, failed: 0 },
    extract: { queued: 0, retry: 0, active: 0, completed: 0, failed: 4 },
  });
});

test("PostgreSQL: queue is null until the job queue exists, then jobs by state per step", async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const s = await freshSchema();
  const store = await openStore(s.url);
  const app = await buildApp({ store, webDist: false, desk: null });
  try {
    const status = async () => {
      const r = await app.inject({ method: "GET", url: "/api/v1/status" });
      assert.equal(r.statusCode, 200, r.body);
      return r.json();
    };
    const before = await status();
    assert.equal(before.store, "postgres");
    assert.equal(before.queue, null);
    assert.equal(before.counts.articles, 0);

    const boss = await openQueue(s.url, { expireInSeconds: 60, maintenanceIntervalSeconds: 60 });
    try {
      await boss.insert([1, 2, 3].map((i) => ({ name: INGEST_QUEUE, data: { n: i } })));
    } finally {
      await boss.stop({ graceful: false, wait: true, timeout: 5_000 }).catch(() => {});
    }
    const after = await status();
    assert.deepEqual(after.queue, {
      ingest: { queued: 3, retry: 0, active: 0, completed: 0, failed: 0 },
      extract: { queued: 0, retry: 0, active: 0, completed: 0, failed: 0 },
    });
  } finally {
    await app.close();
    await store.close();
    await s.drop();
  }
});
