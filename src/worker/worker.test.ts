// Workers on the PostgreSQL job queue: kill -9 of a worker mid-run loses nothing and duplicates
// nothing — a second worker finishes the job and the result equals a single-process run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { freshSchema, pgUnavailable } from "../store/pg-testing.js";
import { SqliteStore } from "../store/sqlite.js";
import { ingestPaths } from "../pipeline/ingest.js";
import { extractPending } from "../pipeline/extract.js";
import { PostgresStore } from "../store/postgres.js";
import { queueStatus } from "./status.js";
import { syntheticJsonl } from "./synthetic.js";
import { tempDir } from "../../test/helpers.js";

const ENTRY = fileURLToPath(new URL("./entry.ts", import.meta.url));
const N = 300;
const env = { ...process.env, SITREP_JOB_EXPIRE_S: "3", SITREP_JOB_MAINTENANCE_S: "1" };
const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", ENTRY, ...args], { encoding: "utf8", env, timeout: 90_000 });

test("sitrep worker refuses a SQLite database with a clear error", () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = cli(["worker", "--db", join(dir, "x.db")]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /SITREP_E_BAD_ARGUMENT.*workers need PostgreSQL/);
  } finally {
    cleanup();
  }
});

test("kill -9 of a worker mid-run: a second worker finishes; every article extracted once; same events as one process", async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const s = await freshSchema();
  const { dir, cleanup } = tempDir();
  const db = new pg.Client({ connectionString: s.url, options: `-c search_path=${s.schema}` });
  try {
    const file = join(dir, "syn.jsonl");
    writeFileSync(file, syntheticJsonl(N));
    const q = cli(["worker", "--enqueue", file, "--db", s.url]);
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, new RegExp(`queued ${N} articles`));

    const child = spawn(process.execPath, ["--import", "tsx", ENTRY, "worker", "--quiet", "--db", s.url], { env, stdio: "ignore" });
    await db.connect();
    const extracted = async () => {
      try {
        return (await db.query("SELECT COUNT(*)::int AS n FROM articles WHERE extracted_at IS NOT NULL")).rows[0].n as number;
      } catch {
        return 0; // tables not created yet
      }
    };
    let seen = 0;
    for (const t0 = Date.now(); Date.now() - t0 < 60_000 && seen < 60; await sleep(25)) seen = await extracted();
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const atKill = await extracted();
    assert.ok(atKill >= 60 && atKill < N, `the kill should land mid-run (${atKill} of ${N} extracted)`);

    const second = cli(["worker", "--until-idle", "--quiet", "--db", s.url]);
    assert.equal(second.status, 0, second.stderr);

    const one = (sql: string) => db.query(sql).then((r) => r.rows[0].n as number);
    assert.equal(await one("SELECT COUNT(*)::int AS n FROM articles"), N, "every article stored once");
    assert.equal(await one("SELECT COUNT(*)::int AS n FROM articles WHERE extracted_at IS NULL"), 0, "every article extracted");
    assert.equal(await one("SELECT COUNT(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"), 0, "no half article");
    assert.equal(await one("SELECT COUNT(*)::int AS n FROM (SELECT article_id FROM reports GROUP BY article_id, idx HAVING COUNT(*) > 1) d"), 0, "no duplicated report");

    // The same corpus in one process on SQLite.
    const ref = new SqliteStore(join(dir, "ref.db"));
    await ingestPaths(ref, [file]);
    await extractPending(ref);
    const pgStore = await PostgresStore.open(s.url);
    try {
      const [a, b] = [await ref.status(), await pgStore.status()];
      assert.deepEqual({ ...b, skippedInputs: 0 }, { ...a, skippedInputs: 0 });
      const norm = (evs: { event: { timestamp: number } }[]) => JSON.stringify(evs.map((e) => ({ ...e.event, timestamp: 0 })));
      assert.equal(norm(await pgStore.listEvents({})), norm(await ref.listEvents({})), "the same events as a single-process run");
      const qs = await queueStatus(pgStore);
      assert.equal(qs["ingest queued"], 0);
      assert.equal(qs["extract active"], 0);
      assert.ok(qs["ingest completed"]! >= N);
    } finally {
      await ref.close();
      await pgStore.close();
    }
  } finally {
    await db.end().catch(() => {});
    await s.drop();
    cleanup();
  }
});
