// The job queue: pg-boss in the same PostgreSQL database, in its own schema beside the store's.
// Jobs: `sitrep-ingest` {article} -> store it (content-hash keyed, so a retry is a no-op) and queue
// `sitrep-extract` {id} -> extract + fuse in one transaction unless the article already has a result.
// At-least-once: a job whose worker dies stays `active` until it expires, then is retried. Both
// queues use pg-boss's "standard" policy: its "stately" policy (one queued job per key) makes every
// fetch group the whole queue by key, which measured slower with each worker added.
import PgBoss from "pg-boss";
import { pgConfig } from "../store/pg-db.js";

export const INGEST_QUEUE = "sitrep-ingest";
export const EXTRACT_QUEUE = "sitrep-extract";

export interface QueueTimings {
  /** Seconds before an active job of a dead worker is retried. */
  expireInSeconds: number;
  /** How often pg-boss looks for expired jobs. */
  maintenanceIntervalSeconds: number;
}

export function timingsFromEnv(): QueueTimings {
  return {
    expireInSeconds: Number(process.env.SITREP_JOB_EXPIRE_S ?? 120),
    maintenanceIntervalSeconds: Number(process.env.SITREP_JOB_MAINTENANCE_S ?? 30),
  };
}

/** The pg-boss schema for a store schema: `public` -> `pgboss`, `x` -> `x_boss`. */
export const bossSchemaOf = (schema: string) => (schema === "public" ? "pgboss" : `${schema}_boss`);

export async function openQueue(url: string, t: QueueTimings = timingsFromEnv()): Promise<PgBoss> {
  const { config, schema } = pgConfig(url);
  const boss = new PgBoss({
    connectionString: config.connectionString,
    schema: bossSchemaOf(schema),
    max: 4,
    application_name: "sitrep-worker",
    maintenanceIntervalSeconds: t.maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: Math.max(1, t.maintenanceIntervalSeconds),
  });
  boss.on("error", (err) => console.error(`queue: ${(err as Error).message}`));
  await boss.start();
  const retry = { retryLimit: 5, retryDelay: 1, expireInSeconds: t.expireInSeconds };
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: "standard", ...retry });
  await boss.createQueue(EXTRACT_QUEUE, { name: EXTRACT_QUEUE, policy: "standard", ...retry });
  return boss;
}

/** Jobs not yet finished (queued, waiting for retry, or running) per queue. */
export async function queueCounts(boss: PgBoss): Promise<{ ingest: number; extract: number }> {
  const n = (q: string) => boss.getQueueSize(q, { before: "completed" });
  return { ingest: await n(INGEST_QUEUE), extract: await n(EXTRACT_QUEUE) };
}
