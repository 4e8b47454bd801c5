// The feeds tables (migrations sqlite/005_feeds.sql, postgres/002_feeds.sql) on either backend.
import type { SqlRunner } from "../store/pg-runner.js";

export interface Feed {
  id: number;
  url: string;
  intervalS: number;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  failures: number;
  lastStatus: number | null;
  lastError: string | null;
  lastPolledAt: string | null;
}

export interface FetchRecord {
  feedId: number;
  url: string;
  at: string;
  status: number | null;
  bytes: number;
  ms: number;
  items: number;
  error: string | null;
}

interface FeedRow {
  id: number;
  url: string;
  interval_s: number;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string;
  failures: number;
  last_status: number | null;
  last_error: string | null;
  last_polled_at: string | null;
}

const toFeed = (r: FeedRow): Feed => ({
  id: r.id,
  url: r.url,
  intervalS: r.interval_s,
  addedAt: r.added_at,
  etag: r.etag,
  lastModified: r.last_modified,
  nextPollAt: r.next_poll_at,
  failures: r.failures,
  lastStatus: r.last_status,
  lastError: r.last_error,
  lastPolledAt: r.last_polled_at,
});

export class FeedRepo {
  constructor(private db: SqlRunner) {}

  /** Adds a feed (due at once); adding a known URL again changes nothing. Returns it and whether it is new. */
  async add(url: string, intervalS: number, now: Date): Promise<{ feed: Feed; added: boolean }> {
    const old = await this.byUrl(url);
    if (old) return { feed: old, added: false };
    const at = now.toISOString();
    await this.db.run("INSERT INTO feeds (url, interval_s, added_at, next_poll_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING", [url, intervalS, at, at]);
    return { feed: (await this.byUrl(url))!, added: true };
  }

  async byUrl(url: string): Promise<Feed | undefined> {
    const r = await this.db.get<FeedRow>("SELECT * FROM feeds WHERE url = ?", [url]);
    return r && toFeed(r);
  }

  async list(): Promise<Feed[]> {
    return (await this.db.all<FeedRow>("SELECT * FROM feeds ORDER BY id")).map(toFeed);
  }

  /** Feeds whose next poll time has come (all of them with `all`). */
  async due(now: Date, all = false): Promise<Feed[]> {
    const rows = all
      ? await this.db.all<FeedRow>("SELECT * FROM feeds ORDER BY id")
      : await this.db.all<FeedRow>("SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY id", [now.toISOString()]);
    return rows.map(toFeed);
  }

  async recordFetch(f: FetchRecord): Promise<void> {
    await this.db.run("INSERT INTO feed_fetches (feed_id, url, at, status, bytes, ms, items, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      f.feedId, f.url, f.at, f.status, f.bytes, f.ms, f.items, f.error,
    ]);
  }

  async fetches(feedId?: number): Promise<FetchRecord[]> {
    const rows = await this.db.all<{ feed_id: number; url: string; at: string; status: number | null; bytes: number; ms: number; items: number; error: string | null }>(
      feedId === undefined ? "SELECT * FROM feed_fetches ORDER BY id" : "SELECT * FROM feed_fetches WHERE feed_id = ? ORDER BY id",
      feedId === undefined ? [] : [feedId],
    );
    return rows.map((r) => ({ feedId: r.feed_id, url: r.url, at: r.at, status: r.status, bytes: r.bytes, ms: r.ms, items: r.items, error: r.error }));
  }

  /** After a poll: validators (kept when the server sent none), failure count, next poll time. */
  async update(id: number, u: { etag?: string | null; lastModified?: string | null; failures: number; status: number | null; error: string | null; at: string; next: string }): Promise<void> {
    await this.db.run(
      `UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), failures = ?, last_status = ?,
         last_error = ?, last_polled_at = ?, next_poll_at = ? WHERE id = ?`,
      [u.etag ?? null, u.lastModified ?? null, u.failures, u.status, u.error, u.at, u.next, id],
    );
  }
}
