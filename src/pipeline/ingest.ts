// Reads inputs and stores them, one transaction per article; bad inputs are reported and skipped.
import { contentHash, readInputs } from "../ingest/index.js";
import type { Article } from "../types.js";
import type { Store } from "../store/index.js";
import { asSitrepError } from "../errors.js";

export interface IngestTally {
  ingested: number;
  revised: number;
  unchanged: number;
  skipped: number;
}

export interface IngestOptions {
  /** Called with each skipped input's one-line error (file, line, code). */
  onSkip?: (line: string) => void;
  onArticle?: (n: number) => void;
  maxBytes?: number;
  /** Publication date and outlet for inputs that carry none (plain text files). */
  defaults?: { published?: string; outlet?: string };
}

function withDefaults(a: Article, d?: IngestOptions["defaults"]): Article {
  if (!d || ((a.published || !d.published) && (a.outlet || !d.outlet))) return a;
  const b = { ...a, published: a.published ?? d.published, outlet: a.outlet ?? d.outlet };
  return { ...b, contentHash: contentHash(b) };
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestTally> {
  const tally: IngestTally = { ingested: 0, revised: 0, unchanged: 0, skipped: 0 };
  let n = 0;
  for await (const item of readInputs(paths, { maxBytes: opts.maxBytes })) {
    n++;
    if (item.error || !item.article) {
      const e = asSitrepError(item.error ?? new Error("no article"));
      tally.skipped++;
      opts.onSkip?.(e.toLine());
      await store.recordSkip(e.where ?? "?", e.code, e.message);
      continue;
    }
    try {
      const r = await store.putArticle(withDefaults(item.article, opts.defaults));
      if (r.status === "unchanged") tally.unchanged++;
      else {
        tally.ingested++;
        if (r.status === "revised") tally.revised++;
      }
    } catch (err) {
      const e = asSitrepError(err, item.article.origin);
      tally.skipped++;
      opts.onSkip?.(e.toLine());
      await store.recordSkip(e.where ?? item.article.origin, e.code, e.message);
    }
    opts.onArticle?.(n);
  }
  return tally;
}

export function tallyLine(t: IngestTally): string {
  return `${t.ingested} ingested, ${t.unchanged} unchanged, ${t.skipped} skipped`;
}
