import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "../command.js";
import { parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { ingestPaths, tallyLine } from "../../pipeline/ingest.js";
import { extractPending } from "../../pipeline/extract.js";
import { exportEvents } from "./export.js";
import { eventsTable } from "../summary.js";

export const DEMO_DIR = fileURLToPath(new URL("../../../demo/", import.meta.url));

export const demoCommand: Command = {
  name: "demo",
  summary: "ingest and extract the demo corpus shipped in demo/, print the events, write exports",
  help: `usage: sitrep demo [--db FILE] [--exports DIR]

Loads demo/ (reports written for the project) into the database (default ./sitrep.db),
extracts events, prints them and writes ACLED CSV, GeoJSON and JSONL exports (default ./exports).`,
  async run(argv) {
    const { values } = parse(argv, { exports: { type: "string" } }, false);
    const store = await openStore(values.db as string | undefined);
    try {
      const t = await ingestPaths(store, [DEMO_DIR], { onSkip: (l) => console.error(l) });
      console.log(`demo corpus: ${tallyLine(t)}`);
      const x = await extractPending(store, { onSkip: (l) => console.error(l) });
      console.log(`extraction: ${x.articles} articles, ${x.events} events`);
      const events = (await store.listEvents({})).map((s) => s.event);
      console.log("\n" + eventsTable(events) + "\n");
      const dir = resolve((values.exports as string | undefined) ?? "exports");
      mkdirSync(dir, { recursive: true });
      for (const [format, file] of [["acled-csv", "events.csv"], ["geojson", "events.geojson"], ["jsonl", "events.jsonl"]] as const) {
        const n = await exportEvents(store, format, {}, join(dir, file));
        console.log(`exported ${n} events to ${join(dir, file)}`);
      }
      console.log(`database: ${store.location}`);
      return t.skipped ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
