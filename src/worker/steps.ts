// The idempotent steps the workers run. Each may run more than once for the same input (a worker
// killed after committing but before acknowledging its job); running it again changes nothing.
import type PgBoss from "pg-boss";
import type { Article } from "../types.js";
import type { PostgresStore } from "../store/postgres.js";
import { extractArticle } from "../extract/index.js";
import { EXTRACT_QUEUE } from "./queue.js";

/** Queues extraction of an article (a duplicate job is harmless: extractStep skips done articles). */
export async function queueExtract(boss: PgBoss, id: number): Promise<void> {
  await boss.send(EXTRACT_QUEUE, { id });
}

/** Stores an article (content-hash keyed: a retry finds it "unchanged") and queues its extraction if it has none. */
export async function ingestStep(store: PostgresStore, boss: PgBoss, article: Article): Promise<void> {
  const r = await store.putArticle(article);
  const row = await store.pool.query("SELECT 1 FROM articles WHERE id = $1 AND is_current = 1 AND extracted_at IS NULL", [r.id]);
  if (row.rowCount) await queueExtract(boss, r.id);
}

/** Extracts and fuses one article unless it already has a result (or is no longer current). Returns whether it did. */
export async function extractStep(store: PostgresStore, id: number): Promise<boolean> {
  const st = await store.pool.query("SELECT 1 FROM articles WHERE id = $1 AND is_current = 1 AND extracted_at IS NULL", [id]);
  if (!st.rowCount) return false;
  const a = await store.getArticle(id);
  if (!a) return false;
  const r = extractArticle({ id: a.key, text: a.text, published: a.published, outlet: a.outlet, title: a.title, blocks: a.blocks });
  await store.saveExtraction(a.id, r.events, r.skipped?.reason, r.held);
  return true;
}

/**
 * Queues extraction for every current article without a result (articles stored by `sitrep ingest`
 * rather than through the queue). Only when the extract queue has nothing unfinished: jobs of a dead
 * worker come back by expiry and retry, so a sweep is not needed for them, and N workers starting
 * together would otherwise queue every article N times.
 */
export async function sweepPending(store: PostgresStore, boss: PgBoss): Promise<number> {
  if ((await boss.getQueueSize(EXTRACT_QUEUE, { before: "completed" })) > 0) return 0;
  const ids = await store.pendingArticleIds();
  if (ids.length) await boss.insert(ids.map((id) => ({ name: EXTRACT_QUEUE, data: { id } })));
  return ids.length;
}
