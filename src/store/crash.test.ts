// kill -9 in the middle of a 5,000-article ingest loses nothing that was committed, leaves no half
// article, and a re-run finishes the job.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { runCli, startCli, tempDir } from "../../test/helpers.js";

function articles(n: number): string {
  const towns = ["Aleppo", "Hama", "Homs", "Idlib", "Daraa", "Kharkiv", "Goma", "El Fasher"];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length];
    const text = `Report ${i}. Fighting was reported near ${town} on Tuesday, a local monitor said. ` +
      `Residents said shelling continued into the night. The monitor counted ${i % 7} dead. `.repeat(1 + (i % 3));
    lines.push(JSON.stringify({ id: `crash-${i}`, text, published: "2024-12-04", outlet: "Crash Wire" }));
  }
  return lines.join("\n") + "\n";
}

test("kill -9 during a 5,000-article ingest: the database opens, passes integrity_check, holds no half article; a re-run finishes", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, "crash.db");
    const file = join(dir, "many.jsonl");
    writeFileSync(file, articles(5000));
    const child = startCli(["ingest", file, "--db", db]);
    // Wait until the ingest is under way, then kill it without warning.
    const t0 = Date.now();
    let count = 0;
    while (Date.now() - t0 < 60_000) {
      await sleep(50);
      if (!existsSync(db)) continue;
      try {
        const c = new Database(db, { readonly: true, fileMustExist: true });
        count = (c.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
        c.close();
      } catch {
        continue;
      }
      if (count >= 300) break;
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    assert.ok(count > 0 && count < 5000, `the kill should land mid-ingest (saw ${count} articles)`);

    const conn = new Database(db);
    assert.equal((conn.pragma("integrity_check") as { integrity_check: string }[])[0]!.integrity_check, "ok");
    const half = conn
      .prepare("SELECT COUNT(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)")
      .get() as { n: number };
    assert.equal(half.n, 0, "an article was stored without its sentences");
    const before = (conn.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
    conn.close();

    const r = runCli(["ingest", file, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^${5000 - before} ingested, ${before} unchanged, 0 skipped$`, "m"));
    const again = new Database(db, { readonly: true });
    assert.equal((again.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n, 5000);
    again.close();
  } finally {
    cleanup();
  }
});
