// Feed polling against a local HTTP server: conditional GET, back-off, per-host spacing, a fetch
// record per request, and broken feeds (timeout, 500, broken XML, redirect loop) reported without
// stopping the poller. Runs on SQLite, and on PostgreSQL when a server answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { SqliteStore } from "../store/sqlite.js";
import { PostgresStore } from "../store/postgres.js";
import { freshSchema, pgUnavailable } from "../store/pg-testing.js";
import { runnerFor } from "../store/pg-runner.js";
import type { Store } from "../store/store.js";
import { FeedRepo, pollFeeds, backoffSeconds } from "./index.js";
import { tempDir } from "../../test/helpers.js";

const FEED = readFileSync(fileURLToPath(new URL("../../demo/feeds/levant-wire.xml", import.meta.url)));
const LAST_MODIFIED = "Sun, 08 Dec 2024 19:30:00 GMT";

interface Hit { path: string; at: number; inm?: string; ims?: string }

async function feedServer(): Promise<{ base: string; hits: Hit[]; server: Server }> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push({ path, at: Date.now(), inm: req.headers["if-none-match"] as string | undefined, ims: req.headers["if-modified-since"] as string | undefined });
    if (path === "/good.xml") {
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"', "last-modified": LAST_MODIFIED }).end(FEED);
    }
    if (path === "/dated.xml") {
      if (req.headers["if-modified-since"] === LAST_MODIFIED) return res.writeHead(304).end();
      return res.writeHead(200, { "content-type": "application/rss+xml", "last-modified": LAST_MODIFIED }).end(FEED);
    }
    if (path === "/slow.xml") return void setTimeout(() => res.writeHead(200).end(FEED), 5000).unref();
    if (path === "/500.xml") return res.writeHead(500, { etag: '"bad"' }).end("oops");
    if (path === "/broken.xml") return res.writeHead(200, { "content-type": "application/rss+xml" }).end("<rss><channel><item><title>cut off");
    if (path === "/loop-a") return res.writeHead(302, { location: "/loop-b" }).end();
    if (path === "/loop-b") return res.writeHead(301, { location: "/loop-a" }).end();
    if (path === "/moved") return res.writeHead(301, { location: "/good.xml" }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

async function scenario(store: Store) {
  const { base, hits, server } = await feedServer();
  try {
    const repo = new FeedRepo(runnerFor(store));
    const t0 = new Date("2024-12-10T12:00:00Z");
    let clock = t0;
    const now = () => clock;
    for (const p of ["/good.xml", "/dated.xml", "/slow.xml", "/500.xml", "/broken.xml", "/loop-a", "/moved"]) await repo.add(base + p, 900, clock);
    assert.equal((await repo.add(base + "/good.xml", 900, clock)).added, false, "adding twice changes nothing");

    const first = await pollFeeds(store, { now, timeoutMs: 400, hostGapMs: 0 });
    const by = (p: string, rs = first) => rs.find((r) => r.feed === base + p)!;
    assert.equal(first.length, 7);
    assert.ok(by("/good.xml").ingested > 0 && !by("/good.xml").error);
    assert.equal(by("/dated.xml").ingested, 0, "same items from a second URL are unchanged, not new");
    assert.ok(by("/dated.xml").unchanged > 0);
    assert.match(by("/slow.xml").error!, /timed out after 400 ms/);
    assert.match(by("/500.xml").error!, /HTTP 500/);
    assert.match(by("/broken.xml").error!, /SITREP_E_BAD_FEED/);
    assert.match(by("/loop-a").error!, /redirect loop/);
    assert.ok(!by("/moved").error, "a plain redirect is followed");
    assert.equal(by("/500.xml").nextPollAt, new Date(t0.getTime() + 60_000).toISOString(), "first failure: back off 1 minute");
    assert.equal(by("/good.xml").nextPollAt, new Date(t0.getTime() + 900_000).toISOString(), "success: the feed's interval");

    // Two minutes later only the failed feeds are due; their back-off doubles.
    clock = new Date(t0.getTime() + 120_000);
    const second = await pollFeeds(store, { now, timeoutMs: 400, hostGapMs: 0 });
    assert.deepEqual(second.map((r) => r.feed.slice(base.length)).sort(), ["/500.xml", "/broken.xml", "/loop-a", "/slow.xml"]);
    assert.equal(by("/500.xml", second).nextPollAt, new Date(clock.getTime() + 120_000).toISOString());
    assert.equal((await repo.byUrl(base + "/500.xml"))!.failures, 2);
    assert.equal((await repo.byUrl(base + "/500.xml"))!.etag, null, "an error page's ETag is not kept");

    // Polling everything again: validators are sent back, the server answers 304.
    const n = hits.length;
    const third = await pollFeeds(store, { now, all: true, timeoutMs: 400, hostGapMs: 0 });
    assert.ok(by("/good.xml", third).notModified, "ETag -> If-None-Match -> 304");
    assert.ok(by("/dated.xml", third).notModified, "Last-Modified -> If-Modified-Since -> 304");
    assert.equal(hits.slice(n).find((h) => h.path === "/good.xml")?.inm, '"v1"');

    const records = await repo.fetches();
    assert.equal(records.length, 7 + 4 + 7, "every fetch is recorded");
    const good = records.find((r) => r.url === base + "/good.xml")!;
    assert.equal(good.status, 200);
    assert.equal(good.bytes, FEED.length);
    assert.ok(good.ms >= 0 && good.items > 0 && good.error === null);
    const slow = records.find((r) => r.url === base + "/slow.xml")!;
    assert.equal(slow.status, null);
    assert.match(slow.error!, /timed out/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test("sqlite: feeds poll: conditional GET, back-off, fetch records, broken feeds never stop the poller", async () => {
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, "f.db"));
  try {
    await scenario(store);
  } finally {
    await store.close();
    cleanup();
  }
});

test("postgres: feeds poll: the same behaviour", async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const s = await freshSchema();
  const store = await PostgresStore.open(s.url);
  try {
    await scenario(store);
  } finally {
    await store.close();
    await s.drop();
  }
});

test("requests to one host are spaced by the host gap; back-off doubles up to a ceiling", async () => {
  assert.deepEqual([1, 2, 3, 4].map((n) => backoffSeconds(n)), [60, 120, 240, 480]);
  assert.equal(backoffSeconds(30), 6 * 3600);
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, "g.db"));
  const { base, hits, server } = await feedServer();
  try {
    const repo = new FeedRepo(runnerFor(store));
    await repo.add(base + "/good.xml", 900, new Date());
    await repo.add(base + "/dated.xml", 900, new Date());
    await pollFeeds(store, { hostGapMs: 250 });
    assert.equal(hits.length, 2);
    assert.ok(hits[1]!.at - hits[0]!.at >= 240, `second request ${hits[1]!.at - hits[0]!.at} ms after the first`);
  } finally {
    server.closeAllConnections();
    server.close();
    await store.close();
    cleanup();
  }
});
