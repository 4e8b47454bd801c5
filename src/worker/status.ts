// Queue progress for `sitrep status` on PostgreSQL: jobs by state per queue, read from pg-boss's
// tables directly (no pg-boss start-up needed; nothing when the queue was never created).
import type { Store } from "../store/store.js";
import { PostgresStore } from "../store/postgres.js";
import { bossSchemaOf, EXTRACT_QUEUE, INGEST_QUEUE } from "./queue.js";

export type QueueStatus = Record<string, number>;

/** e.g. { "ingest queued": 3, "ingest active": 1, "extract completed": 40, ... }; {} on SQLite. */
export async function queueStatus(store: Store): Promise<QueueStatus> {
  if (!(store instanceof PostgresStore)) return {};
  const boss = bossSchemaOf(store.schema);
  const exists = await store.pool.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'job'", [boss]);
  if (!exists.rowCount) return {};
  const r = await store.pool.query(
    `SELECT name, state::text AS state, COUNT(*)::int AS n FROM ${boss}.job WHERE name = ANY($1::text[]) GROUP BY name, state`,
    [[INGEST_QUEUE, EXTRACT_QUEUE]],
  );
  const out: QueueStatus = {};
  for (const q of [INGEST_QUEUE, EXTRACT_QUEUE]) {
    for (const s of ["created", "retry", "active", "completed", "failed"]) {
      const n = r.rows.find((x) => x.name === q && x.state === s)?.n ?? 0;
      out[`${q.replace("sitrep-", "")} ${s === "created" ? "queued" : s}`] = n;
    }
  }
  return out;
}
