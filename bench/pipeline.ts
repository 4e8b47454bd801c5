// Pipeline bench (issue 8): end-to-end articles/s (ingest -> extract -> fuse) on a generated wire corpus
//  - PostgreSQL through the pg-boss job queue with 1, 2 and 4 worker processes (wall time from the
//    workers' start to the last one going idle, start-up included);
//  - single-process SQLite (ingestPaths + extractPending) on the same corpus.
// Each worker reports its peak RSS. Needs a PostgreSQL server (SITREP_TEST_PG, default
// postgres://postgres@127.0.0.1:5432/test); without one only SQLite runs.
// Run: node --import tsx bench/pipeline.ts   (BENCH_PIPELINE_N, default 1000 articles; BENCH_PIPELINE_WORDS 250)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SqliteStore } from "../src/store/sqlite.js";
import { ingestPaths } from "../src/pipeline/ingest.js";
import { extractPending } from "../src/pipeline/extract.js";
import { freshSchema, pgUnavailable } from "../src/store/pg-testing.js";
import { enqueueInputs } from "../src/worker/run.js";
import { PostgresStore } from "../src/store/postgres.js";
import { makeWireReport, prng } from "./util.js";

const ENTRY = fileURLToPath(new URL("../src/worker/entry.ts", import.meta.url));

function runWorkers(url: string, n: number): Promise<{ secs: number; rssMb: number[] }> {
  const t0 = performance.now();
  const rss: number[] = [];
  const kids = Array.from({ length: n }, () =>
    spawn(process.execPath, ["--import", "tsx", ENTRY, "worker", "--until-idle", "--quiet", "--db", url], { stdio: ["ignore", "pipe", "inherit"] }),
  );
  return Promise.all(
    kids.map((k) => new Promise<void>((resolve, reject) => {
      let out = "";
      k.stdout.on("data", (d) => (out += d));
      k.once("exit", (code) => {
        const m = /peak RSS (\d+) MB/.exec(out);
        if (m) rss.push(Number(m[1]));
        code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${out}`));
      });
    })),
  ).then(() => ({ secs: (performance.now() - t0) / 1000, rssMb: rss }));
}

export async function bench(): Promise<void> {
  const n = Number(process.env.BENCH_PIPELINE_N ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-pipeline-"));
  const file = join(dir, "corpus.jsonl");
  const r = prng(8);
  const words = Number(process.env.BENCH_PIPELINE_WORDS ?? 250);
  writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify(makeWireReport(r, i, words))).join("\n") + "\n");
  console.log(`corpus: ${n} generated wire reports (bench/util.ts makeWireReport, ~${words} words), ${cpus().length} CPU cores`);
  try {
    const store = new SqliteStore(join(dir, "p.db"));
    const t0 = performance.now();
    await ingestPaths(store, [file]);
    const x = await extractPending(store);
    const secs = (performance.now() - t0) / 1000;
    const events = (await store.status()).events;
    await store.close();
    console.log(`sqlite, 1 process      : ${(n / secs).toFixed(1)} articles/s (${secs.toFixed(1)} s, ${x.events} reports, ${events} events), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

    const why = await pgUnavailable();
    if (why) {
      console.log(`postgres: skipped (${why})`);
      return;
    }
    for (const workers of (process.env.BENCH_PIPELINE_WORKERS ?? "1,2,4").split(",").map(Number)) {
      const s = await freshSchema();
      try {
        await (await PostgresStore.open(s.url)).close();
        await enqueueInputs(s.url, [file]);
        const r = await runWorkers(s.url, workers);
        const pg = await PostgresStore.open(s.url);
        const st = await pg.status();
        await pg.close();
        const ok = st.extracted === n && st.pendingExtraction === 0 ? "" : ` INCOMPLETE: ${st.extracted}/${n} extracted`;
        console.log(
          `postgres, ${workers} worker${workers > 1 ? "s" : " "}   : ${(n / r.secs).toFixed(1)} articles/s (${r.secs.toFixed(1)} s incl. ~1 s start-up, ${st.events} events), worker peak RSS ${r.rssMb.join("/")} MB${ok}`,
        );
      } finally {
        await s.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
