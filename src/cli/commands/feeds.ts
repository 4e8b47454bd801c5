import type { Command } from "../command.js";
import { parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { runnerFor } from "../../store/pg-runner.js";
import { FeedRepo, pollFeeds } from "../../feeds/index.js";
import { SitrepError } from "../../errors.js";
import { table } from "../table.js";

function positiveNumber(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!(n > 0)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--${name}: expected a positive number, got "${v}"`);
  return n;
}

export const feedsCommand: Command = {
  name: "feeds",
  summary: "live RSS/Atom feeds: add a URL, list them, poll the ones that are due",
  help: `usage: sitrep feeds add URL [--every MINUTES] [--db FILE|URL]
       sitrep feeds list [--db ...]
       sitrep feeds poll [--all] [--timeout SECONDS] [--host-gap SECONDS] [--db ...]

add   registers a feed (default: polled every 15 minutes); adding it again changes nothing
list  shows each feed's last status, consecutive failures and next poll time
poll  fetches the feeds that are due with a conditional GET (ETag / Last-Modified), stores new
      items as articles (then run \`sitrep extract\` or a worker) and records every fetch.
      A feed that fails (timeout, HTTP error, broken XML, redirect loop) is reported and backs off
      exponentially (1 min, 2, 4, ... up to 6 h); it never stops the other feeds.
      --all polls every feed now; --host-gap spaces requests to one host (default 1 s).
Exit code 1 when any feed failed.`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      every: { type: "string" }, all: { type: "boolean" }, timeout: { type: "string" }, "host-gap": { type: "string" },
    });
    const [sub, ...rest] = positionals;
    if (!sub || !["add", "list", "poll"].includes(sub)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "expected: feeds add URL | feeds list | feeds poll");
    const store = await openStore(values.db as string | undefined);
    try {
      const repo = new FeedRepo(runnerFor(store));
      if (sub === "add") {
        if (rest.length !== 1) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "feeds add takes one URL");
        let url: URL;
        try {
          url = new URL(rest[0]!);
        } catch {
          throw new SitrepError("SITREP_E_BAD_ARGUMENT", `not a URL: "${rest[0]}"`);
        }
        if (url.protocol !== "http:" && url.protocol !== "https:") throw new SitrepError("SITREP_E_BAD_ARGUMENT", `only http(s) feeds: "${rest[0]}"`);
        const every = positiveNumber("every", values.every as string | undefined, 15);
        const { feed, added } = await repo.add(url.toString(), Math.round(every * 60), new Date());
        console.log(added ? `added feed ${feed.id}: ${feed.url} (every ${feed.intervalS / 60} min)` : `already registered: feed ${feed.id} ${feed.url}`);
        return 0;
      }
      if (sub === "list") {
        const feeds = await repo.list();
        console.log(
          feeds.length
            ? table(
                ["id", "url", "status", "failures", "next poll", "last error"],
                feeds.map((f) => [f.id, f.url, f.lastStatus ?? "", f.failures, f.nextPollAt, f.lastError ?? ""]),
              )
            : "no feeds; add one with: sitrep feeds add URL",
        );
        return 0;
      }
      const results = await pollFeeds(store, {
        all: !!values.all,
        timeoutMs: positiveNumber("timeout", values.timeout as string | undefined, 15) * 1000,
        hostGapMs: positiveNumber("host-gap", (values["host-gap"] as string | undefined) ?? "1", 1) * 1000,
        onResult: (r) => {
          if (r.error) console.error(`feed failed: ${r.feed}: ${r.error} (next try ${r.nextPollAt})`);
        },
      });
      for (const r of results) {
        if (r.error) continue;
        console.log(r.notModified ? `${r.feed}: not modified` : `${r.feed}: ${r.ingested} new, ${r.unchanged} unchanged, ${r.skippedItems} skipped items`);
      }
      const failed = results.filter((r) => r.error).length;
      console.log(`polled ${results.length} feeds: ${results.length - failed} ok, ${failed} failed`);
      return failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
