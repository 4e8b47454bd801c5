// Polls the feeds that are due: one conditional GET each, items stored as articles (one
// transaction per article, like `sitrep ingest`), every fetch recorded, and per-feed exponential
// back-off after errors. Hosts are polled in parallel; requests to one host are spaced by
// `hostGapMs` (politeness). A broken feed is a result line, never an exception.
import type { Store } from "../store/store.js";
import { runnerFor } from "../store/pg-runner.js";
import { decodeBytes, parseFeed } from "../ingest/index.js";
import { asSitrepError } from "../errors.js";
import { FeedRepo, type Feed } from "./repo.js";
import { fetchFeed } from "./fetch.js";

export interface PollOptions {
  now?: () => Date;
  /** Poll every feed, due or not. */
  all?: boolean;
  timeoutMs?: number;
  /** Minimum gap between two requests to the same host. */
  hostGapMs?: number;
  /** Hosts fetched at once. */
  parallelHosts?: number;
  /** Back-off after n failures: min(maxBackoffS, baseBackoffS * 2^(n-1)). */
  baseBackoffS?: number;
  maxBackoffS?: number;
  onResult?: (r: PollResult) => void;
}

export interface PollResult {
  feed: string;
  status: number | null;
  notModified: boolean;
  ingested: number;
  unchanged: number;
  skippedItems: number;
  error: string | null;
  nextPollAt: string;
  ms: number;
}

/** Seconds to wait after the n-th consecutive failure. */
export function backoffSeconds(failures: number, base = 60, max = 6 * 3600): number {
  return Math.min(max, base * 2 ** Math.max(0, failures - 1));
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function pollFeeds(store: Store, opts: PollOptions = {}): Promise<PollResult[]> {
  const repo = new FeedRepo(runnerFor(store));
  const now = opts.now ?? (() => new Date());
  const due = await repo.due(now(), opts.all);
  const byHost = new Map<string, Feed[]>();
  for (const f of due) byHost.set(hostOf(f.url), [...(byHost.get(hostOf(f.url)) ?? []), f]);
  const results: PollResult[] = [];
  const queue = [...byHost.values()];
  const gap = opts.hostGapMs ?? 1000;
  const lane = async () => {
    for (let feeds = queue.shift(); feeds; feeds = queue.shift()) {
      for (const [i, f] of feeds.entries()) {
        if (i > 0) await sleep(gap);
        const r = await pollOne(store, repo, f, now, opts);
        results.push(r);
        opts.onResult?.(r);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.parallelHosts ?? 8, queue.length) }, lane));
  return results.sort((a, b) => a.feed.localeCompare(b.feed));
}

async function pollOne(store: Store, repo: FeedRepo, f: Feed, now: () => Date, opts: PollOptions): Promise<PollResult> {
  const at = now();
  const out = await fetchFeed(f.url, { etag: f.etag, lastModified: f.lastModified, timeoutMs: opts.timeoutMs });
  let error = out.error ?? null;
  let ingested = 0;
  let unchanged = 0;
  let skippedItems = 0;
  if (!error && out.body) {
    try {
      const items = parseFeed(decodeBytes(out.body, f.url), f.url);
      const broken = items.length === 1 && items[0]!.error && items[0]!.error.code === "SITREP_E_BAD_FEED" && items[0]!.error.where === f.url;
      if (broken) error = items[0]!.error!.toLine();
      else {
        for (const it of items) {
          if (!it.article) {
            skippedItems++;
            const e = asSitrepError(it.error ?? new Error("no article"));
            await store.recordSkip(e.where ?? f.url, e.code, e.message);
            continue;
          }
          const r = await store.putArticle(it.article);
          if (r.status === "unchanged") unchanged++;
          else ingested++;
        }
      }
    } catch (err) {
      error = asSitrepError(err, f.url).toLine();
    }
  }
  const failures = error ? f.failures + 1 : 0;
  const waitS = error
    ? Math.max(backoffSeconds(failures, opts.baseBackoffS, opts.maxBackoffS), out.retryAfterS ?? 0)
    : f.intervalS;
  const next = new Date(at.getTime() + waitS * 1000).toISOString();
  await repo.recordFetch({ feedId: f.id, url: f.url, at: at.toISOString(), status: out.status, bytes: out.bytes, ms: out.ms, items: ingested, error });
  // Validators only from a good response: a 500 page's ETag must not suppress the next real fetch.
  await repo.update(f.id, {
    etag: error ? null : out.etag,
    lastModified: error ? null : out.lastModified,
    failures, status: out.status, error, at: at.toISOString(), next,
  });
  return { feed: f.url, status: out.status, notModified: out.notModified, ingested, unchanged, skippedItems, error, nextPollAt: next, ms: out.ms };
}
