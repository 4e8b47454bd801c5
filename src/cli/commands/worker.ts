import type { Command } from "../command.js";
import { parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { PostgresStore } from "../../store/postgres.js";
import { SitrepError } from "../../errors.js";
import { enqueueInputs, forkWorkers, runWorker } from "../../worker/run.js";

export const workerCommand: Command = {
  name: "worker",
  summary: "PostgreSQL job queue: run workers (ingest -> extract -> fuse), or queue inputs for them",
  help: `usage: sitrep worker [--concurrency N] [--until-idle] --db postgres://...
       sitrep worker --enqueue PATH... --db postgres://...

Workers pull jobs from a pg-boss queue in the same PostgreSQL database; start as many as you like,
on any number of machines. --concurrency N forks N worker processes (extraction is CPU-bound).
Each job is at-least-once and idempotent: a worker killed mid-job (even kill -9) loses nothing —
its job is retried after it expires (SITREP_JOB_EXPIRE_S, default 120 s) — and duplicates nothing.
On start a worker also queues extraction of every stored article that has no result yet
(so \`sitrep ingest --db postgres://...\` followed by workers works too).
--enqueue reads inputs (as \`sitrep ingest\`) and queues one ingest job per article, then exits.
--until-idle exits once no job is queued or running and no article waits for extraction.
Progress: \`sitrep status --db postgres://...\`. SQLite databases have no queue: use \`sitrep extract\`.`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      concurrency: { type: "string" }, "until-idle": { type: "boolean" }, enqueue: { type: "boolean" }, quiet: { type: "boolean" },
    });
    const n = values.concurrency === undefined ? 1 : Number(values.concurrency);
    if (!Number.isInteger(n) || n < 1 || n > 256) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--concurrency: expected a whole number 1..256, got "${values.concurrency}"`);
    const store = await openStore(values.db as string | undefined);
    if (!(store instanceof PostgresStore)) {
      await store.close();
      throw new SitrepError("SITREP_E_BAD_ARGUMENT", `workers need PostgreSQL (--db postgres://... or SITREP_DB); ${store.location} is SQLite: run \`sitrep extract\` instead`);
    }
    try {
      if (values.enqueue) {
        if (!positionals.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "--enqueue: give at least one PATH");
        const r = await enqueueInputs(store.url, positionals, (l) => console.error(l));
        console.log(`queued ${r.queued} articles for ingest, ${r.skipped} inputs skipped`);
        return r.skipped ? 1 : 0;
      }
      if (positionals.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `unexpected argument "${positionals[0]}" (did you mean --enqueue?)`);
      if (n > 1) {
        const args = argv.filter((a, i) => a !== "--concurrency" && argv[i - 1] !== "--concurrency" && !a.startsWith("--concurrency="));
        await store.close();
        return await forkWorkers(process.argv[1]!, [...args, "--concurrency", "1"], n);
      }
      const quiet = !!values.quiet;
      const t = await runWorker(store, {
        untilIdle: !!values["until-idle"],
        log: (l) => console.error(`worker ${process.pid}: ${l}`),
        onProgress: quiet ? undefined : (d) => {
          if ((d.ingested + d.extracted) % 500 === 0) console.error(`worker ${process.pid}: ${d.ingested} ingested, ${d.extracted} extracted`);
        },
      });
      const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
      console.log(`worker ${process.pid}: ${t.ingested} ingested, ${t.extracted} extracted, ${t.failed} failed attempts, peak RSS ${rss} MB`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
