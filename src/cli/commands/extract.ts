import type { Command } from "../command.js";
import { parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { extractPending } from "../../pipeline/extract.js";
import { extractJsonl } from "../../extract/jsonl.js";
import { Progress } from "../progress.js";

export const extractCommand: Command = {
  name: "extract",
  summary: "code events from stored articles not yet extracted (or --jsonl: stdin to stdout, no database)",
  help: `usage: sitrep extract [--db FILE] [--no-keep-check]
       sitrep extract --jsonl [--no-keep-check] [--held] < in.jsonl > out.jsonl

--jsonl reads lines {id, text, published, outlet} and writes one line {id, events: [...]} per input,
touching no database. A line that cannot be read gives {id, events: [], error: {code, message}}.
The learned keep-check (src/extract/keep.ts) is on by default: it drops the events least like those
careful coders keep, in reports no longer than those it was fitted on, but never an event told as a
happening of its own (its own day and place, or "Hours later, ..." / "In X, ...") nor a report's
likeliest event. --no-keep-check (or SITREP_KEEP_CHECK=0) keeps every event the rules build.
--held (with --jsonl) adds "held": [{event, probability}] to each line: the events the check judged
and dropped (stored databases keep them for review: GET /api/v1/review/held).`,
  async run(argv) {
    const { values } = parse(argv, { jsonl: { type: "boolean" }, "keep-check": { type: "boolean" }, "no-keep-check": { type: "boolean" }, held: { type: "boolean" } }, false);
    if (values["no-keep-check"]) process.env.SITREP_KEEP_CHECK = "0";
    else if (values["keep-check"]) process.env.SITREP_KEEP_CHECK = "1";
    if (values.jsonl) {
      await extractJsonl(process.stdin, process.stdout, { held: !!values.held });
      return 0;
    }
    const store = await openStore(values.db as string | undefined);
    try {
      const progress = new Progress("extract", { unit: "articles", every: 500, total: (await store.status()).pendingExtraction });
      const t = await extractPending(store, { onSkip: (l) => console.error(l), onArticle: () => progress.tick() });
      progress.done();
      console.log(`${t.articles} articles extracted, ${t.events} events, ${t.skipped} skipped`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
