// A worker process: pulls ingest and extract jobs from the queue until stopped (or, with
// untilIdle, until nothing is left to do). Extraction is CPU-bound, so parallelism comes from
// processes (`sitrep worker --concurrency N` forks N of them); each process also keeps a couple of
// jobs in flight to overlap database round trips.
import { fork } from "node:child_process";
import { readInputs } from "../ingest/index.js";
import { asSitrepError } from "../errors.js";
import type { PostgresStore } from "../store/postgres.js";
import { EXTRACT_QUEUE, INGEST_QUEUE, openQueue, queueCounts } from "./queue.js";
import { extractStep, ingestStep, sweepPending } from "./steps.js";
import type { Article } from "../types.js";

export interface WorkerOptions {
  /** Jobs in flight per process (DB overlap; not CPU parallelism). */
  inFlight?: number;
  /** Stop when no job is queued or running and no article waits for extraction. */
  untilIdle?: boolean;
  pollingIntervalSeconds?: number;
  /** Jobs fetched at once per loop. */
  batchSize?: number;
  onProgress?: (done: { ingested: number; extracted: number }) => void;
  log?: (line: string) => void;
}

export interface WorkerTally {
  ingested: number;
  extracted: number;
  failed: number;
}

export async function runWorker(store: PostgresStore, opts: WorkerOptions = {}): Promise<WorkerTally> {
  const boss = await openQueue(store.url);
  const tally: WorkerTally = { ingested: 0, extracted: 0, failed: 0 };
  const log = opts.log ?? (() => {});
  let busy = 0;
  const wrap = <T>(step: (data: T) => Promise<void>) => async (jobs: { data: T }[]) => {
    busy++;
    try {
      for (const j of jobs) await step(j.data);
    } catch (err) {
      tally.failed++;
      log(`job failed (will be retried): ${asSitrepError(err).toLine()}`);
      throw err;
    } finally {
      busy--;
    }
  };
  try {
    const swept = await sweepPending(store, boss);
    if (swept) log(`queued extraction of ${swept} stored articles without a result`);
    // pg-boss waits a polling interval between fetches; after a batch that found work, ask for the
    // next one at once (notifyWorker) so a busy worker never idles.
    const poll = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 0.5, batchSize: opts.batchSize ?? 4 };
    const loop = async <T>(queue: string, step: (d: T) => Promise<void>) => {
      let id = "";
      const handler = wrap(step);
      id = await boss.work<T>(queue, poll, async (jobs) => {
        await handler(jobs);
        if (jobs.length && id) boss.notifyWorker(id);
      });
    };
    for (let i = 0; i < (opts.inFlight ?? 2); i++) {
      await loop<{ article: Article }>(INGEST_QUEUE, async (d) => {
        await ingestStep(store, boss, d.article);
        tally.ingested++;
        opts.onProgress?.(tally);
      });
      await loop<{ id: number }>(EXTRACT_QUEUE, async (d) => {
        if (await extractStep(store, d.id)) tally.extracted++;
        opts.onProgress?.(tally);
      });
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
      if (!opts.untilIdle) return;
      const check = async () => {
        try {
          const q = await queueCounts(boss);
          const s = await store.status();
          if (busy === 0 && q.ingest === 0 && q.extract === 0 && s.pendingExtraction === 0) return resolve();
        } catch (err) {
          log(`idle check: ${(err as Error).message}`);
        }
        setTimeout(check, 500).unref();
      };
      setTimeout(check, 500).unref();
    });
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
  }
  return tally;
}

/** Reads inputs and queues one ingest job per article (bad inputs are reported and skipped). */
export async function enqueueInputs(url: string, paths: string[], onSkip?: (line: string) => void): Promise<{ queued: number; skipped: number }> {
  const boss = await openQueue(url);
  let queued = 0;
  let skipped = 0;
  try {
    let batch: { name: string; data: object }[] = [];
    const flush = async () => {
      if (batch.length) await boss.insert(batch);
      batch = [];
    };
    for await (const item of readInputs(paths)) {
      if (!item.article) {
        skipped++;
        onSkip?.(asSitrepError(item.error ?? new Error("no article")).toLine());
        continue;
      }
      batch.push({ name: INGEST_QUEUE, data: { article: item.article } });
      queued++;
      if (batch.length >= 500) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
  }
  return { queued, skipped };
}

/** Forks `n` worker processes running `argv` (the CLI with --concurrency 1); resolves with the worst exit code. */
export function forkWorkers(bin: string, argv: string[], n: number): Promise<number> {
  const kids = Array.from({ length: n }, () => fork(bin, argv, { stdio: "inherit" }));
  const relay = (sig: NodeJS.Signals) => kids.forEach((k) => k.kill(sig));
  process.once("SIGTERM", () => relay("SIGTERM"));
  process.once("SIGINT", () => relay("SIGINT"));
  return Promise.all(kids.map((k) => new Promise<number>((r) => k.once("exit", (code) => r(code ?? 1))))).then((codes) => Math.max(...codes));
}

export { EXTRACT_QUEUE, INGEST_QUEUE };
