// Runs extraction over stored articles that have none yet ("articles without a result"),
// so re-runs pick up exactly what is left.
import { extractArticle } from "../extract/index.js";
import type { Store } from "../store/index.js";

export interface ExtractTally {
  articles: number;
  events: number;
  skipped: number;
}

export async function extractPending(store: Store, opts: { batch?: number; onSkip?: (line: string) => void; onArticle?: () => void } = {}): Promise<ExtractTally> {
  const tally: ExtractTally = { articles: 0, events: 0, skipped: 0 };
  const batch = opts.batch ?? 200;
  for (;;) {
    const arts = await store.articlesToExtract(batch);
    if (!arts.length) break;
    for (const a of arts) {
      const r = extractArticle({
        id: a.key,
        text: a.text,
        published: a.published,
        outlet: a.outlet,
        title: a.title,
        blocks: a.blocks,
      });
      if (r.skipped) {
        tally.skipped++;
        opts.onSkip?.(`${r.skipped.code} ${a.origin}: ${r.skipped.reason}`);
      }
      await store.saveExtraction(a.id, r.events, r.skipped?.reason, r.held);
      tally.articles++;
      tally.events += r.events.length;
      opts.onArticle?.();
    }
  }
  return tally;
}
