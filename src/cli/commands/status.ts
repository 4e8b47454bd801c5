import type { Command } from "../command.js";
import { oneOf, parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { table } from "../table.js";
import { queueStatus } from "../../worker/status.js";

export const statusCommand: Command = {
  name: "status",
  summary: "counts of articles, revisions, events and skipped inputs",
  help: "usage: sitrep status [--db FILE] [--format table|json]",
  async run(argv) {
    const { values } = parse(argv, { format: { type: "string" } }, false);
    const format = oneOf("format", values.format as string | undefined, ["table", "json"] as const, "table");
    const store = await openStore(values.db as string | undefined);
    try {
      // On PostgreSQL, the worker queue's progress (jobs by state) comes after the store counts.
      const s = { ...(await store.status()), ...(await queueStatus(store)) };
      if (format === "json") console.log(JSON.stringify({ db: store.location, ...s }));
      else {
        console.log(`database: ${store.location} (${store.kind})`);
        console.log(table(["what", "count"], Object.entries(s).map(([k, v]) => [k, v])));
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
